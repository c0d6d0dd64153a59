/* phi decontam scan|pair: training data against HumanEval and MBPP, phi-1's Section 5 (phi.h's
   >>benchmarks and >>decontam). `scan` looks at every document of a JSONL corpus for the
   benchmarks' word n-grams and for functions whose syntax trees are close to theirs, and
   splits the corpus into what stays and what goes, with a report of every match; `pair` gives
   the tree edit distance and similarity of two files' functions. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static char *dc_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = (char *)malloc(n);
    return d ? (char *)memcpy(d, s, n) : NULL;
}

#define DC_MAX_TAUS 16
#define DC_MAX_THREADS 4096

static const char *dc_usage =
    "phi decontam scan --benchmark humaneval=FILE --benchmark mbpp=FILE --data CORPUS.jsonl --out DIR\n"
    "                  [--field text] [--id-field id] [--ngram 13] [--tau 0.95,0.9,0.85,0.8] [--remove-at 0.9]\n"
    "                  [--labels canonical|ast] [--threads N]\n"
    "       phi decontam pair [--labels canonical|ast] [--json] A.py B.py";
static const char *dc_about = "Decontamination against HumanEval and MBPP: word n-grams and AST tree edit distance.\n";
static const char *dc_footer =
    "scan writes DIR/clean.jsonl (the documents that stay, as they were), DIR/removed.jsonl and\n"
    "DIR/report.jsonl: one line per match (method ngram, ast or exact), then one summary line with,\n"
    "for each benchmark item and each tau, how many training functions (of 20 nodes or more) are\n"
    "similar. A document is\n"
    "removed when it shares an n-gram with an item or has a function with similarity >= --remove-at.\n"
    "Similarity = 1 - TED / max(size): our reading of phi-1's \"match rate\". Functions below 20 nodes\n"
    "match only identical trees, are reported with \"small\": true and remove nothing (a one-line\n"
    "getter is identical to many a benchmark function).\n"
    "exit status: 0 done, 1 bad input (a corpus or benchmark line, a file that does not parse), 2 usage or I/O";

typedef struct dc_args {
    cli_list benchmarks, files;
    const char *data, *field, *id_field, *taus, *remove_at, *labels, *out;
    long ngram, threads;
    int json;
} dc_args;

static const char *const dc_subs[] = {"scan", "pair"};

static cli_cmd dc_cmd(int sub, void *args, cli_flag *f, char *name, size_t cap) {
    dc_args *a = (dc_args *)args;
    cli_cmd c;
    int n = 0;
    memset(&c, 0, sizeof c);
    snprintf(name, cap, "decontam %s", dc_subs[sub]);
    if (sub == 0) {
        f[n++] = (cli_flag){.name = "--benchmark", .type = CLI_LIST, .var = &a->benchmarks, .meta = "KIND=FILE", .required = 1,
                            .help = "a benchmark JSONL file, KIND humaneval or mbpp (repeat for both)"};
        f[n++] = (cli_flag){.name = "--data", .type = CLI_STR, .var = &a->data, .meta = "FILE", .required = 1,
                            .help = "the training corpus, JSON Lines"};
        f[n++] = (cli_flag){.name = "--field", .type = CLI_STR, .var = &a->field, .meta = "NAME",
                            .help = "the member holding a document's text"};
        f[n++] = (cli_flag){.name = "--id-field", .type = CLI_STR, .var = &a->id_field, .meta = "NAME",
                            .help = "the member naming a document in the report (absent: its line number)"};
        f[n++] = (cli_flag){.name = "--ngram", .type = CLI_LONG, .var = &a->ngram, .meta = "N", .min = 1, .max = PHI_NGRAM_MAX_N,
                            .help = "words per n-gram"};
        f[n++] = (cli_flag){.name = "--tau", .type = CLI_STR, .var = &a->taus, .meta = "LIST",
                            .help = "similarity thresholds of the report, exact decimals"};
        f[n++] = (cli_flag){.name = "--remove-at", .type = CLI_STR, .var = &a->remove_at, .meta = "TAU",
                            .help = "a document with a function this similar to a benchmark's goes"};
        f[n++] = (cli_flag){.name = "--out", .type = CLI_STR, .var = &a->out, .meta = "DIR", .required = 1,
                            .help = "where clean.jsonl, removed.jsonl and report.jsonl go"};
        f[n++] = (cli_flag){.name = "--threads", .type = CLI_LONG, .var = &a->threads, .meta = "N", CLI_AT_LEAST(1),
                            .dflt = "$PHI_THREADS, else one per CPU", .help = "worker threads (the output is the same for any)"};
    } else {
        f[n++] = (cli_flag){.name = "--json", .type = CLI_SWITCH, .var = &a->json,
                            .help = "one line {\"size_a\":..,\"size_b\":..,\"ted\":..,\"sim\":..}"};
    }
    f[n++] = (cli_flag){.name = "--labels", .type = CLI_STR, .var = &a->labels, .meta = "MODE",
                        .help = "canonical (contexts, operators, annotations, imports, docstrings folded\n"
                                "away) or ast (every node ast.walk yields)"};
    f[n] = (cli_flag){.name = NULL};
    c.name = name;
    c.usage = dc_usage;
    c.flags = f;
    c.args = sub == 1 ? &a->files : NULL;
    c.footer = dc_footer;
    c.about = sub == 0 ? "scan     every document of a corpus against the benchmarks\n"
                       : "pair     the first function of each file (or the whole module when it has none)\n";
    return c;
}

static void dc_help(FILE *out) {
    dc_args a;
    memset(&a, 0, sizeof a);
    cli_help_subs(out, dc_usage, dc_about, dc_footer, 2, dc_cmd, &a);
}

static int dc_labels(const char *cmd, const char *s, phi_ted_labels *l) {
    if (!strcmp(s, "canonical")) *l = PHI_TED_CANONICAL;
    else if (!strcmp(s, "ast")) *l = PHI_TED_AST;
    else return cli_bad_flag(cmd, "--labels", "'%s' is not canonical or ast", s);
    return 0;
}

/* ---- pair ------------------------------------------------------------------------------------ */

