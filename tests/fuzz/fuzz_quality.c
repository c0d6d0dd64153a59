/* libFuzzer target: the quality filter's file (phi_quality_filter_parse, and the forest inside
   it). Any bytes must load or be refused cleanly; a file that loads must serialize, parse again
   and serialize to the same bytes. Each input is tried twice: as it is, and with its last four
   bytes replaced by the CRC-32 of the others, so that the search gets past the checksum and
   reaches the header, the paths and the forest. Seeds: tests/fuzz/seeds_quality (small filters
   written by phi quality train: tests/fuzz/make_seeds_quality.sh). */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>
#include <stdlib.h>

#include "fuzz.h"

static void one(const uint8_t *data, size_t size) {
    phi_quality_filter q, again;
    phi_buf a = {0}, b = {0};
    if (phi_quality_filter_parse(&q, data, size, "fuzz") != PHI_OK) return;
    REQUIRE(phi_quality_filter_serialize(&a, &q) == PHI_OK);
    REQUIRE(phi_quality_filter_parse(&again, a.data, a.len, "again") == PHI_OK);
    REQUIRE(phi_quality_filter_serialize(&b, &again) == PHI_OK);
    REQUIRE(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
    REQUIRE(again.nfeat == q.nfeat && again.features.blocks == q.features.blocks);
    phi_quality_filter_free(&q);
    phi_quality_filter_free(&again);
    phi_buf_free(&a);
    phi_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *fixed;
    uint32_t crc;
    int i;
    one(data, size);
    if (size < 4 || !(fixed = (uint8_t *)malloc(size))) return 0;
    memcpy(fixed, data, size);
    crc = phi_crc32(0, fixed, size - 4);
    for (i = 0; i < 4; i++) fixed[size - 4 + (size_t)i] = (uint8_t)(crc >> (8 * i));
    one(fixed, size);
    free(fixed);
    return 0;
}
