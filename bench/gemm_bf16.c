/* bench/gemm_bf16 - GFLOP/s of phi_gemm_bf16 on the products of a training step, beside our
   fp32 phi_gemm and PyTorch's bf16 matmul (oneDNN), in the same run; and the machine's bf16 and
   fp32 peaks per core.

   The cases are bench/gemm's: a linear layer with C inputs and OC outputs on M = 2048 tokens
   ("C x OC"), each of the three products of training,
       forward       out[M,OC]  = inp[M,C] · W[OC,C]ᵀ     gemm(0,1)
       input-grad    dinp[M,C] += dout[M,OC] · W[OC,C]    gemm(0,0), accumulating
       weight-grad   dW[OC,C]  += dout[M,OC]ᵀ · inp[M,C]  gemm(1,0), accumulating
   plus the literal 1024^3 forward product. FLOPs = 2*M*N*K; a figure is the median GFLOP/s
   of --reps timed calls, split over --rounds alternations (phi bf16, phi fp32, torch, phi
   bf16, ...) so that all three see the same load from the others on this shared machine;
   each round starts with --warmup ms of untimed calls (at least one).

   What each one does: ours take fp32 operands (converted to bf16 while packing, in every
   call) and read and write fp32 C, accumulating where training does. The peer
   (bench/gemm_bf16_peer.py, run as a child process under /usr/bin/python3, or
   $PHI_BENCH_PYTHON) multiplies tensors already in bf16 into a bf16 C without accumulating:
   less work than ours. It answers only once its OpenMP workers have stopped spinning.

   Peaks: independent chains of vdpbf16ps (64 FLOPs each) and of 512-bit FMAs (32 FLOPs), on
   one core, timed by the thread's CPU time, the best of 5 runs: the ceilings the figures are
   measured against.

   By CPU time: the machine is shared, and under others' load wall times say more about the
   load than about the code. So each call is also timed by its process's CPU time (ours and
   the peer's), and the 1-thread rows are printed again by that measure (with more threads,
   spinning workers would count).

   Usage: gemm_bf16 [--threads 1,2] [--reps N] [--rounds N] [--warmup MS] [--only TEXT] [--no-peer] */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "bench.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define TOKENS 2048
#define MAX_REPS 200
#define MAX_THREADS 8
#define MAX_CASES 32

enum { FORWARD, INPUT_GRAD, WEIGHT_GRAD };
static const char *product_name[] = {"forward", "input-grad", "weight-grad"};

typedef struct bench_case {
    const char *shape;
    int product;
    size_t M, N, K;
    int trans_a, trans_b, accumulate;
} bench_case;

static bench_case cases[MAX_CASES];
static int ncases;

static void make_cases(const char *only) {
    static const size_t layers[][2] = {{384, 1536}, {1536, 384}, {384, 384}, {384, 8192}, {8192, 384}, {1024, 1024}};
    static const char *labels[] = {"384x1536", "1536x384", "384x384", "384x8192", "8192x384", "1024x1024"};
    char name[64];
    size_t i;
    int p;
    for (i = 0; i <= sizeof layers / sizeof *layers; i++)
        for (p = FORWARD; p <= WEIGHT_GRAD; p++) {
            bench_case c;
            size_t C = i < 6 ? layers[i][0] : 1024, OC = i < 6 ? layers[i][1] : 1024;
            if (i == 6 && p != FORWARD) continue;
            c.shape = i < 6 ? labels[i] : "1024^3 sq";
            c.product = p;
            if (p == FORWARD) c.M = i < 6 ? TOKENS : 1024, c.N = OC, c.K = C, c.trans_a = 0, c.trans_b = 1, c.accumulate = 0;
            else if (p == INPUT_GRAD) c.M = TOKENS, c.N = C, c.K = OC, c.trans_a = 0, c.trans_b = 0, c.accumulate = 1;
            else c.M = OC, c.N = C, c.K = TOKENS, c.trans_a = 1, c.trans_b = 0, c.accumulate = 1;
            snprintf(name, sizeof name, "%s %s", c.shape, product_name[p]);
            if (!only || strstr(name, only)) cases[ncases++] = c;
        }
}

