/* phi forest fit|predict|info: random forests on tabular data (phi.h's >>forest), for any CSV
   and to be compared with other libraries. `fit` learns a forest from a CSV's columns, one of
   them the target; `predict` writes a prediction per row of another CSV (its columns found by
   name); `info` describes a model file. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define FO_MAX_THREADS 4096

static const char *fo_usage =
    "phi forest fit --data TRAIN.csv --target NAME --out MODEL [--trees 100] [--max-depth D] [--min-leaf N]\n"
    "                 [--min-split N] [--max-features K|sqrt|all] [--regression] [--criterion gini|entropy]\n"
    "                 [--no-bootstrap] [--oob] [--seed S] [--threads N]\n"
    "       phi forest predict --model MODEL --data TEST.csv [--proba] --out PREDICTIONS.csv [--threads N]\n"
    "       phi forest info [--json] MODEL";
static const char *fo_about = "Random forests (CART) on CSV data: fit, predict, describe.\n";
static const char *fo_footer =
    "CSV: a header row of names, then rows of numbers, comma-separated; a cell that is not a finite\n"
    "number is an error naming its line and column. Classification labels may be any numbers: the\n"
    "model keeps them and predict prints them.\n"
    "exit status: 0 done, 1 bad input (a CSV cell, a damaged model), 2 usage or I/O";

typedef struct fo_args {
    const char *data, *target, *out, *model, *max_features, *criterion;
    int trees, max_depth, min_leaf, min_split, regression, no_bootstrap, oob, proba, json;
    uint64_t seed;
    long threads;
    cli_list files;
} fo_args;

static const char *const fo_subs[] = {"fit", "predict", "info"};

static cli_cmd fo_cmd(int sub, void *args, cli_flag *f, char *name, size_t cap) {
    fo_args *a = (fo_args *)args;
    cli_cmd c;
    int n = 0;
    memset(&c, 0, sizeof c);
    snprintf(name, cap, "forest %s", fo_subs[sub]);
    if (sub == 0) {
        f[n++] = (cli_flag){.name = "--data", .type = CLI_STR, .var = &a->data, .meta = "FILE", .required = 1,
                            .help = "the training rows, CSV"};
        f[n++] = (cli_flag){.name = "--target", .type = CLI_STR, .var = &a->target, .meta = "NAME", .required = 1,
                            .help = "the column to learn; every other column is a feature"};
        f[n++] = (cli_flag){.name = "--out", .type = CLI_STR, .var = &a->out, .meta = "FILE", .required = 1,
                            .help = "where the model goes (written atomically)"};
        f[n++] = (cli_flag){.name = "--trees", .type = CLI_INT, .var = &a->trees, .meta = "N", .min = 1, .max = 1e6,
                            .help = "trees in the forest"};
        f[n++] = (cli_flag){.name = "--max-depth", .type = CLI_INT, .var = &a->max_depth, .meta = "D", .min = 0, .max = 1e6,
                            .dflt = "unlimited", .help = "deepest a leaf may be (the root is depth 0)"};
        f[n++] = (cli_flag){.name = "--min-leaf", .type = CLI_INT, .var = &a->min_leaf, .meta = "N", .min = 1, .max = 1e9,
                            .help = "rows a leaf must have at least"};
        f[n++] = (cli_flag){.name = "--min-split", .type = CLI_INT, .var = &a->min_split, .meta = "N", .min = 2, .max = 1e9,
                            .help = "rows a node needs to be split"};
        f[n++] = (cli_flag){.name = "--max-features", .type = CLI_STR, .var = &a->max_features, .meta = "K|sqrt|all",
                            .dflt = "sqrt for classes, all for regression", .help = "features tried at each node"};
        f[n++] = (cli_flag){.name = "--regression", .type = CLI_SWITCH, .var = &a->regression,
                            .help = "predict a number (mean squared error), not a class"};
        f[n++] = (cli_flag){.name = "--criterion", .type = CLI_STR, .var = &a->criterion, .meta = "gini|entropy",
                            .dflt = "gini", .help = "the impurity of classification"};
        f[n++] = (cli_flag){.name = "--no-bootstrap", .type = CLI_SWITCH, .var = &a->no_bootstrap,
                            .help = "every tree sees every row once"};
        f[n++] = (cli_flag){.name = "--oob", .type = CLI_SWITCH, .var = &a->oob,
                            .help = "compute the out-of-bag score (kept in the model)"};
        f[n++] = (cli_flag){.name = "--seed", .type = CLI_U64, .var = &a->seed, .meta = "S", .help = "the random seed"};
    } else if (sub == 1) {
        f[n++] = (cli_flag){.name = "--model", .type = CLI_STR, .var = &a->model, .meta = "FILE", .required = 1,
                            .help = "a model of 'phi forest fit'"};
        f[n++] = (cli_flag){.name = "--data", .type = CLI_STR, .var = &a->data, .meta = "FILE", .required = 1,
                            .help = "the rows, CSV: the model's features found by name, other columns ignored"};
        f[n++] = (cli_flag){.name = "--out", .type = CLI_STR, .var = &a->out, .meta = "FILE", .required = 1,
                            .help = "one line per row (written atomically): the label or value, or with\n"
                                    "--proba the probability of each class (a header names them)"};
        f[n++] = (cli_flag){.name = "--proba", .type = CLI_SWITCH, .var = &a->proba, .help = "class probabilities"};
    } else {
        f[n++] = (cli_flag){.name = "--json", .type = CLI_SWITCH, .var = &a->json, .help = "one JSON object"};
    }
    if (sub < 2)
        f[n++] = (cli_flag){.name = "--threads", .type = CLI_LONG, .var = &a->threads, .meta = "N", CLI_AT_LEAST(1),
                            .dflt = "$PHI_THREADS, else one per CPU", .help = "worker threads (the model is the same for any)"};
    f[n] = (cli_flag){.name = NULL};
    c.name = name;
    c.usage = fo_usage;
    c.flags = f;
    c.args = sub == 2 ? &a->files : NULL;
    c.footer = fo_footer;
    c.about = sub == 0 ? "fit      learns a forest from TRAIN.csv\n"
              : sub == 1 ? "predict  predicts every row of TEST.csv\n"
                         : "info     trees, nodes, bytes, out-of-bag score and feature importances of MODEL\n";
    return c;
}

static void fo_help(FILE *out) {
    fo_args a;
    memset(&a, 0, sizeof a);
    a.trees = PHI_DEFAULT_FOREST_TREES, a.min_leaf = 1, a.min_split = 2;
    cli_help_subs(out, fo_usage, fo_about, fo_footer, 3, fo_cmd, &a);
}

/* ---- CSV ------------------------------------------------------------------------------------- */

