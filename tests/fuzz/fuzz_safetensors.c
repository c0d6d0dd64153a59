/* libFuzzer target: the safetensors parser. Any bytes must parse or be refused cleanly; what
   parses must have every tensor inside the data, and every float tensor must convert. */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>
#include <stdlib.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    phi_safetensors st;
    int i;
    if (phi_safetensors_parse(&st, data, size, "fuzz") != PHI_OK) return 0;
    for (i = 0; i < st.num_tensors; i++) {
        const phi_st_tensor *t = &st.tensors[i];
        REQUIRE(t->begin <= t->end && st.data_start + t->end <= size);
        if (t->dtype == PHI_DTYPE_F32 || t->dtype == PHI_DTYPE_F16 || t->dtype == PHI_DTYPE_BF16) {
            float *out = (float *)malloc((t->numel ? t->numel : 1) * sizeof(float));
            REQUIRE(out && phi_safetensors_read_f32(&st, t, out) == PHI_OK);
            free(out);
        }
    }
    phi_safetensors_free(&st);
    return 0;
}
