/* demo.h - `phi demo`: the recipe of "Textbooks Are All You Need" end to end, on this machine,
   with nothing to download. Part of tools/phi.c (included there, after exercises.h).

   The stages, each resumable (a finished stage leaves DIR/stages/NAME.json and is skipped
   when the demo runs again; the training stages also go on from their last checkpoint):
     1. corpus     the machine's own Python standard library, deduplicated by content: the
                   stand-in for The Stack (phi-1 filtered it down to "textbook quality" code)
     2. exercises  textbook-style exercises from tools/exercises.h, each solution checked by
                   running its tests in the sandbox; split into training and held-out sets
                   that share no function name or parameter combination: CodeExercises
     3. tokenizer  byte-level BPE trained on the corpus and the exercises
     4. pretrain   a small phi model on the corpus plus the exercises' textbook passages:
                   CodeTextbook
     5. finetune   on the training exercises, the loss on the solutions only
     6. evaluate   pass@1 (greedy) on the held-out exercises, before and after finetuning,
                   and on HumanEval when --humaneval FILE is given
     7. report     DIR/report.md with its SVG plots, and the same table on the terminal

   The sizes scale with --minutes (10 by default): the step counts are fixed when the demo
   first runs (DIR/plan.json), so that a resumed run trains exactly as an uninterrupted one. */

#include <dirent.h>
#ifdef _WIN32 /* no symbolic links to skip */
#define demo_lstat stat
#else
#define demo_lstat lstat
#endif

typedef struct demo {
    const char *dir, *humaneval, *python;
    double minutes;
    uint64_t seed;
    int threads, tiny;
    phi_pool *pool;
    double t0;
    /* the plan (DIR/plan.json) */
    int n_train, n_heldout, vocab, layers, dim, heads, seq, batch, corpus_files;
    long long pre_steps, ft_steps;
} demo;

static const char *demo_stage_names[] = {"corpus", "exercises", "tokenizer", "pretrain", "finetune", "evaluate", "report"};
#define DEMO_STAGES 7

/* DIR/name in one of a few rotating buffers (a call may hold two or three paths at once). */
static const char *demo_path(const demo *d, const char *name) {
    static char buf[6][4096];
    static int next;
    char *p = buf[next++ % 6];
    snprintf(p, sizeof buf[0], "%s/%s", d->dir, name);
    return p;
}

static int demo_say(const demo *d, int stage, const char *fmt, ...) PHI__PRINTF(3, 4);
static int demo_say(const demo *d, int stage, const char *fmt, ...) {
    va_list ap;
    double t = phi_now() - d->t0;
    fprintf(stderr, "[%2d:%02d] %d/%d %-9s ", (int)(t / 60), (int)t % 60, stage + 1, DEMO_STAGES, demo_stage_names[stage]);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return 0;
}

static int demo_fail(const demo *d, int stage, const char *what) {
    demo_say(d, stage, "failed: %s%s%s", what, *phi_errmsg() ? ": " : "", phi_errmsg());
    return 1;
}

/* A finished stage: its summary (a JSON object) in DIR/stages/NAME.json. */
static int demo_stage_done(const demo *d, int stage, phi_json_doc *summary) {
    char name[128];
    phi_buf text = {0};
    int ok;
    snprintf(name, sizeof name, "stages/%s.json", demo_stage_names[stage]);
    if (phi_file_read(demo_path(d, name), &text) != PHI_OK) return 0;
    ok = phi_json_parse(summary, text.data, text.len, NULL) == PHI_OK && summary->root->type == PHI_JSON_OBJECT;
    phi_buf_free(&text);
    return ok;
}

static int demo_mark_done(const demo *d, int stage, phi_buf *summary) {
    char name[128];
    snprintf(name, sizeof name, "stages/%s.json", demo_stage_names[stage]);
    return phi_buf_append(summary, "\n", 1) == PHI_OK && phi_file_write_atomic(demo_path(d, name), summary->data, summary->len) == PHI_OK;
}

static double demo_num(const phi_json_doc *doc, const char *key) {
    const phi_json *v = doc->root ? phi_json_get(doc->root, key) : NULL;
    return !v ? 0 : v->type == PHI_JSON_INT ? (double)v->u.i : v->type == PHI_JSON_DOUBLE ? v->u.d : 0;
}

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

