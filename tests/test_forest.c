/* Tests of >>forest: hand-made data whose best tree is known, single trees against
   scikit-learn's (tests/fixtures/forest_ref.h, made by make_forest_ref.py), the out-of-bag
   score against its definition, the same bytes for any thread count, files. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"
#include "fixtures/forest_ref.h"

#include <math.h>
#include <stdlib.h>
#include <unistd.h>

/* A single tree: no bootstrap, every feature tried. */
static phi_forest_opts one_tree(int regression) {
    phi_forest_opts o;
    memset(&o, 0, sizeof o);
    o.trees = 1, o.no_bootstrap = 1, o.max_features = -1, o.regression = regression;
    return o;
}

/* Tree t of f alone, as a forest of one tree (it shares f's arrays: not to be freed). */
static phi_forest tree_of(const phi_forest *f, int t) {
    phi_forest s = *f;
    s.ntrees = 1;
    s.tree_ = f->tree_ + t;
    s.oob = NULL, s.labels = NULL;
    return s;
}

/* ---- hand-made data ------------------------------------------------------------------------ */

/* y = (x >= 5) over x = 0..9: one cut at 4.5 and two pure leaves. */
TEST(a_step_is_one_cut_at_the_midpoint) {
    float X[10], y[10], p[2];
    phi_forest f;
    phi_forest_opts o = one_tree(0);
    int i;
    for (i = 0; i < 10; i++) X[i] = (float)i, y[i] = i >= 5;
    CHECK(phi_forest_fit(&f, X, y, 10, 1, &o) == PHI_OK);
    CHECK_EQ_INT(f.nnodes, 3);
    CHECK_EQ_INT(f.node_[0].feat, 0);
    CHECK(f.node_[0].thr == 4.5f);
    CHECK_EQ_INT(f.node_[1].feat, -1);
    CHECK_EQ_INT(f.node_[2].feat, -1);
    CHECK(phi_forest_predict_proba(&f, p, X + 4, 1, NULL) == PHI_OK);
    CHECK(p[0] == 1 && p[1] == 0);
    CHECK(phi_forest_predict(&f, p, X + 5, 1, NULL) == PHI_OK);
    CHECK(p[0] == 1);
    phi_forest_free(&f);
}

/* Feature 1 separates the classes; feature 0 is noise that cannot: the root cuts feature 1,
   and the noise feature has no importance. */
TEST(the_informative_feature_is_chosen) {
    float X[2 * 40], y[40];
    double imp[2];
    phi_forest f;
    phi_forest_opts o = one_tree(0);
    int i;
    for (i = 0; i < 40; i++) {
        X[2 * i] = (float)((i * 7) % 13), X[2 * i + 1] = (float)i * 0.25f;
        y[i] = i >= 17;
    }
    CHECK(phi_forest_fit(&f, X, y, 40, 2, &o) == PHI_OK);
    CHECK_EQ_INT(f.node_[0].feat, 1);
    CHECK(f.node_[0].thr == 4.125f); /* between 16 * 0.25 and 17 * 0.25 */
    CHECK_EQ_INT(f.nnodes, 3);
    CHECK(phi_forest_importance(&f, imp) == PHI_OK);
    CHECK(imp[0] == 0 && imp[1] == 1);
    phi_forest_free(&f);
}

/* XOR of two features: no single cut improves the gini impurity, but scikit-learn (and so
   phi.h) still cuts, and the full tree fits the four corners exactly. */
TEST(xor_is_learnt_by_depth_two) {
    float X[] = {0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 1}, y[] = {0, 1, 1, 0, 0, 1, 1, 0}, p[8];
    phi_forest f;
    phi_forest_opts o = one_tree(0);
    int i;
    CHECK(phi_forest_fit(&f, X, y, 8, 2, &o) == PHI_OK);
    CHECK_EQ_INT(f.nnodes, 7);
    CHECK(phi_forest_predict(&f, p, X, 8, NULL) == PHI_OK);
    for (i = 0; i < 8; i++) CHECK_MSG(p[i] == y[i], "row %d: %g", i, p[i]);
    phi_forest_free(&f);
}

