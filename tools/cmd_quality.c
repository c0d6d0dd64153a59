/* phi quality train|score|filter|features: phi-1's quality filter (phi.h's >>quality over
   >>forest). A teacher scores a sample of a corpus ({"id":..., "score":...} lines); `train` fits
   a random forest that reads each document's features to those scores; `score` gives every
   document of a corpus its expected score; `filter` keeps the best; `features` writes the
   features as CSV, for other tools. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define QC_MAX_THREADS 4096
#define QC_SLICE 256 /* documents per parallel step: the progress line moves between them */

static const char *qc_usage =
    "phi quality train --labels LABELS.jsonl --data CORPUS.jsonl --out quality.bin [--features text,ast,ngram,model]\n"
    "                  [--model-embed PATH --tokenizer PATH] [--trees N] [--seed S] [--regression]\n"
    "       phi quality score --model quality.bin --data CORPUS.jsonl --out SCORED.jsonl\n"
    "       phi quality filter --scored SCORED.jsonl (--keep FRACTION | --threshold T) --data CORPUS.jsonl --out KEPT.jsonl\n"
    "       phi quality features --data CORPUS.jsonl --out FEATURES.csv [--features ...]";
static const char *qc_about =
    "The quality filter of phi-1: a random forest that mimics a teacher's scores of educational value.\n";
static const char *qc_footer =
    "Every command reads documents from the member --field (text) of each JSON line and names them by\n"
    "--id-field (id), a string or an integer; labels are {\"id\": ..., \"score\": ...} lines. Feature blocks:\n"
    "text (23 statistics of the bytes), ast (29 of the Python syntax tree), ngram (hashed token 1- and\n"
    "2-grams, needs --tokenizer), model (the mean last hidden state of a phi model and its loss, needs\n"
    "--model-embed and --tokenizer). A filter file keeps its feature configuration and the paths of\n"
    "the model and tokenizer it was trained with; score uses them unless given others.\n"
    "exit status: 0 done, 1 bad input (a line, a label, a document), 2 usage or I/O";

typedef struct qc_args {
    const char *labels, *data, *field, *id_field, *features, *model_embed, *tokenizer, *out, *model, *scored;
    long trees, threads, buckets, max_tokens;
    uint64_t seed;
    double keep, threshold;
    int regression;
} qc_args;

static const char *const qc_subs[] = {"train", "score", "filter", "features"};
enum { QC_TRAIN, QC_SCORE, QC_FILTER, QC_FEATURES, QC_NSUB };

