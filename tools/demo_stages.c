/* demo_stages.c - the stages of `phi demo` that make something, 1 to 6 (the report, 7, is in
   cmd_demo.c, with the list of them all). */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE) && !defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L /* popen and lstat, which C99 alone does not declare */
#endif
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "demo.h"
#include "exercises.h"
#include "runlog.h"

#ifdef _WIN32 /* no symbolic links to skip */
#define demo_lstat stat
#else
#define demo_lstat lstat
#endif

/* ---- 1. corpus ---------------------------------------------------------------------------- */

static int demo_cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every .py file under dir, skipping the test suites and installed packages (not library code
   of the kind a textbook would show). */
static void demo_find_py(const char *dir, char ***paths, size_t *n, size_t *cap) {
    DIR *dh = opendir(dir);
    struct dirent *e;
    if (!dh) return;
    while ((e = readdir(dh)) != NULL) {
        char p[4096];
        struct stat sb;
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || !strcmp(e->d_name, "site-packages") || !strcmp(e->d_name, "test") ||
            !strcmp(e->d_name, "tests") || !strcmp(e->d_name, "dist-packages") || !strcmp(e->d_name, "__pycache__"))
            continue;
        if (snprintf(p, sizeof p, "%s/%s", dir, e->d_name) >= (int)sizeof p || demo_lstat(p, &sb) != 0) continue;
        if (S_ISDIR(sb.st_mode)) demo_find_py(p, paths, n, cap);
        else if (S_ISREG(sb.st_mode) && len > 3 && !strcmp(e->d_name + len - 3, ".py")) {
            if (*n == *cap) {
                char **q = (char **)realloc(*paths, (*cap = *cap ? 2 * *cap : 1024) * sizeof *q);
                if (!q) break;
                *paths = q;
            }
            if (((*paths)[*n] = (char *)malloc(strlen(p) + 1)) != NULL) strcpy((*paths)[(*n)++], p);
        }
    }
    closedir(dh);
}

/* Adds h to the open-addressing set (cap a power of two, 0 = empty slot); 0 if it was there. */
static int demo_set_add(uint64_t *set, size_t cap, uint64_t h) {
    size_t i = (size_t)h & (cap - 1);
    if (!h) h = 1;
    for (; set[i]; i = (i + 1) & (cap - 1))
        if (set[i] == h) return 0;
    set[i] = h;
    return 1;
}

/* The Python files of the standard library, sorted (the same corpus whatever order readdir
   gives), the first --tiny ones only; their root in root[4096]. */
static char **demo_stdlib(demo *d, char *root, size_t *n) {
    char cmd[4200], **paths = NULL;
    size_t cap = 0, i;
    FILE *p;
    *n = 0;
    snprintf(cmd, sizeof cmd, "%s -c \"import sysconfig; print(sysconfig.get_paths()['stdlib'])\"", d->python);
    if (!(p = popen(cmd, "r")) || !fgets(root, 4096, p) || (pclose(p), p = NULL, 0)) {
        if (p) pclose(p);
        demo_fail(d, 0, "cannot ask python3 where its standard library is");
        return NULL;
    }
    root[strcspn(root, "\r\n")] = 0;
    demo_find_py(root, &paths, n, &cap);
    if (!*n) {
        fprintf(stderr, "phi demo: no .py files under %s\n", root);
        free(paths);
        return NULL;
    }
    qsort(paths, *n, sizeof *paths, demo_cmp_str);
    if (d->corpus_files > 0 && *n > (size_t)d->corpus_files) {
        for (i = (size_t)d->corpus_files; i < *n; i++) free(paths[i]);
        *n = (size_t)d->corpus_files;
    }
    return paths;
}