/* min_samples_leaf moves the cut: y = (x >= 2) over x = 0..9 with 4 rows a leaf cuts at 3.5. */
TEST(min_samples_leaf_moves_the_cut) {
    float X[10], y[10];
    phi_forest f;
    phi_forest_opts o = one_tree(0);
    int i;
    for (i = 0; i < 10; i++) X[i] = (float)i, y[i] = i >= 2;
    o.min_samples_leaf = 4;
    CHECK(phi_forest_fit(&f, X, y, 10, 1, &o) == PHI_OK);
    CHECK(f.node_[0].thr == 3.5f);
    phi_forest_free(&f);
    o.max_depth = 1, o.min_samples_leaf = 0;
    for (i = 0; i < 10; i++) y[i] = i % 3 == 0;
    CHECK(phi_forest_fit(&f, X, y, 10, 1, &o) == PHI_OK);
    CHECK_EQ_INT(f.nnodes, 3); /* a stump */
    phi_forest_free(&f);
}

/* Regression: a step of height 10 at x = 3; the leaves hold the two means. */
TEST(regression_finds_the_step_and_the_means) {
    float X[8] = {0, 1, 2, 3, 4, 5, 6, 7}, y[8] = {1, 2, 1, 2, 11, 12, 11, 12}, p[2], q[2] = {1.5f, 6.5f};
    phi_forest f;
    phi_forest_opts o = one_tree(1);
    o.max_depth = 1;
    CHECK(phi_forest_fit(&f, X, y, 8, 1, &o) == PHI_OK);
    CHECK(f.node_[0].thr == 3.5f);
    CHECK(phi_forest_predict(&f, p, q, 2, NULL) == PHI_OK);
    CHECK(p[0] == 1.5f && p[1] == 11.5f);
    CHECK(phi_forest_predict_proba(&f, p, q, 2, NULL) == PHI_ERR_ARG);
    phi_forest_free(&f);
}

TEST(bad_input_is_refused_with_its_place) {
    float X[4] = {0, 1, 2, NAN}, y[4] = {0, 1, 0, 1};
    phi_forest f;
    phi_forest_opts o = one_tree(0);
    CHECK(phi_forest_fit(&f, X, y, 4, 1, &o) == PHI_ERR_ARG);
    CHECK(strstr(phi_errmsg(), "X[3, 0]") != NULL);
    X[3] = 3, y[2] = 0.5f;
    CHECK(phi_forest_fit(&f, X, y, 4, 1, &o) == PHI_ERR_ARG);
    CHECK(strstr(phi_errmsg(), "y[2]") != NULL);
    y[2] = 0;
    o.oob = 1;
    CHECK(phi_forest_fit(&f, X, y, 4, 1, &o) == PHI_ERR_ARG); /* OOB without a bootstrap */
    CHECK(phi_forest_predict(&f, y, X, 4, NULL) == PHI_ERR_ARG); /* nothing fitted */
    phi_forest_free(&f);
    phi_forest_free(&f);
    phi_forest_free(NULL);
}

/* ---- scikit-learn's trees ------------------------------------------------------------------ */

/* The tree, node by node (both are in pre-order), the predictions on other rows, and the
   impurity importances equal scikit-learn's DecisionTree*'s. Thresholds: scikit-learn keeps
   the midpoint as a double, phi.h as the float nearest to it (never crossing a value). */