static cli_cmd qc_cmd(int sub, void *args, cli_flag *f, char *name, size_t cap) {
    qc_args *a = (qc_args *)args;
    cli_cmd c;
    int n = 0;
    memset(&c, 0, sizeof c);
    snprintf(name, cap, "quality %s", qc_subs[sub]);
    if (sub == QC_TRAIN)
        f[n++] = (cli_flag){.name = "--labels", .type = CLI_STR, .var = &a->labels, .meta = "FILE", .required = 1,
                            .help = "the teacher's scores, {\"id\": ..., \"score\": ...} per line"};
    if (sub == QC_FILTER)
        f[n++] = (cli_flag){.name = "--scored", .type = CLI_STR, .var = &a->scored, .meta = "FILE", .required = 1,
                            .help = "what phi quality score wrote"};
    if (sub == QC_SCORE)
        f[n++] = (cli_flag){.name = "--model", .type = CLI_STR, .var = &a->model, .meta = "FILE", .required = 1,
                            .help = "the filter, from phi quality train"};
    f[n++] = (cli_flag){.name = "--data", .type = CLI_STR, .var = &a->data, .meta = "FILE", .required = 1,
                        .help = "the corpus, JSON Lines"};
    f[n++] = (cli_flag){.name = "--field", .type = CLI_STR, .var = &a->field, .meta = "NAME", .help = "the member holding a document's text"};
    f[n++] = (cli_flag){.name = "--id-field", .type = CLI_STR, .var = &a->id_field, .meta = "NAME", .help = "the member naming a document"};
    if (sub == QC_TRAIN || sub == QC_FEATURES) {
        f[n++] = (cli_flag){.name = "--features", .type = CLI_STR, .var = &a->features, .meta = "LIST",
                            .help = "feature blocks: text, ast, ngram, model"};
        f[n++] = (cli_flag){.name = "--ngram-buckets", .type = CLI_LONG, .var = &a->buckets, .meta = "B", .min = 1, .max = 1 << 20,
                            .help = "buckets of the hashed n-grams"};
        f[n++] = (cli_flag){.name = "--max-tokens", .type = CLI_LONG, .var = &a->max_tokens, .meta = "N", CLI_AT_LEAST(1),
                            .help = "the model block reads a document's first N tokens"};
    }
    if (sub != QC_FILTER) {
        f[n++] = (cli_flag){.name = "--model-embed", .type = CLI_STR, .var = &a->model_embed, .meta = "PATH",
                            .dflt = sub == QC_SCORE ? "the filter's" : "", .help = "the phi model of the model block"};
        f[n++] = (cli_flag){.name = "--tokenizer", .type = CLI_STR, .var = &a->tokenizer, .meta = "PATH",
                            .dflt = sub == QC_SCORE ? "the filter's" : "", .help = "its tokenizer (ngram and model blocks)"};
        f[n++] = (cli_flag){.name = "--threads", .type = CLI_LONG, .var = &a->threads, .meta = "N", CLI_AT_LEAST(1),
                            .dflt = "$PHI_THREADS, else one per CPU", .help = "worker threads (the output is the same for any)"};
    }
    if (sub == QC_TRAIN) {
        f[n++] = (cli_flag){.name = "--trees", .type = CLI_LONG, .var = &a->trees, .meta = "N", CLI_AT_LEAST(1), .help = "trees of the forest"};
        f[n++] = (cli_flag){.name = "--seed", .type = CLI_U64, .var = &a->seed, .meta = "S", .help = "the forest's random draws"};
        f[n++] = (cli_flag){.name = "--regression", .type = CLI_SWITCH, .var = &a->regression,
                            .help = "fit the scores as numbers (default: each distinct score a class)"};
    }
    if (sub == QC_FILTER) {
        f[n++] = (cli_flag){.name = "--keep", .type = CLI_DOUBLE, .var = &a->keep, .meta = "FRACTION", .min = 0, .max = 1, .dflt = "",
                            .help = "keep this share of the documents, the best scored (ties: the earlier)"};
        f[n++] = (cli_flag){.name = "--threshold", .type = CLI_DOUBLE, .var = &a->threshold, .meta = "T", .dflt = "",
                            .help = "keep the documents scored T or more"};
    }
    f[n++] = (cli_flag){.name = "--out", .type = CLI_STR, .var = &a->out, .meta = "FILE", .required = 1,
                        .help = sub == QC_TRAIN ? "the filter file" : sub == QC_SCORE ? "{\"id\": ..., \"score\": expected, \"label\": most probable} per document"
                                : sub == QC_FILTER ? "the documents kept, their lines as they were" : "CSV: id, then the features by name"};
    f[n] = (cli_flag){.name = NULL};
    c.name = name;
    c.usage = qc_usage;
    c.flags = f;
    c.footer = qc_footer;
    c.about = sub == QC_TRAIN    ? "train     fit the filter to a teacher's scores\n"
              : sub == QC_SCORE  ? "score     every document's expected score\n"
              : sub == QC_FILTER ? "filter    keep the best scored documents\n"
                                 : "features  the features of every document, as CSV\n";
    return c;
}

/* ---- a corpus in memory ---------------------------------------------------------------------- */

typedef struct qc_corpus {
    phi_buf mem;          /* texts, ids (their JSON) and raw lines, one after another */
    size_t *text, *text_len, *id, *id_len, *raw, *raw_len, *line; /* [n] offsets into mem, lengths, line numbers */
    size_t n, cap;
} qc_corpus;

static void qc_corpus_free(qc_corpus *c) {
    phi_buf_free(&c->mem);
    free(c->text), free(c->text_len), free(c->id), free(c->id_len), free(c->raw), free(c->raw_len), free(c->line);
    memset(c, 0, sizeof *c);
}

static const char *qc_text(const qc_corpus *c, size_t i) { return c->mem.data + c->text[i]; }
static const char *qc_id(const qc_corpus *c, size_t i) { return c->mem.data + c->id[i]; }