/* A CSV of numbers: the header's names and the cells, row-major. */
typedef struct fo_csv {
    phi_buf text;
    char **names; /* [ncol] into text */
    int ncol;
    size_t nrow;
    double *cell; /* [nrow, ncol] */
} fo_csv;

static void fo_csv_free(fo_csv *c) {
    phi_buf_free(&c->text);
    free(c->names), free(c->cell);
    memset(c, 0, sizeof *c);
}

/* Cuts the line at p (up to end) into fields in place; returns the count, or -1 when out of
   memory. A field may be in double quotes (the header's names often are); spaces around a
   field are dropped. */
static int fo_fields(char *p, char *end, char ***out, int *cap) {
    int n = 0;
    for (;;) {
        char *s = p, *e;
        while (p < end && *p != ',') p++;
        e = p;
        while (s < e && (*s == ' ' || *s == '\t')) s++;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
        if (e - s >= 2 && *s == '"' && e[-1] == '"') s++, e--;
        *e = 0;
        if (n == *cap) {
            char **g = (char **)realloc(*out, (size_t)(*cap = *cap ? 2 * *cap : 64) * sizeof **out);
            if (!g) return -1;
            *out = g;
        }
        (*out)[n++] = s;
        if (p >= end) return n;
        p++;
    }
}

