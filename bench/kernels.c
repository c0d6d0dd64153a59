/* bench/kernels - GB/s of the memory-bound kernels of phi_kernels.h, beside memcpy.

   What is measured: LayerNorm, gelu, causal softmax and cross-entropy (forward and backward)
   and AdamW on the sizes of a training step, once per kernel variant this CPU can run
   (scalar, avx2, avx512, neon), so the table also shows what the SIMD code gains. All these
   kernels run on the calling thread (they take no pool), so everything here is one thread.

   Bytes moved: what the kernel must read plus what it must write, each tensor counted once
   (a second pass over a row that is still in cache is not counted, nor are write-allocate
   reads); a backward that accumulates (+=) into a gradient reads and writes it. The formula
   of each kernel is beside its row in rows[] below. GB/s = bytes / time, 1e9 bytes.

   The yardstick: memcpy(dst, src, bytes/2), timed in the same run right after each call of
   the kernel, moves the same number of bytes (bytes/2 read + bytes/2 written), so the ratio
   kernel GB/s / memcpy GB/s says how close the kernel runs to the machine's copy bandwidth
   at that size. It is a yardstick, not a hard ceiling; a kernel can beat it when it mostly
   reads (reads are cheaper than writes), when it updates in place (param, m, v of AdamW, an
   accumulated gradient: the line is already in cache when it is written, while memcpy's
   fresh destination costs a write-allocate read unless the C library streams it), or when
   its data partly stays in the 32 MB L3 (the softmax's [T,T] matrices are 16 MB each).
   Alternating the kernel and memcpy call by call means neither finds its data in cache
   from its own previous call more than the other, and both see the same load on this
   shared machine.

   Each figure is the median of --reps timed calls after --warmup untimed ones.

   Usage: kernels [--reps N] [--warmup N] [--variant NAME] */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "bench.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_REPS 200

/* The sizes: a training step at N = 2048 tokens of C = 2048 channels (4C = 8192 in the MLP),
   T = 2048 for one attention head, a vocabulary of 51200 on 512 positions, 32Mi parameters
   (param, grad, m, v: 512 MB; with memcpy's two 470 MB buffers the run stays under 2 GB). */
#define LN_N 2048
#define LN_C 2048
#define GELU_N ((size_t)2048 * 8192)
#define SM_T 2048
#define CE_N 512
#define CE_V 51200
#define ADAMW_N ((size_t)32 << 20)

typedef struct bufs {
    /* layernorm */
    float *ln_inp, *ln_out, *ln_dout, *ln_dinp, *ln_w, *ln_b, *ln_dw, *ln_db, *ln_mean, *ln_rstd;
    /* gelu */
    float *g_inp, *g_out, *g_dout, *g_dinp;
    /* softmax: [T, T] each */
    float *sm_pre, *sm_att, *sm_datt, *sm_dpre;
    /* crossentropy */
    float *ce_logits, *ce_dlogits, *ce_losses, *ce_dlosses;
    int32_t *ce_targets;
    /* adamw */
    float *aw_param, *aw_grad, *aw_m, *aw_v;
    int aw_t;
} bufs;

static bufs B;