/* The id member as JSON text (a string with its quotes, or an integer): how documents are
   matched between files and written back. */
static int qc_id_json(phi_buf *b, const phi_json *id) {
    return (id->type == PHI_JSON_STRING || id->type == PHI_JSON_INT) && phi_json_write(b, id, 0) == PHI_OK;
}

/* Every record of path: its text (unless field is NULL), its id and its raw line. 0, or says why. */
static int qc_read(const char *cmd, const char *path, const char *field, const char *id_field, qc_corpus *c) {
    phi_jsonl_reader *r;
    const phi_json *v;
    phi_status st;
    memset(c, 0, sizeof *c);
    if (phi_jsonl_open_path(&r, path, NULL) != PHI_OK) return cli_fail(cmd, 2);
    while ((st = phi_jsonl_next(r, &v)) == PHI_OK) {
        size_t raw_len, line = (size_t)phi_jsonl_get_stats(r)->line;
        const char *raw = phi_jsonl_line(r, &raw_len);
        const phi_json *t = field ? phi_json_get(v, field) : NULL, *id = phi_json_get(v, id_field);
        if (field && (!t || t->type != PHI_JSON_STRING)) {
            phi_jsonl_close(r);
            return cli_failf(cmd, 1, "%s:%zu: no string member \"%s\" (the document's text, --field)", path, line, field);
        }
        if (!id || (id->type != PHI_JSON_STRING && id->type != PHI_JSON_INT)) {
            phi_jsonl_close(r);
            return cli_failf(cmd, 1, "%s:%zu: no member \"%s\" holding a string or an integer (the document's id, --id-field)", path,
                             line, id_field);
        }
        if (c->n == c->cap) {
            size_t cap = c->cap ? 2 * c->cap : 1024, **arr[7], k;
            arr[0] = &c->text, arr[1] = &c->text_len, arr[2] = &c->id, arr[3] = &c->id_len, arr[4] = &c->raw, arr[5] = &c->raw_len,
            arr[6] = &c->line;
            for (k = 0; k < 7; k++) {
                size_t *g = (size_t *)realloc(*arr[k], cap * sizeof *g);
                if (!g) {
                    phi_jsonl_close(r);
                    return cli_failf(cmd, 2, "out of memory");
                }
                *arr[k] = g;
            }
            c->cap = cap;
        }
        c->line[c->n] = line;
        c->text[c->n] = c->mem.len;
        c->text_len[c->n] = t ? t->len : 0;
        if (t && phi_buf_append(&c->mem, t->u.s, t->len)) break;
        if (phi_buf_append(&c->mem, "", 1)) break;
        c->id[c->n] = c->mem.len;
        if (!qc_id_json(&c->mem, id)) break;
        c->id_len[c->n] = c->mem.len - c->id[c->n];
        if (phi_buf_append(&c->mem, "", 1)) break;
        c->raw[c->n] = c->mem.len;
        c->raw_len[c->n] = raw_len;
        if (phi_buf_append(&c->mem, raw, raw_len) || phi_buf_append(&c->mem, "\n", 1)) break;
        c->n++;
    }
    phi_jsonl_close(r);
    if (st == PHI_OK) return cli_failf(cmd, 2, "out of memory");
    if (st != PHI_END) return cli_fail(cmd, 1); /* the reader's message names the file and line */
    if (!c->mem.data && phi_buf_append(&c->mem, "", 1)) return cli_failf(cmd, 2, "out of memory");
    return 0;
}

