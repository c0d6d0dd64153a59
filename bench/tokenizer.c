/* bench/tokenizer - phi.h's byte-level BPE beside its peers, measured in the same run.

   Corpus: 10 MB of the local Python's sources: the standard library's *.py files (sorted by
   path) joined until 10,000,000 bytes, cut at the last line start before that, written once
   to build/bench/tok_corpus.txt (untimed).

   Encoding, GPT-2's vocabulary (../shared/data/gpt2): the file is read into memory once;
   each run times phi_tokenizer_encode (1 thread) or phi_tokenizer_encode_parallel (a pool of
   2) over all of it, a fresh word cache every run. The peer is tiktoken ("gpt2", WebAssembly
   under node: bench/tokenizer_peer.cjs) on the same bytes with the same run count, 1 thread,
   then 2 worker_threads each encoding half. MB/s = 1e6 bytes of the file per second, the
   median of the runs. Both sides' ids are hashed and must agree.

   Training, vocabularies of 8192 and 32000 on the same file: each run is a child process
   (fork for ours, exec for the peer) that reads the file and trains; the parent measures the
   wall time from fork to exit and the child's peak resident memory (wait4's ru_maxrss). Ours:
   phi_tokenizer_train with a pool of 2 threads, special token <|endoftext|>, then saving
   the vocabulary. The peer: Debian's sentencepiece, spm_train --model_type=bpe
   --num_threads=2 (its other options at their defaults), when installed.

   Usage: tokenizer [--runs N] [--train-runs N]   (from the repository root; make bench) */
#define _DEFAULT_SOURCE /* wait4 */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "bench.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#define CORPUS "build/bench/tok_corpus.txt"
#define CORPUS_BYTES 10000000
#define GPT2 "../shared/data/gpt2"
#define MAX_RUNS 100

static void die(const char *what) {
    fprintf(stderr, "bench/tokenizer: %s: %s\n", what, phi_errmsg());
    exit(1);
}

static int make_corpus(void) {
    FILE *p = popen("find \"$(/usr/bin/python3 -c 'import sysconfig; print(sysconfig.get_paths()[\"stdlib\"])')\" "
                    "-name '*.py' -type f | LC_ALL=C sort", "r");
    char path[4096];
    phi_buf all = {0};
    size_t cut;
    if (!p) return 0;
    while (all.len < CORPUS_BYTES && fgets(path, sizeof path, p)) {
        path[strcspn(path, "\n")] = 0;
        if (phi_file_read(path, &all) != PHI_OK) die(path);
    }
    pclose(p);
    if (all.len < CORPUS_BYTES) {
        fprintf(stderr, "bench/tokenizer: the Python sources hold only %zu bytes\n", all.len);
        return 0;
    }
    for (cut = CORPUS_BYTES; cut > 0 && all.data[cut - 1] != '\n'; cut--) {}
    if (phi_file_write_atomic(CORPUS, all.data, cut) != PHI_OK) die(CORPUS);
    phi_buf_free(&all);
    return 1;
}

static uint64_t fnv_ids(const phi_ids *ids) {
    uint64_t h = 0xcbf29ce484222325ull;
    size_t i;
    int k;
    for (i = 0; i < ids->len; i++)
        for (k = 0; k < 4; k++) h = (h ^ (((uint32_t)ids->data[i] >> (8 * k)) & 0xFF)) * 0x100000001b3ull;
    return h;
}

/* Runs the node peer; returns its median MB/s (0 if it failed) and its ids' count and hash. */
static double tiktoken(int runs, int threads, size_t *n_ids, uint64_t *hash) {
    char cmd[512], line[256];
    double mbps = 0;
    FILE *p;
    snprintf(cmd, sizeof cmd, "node bench/tokenizer_peer.cjs %s --runs %d --threads %d", CORPUS, runs, threads);
    if (!(p = popen(cmd, "r"))) return 0;
    while (fgets(line, sizeof line, p)) {
        unsigned long long h;
        sscanf(line, "tiktoken_mbps %lf", &mbps);
        if (sscanf(line, "tiktoken_ids %zu %llx", n_ids, &h) == 2) *hash = h;
    }
    if (pclose(p) != 0) return 0;
    return mbps;
}

static double encode_mbps(const phi_tokenizer *t, const phi_buf *text, phi_pool *pool, int runs, phi_ids *ids) {
    double v[MAX_RUNS];
    int r;
    for (r = 0; r < runs; r++) {
        double t0 = phi_now();
        ids->len = 0;
        if ((pool ? phi_tokenizer_encode_parallel(t, text->data, text->len, ids, pool) : phi_tokenizer_encode(t, text->data, text->len, ids)) != PHI_OK)
            die("encode");
        v[r] = (double)text->len / 1e6 / (phi_now() - t0);
        fprintf(stderr, "phi.h %d thread(s) run %d: %.2f MB/s\n", phi_pool_size(pool), r + 1, v[r]);
    }
    return median(v, runs);
}