/* ---- peaks --------------------------------------------------------------------------------- */

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
/* 24 independent accumulators, in registers (named: an array might live in memory): enough
   for two instructions a cycle at a latency of up to 12. */
#define PEAK_24(OP) OP(0) OP(1) OP(2) OP(3) OP(4) OP(5) OP(6) OP(7) OP(8) OP(9) OP(10) OP(11) \
    OP(12) OP(13) OP(14) OP(15) OP(16) OP(17) OP(18) OP(19) OP(20) OP(21) OP(22) OP(23)
#define PEAK_DECL(i) __m512 a##i = _mm512_set1_ps((float)i);
#define PEAK_SUM(i) sum = _mm512_add_ps(sum, a##i);
#define PEAK_LOOP(name, isa, STEP, flops)                                                        \
    __attribute__((target(isa))) static double name(void) {                                      \
        __m512i x = _mm512_set1_epi32(0x3F7F3F7F), y = _mm512_set1_epi32(0x33803380);            \
        __m512 sum = _mm512_setzero_ps();                                                        \
        long it, n = 2000000;                                                                    \
        double t0;                                                                               \
        struct timespec c0, c1;                                                                  \
        float out[16];                                                                           \
        PEAK_24(PEAK_DECL)                                                                       \
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);                                             \
        for (it = 0; it < n; it++) {                                                             \
            PEAK_24(STEP)                                                                        \
        }                                                                                        \
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);                                             \
        t0 = (double)(c1.tv_sec - c0.tv_sec) + 1e-9 * (double)(c1.tv_nsec - c0.tv_nsec);         \
        PEAK_24(PEAK_SUM)                                                                        \
        memcpy(out, &sum, sizeof out); /* the result is used: the loop is not dead */            \
        return out[0] == 12345 ? 0 : (double)n * 24 * (flops) / t0 / 1e9;                        \
    }
#define STEP_BF16(i) a##i = _mm512_dpbf16_ps(a##i, (__m512bh)x, (__m512bh)y);
#define STEP_FMA(i) a##i = _mm512_fmadd_ps(a##i, _mm512_castsi512_ps(x), _mm512_castsi512_ps(y));
PEAK_LOOP(peak_bf16_once, "avx512f,avx512bf16", STEP_BF16, 64)
PEAK_LOOP(peak_fma_once, "avx512f", STEP_FMA, 32)
#endif

/* best of 5 (a descheduled run only lowers it); 0 where the CPU lacks the instructions */
static double peak(int bf16) {
    double best = 0;
#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
    const char *f = phi_cpu_features();
    int r;
    if (bf16 ? !strstr(f, " avx512bf16") : !strstr(f, " avx512f")) return 0;
    for (r = 0; r < 5; r++) {
        double g = bf16 ? peak_bf16_once() : peak_fma_once();
        if (g > best) best = g;
    }
#else
    (void)bf16;
#endif
    return best;
}

/* ---- the peer -------------------------------------------------------------------------------- */

typedef struct peer_proc {
    pid_t pid;
    FILE *to, *from;
    char version[256];
} peer_proc;