/* The tree of a file's first function, or of its whole module when it has none. */
static int dc_file_tree(const char *cmd, const char *path, phi_ted_labels labels, phi_ted_units *u, phi_ted_tree *module,
                        const phi_ted_tree **t) {
    phi_buf src = {NULL, 0, 0};
    phi_ted_opts o;
    phi_py_tree tree;
    int rc = 0;
    memset(&o, 0, sizeof o);
    o.labels = labels;
    o.doc = PHI_TED_DOC_PYTHON;
    o.floor = -1;
    memset(&tree, 0, sizeof tree);
    if (phi_file_read(path, &src) != PHI_OK) rc = cli_fail(cmd, 2);
    else if (phi_ted_units_add(u, src.data ? src.data : "", src.len, 0, &o) != PHI_OK) rc = cli_failf(cmd, 1, "%s", phi_errmsg());
    else if (u->n) *t = &u->items[0].tree;
    else if (phi_py_parse(&tree, src.data ? src.data : "", src.len, path, NULL) != PHI_OK ||
             phi_ted_tree_from_node(module, tree.root, labels) != PHI_OK)
        rc = cli_failf(cmd, 1, "%s", phi_errmsg());
    else *t = module;
    phi_py_tree_free(&tree);
    phi_buf_free(&src);
    return rc;
}

static int dc_pair(const dc_args *a, const char *cmd, phi_ted_labels labels) {
    phi_ted_units ua, ub;
    phi_ted_tree ma, mb;
    const phi_ted_tree *ta = NULL, *tb = NULL;
    int rc, ted, mx;
    memset(&ua, 0, sizeof ua), memset(&ub, 0, sizeof ub), memset(&ma, 0, sizeof ma), memset(&mb, 0, sizeof mb);
    if ((rc = dc_file_tree(cmd, a->files.v[0], labels, &ua, &ma, &ta)) == 0 &&
        (rc = dc_file_tree(cmd, a->files.v[1], labels, &ub, &mb, &tb)) == 0) {
        ted = phi_ted(ta, tb);
        mx = ta->n > tb->n ? ta->n : tb->n;
        if (ted < 0) rc = cli_failf(cmd, 2, "out of memory");
        else if (a->json)
            printf("{\"size_a\":%d,\"size_b\":%d,\"ted\":%d,\"sim\":%.6f}\n", ta->n, tb->n, ted, mx ? 1.0 - (double)ted / mx : 1.0);
        else
            printf("size_a %d\nsize_b %d\nted %d\nsim %.6f\n", ta->n, tb->n, ted, mx ? 1.0 - (double)ted / mx : 1.0);
    }
    phi_ted_units_free(&ua), phi_ted_units_free(&ub), phi_ted_tree_free(&ma), phi_ted_tree_free(&mb);
    return rc;
}

