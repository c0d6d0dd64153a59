/* bench/json - DOM-parse throughput of phi.h's JSONL reader, beside its peers.

   What is measured: the file (JSONL, default build/bench/corpus.jsonl: ~200 MB, one record
   {"id", "path", "text"} per Python source file of the local installation, made by
   bench/make_corpus.py) is read into memory once, untimed. Then, --runs times, the clock
   (phi_now) runs around phi_jsonl_open_mem + a phi_jsonl_next loop over every line +
   phi_jsonl_close: line splitting, full strict DOM parse with UTF-8 validation and
   unescaping. Each record is touched (the length of its "text" is summed) so the work
   cannot be skipped. Throughput is file bytes (newlines included) / time, in MB/s
   (1e6 bytes); the median of the runs is reported because the machine is shared and noisy.

   The peers run as subprocesses in the same run, on the same file, with the same run count
   and the same definition of MB/s, each timing only its parse of an in-memory copy:
       /usr/bin/python3 bench/json_peer.py FILE --runs N   (json.loads per line)
       build/bench/json_simdjson FILE --runs N             (dom::parser::parse_many), if built
       build/bench/json_simdjson_mt ...                    (the same with -pthread), if built
   They print `<name>_mbps <median>` lines, which are read back here; their per-run figures
   go to stderr. Everything is single-threaded except the last row ("simdjson 2T"), where
   simdjson runs stage 1 of the next batch on a second thread.

   Usage: json [--runs N] [--mb M] [FILE]   (run it from the repository root) */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "bench.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h> /* WIFEXITED, WEXITSTATUS for pclose/system */
#include <unistd.h>   /* access */

#define DEFAULT_CORPUS "build/bench/corpus.jsonl"
#define PYTHON "/usr/bin/python3"
#define SIMDJSON_PEER "build/bench/json_simdjson"
#define SIMDJSON_MT_PEER "build/bench/json_simdjson_mt" /* the same, with its look-ahead thread */
#define MAX_RUNS 1000


/* Appends s to b as one single-quoted shell word (the paths go through popen's shell). */
static void sh_quote(phi_buf *b, const char *s) {
    phi_buf_append(b, "'", 1);
    for (; *s; s++) {
        if (*s == '\'')
            phi_buf_append(b, "'\\''", 4);
        else
            phi_buf_append(b, s, 1);
    }
    phi_buf_append(b, "'", 1);
}

/* 1 if a system()/pclose() status says the command ran and exited with 0. */
static int exit_ok(int status) { return status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0; }

/* One timed pass over the file: parse every line, touch every record. 0 on success. */
static int parse_all(const char *data, size_t len, const char *name, uint64_t *records,
                     uint64_t *text_bytes) {
    phi_jsonl_reader *r;
    const phi_json *v;
    phi_status st;

    *records = *text_bytes = 0;
    if ((st = phi_jsonl_open_mem(&r, data, len, name, NULL)) != PHI_OK) {
        fprintf(stderr, "json: %s: %s\n", phi_status_str(st), phi_errmsg());
        return -1;
    }
    while ((st = phi_jsonl_next(r, &v)) == PHI_OK) {
        const phi_json *text = phi_json_get(v, "text");
        if (!text || text->type != PHI_JSON_STRING) {
            fprintf(stderr, "json: %s: line %llu: no \"text\" string\n", name,
                    (unsigned long long)phi_jsonl_get_stats(r)->line);
            phi_jsonl_close(r);
            return -1;
        }
        *text_bytes += text->len;
        (*records)++;
    }
    if (st != PHI_END) {
        fprintf(stderr, "json: %s: %s\n", phi_status_str(st), phi_errmsg());
        phi_jsonl_close(r);
        return -1;
    }
    if (phi_jsonl_get_stats(r)->torn) {
        fprintf(stderr, "json: %s: the last line is torn (not parsed)\n", name);
        phi_jsonl_close(r);
        return -1;
    }
    phi_jsonl_close(r);
    return 0;
}

/* Runs a peer and reads back its "<key> <number>" lines. Returns 0 when the command exited
   with 0 and printed key_mbps; *records is set from key_records when printed (else -1). */
static int run_peer(const char *cmd, const char *key, double *mbps, double *records) {
    char line[256], want_mbps[64], want_rec[64];
    int got = 0, status;
    FILE *p;

    snprintf(want_mbps, sizeof want_mbps, "%s_mbps ", key);
    snprintf(want_rec, sizeof want_rec, "%s_records ", key);
    *records = -1;
    fflush(NULL); /* keep our output ordered before the child's */
    if (!(p = popen(cmd, "r"))) {
        fprintf(stderr, "json: cannot run: %s\n", cmd);
        return -1;
    }
    while (fgets(line, sizeof line, p)) {
        if (!strncmp(line, want_mbps, strlen(want_mbps))) {
            *mbps = strtod(line + strlen(want_mbps), NULL);
            got = *mbps > 0;
        } else if (!strncmp(line, want_rec, strlen(want_rec))) {
            *records = strtod(line + strlen(want_rec), NULL);
        }
    }
    status = pclose(p);
    if (!exit_ok(status) || !got) {
        fprintf(stderr, "json: peer failed (%s): %s\n",
                !exit_ok(status) ? "non-zero exit" : "no figure printed", cmd);
        return -1;
    }
    return 0;
}

