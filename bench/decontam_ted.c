/* bench/decontam_ted - phi.h's tree edit distance and AST screening (>>decontam).

   1. TED pairs/s on one thread: HumanEval's entry-point functions (prompt + canonical solution)
      as trees, in each label mode; every ordered pair of them (164 x 164), phi_ted on each,
      --runs times, the median. The same on a sample of --sample pairs, whose trees are written
      to SAMPLE_PREFIX.canonical / .ast for the Python peer (bench/decontam_ted_peer.py, the
      Zhang-Shasha of tests/ted_ref.py): both columns then time the very same pairs.
   2. Screening: function units/s. The references: every HumanEval entry point and every MBPP
      function (canonical trees, in an index by size). The corpus: the files named in LIST
      (bench/decontam_ted.sh lists /usr/lib/python3.11), read into memory untimed. Timed: each
      file read as a document (PHI_TED_DOC_AUTO: parsed, its functions' trees built) and every
      unit queried against the index at tau = 0.8 with the floor of 20 nodes; the files are
      shared among the threads of a phi_pool (--threads, default 2), --runs times, the median.

   Prints on stdout, for bench/decontam_ted.sh, one line each:
       pairs MODE <all pairs> <median s> <cpu s> <sample pairs> <sample median s> <mean size>
       screen <threads> <files> <bytes> <units> <median s> <matches> <units that matched> <docs not Python>
       stages <pairs skipped by size range> <small> <size> <identical> <labels> <post-order> <pre-order> <TED>
   and the per-run times on stderr.

   Usage: decontam_ted DATA LIST SAMPLE_PREFIX [--runs N] [--threads N] [--sample N] */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#define BENCH_FILES
#include "bench.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_RUNS 100

static double cpu_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int load_benchmarks(const char *data, phi_ted_labels mode, phi_ted_units *he, phi_ted_units *mbpp) {
    static const char *hef[] = {"prompt", "canonical_solution", "entry_point"}, *mbf[] = {"code"};
    char path[1024];
    phi_jsonl_strings s;
    phi_ted_opts o;
    phi_buf src;
    size_t i;
    memset(&o, 0, sizeof o);
    memset(&src, 0, sizeof src);
    o.labels = mode;
    o.doc = PHI_TED_DOC_PYTHON;
    snprintf(path, sizeof path, "%s/humaneval/HumanEval.jsonl", data);
    if (phi_jsonl_read_strings(&s, path, hef, 3) != PHI_OK) return 0;
    for (i = 0; i < s.n; i++) {
        char name[128];
        const size_t *sp = s.span + 6 * i;
        src.len = 0;
        if (phi_buf_append(&src, s.text.data + sp[0], sp[1]) || phi_buf_append(&src, s.text.data + sp[2], sp[3])) return 0;
        snprintf(name, sizeof name, "%.*s", (int)sp[5], s.text.data + sp[4]);
        o.name = name;
        if (phi_ted_units_add(he, src.data, src.len, (int64_t)i, &o) != PHI_OK) return 0;
    }
    phi_jsonl_strings_free(&s);
    phi_buf_free(&src);
    if (!mbpp) return 1;
    o.name = NULL;
    snprintf(path, sizeof path, "%s/mbpp/mbpp.jsonl", data);
    if (phi_jsonl_read_strings(&s, path, mbf, 1) != PHI_OK) return 0;
    for (i = 0; i < s.n; i++)
        if (phi_ted_units_add(mbpp, s.text.data + s.span[2 * i], s.span[2 * i + 1], (int64_t)(1000 + i), &o) != PHI_OK) return 0;
    phi_jsonl_strings_free(&s);
    return 1;
}

static void write_tree(FILE *f, const phi_ted_tree *t) {
    int i;
    fprintf(f, "%d", t->n);
    for (i = 0; i < t->n; i++) fprintf(f, " %d", t->label[i]);
    for (i = 0; i < t->n; i++) fprintf(f, " %d", i - t->lml[i] + 1);
}

static volatile long g_sink; /* keeps the distances from being optimised away */