static int peer_start(peer_proc *p, int threads) {
    const char *py = getenv("PHI_BENCH_PYTHON") ? getenv("PHI_BENCH_PYTHON") : "/usr/bin/python3";
    char tbuf[16], line[256];
    int in[2], out[2];
    snprintf(tbuf, sizeof tbuf, "%d", threads);
    fflush(NULL);
    if (pipe(in) != 0 || pipe(out) != 0 || (p->pid = fork()) < 0) return -1;
    if (p->pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[0]), close(in[1]), close(out[0]), close(out[1]);
        execl(py, py, "bench/gemm_bf16_peer.py", "--threads", tbuf, (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    p->to = fdopen(in[1], "w");
    p->from = fdopen(out[0], "r");
    if (!p->to || !p->from || !fgets(line, sizeof line, p->from) || strncmp(line, "ready ", 6) != 0) return -1;
    line[strcspn(line, "\n")] = 0;
    snprintf(p->version, sizeof p->version, "%s", line + 6);
    return 0;
}

static int peer_ask(peer_proc *p, int i, int n, int warmup, double *rates, double *cpu_rates) {
    const bench_case *c = &cases[i];
    char line[8192], *s, *end;
    int j, k;
    fprintf(p->to, "case %d %zu %zu %zu %d %d %d %d\n", i, c->M, c->N, c->K, c->trans_a, c->trans_b, n, warmup);
    fflush(p->to);
    if (!fgets(line, sizeof line, p->from) || sscanf(line, "peer %d", &j) != 1 || j != i) return -1;
    s = line + 5;
    strtol(s, &end, 10);
    for (k = 0; k < n; k++) {
        rates[k] = strtod(s = end, &end);
        if (end == s) return -1;
        cpu_rates[k] = strtod(s = end, &end);
        if (end == s) return -1;
    }
    return 0;
}

static void peer_stop(peer_proc *p) {
    int status;
    fclose(p->to);
    fclose(p->from);
    waitpid(p->pid, &status, 0);
}

/* ---- ours ------------------------------------------------------------------------------------ */

typedef struct operands {
    float *A, *B, *C;
    size_t lda, ldb, ldc;
} operands;

static float *alloc_floats(size_t n, phi_rng *r) {
    void *p = NULL;
    size_t i;
    if (posix_memalign(&p, 64, n * sizeof(float)) != 0) {
        fprintf(stderr, "gemm_bf16: out of memory\n");
        exit(1);
    }
    for (i = 0; i < n; i++) ((float *)p)[i] = 2.0f * phi_rng_float(r) - 1.0f;
    return (float *)p;
}

static void operands_make(operands *o, const bench_case *c, int index) {
    phi_rng r;
    phi_rng_seed(&r, 0x9e3779b97f4a7c15ull + (uint64_t)index);
    o->lda = c->trans_a ? c->M : c->K;
    o->ldb = c->trans_b ? c->K : c->N;
    o->ldc = c->N;
    o->A = alloc_floats(c->M * c->K, &r);
    o->B = alloc_floats(c->K * c->N, &r);
    o->C = alloc_floats(c->M * c->N, &r);
}

static phi_status ours_call(phi_pool *pool, const bench_case *c, operands *o, int bf16) {
    return (bf16 ? phi_gemm_bf16 : phi_gemm)(pool, c->trans_a, c->trans_b, c->M, c->N, c->K, o->A, o->lda, o->B,
                                             o->ldb, o->C, o->ldc, c->accumulate);
}

static double cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Untimed calls for warmup ms (at least one), then n timed ones; GFLOP/s into rates, and by
   the process's CPU time into cpu_rates. */
static void ours_round(phi_pool *pool, const bench_case *c, operands *o, int bf16, int n, int warmup, double *rates,
                       double *cpu_rates) {
    double until = phi_now() + warmup / 1e3, flops = 2.0 * (double)c->M * (double)c->N * (double)c->K;
    int i;
    do {
        if (ours_call(pool, c, o, bf16) != PHI_OK) {
            fprintf(stderr, "gemm_bf16: %s\n", phi_errmsg());
            exit(1);
        }
    } while (phi_now() < until);
    for (i = 0; i < n; i++) {
        double c0 = cpu_seconds(), t0 = phi_now(), t1, c1;
        ours_call(pool, c, o, bf16);
        t1 = phi_now(), c1 = cpu_seconds();
        rates[i] = flops / (t1 - t0) / 1e9;
        cpu_rates[i] = flops / (c1 > c0 ? c1 - c0 : 1e-9) / 1e9;
    }
}

/* max|bf16 - fp32| / max|fp32| on the case's product (C from zero): how far bf16 operands
   take the result from fp32's, about 2^-8 sqrt(K)-ish relative to the largest entry. */
static double deviation(phi_pool *pool, const bench_case *c, operands *o) {
    size_t n = c->M * c->N, j;
    float *a = (float *)malloc(n * sizeof(float)), *b = (float *)malloc(n * sizeof(float)), *keep = o->C;
    double d = 0, m = 0;
    bench_case z = *c;
    z.accumulate = 0;
    o->C = a;
    ours_call(pool, &z, o, 1);
    o->C = b;
    ours_call(pool, &z, o, 0);
    o->C = keep;
    for (j = 0; j < n; j++) {
        if (fabs((double)a[j] - b[j]) > d) d = fabs((double)a[j] - b[j]);
        if (fabs((double)b[j]) > m) m = fabs((double)b[j]);
    }
    free(a);
    free(b);
    return m > 0 ? d / m : d;
}

int main(int argc, char **argv) {
    int threads[MAX_THREADS] = {1, 2}, nthreads = 2, reps = 15, rounds = 5, warmup = 150, use_peer = 1;
    const char *only = NULL;
    static double bf[MAX_THREADS][MAX_CASES], fp[MAX_THREADS][MAX_CASES], pt[MAX_THREADS][MAX_CASES], dev[MAX_CASES];
    static double cbf[MAX_CASES], cfp[MAX_CASES], cpt[MAX_CASES]; /* 1 thread, by CPU time */
    double rb[MAX_REPS], rf[MAX_REPS], rp[MAX_REPS], pk_bf16, pk_fma, t_start = phi_now();
    double qb[MAX_REPS], qf[MAX_REPS], qp[MAX_REPS];
    int one = -1; /* the index of the 1-thread run */
    char version[256] = "";
    int i, t, r, have_peer = 0;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--threads") && i + 1 < argc) {
            char *s = argv[++i], *end;
            for (nthreads = 0; nthreads < MAX_THREADS; s = end + 1) {
                threads[nthreads] = (int)strtol(s, &end, 10);
                if (end == s || threads[nthreads] < 1) return fprintf(stderr, "gemm_bf16: bad --threads\n"), 2;
                nthreads++;
                if (*end != ',') break;
            }
        } else if (!strcmp(argv[i], "--reps") && i + 1 < argc) reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--rounds") && i + 1 < argc) rounds = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--warmup") && i + 1 < argc) warmup = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
        else if (!strcmp(argv[i], "--no-peer")) use_peer = 0;
        else {
            fprintf(stderr, "usage: gemm_bf16 [--threads 1,2] [--reps N] [--rounds N] [--warmup MS] [--only TEXT] [--no-peer]\n"
                            "  medians of N timed calls (default 15) in N rounds (5) alternating phi bf16, phi fp32 and\n"
                            "  PyTorch bf16, each round after MS ms of warm-up (150); --only: cases whose\n"
                            "  \"<shape> <product>\" contains TEXT\n");
            return 2;
        }
    }
    if (reps < 1 || reps > MAX_REPS || rounds < 1) return fprintf(stderr, "gemm_bf16: bad --reps/--rounds\n"), 2;
    if (rounds > reps) rounds = reps;
    make_cases(only);
    if (!ncases) return fprintf(stderr, "gemm_bf16: no case matches --only '%s'\n", only), 2;

    pk_bf16 = peak(1);
    pk_fma = peak(0);
    printf("bf16 GEMM: %s\n", phi_cpu_features());
    printf("  peak of one core: bf16 (vdpbf16ps) %.0f GFLOP/s, fp32 (512-bit FMA) %.0f GFLOP/s\n", pk_bf16, pk_fma);
    {
        FILE *f = fopen("/proc/loadavg", "r");
        double l1;
        if (f && fscanf(f, "%lf", &l1) == 1) printf("  load average at start %.2f on %d CPUs\n", l1, phi_cpu_count());
        if (f) fclose(f);
    }
    fflush(stdout);

    for (t = 0; t < nthreads; t++) {
        phi_pool *pool = NULL;
        peer_proc child;
        if (phi_pool_create(&pool, threads[t]) != PHI_OK) return fprintf(stderr, "gemm_bf16: %s\n", phi_errmsg()), 1;
        have_peer = use_peer && peer_start(&child, threads[t]) == 0;
        if (use_peer && !have_peer) fprintf(stderr, "gemm_bf16: no PyTorch peer (python3-torch installed?)\n");
        if (have_peer) snprintf(version, sizeof version, "%s", child.version);
        for (i = 0; i < ncases; i++) {
            operands o;
            int done = 0;
            operands_make(&o, &cases[i], i);
            if (t == 0) dev[i] = deviation(pool, &cases[i], &o);
            for (r = 0; r < rounds; r++) {
                int k = reps * (r + 1) / rounds - reps * r / rounds;
                ours_round(pool, &cases[i], &o, 1, k, warmup, rb + done, qb + done);
                ours_round(pool, &cases[i], &o, 0, k, warmup, rf + done, qf + done);
                if (have_peer && peer_ask(&child, i, k, warmup, rp + done, qp + done) != 0) {
                    fprintf(stderr, "gemm_bf16: the PyTorch child gave no proper answer\n");
                    return 1;
                }
                done += k;
            }
            bf[t][i] = median(rb, reps);
            fp[t][i] = median(rf, reps);
            pt[t][i] = have_peer ? median(rp, reps) : 0;
            if (threads[t] == 1) {
                one = t;
                cbf[i] = median(qb, reps);
                cfp[i] = median(qf, reps);
                cpt[i] = have_peer ? median(qp, reps) : 0;
            }
            free(o.A);
            free(o.B);
            free(o.C);
        }
        if (have_peer) peer_stop(&child);
        phi_pool_free(pool);
    }

    printf("  GFLOP/s = 2*M*N*K / time, median of %d calls in %d rounds; M = %d tokens; peer: torch %s\n", reps,
           rounds, TOKENS, have_peer ? version : "(not run)");
    printf("  %-10s %-12s %5s %5s %5s %3s %9s %9s %9s %8s %8s %6s\n", "C x OC", "product", "M", "N", "K", "thr",
           "phi bf16", "phi fp32", "torch bf16", "vs torch", "vs fp32", "%peak");
    for (i = 0; i < ncases; i++)
        for (t = 0; t < nthreads; t++) {
            const bench_case *c = &cases[i];
            printf("  %-10s %-12s %5zu %5zu %5zu %3d %9.1f %9.1f %10.1f", c->shape, product_name[c->product], c->M, c->N,
                   c->K, threads[t], bf[t][i], fp[t][i], pt[t][i]);
            if (pt[t][i] > 0) printf(" %8.2f", bf[t][i] / pt[t][i]);
            else printf(" %8s", "-");
            printf(" %8.2f", bf[t][i] / fp[t][i]);
            if (pk_bf16 > 0) printf(" %5.0f%%\n", 100 * bf[t][i] / (pk_bf16 * threads[t]));
            else printf(" %6s\n", "-");
        }
    for (t = 0; t < nthreads; t++) {
        double lt = 0, lf = 0, mn = HUGE_VAL;
        int at = 0;
        for (i = 0; i < ncases; i++) {
            lf += log(bf[t][i] / fp[t][i]);
            if (pt[t][i] > 0) {
                lt += log(bf[t][i] / pt[t][i]);
                if (bf[t][i] / pt[t][i] < mn) mn = bf[t][i] / pt[t][i], at = i;
            }
        }
        printf("  %d thread%s: bf16 vs fp32 geomean %.2fx", threads[t], threads[t] == 1 ? " " : "s", exp(lf / ncases));
        if (mn < HUGE_VAL)
            printf("; vs torch bf16 geomean %.2fx, min %.2fx (%s %s)", exp(lt / ncases), mn, cases[at].shape,
                   product_name[cases[at].product]);
        printf("\n");
    }
    if (one >= 0) {
        double lt = 0;
        printf("  1 thread by CPU time (what others' load does not change):\n");
        printf("  %-10s %-12s %9s %9s %10s %8s %6s\n", "C x OC", "product", "phi bf16", "phi fp32", "torch bf16",
               "vs torch", "%peak");
        for (i = 0; i < ncases; i++) {
            printf("  %-10s %-12s %9.1f %9.1f %10.1f", cases[i].shape, product_name[cases[i].product], cbf[i], cfp[i],
                   cpt[i]);
            if (cpt[i] > 0) printf(" %8.2f", cbf[i] / cpt[i]), lt += log(cbf[i] / cpt[i]);
            else printf(" %8s", "-");
            if (pk_bf16 > 0) printf(" %5.0f%%\n", 100 * cbf[i] / pk_bf16);
            else printf(" %6s\n", "-");
        }
        if (cpt[0] > 0) printf("  1 thread by CPU time: vs torch bf16 geomean %.2fx\n", exp(lt / ncases));
    }
    {
        double worst = 0;
        for (i = 0; i < ncases; i++)
            if (dev[i] > worst) worst = dev[i];
        printf("  bf16 vs fp32 result: max|difference| / max|C| <= %.2g on every case\n", worst);
    }
    printf("  total time %.0f s\n", phi_now() - t_start);
    return 0;
}