int demo_corpus(demo *d) {
    char root[4096] = "", **paths;
    size_t n, i, kept = 0, dups = 0, bad = 0, bytes = 0, set_cap = 1024;
    uint64_t *seen;
    phi_buf file = {0};
    phi_jsonl_writer *w = NULL;
    cli_json sum;
    int rc = 0;
    if (!(paths = demo_stdlib(d, root, &n))) return 1;
    while (set_cap < 2 * n) set_cap *= 2;
    seen = (uint64_t *)calloc(set_cap, sizeof *seen);
    if (!seen || phi_file_write_atomic(d->path.corpus, "", 0) != PHI_OK || phi_jsonl_writer_open(&w, d->path.corpus, NULL) != PHI_OK)
        rc = 1;
    for (i = 0; !rc && i < n; i++) {
        phi_json_writer *jw;
        phi_status st;
        file.len = 0;
        if (phi_file_read(paths[i], &file) != PHI_OK || file.len == 0 || file.len > (1u << 20)) continue;
        if (!demo_set_add(seen, set_cap, phi_fnv1a(PHI_FNV1A_INIT, file.data, file.len))) { /* duplicates by content */
            dups++;
            continue;
        }
        jw = phi_jsonl_record(w);
        phi_jw_begin_object(jw);
        phi_jw_key(jw, "path");
        phi_jw_str(jw, paths[i] + strlen(root) + 1);
        phi_jw_key(jw, "text");
        phi_jw_strn(jw, file.data, file.len);
        phi_jw_end_object(jw);
        if ((st = phi_jsonl_commit(w)) == PHI_ERR_IO || st == PHI_ERR_NOMEM) rc = 1;
        else if (st != PHI_OK) bad++; /* not UTF-8: not text we can train on */
        else kept++, bytes += file.len;
    }
    if (phi_jsonl_writer_close(w) != PHI_OK || rc) rc = demo_fail(d, 0, "writing corpus.jsonl");
    else {
        demo_say(d, 0, "%zu Python files of %s: %zu kept (%.1f MB), %zu duplicates, %zu not UTF-8", n, root, kept, bytes / 1e6,
                 dups, bad);
        cli_json_begin(&sum);
        cli_json_int(&sum, "files", (int64_t)n);
        cli_json_int(&sum, "kept", (int64_t)kept);
        cli_json_int(&sum, "bytes", (int64_t)bytes);
        cli_json_int(&sum, "duplicates", (int64_t)dups);
        cli_json_int(&sum, "not_utf8", (int64_t)bad);
        rc = demo_mark_done(d, 0, &sum);
    }
    for (i = 0; i < n; i++) free(paths[i]);
    free(paths);
    free(seen);
    phi_buf_free(&file);
    return rc;
}

/* ---- 2. exercises ----------------------------------------------------------------------- */

/* Every exercise's own solution, run against its tests in the sandbox. One interpreter per
   program would spend minutes on Python's start-up alone, so they go in batches: one sandboxed
   python3 runs a batch's programs one after another, each in fresh globals, and prints a 1 or
   a 0 per program. A batch that does not run to its end (a hang, a crash, an exit) has its
   programs checked again one interpreter each. ok[i] is 1 when problem i passed. */
#define DEMO_BATCH 100

/* The program that runs problems b .. b+n-1 in one interpreter, into prog. */
static int demo_batch_program(const phi_eval_problems *ps, int b, int n, phi_buf *prog) {
    phi_buf one = {0};
    phi_json_writer w;
    int k, good = 1;
    prog->len = 0;
    phi_buf_printf(prog, "import sys\nPROGRAMS = [\n");
    for (k = 0; good && k < n; k++) { /* each program as a JSON string, which is a Python string literal too */
        const phi_eval_problem *p = &ps->items[b + k];
        one.len = 0;
        good = phi_eval_program(&one, p, p->solution, strlen(p->solution)) == PHI_OK;
        phi_jw_init(&w, prog, PHI_JSON_ASCII);
        phi_jw_strn(&w, one.data ? one.data : "", one.len);
        good = good && phi_jw_finish(&w) == PHI_OK && phi_buf_append(prog, ",\n", 2) == PHI_OK;
    }
    phi_buf_printf(prog, "]\nfor src in PROGRAMS:\n    try:\n        exec(compile(src, 'exercise', 'exec'), {'__name__': '__main__'})\n"
                         "        sys.stdout.write('1')\n    except BaseException:\n        sys.stdout.write('0')\n"
                         "sys.stdout.flush()\n");
    phi_buf_free(&one);
    return good;
}