static int bench_pairs(const char *data, phi_ted_labels mode, const char *sample_path, int runs, int nsample) {
    phi_ted_units he;
    int a, b, r, i, n, *sa, *sb;
    double t_all[MAX_RUNS], t_sample[MAX_RUNS], cpu_all = 0, mean = 0;
    phi_rng rng;
    FILE *f;
    memset(&he, 0, sizeof he);
    if (!load_benchmarks(data, mode, &he, NULL)) return fprintf(stderr, "decontam_ted: %s\n", phi_errmsg()), 0;
    n = he.n;
    for (a = 0; a < n; a++) mean += he.items[a].tree.n;
    mean /= n;
    /* the sample: random ordered pairs, the same for us and for the peer */
    sa = (int *)malloc(sizeof(int) * (size_t)nsample);
    sb = (int *)malloc(sizeof(int) * (size_t)nsample);
    phi_rng_seed(&rng, 7);
    if (!(f = fopen(sample_path, "w"))) return fprintf(stderr, "decontam_ted: cannot write %s\n", sample_path), 0;
    for (i = 0; i < nsample; i++) {
        sa[i] = (int)phi_rng_below(&rng, (uint64_t)n), sb[i] = (int)phi_rng_below(&rng, (uint64_t)n);
        write_tree(f, &he.items[sa[i]].tree);
        fputc(' ', f);
        write_tree(f, &he.items[sb[i]].tree);
        fputc('\n', f);
    }
    fclose(f);
    for (r = 0; r < runs; r++) {
        double t0 = phi_now(), c0 = cpu_now();
        long sum = 0;
        for (a = 0; a < n; a++)
            for (b = 0; b < n; b++) sum += phi_ted(&he.items[a].tree, &he.items[b].tree);
        t_all[r] = phi_now() - t0;
        cpu_all += cpu_now() - c0;
        t0 = phi_now();
        for (i = 0; i < nsample; i++) sum += phi_ted(&he.items[sa[i]].tree, &he.items[sb[i]].tree);
        t_sample[r] = phi_now() - t0;
        g_sink += sum;
        fprintf(stderr, "pairs %s run %d: %.3f s all, %.3f s sample\n", mode ? "ast" : "canonical", r + 1, t_all[r], t_sample[r]);
    }
    printf("pairs %s %d %.6f %.6f %d %.6f %.1f\n", mode ? "ast" : "canonical", n * n, median(t_all, runs), cpu_all / runs, nsample,
           median(t_sample, runs), mean);
    free(sa);
    free(sb);
    phi_ted_units_free(&he);
    return 1;
}

/* -- screening */
typedef struct screen {
    const phi_ted_index *ix;
    phi_buf *src;
    phi_ted_units *units; /* [threads] */
    phi_ted_match *out;   /* [threads][1 << 12] */
    int64_t units_n[64], matches[64], matched_units[64], not_python[64], counts[64][8];
    phi_ted_tau tau;
    int err;
} screen;

static void screen_range(void *ctx, size_t begin, size_t end, int worker) {
    screen *s = (screen *)ctx;
    phi_ted_units *u = &s->units[worker];
    phi_ted_opts o;
    size_t d;
    int i;
    memset(&o, 0, sizeof o);
    for (d = begin; d < end; d++) {
        phi_ted_units_clear(u);
        if (phi_ted_units_add(u, s->src[d].data ? s->src[d].data : "", s->src[d].len, (int64_t)d, &o) != PHI_OK) {
            s->err = 1;
            continue;
        }
        s->not_python[worker] += u->python_bad;
        for (i = 0; i < u->n; i++) {
            int m = phi_ted_index_query(s->ix, &u->items[i].tree, s->tau, 0, s->out + (size_t)worker * 4096, 4096, s->counts[worker]);
            if (m < 0) s->err = 1;
            else s->matches[worker] += m, s->matched_units[worker] += m > 0;
        }
        s->units_n[worker] += u->n;
    }
}

