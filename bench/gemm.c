/* bench/gemm - GFLOP/s of phi_gemm on the products of a training step, beside OpenBLAS sgemm.

   What is measured: a linear layer with C inputs and OC outputs on M = 2048 tokens (shape
   "C x OC", which is K x N of the forward product), for each of the three products of training:
       forward       out[M,OC]  = inp[M,C] · W[OC,C]ᵀ     phi_gemm(0,1)  sgemm(NoTrans,Trans)
       input-grad    dinp[M,C] += dout[M,OC] · W[OC,C]    phi_gemm(0,0)  sgemm(NoTrans,NoTrans), beta 1
       weight-grad   dW[OC,C]  += dout[M,OC]ᵀ · inp[M,C]  phi_gemm(1,0)  sgemm(Trans,NoTrans), beta 1
   plus one literal square 1024 x 1024 x 1024 forward product. FLOPs = 2*M*N*K of the product
   as called; a figure is the median GFLOP/s of --reps timed calls (phi_now around one call),
   on operands of uniform [-1, 1) numbers, 64-byte aligned, the same in both libraries.

   Why two processes: OpenBLAS's worker threads busy-wait (about 0.1 s here) after each call,
   so an OpenBLAS call steals the CPU from whatever runs next in the same process. For each
   thread count this program re-executes itself with --peer-only; that child makes every
   OpenBLAS call and no timed phi_gemm call, and answers a request only once its threads have
   gone to sleep (quiesce()). The parent's pool workers sleep on a condition variable, so
   they do not disturb the child either.

   Why rounds: the machine is shared, and load from others comes in bursts of seconds. So,
   case by case, the --reps timed calls of each library are split over --rounds alternations
   (ours, OpenBLAS, ours, OpenBLAS, ...), and both libraries see the same load.

   Why warm-ups by time: each round starts with untimed calls for at least --warmup ms (and
   at least one call). The other process has just evicted the caches, and, more, after the
   ~0.3 s a library sits idle while the other one runs, this VM runs two threads at the speed
   of one for the first 40-70 ms (measured with the pool alone, no OpenBLAS loaded). Spinning
   OpenBLAS threads hide that, sleeping pool workers do not: a warm-up of one 7 ms call
   halved our 2-thread figure on the 384x384 shapes.

   Correctness: the first child also runs phi_gemm (untimed, same thread count) and sgemm once
   per case from the same inputs and reports max|ours - OpenBLAS| / max|OpenBLAS|; above 1e-4
   is a warning and a non-zero exit.

   Build: the Makefile defines PHI_BENCH_OPENBLAS and links -lopenblas where OpenBLAS's
   cblas.h is installed (libopenblas-dev); without it only our column is printed.

   Usage: gemm [--threads 1,2] [--reps N] [--rounds N] [--warmup MS] [--variant NAME] [--only TEXT]
               [--verbose]          (gemm --help says more) */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "bench.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>   /* nanosleep, clock_gettime */
#include <unistd.h> /* fork, execv, pipe, readlink */

#ifdef PHI_BENCH_OPENBLAS
#include <cblas.h>
void openblas_set_num_threads(int); /* OpenBLAS's own API; declared here in case cblas.h does not */
#endif

#define TOKENS 2048
#define MAX_REPS 200
#define MAX_THREADS 16
#define CHECK_TOL 1e-4

enum { FORWARD, INPUT_GRAD, WEIGHT_GRAD };
static const char *product_name[] = {"forward", "input-grad", "weight-grad"};

typedef struct bench_case {
    const char *shape; /* "C x OC" label */
    int product;
    size_t M, N, K;
    int trans_a, trans_b, accumulate;
} bench_case;

#define MAX_CASES 32
static bench_case cases[MAX_CASES];
static int ncases;