static uint64_t demo_hash(const char *s, size_t n) { /* FNV-1a, 64 bits: duplicates by content */
    uint64_t h = 14695981039346656037ull;
    size_t i;
    for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
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

static int demo_corpus(demo *d) {
    char cmd[4200], root[4096] = "";
    char **paths = NULL;
    size_t n = 0, cap = 0, i, kept = 0, dups = 0, bad = 0, bytes = 0;
    uint64_t *seen;
    size_t set_cap = 1024;
    phi_buf out = {0}, file = {0}, sum = {0};
    phi_json_writer w;
    FILE *p;
    int rc = 0;
    snprintf(cmd, sizeof cmd, "%s -c \"import sysconfig; print(sysconfig.get_paths()['stdlib'])\"", d->python);
    if (!(p = popen(cmd, "r")) || !fgets(root, sizeof root, p) || (pclose(p), p = NULL, 0)) {
        if (p) pclose(p);
        return demo_fail(d, 0, "cannot ask python3 where its standard library is");
    }
    root[strcspn(root, "\r\n")] = 0;
    demo_find_py(root, &paths, &n, &cap);
    if (!n) {
        fprintf(stderr, "phi demo: no .py files under %s\n", root);
        return 1;
    }
    qsort(paths, n, sizeof *paths, demo_cmp_str); /* the same corpus whatever order readdir gives */
    if (d->corpus_files > 0 && n > (size_t)d->corpus_files) { /* --tiny: the first files only */
        for (i = (size_t)d->corpus_files; i < n; i++) free(paths[i]);
        n = (size_t)d->corpus_files;
    }
    while (set_cap < 2 * n) set_cap *= 2;
    seen = (uint64_t *)calloc(set_cap, sizeof *seen);
    for (i = 0; seen && i < n; i++) {
        uint64_t h;
        size_t at = out.len;
        file.len = 0;
        if (phi_file_read(paths[i], &file) != PHI_OK || file.len == 0 || file.len > (1u << 20)) continue;
        h = demo_hash(file.data, file.len);
        if (!demo_set_add(seen, set_cap, h)) {
            dups++;
            continue;
        }
        phi_jw_init(&w, &out, 0);
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "path");
        phi_jw_str(&w, paths[i] + strlen(root) + 1);
        phi_jw_key(&w, "text");
        phi_jw_strn(&w, file.data, file.len);
        phi_jw_end_object(&w);
        if (phi_jw_finish(&w) != PHI_OK) { /* not UTF-8: not text we can train on */
            out.len = at;
            bad++;
            continue;
        }
        phi_buf_append(&out, "\n", 1);
        kept++;
        bytes += file.len;
    }
    if (!seen || phi_file_write_atomic(demo_path(d, "corpus.jsonl"), out.data, out.len) != PHI_OK) rc = demo_fail(d, 0, "writing corpus.jsonl");
    else {
        demo_say(d, 0, "%zu Python files of %s: %zu kept (%.1f MB), %zu duplicates, %zu not UTF-8", n, root, kept, bytes / 1e6,
                 dups, bad);
        phi_buf_printf(&sum, "{\"files\":%zu,\"kept\":%zu,\"bytes\":%zu,\"duplicates\":%zu,\"not_utf8\":%zu}", n, kept, bytes, dups, bad);
        if (!demo_mark_done(d, 0, &sum)) rc = demo_fail(d, 0, "writing its summary");
    }
    for (i = 0; i < n; i++) free(paths[i]);
    free(paths);
    free(seen);
    phi_buf_free(&out);
    phi_buf_free(&file);
    phi_buf_free(&sum);
    return rc;
}

/* ---- 3. tokenizer ------------------------------------------------------------------------- */

/* The strings of field in every record of a JSONL file, appended to texts (NUL-terminated
   copies in one buffer; offsets until the buffer stops moving). */
typedef struct demo_texts {
    phi_buf buf;
    size_t *off, *len, n, cap;
} demo_texts;

static int demo_texts_add(demo_texts *t, const char *path, const char *field) {
    phi_jsonl_reader *r;
    const phi_json *v;
    phi_status st;
    if (phi_jsonl_open_path(&r, path, NULL) != PHI_OK) return 0;
    while ((st = phi_jsonl_next(r, &v)) == PHI_OK) {
        const phi_json *s = phi_json_get(v, field);
        if (!s || s->type != PHI_JSON_STRING) continue;
        if (t->n == t->cap) {
            t->cap = t->cap ? 2 * t->cap : 1024;
            t->off = (size_t *)realloc(t->off, t->cap * sizeof(size_t));
            t->len = (size_t *)realloc(t->len, t->cap * sizeof(size_t));
            if (!t->off || !t->len) break;
        }
        t->off[t->n] = t->buf.len;
        t->len[t->n++] = s->len;
        if (phi_buf_append(&t->buf, s->u.s, s->len + 1) != PHI_OK) break; /* with its NUL */
    }
    phi_jsonl_close(r);
    return st == PHI_END;
}

static void demo_texts_free(demo_texts *t) {
    phi_buf_free(&t->buf);
    free(t->off);
    free(t->len);
}

static int demo_tokenizer(demo *d) {
    static const char *special[] = {"<|endoftext|>"};
    demo_texts t;
    phi_tokenizer_train_opts o;
    phi_tokenizer *tok = NULL;
    const char **texts = NULL;
    phi_buf sum = {0};
    double t0 = phi_now();
    size_t i;
    int rc = 0;
    memset(&t, 0, sizeof t);
    memset(&o, 0, sizeof o);
    if (!demo_texts_add(&t, demo_path(d, "corpus.jsonl"), "text") || !demo_texts_add(&t, demo_path(d, "exercises_train.jsonl"), "textbook") ||
        !(texts = (const char **)malloc((t.n + 1) * sizeof *texts))) {
        demo_texts_free(&t);
        return demo_fail(d, 2, "reading the corpus and the exercises");
    }
    for (i = 0; i < t.n; i++) texts[i] = t.buf.data + t.off[i];
    o.vocab_size = d->vocab;
    o.special = special;
    o.num_special = 1;
    o.pool = d->pool;
    if (phi_tokenizer_train(&tok, &o, texts, t.len, t.n) != PHI_OK || phi_tokenizer_save(tok, demo_path(d, "tokenizer.bin")) != PHI_OK ||
        phi_tokenizer_save_json(tok, demo_path(d, "tokenizer.json")) != PHI_OK) {
        rc = demo_fail(d, 2, "training the tokenizer");
    } else {
        demo_say(d, 2, "%d tokens learnt from %zu texts (%.1f MB) in %.1f s", phi_tokenizer_vocab_size(tok), t.n, t.buf.len / 1e6,
                 phi_now() - t0);
        phi_buf_printf(&sum, "{\"vocab\":%d,\"texts\":%zu,\"seconds\":%.2f}", phi_tokenizer_vocab_size(tok), t.n, phi_now() - t0);
        if (!demo_mark_done(d, 2, &sum)) rc = demo_fail(d, 2, "writing its summary");
    }
    phi_tokenizer_free(tok);
    free((void *)texts);
    demo_texts_free(&t);
    phi_buf_free(&sum);
    return rc;
}