/* Document numbers sorted by id, to find an id by binary search. */
static const qc_corpus *qc_sort_corpus;
static int qc_cmp_id(const void *a, const void *b) {
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    size_t li = qc_sort_corpus->id_len[i], lj = qc_sort_corpus->id_len[j];
    int d = memcmp(qc_id(qc_sort_corpus, i), qc_id(qc_sort_corpus, j), li < lj ? li : lj);
    return d ? d : li < lj ? -1 : li > lj ? 1 : i < j ? -1 : i > j;
}
static size_t *qc_index(const qc_corpus *c) {
    size_t *ix = (size_t *)malloc((c->n + 1) * sizeof *ix), i;
    if (!ix) return NULL;
    for (i = 0; i < c->n; i++) ix[i] = i;
    qc_sort_corpus = c;
    qsort(ix, c->n, sizeof *ix, qc_cmp_id);
    return ix;
}
/* The document with id (JSON text) in c, or (size_t)-1. */
static size_t qc_find(const qc_corpus *c, const size_t *ix, const char *id, size_t len) {
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2, m = ix[mid], lm = c->id_len[m];
        int d = memcmp(qc_id(c, m), id, lm < len ? lm : len);
        if (!d) d = lm < len ? -1 : lm > len;
        if (d < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->n && c->id_len[ix[lo]] == len && !memcmp(qc_id(c, ix[lo]), id, len) ? ix[lo] : (size_t)-1;
}
/* A repeated id is an error: labels and scores could not say which document they meant. */
static int qc_unique(const char *cmd, const char *path, const qc_corpus *c, const size_t *ix) {
    size_t k;
    for (k = 1; k < c->n; k++)
        if (c->id_len[ix[k]] == c->id_len[ix[k - 1]] && !memcmp(qc_id(c, ix[k]), qc_id(c, ix[k - 1]), c->id_len[ix[k]]))
            return cli_failf(cmd, 1, "%s:%zu: the id %s is also on line %zu", path, c->line[ix[k]], qc_id(c, ix[k]), c->line[ix[k - 1]]);
    return 0;
}

/* ---- features ----------------------------------------------------------------------------------- */

/* The features of the documents sel[0..n) (all when sel is NULL) into X [n, F], slice by slice on
   the pool, with a progress line. */
static int qc_features(const char *cmd, const qc_corpus *c, const size_t *sel, size_t n, const phi_quality_opts *o, phi_pool *pool,
                       float *X, int F) {
    const char **texts = (const char **)malloc((n + 1) * sizeof *texts);
    size_t *lens = (size_t *)malloc((n + 1) * sizeof *lens), i;
    phi_progress pr;
    int rc = 0;
    if (!texts || !lens) {
        free(texts), free(lens);
        return cli_failf(cmd, 2, "out of memory");
    }
    for (i = 0; i < n; i++) {
        size_t d = sel ? sel[i] : i;
        texts[i] = qc_text(c, d);
        lens[i] = c->text_len[d];
    }
    cli_progress_start(&pr, "features", (double)n);
    for (i = 0; i < n && !rc; i += QC_SLICE) {
        size_t m = n - i < QC_SLICE ? n - i : QC_SLICE;
        if (phi_quality_features_batch(X + i * (size_t)F, texts + i, lens + i, m, o, pool) != PHI_OK) rc = cli_fail(cmd, 2);
        cli_progress(&pr, (double)(i + m));
    }
    if (!rc) cli_progress_end(&pr, (double)n);
    free(texts), free(lens);
    return rc;
}

/* Options, tokenizer and model for the blocks; r holds what was opened. */
static int qc_setup(const char *cmd, unsigned blocks, long buckets, long max_tokens, const char *model_path, const char *tok_path,
                    long threads, cli_model *r, phi_quality_opts *o, int *F) {
    memset(o, 0, sizeof *o);
    o->blocks = blocks;
    o->ngram_buckets = (int)buckets;
    o->max_tokens = (int)max_tokens;
    if ((blocks & (PHI_QUALITY_NGRAM | PHI_QUALITY_MODEL)) && !tok_path)
        return cli_usage_error(cmd, "the %s block needs --tokenizer", blocks & PHI_QUALITY_NGRAM ? "ngram" : "model");
    if ((blocks & PHI_QUALITY_MODEL) && !model_path) return cli_usage_error(cmd, "the model block needs --model-embed");
    if (cli_open(r, cmd, blocks & PHI_QUALITY_MODEL ? model_path : NULL,
                 blocks & (PHI_QUALITY_NGRAM | PHI_QUALITY_MODEL) ? tok_path : NULL,
                 (int)(threads > QC_MAX_THREADS ? QC_MAX_THREADS : threads)))
        return 2;
    o->tokenizer = r->tok;
    o->model = r->loaded ? &r->m : NULL;
    if ((*F = phi_quality_num_features(o)) < 0) {
        cli_close(r);
        return cli_fail(cmd, 2);
    }
    return 0;
}

/* ---- features (the subcommand) ---------------------------------------------------------------- */

static int qc_features_cmd(const qc_args *a, const char *cmd, unsigned blocks) {
    qc_corpus c;
    cli_model r;
    phi_quality_opts o;
    phi_buf csv = {NULL, 0, 0};
    float *X = NULL;
    int F, rc, j;
    size_t i;
    char name[32];
    if ((rc = qc_setup(cmd, blocks, a->buckets, a->max_tokens, a->model_embed, a->tokenizer, a->threads, &r, &o, &F))) return rc;
    if ((rc = qc_read(cmd, a->data, a->field, a->id_field, &c))) goto done;
    if (!(X = (float *)malloc((c.n ? c.n : 1) * (size_t)F * sizeof *X))) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto done;
    }
    if ((rc = qc_features(cmd, &c, NULL, c.n, &o, r.pool, X, F))) goto done;
    phi_buf_printf(&csv, "id");
    for (j = 0; j < F; j++) phi_buf_printf(&csv, ",%s", phi_quality_feature_name(&o, j, name, sizeof name));
    phi_buf_printf(&csv, "\n");
    for (i = 0; i < c.n; i++) {
        const char *id = qc_id(&c, i);
        size_t k;
        if (id[0] == '"') { /* a string id: its value, CSV-quoted */
            phi_json_doc d;
            memset(&d, 0, sizeof d);
            if (phi_json_parse(&d, id, c.id_len[i], NULL) == PHI_OK) {
                phi_buf_append(&csv, "\"", 1);
                for (k = 0; k < d.root->len; k++) phi_buf_append(&csv, d.root->u.s[k] == '"' ? "\"\"" : d.root->u.s + k, d.root->u.s[k] == '"' ? 2 : 1);
                phi_buf_append(&csv, "\"", 1);
            }
            phi_json_doc_free(&d);
        } else {
            phi_buf_append(&csv, id, c.id_len[i]);
        }
        for (j = 0; j < F; j++) phi_buf_printf(&csv, ",%.9g", (double)X[i * (size_t)F + (size_t)j]);
        phi_buf_append(&csv, "\n", 1);
    }
    if (!csv.data) rc = cli_failf(cmd, 2, "out of memory");
    else if (phi_file_write_atomic(a->out, csv.data, csv.len) != PHI_OK) rc = cli_fail(cmd, 2);
    else fprintf(stderr, "phi %s: %zu documents x %d features -> %s\n", cmd, c.n, F, a->out);
done:
    free(X);
    phi_buf_free(&csv);
    qc_corpus_free(&c);
    cli_close(&r);
    return rc;
}