/* Reads path: the header, then every row, each cell a finite number. 0 after saying why. */
static int fo_csv_read(fo_csv *c, const char *cmd, const char *path) {
    char *p, *end, **f = NULL;
    int cap = 0, n, j, ok = 1;
    size_t line = 0, cells_cap = 0, ncell = 0;
    memset(c, 0, sizeof *c);
    if (phi_file_read(path, &c->text) != PHI_OK) return cli_fail(cmd, 2), 0;
    p = c->text.data ? c->text.data : (char *)"";
    end = p + c->text.len;
    while (ok && p < end) {
        char *nl = (char *)memchr(p, '\n', (size_t)(end - p)), *le = nl ? nl : end;
        line++;
        if (le == p || (le == p + 1 && *p == '\r')) { /* a blank line */
            p = le + 1;
            continue;
        }
        if ((n = fo_fields(p, le, &f, &cap)) < 0) return cli_failf(cmd, 2, "out of memory"), free(f), 0;
        if (!c->names) {
            if (!(c->names = (char **)malloc((size_t)n * sizeof *c->names))) return free(f), cli_failf(cmd, 2, "out of memory"), 0;
            memcpy(c->names, f, (size_t)n * sizeof *f);
            c->ncol = n;
        } else if (n != c->ncol) {
            cli_failf(cmd, 1, "%s:%zu: %d cells, the header has %d", path, line, n, c->ncol), ok = 0;
        } else {
            if (ncell + (size_t)n > cells_cap) {
                double *g = (double *)realloc(c->cell, (cells_cap = 2 * cells_cap + (size_t)n * 1024) * sizeof *g);
                if (!g) return free(f), cli_failf(cmd, 2, "out of memory"), 0;
                c->cell = g;
            }
            for (j = 0; ok && j < n; j++) {
                char *e;
                double v;
                errno = 0;
                v = strtod(f[j], &e);
                if (!*f[j] || *e || !isfinite(v))
                    cli_failf(cmd, 1, "%s:%zu: column %d (%s): '%s' is not a finite number", path, line, j + 1, c->names[j], f[j]), ok = 0;
                c->cell[ncell++] = v;
            }
            c->nrow++;
        }
        p = le + 1;
    }
    free(f);
    if (ok && !c->names) cli_failf(cmd, 1, "%s: no header row", path), ok = 0;
    if (ok && !c->nrow) cli_failf(cmd, 1, "%s: no rows after the header", path), ok = 0;
    return ok;
}

static int fo_column(const fo_csv *c, const char *name) {
    int j;
    for (j = 0; j < c->ncol; j++)
        if (!strcmp(c->names[j], name)) return j;
    return -1;
}

static int fo_cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* ---- fit ------------------------------------------------------------------------------------- */