static int bench_screen(const char *data, const char *list_path, int runs, int threads) {
    phi_ted_units he, mb;
    phi_ted_index ix;
    const phi_ted_tree **refs;
    phi_buf list, *src = NULL;
    char **paths = NULL;
    size_t n = 0, i, bytes = 0;
    int r, w, nref = 0;
    double times[MAX_RUNS];
    phi_pool *pool;
    screen s;
    int64_t tot_units = 0, tot_matches = 0, tot_matched = 0, tot_np = 0, counts[8] = {0};
    memset(&he, 0, sizeof he);
    memset(&mb, 0, sizeof mb);
    memset(&list, 0, sizeof list);
    if (!load_benchmarks(data, PHI_TED_CANONICAL, &he, &mb)) return fprintf(stderr, "decontam_ted: %s\n", phi_errmsg()), 0;
    refs = (const phi_ted_tree **)malloc(sizeof *refs * (size_t)(he.n + mb.n));
    for (i = 0; i < (size_t)he.n; i++) refs[nref++] = &he.items[i].tree;
    for (i = 0; i < (size_t)mb.n; i++) refs[nref++] = &mb.items[i].tree;
    if (phi_ted_index_build(&ix, refs, nref) != PHI_OK) return 0;
    if (!bench_read_files("decontam_ted", list_path, &list, &paths, &src, &n, &bytes)) return 0;
    if (phi_pool_create(&pool, threads) != PHI_OK || phi_pool_size(pool) > 64) return 0;
    memset(&s, 0, sizeof s);
    s.ix = &ix;
    s.src = src;
    s.units = (phi_ted_units *)calloc((size_t)phi_pool_size(pool), sizeof *s.units);
    s.out = (phi_ted_match *)malloc(sizeof *s.out * 4096 * (size_t)phi_pool_size(pool));
    phi_ted_tau_parse(&s.tau, "0.8");
    for (r = 0; r < runs; r++) {
        double t0;
        memset(s.units_n, 0, sizeof s.units_n);
        memset(s.matches, 0, sizeof s.matches);
        memset(s.matched_units, 0, sizeof s.matched_units);
        memset(s.not_python, 0, sizeof s.not_python);
        memset(s.counts, 0, sizeof s.counts);
        t0 = phi_now();
        phi_parallel_for(pool, n, screen_range, &s);
        times[r] = phi_now() - t0;
        tot_units = tot_matches = tot_matched = tot_np = 0;
        memset(counts, 0, sizeof counts);
        for (w = 0; w < phi_pool_size(pool); w++) {
            int k;
            tot_units += s.units_n[w], tot_matches += s.matches[w], tot_matched += s.matched_units[w], tot_np += s.not_python[w];
            for (k = 0; k < 8; k++) counts[k] += s.counts[w][k];
        }
        fprintf(stderr, "screen run %d: %.3f s, %.0f units/s\n", r + 1, times[r], (double)tot_units / times[r]);
    }
    if (s.err) return fprintf(stderr, "decontam_ted: %s\n", phi_errmsg()), 0;
    printf("screen %d %zu %zu %lld %.6f %lld %lld %lld\n", phi_pool_size(pool), n, bytes, (long long)tot_units, median(times, runs),
           (long long)tot_matches, (long long)tot_matched, (long long)tot_np);
    printf("stages %lld %lld %lld %lld %lld %lld %lld %lld\n", (long long)counts[0], (long long)counts[1], (long long)counts[2],
           (long long)counts[3], (long long)counts[4], (long long)counts[5], (long long)counts[6], (long long)counts[7]);
    for (w = 0; w < phi_pool_size(pool); w++) phi_ted_units_free(&s.units[w]);
    free(s.units);
    free(s.out);
    phi_pool_free(pool);
    for (i = 0; i < n; i++) phi_buf_free(&src[i]);
    free(src);
    free(paths);
    phi_buf_free(&list);
    phi_ted_index_free(&ix);
    free((void *)refs);
    phi_ted_units_free(&he);
    phi_ted_units_free(&mb);
    return 1;
}

int main(int argc, char **argv) {
    int runs = 5, threads = 2, nsample = 2000, a, usage = argc < 4;
    char sample[1024];
    for (a = 4; a < argc; a++) {
        if (!strcmp(argv[a], "--runs") && a + 1 < argc) runs = atoi(argv[++a]);
        else if (!strcmp(argv[a], "--threads") && a + 1 < argc) threads = atoi(argv[++a]);
        else if (!strcmp(argv[a], "--sample") && a + 1 < argc) nsample = atoi(argv[++a]);
        else usage = 1;
    }
    if (usage || runs < 1 || runs > MAX_RUNS || threads < 1 || threads > 64 || nsample < 1) {
        fprintf(stderr, "usage: decontam_ted DATA LIST SAMPLE_PREFIX [--runs N (1 to %d)] [--threads N] [--sample N]\n", MAX_RUNS);
        return 2;
    }
    snprintf(sample, sizeof sample, "%s.canonical", argv[3]);
    if (!bench_pairs(argv[1], PHI_TED_CANONICAL, sample, runs, nsample)) return 1;
    snprintf(sample, sizeof sample, "%s.ast", argv[3]);
    if (!bench_pairs(argv[1], PHI_TED_AST, sample, runs, nsample)) return 1;
    if (!bench_screen(argv[1], argv[2], runs, threads)) return 1;
    return 0;
}