static void run_ln_fwd(void) { phi_layernorm_forward(B.ln_out, B.ln_mean, B.ln_rstd, B.ln_inp, B.ln_w, B.ln_b, LN_N, LN_C, 1e-5f); }
static void run_ln_bwd(void) {
    phi_layernorm_backward(B.ln_dinp, B.ln_dw, B.ln_db, B.ln_dout, B.ln_inp, B.ln_w, B.ln_mean, B.ln_rstd, LN_N, LN_C);
}
static void run_gelu_fwd(void) { phi_gelu_forward(B.g_out, B.g_inp, GELU_N); }
static void run_gelu_bwd(void) { phi_gelu_backward(B.g_dinp, B.g_inp, B.g_dout, GELU_N); }
/* All T rows of one head, as attention calls it: row t sees positions 0..t. */
static void run_sm_fwd(void) {
    size_t t;
    for (t = 0; t < SM_T; t++)
        phi_softmax_causal_forward(B.sm_att + t * SM_T, B.sm_pre + t * SM_T, t, SM_T, 0.125f);
}
static void run_sm_bwd(void) {
    size_t t;
    for (t = 0; t < SM_T; t++)
        phi_softmax_causal_backward(B.sm_dpre + t * SM_T, B.sm_att + t * SM_T, B.sm_datt + t * SM_T, t, 0.125f);
}
static void run_ce_fwd(void) { phi_crossentropy_forward(B.ce_losses, B.ce_logits, B.ce_targets, CE_N, CE_V); }
static void run_ce_bwd(void) {
    phi_crossentropy_backward(B.ce_dlogits, B.ce_logits, B.ce_targets, B.ce_dlosses, CE_N, CE_V);
}
static void run_adamw(void) {
    B.aw_t++; /* a new step each call, as training does */
    phi_adamw(B.aw_param, B.aw_grad, B.aw_m, B.aw_v, ADAMW_N, 3e-4f, 0.9f, 0.95f, 1e-8f, 0.1f, B.aw_t, 1.0f);
}

#define F 4.0 /* bytes per float (and per int32 target) */
#define SUM_T ((double)SM_T * (SM_T + 1) / 2) /* entries of the causal triangle: Σ_t (t+1) */

typedef struct row {
    const char *name, *shape;
    double bytes;
    void (*run)(void);
} row;

static const row rows[] = {
    /* reads inp [N,C], w, b [C]; writes out [N,C], mean, rstd [N] */
    {"layernorm fwd", "N=2048 C=2048", F * (2.0 * LN_N * LN_C + 2 * LN_C + 2 * LN_N), run_ln_fwd},
    /* reads dout, inp [N,C], w [C], mean, rstd [N]; reads and writes dinp [N,C], dw, db [C] */
    {"layernorm bwd", "N=2048 C=2048", F * (4.0 * LN_N * LN_C + 5 * LN_C + 2 * LN_N), run_ln_bwd},
    /* reads inp [n]; writes out [n] */
    {"gelu fwd", "n=2048*8192", F * 2.0 * GELU_N, run_gelu_fwd},
    /* reads inp, dout [n]; reads and writes dinp [n] */
    {"gelu bwd", "n=2048*8192", F * 4.0 * GELU_N, run_gelu_bwd},
    /* row t reads preatt[0..t], writes att[0..T-1] (zeros past t) */
    {"softmax fwd", "T=2048 causal", F * (SUM_T + (double)SM_T * SM_T), run_sm_fwd},
    /* row t reads att[0..t], datt[0..t]; reads and writes dpreatt[0..t] */
    {"softmax bwd", "T=2048 causal", F * 4.0 * SUM_T, run_sm_bwd},
    /* reads logits [N,V], targets [N]; writes losses [N] */
    {"xent fwd", "N=512 V=51200", F * ((double)CE_N * CE_V + 2 * CE_N), run_ce_fwd},
    /* reads logits [N,V], targets, dlosses [N]; reads and writes dlogits [N,V] */
    {"xent bwd", "N=512 V=51200", F * (3.0 * CE_N * CE_V + 2 * CE_N), run_ce_bwd},
    /* reads param, grad, m, v [n]; writes param, m, v [n] */
    {"adamw", "n=2^25 (32Mi)", F * 7.0 * ADAMW_N, run_adamw},
};
#define NROWS (sizeof rows / sizeof *rows)

static float *alloc_floats(size_t n) {
    void *p = NULL;
    if (posix_memalign(&p, 64, n * sizeof(float)) != 0) {
        fprintf(stderr, "kernels: out of memory (%zu floats)\n", n);
        exit(1);
    }
    return (float *)p;
}

/* Uniform in [lo, hi): every page is touched here, so no page fault is timed later. */
static float *random_floats(size_t n, float lo, float hi, phi_rng *r) {
    float *x = alloc_floats(n);
    size_t i;
    for (i = 0; i < n; i++) x[i] = lo + (hi - lo) * phi_rng_float(r);
    return x;
}