static int fo_fit(const fo_args *a, const char *cmd, phi_pool *pool) {
    fo_csv c;
    phi_forest f;
    phi_forest_opts o;
    float *X = NULL, *y = NULL;
    double *labels = NULL;
    const char **names = NULL;
    int t, F, j, k, K = 0, rc = 0;
    size_t i;
    double t0;
    memset(&f, 0, sizeof f);
    memset(&o, 0, sizeof o);
    if (!fo_csv_read(&c, cmd, a->data)) return fo_csv_free(&c), 1;
    if ((t = fo_column(&c, a->target)) < 0) {
        rc = cli_failf(cmd, 1, "%s: no column '%s'", a->data, a->target);
        goto done;
    }
    if (c.ncol < 2) {
        rc = cli_failf(cmd, 1, "%s: no feature column besides '%s'", a->data, a->target);
        goto done;
    }
    F = c.ncol - 1;
    o.trees = a->trees, o.regression = a->regression, o.max_depth = a->max_depth, o.min_samples_leaf = a->min_leaf;
    o.min_samples_split = a->min_split, o.no_bootstrap = a->no_bootstrap, o.oob = a->oob, o.seed = a->seed, o.pool = pool;
    if (a->criterion && !strcmp(a->criterion, "entropy")) o.criterion = PHI_FOREST_ENTROPY;
    else if (a->criterion && strcmp(a->criterion, "gini")) {
        rc = cli_bad_flag(cmd, "--criterion", "'%s' is not gini or entropy", a->criterion);
        goto done;
    }
    if (a->criterion && a->regression) {
        rc = cli_bad_flag(cmd, "--criterion", "regression uses the mean squared error");
        goto done;
    }
    if (a->max_features && !strcmp(a->max_features, "all")) o.max_features = -1;
    else if (a->max_features && strcmp(a->max_features, "sqrt")) {
        char *e;
        long v = strtol(a->max_features, &e, 10);
        if (*e || v < 1 || v > F) {
            rc = cli_bad_flag(cmd, "--max-features", "'%s' is not sqrt, all or a number of features (1 .. %d)", a->max_features, F);
            goto done;
        }
        o.max_features = (int)v;
    } else if (a->max_features && a->regression) {
        int s = (int)sqrt((double)F);
        o.max_features = s > 0 ? s : 1;
    }
    X = (float *)malloc(c.nrow * (size_t)F * sizeof(float));
    y = (float *)malloc(c.nrow * sizeof(float));
    labels = (double *)malloc(c.nrow * sizeof(double));
    names = (const char **)malloc((size_t)F * sizeof(char *));
    if (!X || !y || !labels || !names) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto done;
    }
    for (j = 0, k = 0; j < c.ncol; j++)
        if (j != t) names[k++] = c.names[j];
    for (i = 0; i < c.nrow; i++) {
        const double *r = c.cell + i * (size_t)c.ncol;
        for (j = 0, k = 0; j < c.ncol; j++)
            if (j != t) X[i * F + k++] = (float)r[j];
        labels[i] = r[t];
    }
    if (a->regression)
        for (i = 0; i < c.nrow; i++) y[i] = (float)labels[i];
    else { /* the distinct labels, sorted: class k is the k-th */
        double *sorted = (double *)malloc(c.nrow * sizeof(double));
        if (!sorted) {
            rc = cli_failf(cmd, 2, "out of memory");
            goto done;
        }
        memcpy(sorted, labels, c.nrow * sizeof(double));
        qsort(sorted, c.nrow, sizeof(double), fo_cmp_double);
        for (i = 0; i < c.nrow; i++)
            if (!i || sorted[i] != sorted[K - 1]) sorted[K++] = sorted[i];
        if (K > 4096) {
            free(sorted);
            rc = cli_failf(cmd, 1, "%s: column '%s' has %d distinct labels (at most 4096 classes; --regression?)", a->data, a->target, K);
            goto done;
        }
        for (i = 0; i < c.nrow; i++) {
            double *hit = (double *)bsearch(&labels[i], sorted, (size_t)K, sizeof(double), fo_cmp_double);
            y[i] = (float)(hit - sorted);
        }
        memcpy(labels, sorted, (size_t)K * sizeof(double));
        free(sorted);
    }
    fprintf(stderr, "phi %s: %zu rows, %d features, %s, %d trees on %d threads\n", cmd, c.nrow, F,
            a->regression ? "regression" : K == 1 ? "1 class" : "classification", a->trees ? a->trees : PHI_DEFAULT_FOREST_TREES,
            phi_pool_size(pool));
    t0 = phi_now();
    if (phi_forest_fit(&f, X, y, c.nrow, F, &o) != PHI_OK || (!a->regression && phi_forest_set_labels(&f, labels) != PHI_OK) ||
        phi_forest_set_names(&f, names) != PHI_OK) {
        rc = cli_fail(cmd, 1);
        goto done;
    }
    if (phi_forest_save(&f, a->out) != PHI_OK) {
        rc = cli_fail(cmd, 2);
        goto done;
    }
    fprintf(stderr, "phi %s: %zu nodes in %.2f s", cmd, f.nnodes, phi_now() - t0);
    if (a->oob) fprintf(stderr, ", out-of-bag %s %.4f", a->regression ? "R^2" : "accuracy", f.oob_score);
    fprintf(stderr, "; wrote %s\n", a->out);