/* The layer shapes of the issue; 1024x1024 also on M = 2048 tokens, like the others. */
static void make_cases(void) {
    static const size_t layers[][2] = {{384, 1536}, {1536, 384}, {384, 384}, {384, 8192}, {8192, 384}, {1024, 1024}};
    static const char *labels[] = {"384x1536", "1536x384", "384x384", "384x8192", "8192x384", "1024x1024"};
    size_t i;
    int p;
    for (i = 0; i < sizeof layers / sizeof *layers; i++) {
        size_t C = layers[i][0], OC = layers[i][1];
        for (p = FORWARD; p <= WEIGHT_GRAD; p++) {
            bench_case *c = &cases[ncases++];
            c->shape = labels[i];
            c->product = p;
            if (p == FORWARD) { /* out = inp · Wᵀ */
                c->M = TOKENS, c->N = OC, c->K = C, c->trans_a = 0, c->trans_b = 1, c->accumulate = 0;
            } else if (p == INPUT_GRAD) { /* dinp += dout · W */
                c->M = TOKENS, c->N = C, c->K = OC, c->trans_a = 0, c->trans_b = 0, c->accumulate = 1;
            } else { /* dW += doutᵀ · inp */
                c->M = OC, c->N = C, c->K = TOKENS, c->trans_a = 1, c->trans_b = 0, c->accumulate = 1;
            }
        }
    }
    cases[ncases].shape = "1024^3 sq";
    cases[ncases].product = FORWARD;
    cases[ncases].M = cases[ncases].N = cases[ncases].K = 1024;
    cases[ncases].trans_a = 0, cases[ncases].trans_b = 1, cases[ncases].accumulate = 0;
    ncases++;
}

/* Keeps the cases whose "<shape> <product>" contains `only` (--only). */
static void filter_cases(const char *only) {
    char name[64];
    int i, kept = 0;
    for (i = 0; i < ncases; i++) {
        snprintf(name, sizeof name, "%s %s", cases[i].shape, product_name[cases[i].product]);
        if (strstr(name, only)) cases[kept++] = cases[i];
    }
    ncases = kept;
}

/* Operands of one case, stored as the call reads them: A [M,K] or [K,M] when transposed,
   B [K,N] or [N,K] when transposed, C [M,N]; every leading dimension is the stored width. */
typedef struct operands {
    float *A, *B, *C, *C0; /* C0: the initial C, kept for the correctness check */
    size_t lda, ldb, ldc;
} operands;

static float *alloc_floats(size_t n) {
    void *p = NULL;
    /* 64-byte aligned, as a tensor allocator gives; the same for both libraries */
    if (posix_memalign(&p, 64, (n ? n : 16) * sizeof(float)) != 0) return NULL;
    return (float *)p;
}

static void fill(float *x, size_t n, phi_rng *r) {
    size_t i;
    for (i = 0; i < n; i++) x[i] = 2.0f * phi_rng_float(r) - 1.0f;
}

static void operands_free(operands *o) {
    free(o->A);
    free(o->B);
    free(o->C);
    free(o->C0);
    memset(o, 0, sizeof *o);
}

/* The seed depends only on the case, so both processes compute on identical inputs. */
static int operands_make(operands *o, const bench_case *c, int index, int keep_c0) {
    phi_rng r;
    memset(o, 0, sizeof *o);
    o->lda = c->trans_a ? c->M : c->K;
    o->ldb = c->trans_b ? c->K : c->N;
    o->ldc = c->N;
    o->A = alloc_floats(c->M * c->K);
    o->B = alloc_floats(c->K * c->N);
    o->C = alloc_floats(c->M * c->N);
    if (keep_c0) o->C0 = alloc_floats(c->M * c->N);
    if (!o->A || !o->B || !o->C || (keep_c0 && !o->C0)) {
        operands_free(o);
        fprintf(stderr, "gemm: out of memory\n");
        return -1;
    }
    phi_rng_seed(&r, 0x9e3779b97f4a7c15ull + (uint64_t)index);
    fill(o->A, c->M * c->K, &r);
    fill(o->B, c->K * c->N, &r);
    fill(o->C, c->M * c->N, &r);
    if (keep_c0) memcpy(o->C0, o->C, c->M * c->N * sizeof(float));
    return 0;
}