TEST(single_trees_equal_scikit_learn) {
    size_t c;
    for (c = 0; c < sizeof forest_refs / sizeof *forest_refs; c++) {
        const forest_ref *r = &forest_refs[c];
        phi_forest_opts o = r->opts;
        phi_forest f;
        int i, k, K = r->nclass, leaf = 0, ok = 1, bad = 0;
        float *p = (float *)malloc(200 * (size_t)K * sizeof(float));
        double imp[8];
        o.trees = 1, o.no_bootstrap = 1, o.max_features = -1, o.class_weight = r->class_weight;
        o.exact_below = (size_t)-1; /* scikit-learn's algorithm: sorted values at every node */
        CHECK_MSG(phi_forest_fit(&f, r->X, r->y, (size_t)r->n, r->nfeat, &o) == PHI_OK, "%s: %s", r->name, phi_errmsg());
        CHECK_MSG(f.nnodes == (size_t)r->nodes, "%s: %zu nodes, scikit-learn %d", r->name, f.nnodes, r->nodes);
        for (i = 0; ok && i < r->nodes && (size_t)i < f.nnodes; i++) {
            const phi__fnode *nd = &f.node_[i];
            CHECK_MSG(ok = nd->feat == r->feat[i], "%s: node %d: feature %d, scikit-learn %d", r->name, i, nd->feat, r->feat[i]);
            if (!ok) break;
            if (nd->feat >= 0)
                CHECK_MSG(ok = nd->thr == (float)r->thr[i] || fabs(nd->thr - r->thr[i]) < 1e-6, "%s: node %d: threshold %.9g, scikit-learn %.17g",
                          r->name, i, nd->thr, r->thr[i]);
            else {
                for (k = 0; k < K; k++)
                    CHECK_MSG(fabs(f.leaf_[(size_t)nd->next * K + k] - r->leaf[(size_t)i * K + k]) < 1e-6,
                              "%s: node %d: leaf value %d: %.9g, scikit-learn %.17g", r->name, i, k, f.leaf_[(size_t)nd->next * K + k],
                              r->leaf[(size_t)i * K + k]);
                leaf++;
            }
        }
        if (r->regression) CHECK(phi_forest_predict(&f, p, r->Xt, 200, NULL) == PHI_OK);
        else CHECK(phi_forest_predict_proba(&f, p, r->Xt, 200, NULL) == PHI_OK);
        for (i = 0; i < 200 * K && bad < 5; i++) {
            CHECK_MSG(fabs(p[i] - r->pred[i]) <= 1e-6 * (1 + fabs(r->pred[i])), "%s: prediction %d: %.9g, scikit-learn %.17g", r->name, i,
                      p[i], r->pred[i]);
            bad += !(fabs(p[i] - r->pred[i]) <= 1e-6 * (1 + fabs(r->pred[i])));
        }
        CHECK(leaf > 1);
        CHECK(phi_forest_importance(&f, imp) == PHI_OK);
        for (i = 0; i < r->nfeat; i++)
            CHECK_MSG(fabs(imp[i] - r->imp[i]) < 1e-9, "%s: importance %d: %.17g, scikit-learn %.17g", r->name, i, imp[i], r->imp[i]);
        phi_forest_free(&f);
        free(p);
    }
}

/* Where every feature has at most 256 distinct values (a bin each), histogram splits are
   exact: histograms at every node give the same tree, byte for byte, as sorting at every node. */
TEST(binned_and_sorted_splits_agree_on_exact_bins) {
    enum { N = 3000, F = 3 };
    float *X = (float *)malloc(N * F * sizeof(float)), *y = (float *)malloc(N * sizeof(float));
    phi_forest a, b;
    phi_forest_opts o = one_tree(0);
    phi_buf ba = {NULL, 0, 0}, bb = {NULL, 0, 0};
    phi_rng r;
    int i;
    phi_rng_seed(&r, 7);
    for (i = 0; i < N; i++) {
        X[i * F] = (float)phi_rng_below(&r, 200) / 8, X[i * F + 1] = (float)phi_rng_below(&r, 50);
        X[i * F + 2] = (float)phi_rng_below(&r, 256) - 100;
        y[i] = (float)((X[i * F] + X[i * F + 1] * 0.3 + X[i * F + 2] * 0.05 + (double)phi_rng_below(&r, 10) > 30) + (X[i * F + 2] > 50));
    }
    o.exact_below = 1; /* histograms everywhere */
    CHECK(phi_forest_fit(&a, X, y, N, F, &o) == PHI_OK);
    o.exact_below = (size_t)-1; /* sorting everywhere */
    CHECK(phi_forest_fit(&b, X, y, N, F, &o) == PHI_OK);
    CHECK(a.nnodes > 50);
    CHECK(phi_forest_serialize(&ba, &a) == PHI_OK && phi_forest_serialize(&bb, &b) == PHI_OK);
    CHECK(ba.len == bb.len && memcmp(ba.data, bb.data, ba.len) == 0);
    phi_buf_free(&ba), phi_buf_free(&bb), phi_forest_free(&a), phi_forest_free(&b);
    free(X), free(y);
}

/* Leaves of equal values are stored once: a fully grown classifier of three classes has
   mostly pure leaves, so far fewer stored values than leaves; predictions are unchanged. */
