/* bench/train - training throughput of phi.h beside PyTorch training the same architecture in
   the same run (bench/train_peer.py, /usr/bin/python3 with python3-torch, same thread count).

   Shapes (from the issue): L=6 C=384 NH=6 V=8192 B=8 T=256, and a GPT-2-124M-sized phi
   L=12 C=768 NH=12 V=50304 B=4 T=64. Synthetic random tokens; AdamW, clipping, the full step.
   Until `phi train --synthetic ... --json` exists, ours is measured through the library
   directly (phi_model_forward, _backward, _update), which is what that command will run.
   Figures: median tokens/s over the timed steps; MFU = tokens/s * FLOPs per token / peak,
   FLOPs per token = 6 * (parameters outside the embedding) + 6 * L * T * C (attention's two
   T x T products, forward and backward), peak = the FMA peak of one core, measured here with
   a loop of independent fused multiply-adds in the widest vector unit the kernels use
   (machines differ: a Zen 4 core peaks near 117 GFLOP/s, a Zen 5 core near 190), times the
   thread count; --peak-gflops G gives it instead.

   Usage: train [--threads N] [--steps N] [--only small|gpt2]   (from the repo root, after make) */
#define PHI_IMPLEMENTATION
#include "../phi.h"


#include <stdlib.h>
#include <string.h>

typedef struct shape {
    const char *name;
    int L, C, NH, V, B, T;
} shape;

/* FLOPs per token of a model with P parameters: 6 * (parameters outside the embedding) +
   6 * L * T * C (attention's two T x T products, forward and backward, causal half). */
static double flops_per_token(const shape *s, double params) {
    double non_embedding = params - (double)s->V * s->C;
    return 6 * non_embedding + 6.0 * s->L * s->T * s->C;
}

/* The FMA peak of one core in GFLOP/s: 12 independent chains of fused multiply-adds (enough
   to cover the FMA latency on every port), in the vector width of the kernel variant in use. */
#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define FMA_LOOP(name, isa, vec, set1, fmadd, lanes)                                    \
    __attribute__((target(isa))) static double name(void) {                             \
        vec x = set1(0.999999f), y = set1(1e-7f), a0 = set1(0), a1 = set1(1), a2 = set1(2); \
        vec a3 = set1(3), a4 = set1(4), a5 = set1(5), a6 = set1(6), a7 = set1(7);         \
        vec a8 = set1(8), a9 = set1(9), a10 = set1(10), a11 = set1(11);                  \
        long it, n = 4000000;                                                             \
        double t0 = phi_now();                                                            \
        float out[lanes];                                                                 \
        for (it = 0; it < n; it++) {                                                      \
            a0 = fmadd(a0, x, y), a1 = fmadd(a1, x, y), a2 = fmadd(a2, x, y);             \
            a3 = fmadd(a3, x, y), a4 = fmadd(a4, x, y), a5 = fmadd(a5, x, y);             \
            a6 = fmadd(a6, x, y), a7 = fmadd(a7, x, y), a8 = fmadd(a8, x, y);             \
            a9 = fmadd(a9, x, y), a10 = fmadd(a10, x, y), a11 = fmadd(a11, x, y);         \
        }                                                                                 \
        t0 = phi_now() - t0;                                                              \
        a0 = fmadd(a0, a1, a2), a3 = fmadd(a3, a4, a5), a6 = fmadd(a6, a7, a8);           \
        a9 = fmadd(a9, a10, a11), a0 = fmadd(a0, a3, a6), a0 = fmadd(a0, a9, x);          \
        memcpy(out, &a0, sizeof out); /* the result is used: the loop is not dead */      \
        return out[0] == 12345 ? 0 : (double)n * 12 * lanes * 2 / t0 / 1e9;               \
    }
FMA_LOOP(fma_peak_avx512, "avx512f", __m512, _mm512_set1_ps, _mm512_fmadd_ps, 16)
FMA_LOOP(fma_peak_avx2, "avx2,fma", __m256, _mm256_set1_ps, _mm256_fmadd_ps, 8)
#endif

