/* libFuzzer target: the token-file parser. Any bytes must load or be refused cleanly, and a
   file that loads must save and load again to the same tokens. */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>
#include <unistd.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    phi_ids ids = {0}, again = {0};
    int vocab, vocab2;
    char path[64];
    if (phi_tokens_parse(&ids, data, size, "fuzz", &vocab) != PHI_OK) {
        phi_ids_free(&ids);
        return 0;
    }
    snprintf(path, sizeof path, "/tmp/phi-fuzz-tokens-%ld", (long)getpid());
    REQUIRE(phi_tokens_save(path, ids.data, ids.len, vocab) == PHI_OK);
    REQUIRE(phi_tokens_load(&again, path, &vocab2) == PHI_OK);
    REQUIRE(again.len == ids.len && vocab2 == vocab && (!ids.len || memcmp(again.data, ids.data, ids.len * sizeof *ids.data) == 0));
    remove(path);
    phi_ids_free(&ids);
    phi_ids_free(&again);
    return 0;
}