/* ---- scan ------------------------------------------------------------------------------------ */

/* One function of a document close to a benchmark function (at the loosest tau). */
typedef struct dc_match {
    int ref, ted, size, small;
} dc_match;

/* What one document gave: report lines, and what the summary adds up. */
typedef struct dc_doc {
    size_t line;            /* its line in the corpus */
    char *id;               /* as the report names it */
    const char *text, *raw; /* into the corpus' memory */
    size_t text_len, raw_len;
    phi_buf report;         /* its report lines */
    dc_match *m;            /* its AST matches */
    int nm, ngram_hits, functions, parse_failed, removed;
} dc_doc;

typedef struct dc_scan {
    const phi_decontam *dc;
    const phi_decontam_ref *refs;
    phi_ted_tau taus[DC_MAX_TAUS];
    const char *tau_text[DC_MAX_TAUS];
    int ntau;
    dc_doc *docs;
    size_t ndocs;
    phi_decontam_result *res; /* per worker */
    phi_status err;
    char errmsg[300];
} dc_scan;

static void dc_doc_id(phi_json_writer *w, const dc_doc *d) {
    phi_jw_key(w, "doc");
    phi_jw_str(w, d->id);
    phi_jw_key(w, "doc_line");
    phi_jw_int(w, (int64_t)d->line);
}

/* The report line of one match. */
static void dc_report_match(phi_json_writer *w, const dc_scan *s, const dc_doc *d, const phi_decontam_match *m, phi_buf *gram) {
    phi_jw_begin_object(w);
    dc_doc_id(w, d);
    if (m->method == PHI_DECONTAM_NGRAM) {
        gram->len = 0;
        phi_ngram_normalize(gram, d->text + m->doc_start, m->doc_end - m->doc_start);
        phi_jw_key(w, "method"), phi_jw_str(w, "ngram");
        phi_jw_key(w, "task_id"), phi_jw_str(w, m->item->task_id);
        phi_jw_key(w, "field"), phi_jw_str(w, phi_bench_field_name(m->field));
        phi_jw_key(w, "ngram"), phi_jw_strn(w, gram->data ? gram->data : "", gram->len);
        phi_jw_key(w, "doc_start"), phi_jw_int(w, (int64_t)m->doc_start);
        phi_jw_key(w, "doc_end"), phi_jw_int(w, (int64_t)m->doc_end);
        phi_jw_key(w, "field_start"), phi_jw_int(w, (int64_t)m->field_start);
        phi_jw_key(w, "field_end"), phi_jw_int(w, (int64_t)m->field_end);
    } else {
        const phi_ted_unit *un = m->unit;
        const phi_decontam_ref *r = &s->refs[m->ref];
        int mx = un->tree.n > r->size ? un->tree.n : r->size;
        phi_jw_key(w, "method"), phi_jw_str(w, m->method == PHI_DECONTAM_EXACT ? "exact" : "ast");
        phi_jw_key(w, "function"), phi_jw_str(w, un->name ? un->name : "");
        phi_jw_key(w, "lines"), phi_jw_begin_array(w), phi_jw_int(w, un->lineno), phi_jw_int(w, un->end_lineno), phi_jw_end_array(w);
        if (un->block >= 0) phi_jw_key(w, "block"), phi_jw_int(w, un->block);
        phi_jw_key(w, "task_id"), phi_jw_str(w, r->item->task_id);
        phi_jw_key(w, "ref_function"), phi_jw_str(w, r->function ? r->function : "");
        phi_jw_key(w, "sim"), phi_jw_double(w, mx ? 1.0 - (double)m->ted / mx : 1.0);
        phi_jw_key(w, "ted"), phi_jw_int(w, m->ted);
        phi_jw_key(w, "size"), phi_jw_int(w, un->tree.n);
        phi_jw_key(w, "ref_size"), phi_jw_int(w, r->size);
        if (un->small) phi_jw_key(w, "small"), phi_jw_bool(w, 1);
    }
    phi_jw_end_object(w);
}

/* A report line: one object, then "\n". */
static int dc_line_end(phi_json_writer *w, dc_doc *d) {
    return phi_jw_finish(w) == PHI_OK && phi_buf_append(&d->report, "\n", 1) == PHI_OK;
}