/* One child: ours (argv == NULL) trains and saves; else exec argv. Wall seconds and peak MB. */
static int child(char *const *argv, int vocab, double *secs, double *peak_mb) {
    struct rusage ru;
    int status;
    double t0;
    pid_t pid;
    fflush(stdout); /* or the child's freopen would write our buffered lines a second time */
    fflush(stderr);
    t0 = phi_now();
    pid = fork();
    if (pid < 0) return 0;
    if (pid == 0) {
        if (argv) {
            if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(126);
            execvp(argv[0], argv);
            _exit(127);
        } else {
            phi_buf text = {0};
            phi_pool *pool = NULL;
            phi_tokenizer *t = NULL;
            phi_tokenizer_train_opts o;
            static const char *const special[] = {"<|endoftext|>"};
            const char *texts[1];
            char out[64];
            memset(&o, 0, sizeof o);
            o.vocab_size = vocab;
            o.special = special;
            o.num_special = 1;
            if (phi_file_read(CORPUS, &text) || phi_pool_create(&pool, 2)) _exit(1);
            o.pool = pool;
            texts[0] = text.data;
            snprintf(out, sizeof out, "build/bench/tok%d.tok", vocab);
            if (phi_tokenizer_train(&t, &o, texts, &text.len, 1) || phi_tokenizer_save(t, out)) _exit(1);
            _exit(phi_tokenizer_vocab_size(t) == vocab ? 0 : 1);
        }
    }
    if (wait4(pid, &status, 0, &ru) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return 0;
    *secs = phi_now() - t0;
    *peak_mb = (double)ru.ru_maxrss / 1024.0; /* kilobytes on Linux */
    return 1;
}

int main(int argc, char **argv) {
    int runs = 5, train_runs = 3, i, r, have_spm = system("command -v spm_train >/dev/null 2>&1") == 0;
    static const int vocabs[2] = {8192, 32000};
    phi_tokenizer *gpt2;
    phi_pool *pool;
    phi_buf text = {0};
    phi_ids ids = {0};
    double ours1, ours2, tk1, tk2;
    size_t tk_n = 0;
    uint64_t tk_hash = 0;
    for (i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--runs") == 0) runs = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--train-runs") == 0) train_runs = atoi(argv[i + 1]);
    }
    if (runs < 1 || runs > MAX_RUNS) runs = 5;
    if (train_runs < 1 || train_runs > MAX_RUNS) train_runs = 3;
    if (!make_corpus()) return 1;
    if (phi_file_read(CORPUS, &text) || phi_tokenizer_load(&gpt2, GPT2) || phi_pool_create(&pool, 2)) die("setup");
    printf("bench/tokenizer: %zu bytes of Python sources (%s); medians of %d runs (encoding), %d (training)\n", text.len,
           CORPUS, runs, train_runs);
    fflush(stdout);

    ours1 = encode_mbps(gpt2, &text, NULL, runs, &ids);
    ours2 = encode_mbps(gpt2, &text, pool, runs, &ids);
    tk1 = tiktoken(runs, 1, &tk_n, &tk_hash);
    tk2 = tiktoken(runs, 2, &tk_n, &tk_hash);
    printf("\nencode, GPT-2 vocabulary    phi.h         tiktoken (node)   ratio\n");
    printf("  1 thread                %7.2f MB/s   %7.2f MB/s      %5.1fx\n", ours1, tk1, tk1 > 0 ? ours1 / tk1 : 0);
    printf("  2 threads               %7.2f MB/s   %7.2f MB/s      %5.1fx\n", ours2, tk2, tk2 > 0 ? ours2 / tk2 : 0);
    if (!tk1) printf("  (tiktoken did not run: npm install --prefix build/node tiktoken@1.0.22)\n");
    else printf("  ids: phi.h %zu, tiktoken %zu, %s\n", ids.len, tk_n,
                ids.len == tk_n && fnv_ids(&ids) == tk_hash ? "identical" : "DIFFERENT");
    fflush(stdout);

    printf("\ntrain (+ save), 2 threads     phi.h                 spm_train --model_type=bpe     ratio (time)\n");
    for (i = 0; i < 2; i++) {
        double ts[MAX_RUNS], ms[MAX_RUNS], ps[MAX_RUNS], pm[MAX_RUNS], t_ours, m_ours, t_spm = 0, m_spm = 0;
        char vs[32], prefix[64];
        char *spm[] = {"spm_train", "--input=" CORPUS, NULL, NULL, "--model_type=bpe", "--num_threads=2", NULL};
        snprintf(vs, sizeof vs, "--vocab_size=%d", vocabs[i]);
        snprintf(prefix, sizeof prefix, "--model_prefix=build/bench/spm%d", vocabs[i]);
        spm[2] = prefix;
        spm[3] = vs;
        for (r = 0; r < train_runs; r++) {
            if (!child(NULL, vocabs[i], &ts[r], &ms[r])) die("training in a child process");
            fprintf(stderr, "phi.h train %d run %d: %.2f s, %.0f MB\n", vocabs[i], r + 1, ts[r], ms[r]);
        }
        t_ours = median(ts, train_runs);
        m_ours = median(ms, train_runs);
        for (r = 0; have_spm && r < train_runs; r++) {
            if (!child(spm, vocabs[i], &ps[r], &pm[r])) {
                fprintf(stderr, "bench/tokenizer: spm_train failed\n");
                have_spm = 0;
                break;
            }
            fprintf(stderr, "spm_train %d run %d: %.2f s, %.0f MB\n", vocabs[i], r + 1, ps[r], pm[r]);
        }
        if (have_spm) {
            t_spm = median(ps, train_runs);
            m_spm = median(pm, train_runs);
        }
        printf("  vocabulary %5d         %6.2f s %6.0f MB       %6.2f s %6.0f MB           %5.1fx\n", vocabs[i], t_ours, m_ours,
               t_spm, m_spm, t_spm > 0 ? t_spm / t_ours : 0);
        fflush(stdout);
    }
    if (!have_spm) printf("  (spm_train did not run: apt-get install sentencepiece)\n");
    phi_ids_free(&ids);
    phi_buf_free(&text);
    phi_tokenizer_free(gpt2);
    phi_pool_free(pool);
    return 0;
}