static double flops(const bench_case *c) { return 2.0 * (double)c->M * (double)c->N * (double)c->K; }

static void sleep_ms(long ms) {
    struct timespec ts;
    ts.tv_sec = ms / 1000;
    ts.tv_nsec = (ms % 1000) * 1000000L;
    nanosleep(&ts, NULL);
}

static double cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Waits until this process uses no CPU while idle, i.e. OpenBLAS's threads have stopped
   spinning and sleep (at most 3 s): measured rather than assumed, because the library build
   and OPENBLAS_THREAD_TIMEOUT change how long they spin. */
static void quiesce(void) {
    int i;
    for (i = 0; i < 60; i++) {
        double c0 = cpu_seconds();
        sleep_ms(50);
        if (cpu_seconds() - c0 < 0.002) return;
    }
}

typedef struct options {
    int threads[MAX_THREADS], nthreads;
    int reps, rounds, warmup, verbose, peer_only, check;
    const char *variant, *only;
} options;

/* Timed calls in round r: the reps spread as evenly as they go over the rounds. */
static int reps_in_round(const options *opt, int r) {
    return opt->reps * (r + 1) / opt->rounds - opt->reps * r / opt->rounds;
}

static phi_status ours_call(phi_pool *pool, const bench_case *c, operands *o) {
    return phi_gemm(pool, c->trans_a, c->trans_b, c->M, c->N, c->K, o->A, o->lda, o->B, o->ldb, o->C, o->ldc,
                    c->accumulate);
}

#ifdef PHI_BENCH_OPENBLAS
static void peer_call(const bench_case *c, operands *o) {
    cblas_sgemm(CblasRowMajor, c->trans_a ? CblasTrans : CblasNoTrans, c->trans_b ? CblasTrans : CblasNoTrans,
                (int)c->M, (int)c->N, (int)c->K, 1.0f, o->A, (int)o->lda, o->B, (int)o->ldb,
                c->accumulate ? 1.0f : 0.0f, o->C, (int)o->ldc);
}
#endif

/* CPU seconds and wall seconds of our timed calls, per thread count: a pool of n threads that
   got much less than n CPUs was sharing the machine (or idling on an imbalanced split). */
static double ours_cpu[MAX_THREADS], ours_wall[MAX_THREADS];

/* One round: untimed calls for opt->warmup ms (at least one), then n timed ones of ours
   (peer 0) or OpenBLAS's (peer 1), their GFLOP/s stored in rates[]; ours also add to
   ours_cpu/ours_wall[slot]. -1 on failure. */
static int time_round(const options *opt, phi_pool *pool, const bench_case *c, operands *o, int peer, int threads,
                      int n, double *rates, int slot) {
    double warm_until = phi_now() + opt->warmup / 1e3;
    int i;
    for (i = -1; i < n; i++) {
        double c0 = cpu_seconds(), t0 = phi_now(), dt;
        if (peer) {
#ifdef PHI_BENCH_OPENBLAS
            peer_call(c, o);
#endif
        } else if (ours_call(pool, c, o) != PHI_OK) {
            fprintf(stderr, "gemm: phi_gemm: %s\n", phi_errmsg());
            return -1;
        }
        dt = phi_now() - t0;
        if (i < 0) {
            if (phi_now() < warm_until) i--; /* one more warm-up call */
            continue;
        }
        if (!peer) ours_cpu[slot] += cpu_seconds() - c0, ours_wall[slot] += dt;
        rates[i] = flops(c) / dt / 1e9;
        if (opt->verbose)
            fprintf(stderr, "%-8s %-9s %-11s %dT: %6.1f GFLOP/s (%.2f ms)\n", peer ? "openblas" : "phi", c->shape,
                    product_name[c->product], threads, rates[i], dt * 1e3);
    }
    return 0;
}

