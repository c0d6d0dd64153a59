/* bench/train - training throughput of phi.h beside PyTorch training the same architecture in
   the same run (bench/train_peer.py, /usr/bin/python3 with python3-torch, same thread count).

   Shapes (from the issue): L=6 C=384 NH=6 V=8192 B=8 T=256, and a GPT-2-124M-sized phi
   L=12 C=768 NH=12 V=50304 B=4 T=64. Synthetic random tokens; AdamW, clipping, the full step.
   Until `phi train --synthetic ... --json` exists, ours is measured through the library
   directly (phi_model_forward, _backward, _update), which is what that command will run.
   Figures: median tokens/s over the timed steps; MFU = tokens/s * FLOPs per token / peak,
   FLOPs per token = 6 * (parameters outside the embedding) + 6 * L * T * C (attention's two
   T x T products, forward and backward), peak = 117 GFLOP/s per thread (this machine's FMA
   peak, --peak-gflops to change it).

   Usage: train [--threads N] [--steps N] [--warmup N] [--only small|gpt2]   (from the repo root) */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "bench.h"

#include <stdlib.h>
#include <string.h>

typedef struct shape {
    const char *name;
    int L, C, NH, V, B, T;
} shape;

static double flops_per_token(const phi_model *m, int T) {
    double non_embedding = (double)m->num_params - (double)m->cfg.vocab_size * m->cfg.hidden_size;
    return 6 * non_embedding + 6.0 * m->cfg.num_layers * T * m->cfg.hidden_size;
}

static double ours(const shape *s, int threads, int steps, int warmup, double *flops) {
    phi_model m;
    phi_config c;
    phi_pool *pool = NULL;
    phi_optim o;
    phi_rng r;
    double t[1000];
    int32_t *tok;
    size_t n = (size_t)s->B * (size_t)s->T + 1, i;
    int step;
    float loss;
    memset(&c, 0, sizeof c);
    memset(&o, 0, sizeof o);
    c.num_layers = s->L;
    c.hidden_size = s->C;
    c.num_heads = s->NH;
    c.vocab_size = s->V;
    c.max_seq_len = s->T;
    o.lr = 1e-4f;
    if (phi_pool_create(&pool, threads) || phi_model_create(&m, &c, pool) || phi_model_prepare(&m, s->B, s->T)) {
        fprintf(stderr, "train: %s\n", phi_errmsg());
        exit(1);
    }
    phi_model_init(&m, 1);
    tok = (int32_t *)malloc(n * sizeof *tok);
    phi_rng_seed(&r, 7);
    for (step = 0; step < warmup + steps; step++) {
        double t0;
        for (i = 0; i < n; i++) tok[i] = (int32_t)phi_rng_below(&r, (uint64_t)s->V);
        t0 = phi_now();
        if (phi_model_forward(&m, tok, tok + 1, s->B, s->T, &loss) || (phi_model_zero_grad(&m), phi_model_backward(&m)) ||
            phi_model_update(&m, &o, step, 1, NULL)) {
            fprintf(stderr, "train: %s\n", phi_errmsg());
            exit(1);
        }
        if (step >= warmup) t[step - warmup] = (double)s->B * s->T / (phi_now() - t0);
    }
    *flops = flops_per_token(&m, s->T);
    free(tok);
    phi_model_free(&m);
    phi_pool_destroy(pool);
    return median(t, steps);
}

static double peer(const shape *s, int threads, int steps, int warmup) {
    char cmd[512], line[1024];
    double tps = -1;
    FILE *p;
    snprintf(cmd, sizeof cmd,
             "/usr/bin/python3 bench/train_peer.py --layers %d --dim %d --heads %d --vocab %d --batch %d --seq %d "
             "--steps %d --warmup %d --threads %d 2>/dev/null",
             s->L, s->C, s->NH, s->V, s->B, s->T, steps, warmup, threads);
    fflush(NULL);
    if (!(p = popen(cmd, "r"))) return -1;
    while (fgets(line, sizeof line, p)) {
        const char *k = strstr(line, "\"tokens_per_s\":");
        if (k) tps = strtod(k + 15, NULL);
    }
    return pclose(p) == 0 ? tps : -1;
}

int main(int argc, char **argv) {
    static const shape shapes[] = {{"small", 6, 384, 6, 8192, 8, 256}, {"gpt2", 12, 768, 12, 50304, 4, 64}};
    int threads = 2, steps = 10, warmup = 2, i;
    double peak = 117;
    const char *only = NULL;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--steps") && i + 1 < argc) steps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--warmup") && i + 1 < argc) warmup = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--peak-gflops") && i + 1 < argc) peak = atof(argv[++i]);
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
        else {
            fprintf(stderr, "usage: train [--threads N] [--steps N] [--warmup N] [--peak-gflops G] [--only small|gpt2]\n");
            return 2;
        }
    }
    if (steps < 1 || steps > 1000 || threads < 1) return 2;
    printf("bench/train: %s; %d threads, median of %d steps after %d warm-up\n", phi_cpu_features(), threads, steps, warmup);
    printf("  %-6s %-32s %12s %8s %14s %10s\n", "shape", "L C NH V B T", "phi tok/s", "MFU", "PyTorch tok/s", "ratio");
    for (i = 0; i < 2; i++) {
        const shape *s = &shapes[i];
        double f, a, b;
        char dims[64];
        if (only && strcmp(only, s->name)) continue;
        a = ours(s, threads, steps, warmup, &f);
        b = peer(s, threads, steps, warmup);
        snprintf(dims, sizeof dims, "%d %d %d %d %d %d", s->L, s->C, s->NH, s->V, s->B, s->T);
        if (b > 0) printf("  %-6s %-32s %12.0f %7.0f%% %14.0f %9.2fx\n", s->name, dims, a, 100 * a * f / (peak * 1e9 * threads), b, a / b);
        else printf("  %-6s %-32s %12.0f %7.0f%% %14s %10s\n", s->name, dims, a, 100 * a * f / (peak * 1e9 * threads), "(no torch)", "-");
    }
    return 0;
}