TEST(equal_leaves_are_stored_once) {
    enum { N = 500 };
    float X[N], y[N], p[3];
    phi_forest f;
    phi_forest_opts o = one_tree(0);
    size_t i, leaves = 0;
    for (i = 0; i < N; i++) X[i] = (float)i, y[i] = (float)((i * 7919) % 3);
    CHECK(phi_forest_fit(&f, X, y, N, 1, &o) == PHI_OK);
    for (i = 0; i < f.nnodes; i++) leaves += f.node_[i].feat < 0;
    CHECK_EQ_INT(leaves, N); /* one leaf per row: every neighbour differs */
    CHECK_EQ_INT(f.nleaf_, 3);
    for (i = 0; i < N; i++) {
        CHECK(phi_forest_predict_proba(&f, p, X + i, 1, NULL) == PHI_OK);
        CHECK_MSG(p[(int)y[i]] == 1, "row %zu", i);
    }
    phi_forest_free(&f);
}

/* ---- forests ------------------------------------------------------------------------------- */

/* Data: three informative features, three noise ones, three classes. */
static void make_data(float *X, float *y, int n, int F, uint64_t seed) {
    phi_rng r;
    int i, j;
    phi_rng_seed(&r, seed);
    for (i = 0; i < n; i++) {
        double s;
        for (j = 0; j < F; j++) X[i * F + j] = (float)phi_rng_normal(&r);
        s = X[i * F] + X[i * F + 1] * X[i * F + 2] + 0.5 * phi_rng_normal(&r);
        y[i] = s < -0.5 ? 0 : s < 0.6 ? 1 : 2;
    }
}

/* Tree t's bag, drawn as the header says: stream 2t of phi_rng_seed(seed), n draws. */
static void bag_of(int t, uint64_t seed, size_t n, unsigned char *in) {
    phi_rng base, r;
    size_t i;
    phi_rng_seed(&base, seed);
    r = phi_rng_fork(&base, 2 * (uint64_t)t);
    memset(in, 0, n);
    for (i = 0; i < n; i++) in[phi_rng_below(&r, n)] = 1;
}

/* The OOB probabilities and score, computed here from the trees one by one: the mean of the
   probabilities of the trees whose bag left the row out. The bags drawn here are checked to
   be the trees' own: a fully grown tree predicts every row of its bag with certainty. */
TEST(oob_score_is_its_definition) {
    enum { N = 600, F = 6, T = 15, K = 3 };
    float *X = (float *)malloc(N * F * sizeof(float)), *y = (float *)malloc(N * sizeof(float));
    float *p = (float *)malloc(N * K * sizeof(float));
    double *sum = (double *)calloc(N * K, sizeof(double));
    int *seen = (int *)calloc(N, sizeof(int));
    unsigned char in[N];
    phi_forest f;
    phi_forest_opts o;
    int t, i, k, rows = 0, hits = 0, bag_ok = 1;
    make_data(X, y, N, F, 3);
    memset(&o, 0, sizeof o);
    o.trees = T, o.oob = 1, o.seed = 12345;
    CHECK(phi_forest_fit(&f, X, y, N, F, &o) == PHI_OK);
    CHECK(f.oob != NULL && f.oob_n == N);
    for (t = 0; t < T; t++) {
        phi_forest one = tree_of(&f, t);
        bag_of(t, o.seed, N, in);
        CHECK(phi_forest_predict_proba(&one, p, X, N, NULL) == PHI_OK);
        for (i = 0; i < N; i++) {
            if (in[i]) {
                bag_ok &= p[i * K + (int)y[i]] == 1.0f;
                continue;
            }
            seen[i]++;
            for (k = 0; k < K; k++) sum[i * K + k] += p[i * K + k];
        }
    }
    CHECK(bag_ok);
    for (i = 0; i < N; i++) {
        int arg = 0;
        if (!seen[i]) {
            CHECK(isnan(f.oob[i * K]));
            continue;
        }
        for (k = 0; k < K; k++) {
            CHECK_MSG(fabs(f.oob[i * K + k] - sum[i * K + k] / seen[i]) < 1e-6, "row %d class %d: %g vs %g", i, k, f.oob[i * K + k],
                      sum[i * K + k] / seen[i]);
            if (sum[i * K + k] > sum[i * K + arg]) arg = k;
        }
        rows++, hits += arg == (int)y[i];
    }
    CHECK(rows > N * 9 / 10);
    CHECK_NEAR(f.oob_score, (double)hits / rows, 1e-12);
    CHECK(f.oob_score > 0.6); /* and it learnt something */
    phi_forest_free(&f);
    free(X), free(y), free(p), free(sum), free(seen);
}