/* ---- train ------------------------------------------------------------------------------------ */

static int qc_train(const qc_args *a, const char *cmd, unsigned blocks) {
    qc_corpus c, lab;
    cli_model r;
    phi_quality_opts o;
    phi_quality_filter q;
    phi_forest_opts fo;
    size_t *ix = NULL, *sel = NULL, i;
    double *scores = NULL;
    float *X = NULL;
    int F, rc;
    memset(&q, 0, sizeof q), memset(&c, 0, sizeof c), memset(&lab, 0, sizeof lab);
    if ((rc = qc_setup(cmd, blocks, a->buckets, a->max_tokens, a->model_embed, a->tokenizer, a->threads, &r, &o, &F))) return rc;
    if ((rc = qc_read(cmd, a->data, a->field, a->id_field, &c)) || (rc = qc_read(cmd, a->labels, NULL, "id", &lab))) goto done;
    if (!(ix = qc_index(&c)) || !(sel = (size_t *)malloc((lab.n + 1) * sizeof *sel)) ||
        !(scores = (double *)malloc((lab.n + 1) * sizeof *scores))) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto done;
    }
    if ((rc = qc_unique(cmd, a->data, &c, ix))) goto done;
    for (i = 0; i < lab.n; i++) { /* each label's document and score */
        phi_json_doc doc;
        const phi_json *s;
        memset(&doc, 0, sizeof doc);
        if ((sel[i] = qc_find(&c, ix, qc_id(&lab, i), lab.id_len[i])) == (size_t)-1) {
            rc = cli_failf(cmd, 1, "%s:%zu: no document with the id %s in %s", a->labels, lab.line[i], qc_id(&lab, i), a->data);
            goto done;
        }
        if (phi_json_parse(&doc, lab.mem.data + lab.raw[i], lab.raw_len[i], NULL) != PHI_OK || !(s = phi_json_get(doc.root, "score")) ||
            (s->type != PHI_JSON_INT && s->type != PHI_JSON_DOUBLE)) {
            phi_json_doc_free(&doc);
            rc = cli_failf(cmd, 1, "%s:%zu: no number \"score\"", a->labels, lab.line[i]);
            goto done;
        }
        scores[i] = s->type == PHI_JSON_INT ? (double)s->u.i : s->u.d;
        phi_json_doc_free(&doc);
    }
    free(ix);
    if (!(ix = qc_index(&lab))) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto done;
    }
    if ((rc = qc_unique(cmd, a->labels, &lab, ix))) goto done;
    if (!lab.n) {
        rc = cli_failf(cmd, 1, "%s: no labels", a->labels);
        goto done;
    }
    fprintf(stderr, "phi %s: %zu of %zu documents labelled; %d features each\n", cmd, lab.n, c.n, F);
    if (!(X = (float *)malloc(lab.n * (size_t)F * sizeof *X))) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto done;
    }
    if ((rc = qc_features(cmd, &c, sel, lab.n, &o, r.pool, X, F))) goto done;
    memset(&fo, 0, sizeof fo);
    fo.trees = (int)a->trees;
    fo.seed = a->seed;
    fo.regression = a->regression;
    fo.oob = 1;
    fo.pool = r.pool;
    q.features = phi_quality_opts_resolve(&o);
    q.features.tokenizer = NULL, q.features.model = NULL;
    q.model_path = (char *)(uintptr_t)(blocks & PHI_QUALITY_MODEL ? a->model_embed : NULL);
    q.tokenizer_path = (char *)(uintptr_t)(blocks & (PHI_QUALITY_NGRAM | PHI_QUALITY_MODEL) ? a->tokenizer : NULL);
    if (phi_quality_filter_fit(&q, X, scores, lab.n, F, &fo) != PHI_OK) {
        rc = cli_fail(cmd, 1);
        goto done;
    }
    if (phi_quality_filter_save(&q, a->out) != PHI_OK) {
        rc = cli_fail(cmd, 2);
        goto done;
    }
    fprintf(stderr, "phi %s: %d trees, %zu nodes, %d %s; out-of-bag %s %.4f -> %s\n", cmd, q.forest.ntrees, q.forest.nnodes,
            q.forest.regression ? 1 : q.forest.nclass, q.forest.regression ? "target" : "classes",
            q.forest.regression ? "R^2" : "accuracy", q.forest.oob_score, a->out);
    { /* what the forest reads most: impurity importance, the ten largest */
        double *imp = (double *)malloc((size_t)F * sizeof *imp);
        int k, j, best;
        char nm[32];
        if (imp && phi_forest_importance(&q.forest, imp) == PHI_OK) {
            fprintf(stderr, "phi %s: importance:", cmd);
            for (k = 0; k < 10 && k < F; k++) {
                for (j = 0, best = -1; j < F; j++)
                    if (imp[j] >= 0 && (best < 0 || imp[j] > imp[best])) best = j;
                fprintf(stderr, " %s %.3f", phi_quality_feature_name(&o, best, nm, sizeof nm), imp[best]);
                imp[best] = -1;
            }
            fprintf(stderr, "\n");
        }
        free(imp);
    }