done:
    phi_forest_free(&f);
    fo_csv_free(&c);
    free(X), free(y), free(labels), free(names);
    return rc;
}

/* ---- predict --------------------------------------------------------------------------------- */

static int fo_predict(const fo_args *a, const char *cmd, phi_pool *pool) {
    fo_csv c;
    phi_forest f;
    phi_buf out = {NULL, 0, 0};
    float *X = NULL, *p = NULL;
    int *col = NULL, F, K, j, rc = 0;
    size_t i, m;
    memset(&c, 0, sizeof c);
    if (phi_forest_load(&f, a->model) != PHI_OK) return cli_fail(cmd, 1);
    F = f.nfeat, K = f.nclass;
    if (a->proba && f.regression) {
        rc = cli_usage_error(cmd, "--proba: %s is a regression model", a->model);
        goto done;
    }
    if (!fo_csv_read(&c, cmd, a->data)) {
        rc = 1;
        goto done;
    }
    col = (int *)malloc((size_t)F * sizeof(int));
    X = (float *)malloc(c.nrow * (size_t)F * sizeof(float));
    m = a->proba ? (size_t)K : 1;
    p = (float *)malloc(c.nrow * m * sizeof(float));
    if (!col || !X || !p) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto done;
    }
    for (j = 0; j < F; j++) { /* each feature's column, by name (a model without names: in order) */
        col[j] = f.names ? fo_column(&c, f.names[j]) : j < c.ncol ? j : -1;
        if (col[j] < 0) {
            rc = cli_failf(cmd, 1, "%s: no column '%s' (the model reads %d features)", a->data, f.names ? f.names[j] : "?", F);
            goto done;
        }
    }
    for (i = 0; i < c.nrow; i++)
        for (j = 0; j < F; j++) X[i * F + j] = (float)c.cell[i * (size_t)c.ncol + col[j]];
    if ((a->proba ? phi_forest_predict_proba(&f, p, X, c.nrow, pool) : phi_forest_predict(&f, p, X, c.nrow, pool)) != PHI_OK) {
        rc = cli_fail(cmd, 2);
        goto done;
    }
    if (a->proba) { /* a header of the labels, then a row of probabilities per row */
        for (j = 0; j < K; j++) phi_buf_printf(&out, "%s%.17g", j ? "," : "", f.labels ? f.labels[j] : (double)j);
        phi_buf_append(&out, "\n", 1);
    }
    for (i = 0; i < c.nrow; i++) {
        if (a->proba)
            for (j = 0; j < K; j++) phi_buf_printf(&out, "%s%.9g", j ? "," : "", p[i * m + j]);
        else if (f.regression) phi_buf_printf(&out, "%.9g", p[i]);
        else phi_buf_printf(&out, "%.17g", f.labels ? f.labels[(int)p[i]] : (double)p[i]);
        phi_buf_append(&out, "\n", 1);
    }
    if (phi_file_write_atomic(a->out, out.data ? out.data : "", out.len) != PHI_OK) rc = cli_fail(cmd, 2);
    else fprintf(stderr, "phi %s: %zu rows predicted; wrote %s\n", cmd, c.nrow, a->out);
done:
    phi_forest_free(&f);
    fo_csv_free(&c);
    phi_buf_free(&out);
    free(col), free(X), free(p);
    return rc;
}

/* ---- info ------------------------------------------------------------------------------------ */