/* The batch that did not finish: one interpreter per program. */
static int demo_check_one_by_one(const phi_eval_problems *ps, int b, int n, phi_eval_opts eo, unsigned char *ok) {
    phi_eval_samples ss;
    int k, good = 1;
    memset(&ss, 0, sizeof ss);
    for (k = 0; good && k < n; k++)
        good = phi_eval_samples_add(&ss, ps, ps->items[b + k].task_id, ps->items[b + k].solution,
                                    strlen(ps->items[b + k].solution)) == PHI_OK;
    eo.output = 0, eo.timeout = 5;
    good = good && phi_eval_run(ps, &ss, &eo) == PHI_OK;
    for (k = 0; good && k < n; k++) ok[b + k] = ss.items[k].result.status == PHI_EVAL_PASSED;
    phi_eval_samples_free(&ss);
    return good;
}

static int demo_check_solutions(demo *d, const phi_eval_problems *ps, unsigned char *ok) {
    phi_eval_opts eo;
    phi_buf prog = {0};
    int b, k, good = 1;
    memset(&eo, 0, sizeof eo);
    eo.workers = d->threads;
    eo.python = d->python;
    eo.output = 2 * DEMO_BATCH;
    eo.timeout = 10; /* CPU seconds for a batch (about half a second when nothing hangs) */
    for (b = 0; good && b < ps->n; b += DEMO_BATCH) {
        int n = ps->n - b < DEMO_BATCH ? ps->n - b : DEMO_BATCH;
        phi_eval_result r;
        memset(&r, 0, sizeof r);
        if (!demo_batch_program(ps, b, n, &prog) || phi_eval_run_program(prog.data, prog.len, &eo, &r) != PHI_OK) good = 0;
        else if (r.status == PHI_EVAL_PASSED && r.out_len == (size_t)n)
            for (k = 0; k < n; k++) ok[b + k] = r.out[k] == '1';
        else good = demo_check_one_by_one(ps, b, n, eo, ok);
        phi_eval_result_free(&r);
    }
    phi_buf_free(&prog);
    return good;
}

/* Keeps the lines of an exercise file whose solution passed its tests; *kept and *dropped
   count them. */
static int demo_verify(demo *d, const char *file, size_t *kept, size_t *dropped) {
    phi_eval_problems ps;
    phi_buf text = {0}, out = {0};
    unsigned char *ok = NULL;
    const char *line;
    int i = 0, good;
    memset(&ps, 0, sizeof ps);
    good = phi_eval_problems_load(&ps, file) == PHI_OK && phi_file_read(file, &text) == PHI_OK &&
           (ok = (unsigned char *)calloc((size_t)ps.n + 1, 1)) != NULL && demo_check_solutions(d, &ps, ok);
    *kept = *dropped = 0;
    for (line = text.data; good && line && *line && i < ps.n; i++) { /* the file's lines are the problems, in order */
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) + 1 : strlen(line);
        if (ok[i]) {
            phi_buf_append(&out, line, len);
            (*kept)++;
        } else {
            demo_say(d, 1, "dropped %s: its solution fails its tests", ps.items[i].task_id);
            (*dropped)++;
        }
        line += len;
    }
    good = good && i == ps.n && phi_file_write_atomic(file, out.data ? out.data : "", out.len) == PHI_OK;
    free(ok);
    phi_eval_problems_free(&ps);
    phi_buf_free(&text);
    phi_buf_free(&out);
    return good;
}

int demo_exercises(demo *d) {
    char err[512];
    size_t kt = 0, dt = 0, kh = 0, dh = 0;
    double t0 = phi_now();
    cli_json sum;
    if (ex_generate(d->seed, d->n_train, d->n_heldout, d->path.train, d->path.heldout, err, sizeof err) != 0) {
        demo_say(d, 1, "failed: %s", err);
        return 1;
    }
    demo_say(d, 1, "%d training and %d held-out exercises written; checking every solution against its tests", d->n_train,
             d->n_heldout);
    if (!demo_verify(d, d->path.train, &kt, &dt) || !demo_verify(d, d->path.heldout, &kh, &dh))
        return demo_fail(d, 1, "checking the solutions");
    demo_say(d, 1, "kept %zu training and %zu held-out exercises (%zu and %zu failed their tests), %.0f s", kt, kh, dt, dh,
             phi_now() - t0);
    cli_json_begin(&sum);
    cli_json_int(&sum, "train", (int64_t)kt);
    cli_json_int(&sum, "heldout", (int64_t)kh);
    cli_json_int(&sum, "dropped", (int64_t)(dt + dh));
    cli_json_num(&sum, "seconds", phi_now() - t0);
    return demo_mark_done(d, 1, &sum);
}