/* Document i through the library (phi_decontam_doc), its report lines written: the n-gram
   hits, the code that did not parse (reported, never silently kept or dropped), then the
   functions' matches. */
static void dc_one(dc_scan *s, size_t i, int worker) {
    dc_doc *d = &s->docs[i];
    phi_decontam_result *r = &s->res[worker];
    phi_json_writer w;
    phi_buf gram = {NULL, 0, 0};
    size_t k, nh;
    int ok = 1;
    if (phi_decontam_doc(r, s->dc, d->text, d->text_len) != PHI_OK) {
        if (!s->err) s->err = PHI_ERR_NOMEM, snprintf(s->errmsg, sizeof s->errmsg, "%s", phi_errmsg());
        return;
    }
    d->ngram_hits = r->ngram_hits, d->functions = r->functions, d->parse_failed = r->unparsed, d->removed = r->removed;
    nh = (size_t)r->ngram_hits;
    for (k = 0; ok && k < nh; k++) {
        phi_jw_init(&w, &d->report, 0);
        dc_report_match(&w, s, d, &r->items[k], &gram);
        ok = dc_line_end(&w, d);
    }
    if (ok && r->unparsed) {
        phi_jw_init(&w, &d->report, 0);
        phi_jw_begin_object(&w);
        dc_doc_id(&w, d);
        phi_jw_key(&w, "method"), phi_jw_str(&w, "unparsed");
        phi_jw_key(&w, "unparsed"), phi_jw_int(&w, r->unparsed); /* code blocks, or 1: the document */
        phi_jw_key(&w, "error"), phi_jw_str(&w, r->unparsed_error);
        phi_jw_end_object(&w);
        ok = dc_line_end(&w, d);
    }
    if (ok && r->n > nh && !(d->m = (dc_match *)malloc((r->n - nh) * sizeof *d->m))) ok = 0;
    for (k = nh; ok && k < r->n; k++) {
        const phi_decontam_match *m = &r->items[k];
        dc_match *dm = &d->m[d->nm++];
        dm->ref = m->ref, dm->ted = m->ted, dm->size = m->unit->tree.n, dm->small = m->unit->small;
        phi_jw_init(&w, &d->report, 0);
        dc_report_match(&w, s, d, m, &gram);
        ok = dc_line_end(&w, d);
    }
    phi_buf_free(&gram);
    if (!ok && !s->err) s->err = PHI_ERR_NOMEM, snprintf(s->errmsg, sizeof s->errmsg, "out of memory for the report of %s", d->id);
}

static void dc_range(void *ctx, size_t begin, size_t end, int worker) {
    dc_scan *s = (dc_scan *)ctx;
    size_t i;
    for (i = begin; i < end && !s->err; i++) dc_one(s, i, worker);
}

/* The corpus, whole: every line's bytes, text and id. */
static int dc_read_corpus(const dc_args *a, const char *cmd, phi_buf *mem, dc_doc **docs, size_t *n) {
    phi_jsonl_reader *r;
    const phi_json *v;
    phi_status st;
    size_t cap = 0;
    dc_doc *d = NULL;
    *n = 0;
    if (phi_jsonl_open_path(&r, a->data, NULL) != PHI_OK) return cli_fail(cmd, 2);
    while ((st = phi_jsonl_next(r, &v)) == PHI_OK) {
        size_t raw_len, line = (size_t)phi_jsonl_get_stats(r)->line;
        const char *raw = phi_jsonl_line(r, &raw_len);
        const phi_json *t = phi_json_get(v, a->field), *id = a->id_field ? phi_json_get(v, a->id_field) : NULL;
        char idbuf[32];
        if (!t || t->type != PHI_JSON_STRING) {
            st = PHI_ERR_PARSE;
            cli_failf(cmd, 1, "%s:%zu: no string member \"%s\" (the document's text, --field)", a->data, line, a->field);
            break;
        }
        if (*n == cap) {
            dc_doc *g = (dc_doc *)realloc(d, (cap = cap ? 2 * cap : 1024) * sizeof *g);
            if (!g) {
                st = PHI_ERR_NOMEM;
                break;
            }
            d = g;
        }
        memset(&d[*n], 0, sizeof d[*n]);
        d[*n].line = line;
        if (id && id->type == PHI_JSON_STRING) d[*n].id = dc_strdup(id->u.s);
        else if (id && id->type == PHI_JSON_INT) snprintf(idbuf, sizeof idbuf, "%lld", (long long)id->u.i), d[*n].id = dc_strdup(idbuf);
        else snprintf(idbuf, sizeof idbuf, "line %zu", line), d[*n].id = dc_strdup(idbuf);
        /* text and raw line go to mem; their offsets become pointers once it stops growing */
        d[*n].text = (const char *)(uintptr_t)mem->len;
        d[*n].text_len = t->len;
        if (phi_buf_append(mem, t->u.s, t->len) || phi_buf_append(mem, "", 1)) {
            st = PHI_ERR_NOMEM;
            break;
        }
        d[*n].raw = (const char *)(uintptr_t)mem->len;
        d[*n].raw_len = raw_len;
        if (phi_buf_append(mem, raw, raw_len) || phi_buf_append(mem, "\n", 1) || !d[*n].id) {
            st = PHI_ERR_NOMEM;
            break;
        }
        ++*n;
    }
    phi_jsonl_close(r);
    *docs = d;
    if (st != PHI_END) {
        if (st == PHI_ERR_NOMEM) return cli_failf(cmd, 2, "out of memory");
        return st == PHI_ERR_PARSE && strstr(phi_errmsg(), a->data) ? cli_fail(cmd, 1) : 1;
    }
    for (cap = 0; cap < *n; cap++) {
        d[cap].text = mem->data + (uintptr_t)d[cap].text;
        d[cap].raw = mem->data + (uintptr_t)d[cap].raw;
    }
    return 0;
}