static int fo_info(const fo_args *a, const char *cmd) {
    phi_forest f;
    phi_buf b = {NULL, 0, 0};
    double *imp;
    int j, rc = 0;
    if (a->files.n != 1) return cli_usage_error(cmd, a->files.n ? "one MODEL at a time" : "no MODEL given");
    if (phi_forest_load(&f, a->files.v[0]) != PHI_OK) return cli_fail(cmd, 1);
    if (!(imp = (double *)malloc((size_t)f.nfeat * sizeof(double))) || phi_forest_importance(&f, imp) != PHI_OK ||
        phi_forest_serialize(&b, &f) != PHI_OK) {
        rc = cli_failf(cmd, 2, "out of memory");
    } else if (a->json) {
        phi_buf o = {NULL, 0, 0};
        phi_json_writer w;
        phi_jw_init(&w, &o, 0);
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "kind"), phi_jw_str(&w, f.regression ? "regression" : "classification");
        phi_jw_key(&w, "trees"), phi_jw_int(&w, f.ntrees);
        phi_jw_key(&w, "nodes"), phi_jw_int(&w, (int64_t)f.nnodes);
        phi_jw_key(&w, "bytes"), phi_jw_int(&w, (int64_t)b.len);
        phi_jw_key(&w, "features"), phi_jw_int(&w, f.nfeat);
        phi_jw_key(&w, "classes"), phi_jw_int(&w, f.nclass);
        phi_jw_key(&w, "oob_score");
        if (isnan(f.oob_score)) phi_jw_null(&w);
        else phi_jw_double(&w, f.oob_score);
        if (f.labels) {
            phi_jw_key(&w, "labels"), phi_jw_begin_array(&w);
            for (j = 0; j < f.nclass; j++) phi_jw_double(&w, f.labels[j]);
            phi_jw_end_array(&w);
        }
        phi_jw_key(&w, "importance"), phi_jw_begin_object(&w);
        for (j = 0; j < f.nfeat; j++) {
            char num[24];
            snprintf(num, sizeof num, "%d", j);
            phi_jw_key(&w, f.names ? f.names[j] : num), phi_jw_double(&w, imp[j]);
        }
        phi_jw_end_object(&w);
        phi_jw_end_object(&w);
        if (phi_jw_finish(&w) != PHI_OK) rc = cli_failf(cmd, 2, "out of memory");
        else printf("%s\n", o.data);
        phi_buf_free(&o);
    } else {
        printf("model       %s\nkind        %s\ntrees       %d\nnodes       %zu\nbytes       %zu\nfeatures    %d\nclasses     %d\n",
               a->files.v[0], f.regression ? "regression" : "classification", f.ntrees, f.nnodes, b.len, f.nfeat, f.nclass);
        if (isnan(f.oob_score)) printf("oob_score   none (fit with --oob)\n");
        else printf("oob_score   %.6f (%s)\n", f.oob_score, f.regression ? "R^2" : "accuracy");
        printf("importance  (impurity decrease, sums to 1)\n");
        for (j = 0; j < f.nfeat; j++) {
            if (f.names) printf("  %-20s %.6f\n", f.names[j], imp[j]);
            else printf("  %-20d %.6f\n", j, imp[j]);
        }
    }
    free(imp);
    phi_buf_free(&b);
    phi_forest_free(&f);
    return rc;
}

int cmd_forest(int argc, char **argv) {
    fo_args a;
    phi_pool *pool = NULL;
    cli_flag f[24];
    cli_cmd c;
    char name[32];
    int sub, rc;
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        fo_help(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (sub = 0; sub < 3 && strcmp(argv[1], fo_subs[sub]); sub++) {}
    if (sub == 3) return cli_usage_error("forest", "unknown subcommand '%s'", argv[1]);
    memset(&a, 0, sizeof a);
    a.trees = PHI_DEFAULT_FOREST_TREES, a.min_leaf = 1, a.min_split = 2; /* the library's defaults, for --help */
    c = fo_cmd(sub, &a, f, name, sizeof name);
    if ((rc = cli_parse(&c, argc - 2, argv + 2)) != CLI_GO) return rc;
    if (sub == 2) rc = fo_info(&a, c.name);
    else if (phi_pool_create(&pool, (int)(a.threads > FO_MAX_THREADS ? FO_MAX_THREADS : a.threads)) != PHI_OK) rc = cli_fail(c.name, 2);
    else rc = sub == 0 ? fo_fit(&a, c.name, pool) : fo_predict(&a, c.name, pool);
    phi_pool_free(pool);
    cli_free(&c);
    return rc;
}