done:
    q.model_path = q.tokenizer_path = NULL; /* the arguments' */
    phi_quality_filter_free(&q);
    free(ix), free(sel), free(scores), free(X);
    qc_corpus_free(&c), qc_corpus_free(&lab);
    cli_close(&r);
    return rc;
}

/* ---- score ------------------------------------------------------------------------------------ */

static int qc_score(const qc_args *a, const char *cmd) {
    phi_quality_filter q;
    phi_quality_opts o;
    qc_corpus c;
    cli_model r;
    phi_buf out = {NULL, 0, 0};
    float *X = NULL, *s = NULL, *lab = NULL;
    size_t i;
    int F, rc;
    memset(&c, 0, sizeof c), memset(&r, 0, sizeof r);
    if (phi_quality_filter_load(&q, a->model) != PHI_OK) return cli_fail(cmd, 1);
    if ((rc = qc_setup(cmd, q.features.blocks, q.features.ngram_buckets, q.features.max_tokens,
                       a->model_embed ? a->model_embed : q.model_path, a->tokenizer ? a->tokenizer : q.tokenizer_path, a->threads,
                       &r, &o, &F)))
        goto done;
    if (F != q.nfeat) {
        rc = cli_failf(cmd, 1, "%s was trained on %d features; these blocks make %d here (another model?)", a->model, q.nfeat, F);
        goto done;
    }
    if ((rc = qc_read(cmd, a->data, a->field, a->id_field, &c))) goto done;
    if (!(X = (float *)malloc((c.n ? c.n : 1) * (size_t)F * sizeof *X)) || !(s = (float *)malloc((c.n + 1) * sizeof *s)) ||
        !(lab = (float *)malloc((c.n + 1) * sizeof *lab))) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto done;
    }
    if ((rc = qc_features(cmd, &c, NULL, c.n, &o, r.pool, X, F))) goto done;
    if (phi_quality_filter_score(&q, s, lab, X, c.n, r.pool) != PHI_OK) {
        rc = cli_fail(cmd, 2);
        goto done;
    }
    for (i = 0; i < c.n; i++) {
        phi_buf_append(&out, "{\"id\":", 6);
        phi_buf_append(&out, qc_id(&c, i), c.id_len[i]);
        phi_buf_printf(&out, ",\"score\":%.9g,\"label\":%.9g}\n", (double)s[i], (double)lab[i]);
    }
    if (!out.data && c.n) rc = cli_failf(cmd, 2, "out of memory");
    else if (phi_file_write_atomic(a->out, out.data ? out.data : "", out.len) != PHI_OK) rc = cli_fail(cmd, 2);
    else fprintf(stderr, "phi %s: %zu documents scored -> %s\n", cmd, c.n, a->out);
