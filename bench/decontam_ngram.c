/* bench/decontam_ngram - the n-gram scan of >>decontam: MB/s of phi_ngram_scan over a corpus,
   against the 13-gram index of HumanEval + MBPP.

   What is measured: the files named in LIST (one path a line; bench/decontam_ngram.sh lists
   Python sources and English text) are read into memory first, one document each, untimed;
   the index is built from the benchmark files (timed apart: "build"). Then, --runs times, the
   clock runs around one pass of phi_ngram_scan over every document, on one thread, and (with
   --threads T > 1) once more on a pool of T threads, the documents split among them, each
   thread with its own hits. Throughput = the documents' bytes / the median time, in MB/s (1e6
   bytes). The one-thread pass is also timed in CPU time (CLOCK_THREAD_CPUTIME_ID): on a shared
   machine that is the figure of one core's work, wall-clock time also counts waiting for it.

   Prints one line on stdout for the script:
       <median s, 1 thread> <median CPU s, 1 thread> <median s, T threads> <T> <files> <bytes>
       <places> <hits> <build s>
   where places = document places that have an indexed n-gram (what a set-based scan counts),
   hits = those times the items that have it. Per-run times go to stderr.

   Usage: decontam_ngram LIST HUMANEVAL.jsonl MBPP.jsonl [--runs N] [--threads T] [--n 13] */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#define BENCH_FILES
#include "bench.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_RUNS 1000

typedef struct job {
    const phi_ngram_index *ix;
    const phi_buf *docs;
    phi_ngram_hits *hits; /* one per worker */
    size_t *places, *nhits; /* per worker */
    int failed;
} job;

static void scan_range(void *ctx, size_t begin, size_t end, int worker) {
    job *j = (job *)ctx;
    size_t d, i;
    for (d = begin; d < end; d++) {
        phi_ngram_hits *h = &j->hits[worker];
        if (phi_ngram_scan(h, j->ix, j->docs[d].data ? j->docs[d].data : "", j->docs[d].len) != PHI_OK) j->failed = 1;
        j->nhits[worker] += h->n;
        for (i = 0; i < h->n; i++) /* hits of one place are consecutive */
            if (i == 0 || h->items[i].doc_start != h->items[i - 1].doc_start || h->items[i].doc_end != h->items[i - 1].doc_end)
                j->places[worker]++;
    }
}

static double cpu_now(void) { /* this thread's CPU seconds */
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* One pass over all documents: seconds (and CPU seconds of this thread); places and hits added up. */
static double pass(phi_pool *pool, job *j, size_t n, size_t *places, size_t *nhits, double *cpu) {
    int w, nw = phi_pool_size(pool);
    double t0, c0;
    for (w = 0; w < nw; w++) j->places[w] = j->nhits[w] = 0;
    c0 = cpu_now();
    t0 = phi_now();
    phi_parallel_for(pool, n, scan_range, j);
    t0 = phi_now() - t0;
    *cpu = cpu_now() - c0;
    *places = *nhits = 0;
    for (w = 0; w < nw; w++) {
        *places += j->places[w];
        *nhits += j->nhits[w];
    }
    return t0;
}

int main(int argc, char **argv) {
    phi_buf list, *docs = NULL;
    phi_benchmark b[2];
    phi_ngram_index ix;
    phi_ngram_opts o;
    phi_pool *pool = NULL;
    char **paths = NULL;
    size_t n = 0, i, bytes = 0, places = 0, nhits = 0, pl, nh;
    double t1[MAX_RUNS], c1[MAX_RUNS], tt[MAX_RUNS], build, ignore;
    int runs = 5, threads = 1, r, a, usage = 0, npos = 0;
    const char *pos[3] = {NULL, NULL, NULL};
    job j;
    memset(&list, 0, sizeof list);
    memset(&o, 0, sizeof o);
    for (a = 1; a < argc; a++) {
        if (!strcmp(argv[a], "--runs") && a + 1 < argc) runs = atoi(argv[++a]);
        else if (!strcmp(argv[a], "--threads") && a + 1 < argc) threads = atoi(argv[++a]);
        else if (!strcmp(argv[a], "--n") && a + 1 < argc) o.n = atoi(argv[++a]);
        else if (npos < 3) pos[npos++] = argv[a];
        else usage = 1;
    }
    if (usage || npos != 3 || runs < 1 || runs > MAX_RUNS || threads < 1 || threads > 64) {
        fprintf(stderr, "usage: decontam_ngram LIST HUMANEVAL.jsonl MBPP.jsonl [--runs N (1 to %d)] [--threads T] [--n N]\n",
                MAX_RUNS);
        return 2;
    }
    if (phi_benchmark_load(&b[0], pos[1], PHI_BENCH_HUMANEVAL) != PHI_OK ||
        phi_benchmark_load(&b[1], pos[2], PHI_BENCH_MBPP) != PHI_OK) {
        fprintf(stderr, "decontam_ngram: %s\n", phi_errmsg());
        return 2;
    }
    if (!bench_read_files("decontam_ngram", pos[0], &list, &paths, &docs, &n, &bytes)) return 2;
    build = phi_now();
    if (phi_ngram_index_build(&ix, b, 2, &o) != PHI_OK) {
        fprintf(stderr, "decontam_ngram: %s\n", phi_errmsg());
        return 2;
    }
    build = phi_now() - build;
    memset(&j, 0, sizeof j);
    j.ix = &ix;
    j.docs = docs;
    j.hits = (phi_ngram_hits *)calloc(64, sizeof *j.hits);
    j.places = (size_t *)calloc(64, sizeof *j.places);
    j.nhits = (size_t *)calloc(64, sizeof *j.nhits);
    if (threads > 1 && phi_pool_create(&pool, threads) != PHI_OK) {
        fprintf(stderr, "decontam_ngram: %s\n", phi_errmsg());
        return 2;
    }
    for (r = 0; r < runs; r++) {
        t1[r] = pass(NULL, &j, n, &places, &nhits, &c1[r]);
        tt[r] = pool ? pass(pool, &j, n, &pl, &nh, &ignore) : t1[r];
        if (pool && (pl != places || nh != nhits)) {
            fprintf(stderr, "decontam_ngram: %d threads found %zu places, 1 thread %zu\n", threads, pl, places);
            return 1;
        }
        fprintf(stderr, "run %d: %.4f s (1 thread, %.4f s CPU), %.4f s (%d threads)\n", r + 1, t1[r], c1[r], tt[r], threads);
    }
    if (j.failed) {
        fprintf(stderr, "decontam_ngram: %s\n", phi_errmsg());
        return 1;
    }
    printf("%.6f %.6f %.6f %d %zu %zu %zu %zu %.6f\n", median(t1, runs), median(c1, runs), median(tt, runs),
           pool ? threads : 1, n, bytes, places, nhits, build);
    for (i = 0; i < 64; i++) phi_ngram_hits_free(&j.hits[i]);
    free(j.hits);
    free(j.places);
    free(j.nhits);
    phi_pool_free(pool);
    phi_ngram_index_free(&ix);
    phi_benchmark_free(&b[0]);
    phi_benchmark_free(&b[1]);
    for (i = 0; i < n; i++) phi_buf_free(&docs[i]);
    free(docs);
    free(paths);
    phi_buf_free(&list);
    return 0;
}
