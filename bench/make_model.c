/* make_model: writes models of a given shape with pseudo-random weights, for the inference
   benchmark (bench/infer.sh). It uses libc only, not phi.h, so the files it writes are an
   independent check of our readers.

       make_model hf DIR L C F NH V T          a HuggingFace phi directory: config.json and a
                                               BF16 model.safetensors (HF names)
       make_model llama2c FILE DIM HIDDEN L NH V T   llama2.c's run.c format (fp32), and a
                                               tokenizer FILE.tok with V placeholder tokens

   Weights are uniform in [-0.02, 0.02], LayerNorm weights 1, biases 0. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static float uniform(void) { /* xorshift64*, [-0.02, 0.02] */
    rng ^= rng >> 12, rng ^= rng << 25, rng ^= rng >> 27;
    return (float)((double)((rng * 0x2545F4914F6CDD1Dull) >> 11) / 9007199254740992.0 * 0.04 - 0.02);
}

static int fail(const char *what) {
    perror(what);
    return 1;
}

/* ---- HuggingFace: config.json + model.safetensors in BF16 ---- */

typedef struct { char name[96]; long long rows, cols; int kind; } tensor; /* kind 0 weight, 1 ones, 2 zeros */

static int hf(const char *dir, int L, int C, int F, int NH, int V, int T) {
    tensor *t = calloc((size_t)(16 * L + 8), sizeof *t);
    char path[4096], *header;
    size_t cap = (size_t)(16 * L + 8) * 200 + 64, hl = 0;
    long long off = 0, i, j;
    int n = 0, l, k;
    FILE *f;
    static const char *layer[] = {"input_layernorm.weight", "input_layernorm.bias", "self_attn.q_proj.weight",
                                  "self_attn.q_proj.bias", "self_attn.k_proj.weight", "self_attn.k_proj.bias",
                                  "self_attn.v_proj.weight", "self_attn.v_proj.bias", "self_attn.dense.weight",
                                  "self_attn.dense.bias", "mlp.fc1.weight", "mlp.fc1.bias", "mlp.fc2.weight", "mlp.fc2.bias"};
    if (!t || !(header = malloc(cap))) return fail("memory");
#define ADD(nm, r, c, kd) (snprintf(t[n].name, sizeof t[n].name, "%s", nm), t[n].rows = (r), t[n].cols = (c), t[n++].kind = (kd))
    ADD("model.embed_tokens.weight", V, C, 0);
    for (l = 0; l < L; l++)
        for (k = 0; k < 14; k++) {
            char nm[96];
            long long rows = k == 10 || k == 11 ? F : C, cols = k % 2 ? 0 : k == 0 ? 0 : k == 12 ? F : C;
            snprintf(nm, sizeof nm, "model.layers.%d.%s", l, layer[k]);
            ADD(nm, rows, cols, k == 0 ? 1 : k % 2 ? 2 : 0);
        }
    ADD("model.final_layernorm.weight", C, 0, 1);
    ADD("model.final_layernorm.bias", C, 0, 2);
    ADD("lm_head.weight", V, C, 0);
    ADD("lm_head.bias", V, 0, 2);
#undef ADD
    hl += (size_t)snprintf(header + hl, cap - hl, "{");
    for (k = 0; k < n; k++) {
        long long numel = t[k].rows * (t[k].cols ? t[k].cols : 1);
        if (t[k].cols)
            hl += (size_t)snprintf(header + hl, cap - hl, "%s\"%s\":{\"dtype\":\"BF16\",\"shape\":[%lld,%lld],\"data_offsets\":[%lld,%lld]}",
                                   k ? "," : "", t[k].name, t[k].rows, t[k].cols, off, off + 2 * numel);
        else
            hl += (size_t)snprintf(header + hl, cap - hl, "%s\"%s\":{\"dtype\":\"BF16\",\"shape\":[%lld],\"data_offsets\":[%lld,%lld]}",
                                   k ? "," : "", t[k].name, t[k].rows, off, off + 2 * numel);
        off += 2 * numel;
    }
    hl += (size_t)snprintf(header + hl, cap - hl, "}");
    snprintf(path, sizeof path, "%s/config.json", dir);
    if (!(f = fopen(path, "w"))) return fail(path);
    fprintf(f, "{\"architectures\":[\"PhiForCausalLM\"],\"model_type\":\"phi\",\"vocab_size\":%d,\"hidden_size\":%d,"
               "\"intermediate_size\":%d,\"num_hidden_layers\":%d,\"num_attention_heads\":%d,\"partial_rotary_factor\":0.5,"
               "\"rope_theta\":10000.0,\"layer_norm_eps\":1e-05,\"max_position_embeddings\":%d,\"hidden_act\":\"gelu_new\","
               "\"tie_word_embeddings\":false,\"torch_dtype\":\"bfloat16\"}\n", V, C, F, L, NH, T);
    fclose(f);
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    if (!(f = fopen(path, "wb"))) return fail(path);
    for (i = 0; i < 8; i++) fputc((int)(((unsigned long long)hl >> (8 * i)) & 0xFF), f);
    fwrite(header, 1, hl, f);
    for (k = 0; k < n; k++) {
        long long numel = t[k].rows * (t[k].cols ? t[k].cols : 1);
        unsigned char buf[1 << 16];
        for (i = 0; i < numel; i += (long long)sizeof buf / 2) {
            long long m = numel - i < (long long)sizeof buf / 2 ? numel - i : (long long)sizeof buf / 2;
            for (j = 0; j < m; j++) {
                float x = t[k].kind == 0 ? uniform() : t[k].kind == 1 ? 1.0f : 0.0f;
                uint32_t u;
                memcpy(&u, &x, 4);
                buf[2 * j] = (unsigned char)(u >> 16), buf[2 * j + 1] = (unsigned char)(u >> 24); /* truncated to bf16 */
            }
            if (fwrite(buf, 2, (size_t)m, f) != (size_t)m) return fail(path);
        }
    }
    if (fclose(f) != 0) return fail(path);
    free(header);
    free(t);
    return 0;
}