done:
    phi_buf_free(&out);
    free(X), free(s), free(lab);
    qc_corpus_free(&c);
    cli_close(&r);
    phi_quality_filter_free(&q);
    return rc;
}

/* ---- filter ----------------------------------------------------------------------------------- */

static const float *qc_sort_scores;
static int qc_cmp_best(const void *a, const void *b) { /* higher score first, then corpus order */
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    float x = qc_sort_scores[i], y = qc_sort_scores[j];
    return x > y ? -1 : x < y ? 1 : i < j ? -1 : i > j;
}

static int qc_filter(const qc_args *a, const char *cmd, int by_keep) {
    qc_corpus c, sc;
    size_t *ix = NULL, *order = NULL, i, kept = 0, nkeep;
    float *score = NULL;
    unsigned char *keep = NULL;
    phi_buf out = {NULL, 0, 0};
    int rc;
    memset(&sc, 0, sizeof sc);
    if ((rc = qc_read(cmd, a->data, NULL, a->id_field, &c)) || (rc = qc_read(cmd, a->scored, NULL, "id", &sc))) goto done;
    if (!(ix = qc_index(&c)) || !(score = (float *)malloc((c.n + 1) * sizeof *score)) ||
        !(keep = (unsigned char *)calloc(c.n + 1, 1)) || !(order = (size_t *)malloc((c.n + 1) * sizeof *order))) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto done;
    }
    if ((rc = qc_unique(cmd, a->data, &c, ix))) goto done;
    for (i = 0; i < c.n; i++) score[i] = NAN;
    for (i = 0; i < sc.n; i++) {
        phi_json_doc doc;
        const phi_json *s;
        size_t d = qc_find(&c, ix, qc_id(&sc, i), sc.id_len[i]);
        if (d == (size_t)-1) {
            rc = cli_failf(cmd, 1, "%s:%zu: no document with the id %s in %s", a->scored, sc.line[i], qc_id(&sc, i), a->data);
            goto done;
        }
        memset(&doc, 0, sizeof doc);
        if (phi_json_parse(&doc, sc.mem.data + sc.raw[i], sc.raw_len[i], NULL) != PHI_OK || !(s = phi_json_get(doc.root, "score")) ||
            (s->type != PHI_JSON_INT && s->type != PHI_JSON_DOUBLE)) {
            phi_json_doc_free(&doc);
            rc = cli_failf(cmd, 1, "%s:%zu: no number \"score\"", a->scored, sc.line[i]);
            goto done;
        }
        if (!isnan(score[d])) {
            phi_json_doc_free(&doc);
            rc = cli_failf(cmd, 1, "%s:%zu: a second score for the id %s", a->scored, sc.line[i], qc_id(&sc, i));
            goto done;
        }
        score[d] = (float)(s->type == PHI_JSON_INT ? (double)s->u.i : s->u.d);
        phi_json_doc_free(&doc);
    }
    for (i = 0; i < c.n; i++)
        if (isnan(score[i])) {
            rc = cli_failf(cmd, 1, "%s:%zu: the document %s has no score in %s", a->data, c.line[i], qc_id(&c, i), a->scored);
            goto done;
        }
    if (by_keep) { /* the best ceil(keep * n), ties broken by corpus order */
        double want = ceil(a->keep * (double)c.n - 1e-9);
        nkeep = want < 0 ? 0 : (size_t)want;
        for (i = 0; i < c.n; i++) order[i] = i;
        qc_sort_scores = score;
        qsort(order, c.n, sizeof *order, qc_cmp_best);
        for (i = 0; i < nkeep && i < c.n; i++) keep[order[i]] = 1;
    } else {
        for (i = 0; i < c.n; i++) keep[i] = score[i] >= a->threshold;
    }
    for (i = 0; i < c.n; i++)
        if (keep[i]) kept++, phi_buf_append(&out, c.mem.data + c.raw[i], c.raw_len[i] + 1);
    if (!out.data && kept) rc = cli_failf(cmd, 2, "out of memory");
    else if (phi_file_write_atomic(a->out, out.data ? out.data : "", out.len) != PHI_OK) rc = cli_fail(cmd, 2);
    else fprintf(stderr, "phi %s: kept %zu of %zu documents -> %s\n", cmd, kept, c.n, a->out);
