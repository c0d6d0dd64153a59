/* libFuzzer target: the checkpoint parser. Any bytes must load or be refused cleanly, and a
   checkpoint that loads must save and load again to the same parameters. */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>
#include <unistd.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    phi_model m, again;
    int64_t step;
    phi_rng rng;
    char path[64];
    if (phi_checkpoint_parse(&m, data, size, "fuzz", NULL, &step, &rng) != PHI_OK) return 0;
    snprintf(path, sizeof path, "/tmp/phi-fuzz-ckpt-%ld", (long)getpid());
    REQUIRE(phi_checkpoint_save(&m, path, step, &rng) == PHI_OK);
    REQUIRE(phi_checkpoint_load(&again, path, NULL, NULL, NULL) == PHI_OK);
    REQUIRE(again.num_params == m.num_params && memcmp(again.params, m.params, m.num_params * sizeof(float)) == 0);
    remove(path);
    phi_model_free(&again);
    phi_model_free(&m);
    return 0;
}