static int dc_write(const char *cmd, const char *dir, const char *name, const phi_buf *b) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (phi_file_write_atomic(path, b->data ? b->data : "", b->len) != PHI_OK) return cli_fail(cmd, 2);
    return 0;
}

static int dc_scan_run(const dc_args *a, const char *cmd, phi_ted_labels labels) {
    phi_benchmark bench[8];
    phi_decontam *dc = NULL;
    phi_decontam_opts o;
    const phi_decontam_info *info;
    dc_scan s;
    phi_pool *pool = NULL;
    phi_buf mem = {NULL, 0, 0}, clean = {NULL, 0, 0}, removed = {NULL, 0, 0}, report = {NULL, 0, 0};
    int nb = 0, rc = 0, i, j, workers = 0;
    size_t k;
    int64_t *similar = NULL; /* [item][tau]: training functions similar */
    char *taus = NULL, *tok;
    memset(&s, 0, sizeof s), memset(&o, 0, sizeof o), memset(bench, 0, sizeof bench);
    /* thresholds: the report's, and the one that removes a document */
    taus = dc_strdup(a->taus);
    for (tok = strtok(taus, ","); tok && s.ntau < DC_MAX_TAUS; tok = strtok(NULL, ",")) {
        if (phi_ted_tau_parse(&s.taus[s.ntau], tok) != PHI_OK) {
            rc = cli_bad_flag(cmd, "--tau", "'%s' is not a number from 0 to 1", tok);
            goto done;
        }
        s.tau_text[s.ntau++] = tok;
    }
    if (!s.ntau) {
        rc = cli_bad_flag(cmd, "--tau", "no threshold given");
        goto done;
    }
    if (phi_ted_tau_parse(&o.remove_at, a->remove_at) != PHI_OK) {
        rc = cli_bad_flag(cmd, "--remove-at", "'%s' is not a number from 0 to 1", a->remove_at);
        goto done;
    }
    o.tau = o.remove_at; /* the loosest of all */
    for (i = 0; i < s.ntau; i++)
        if (s.taus[i].num * o.tau.den < o.tau.num * s.taus[i].den) o.tau = s.taus[i];
    o.labels = labels;
    o.ngram.n = (int)a->ngram;
    /* the benchmarks: their n-grams and their functions' trees */
    for (i = 0; i < a->benchmarks.n; i++) {
        const char *spec = a->benchmarks.v[i], *eq = strchr(spec, '=');
        phi_bench_kind kind = PHI_BENCH_AUTO;
        if (nb == 8) {
            rc = cli_usage_error(cmd, "at most 8 --benchmark files");
            goto done;
        }
        if (eq && (size_t)(eq - spec) == 9 && !strncmp(spec, "humaneval", 9)) kind = PHI_BENCH_HUMANEVAL;
        else if (eq && (size_t)(eq - spec) == 4 && !strncmp(spec, "mbpp", 4)) kind = PHI_BENCH_MBPP;
        else if (eq) {
            rc = cli_bad_flag(cmd, "--benchmark", "'%.*s' is not humaneval or mbpp", (int)(eq - spec), spec);
            goto done;
        }
        if (phi_benchmark_load(&bench[nb++], eq ? eq + 1 : spec, kind) != PHI_OK) {
            rc = cli_fail(cmd, 1);
            goto done;
        }
    }
    if (phi_decontam_create(&dc, bench, nb, &o) != PHI_OK) {
        rc = cli_fail(cmd, 2);
        goto done;
    }
    info = phi_decontam_get_info(dc);
    if (info->items_unparsed || info->items_no_function)
        fprintf(stderr, "phi %s: %d benchmark items do not parse and %d hold no function, so no functions of them (the first: %s)\n",
                cmd, info->items_unparsed, info->items_no_function, info->first_problem);
    fprintf(stderr, "phi %s: %d benchmark items, %zu n-grams of %d words, %d functions; reading %s\n", cmd, info->items,
            info->ngrams, info->n, info->nrefs, a->data);
    if ((rc = dc_read_corpus(a, cmd, &mem, &s.docs, &s.ndocs)) != 0) goto done;
    /* every document, on the pool */
    if (phi_pool_create(&pool, (int)(a->threads > DC_MAX_THREADS ? DC_MAX_THREADS : a->threads)) != PHI_OK) {
        rc = cli_fail(cmd, 2);
        goto done;
    }
    workers = phi_pool_size(pool);
    s.dc = dc;
    s.refs = info->refs;
    s.res = (phi_decontam_result *)calloc((size_t)workers, sizeof *s.res);
    similar = (int64_t *)calloc((size_t)info->items * (size_t)s.ntau + 1, sizeof *similar);
    if (!s.res || !similar) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto done;
    }
    {
        phi_progress pr;
        size_t step = 256;
        cli_progress_start(&pr, "decontam", (double)s.ndocs);
        for (k = 0; k < s.ndocs && !s.err; k += step) { /* in slices, for the progress line */
            dc_scan part = s;
            part.docs = s.docs + k;
            part.ndocs = s.ndocs - k < step ? s.ndocs - k : step;
            phi_parallel_for(pool, part.ndocs, dc_range, &part);
            s.err = part.err;
            memcpy(s.errmsg, part.errmsg, sizeof s.errmsg);
            cli_progress(&pr, (double)(k + part.ndocs));
        }
        cli_progress_end(&pr, (double)s.ndocs);
    }
    if (s.err) {
        rc = cli_failf(cmd, 2, "%s", s.errmsg);
        goto done;
    }
    /* the outputs, in corpus order: the same bytes for any number of threads */
    {
        size_t nremoved = 0, nfunc = 0, nhits = 0, nunparsed = 0, nsmall = 0;
        phi_json_writer w;
        for (k = 0; k < s.ndocs; k++) {
            dc_doc *d = &s.docs[k];
            if (phi_buf_append(d->removed ? &removed : &clean, d->raw, d->raw_len + 1) || /* with its '\n' */
                phi_buf_append(&report, d->report.data ? d->report.data : "", d->report.len)) {
                rc = cli_failf(cmd, 2, "out of memory");
                goto done;
            }
            nremoved += (size_t)d->removed, nfunc += (size_t)d->functions, nhits += (size_t)d->ngram_hits;
            nunparsed += d->parse_failed > 0;
            for (j = 0; j < d->nm; j++) /* small functions' identical matches are reported, not counted */
                for (i = 0; i < s.ntau && !(d->m[j].small && (nsmall++, 1)); i++)
                    if (phi_decontam_sim_at_least(s.taus[i], d->m[j].ted, d->m[j].size, s.refs[d->m[j].ref].size))
                        similar[(size_t)s.refs[d->m[j].ref].item_no * (size_t)s.ntau + (size_t)i]++;
        }
        phi_jw_init(&w, &report, 0);
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "summary"), phi_jw_bool(&w, 1);
        phi_jw_key(&w, "documents"), phi_jw_int(&w, (int64_t)s.ndocs);
        phi_jw_key(&w, "removed"), phi_jw_int(&w, (int64_t)nremoved);
        phi_jw_key(&w, "unparsed"), phi_jw_int(&w, (int64_t)nunparsed);
        phi_jw_key(&w, "functions"), phi_jw_int(&w, (int64_t)nfunc);
        phi_jw_key(&w, "ngram_hits"), phi_jw_int(&w, (int64_t)nhits);
        phi_jw_key(&w, "small_matches"), phi_jw_int(&w, (int64_t)nsmall);
        phi_jw_key(&w, "ngram"), phi_jw_int(&w, info->n);
        phi_jw_key(&w, "labels"), phi_jw_str(&w, labels == PHI_TED_AST ? "ast" : "canonical");
        phi_jw_key(&w, "remove_at"), phi_jw_str(&w, a->remove_at);
        phi_jw_key(&w, "similar_items"); /* per tau: benchmark items with at least one similar function */
        phi_jw_begin_object(&w);
        for (i = 0; i < s.ntau; i++) {
            int64_t c = 0;
            for (j = 0; j < info->items; j++) c += similar[(size_t)j * (size_t)s.ntau + (size_t)i] > 0;
            phi_jw_key(&w, s.tau_text[i]), phi_jw_int(&w, c);
        }
        phi_jw_end_object(&w);
        phi_jw_key(&w, "items"); /* per item and tau: training functions similar */
        phi_jw_begin_object(&w);
        for (i = 0, j = 0; i < nb; i++)
            for (k = 0; k < bench[i].n; k++, j++) {
                int t;
                phi_jw_key(&w, bench[i].items[k].task_id);
                phi_jw_begin_object(&w);
                for (t = 0; t < s.ntau; t++) phi_jw_key(&w, s.tau_text[t]), phi_jw_int(&w, similar[(size_t)j * (size_t)s.ntau + (size_t)t]);
                phi_jw_end_object(&w);
            }
        phi_jw_end_object(&w);
        phi_jw_end_object(&w);
        if (phi_jw_finish(&w) != PHI_OK || phi_buf_append(&report, "\n", 1)) {
            rc = cli_failf(cmd, 2, "out of memory");
            goto done;
        }
        if (phi_dir_create(a->out) != PHI_OK) {
            rc = cli_fail(cmd, 2);
            goto done;
        }
        if ((rc = dc_write(cmd, a->out, "clean.jsonl", &clean)) || (rc = dc_write(cmd, a->out, "removed.jsonl", &removed)) ||
            (rc = dc_write(cmd, a->out, "report.jsonl", &report)))
            goto done;
        fprintf(stderr, "phi %s: %zu documents, %zu removed (%zu with n-gram hits), %zu functions, %zu did not parse; %s/report.jsonl\n",
                cmd, s.ndocs, nremoved, nhits ? nhits : 0, nfunc, nunparsed, a->out);
    }