static float *zero_floats(size_t n) {
    float *x = alloc_floats(n);
    memset(x, 0, n * sizeof(float));
    return x;
}

static void setup(void) {
    phi_rng r;
    size_t i;
    phi_rng_seed(&r, 42);
    B.ln_inp = random_floats((size_t)LN_N * LN_C, -2, 2, &r);
    B.ln_dout = random_floats((size_t)LN_N * LN_C, -1, 1, &r);
    B.ln_w = random_floats(LN_C, 0.5f, 1.5f, &r);
    B.ln_b = random_floats(LN_C, -0.1f, 0.1f, &r);
    B.ln_out = zero_floats((size_t)LN_N * LN_C);
    B.ln_dinp = zero_floats((size_t)LN_N * LN_C);
    B.ln_dw = zero_floats(LN_C);
    B.ln_db = zero_floats(LN_C);
    B.ln_mean = zero_floats(LN_N);
    B.ln_rstd = zero_floats(LN_N);

    B.g_inp = random_floats(GELU_N, -4, 4, &r);
    B.g_dout = random_floats(GELU_N, -1, 1, &r);
    B.g_out = zero_floats(GELU_N);
    B.g_dinp = zero_floats(GELU_N);

    B.sm_pre = random_floats((size_t)SM_T * SM_T, -8, 8, &r);
    B.sm_datt = random_floats((size_t)SM_T * SM_T, -1, 1, &r);
    B.sm_att = zero_floats((size_t)SM_T * SM_T);
    B.sm_dpre = zero_floats((size_t)SM_T * SM_T);

    B.ce_logits = random_floats((size_t)CE_N * CE_V, -5, 5, &r);
    B.ce_dlogits = zero_floats((size_t)CE_N * CE_V);
    B.ce_losses = zero_floats(CE_N);
    B.ce_dlosses = alloc_floats(CE_N);
    B.ce_targets = (int32_t *)alloc_floats(CE_N);
    for (i = 0; i < CE_N; i++) {
        B.ce_dlosses[i] = 1.0f / CE_N;
        B.ce_targets[i] = (int32_t)phi_rng_below(&r, CE_V);
    }

    B.aw_param = random_floats(ADAMW_N, -0.1f, 0.1f, &r);
    B.aw_grad = random_floats(ADAMW_N, -0.01f, 0.01f, &r);
    B.aw_m = zero_floats(ADAMW_N);
    B.aw_v = zero_floats(ADAMW_N);

    /* the backward passes read what their forward saved */
    run_ln_fwd();
    run_sm_fwd();
}

static void teardown(void) {
    float *all[] = {B.ln_inp, B.ln_out, B.ln_dout, B.ln_dinp, B.ln_w, B.ln_b, B.ln_dw, B.ln_db, B.ln_mean, B.ln_rstd,
                    B.g_inp, B.g_out, B.g_dout, B.g_dinp, B.sm_pre, B.sm_att, B.sm_datt, B.sm_dpre, B.ce_logits,
                    B.ce_dlogits, B.ce_losses, B.ce_dlosses, (float *)B.ce_targets, B.aw_param, B.aw_grad, B.aw_m,
                    B.aw_v};
    size_t i;
    for (i = 0; i < sizeof all / sizeof *all; i++) free(all[i]);
}


static int usage(void) {
    fprintf(stderr, "usage: kernels [--reps N] [--warmup N] [--variant scalar|avx2|avx512|neon]\n");
    return 2;
}

