/* export_hf: from our checkpoint to HuggingFace. phi.h's model is exactly transformers'
   PhiForCausalLM (same tensors, same names), so a model trained here can be exported and used
   there, and phi-1 / phi-1.5 / phi-2 weights from there load here.

       export_hf MODEL.ckpt DIR [TOKENIZER]

   Writes DIR/config.json and DIR/model.safetensors (float32), plus DIR/tokenizer.json when a
   TOKENIZER is given; then loads DIR back as HuggingFace weights and checks that both models
   give the same logits for the same tokens. In Python, PhiForCausalLM.from_pretrained(DIR)
   reads the directory. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { T = 16 }; /* tokens in the comparison */

int main(int argc, char **argv) {
    char path[4096];
    phi_model ours = {0}, hf = {0};
    phi_tokenizer *tok = NULL;
    int32_t ids[T];
    const float *a, *b;
    double worst = 0;
    size_t i, n;
    int rc = 1;

    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: export_hf MODEL.ckpt DIR [TOKENIZER]\n");
        return 2;
    }
    /* 1. Export. The directory is made if needed; each file is written atomically. */
    if (phi_checkpoint_load(&ours, argv[1], NULL, NULL, NULL) != PHI_OK || phi_model_export_hf(&ours, argv[2]) != PHI_OK)
        goto fail;
    snprintf(path, sizeof path, "%s/tokenizer.json", argv[2]);
    if (argc > 3 && (phi_tokenizer_load(&tok, argv[3]) != PHI_OK || phi_tokenizer_save_json(tok, path) != PHI_OK)) goto fail;
    printf("%s -> %s/config.json, %s/model.safetensors%s%s (%zu parameters, %d tensors)\n", argv[1], argv[2], argv[2],
           tok ? ", " : "", tok ? path : "", ours.num_params, ours.num_tensors);

    /* 2. Load it back, through the HuggingFace reader (config.json + safetensors). */
    if (phi_model_load_hf(&hf, argv[2], NULL) != PHI_OK) goto fail;
    if (hf.num_params != ours.num_params || memcmp(&hf.cfg, &ours.cfg, sizeof hf.cfg) != 0) {
        fprintf(stderr, "export_hf: the reloaded model has another shape\n");
        goto done;
    }

    /* 3. The same tokens through both: the logits must agree exactly (float32 both ways). */
    for (i = 0; i < T; i++) ids[i] = (int32_t)((i * 7919 + 1) % (size_t)ours.cfg.vocab_size);
    n = (size_t)T * (size_t)ours.cfg.vocab_size;
    if (phi_model_prepare(&ours, 1, T) != PHI_OK || phi_model_prepare(&hf, 1, T) != PHI_OK ||
        phi_model_forward(&ours, ids, NULL, 1, T, NULL) != PHI_OK || phi_model_forward(&hf, ids, NULL, 1, T, NULL) != PHI_OK)
        goto fail;
    a = phi_model_logits(&ours), b = phi_model_logits(&hf); /* [T, V] each */
    for (i = 0; i < n; i++) {
        double d = fabs((double)a[i] - (double)b[i]);
        if (d != d || d > worst) worst = d; /* a NaN stays the worst */
    }
    printf("logits of %d tokens x %d: largest difference %g -> %s\n", T, ours.cfg.vocab_size, worst,
           worst == 0 ? "identical" : "DIFFERENT");
    rc = worst == 0 ? 0 : 1;
    goto done;
fail:
    fprintf(stderr, "export_hf: %s\n", phi_errmsg());
done:
    phi_model_free(&ours);
    phi_model_free(&hf);
    phi_tokenizer_free(tok);
    return rc;
}