/* ---- 3. tokenizer ------------------------------------------------------------------------- */

int demo_tokenizer(demo *d) {
    static const char *special[] = {"<|endoftext|>"};
    cli_texts t;
    phi_tokenizer_train_opts o;
    phi_tokenizer *tok = NULL;
    const char **texts = NULL;
    cli_json sum;
    double t0 = phi_now();
    int rc = 0;
    memset(&t, 0, sizeof t);
    memset(&o, 0, sizeof o);
    if (!cli_texts_jsonl(&t, d->path.corpus, "text") || !cli_texts_jsonl(&t, d->path.train, "textbook") ||
        !(texts = cli_texts_array(&t))) {
        cli_texts_free(&t);
        return demo_fail(d, 2, "reading the corpus and the exercises");
    }
    o.vocab_size = d->vocab;
    o.special = special;
    o.num_special = 1;
    o.pool = d->pool;
    if (phi_tokenizer_train(&tok, &o, texts, t.len, t.n) != PHI_OK || phi_tokenizer_save(tok, d->path.tok_bin) != PHI_OK ||
        phi_tokenizer_save_json(tok, d->path.tok_json) != PHI_OK) {
        rc = demo_fail(d, 2, "training the tokenizer");
    } else {
        demo_say(d, 2, "%d tokens learnt from %zu texts (%.1f MB) in %.1f s", phi_tokenizer_vocab_size(tok), t.n, t.buf.len / 1e6,
                 phi_now() - t0);
        cli_json_begin(&sum);
        cli_json_int(&sum, "vocab", phi_tokenizer_vocab_size(tok));
        cli_json_int(&sum, "texts", (int64_t)t.n);
        cli_json_num(&sum, "seconds", phi_now() - t0);
        rc = demo_mark_done(d, 2, &sum);
    }
    phi_tokenizer_free(tok);
    free((void *)texts);
    cli_texts_free(&t);
    return rc;
}

/* ---- 4 and 5. pretraining and finetuning --------------------------------------------------- */

typedef struct demo_train_ctx {
    const demo *d;
    int stage;
    double t0;
    int every;
    int64_t start; /* the step it went on from */
    runlog log;    /* the loss curves: DIR/NAME/loss.csv and loss.svg, as phi train writes them */
} demo_train_ctx;

static int demo_on_step(void *user, const phi_train_stats *s) {
    demo_train_ctx *c = (demo_train_ctx *)user;
    if (!runlog_record(&c->log, s)) return 1;
    if (s->step % c->every == 0 || s->step == s->steps || s->val_loss == s->val_loss) {
        double eta = (phi_now() - c->t0) / (double)(s->step - c->start) * (double)(s->steps - s->step);
        char val[32] = "";
        if (s->val_loss == s->val_loss) snprintf(val, sizeof val, ", validation %.3f", s->val_loss);
        demo_say(c->d, c->stage, "step %lld/%lld: loss %.3f%s, %.0f tokens/s, %d:%02d left", (long long)s->step, (long long)s->steps,
                 s->loss, val, s->tokens_per_s, (int)(eta / 60), (int)eta % 60);
    }
    return cli_interrupted;
}

/* The model of DIR/NAME: its checkpoint, to go on from; else a new run from `init` (a
   checkpoint) or, when init is NULL, from scratch. */
static int demo_model(demo *d, int stage, const char *ckpt, const char *init, phi_model *m, int64_t *start) {
    if (phi_checkpoint_load(m, ckpt, d->pool, start, NULL) == PHI_OK) {
        demo_say(d, stage, "going on from %s at step %lld", ckpt, (long long)*start);
    } else if (init) {
        if (phi_model_load(m, init, d->pool) != PHI_OK) return demo_fail(d, stage, "loading the pretrained model");
        phi_model_reset_optimizer(m); /* the new task starts its own AdamW moments */
    } else {
        phi_config cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.vocab_size = d->vocab, cfg.num_layers = d->layers, cfg.hidden_size = d->dim, cfg.num_heads = d->heads;
        cfg.max_seq_len = 4 * d->seq; /* trained on windows of seq; longer prompts still run (rotary positions) */
        if (phi_model_create(m, &cfg, d->pool) != PHI_OK) return demo_fail(d, stage, "creating the model");
        phi_model_init(m, d->seed);
    }
    m->pool = d->pool;
    return 0;
}

