/* phi demo: the recipe of "Textbooks Are All You Need" end to end, on this machine, with
   nothing to download.

   The stages, each resumable (a finished stage leaves DIR/stages/NAME.json and is skipped
   when the demo runs again; the training stages also go on from their last checkpoint), run
   in this order (1 to 6 in demo_stages.c, 7 here):
     1. corpus     the machine's own Python standard library, deduplicated by content: the
                   stand-in for The Stack (phi-1 filtered it down to "textbook quality" code)
     2. exercises  textbook-style exercises from exercises.c, each solution checked by
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
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "demo.h"
#include "runlog.h"

const char *const demo_stage_names[DEMO_STAGES] = {"corpus", "exercises", "tokenizer", "pretrain", "finetune", "evaluate", "report"};

/* ---- what the stages share -------------------------------------------------------------- */

const char *demo_file(const demo *d, const char *name, char *buf) {
    snprintf(buf, DEMO_PATH, "%s/%s", d->dir, name);
    return buf;
}

void demo_say(const demo *d, int stage, const char *fmt, ...) {
    va_list ap;
    double t = phi_now() - d->t0;
    fprintf(stderr, "[%2d:%02d] %d/%d %-9s ", (int)(t / 60), (int)t % 60, stage + 1, DEMO_STAGES, demo_stage_names[stage]);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int demo_fail(const demo *d, int stage, const char *what) {
    demo_say(d, stage, "failed: %s%s%s", what, *phi_errmsg() ? ": " : "", phi_errmsg());
    return 1;
}

static const char *demo_summary_path(const demo *d, int stage, char *buf) {
    char name[64];
    snprintf(name, sizeof name, "stages/%s.json", demo_stage_names[stage]);
    return demo_file(d, name, buf);
}

int demo_stage_done(const demo *d, int stage, phi_json_doc *summary) {
    char path[DEMO_PATH];
    phi_buf text = {0};
    int ok;
    if (phi_file_read(demo_summary_path(d, stage, path), &text) != PHI_OK) return 0;
    ok = phi_json_parse(summary, text.data, text.len, NULL) == PHI_OK && summary->root->type == PHI_JSON_OBJECT;
    phi_buf_free(&text);
    return ok;
}

int demo_mark_done(const demo *d, int stage, cli_json *summary) {
    char path[DEMO_PATH];
    return cli_json_save(summary, demo_summary_path(d, stage, path)) ? 0 : demo_fail(d, stage, "writing its summary");
}

double demo_num(const phi_json_doc *doc, const char *key) {
    const phi_json *v = doc->root ? phi_json_get(doc->root, key) : NULL;
    return !v ? 0 : v->type == PHI_JSON_INT ? (double)v->u.i : v->type == PHI_JSON_DOUBLE ? v->u.d : 0;
}

/* ---- 7. report --------------------------------------------------------------------------- */

/* The result table, the same in report.md and on the terminal; bars[4] gets pass@1 of each
   model on the held-out exercises and on HumanEval. */
static void demo_table(const phi_json_doc *s, phi_buf *table, double *bars, int he) {
    bars[0] = demo_num(&s[5], "pass1_pretrained"), bars[1] = demo_num(&s[5], "pass1_finetuned");
    bars[2] = demo_num(&s[5], "humaneval_pass1_pretrained"), bars[3] = demo_num(&s[5], "humaneval_pass1_finetuned");
    phi_buf_printf(table, "| | pretrained | finetuned |\n|---|---|---|\n");
    phi_buf_printf(table, "| pass@1, %d held-out exercises (greedy) | %.1f%% | %.1f%% |\n", (int)demo_num(&s[5], "heldout"),
                   100 * bars[0], 100 * bars[1]);
    phi_buf_printf(table, "| loss on the held-out solutions (nats/token) | %.3f | %.3f |\n", demo_num(&s[5], "loss_pretrained"),
                   demo_num(&s[5], "loss_finetuned"));
    if (he)
        phi_buf_printf(table, "| pass@1, HumanEval (%d problems, greedy%s) | %.1f%% | %.1f%% |\n", he,
                       demo_num(&s[5], "humaneval_too_long") > 0 ? "; prompts longer than the context fail" : "", 100 * bars[2],
                       100 * bars[3]);
    phi_buf_printf(table, "| validation loss of its own training data | %.3f | %.3f (solutions) |\n", demo_num(&s[3], "val_loss"),
                   demo_num(&s[4], "val_loss"));
}

/* report.md: the table, the plots, and what each stage made. */
static void demo_markdown(const demo *d, const phi_json_doc *s, const phi_buf *table, int he, phi_buf *md) {
    phi_buf_printf(md, "# phi demo: the recipe end to end\n\nseed %llu, --minutes %g, %s, phi.h %s\n\n## Result\n\n%s\n",
                   (unsigned long long)d->seed, d->minutes, phi_cpu_features(), PHI_VERSION_STRING, table->data);
    phi_buf_printf(md, "![pass@1](pass1.svg)\n\n![pretraining loss](pretrain/loss.svg)\n![finetuning loss](finetune/loss.svg)\n\n");
    phi_buf_printf(md, "## The stages\n\n| stage | what it made | seconds |\n|---|---|---|\n");
    phi_buf_printf(md, "| 1. corpus | %d Python files of this machine's standard library (%.1f MB), %d duplicates dropped | |\n",
                   (int)demo_num(&s[0], "kept"), demo_num(&s[0], "bytes") / 1e6, (int)demo_num(&s[0], "duplicates"));
    phi_buf_printf(md, "| 2. exercises | %d training, %d held-out; every solution passed its tests (%d dropped) | %.0f |\n",
                   (int)demo_num(&s[1], "train"), (int)demo_num(&s[1], "heldout"), (int)demo_num(&s[1], "dropped"),
                   demo_num(&s[1], "seconds"));
    phi_buf_printf(md, "| 3. tokenizer | byte-level BPE, %d tokens | %.0f |\n", (int)demo_num(&s[2], "vocab"),
                   demo_num(&s[2], "seconds"));
    phi_buf_printf(md, "| 4. pretraining | L=%d C=%d NH=%d T=%d, %d steps of %d windows over %.1fM tokens | %.0f |\n", d->layers,
                   d->dim, d->heads, d->seq, (int)demo_num(&s[3], "steps"), d->batch, demo_num(&s[3], "tokens") / 1e6,
                   demo_num(&s[3], "seconds"));
    phi_buf_printf(md, "| 5. finetuning | %d steps on %d exercises, loss on the solutions | %.0f |\n", (int)demo_num(&s[4], "steps"),
                   (int)demo_num(&s[4], "exercises"), demo_num(&s[4], "seconds"));
    phi_buf_printf(md, "| 6. evaluation | greedy completions of the held-out prompts%s by both models, run in the sandbox | %.0f |\n",
                   he ? " and HumanEval's" : "", demo_num(&s[5], "seconds"));
    phi_buf_printf(md, "\nArtifacts: corpus.jsonl, exercises_*.jsonl, tokenizer.bin (and tokenizer.json), pretrain/ and finetune/ "
                       "(checkpoint.bin, loss.csv), results_*.jsonl (every completion and its verdict).\n");
}

static int demo_report(demo *d) {
    static const char *const labels[4] = {"pretrained", "finetuned", "HumanEval pre", "HumanEval fine"};
    phi_json_doc s[DEMO_STAGES - 1];
    phi_buf md = {0}, table = {0};
    double bars[4], x[4] = {0, 1, 2, 3};
    svg_series bar;
    svg_chart chart;
    int i, rc = 0, he;
    memset(s, 0, sizeof s);
    for (i = 0; i < DEMO_STAGES - 1; i++)
        if (!demo_stage_done(d, i, &s[i])) {
            demo_say(d, 6, "failed: stage %s has no summary", demo_stage_names[i]);
            rc = 1;
        }
    if (!rc) {
        he = (int)demo_num(&s[5], "humaneval");
        demo_table(s, &table, bars, he);
        demo_markdown(d, s, &table, he, &md);
        memset(&bar, 0, sizeof bar);
        bar.x = x, bar.y = bars, bar.n = he ? 4 : 2;
        memset(&chart, 0, sizeof chart);
        chart.title = "pass@1 (greedy)", chart.series = &bar, chart.ns = 1, chart.bars = labels;
        if (!svg_write(d->path.pass1, &chart) || phi_file_write_atomic(d->path.report, md.data, md.len) != PHI_OK)
            rc = demo_fail(d, 6, "writing the report");
        else printf("\n%s\nreport: %s\n", table.data, d->path.report);
    }
    for (i = 0; i < DEMO_STAGES - 1; i++) phi_json_doc_free(&s[i]);
    phi_buf_free(&md);
    phi_buf_free(&table);
    return rc;
}

/* ---- the plan ----------------------------------------------------------------------------- */

/* The plan's whole numbers, as plan.json names them (seed and minutes are written apart). */
typedef struct demo_plan_field {
    const char *key;
    int *i;          /* an int of the plan, or ... */
    long long *ll;   /* ... a step count */
} demo_plan_field;

static int demo_plan_fields(demo *d, demo_plan_field *f) {
    const demo_plan_field t[] = {{"train", &d->n_train, NULL},    {"heldout", &d->n_heldout, NULL},
                                 {"vocab", &d->vocab, NULL},      {"layers", &d->layers, NULL},
                                 {"dim", &d->dim, NULL},          {"heads", &d->heads, NULL},
                                 {"seq", &d->seq, NULL},          {"batch", &d->batch, NULL},
                                 {"pretrain_steps", NULL, &d->pre_steps}, {"finetune_steps", NULL, &d->ft_steps},
                                 {"corpus_files", &d->corpus_files, NULL}};
    memcpy(f, t, sizeof t);
    return (int)(sizeof t / sizeof t[0]);
}

/* The plan read back from DIR/plan.json: 0, 1 when it is not usable, -1 when there is none. */
static int demo_plan_read(demo *d) {
    demo_plan_field f[16];
    phi_json_doc doc;
    phi_buf b = {0};
    int rc = -1, i, n = demo_plan_fields(d, f);
    memset(&doc, 0, sizeof doc);
    if (phi_file_read(d->path.plan, &b) == PHI_OK && phi_json_parse(&doc, b.data, b.len, NULL) == PHI_OK &&
        doc.root->type == PHI_JSON_OBJECT) {
        d->seed = (uint64_t)demo_num(&doc, "seed"), d->minutes = demo_num(&doc, "minutes");
        for (i = 0; i < n; i++)
            if (f[i].i) *f[i].i = (int)demo_num(&doc, f[i].key);
            else *f[i].ll = (long long)demo_num(&doc, f[i].key);
        fprintf(stderr, "phi demo: going on with %s (seed %llu, --minutes %g)\n", d->path.plan, (unsigned long long)d->seed, d->minutes);
        rc = d->n_train > 0 && d->layers > 0 && d->pre_steps > 0 ? 0 : 1;
    }
    phi_json_doc_free(&doc);
    phi_buf_free(&b);
    return rc;
}

/* The plan: written on the first run, read back on later ones, so that a resumed demo trains
   exactly as one that never stopped. */
static int demo_plan(demo *d) {
    demo_plan_field f[16];
    cli_json b;
    int rc = demo_plan_read(d), i, n = demo_plan_fields(d, f);
    if (rc >= 0) return rc;
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
    cli_json_begin(&b);
    cli_json_u64(&b, "seed", d->seed);
    cli_json_num(&b, "minutes", d->minutes);
    for (i = 0; i < n; i++) cli_json_int(&b, f[i].key, f[i].i ? *f[i].i : *f[i].ll);
    return cli_json_save(&b, d->path.plan) ? 0 : cli_fail("demo", 1);
}

/* ---- the command -------------------------------------------------------------------------- */

static int demo_args(demo *d, int argc, char **argv) {
    int rc;
    cli_flag flags[] = {
        {.name = "--workdir", .type = CLI_STR, .var = &d->dir, .meta = "DIR", .help = "where everything goes"},
        {.name = "--minutes", .type = CLI_DOUBLE, .var = &d->minutes, .meta = "M",
         .help = "about how long it takes on 2 cores; sizes the training"},
        {.name = "--seed", .type = CLI_U64, .var = &d->seed, .meta = "S", .help = "exercises, initialisation and data order"},
        {.name = "--humaneval", .type = CLI_STR, .var = &d->humaneval, .meta = "F", .help = "also evaluate on this HumanEval JSONL file"},
        {.name = "--threads", .type = CLI_INT, .var = &d->threads, .meta = "N", CLI_AT_LEAST(0), .dflt = "all CPUs",
         .help = "worker threads"},
        {.name = "--tiny", .type = CLI_SWITCH, .var = &d->tiny,
         .help = "a toy size that runs in seconds (for tests; its figures mean nothing)"},
        {.name = "--python", .type = CLI_STR, .var = &d->python, .meta = "PATH",
         .help = "the interpreter for the corpus and the tests (/usr/bin/python3 when there\nis one, else python3)"},
        {.name = NULL}};
    cli_cmd c = {
        .name = "demo",
        .usage = "phi demo [--workdir DIR] [--minutes M] [--seed S] [--humaneval FILE] [--threads N] [--python PATH] [--tiny]",
        .about = "Runs the recipe of \"Textbooks Are All You Need\" end to end on this machine, with no network:\n"
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
                 "from its last checkpoint (Ctrl-C stops cleanly).\n",
        .flags = flags, .footer = "exit status: 0 done, 1 a stage failed, 2 usage error"};
    d->dir = "demo", d->minutes = 10, d->seed = 1;
    /* the system's interpreter when there is one: a per-user one (pyenv, a virtualenv under a home
       directory) is often out of reach of the sandbox's unprivileged uid */
    d->python = access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
    if ((rc = cli_parse(&c, argc - 1, argv + 1)) != CLI_GO) return rc;
    if (!(d->minutes > 0)) return cli_bad_flag(c.name, "--minutes", "'%g' is not a number of minutes (more than 0)", d->minutes);
    return CLI_GO;
}

/* The files, all in DIR. */
static void demo_paths(demo *d) {
    demo_file(d, "corpus.jsonl", d->path.corpus);
    demo_file(d, "exercises_train.jsonl", d->path.train);
    demo_file(d, "exercises_heldout.jsonl", d->path.heldout);
    demo_file(d, "tokenizer.bin", d->path.tok_bin);
    demo_file(d, "tokenizer.json", d->path.tok_json);
    demo_file(d, "pretrain.tok", d->path.pre_tok);
    demo_file(d, "pretrain/checkpoint.bin", d->path.pre_ckpt);
    demo_file(d, "finetune/checkpoint.bin", d->path.ft_ckpt);
    demo_file(d, "plan.json", d->path.plan);
    demo_file(d, "report.md", d->path.report);
    demo_file(d, "pass1.svg", d->path.pass1);
    demo_file(d, "stages", d->path.stages);
}

int cmd_demo(int argc, char **argv) {
    static int (*const stages[DEMO_STAGES])(demo *) = {demo_corpus, demo_exercises, demo_tokenizer, demo_pretrain,
                                                         demo_finetune, demo_evaluate, demo_report};
    demo *d = (demo *)calloc(1, sizeof *d); /* its paths are too large for some stacks */
    int i, rc;
    if (!d) return cli_failf("demo", 1, "out of memory");
    if ((rc = demo_args(d, argc, argv)) != CLI_GO) goto out;
    demo_paths(d);
    if (phi_dir_create(d->dir) != PHI_OK || phi_dir_create(d->path.stages) != PHI_OK) {
        rc = cli_fail("demo", 2);
        goto out;
    }
    if ((rc = demo_plan(d)) || phi_pool_create(&d->pool, d->threads) != PHI_OK) {
        rc = 1;
        goto out;
    }
    d->t0 = phi_now();
    cli_catch_interrupt();
    fprintf(stderr, "phi demo: %s, %d threads, working in %s/\n", phi_cpu_features(), phi_pool_size(d->pool), d->dir);
    for (i = 0; i < DEMO_STAGES && !rc; i++) {
        phi_json_doc done;
        memset(&done, 0, sizeof done);
        if (i < DEMO_STAGES - 1 && demo_stage_done(d, i, &done)) demo_say(d, i, "done before, skipped");
        else rc = stages[i](d);
        phi_json_doc_free(&done);
        if (cli_interrupted && !rc) rc = 2;
    }
    if (rc == 2) fprintf(stderr, "phi demo: interrupted; run it again to go on\n");
    else if (!rc) fprintf(stderr, "phi demo: finished in %.1f minutes\n", (phi_now() - d->t0) / 60);
    rc = rc ? 1 : 0;
    phi_pool_free(d->pool);
out:
    free(d);
    return rc;
}