#ifdef PHI_BENCH_OPENBLAS
/* max|ours - OpenBLAS| / max|OpenBLAS| on case c from the initial C, untimed; -1 on failure. */
static double check_case(phi_pool *pool, const bench_case *c, operands *o) {
    size_t j, len = c->M * c->N;
    float *mine = alloc_floats(len), *theirs = alloc_floats(len);
    double maxdiff = 0, maxabs = 0;
    operands t = *o;
    if (!mine || !theirs) {
        free(mine);
        free(theirs);
        return -1;
    }
    memcpy(mine, o->C0, len * sizeof(float));
    memcpy(theirs, o->C0, len * sizeof(float));
    t.C = mine;
    if (ours_call(pool, c, &t) != PHI_OK) {
        fprintf(stderr, "gemm: phi_gemm: %s\n", phi_errmsg());
        free(mine);
        free(theirs);
        return -1;
    }
    t.C = theirs;
    peer_call(c, &t);
    for (j = 0; j < len; j++) {
        double d = fabs((double)mine[j] - (double)theirs[j]), a = fabs((double)theirs[j]);
        if (!(d <= maxdiff)) maxdiff = d; /* a NaN stays NaN, which fails the check */
        if (a > maxabs) maxabs = a;
    }
    free(mine);
    free(theirs);
    return maxabs > 0 ? maxdiff / maxabs : maxdiff;
}

/* The child: OpenBLAS with opt->threads[0] threads. Each stdin line "case <i> <n>" asks for a
   round of n timed calls on case i; the answer is "peer <i> <check> <GFLOP/s>...". The
   operands of the current case are kept between its rounds. */
static int peer_main(const options *opt) {
    phi_pool *pool = NULL;
    operands o;
    char line[64];
    double rates[MAX_REPS], check = -1;
    int i, n, j, cur = -1, rc = 0;

    memset(&o, 0, sizeof o);
    openblas_set_num_threads(opt->threads[0]);
    if (opt->check && phi_pool_create(&pool, opt->threads[0]) != PHI_OK) {
        fprintf(stderr, "gemm: %s\n", phi_errmsg());
        return 1;
    }
    quiesce(); /* its threads started at load time and spin a moment first */
    printf("ready\n"); /* the parent times nothing until then */
    fflush(stdout);
    while (rc == 0 && fgets(line, sizeof line, stdin)) {
        if (sscanf(line, "case %d %d", &i, &n) != 2 || i < 0 || i >= ncases || n < 1 || n > MAX_REPS) {
            fprintf(stderr, "gemm: peer: bad request: %s", line);
            rc = 1;
            break;
        }
        if (i != cur) {
            operands_free(&o);
            if (operands_make(&o, &cases[i], i, opt->check) != 0) {
                rc = 1;
                break;
            }
            cur = i;
            check = -1;
            if (opt->check && (check = check_case(pool, &cases[i], &o)) < 0) {
                rc = 1;
                break;
            }
        }
        if (time_round(opt, NULL, &cases[i], &o, 1, opt->threads[0], n, rates, 0) != 0) {
            rc = 1;
            break;
        }
        quiesce(); /* answer only once OpenBLAS's threads have stopped spinning */
        printf("peer %d %.6g", i, check);
        for (j = 0; j < n; j++) printf(" %.6g", rates[j]);
        printf("\n");
        fflush(stdout);
    }
    operands_free(&o);
    phi_pool_free(pool);
    return rc;
}
#endif

/* The OpenBLAS child of one thread count: its pid and both ends of the conversation. */
typedef struct peer_proc {
    pid_t pid;
    FILE *to, *from;
} peer_proc;