/* Trains (or goes on training) DIR/NAME/checkpoint.bin on tokens[n] (mask may be NULL); a new
   model starts from `init` (a checkpoint) or, when init is NULL, from scratch. */
static int demo_train(demo *d, int stage, const char *name, const char *init, const int32_t *tokens, const unsigned char *mask,
                      size_t n, long long steps, float lr, float wd, float *val_loss) {
    char ckpt[DEMO_PATH + 32], dirp[DEMO_PATH];
    phi_model m;
    phi_dataset ds;
    phi_train_opts o;
    demo_train_ctx c;
    int64_t start = 0;
    phi_status st;
    demo_file(d, name, dirp);
    snprintf(ckpt, sizeof ckpt, "%s/checkpoint.bin", dirp);
    if (phi_dir_create(dirp) != PHI_OK) return demo_fail(d, stage, "creating its directory");
    if (demo_model(d, stage, ckpt, init, &m, &start)) return 1;
    if (phi_dataset_init(&ds, tokens, mask, n, d->seq, 0.05, d->seed) != PHI_OK) {
        phi_model_free(&m);
        return demo_fail(d, stage, "cutting the data into windows");
    }
    memset(&o, 0, sizeof o);
    o.batch = d->batch, o.steps = steps, o.optim.lr = lr, o.optim.weight_decay = wd, o.optim.warmup_steps = (int)(steps / 20);
    o.eval_every = (int)(steps / 5 > 0 ? steps / 5 : 1), o.ckpt_every = (int)(steps / 10 > 0 ? steps / 10 : 1), o.ckpt_path = ckpt;
    o.on_step = demo_on_step;
    o.user = &c;
    memset(&c, 0, sizeof c);
    c.d = d, c.stage = stage, c.t0 = phi_now(), c.start = start, c.every = (int)(steps / 20 > 0 ? steps / 20 : 1);
    runlog_init(&c.log, dirp, stage == 3 ? "pretraining: loss" : "finetuning: loss (solutions only)", start);
    runlog_load(&c.log, start);
    demo_say(d, stage, "%zu parameters (L=%d C=%d NH=%d V=%d), %zu tokens in %zu windows of %d; %lld steps of %d windows",
             m.num_params, m.cfg.num_layers, m.cfg.hidden_size, m.cfg.num_heads, m.cfg.vocab_size, n, ds.num_windows, d->seq,
             steps, d->batch);
    st = start < steps ? phi_train(&m, &ds, &o, start) : PHI_OK;
    if (st == PHI_OK) st = phi_model_eval_loss(&m, &ds, d->batch, 0, val_loss);
    phi_dataset_free(&ds);
    phi_model_free(&m);
    runlog_free(&c.log);
    if (st != PHI_OK) return demo_fail(d, stage, "training");
    return cli_interrupted ? 2 : 0;
}

/* A trained stage's summary: its validation loss and size. */
static int demo_trained(demo *d, int stage, float val, const char *what, size_t count, long long steps, double t0) {
    cli_json sum;
    cli_json_begin(&sum);
    cli_json_num(&sum, "val_loss", val);
    cli_json_int(&sum, what, (int64_t)count);
    cli_json_int(&sum, "steps", steps);
    cli_json_num(&sum, "seconds", phi_now() - t0);
    return demo_mark_done(d, stage, &sum);
}