/* R^2 out of bag for a regressor, against the definition too. */
TEST(oob_r2_for_regression) {
    enum { N = 400, F = 3, T = 10 };
    float X[N * F], y[N], p[N];
    double sum[N] = {0}, mean = 0, res = 0, var = 0;
    int seen[N] = {0}, t, i, m = 0;
    unsigned char in[N];
    phi_forest f;
    phi_forest_opts o;
    phi_rng r;
    phi_rng_seed(&r, 5);
    for (i = 0; i < N; i++) {
        X[i * F] = phi_rng_float(&r), X[i * F + 1] = phi_rng_float(&r), X[i * F + 2] = phi_rng_float(&r);
        y[i] = (float)(3 * X[i * F] + sin(6 * X[i * F + 1]) + 0.1 * phi_rng_normal(&r));
    }
    memset(&o, 0, sizeof o);
    o.trees = T, o.oob = 1, o.seed = 9, o.regression = 1;
    CHECK(phi_forest_fit(&f, X, y, N, F, &o) == PHI_OK);
    for (t = 0; t < T; t++) {
        phi_forest one = tree_of(&f, t);
        bag_of(t, o.seed, N, in);
        CHECK(phi_forest_predict(&one, p, X, N, NULL) == PHI_OK);
        for (i = 0; i < N; i++)
            if (!in[i]) seen[i]++, sum[i] += p[i];
    }
    for (i = 0; i < N; i++)
        if (seen[i]) m++, mean += y[i];
    mean /= m;
    for (i = 0; i < N; i++)
        if (seen[i]) {
            double q = (float)(sum[i] / seen[i]);
            CHECK_MSG(fabs(f.oob[i] - q) < 1e-5, "row %d: %g vs %g", i, f.oob[i], q);
            res += (y[i] - q) * (y[i] - q), var += (y[i] - mean) * (y[i] - mean);
        }
    CHECK_NEAR(f.oob_score, 1 - res / var, 1e-6);
    CHECK(f.oob_score > 0.8);
    phi_forest_free(&f);
}

/* The model's bytes do not depend on the thread count (nor on the pool at all). */
TEST(same_bytes_for_any_thread_count) {
    enum { N = 3000, F = 8 };
    float *X = (float *)malloc(N * F * sizeof(float)), *y = (float *)malloc(N * sizeof(float));
    float *p1 = (float *)malloc(N * 3 * sizeof(float)), *p2 = (float *)malloc(N * 3 * sizeof(float));
    phi_forest a, b, c;
    phi_forest_opts o;
    phi_pool *two, *three;
    phi_buf ba = {NULL, 0, 0}, bb = {NULL, 0, 0}, bc = {NULL, 0, 0};
    make_data(X, y, N, F, 11);
    memset(&o, 0, sizeof o);
    o.trees = 12, o.seed = 77, o.oob = 1, o.exact_below = 256;
    CHECK(phi_pool_create(&two, 2) == PHI_OK && phi_pool_create(&three, 3) == PHI_OK);
    CHECK(phi_forest_fit(&a, X, y, N, F, &o) == PHI_OK);
    o.pool = two;
    CHECK(phi_forest_fit(&b, X, y, N, F, &o) == PHI_OK);
    o.pool = three;
    CHECK(phi_forest_fit(&c, X, y, N, F, &o) == PHI_OK);
    CHECK(phi_forest_serialize(&ba, &a) == PHI_OK && phi_forest_serialize(&bb, &b) == PHI_OK && phi_forest_serialize(&bc, &c) == PHI_OK);
    CHECK(ba.len > 1000 && ba.len == bb.len && ba.len == bc.len);
    CHECK(memcmp(ba.data, bb.data, ba.len) == 0 && memcmp(ba.data, bc.data, ba.len) == 0);
    CHECK(memcmp(a.oob, c.oob, N * 3 * sizeof(float)) == 0);
    CHECK(phi_forest_predict_proba(&a, p1, X, N, NULL) == PHI_OK && phi_forest_predict_proba(&a, p2, X, N, two) == PHI_OK);
    CHECK(memcmp(p1, p2, N * 3 * sizeof(float)) == 0);
    /* another seed, another forest */
    phi_forest_free(&c);
    o.seed = 78;
    CHECK(phi_forest_fit(&c, X, y, N, F, &o) == PHI_OK);
    phi_buf_free(&bc);
    CHECK(phi_forest_serialize(&bc, &c) == PHI_OK);
    CHECK(bc.len != ba.len || memcmp(ba.data, bc.data, ba.len) != 0);
    phi_buf_free(&ba), phi_buf_free(&bb), phi_buf_free(&bc);
    phi_forest_free(&a), phi_forest_free(&b), phi_forest_free(&c);
    phi_pool_free(two), phi_pool_free(three);
    free(X), free(y), free(p1), free(p2);
}

