/* libFuzzer target: the token-file parser. Any bytes must load or be refused cleanly, and a
   file that loads must save and load again to the same tokens. */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>
#include <unistd.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int32_t *ids, *again;
    size_t n, m;
    int vocab, vocab2;
    char path[64];
    if (phi_tokens_parse(data, size, "fuzz", &ids, &n, &vocab) != PHI_OK) return 0;
    snprintf(path, sizeof path, "/tmp/phi-fuzz-tokens-%ld", (long)getpid());
    REQUIRE(phi_tokens_save(path, ids, n, vocab) == PHI_OK);
    REQUIRE(phi_tokens_load(path, &again, &m, &vocab2) == PHI_OK);
    REQUIRE(m == n && vocab2 == vocab && memcmp(again, ids, n * sizeof *ids) == 0);
    remove(path);
    phi_free(ids);
    phi_free(again);
    return 0;
}