int demo_pretrain(demo *d) {
    int32_t *tokens = NULL;
    size_t n = 0, docs = 0, books = 0;
    int rc, vocab;
    float val = 0;
    double t0 = phi_now();
    phi_ids loaded = {0};
    if (phi_tokens_load(&loaded, d->path.pre_tok, &vocab) == PHI_OK) {
        tokens = loaded.data, n = loaded.len;
    } else { /* tokenized once, kept */
        phi_ids_free(&loaded);
        phi_tokenizer *tok = NULL;
        phi_ids ids = {0};
        if (phi_tokenizer_load(&tok, d->path.tok_bin) != PHI_OK ||
            phi_tokens_from_jsonl(d->path.corpus, "text", tok, d->pool, &ids, &docs) != PHI_OK ||
            phi_tokens_from_jsonl(d->path.train, "textbook", tok, d->pool, &ids, &books) != PHI_OK ||
            phi_tokens_save(d->path.pre_tok, ids.data, ids.len, phi_tokenizer_vocab_size(tok)) != PHI_OK) {
            phi_tokenizer_free(tok);
            phi_ids_free(&ids);
            return demo_fail(d, 3, "tokenizing the corpus");
        }
        demo_say(d, 3, "%zu files and %zu textbook passages: %zu tokens (%.1f s)", docs, books, ids.len, phi_now() - t0);
        phi_tokenizer_free(tok);
        tokens = ids.data, n = ids.len;
    }
    rc = demo_train(d, 3, "pretrain", NULL, tokens, NULL, n, d->pre_steps, 2e-3f, 0.1f, &val);
    phi_free(tokens);
    if (rc) return rc;
    demo_say(d, 3, "done: validation loss %.3f", val);
    return demo_trained(d, 3, val, "tokens", n, d->pre_steps, t0);
}

int demo_finetune(demo *d) {
    phi_tokenizer *tok = NULL;
    phi_ids ids = {0};
    phi_buf mask = {0};
    size_t docs = 0;
    float val = 0;
    double t0 = phi_now();
    int rc;
    if (phi_tokenizer_load(&tok, d->path.tok_bin) != PHI_OK ||
        phi_tokens_from_exercises(d->path.train, "prompt", "canonical_solution", tok, 0, &ids, &mask, &docs) != PHI_OK) {
        phi_tokenizer_free(tok);
        return demo_fail(d, 4, "tokenizing the exercises");
    }
    phi_tokenizer_free(tok);
    demo_say(d, 4, "%zu exercises: %zu tokens, the loss on their solutions", docs, ids.len);
    rc = demo_train(d, 4, "finetune", d->path.pre_ckpt, ids.data, (const unsigned char *)mask.data, ids.len, d->ft_steps, 1e-3f,
                    0.01f, &val);
    phi_ids_free(&ids);
    phi_buf_free(&mask);
    if (rc) return rc;
    demo_say(d, 4, "done: validation loss %.3f (solutions only)", val);
    return demo_trained(d, 4, val, "exercises", docs, d->ft_steps, t0);
}

/* ---- 6. evaluation ---------------------------------------------------------------------- */

/* Greedy completions of every problem by the model at ckpt, run in the sandbox: pass@1. The
   verdicts go to DIR/results_LABEL.jsonl; *too_long (may be NULL) counts the prompts longer
   than the model's context. */
static int demo_pass1(demo *d, const char *ckpt, const phi_tokenizer *tok, const phi_eval_problems *ps, const char *label,
                      double *pass1, int *too_long) {
    phi_model m;
    phi_eval_samples ss;
    phi_eval_opts eo;
    phi_eval_gen_opts go;
    char name[256], path[DEMO_PATH];
    double t0 = phi_now();
    size_t i, passed = 0;
    int rc = 0, longer = 0;
    memset(&ss, 0, sizeof ss);
    memset(&eo, 0, sizeof eo);
    memset(&go, 0, sizeof go);
    if (phi_model_load(&m, ckpt, d->pool) != PHI_OK) return demo_fail(d, 5, "loading a model");
    go.max_new = 160; /* phi_eval_generate stops at <|endoftext|> itself */
    if (phi_eval_generate(&m, tok, ps, &go, &ss, &longer) != PHI_OK) rc = demo_fail(d, 5, "generating completions");
    phi_model_free(&m);
    if (!rc) demo_say(d, 5, "%s: %zu completions written in %.0f s; running their tests", label, ss.n, phi_now() - t0);
    eo.workers = d->threads;
    eo.python = d->python;
    if (!rc && phi_eval_run(ps, &ss, &eo) != PHI_OK) rc = demo_fail(d, 5, "running the tests");
    snprintf(name, sizeof name, "results_%s.jsonl", label);
    if (!rc && phi_eval_write_results(demo_file(d, name, path), ps, &ss) != PHI_OK) rc = demo_fail(d, 5, "writing the results");
    for (i = 0; i < ss.n; i++) passed += ss.items[i].result.status == PHI_EVAL_PASSED;
    *pass1 = ss.n ? (double)passed / (double)ss.n : 0;
    if (too_long) *too_long = longer;
    if (!rc)
        demo_say(d, 5, "%s: pass@1 %.1f%% (%zu of %zu), %.0f s%s", label, 100 * *pass1, passed, ss.n, phi_now() - t0,
                 longer ? " (prompts longer than the context count as failures)" : "");
    phi_eval_samples_free(&ss);
    return rc;
}