done:
    for (k = 0; s.docs && k < s.ndocs; k++) free(s.docs[k].id), phi_buf_free(&s.docs[k].report), free(s.docs[k].m);
    free(s.docs);
    for (i = 0; s.res && i < workers; i++) phi_decontam_result_free(&s.res[i]);
    free(s.res), free(similar), free(taus);
    phi_pool_free(pool);
    phi_decontam_free(dc);
    for (i = 0; i < nb; i++) phi_benchmark_free(&bench[i]);
    phi_buf_free(&mem), phi_buf_free(&clean), phi_buf_free(&removed), phi_buf_free(&report);
    return rc;
}

int cmd_decontam(int argc, char **argv) {
    dc_args a;
    cli_flag f[16];
    cli_cmd c;
    char name[32];
    int sub, rc;
    phi_ted_labels labels = PHI_TED_CANONICAL;
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        dc_help(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (sub = 0; sub < 2 && strcmp(argv[1], dc_subs[sub]); sub++) {}
    if (sub == 2) return cli_usage_error("decontam", "unknown subcommand '%s'", argv[1]);
    memset(&a, 0, sizeof a);
    a.field = "text";
    a.ngram = PHI_DEFAULT_NGRAM_N;
    a.taus = "0.95,0.9,0.85,0.8";
    a.remove_at = "0.9";
    a.labels = "canonical";
    c = dc_cmd(sub, &a, f, name, sizeof name);
    if ((rc = cli_parse(&c, argc - 2, argv + 2)) != CLI_GO) return rc;
    if ((rc = dc_labels(c.name, a.labels, &labels)) != 0) {
    } else if (sub == 1) {
        rc = a.files.n != 2 ? cli_usage_error(c.name, "two files, A.py and B.py") : dc_pair(&a, c.name, labels);
    } else {
        rc = dc_scan_run(&a, c.name, labels);
    }
    cli_free(&c);
    return rc;
}
