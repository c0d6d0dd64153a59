/* bench.h - what the benchmarks share: the median of repeated timings (machines here are
   shared and noisy, so every figure is a median), and a list of files read into memory. */
#ifndef PHI_BENCH_H
#define PHI_BENCH_H

#include <stdlib.h>

static int bench_cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Sorts v in place. */
static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, bench_cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

#ifdef BENCH_FILES /* define it before including bench.h, after phi.h, to have this */
#include <stdio.h>
#include <string.h>
/* The files named in the file LIST (one path a line), each read whole into (*src)[i]; *n of
   them, *bytes in all. names keeps the list's text, which (*paths)[i] point into: the caller
   frees *paths, names and each of *src. 0, after saying why on stderr (as `who`), when a file
   cannot be read. */
static int bench_read_files(const char *who, const char *list, phi_buf *names, char ***paths, phi_buf **src, size_t *n,
                            size_t *bytes) {
    char *p;
    size_t cap = 0, i;
    int ok = phi_file_read(list, names) == PHI_OK;
    *paths = NULL, *src = NULL, *n = 0, *bytes = 0;
    for (p = names->data; ok && p && p < names->data + names->len;) { /* the paths, cut in place */
        char *nl = (char *)memchr(p, '\n', (size_t)(names->data + names->len - p));
        if (nl) *nl = 0;
        if (*p) {
            char **g = *n == cap ? (char **)realloc(*paths, (cap = cap ? 2 * cap : 1024) * sizeof **paths) : *paths;
            if (!g) ok = 0;
            else (*paths = g)[(*n)++] = p;
        }
        if (!nl) break;
        p = nl + 1;
    }
    if (ok && !(*src = (phi_buf *)calloc(*n ? *n : 1, sizeof **src))) ok = 0;
    for (i = 0; ok && i < *n; i++) {
        if (phi_file_read((*paths)[i], &(*src)[i]) != PHI_OK) ok = 0;
        *bytes += (*src)[i].len;
    }
    if (!ok) fprintf(stderr, "%s: %s\n", who, phi_errmsg());
    return ok;
}
#endif

#endif