/* ---- 4 and 5. pretraining and finetuning --------------------------------------------------- */

typedef struct demo_train_ctx {
    const demo *d;
    int stage;
    double t0;
    int every;
    int64_t start; /* the step it went on from */
    train_run run; /* the loss curves: DIR/NAME/loss.csv and loss.svg, as phi train writes them */
} demo_train_ctx;

static int demo_on_step(void *user, const phi_train_stats *s) {
    demo_train_ctx *c = (demo_train_ctx *)user;
    if (!record_step(&c->run, s)) return 1;
    if (s->step % c->every == 0 || s->step == s->steps || s->val_loss == s->val_loss) {
        double eta = (phi_now() - c->t0) / (double)(s->step - c->start) * (double)(s->steps - s->step);
        char val[32] = "";
        if (s->val_loss == s->val_loss) snprintf(val, sizeof val, ", validation %.3f", s->val_loss);
        demo_say(c->d, c->stage, "step %lld/%lld: loss %.3f%s, %.0f tokens/s, %d:%02d left", (long long)s->step, (long long)s->steps,
                 s->loss, val, s->tokens_per_s, (int)(eta / 60), (int)eta % 60);
    }
    return interrupted;
}

/* Trains (or goes on training) DIR/NAME/checkpoint.bin on tokens[n] (mask may be NULL); a new
   model starts from `init` (a checkpoint) or, when init is NULL, from scratch. */
static int demo_train(demo *d, int stage, const char *name, const char *init, const int32_t *tokens, const unsigned char *mask,
                      size_t n, long long steps, float lr, float wd, float *val_loss) {
    char ckpt[4096], dirp[4000];
    phi_model m;
    phi_dataset ds;
    phi_train_opts o;
    demo_train_ctx c;
    int64_t start = 0;
    phi_status st;
    snprintf(dirp, sizeof dirp, "%s/%s", d->dir, name);
    snprintf(ckpt, sizeof ckpt, "%s/checkpoint.bin", dirp);
    if (phi_dir_create(dirp) != PHI_OK) return demo_fail(d, stage, "creating its directory");
    if (phi_checkpoint_load(&m, ckpt, d->pool, &start, NULL) == PHI_OK) {
        demo_say(d, stage, "going on from %s at step %lld", ckpt, (long long)start);
    } else if (init) {
        if (phi_checkpoint_load(&m, init, d->pool, NULL, NULL) != PHI_OK) return demo_fail(d, stage, "loading the pretrained model");
        if (m.m) memset(m.m, 0, m.num_params * sizeof(float)); /* fresh AdamW moments for the new task */
        if (m.v) memset(m.v, 0, m.num_params * sizeof(float));
    } else {
        phi_config cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.vocab_size = d->vocab, cfg.num_layers = d->layers, cfg.hidden_size = d->dim, cfg.num_heads = d->heads;
        cfg.max_seq_len = 4 * d->seq; /* trained on windows of seq; longer prompts still run (rotary positions) */
        if (phi_model_create(&m, &cfg, d->pool) != PHI_OK) return demo_fail(d, stage, "creating the model");
        phi_model_init(&m, d->seed);
    }
    m.pool = d->pool;
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
    snprintf(c.run.csv_path, sizeof c.run.csv_path, "%s/loss.csv", dirp);
    snprintf(c.run.svg_path, sizeof c.run.svg_path, "%s/loss.svg", dirp);
    c.run.title = stage == 3 ? "pretraining: loss" : "finetuning: loss (solutions only)";
    c.run.first_step = c.run.last_ckpt = start;
    read_loss_csv(&c.run, start);
    demo_say(d, stage, "%zu parameters (L=%d C=%d NH=%d V=%d), %zu tokens in %zu windows of %d; %lld steps of %d windows",
             m.num_params, m.cfg.num_layers, m.cfg.hidden_size, m.cfg.num_heads, m.cfg.vocab_size, n, ds.num_windows, d->seq,
             steps, d->batch);
    st = start < steps ? phi_train(&m, &ds, &o, start) : PHI_OK;
    if (st == PHI_OK) st = phi_model_eval_loss(&m, &ds, d->batch, 0, val_loss);
    phi_dataset_free(&ds);
    phi_model_free(&m);
    free(c.run.rows);
    if (st != PHI_OK) return demo_fail(d, stage, "training");
    return interrupted ? 2 : 0;
}

