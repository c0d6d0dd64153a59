/* bench/python - parsing throughput of phi.h's Python parser (phi_py_parse + phi_py_tree_free)
   on one thread.

   What is measured: every file named in LIST (one path a line; bench/python.sh lists the .py
   files of /usr/lib/python3.11) is read into memory first, untimed. Then, --runs times, the
   clock (phi_now) runs around a loop that parses each file and frees its tree. Throughput is
   the files' bytes / the time, in MB/s (1e6 bytes); the median of the runs is reported (the
   machine is shared and noisy). Peak memory is getrusage's ru_maxrss: the sources held, plus
   the largest tree's arena, plus the program.

   Prints one line on stdout for bench/python.sh to read:
       <median seconds> <peak kB> <files> <bytes> <files rejected>
   and the per-run times on stderr. A rejected file is still counted (its time is the time to
   reject it): the figure is a parser's only when the last column is 0, and the script says so.

   Usage: python LIST [--runs N] [--py 3.11|3.12] */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#define BENCH_FILES
#include "bench.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#define MAX_RUNS 1000

int main(int argc, char **argv) {
    phi_buf list = {0};
    phi_buf *src = NULL;
    char **paths = NULL;
    size_t n = 0, i, bytes = 0, rejected = 0;
    double times[MAX_RUNS];
    int runs = 5, r, a, usage = 0;
    phi_py_opts o = {11};
    const char *list_path = NULL;
    struct rusage ru;
    for (a = 1; a < argc; a++) {
        if (!strcmp(argv[a], "--runs") && a + 1 < argc) runs = atoi(argv[++a]);
        else if (!strcmp(argv[a], "--py") && a + 1 < argc) o.minor = !strcmp(argv[++a], "3.12") ? 12 : 11;
        else if (!list_path) list_path = argv[a];
        else usage = 1;
    }
    if (usage || !list_path || runs < 1 || runs > MAX_RUNS) {
        fprintf(stderr, "usage: python LIST [--runs N (1 to %d)] [--py 3.11|3.12]\n", MAX_RUNS);
        return 2;
    }
    if (!bench_read_files("python", list_path, &list, &paths, &src, &n, &bytes)) return 2;
    for (r = 0; r < runs; r++) {
        double t0 = phi_now();
        size_t bad = 0;
        for (i = 0; i < n; i++) {
            phi_py_tree t;
            if (phi_py_parse(&t, src[i].data ? src[i].data : "", src[i].len, paths[i], &o) != PHI_OK) {
                if (!bad && !r) fprintf(stderr, "python: first rejected file: %s\n", phi_errmsg());
                bad++;
            }
            phi_py_tree_free(&t);
        }
        times[r] = phi_now() - t0;
        rejected = bad;
        fprintf(stderr, "run %d: %.3f s, %.1f MB/s\n", r + 1, times[r], (double)bytes / 1e6 / times[r]);
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("%.6f %ld %zu %zu %zu\n", median(times, runs), (long)ru.ru_maxrss, n, bytes, rejected);
    for (i = 0; i < n; i++) phi_buf_free(&src[i]);
    free(src);
    free(paths);
    phi_buf_free(&list);
    return 0;
}
