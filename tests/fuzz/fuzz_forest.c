/* libFuzzer target: the forest file parser. Any bytes must load or be refused cleanly; a file
   that loads must predict without reading outside its nodes, and serialise to the same bytes.
   Half the inputs get their last four bytes made the right CRC-32 first, so that the fuzzer
   reaches the checks behind the checksum (sizes, the trees' shape, the names). */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>
#include <stdlib.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    phi_forest f;
    phi_buf again = {NULL, 0, 0};
    unsigned char *d;
    float x[64], *out;
    size_t i;
    if (!(d = (unsigned char *)malloc(size ? size : 1))) return 0;
    memcpy(d, data, size);
    if (size >= 8 && (d[size - 1] & 1)) {
        uint32_t crc = phi_crc32(0, d, size - 4);
        for (i = 0; i < 4; i++) d[size - 4 + i] = (unsigned char)(crc >> (8 * i));
    }
    if (phi_forest_parse(&f, d, size, "fuzz") == PHI_OK) {
        REQUIRE(phi_forest_serialize(&again, &f) == PHI_OK);
        REQUIRE(again.len == size && memcmp(again.data, d, size) == 0);
        if (f.nfeat <= 64 && (out = (float *)malloc((size_t)f.nclass * sizeof(float))) != NULL) {
            for (i = 0; i < 64; i++) x[i] = (float)i - 20;
            REQUIRE(phi_forest_predict(&f, out, x, 1, NULL) == PHI_OK);
            free(out);
        }
        phi_buf_free(&again);
    }
    phi_forest_free(&f);
    free(d);
    return 0;
}