/* A forest generalises: held-out accuracy well above the majority class, and the informative
   features lead the impurity importance; permutation importance of a feature the model never
   reads is exactly 0. */
TEST(forest_learns_and_ranks_features) {
    enum { N = 2000, F = 6 };
    float *X = (float *)malloc(2 * N * F * sizeof(float)), *y = (float *)malloc(2 * N * sizeof(float)), *p = (float *)malloc(N * sizeof(float));
    double imp[F], pm[F], ps[F], pm2[F];
    phi_forest f;
    phi_forest_opts o;
    int i, hits = 0;
    make_data(X, y, 2 * N, F, 21);
    memset(&o, 0, sizeof o);
    o.trees = 30, o.seed = 1;
    CHECK(phi_forest_fit(&f, X, y, N, F, &o) == PHI_OK);
    CHECK(phi_forest_predict(&f, p, X + N * F, N, NULL) == PHI_OK);
    for (i = 0; i < N; i++) hits += p[i] == y[N + i];
    CHECK_MSG(hits > N * 7 / 10, "accuracy %d / %d", hits, N);
    CHECK(phi_forest_importance(&f, imp) == PHI_OK);
    CHECK_NEAR(imp[0] + imp[1] + imp[2] + imp[3] + imp[4] + imp[5], 1.0, 1e-12);
    CHECK(imp[0] > imp[3] && imp[0] > imp[4] && imp[0] > imp[5]);
    CHECK(phi_forest_permutation_importance(&f, pm, ps, X + N * F, y + N, N, 3, 5, NULL) == PHI_OK);
    CHECK(pm[0] > 0.1 && pm[0] > pm[3] && pm[0] > pm[4] && pm[0] > pm[5]);
    CHECK(phi_forest_permutation_importance(&f, pm2, NULL, X + N * F, y + N, N, 3, 5, NULL) == PHI_OK);
    CHECK(memcmp(pm, pm2, sizeof pm) == 0); /* seeded */
    phi_forest_free(&f);
    /* a stump on feature 0 alone */
    o.max_depth = 1, o.max_features = -1, o.trees = 3;
    CHECK(phi_forest_fit(&f, X, y, N, F, &o) == PHI_OK);
    CHECK(phi_forest_permutation_importance(&f, pm, ps, X + N * F, y + N, N, 2, 5, NULL) == PHI_OK);
    for (i = 0; i < F; i++)
        if (i != f.node_[0].feat) CHECK(pm[i] == 0 && ps[i] == 0);
    phi_forest_free(&f);
    free(X), free(y), free(p);
}

/* ---- files --------------------------------------------------------------------------------- */

static char tmpdir[64];

static const char *tmp_path(const char *name) {
    static char p[128];
    if (!tmpdir[0]) {
        strcpy(tmpdir, "/tmp/phi_forest_XXXXXX");
        if (!mkdtemp(tmpdir)) return NULL;
    }
    snprintf(p, sizeof p, "%s/%s", tmpdir, name);
    return p;
}

static void fit_small(phi_forest *f, int regression) {
    enum { N = 300, F = 4 };
    float X[N * F], y[N];
    double labels[3] = {-1, 0.5, 7};
    phi_forest_opts o;
    make_data(X, y, N, F, 4);
    memset(&o, 0, sizeof o);
    o.trees = 5, o.seed = 3, o.oob = 1, o.regression = regression;
    CHECK(phi_forest_fit(f, X, y, N, F, &o) == PHI_OK);
    const char *names[F] = {"a", "bb", "", "d,e"};
    if (!regression) CHECK(phi_forest_set_labels(f, labels) == PHI_OK);
    CHECK(phi_forest_set_names(f, names) == PHI_OK);
}