done:
    phi_buf_free(&out);
    free(ix), free(order), free(score), free(keep);
    qc_corpus_free(&c), qc_corpus_free(&sc);
    return rc;
}

/* ---- the command -------------------------------------------------------------------------------- */

/* The defaults, which --help shows. */
static void qc_defaults(qc_args *a) {
    memset(a, 0, sizeof *a);
    a->field = "text";
    a->id_field = "id";
    a->features = "text,ast";
    a->buckets = PHI_DEFAULT_QUALITY_BUCKETS;
    a->max_tokens = PHI_DEFAULT_QUALITY_MAX_TOKENS;
    a->trees = PHI_DEFAULT_FOREST_TREES;
}

static void qc_help(FILE *out) {
    qc_args a;
    qc_defaults(&a);
    cli_help_subs(out, qc_usage, qc_about, qc_footer, QC_NSUB, qc_cmd, &a);
}

int cmd_quality(int argc, char **argv) {
    qc_args a;
    cli_flag f[24];
    cli_cmd c;
    char name[32];
    int sub, rc;
    unsigned blocks = 0;
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        qc_help(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (sub = 0; sub < QC_NSUB && strcmp(argv[1], qc_subs[sub]); sub++) {}
    if (sub == QC_NSUB) return cli_usage_error("quality", "unknown subcommand '%s'", argv[1]);
    qc_defaults(&a);
    c = qc_cmd(sub, &a, f, name, sizeof name);
    if ((rc = cli_parse(&c, argc - 2, argv + 2)) != CLI_GO) return rc;
    if ((sub == QC_TRAIN || sub == QC_FEATURES) && phi_quality_blocks_parse(&blocks, a.features) != PHI_OK)
        rc = cli_bad_flag(c.name, "--features", "%s", phi_errmsg());
    else if (sub == QC_FILTER && cli_given(&c, "--keep") + cli_given(&c, "--threshold") != 1)
        rc = cli_usage_error(c.name, "one of --keep and --threshold");
    else if (sub == QC_TRAIN) rc = qc_train(&a, c.name, blocks);
    else if (sub == QC_SCORE) rc = qc_score(&a, c.name);
    else if (sub == QC_FILTER) rc = qc_filter(&a, c.name, cli_given(&c, "--keep") > 0);
    else rc = qc_features_cmd(&a, c.name, blocks);
    cli_free(&c);
    return rc;
}