int main(int argc, char **argv) {
    static const char *variants[] = {"scalar", "avx2", "avx512", "neon"};
    const char *only = NULL;
    double t_start = phi_now(), max_bytes = 0, ktime[MAX_REPS], mtime[MAX_REPS];
    double scalar_time[NROWS];
    int reps = 7, warmup = 1, i, v, nvar = 0;
    unsigned char *src, *dst;
    size_t k;

    for (i = 1; i < argc; i++) {
        char *end;
        if (!strcmp(argv[i], "--reps") && i + 1 < argc) {
            reps = (int)strtol(argv[++i], &end, 10);
            if (*end || reps < 1 || reps > MAX_REPS) return usage();
        } else if (!strcmp(argv[i], "--warmup") && i + 1 < argc) {
            warmup = (int)strtol(argv[++i], &end, 10);
            if (*end || warmup < 0 || warmup > MAX_REPS) return usage();
        } else if (!strcmp(argv[i], "--variant") && i + 1 < argc) {
            only = argv[++i];
        } else {
            return usage();
        }
    }
    if (only && !phi_kernels_available(only)) {
        fprintf(stderr, "kernels: variant '%s' is not available here: %s\n", only, phi_cpu_features());
        return 2;
    }

    for (k = 0; k < NROWS; k++) {
        if (rows[k].bytes > max_bytes) max_bytes = rows[k].bytes;
        scalar_time[k] = 0;
    }
    src = (unsigned char *)alloc_floats((size_t)(max_bytes / 2 / sizeof(float)) + 16);
    dst = (unsigned char *)alloc_floats((size_t)(max_bytes / 2 / sizeof(float)) + 16);
    memset(src, 1, (size_t)(max_bytes / 2));
    memset(dst, 2, (size_t)(max_bytes / 2));
    setup();

    printf("bench/kernels: %s\n", phi_cpu_features());
    printf("  one thread; median of %d calls after %d warm-up%s, each call followed by memcpy of bytes/2\n"
           "  (the same traffic); ratio = kernel GB/s / memcpy GB/s; x scalar = scalar time / this time\n",
           reps, warmup, warmup == 1 ? "" : "s");
    printf("  %-14s %-14s %-7s %8s %9s %7s %11s %6s %9s\n", "kernel", "shape", "variant", "MB", "ms", "GB/s",
           "memcpy GB/s", "ratio", "x scalar");
    fflush(stdout);

    for (k = 0; k < NROWS; k++) {
        const row *rw = &rows[k];
        size_t half = (size_t)(rw->bytes / 2);
        for (v = 0; v < (int)(sizeof variants / sizeof *variants); v++) {
            double kt, mt;
            if (!phi_kernels_available(variants[v])) continue;
            if (only && strcmp(only, variants[v]) != 0) continue;
            if (phi_kernels_force(variants[v]) != PHI_OK) {
                fprintf(stderr, "kernels: %s\n", phi_errmsg());
                return 1;
            }
            if (k == 0) nvar++;
            for (i = -warmup; i < reps; i++) {
                double t0 = phi_now(), t1, t2;
                rw->run();
                t1 = phi_now();
                memcpy(dst, src, half);
                t2 = phi_now();
                if (i < 0) continue;
                ktime[i] = t1 - t0;
                mtime[i] = t2 - t1;
            }
            /* keep the copy observable, so it cannot be dropped as dead */
            if (dst[half / 2] != 1) {
                fprintf(stderr, "kernels: memcpy check failed\n");
                return 1;
            }
            kt = median(ktime, reps);
            mt = median(mtime, reps);
            if (!strcmp(variants[v], "scalar")) scalar_time[k] = kt;
            printf("  %-14s %-14s %-7s %8.1f %9.2f %7.2f %11.2f %6.2f", rw->name, rw->shape, variants[v],
                   rw->bytes / 1e6, kt * 1e3, rw->bytes / kt / 1e9, 2.0 * (double)half / mt / 1e9,
                   (rw->bytes / kt) / (2.0 * (double)half / mt));
            if (scalar_time[k] > 0) printf(" %9.2f\n", scalar_time[k] / kt);
            else printf(" %9s\n", "-");
            fflush(stdout);
        }
    }
    printf("  %d variant%s, total time %.0f s\n", nvar, nvar == 1 ? "" : "s", phi_now() - t_start);
    teardown();
    free(src);
    free(dst);
    return 0;
}