TEST(save_and_load_round_trip) {
    phi_forest f, g;
    phi_buf a = {NULL, 0, 0}, b = {NULL, 0, 0};
    const char *path = tmp_path("model.bin");
    float X[4 * 50], p[50 * 3], q[50 * 3], y[50];
    int reg;
    make_data(X, y, 50, 4, 99);
    for (reg = 0; reg < 2; reg++) {
        fit_small(&f, reg);
        CHECK(phi_forest_save(&f, path) == PHI_OK);
        CHECK(phi_forest_load(&g, path) == PHI_OK);
        CHECK(phi_forest_serialize(&a, &f) == PHI_OK && phi_forest_serialize(&b, &g) == PHI_OK);
        CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
        CHECK_EQ_INT(g.ntrees, 5);
        CHECK_EQ_INT(g.regression, reg);
        CHECK(g.oob_score == f.oob_score && g.nnodes == f.nnodes);
        CHECK(reg ? g.labels == NULL : g.labels && g.labels[2] == 7);
        CHECK(g.names && !strcmp(g.names[1], "bb") && !strcmp(g.names[2], "") && !strcmp(g.names[3], "d,e"));
        CHECK(phi_forest_predict(&f, p, X, 50, NULL) == PHI_OK && phi_forest_predict(&g, q, X, 50, NULL) == PHI_OK);
        CHECK(memcmp(p, q, 50 * sizeof(float)) == 0);
        phi_forest_free(&f), phi_forest_free(&g), phi_buf_free(&a), phi_buf_free(&b);
    }
    remove(path);
}

TEST(damaged_files_are_refused) {
    phi_forest f, g;
    phi_buf a = {NULL, 0, 0};
    size_t n, i;
    int refused = 1;
    fit_small(&f, 0);
    CHECK(phi_forest_serialize(&a, &f) == PHI_OK);
    /* every truncation */
    for (n = 0; n < a.len; n++) refused &= phi_forest_parse(&g, a.data, n, "m.bin") != PHI_OK && g.node_ == NULL;
    CHECK(refused);
    CHECK(phi_forest_parse(&g, a.data, a.len / 2, "m.bin") == PHI_ERR_CORRUPT);
    CHECK(strstr(phi_errmsg(), "m.bin") && strstr(phi_errmsg(), "truncated"));
    CHECK(phi_forest_parse(&g, a.data, a.len - 1, "m.bin") == PHI_ERR_CORRUPT); /* into the names: the checksum */
    /* every single flipped bit of the first bytes and some after */
    for (i = 0; i < a.len; i += i < 256 ? 1 : 97) {
        a.data[i] ^= 0x10;
        refused &= phi_forest_parse(&g, a.data, a.len, "m.bin") != PHI_OK;
        a.data[i] ^= 0x10;
    }
    CHECK(refused);
    CHECK(phi_forest_parse(&g, "PHIFORSX", 8, "m.bin") == PHI_ERR_PARSE);
    CHECK(strstr(phi_errmsg(), "not a phi forest"));
    /* a node pointing backwards, with its checksum made good: the structure check finds it */
    {
        size_t node0 = 56 + 8 * 3 + 8 * 4 + 4 * 5, crc_at = a.len - 4;
        uint32_t crc;
        a.data[node0 + 8] = 0, a.data[node0 + 9] = 0, a.data[node0 + 10] = 0, a.data[node0 + 11] = 0; /* root's right child = 0 */
        crc = phi_crc32(0, a.data, crc_at);
        for (i = 0; i < 4; i++) a.data[crc_at + i] = (char)(crc >> (8 * i));
        CHECK(phi_forest_parse(&g, a.data, a.len, "m.bin") == PHI_ERR_CORRUPT);
        CHECK(strstr(phi_errmsg(), "node 0 of tree 0"));
    }
    CHECK(phi_forest_load(&g, tmp_path("missing.bin")) == PHI_ERR_IO);
    phi_forest_free(&f), phi_buf_free(&a);
}

int main(void) {
    RUN(a_step_is_one_cut_at_the_midpoint);
    RUN(the_informative_feature_is_chosen);
    RUN(xor_is_learnt_by_depth_two);
    RUN(min_samples_leaf_moves_the_cut);
    RUN(regression_finds_the_step_and_the_means);
    RUN(bad_input_is_refused_with_its_place);
    RUN(single_trees_equal_scikit_learn);
    RUN(binned_and_sorted_splits_agree_on_exact_bins);
    RUN(equal_leaves_are_stored_once);
    RUN(oob_score_is_its_definition);
    RUN(oob_r2_for_regression);
    RUN(same_bytes_for_any_thread_count);
    RUN(forest_learns_and_ranks_features);
    RUN(save_and_load_round_trip);
    RUN(damaged_files_are_refused);
    if (tmpdir[0]) rmdir(tmpdir);
    return test_summary();
}