/* Starts this program again with --peer-only for `threads` threads. */
static int peer_start(peer_proc *p, const options *opt, const char *self, int threads, int check_run) {
    char tbuf[16], wbuf[16];
    char *args[16];
    int in[2], out[2], na = 0;

    snprintf(tbuf, sizeof tbuf, "%d", threads);
    snprintf(wbuf, sizeof wbuf, "%d", opt->warmup);
    args[na++] = (char *)self;
    args[na++] = (char *)"--peer-only";
    args[na++] = (char *)"--threads", args[na++] = tbuf;
    args[na++] = (char *)"--warmup", args[na++] = wbuf;
    if (opt->variant) args[na++] = (char *)"--variant", args[na++] = (char *)opt->variant;
    if (opt->only) args[na++] = (char *)"--only", args[na++] = (char *)opt->only;
    if (check_run) args[na++] = (char *)"--check";
    if (opt->verbose) args[na++] = (char *)"--verbose";
    args[na] = NULL;

    fflush(NULL); /* nothing buffered may be written twice */
    if (pipe(in) != 0) return -1;
    if (pipe(out) != 0) return -1;
    if ((p->pid = fork()) < 0) return -1;
    if (p->pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[0]), close(in[1]), close(out[0]), close(out[1]);
        execv(self, args);
        fprintf(stderr, "gemm: cannot run %s\n", self);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    p->to = fdopen(in[1], "w");
    p->from = fdopen(out[0], "r");
    if (!p->to || !p->from) return -1;
    {
        char line[64]; /* wait for "ready": its start-up must not overlap our timing */
        if (!fgets(line, sizeof line, p->from) || strcmp(line, "ready\n") != 0) return -1;
    }
    return 0;
}

/* Asks the child for a round of n timed calls on case i; appends their GFLOP/s to rates. */
static int peer_ask(peer_proc *p, int i, int n, double *rates, double *check) {
    char line[4096], *s, *end;
    int j, k;
    fprintf(p->to, "case %d %d\n", i, n);
    fflush(p->to);
    if (!fgets(line, sizeof line, p->from) || sscanf(line, "peer %d", &j) != 1 || j != i) goto bad;
    s = line + 5;
    strtol(s, &end, 10); /* the case number */
    *check = strtod(s = end, &end);
    if (end == s) goto bad;
    for (k = 0; k < n; k++) {
        rates[k] = strtod(s = end, &end);
        if (end == s) goto bad;
    }
    return 0;
bad:
    fprintf(stderr, "gemm: the OpenBLAS child gave no proper answer for case %d\n", i);
    return -1;
}

/* Closes the child's input (it exits at end of file) and collects its status. */
static int peer_stop(peer_proc *p) {
    int status;
    fclose(p->to);
    fclose(p->from);
    if (waitpid(p->pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "gemm: the OpenBLAS child failed\n");
        return -1;
    }
    return 0;
}

static int usage(void) {
    fprintf(stderr, "usage: gemm [--threads 1,2] [--reps N] [--rounds N] [--warmup MS] [--variant scalar|avx2|avx512|neon]"
                    " [--only TEXT] [--verbose]\n"
                    "  --reps N    timed calls per library, case and thread count (default 15)\n"
                    "  --rounds N  alternations of the two libraries they are split over (default 5)\n"
                    "  --warmup MS untimed calls for MS ms (at least one) before every round (default 150)\n"
                    "  --only TEXT the cases whose \"<shape> <product>\" contains TEXT, e.g. 384x384, weight-grad\n"
                    "  --verbose   every timed call on stderr\n");
    return 2;
}

static int parse_threads(options *opt, const char *s) {
    char *end;
    opt->nthreads = 0;
    for (;;) {
        long n = strtol(s, &end, 10);
        if (end == s || n < 1 || n > 256 || opt->nthreads == MAX_THREADS) return -1;
        opt->threads[opt->nthreads++] = (int)n;
        if (*end == 0) return 0;
        if (*end != ',') return -1;
        s = end + 1;
    }
}