/* ---- llama2.c: a 7-int header, then the fp32 weights in its order; a tokenizer ---- */

static int floats(FILE *f, long long n, int kind) {
    float buf[4096];
    long long i, j;
    for (i = 0; i < n; i += 4096) {
        long long m = n - i < 4096 ? n - i : 4096;
        for (j = 0; j < m; j++) buf[j] = kind == 0 ? uniform() : 1.0f;
        if (fwrite(buf, 4, (size_t)m, f) != (size_t)m) return 1;
    }
    return 0;
}

static int llama2c(const char *path, int dim, int hidden, int L, int NH, int V, int T) {
    int h[7];
    char tok[4200];
    long long hs = dim / NH, e = 0;
    FILE *f = fopen(path, "wb");
    int i;
    if (!f) return fail(path);
    /* a negative vocabulary size: the classifier is its own matrix, like our untied lm_head */
    h[0] = dim, h[1] = hidden, h[2] = L, h[3] = NH, h[4] = NH, h[5] = -V, h[6] = T;
    fwrite(h, 4, 7, f);
    e |= floats(f, (long long)V * dim, 0);                  /* token embedding */
    e |= floats(f, (long long)L * dim, 1);                  /* rms_att */
    e |= floats(f, (long long)L * dim * dim * 4, 0);        /* wq wk wv wo */
    e |= floats(f, (long long)L * dim, 1);                  /* rms_ffn */
    e |= floats(f, (long long)L * dim * hidden * 3, 0);     /* w1 w2 w3 */
    e |= floats(f, dim, 1);                                 /* rms_final */
    e |= floats(f, T * hs, 0);                              /* freq_cis (unused by run.c, present in the format) */
    e |= floats(f, (long long)V * dim, 0);                  /* wcls */
    if (e || fclose(f) != 0) return fail(path);
    snprintf(tok, sizeof tok, "%s.tok", path);
    if (!(f = fopen(tok, "wb"))) return fail(tok);
    i = 8;
    fwrite(&i, 4, 1, f); /* max_token_length */
    for (i = 0; i < V; i++) {
        char s[16];
        float score = 0;
        int n = snprintf(s, sizeof s, "<%d>", i);
        fwrite(&score, 4, 1, f);
        fwrite(&n, 4, 1, f);
        fwrite(s, 1, (size_t)n, f);
    }
    return fclose(f) != 0 ? fail(tok) : 0;
}

int main(int argc, char **argv) {
    if (argc == 9 && !strcmp(argv[1], "hf"))
        return hf(argv[2], atoi(argv[3]), atoi(argv[4]), atoi(argv[5]), atoi(argv[6]), atoi(argv[7]), atoi(argv[8]));
    if (argc == 9 && !strcmp(argv[1], "llama2c"))
        return llama2c(argv[2], atoi(argv[3]), atoi(argv[4]), atoi(argv[5]), atoi(argv[6]), atoi(argv[7]), atoi(argv[8]));
    fprintf(stderr, "usage: make_model hf DIR L C F NH V T | make_model llama2c FILE DIM HIDDEN L NH V T\n");
    return 2;
}