static int demo_pretrain(demo *d) {
    int32_t *tokens = NULL;
    size_t n = 0, docs = 0, books = 0;
    int rc, vocab;
    float val = 0;
    double t0 = phi_now();
    phi_buf sum = {0};
    phi_ids loaded = {0};
    if (phi_tokens_load(&loaded, demo_path(d, "pretrain.tok"), &vocab) == PHI_OK) {
        tokens = loaded.data, n = loaded.len;
    } else { /* tokenized once, kept */
        phi_ids_free(&loaded);
        phi_tokenizer *tok = NULL;
        phi_ids ids = {0};
        if (phi_tokenizer_load(&tok, demo_path(d, "tokenizer.bin")) != PHI_OK ||
            phi_tokens_from_jsonl(demo_path(d, "corpus.jsonl"), "text", tok, d->pool, &ids, &docs) != PHI_OK ||
            phi_tokens_from_jsonl(demo_path(d, "exercises_train.jsonl"), "textbook", tok, d->pool, &ids, &books) != PHI_OK ||
            phi_tokens_save(demo_path(d, "pretrain.tok"), ids.data, ids.len, phi_tokenizer_vocab_size(tok)) != PHI_OK) {
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
    phi_buf_printf(&sum, "{\"val_loss\":%.6f,\"tokens\":%zu,\"steps\":%lld,\"seconds\":%.1f}", val, n, d->pre_steps, phi_now() - t0);
    rc = demo_mark_done(d, 3, &sum) ? 0 : demo_fail(d, 3, "writing its summary");
    phi_buf_free(&sum);
    return rc;
}

static int demo_finetune(demo *d) {
    phi_tokenizer *tok = NULL;
    phi_ids ids = {0};
    phi_buf mask = {0}, sum = {0};
    size_t docs = 0;
    float val = 0;
    double t0 = phi_now();
    int rc;
    if (phi_tokenizer_load(&tok, demo_path(d, "tokenizer.bin")) != PHI_OK ||
        phi_tokens_from_exercises(demo_path(d, "exercises_train.jsonl"), "prompt", "canonical_solution", tok, 0, &ids, &mask, &docs) !=
            PHI_OK) {
        phi_tokenizer_free(tok);
        return demo_fail(d, 4, "tokenizing the exercises");
    }
    phi_tokenizer_free(tok);
    demo_say(d, 4, "%zu exercises: %zu tokens, the loss on their solutions", docs, ids.len);
    rc = demo_train(d, 4, "finetune", demo_path(d, "pretrain/checkpoint.bin"), ids.data, (const unsigned char *)mask.data, ids.len,
                    d->ft_steps, 1e-3f, 0.01f, &val);
    phi_ids_free(&ids);
    phi_buf_free(&mask);
    if (rc) return rc;
    demo_say(d, 4, "done: validation loss %.3f (solutions only)", val);
    phi_buf_printf(&sum, "{\"val_loss\":%.6f,\"exercises\":%zu,\"steps\":%lld,\"seconds\":%.1f}", val, docs, d->ft_steps,
                   phi_now() - t0);
    rc = demo_mark_done(d, 4, &sum) ? 0 : demo_fail(d, 4, "writing its summary");
    phi_buf_free(&sum);
    return rc;
}

/* ---- 6. evaluation ---------------------------------------------------------------------- */

/* Greedy completions of every problem by the model at ckpt, run in the sandbox: pass@1. The
   verdicts go to DIR/results_LABEL.jsonl. */
static int demo_pass1(demo *d, const char *ckpt, const phi_tokenizer *tok, const phi_eval_problems *ps, const char *label,
                      double *pass1, double *seconds, int *too_long) {
    phi_model m;
    phi_eval_samples ss;
    phi_eval_opts eo;
    phi_eval_gen_opts go;
    char name[256];
    double t0 = phi_now();
    size_t i, passed = 0;
    int rc = 0;
    memset(&ss, 0, sizeof ss);
    memset(&eo, 0, sizeof eo);
    memset(&go, 0, sizeof go);
    if (phi_checkpoint_load(&m, ckpt, d->pool, NULL, NULL) != PHI_OK) return demo_fail(d, 5, "loading a model");
    go.max_new = 160;
    go.sample.stop_token = phi_tokenizer_token_id(tok, "<|endoftext|>", 13);
    go.sample.has_stop_token = go.sample.stop_token >= 0;
    if (phi_eval_generate(&m, tok, ps, &go, &ss, too_long) != PHI_OK) rc = demo_fail(d, 5, "generating completions");
    phi_model_free(&m);
    if (!rc) demo_say(d, 5, "%s: %zu completions written in %.0f s; running their tests", label, ss.n, phi_now() - t0);
    eo.workers = d->threads;
    eo.python = d->python;
    if (!rc && phi_eval_run(ps, &ss, &eo) != PHI_OK) rc = demo_fail(d, 5, "running the tests");
    snprintf(name, sizeof name, "results_%s.jsonl", label);
    if (!rc && phi_eval_write_results(demo_path(d, name), ps, &ss) != PHI_OK) rc = demo_fail(d, 5, "writing the results");
    for (i = 0; i < ss.n; i++) passed += ss.items[i].result.status == PHI_EVAL_PASSED;
    *pass1 = ss.n ? (double)passed / (double)ss.n : 0;
    *seconds = phi_now() - t0;
    if (!rc)
        demo_say(d, 5, "%s: pass@1 %.1f%% (%zu of %zu), %.0f s%s", label, 100 * *pass1, passed, ss.n, *seconds,
                 *too_long ? " (prompts longer than the context count as failures)" : "");
    phi_eval_samples_free(&ss);
    return rc;
}

/* Losses of the pretrained and the finetuned model on the held-out exercises' solutions. */
static int demo_heldout_losses(demo *d, const phi_tokenizer *tok, float *pre, float *ft) {
    phi_ids ids = {0};
    phi_buf mask = {0};
    phi_model m;
    int ok = phi_tokens_from_exercises(demo_path(d, "exercises_heldout.jsonl"), "prompt", "canonical_solution", tok, 0, &ids, &mask,
                                       NULL) == PHI_OK, which;
    for (which = 0; ok && which < 2; which++) {
        ok = phi_checkpoint_load(&m, demo_path(d, which ? "finetune/checkpoint.bin" : "pretrain/checkpoint.bin"), d->pool, NULL, NULL) ==
             PHI_OK;
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

static int demo_evaluate(demo *d) {
    phi_tokenizer *tok = NULL;
    phi_eval_problems ps, he;
    phi_buf sum = {0};
    double pre = 0, ft = 0, he_pre = -1, he_ft = -1, s1 = 0, s2 = 0, t0 = phi_now();
    int long1 = 0, long2 = 0, he_long = 0;
    float l_pre = 0, l_ft = 0;
    int rc = 0;
    memset(&ps, 0, sizeof ps);
    memset(&he, 0, sizeof he);
    if (phi_tokenizer_load(&tok, demo_path(d, "tokenizer.bin")) != PHI_OK ||
        phi_eval_problems_load(&ps, demo_path(d, "exercises_heldout.jsonl")) != PHI_OK)
        return demo_fail(d, 5, "loading the tokenizer and the held-out exercises");
    if (!demo_heldout_losses(d, tok, &l_pre, &l_ft)) rc = demo_fail(d, 5, "measuring the held-out loss");
    else demo_say(d, 5, "loss on the held-out solutions: pretrained %.3f, finetuned %.3f", l_pre, l_ft);
    if (!rc) rc = demo_pass1(d, demo_path(d, "pretrain/checkpoint.bin"), tok, &ps, "pretrained", &pre, &s1, &long1);
    if (!rc) rc = demo_pass1(d, demo_path(d, "finetune/checkpoint.bin"), tok, &ps, "finetuned", &ft, &s2, &long2);
    if (!rc && d->humaneval) {
        if (phi_eval_problems_load(&he, d->humaneval) != PHI_OK) rc = demo_fail(d, 5, "loading --humaneval");
        if (!rc) rc = demo_pass1(d, demo_path(d, "pretrain/checkpoint.bin"), tok, &he, "humaneval_pretrained", &he_pre, &s1, &he_long);
        if (!rc) rc = demo_pass1(d, demo_path(d, "finetune/checkpoint.bin"), tok, &he, "humaneval_finetuned", &he_ft, &s1, &he_long);
    }
    if (!rc) {
        phi_buf_printf(&sum, "{\"heldout\":%d,\"pass1_pretrained\":%.6f,\"pass1_finetuned\":%.6f,\"loss_pretrained\":%.6f,"
                             "\"loss_finetuned\":%.6f,\"humaneval\":%d,\"humaneval_pass1_pretrained\":%.6f,\"humaneval_pass1_finetuned\":%.6f,"
                             "\"too_long\":%d,\"humaneval_too_long\":%d,\"seconds\":%.1f}",
                       ps.n, pre, ft, l_pre, l_ft, he.n, he_pre, he_ft, long1, he_long, phi_now() - t0);
        if (!demo_mark_done(d, 5, &sum)) rc = demo_fail(d, 5, "writing its summary");
    }
    phi_buf_free(&sum);
    phi_eval_problems_free(&ps);
    phi_eval_problems_free(&he);
    phi_tokenizer_free(tok);
    return rc;
}

/* ---- 2. exercises ----------------------------------------------------------------------- */

/* Every exercise's own solution, run against its tests in the sandbox. One interpreter per
   program would spend minutes on Python's start-up alone, so they go in batches: one sandboxed
   python3 runs a batch's programs one after another, each in fresh globals, and prints a 1 or
   a 0 per program. A batch that does not run to its end (a hang, a crash, an exit) has its
   programs checked again one interpreter each. ok[i] is 1 when problem i passed. */
#define DEMO_BATCH 100
static int demo_check_solutions(demo *d, const phi_eval_problems *ps, unsigned char *ok) {
    phi_eval_opts eo;
    phi_buf prog = {0}, one = {0};
    phi_json_writer w;
    int b, k, good = 1;
    memset(&eo, 0, sizeof eo);
    eo.workers = d->threads;
    eo.python = d->python;
    eo.output = 2 * DEMO_BATCH;
    eo.timeout = 10; /* CPU seconds for a batch (about half a second when nothing hangs) */
    for (b = 0; good && b < ps->n; b += DEMO_BATCH) {
        int n = ps->n - b < DEMO_BATCH ? ps->n - b : DEMO_BATCH;
        phi_eval_result r;
        prog.len = 0;
        phi_buf_printf(&prog, "import sys\nPROGRAMS = [\n");
        for (k = 0; good && k < n; k++) { /* each program as a JSON string, which is a Python string literal too */
            const phi_eval_problem *p = &ps->items[b + k];
            one.len = 0;
            good = phi_eval_program(&one, p, p->solution, strlen(p->solution)) == PHI_OK;
            phi_jw_init(&w, &prog, PHI_JSON_ASCII);
            phi_jw_strn(&w, one.data ? one.data : "", one.len);
            good = good && phi_jw_finish(&w) == PHI_OK && phi_buf_append(&prog, ",\n", 2) == PHI_OK;
        }
        phi_buf_printf(&prog, "]\nfor src in PROGRAMS:\n    try:\n        exec(compile(src, 'exercise', 'exec'), {'__name__': '__main__'})\n"
                              "        sys.stdout.write('1')\n    except BaseException:\n        sys.stdout.write('0')\n"
                              "sys.stdout.flush()\n");
        memset(&r, 0, sizeof r);
        if (!good || phi_eval_run_program(prog.data, prog.len, &eo, &r) != PHI_OK) good = 0;
        else if (r.status == PHI_EVAL_PASSED && r.out_len == (size_t)n) {
            for (k = 0; k < n; k++) ok[b + k] = r.out[k] == '1';
        } else { /* the batch did not finish: one interpreter per program */
            phi_eval_samples ss;
            memset(&ss, 0, sizeof ss);
            for (k = 0; good && k < n; k++)
                good = phi_eval_samples_add(&ss, ps, ps->items[b + k].task_id, ps->items[b + k].solution,
                                            strlen(ps->items[b + k].solution)) == PHI_OK;
            eo.output = 0, eo.timeout = 5;
            good = good && phi_eval_run(ps, &ss, &eo) == PHI_OK;
            eo.output = 2 * DEMO_BATCH, eo.timeout = 10;
            for (k = 0; good && k < n; k++) ok[b + k] = ss.items[k].result.status == PHI_EVAL_PASSED;
            phi_eval_samples_free(&ss);
        }
        phi_eval_result_free(&r);
    }
    phi_buf_free(&prog);
    phi_buf_free(&one);
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

static int demo_exercises(demo *d) {
    char err[512];
    size_t kt = 0, dt = 0, kh = 0, dh = 0;
    double t0 = phi_now();
    phi_buf sum = {0};
    int rc = 0;
    if (ex_generate(d->seed, d->n_train, d->n_heldout, demo_path(d, "exercises_train.jsonl"), demo_path(d, "exercises_heldout.jsonl"),
                    err, sizeof err) != 0) {
        demo_say(d, 1, "failed: %s", err);
        return 1;
    }
    demo_say(d, 1, "%d training and %d held-out exercises written; checking every solution against its tests", d->n_train,
             d->n_heldout);
    if (!demo_verify(d, demo_path(d, "exercises_train.jsonl"), &kt, &dt) || !demo_verify(d, demo_path(d, "exercises_heldout.jsonl"), &kh, &dh))
        return demo_fail(d, 1, "checking the solutions");
    demo_say(d, 1, "kept %zu training and %zu held-out exercises (%zu and %zu failed their tests), %.0f s", kt, kh, dt, dh, phi_now() - t0);
    phi_buf_printf(&sum, "{\"train\":%zu,\"heldout\":%zu,\"dropped\":%zu,\"seconds\":%.1f}", kt, kh, dt + dh, phi_now() - t0);
    if (!demo_mark_done(d, 1, &sum)) rc = demo_fail(d, 1, "writing its summary");
    phi_buf_free(&sum);
    return rc;
}

/* ---- 7. report --------------------------------------------------------------------------- */

static int write_svg_bars(const char *path, const char *title, const char *const *labels, const double *values, int n) {
    const double W = 480, H = 320, L = 60, TOP = 40, BOT = 50;
    double top = 0, bw;
    phi_buf b = {0};
    int i, k, ok;
    for (i = 0; i < n; i++)
        if (values[i] > top) top = values[i];
    top = top > 0 ? top * 1.15 : 1;
    bw = (W - L - 20) / n;
    phi_buf_printf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-family=\"sans-serif\" "
                       "font-size=\"12\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", W, H);
    phi_buf_printf(&b, "<text x=\"%.0f\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">%s</text>\n", W / 2, title);
    for (k = 0; k <= 4; k++) {
        double y = TOP + (H - TOP - BOT) * k / 4;
        phi_buf_printf(&b, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", L, y, W - 20, y);
        phi_buf_printf(&b, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%.1f%%</text>\n", L - 6, y + 4, 100 * top * (4 - k) / 4);
    }
    for (i = 0; i < n; i++) {
        double h = (H - TOP - BOT) * values[i] / top, x = L + bw * i + bw * 0.2;
        phi_buf_printf(&b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n", x, H - BOT - h, bw * 0.6, h,
                       i % 2 ? "#2ca02c" : "#1f77b4");
        phi_buf_printf(&b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.1f%%</text>\n", x + bw * 0.3, H - BOT - h - 6, 100 * values[i]);
        phi_buf_printf(&b, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%s</text>\n", x + bw * 0.3, H - BOT + 18, labels[i]);
    }
    phi_buf_printf(&b, "</svg>\n");
    ok = b.data && phi_file_write_atomic(path, b.data, b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}

static int demo_report(demo *d) {
    phi_json_doc s[6];
    phi_buf md = {0}, table = {0};
    const char *labels[4] = {"pretrained", "finetuned", "HumanEval pre", "HumanEval fine"};
    double bars[4];
    int i, rc = 0, he;
    memset(s, 0, sizeof s);
    for (i = 0; i < 6; i++)
        if (!demo_stage_done(d, i, &s[i])) {
            demo_say(d, 6, "failed: stage %s has no summary", demo_stage_names[i]);
            rc = 1;
        }
    if (rc) goto done;
    he = (int)demo_num(&s[5], "humaneval");
    bars[0] = demo_num(&s[5], "pass1_pretrained"), bars[1] = demo_num(&s[5], "pass1_finetuned");
    bars[2] = demo_num(&s[5], "humaneval_pass1_pretrained"), bars[3] = demo_num(&s[5], "humaneval_pass1_finetuned");
    phi_buf_printf(&table, "| | pretrained | finetuned |\n|---|---|---|\n");
    phi_buf_printf(&table, "| pass@1, %d held-out exercises (greedy) | %.1f%% | %.1f%% |\n", (int)demo_num(&s[5], "heldout"),
                   100 * bars[0], 100 * bars[1]);
    phi_buf_printf(&table, "| loss on the held-out solutions (nats/token) | %.3f | %.3f |\n", demo_num(&s[5], "loss_pretrained"),
                   demo_num(&s[5], "loss_finetuned"));
    if (he)
        phi_buf_printf(&table, "| pass@1, HumanEval (%d problems, greedy%s) | %.1f%% | %.1f%% |\n", he,
                       demo_num(&s[5], "humaneval_too_long") > 0 ? "; prompts longer than the context fail" : "", 100 * bars[2],
                       100 * bars[3]);
    phi_buf_printf(&table, "| validation loss of its own training data | %.3f | %.3f (solutions) |\n", demo_num(&s[3], "val_loss"),
                   demo_num(&s[4], "val_loss"));
    phi_buf_printf(&md, "# phi demo: the recipe end to end\n\nseed %llu, --minutes %g, %s, phi.h %s\n\n## Result\n\n%s\n",
                   (unsigned long long)d->seed, d->minutes, phi_cpu_features(), PHI_VERSION_STRING, table.data);
    phi_buf_printf(&md, "![pass@1](pass1.svg)\n\n![pretraining loss](pretrain/loss.svg)\n![finetuning loss](finetune/loss.svg)\n\n");
    phi_buf_printf(&md, "## The stages\n\n| stage | what it made | seconds |\n|---|---|---|\n");
    phi_buf_printf(&md, "| 1. corpus | %d Python files of this machine's standard library (%.1f MB), %d duplicates dropped | |\n",
                   (int)demo_num(&s[0], "kept"), demo_num(&s[0], "bytes") / 1e6, (int)demo_num(&s[0], "duplicates"));
    phi_buf_printf(&md, "| 2. exercises | %d training, %d held-out; every solution passed its tests (%d dropped) | %.0f |\n",
                   (int)demo_num(&s[1], "train"), (int)demo_num(&s[1], "heldout"), (int)demo_num(&s[1], "dropped"),
                   demo_num(&s[1], "seconds"));
    phi_buf_printf(&md, "| 3. tokenizer | byte-level BPE, %d tokens | %.0f |\n", (int)demo_num(&s[2], "vocab"), demo_num(&s[2], "seconds"));
    phi_buf_printf(&md, "| 4. pretraining | L=%d C=%d NH=%d T=%d, %d steps of %d windows over %.1fM tokens | %.0f |\n", d->layers,
                   d->dim, d->heads, d->seq, (int)demo_num(&s[3], "steps"), d->batch, demo_num(&s[3], "tokens") / 1e6,
                   demo_num(&s[3], "seconds"));
    phi_buf_printf(&md, "| 5. finetuning | %d steps on %d exercises, loss on the solutions | %.0f |\n", (int)demo_num(&s[4], "steps"),
                   (int)demo_num(&s[4], "exercises"), demo_num(&s[4], "seconds"));
    phi_buf_printf(&md, "| 6. evaluation | greedy completions of the held-out prompts%s by both models, run in the sandbox | %.0f |\n",
                   he ? " and HumanEval's" : "", demo_num(&s[5], "seconds"));
    phi_buf_printf(&md, "\nArtifacts: corpus.jsonl, exercises_*.jsonl, tokenizer.bin (and tokenizer.json), pretrain/ and finetune/ "
                        "(checkpoint.bin, loss.csv), results_*.jsonl (every completion and its verdict).\n");
    if (!write_svg_bars(demo_path(d, "pass1.svg"), "pass@1 (greedy)", labels, bars, he ? 4 : 2) ||
        phi_file_write_atomic(demo_path(d, "report.md"), md.data, md.len) != PHI_OK) {
        rc = demo_fail(d, 6, "writing the report");
        goto done;
    }
    printf("\n%s\nreport: %s\n", table.data, demo_path(d, "report.md"));
done:
    for (i = 0; i < 6; i++) phi_json_doc_free(&s[i]);
    phi_buf_free(&md);
    phi_buf_free(&table);
    return rc;
}

/* ---- the command -------------------------------------------------------------------------- */

static const char *usage_demo =
    "usage: phi demo [--workdir DIR] [--minutes M] [--seed S] [--humaneval FILE] [--threads N] [--python PATH] [--tiny]\n"
    "\n"
    "Runs the recipe of \"Textbooks Are All You Need\" end to end on this machine, with no network:\n"
    "  1. corpus     this machine's Python standard library, deduplicated (the stand-in for The Stack)\n"
    "  2. exercises  generated textbook-style exercises, every solution checked by its tests,\n"
    "                split into training and held-out sets\n"
    "  3. tokenizer  byte-level BPE trained on both\n"
    "  4. pretrain   a small phi model on the corpus and the exercises' textbook passages\n"
    "  5. finetune   on the training exercises (loss on the solutions)\n"
    "  6. evaluate   pass@1 on the held-out exercises, before and after finetuning (and on\n"
    "                HumanEval with --humaneval FILE), every program run in the sandbox\n"
    "  7. report     DIR/report.md with SVG plots, and its table here\n"
    "Running it again goes on where it stopped: finished stages are skipped, training resumes\n"
    "from its last checkpoint (Ctrl-C stops cleanly).\n"
    "\n"
    "  --workdir DIR   where everything goes (default demo)\n"
    "  --minutes M     about how long it takes on 2 cores; sizes the training (default 10)\n"
    "  --seed S        exercises, initialisation and data order (default 1)\n"
    "  --humaneval F   also evaluate on this HumanEval JSONL file\n"
    "  --threads N     worker threads (default: all CPUs)\n"
    "  --tiny          a toy size that runs in seconds (for tests; its figures mean nothing)\n"
    "  --python PATH   the interpreter for the corpus and the tests (default /usr/bin/python3\n"
    "                  when there is one, else python3)\n"
    "\n"
    "exit status: 0 done, 1 a stage failed, 2 usage error\n";

/* The plan: written on the first run, read back on later ones, so that a resumed demo trains
   exactly as one that never stopped. */
static int demo_plan(demo *d) {
    phi_json_doc doc;
    phi_buf b = {0};
    const char *path = demo_path(d, "plan.json");
    memset(&doc, 0, sizeof doc);
    if (phi_file_read(path, &b) == PHI_OK && phi_json_parse(&doc, b.data, b.len, NULL) == PHI_OK && doc.root->type == PHI_JSON_OBJECT) {
        d->seed = (uint64_t)demo_num(&doc, "seed"), d->minutes = demo_num(&doc, "minutes");
        d->n_train = (int)demo_num(&doc, "train"), d->n_heldout = (int)demo_num(&doc, "heldout");
        d->vocab = (int)demo_num(&doc, "vocab"), d->layers = (int)demo_num(&doc, "layers"), d->dim = (int)demo_num(&doc, "dim");
        d->heads = (int)demo_num(&doc, "heads"), d->seq = (int)demo_num(&doc, "seq"), d->batch = (int)demo_num(&doc, "batch");
        d->pre_steps = (long long)demo_num(&doc, "pretrain_steps"), d->ft_steps = (long long)demo_num(&doc, "finetune_steps");
        d->corpus_files = (int)demo_num(&doc, "corpus_files");
        phi_json_doc_free(&doc);
        phi_buf_free(&b);
        fprintf(stderr, "phi demo: going on with %s (seed %llu, --minutes %g)\n", path, (unsigned long long)d->seed, d->minutes);
        return d->n_train > 0 && d->layers > 0 && d->pre_steps > 0 ? 0 : 1;
    }
    phi_json_doc_free(&doc);
    b.len = 0;
    /* sized for about --minutes on two cores (measured on a 2-core AMD EPYC, ~12k tokens/s):
       pretraining about a third of it, finetuning a ninth: room for a slower or busier machine */
    d->n_train = 2000, d->n_heldout = 200;
    d->vocab = 4096, d->layers = 4, d->dim = 192, d->heads = 6, d->seq = 256, d->batch = 8;
    d->pre_steps = (long long)(120 * d->minutes), d->ft_steps = (long long)(40 * d->minutes);
    if (d->pre_steps < 10) d->pre_steps = 10;
    if (d->ft_steps < 10) d->ft_steps = 10;
    if (d->tiny) { /* the whole pipeline in seconds, for tests: the figures mean nothing */
        d->n_train = 60, d->n_heldout = 10, d->corpus_files = 40, d->vocab = 512, d->layers = 1, d->dim = 32, d->heads = 2;
        d->seq = 64, d->batch = 4, d->pre_steps = 30, d->ft_steps = 20;
    }
    phi_buf_printf(&b, "{\"seed\":%llu,\"minutes\":%g,\"train\":%d,\"heldout\":%d,\"vocab\":%d,\"layers\":%d,\"dim\":%d,\"heads\":%d,"
                       "\"seq\":%d,\"batch\":%d,\"pretrain_steps\":%lld,\"finetune_steps\":%lld,\"corpus_files\":%d}\n",
                   (unsigned long long)d->seed, d->minutes, d->n_train, d->n_heldout, d->vocab, d->layers, d->dim, d->heads, d->seq,
                   d->batch, d->pre_steps, d->ft_steps, d->corpus_files);
    if (phi_file_write_atomic(path, b.data, b.len) != PHI_OK) {
        fprintf(stderr, "phi demo: %s\n", phi_errmsg());
        phi_buf_free(&b);
        return 1;
    }
    phi_buf_free(&b);
    return 0;
}

static int cmd_demo(int argc, char **argv) {
    static int (*const stages[DEMO_STAGES])(demo *) = {demo_corpus, demo_exercises, demo_tokenizer, demo_pretrain,
                                                         demo_finetune, demo_evaluate, demo_report};
    demo d;
    int i, rc = 0;
    memset(&d, 0, sizeof d);
    d.dir = "demo", d.minutes = 10, d.seed = 1;
    /* the system's interpreter when there is one: a per-user one (pyenv, a virtualenv under a home
       directory) is often out of reach of the sandbox's unprivileged uid */
    d.python = access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
    for (i = 1; i < argc; i++) {
        const char *f = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        char *end = NULL;
        if (!strcmp(f, "-h") || !strcmp(f, "--help")) {
            fputs(usage_demo, stdout);
            return 0;
        }
        if (!strcmp(f, "--tiny")) {
            d.tiny = 1;
            continue;
        }
        if (!v || f[0] != '-') {
            fprintf(stderr, "phi demo: %s: %s (try 'phi demo --help')\n", f, v ? "unexpected" : "needs a value");
            return 2;
        }
        i++;
        if (!strcmp(f, "--workdir")) d.dir = v;
        else if (!strcmp(f, "--humaneval")) d.humaneval = v;
        else if (!strcmp(f, "--python")) d.python = v;
        else if (!strcmp(f, "--minutes")) d.minutes = strtod(v, &end);
        else if (!strcmp(f, "--seed")) d.seed = strtoull(v, &end, 10);
        else if (!strcmp(f, "--threads")) d.threads = (int)strtol(v, &end, 10);
        else {
            fprintf(stderr, "phi demo: unknown option '%s' (try 'phi demo --help')\n", f);
            return 2;
        }
        if (end && (end == v || *end || !(d.minutes > 0) || d.threads < 0)) {
            fprintf(stderr, "phi demo: %s: '%s' is not a valid number\n", f, v);
            return 2;
        }
    }
    if (phi_dir_create(d.dir) != PHI_OK || phi_dir_create(demo_path(&d, "stages")) != PHI_OK) {
        fprintf(stderr, "phi demo: %s\n", phi_errmsg());
        return 2;
    }
    if (demo_plan(&d) || phi_pool_create(&d.pool, d.threads) != PHI_OK) return 1;
    d.t0 = phi_now();
    signal(SIGINT, on_interrupt);
    fprintf(stderr, "phi demo: %s, %d threads, working in %s/\n", phi_cpu_features(), phi_pool_size(d.pool), d.dir);
    for (i = 0; i < DEMO_STAGES && !rc; i++) {
        phi_json_doc done;
        memset(&done, 0, sizeof done);
        if (i < DEMO_STAGES - 1 && demo_stage_done(&d, i, &done)) demo_say(&d, i, "done before, skipped");
        else rc = stages[i](&d);
        phi_json_doc_free(&done);
        if (interrupted && !rc) rc = 2;
    }
    if (rc == 2) fprintf(stderr, "phi demo: interrupted; run it again to go on\n");
    else if (!rc) fprintf(stderr, "phi demo: finished in %.1f minutes\n", (phi_now() - d.t0) / 60);
    phi_pool_free(d.pool);
    return rc ? 1 : 0;
}
