/* bench/forest.c - phi.h's random forest on a data set of bench/forest_peer.py (a .f32 file:
   int32 rows, int32 features, float32 X row-major, float32 labels; little-endian):

       build/bench/forest DIR NAME SEED THREADS [TREES [EXACT_BELOW]]

   fits TREES (100) trees on DIR/NAME_train.f32 with the library's defaults, predicts
   DIR/NAME_test.f32 and prints one line, as the peers do:
       fit_s predict_s accuracy model_bytes peak_rss_kb
   (model bytes: phi_forest_serialize; peak RSS: the whole process's, the data included). */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <stdlib.h>
#include <sys/resource.h>

static int read_f32(const char *path, float **X, float **y, int *n, int *d) {
    phi_buf b = {NULL, 0, 0};
    int32_t hdr[2];
    if (phi_file_read(path, &b) != PHI_OK || b.len < 8) return 0;
    memcpy(hdr, b.data, 8);
    *n = hdr[0], *d = hdr[1];
    if (b.len != 8 + 4 * (size_t)*n * (*d + 1)) return 0;
    *X = (float *)malloc(4 * (size_t)*n * *d);
    *y = (float *)malloc(4 * (size_t)*n);
    memcpy(*X, b.data + 8, 4 * (size_t)*n * *d);
    memcpy(*y, b.data + 8 + 4 * (size_t)*n * *d, 4 * (size_t)*n);
    phi_buf_free(&b);
    return 1;
}

int main(int argc, char **argv) {
    char path[4096];
    float *X, *y, *Xt, *yt, *p;
    int n, d, nt, dt, i, hits = 0;
    phi_forest f;
    phi_forest_opts o;
    phi_pool *pool;
    phi_buf model = {NULL, 0, 0};
    struct rusage ru;
    double t0, t1, t2;
    if (argc < 5) {
        fprintf(stderr, "usage: forest DIR NAME SEED THREADS [TREES [EXACT_BELOW]]\n");
        return 2;
    }
    snprintf(path, sizeof path, "%s/%s_train.f32", argv[1], argv[2]);
    if (!read_f32(path, &X, &y, &n, &d)) return fprintf(stderr, "forest: cannot read %s\n", path), 2;
    snprintf(path, sizeof path, "%s/%s_test.f32", argv[1], argv[2]);
    if (!read_f32(path, &Xt, &yt, &nt, &dt) || dt != d) return fprintf(stderr, "forest: cannot read %s\n", path), 2;
    if (phi_pool_create(&pool, atoi(argv[4])) != PHI_OK) return fprintf(stderr, "forest: %s\n", phi_errmsg()), 2;
    memset(&o, 0, sizeof o);
    o.seed = strtoull(argv[3], NULL, 10), o.pool = pool, o.trees = argc > 5 ? atoi(argv[5]) : 0;
    o.exact_below = argc > 6 ? (size_t)atol(argv[6]) : 0;
    p = (float *)malloc(sizeof(float) * (size_t)nt);
    t0 = phi_now();
    if (phi_forest_fit(&f, X, y, (size_t)n, d, &o) != PHI_OK) return fprintf(stderr, "forest: %s\n", phi_errmsg()), 1;
    t1 = phi_now();
    if (phi_forest_predict(&f, p, Xt, (size_t)nt, pool) != PHI_OK) return fprintf(stderr, "forest: %s\n", phi_errmsg()), 1;
    t2 = phi_now();
    for (i = 0; i < nt; i++) hits += p[i] == yt[i];
    if (phi_forest_serialize(&model, &f) != PHI_OK) return fprintf(stderr, "forest: %s\n", phi_errmsg()), 1;
    getrusage(RUSAGE_SELF, &ru);
    printf("%.4f %.4f %.6f %zu %ld\n", t1 - t0, t2 - t1, (double)hits / nt, model.len, (long)ru.ru_maxrss);
    phi_buf_free(&model), phi_forest_free(&f), phi_pool_free(pool);
    free(X), free(y), free(Xt), free(yt), free(p);
    return 0;
}