int main(int argc, char **argv) {
    options opt;
    static double ours[MAX_THREADS][MAX_CASES], peer[MAX_THREADS][MAX_CASES], check[MAX_CASES];
    double ours_rates[MAX_REPS], peer_rates[MAX_REPS], t_start = phi_now(), worst_check = 0;
    char self[4096];
    int i, t, r, rc = 0, have_peer = 0, worst_check_case = -1;

    memset(&opt, 0, sizeof opt);
    opt.threads[0] = 1, opt.threads[1] = 2, opt.nthreads = 2;
    opt.reps = 15; /* the machine is noisy: enough calls that one disturbed round cannot decide a row */
    opt.rounds = 5;
    opt.warmup = 150;
    for (i = 1; i < argc; i++) {
        char *end;
        if (!strcmp(argv[i], "--threads") && i + 1 < argc) {
            if (parse_threads(&opt, argv[++i]) != 0) return usage();
        } else if (!strcmp(argv[i], "--reps") && i + 1 < argc) {
            opt.reps = (int)strtol(argv[++i], &end, 10);
            if (*end || opt.reps < 1 || opt.reps > MAX_REPS) return usage();
        } else if (!strcmp(argv[i], "--rounds") && i + 1 < argc) {
            opt.rounds = (int)strtol(argv[++i], &end, 10);
            if (*end || opt.rounds < 1 || opt.rounds > MAX_REPS) return usage();
        } else if (!strcmp(argv[i], "--warmup") && i + 1 < argc) {
            opt.warmup = (int)strtol(argv[++i], &end, 10);
            if (*end || opt.warmup < 0 || opt.warmup > 10000) return usage();
        } else if (!strcmp(argv[i], "--variant") && i + 1 < argc) {
            opt.variant = argv[++i];
        } else if (!strcmp(argv[i], "--only") && i + 1 < argc) {
            opt.only = argv[++i];
        } else if (!strcmp(argv[i], "--verbose")) {
            opt.verbose = 1;
        } else if (!strcmp(argv[i], "--peer-only")) { /* internal: the OpenBLAS child */
            opt.peer_only = 1;
        } else if (!strcmp(argv[i], "--check")) { /* internal: the child compares results */
            opt.check = 1;
        } else {
            return usage();
        }
    }
    if (opt.rounds > opt.reps) opt.rounds = opt.reps;
    if (opt.variant && phi_kernels_force(opt.variant) != PHI_OK) {
        fprintf(stderr, "gemm: %s\n", phi_errmsg());
        return 2;
    }
    make_cases();
    if (opt.only) filter_cases(opt.only);
    if (ncases == 0) {
        fprintf(stderr, "gemm: no case matches --only '%s'\n", opt.only);
        return 2;
    }

    if (opt.peer_only) {
#ifdef PHI_BENCH_OPENBLAS
        return peer_main(&opt);
#else
        fprintf(stderr, "gemm: built without OpenBLAS\n");
        return 1;
#endif
    }

#ifdef PHI_BENCH_OPENBLAS
    {
        /* the child must be this very binary, and argv[0] need not be a path to it */
        ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
        if (n > 0) self[n] = 0;
        else snprintf(self, sizeof self, "%s", argv[0]);
        have_peer = 1;
    }
#else
    self[0] = 0;
#endif

    printf("bench/gemm: %s\n", phi_cpu_features());
    printf("  GFLOP/s = 2*M*N*K / time: median of %d timed calls in %d rounds alternating with OpenBLAS,\n"
           "  each round after %d ms of warm-up calls. M = %d tokens for every layer shape, 1024x1024\n"
           "  included; \"1024^3 sq\" is the literal M = N = K = 1024 forward product.\n",
           opt.reps, opt.rounds, opt.warmup, TOKENS);
    {
        /* others' load decides how much of the machine the 2-thread rows really had */
        FILE *f = fopen("/proc/loadavg", "r");
        double l1;
        if (f && fscanf(f, "%lf", &l1) == 1) printf("  load average at start %.2f on %d CPUs\n", l1, phi_cpu_count());
        if (f) fclose(f);
    }
    fflush(stdout);

    /* OpenBLAS starts its threads when this process loads it, and they spin a moment before
       they sleep (we never call it here): let that pass before anything is timed. */
    if (have_peer) quiesce();

    for (t = 0; t < opt.nthreads; t++) {
        phi_pool *pool = NULL;
        peer_proc child;
        int n = opt.threads[t];
        if (phi_pool_create(&pool, n) != PHI_OK) {
            fprintf(stderr, "gemm: %s\n", phi_errmsg());
            return 1;
        }
        if (have_peer && peer_start(&child, &opt, self, n, t == 0) != 0) {
            fprintf(stderr, "gemm: cannot start the OpenBLAS child\n");
            return 1;
        }
        for (i = 0; i < ncases; i++) {
            operands o;
            int done = 0;
            if (operands_make(&o, &cases[i], i, 0) != 0) return 1;
            for (r = 0; r < opt.rounds; r++) {
                int k = reps_in_round(&opt, r);
                double chk;
                if (time_round(&opt, pool, &cases[i], &o, 0, n, k, ours_rates + done, t) != 0) return 1;
                if (have_peer) {
                    if (peer_ask(&child, i, k, peer_rates + done, &chk) != 0) return 1;
                    if (t == 0) check[i] = chk;
                }
                done += k;
            }
            operands_free(&o);
            ours[t][i] = median(ours_rates, opt.reps);
            if (have_peer) peer[t][i] = median(peer_rates, opt.reps);
        }
        phi_pool_free(pool);
        if (have_peer && peer_stop(&child) != 0) return 1;
    }

    printf("  %-10s %-12s %5s %5s %5s %3s %10s %10s %7s\n", "C x OC", "product", "M", "N", "K", "thr", "phi GF/s",
           "OBLAS GF/s", "ratio");
    for (i = 0; i < ncases; i++)
        for (t = 0; t < opt.nthreads; t++) {
            const bench_case *c = &cases[i];
            printf("  %-10s %-12s %5zu %5zu %5zu %3d %10.1f", c->shape, product_name[c->product], c->M, c->N, c->K,
                   opt.threads[t], ours[t][i]);
            if (have_peer) printf(" %10.1f %7.3f\n", peer[t][i], ours[t][i] / peer[t][i]);
            else printf(" %10s %7s\n", "-", "-");
        }

    if (have_peer) {
        for (t = 0; t < opt.nthreads; t++) {
            double logsum = 0, mn = HUGE_VAL;
            int at = 0;
            for (i = 0; i < ncases; i++) {
                double q = ours[t][i] / peer[t][i];
                logsum += log(q);
                if (q < mn) mn = q, at = i;
            }
            printf("  %d thread%s: min ratio %.3f (%s %s), geomean ratio %.3f; phi got %.2f of %d CPUs\n",
                   opt.threads[t], opt.threads[t] == 1 ? " " : "s", mn, cases[at].shape,
                   product_name[cases[at].product], exp(logsum / ncases), ours_cpu[t] / ours_wall[t], opt.threads[t]);
        }
        for (i = 0; i < ncases; i++) {
            if (!(check[i] >= 0 && check[i] <= CHECK_TOL)) {
                fprintf(stderr, "gemm: WARNING: %s %s: max|phi - OpenBLAS| / max|C| = %.3g > %g\n", cases[i].shape,
                        product_name[cases[i].product], check[i], CHECK_TOL);
                rc = 1;
            }
            if (!(check[i] <= worst_check)) worst_check = check[i], worst_check_case = i;
        }
        if (rc == 0 && worst_check_case >= 0)
            printf("  check: max|phi - OpenBLAS| / max|C| <= %.2g on every case (worst: %s %s, %d thread%s)\n",
                   worst_check, cases[worst_check_case].shape, product_name[cases[worst_check_case].product],
                   opt.threads[0], opt.threads[0] == 1 ? "" : "s");
    } else {
        printf("  OpenBLAS: not built (install libopenblas-dev; the Makefile then links it)\n");
    }
    printf("  total time %.0f s\n", phi_now() - t_start);
    return rc;
}