static double fma_peak_gflops(void) {
    double best = 0, g;
    int r;
    for (r = 0; r < 5; r++) { /* the best of five: a descheduled run only lowers it */
#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
        if (strstr(phi_cpu_features(), "kernels: avx512")) g = fma_peak_avx512();
        else if (strstr(phi_cpu_features(), "kernels: avx2")) g = fma_peak_avx2();
        else g = 0;
#else
        g = 0;
#endif
        if (g > best) best = g;
    }
    if (best <= 0) {
        fprintf(stderr, "train: no FMA loop for this kernel variant; give --peak-gflops\n");
        exit(2);
    }
    return best;
}

/* Reads "key":number out of a JSON line. */
static double json_number(const char *line, const char *key) {
    char k[64];
    const char *p;
    snprintf(k, sizeof k, "\"%s\":", key);
    p = strstr(line, k);
    return p ? strtod(p + strlen(k), NULL) : -1;
}

/* Runs a trainer that prints a JSON summary line: its tokens_per_s (and its params), or -1. */
static double run_trainer(const char *cmd, double *params) {
    char line[2048];
    double tps = -1;
    FILE *p;
    fflush(NULL);
    if (!(p = popen(cmd, "r"))) return -1;
    while (fgets(line, sizeof line, p))
        if (strstr(line, "\"tokens_per_s\":")) {
            tps = json_number(line, "tokens_per_s");
            if (params) *params = json_number(line, "params");
        }
    return pclose(p) == 0 ? tps : -1;
}

/* Ours: the phi program itself, `phi train --synthetic ... --json`, in a child process as the
   peer is; its tokens_per_s is the median step after two warm-up steps. */
static double ours(const shape *s, int threads, int steps, double *params) {
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "./phi train --synthetic --layers %d --dim %d --heads %d --vocab %d --batch %d --seq %d --steps %d "
             "--threads %d --json -q",
             s->L, s->C, s->NH, s->V, s->B, s->T, steps + 2, threads);
    return run_trainer(cmd, params);
}

static double peer(const shape *s, int threads, int steps, int warmup) {
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "/usr/bin/python3 bench/train_peer.py --layers %d --dim %d --heads %d --vocab %d --batch %d --seq %d "
             "--steps %d --warmup %d --threads %d 2>/dev/null",
             s->L, s->C, s->NH, s->V, s->B, s->T, steps, warmup, threads);
    return run_trainer(cmd, NULL);
}

int main(int argc, char **argv) {
    static const shape shapes[] = {{"small", 6, 384, 6, 8192, 8, 256}, {"gpt2", 12, 768, 12, 50304, 4, 64}};
    int threads = 2, steps = 18, warmup = 2, i; /* ours runs --steps 20: 2 warm-up + 18 timed */
    double peak = 0;
    const char *only = NULL;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--steps") && i + 1 < argc) steps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--peak-gflops") && i + 1 < argc) peak = atof(argv[++i]);
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
        else {
            fprintf(stderr, "usage: train [--threads N] [--steps N] [--peak-gflops G] [--only small|gpt2]\n");
            return 2;
        }
    }
    if (steps < 1 || steps > 1000 || threads < 1) return 2;
    if (peak <= 0) peak = fma_peak_gflops();
    printf("bench/train: %s; %d threads, median of %d steps after %d warm-up; FMA peak %.0f GFLOP/s per core\n",
           phi_cpu_features(), threads, steps, warmup, peak);
    printf("  %-6s %-32s %12s %8s %14s %10s\n", "shape", "L C NH V B T", "phi tok/s", "MFU", "PyTorch tok/s", "ratio");
    for (i = 0; i < 2; i++) {
        const shape *s = &shapes[i];
        double f, a, b;
        char dims[64];
        if (only && strcmp(only, s->name)) continue;
        a = ours(s, threads, steps, &f);
        if (a < 0) {
            fprintf(stderr, "train: ./phi train failed (run make first)\n");
            return 1;
        }
        f = flops_per_token(s, f);
        b = peer(s, threads, steps, warmup);
        snprintf(dims, sizeof dims, "%d %d %d %d %d %d", s->L, s->C, s->NH, s->V, s->B, s->T);
        if (b > 0) printf("  %-6s %-32s %12.0f %7.0f%% %14.0f %9.2fx\n", s->name, dims, a, 100 * a * f / (peak * 1e9 * threads), b, a / b);
        else printf("  %-6s %-32s %12.0f %7.0f%% %14s %10s\n", s->name, dims, a, 100 * a * f / (peak * 1e9 * threads), "(no torch)", "-");
    }
    return 0;
}