/* Runs `PROG FILE --runs N` (PROG already shell-safe) and checks its record count against ours. */
static int run_peer_on(const char *prog, const char *key, const char *path, int runs, uint64_t records,
                       double *mbps) {
    phi_buf cmd = {0};
    double rec;
    int rc;
    phi_buf_printf(&cmd, "%s ", prog);
    sh_quote(&cmd, path);
    phi_buf_printf(&cmd, " --runs %d", runs);
    rc = run_peer(cmd.data, key, mbps, &rec);
    if (rc == 0 && rec >= 0 && rec != (double)records)
        fprintf(stderr, "json: warning: %s saw %.0f records, phi.h %llu\n", prog, rec, (unsigned long long)records);
    phi_buf_free(&cmd);
    return rc;
}

static void print_row(const char *name, double mbps, double ours) {
    if (ours > 0)
        printf("  %-12s %10.1f %10.2fx\n", name, mbps, ours / mbps);
    else
        printf("  %-12s %10.1f %11s\n", name, mbps, "-");
}

static int usage(void) {
    fprintf(stderr, "usage: json [--runs N] [--mb M] [FILE]\n"
                    "  FILE defaults to " DEFAULT_CORPUS ", built (M MB, default 200) by\n"
                    "  bench/make_corpus.py if missing. Run from the repository root.\n");
    return 2;
}

int main(int argc, char **argv) {
    const char *path = NULL;
    int runs = 5, run, i, rc = 0, default_path = 0;
    double mb = 200, rates[MAX_RUNS], ours, py_mbps = 0, sj_mbps = 0, mt_mbps = 0;
    uint64_t records = 0, text_bytes = 0;
    phi_buf data = {0}, cmd = {0};
    phi_status st;

    for (i = 1; i < argc; i++) {
        char *end;
        if (!strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = (int)strtol(argv[++i], &end, 10);
            if (*end || runs < 1 || runs > MAX_RUNS) return usage();
        } else if (!strcmp(argv[i], "--mb") && i + 1 < argc) {
            mb = strtod(argv[++i], &end);
            if (*end || !(mb > 0)) return usage();
        } else if (argv[i][0] == '-' || path) {
            return usage();
        } else {
            path = argv[i];
        }
    }
    /* The peers and the corpus builder are found relative to the repository root. */
    if (access("bench/json_peer.py", R_OK) != 0) {
        fprintf(stderr, "json: bench/json_peer.py not found: run from the repository root\n");
        return 1;
    }

    if (!path) {
        path = DEFAULT_CORPUS;
        default_path = 1;
        if (access(path, R_OK) != 0) {
            phi_buf_printf(&cmd, PYTHON " bench/make_corpus.py --mb %g ", mb);
            sh_quote(&cmd, path);
            fprintf(stderr, "json: %s missing; building it: %s\n", path, cmd.data);
            fflush(NULL);
            if (!exit_ok(system(cmd.data))) {
                fprintf(stderr, "json: building the corpus failed\n");
                phi_buf_free(&cmd);
                return 1;
            }
            cmd.len = 0;
        }
    }

    if ((st = phi_file_read(path, &data)) != PHI_OK) {
        fprintf(stderr, "json: %s: %s: %s\n", path, phi_status_str(st), phi_errmsg());
        phi_buf_free(&cmd);
        return 1;
    }
    if (data.len == 0) {
        fprintf(stderr, "json: %s is empty\n", path);
        rc = 1;
        goto done;
    }
    if (default_path && (data.len < mb * 0.99e6 || data.len > mb * 1.01e6))
        fprintf(stderr, "json: note: %s has %.1f MB, not --mb %g (delete it to rebuild)\n", path,
                data.len / 1e6, mb);

    /* Ours. */
    for (run = 0; run < runs; run++) {
        double t0 = phi_now(), dt;
        if (parse_all(data.data, data.len, path, &records, &text_bytes) != 0) {
            rc = 1;
            goto done;
        }
        dt = phi_now() - t0;
        rates[run] = data.len / 1e6 / dt;
        fprintf(stderr, "phi.h run %d: %.1f MB/s (%llu records, %llu text bytes, %.3f s)\n", run + 1,
                rates[run], (unsigned long long)records, (unsigned long long)text_bytes, dt);
    }
    ours = median(rates, runs);

    /* Python's json module: always there. simdjson: only when built (needs libsimdjson-dev);
       its threaded build runs stage 1 of the next batch on a second core while ours uses one,
       so that row is the stronger peer, shown for honesty rather than as a like pair. */
    if (run_peer_on(PYTHON " bench/json_peer.py", "python_json", path, runs, records, &py_mbps) != 0 ||
        (access(SIMDJSON_PEER, X_OK) == 0 && run_peer_on(SIMDJSON_PEER, "simdjson", path, runs, records, &sj_mbps) != 0) ||
        (access(SIMDJSON_MT_PEER, X_OK) == 0 &&
         run_peer_on(SIMDJSON_MT_PEER, "simdjson", path, runs, records, &mt_mbps) != 0)) {
        rc = 1;
        goto done;
    }

    printf("bench/json: DOM parse of %s (%.1f MB, %llu records), median of %d runs\n", path,
           data.len / 1e6, (unsigned long long)records, runs);
    printf("  %-12s %10s %11s\n", "", "MB/s", "ours/peer");
    print_row("phi.h", ours, 0);
    print_row("python json", py_mbps, ours);
    if (sj_mbps > 0)
        print_row("simdjson", sj_mbps, ours);
    else
        printf("  simdjson: not built (install libsimdjson-dev)\n");
    if (mt_mbps > 0) print_row("simdjson 2T", mt_mbps, ours);

done:
    phi_buf_free(&data);
    phi_buf_free(&cmd);
    return rc;
}