/* Losses of the pretrained and the finetuned model on the held-out exercises' solutions. */
static int demo_heldout_losses(demo *d, const phi_tokenizer *tok, float *pre, float *ft) {
    phi_ids ids = {0};
    phi_buf mask = {0};
    phi_model m;
    int ok = phi_tokens_from_exercises(d->path.heldout, "prompt", "canonical_solution", tok, 0, &ids, &mask, NULL) == PHI_OK, which;
    for (which = 0; ok && which < 2; which++) {
        ok = phi_model_load(&m, which ? d->path.ft_ckpt : d->path.pre_ckpt, d->pool) == PHI_OK;
        if (ok) {
            ok = phi_model_stream_loss(&m, ids.data, (const unsigned char *)mask.data, ids.len, d->seq, d->batch,
                                       which ? ft : pre) == PHI_OK;
            phi_model_free(&m);
        }
    }
    phi_ids_free(&ids);
    phi_buf_free(&mask);
    return ok;
}

int demo_evaluate(demo *d) {
    phi_tokenizer *tok = NULL;
    phi_eval_problems ps, he;
    cli_json sum;
    double pre = 0, ft = 0, he_pre = -1, he_ft = -1, t0 = phi_now();
    int too_long = 0, he_long = 0, rc = 0;
    float l_pre = 0, l_ft = 0;
    memset(&ps, 0, sizeof ps);
    memset(&he, 0, sizeof he);
    if (phi_tokenizer_load(&tok, d->path.tok_bin) != PHI_OK || phi_eval_problems_load(&ps, d->path.heldout) != PHI_OK)
        rc = demo_fail(d, 5, "loading the tokenizer and the held-out exercises");
    else if (!demo_heldout_losses(d, tok, &l_pre, &l_ft)) rc = demo_fail(d, 5, "measuring the held-out loss");
    else demo_say(d, 5, "loss on the held-out solutions: pretrained %.3f, finetuned %.3f", l_pre, l_ft);
    if (!rc) rc = demo_pass1(d, d->path.pre_ckpt, tok, &ps, "pretrained", &pre, &too_long);
    if (!rc) rc = demo_pass1(d, d->path.ft_ckpt, tok, &ps, "finetuned", &ft, NULL);
    if (!rc && d->humaneval) {
        if (phi_eval_problems_load(&he, d->humaneval) != PHI_OK) rc = demo_fail(d, 5, "loading --humaneval");
        if (!rc) rc = demo_pass1(d, d->path.pre_ckpt, tok, &he, "humaneval_pretrained", &he_pre, &he_long);
        if (!rc) rc = demo_pass1(d, d->path.ft_ckpt, tok, &he, "humaneval_finetuned", &he_ft, NULL);
    }
    if (!rc) {
        cli_json_begin(&sum);
        cli_json_int(&sum, "heldout", ps.n);
        cli_json_num(&sum, "pass1_pretrained", pre);
        cli_json_num(&sum, "pass1_finetuned", ft);
        cli_json_num(&sum, "loss_pretrained", l_pre);
        cli_json_num(&sum, "loss_finetuned", l_ft);
        cli_json_int(&sum, "humaneval", he.n);
        cli_json_num(&sum, "humaneval_pass1_pretrained", he_pre);
        cli_json_num(&sum, "humaneval_pass1_finetuned", he_ft);
        cli_json_int(&sum, "too_long", too_long);
        cli_json_int(&sum, "humaneval_too_long", he_long);
        cli_json_num(&sum, "seconds", phi_now() - t0);
        rc = demo_mark_done(d, 5, &sum);
    }
    phi_eval_problems_free(&ps);
    phi_eval_problems_free(&he);
    phi_tokenizer_free(tok);
    return rc;
}
