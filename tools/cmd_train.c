/* phi train / phi finetune: train a model on a token stream (finetuning: on exercises, the loss
   on the completions), with loss curves, checkpoints and --resume. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "runlog.h"

typedef struct train_args {
    const char *data, *tokenizer, *field, *init, *out, *prompt_field, *completion_field, *schedule;
    int synthetic, finetune, loss_on_all, resume, json, quiet, out_given;
    long layers, dim, heads, ff, vocab, batch, seq, accum, warmup, eval_every, ckpt_every, threads;
    int64_t steps, stop_at;
    uint64_t seed;
    double lr, min_lr_frac, weight_decay, clip, val_frac;
} train_args;

/* The library's defaults (its resolvers), and the CLI's own: the model's shape, finetuning's. */
static void train_defaults(train_args *a, int finetune) {
    phi_train_opts t = phi_train_opts_resolve(NULL);
    memset(a, 0, sizeof *a);
    a->finetune = finetune;
    a->field = "text";
    a->prompt_field = "prompt";
    a->completion_field = "completion";
    a->schedule = "cosine";
    a->out = finetune ? "finetune" : "run";
    a->layers = 4, a->dim = 256, a->heads = 4, a->batch = t.batch, a->seq = 256, a->accum = t.accum, a->warmup = -1;
    a->eval_every = t.eval_every, a->ckpt_every = t.ckpt_every;
    a->steps = finetune ? 200 : t.steps;
    a->seed = 1;
    a->lr = finetune ? 1e-4 : t.optim.lr;
    a->min_lr_frac = t.optim.min_lr_frac;
    a->weight_decay = finetune ? 0.01 : t.optim.weight_decay; /* phi-1: 0.1 pretraining, 0.01 finetuning */
    a->clip = t.optim.clip;
    a->val_frac = finetune ? 0.1 : 0.05;
}

#define TRAIN_FLAGS 48 /* the table below and its end; more is a compile error */

/* The flags of phi train and phi finetune (the same; the defaults differ), into f[TRAIN_FLAGS]. */
static cli_cmd train_table(cli_flag *f, train_args *a) {
    cli_flag t[TRAIN_FLAGS] = {
        {.name = "data:", .type = CLI_HEADING},
        {.name = "--data", .type = CLI_STR, .var = &a->data, .meta = "FILE",
         .help = "a token file (phi_tokens_save's format), or JSONL text with --tokenizer"},
        {.name = "--tokenizer", .type = CLI_STR, .var = &a->tokenizer, .meta = "PATH",
         .help = "tokenizer for JSONL data; documents are joined with <|endoftext|>"},
        {.name = "--field", .type = CLI_STR, .var = &a->field, .meta = "NAME", .help = "the JSONL field holding the text"},
        {.name = "--synthetic", .type = CLI_SWITCH, .var = &a->synthetic,
         .help = "uniformly random tokens, for measuring speed (nothing saved without --out)"},
        {.name = "model (a new one, initialised N(0, 0.02)):", .type = CLI_HEADING},
        {.name = "--layers", .type = CLI_LONG, .var = &a->layers, .meta = "N", CLI_AT_LEAST(0), .help = "transformer blocks"},
        {.name = "--dim", .type = CLI_LONG, .var = &a->dim, .meta = "C", CLI_AT_LEAST(0), .help = "hidden size"},
        {.name = "--heads", .type = CLI_LONG, .var = &a->heads, .meta = "NH", CLI_AT_LEAST(0), .help = "attention heads"},
        {.name = "--ff", .type = CLI_LONG, .var = &a->ff, .meta = "F", CLI_AT_LEAST(0), .dflt = "4C", .help = "feed-forward size"},
        {.name = "--vocab", .type = CLI_LONG, .var = &a->vocab, .meta = "V", CLI_AT_LEAST(0), .dflt = "the data's; 8192",
         .help = "vocabulary size"},
        {.name = "--init", .type = CLI_STR, .var = &a->init, .meta = "PATH",
         .help = "start from a model instead: a checkpoint or a HuggingFace directory"},
        {.name = "training:", .type = CLI_HEADING},
        {.name = "--batch", .type = CLI_LONG, .var = &a->batch, .meta = "B", CLI_AT_LEAST(0), .help = "windows per micro-batch"},
        {.name = "--seq", .type = CLI_LONG, .var = &a->seq, .meta = "T", CLI_AT_LEAST(0), .help = "tokens per window"},
        {.name = "--steps", .type = CLI_I64, .var = &a->steps, .meta = "N", .help = "steps in all"},
        {.name = "--accum", .type = CLI_LONG, .var = &a->accum, .meta = "N", CLI_AT_LEAST(0), .help = "micro-batches per step"},
        {.name = "--lr", .type = CLI_DOUBLE, .var = &a->lr, .meta = "X", .help = "the peak learning rate"},
        {.name = "--min-lr-frac", .type = CLI_DOUBLE, .var = &a->min_lr_frac, .meta = "X",
         .help = "the rate at the end, as a fraction of --lr"},
        {.name = "--warmup", .type = CLI_LONG, .var = &a->warmup, .meta = "N", CLI_AT_LEAST(0), .dflt = "steps/20",
         .help = "warm-up steps"},
        {.name = "--schedule", .type = CLI_STR, .var = &a->schedule, .meta = "NAME", .help = "cosine, linear or constant"},
        {.name = "--weight-decay", .type = CLI_DOUBLE, .var = &a->weight_decay, .meta = "X", .help = "2-D weights only; <= 0 none"},
        {.name = "--clip", .type = CLI_DOUBLE, .var = &a->clip, .meta = "X", .help = "the gradient norm's limit; <= 0 none"},
        {.name = "--val-frac", .type = CLI_DOUBLE, .var = &a->val_frac, .meta = "X", .help = "windows held out for the validation loss"},
        {.name = "--eval-every", .type = CLI_LONG, .var = &a->eval_every, .meta = "N", CLI_AT_LEAST(0),
         .help = "steps between validation losses (0: never)"},
        {.name = "--ckpt-every", .type = CLI_LONG, .var = &a->ckpt_every, .meta = "N", CLI_AT_LEAST(0),
         .help = "steps between checkpoints (0: at the end only)"},
        {.name = "--threads", .type = CLI_LONG, .var = &a->threads, .meta = "N", CLI_AT_LEAST(0), .dflt = "all CPUs",
         .help = "worker threads"},
        {.name = "--seed", .type = CLI_U64, .var = &a->seed, .meta = "N", .help = "initialisation and data order"},
        {.name = "--stop-at", .type = CLI_I64, .var = &a->stop_at, .meta = "N", .dflt = "",
         .help = "stop after step N with a checkpoint (as Ctrl-C does); --resume goes on"},
        {.name = "finetuning (the records of --data):", .type = CLI_HEADING},
        {.name = "--prompt-field", .type = CLI_STR, .var = &a->prompt_field, .meta = "NAME", .help = "the prompt"},
        {.name = "--completion-field", .type = CLI_STR, .var = &a->completion_field, .meta = "NAME", .help = "the completion"},
        {.name = "--loss-on-all", .type = CLI_SWITCH, .var = &a->loss_on_all, .help = "the loss on the prompt too"},
        {.name = "output:", .type = CLI_HEADING},
        {.name = "--out", .type = CLI_STR, .var = &a->out, .meta = "DIR",
         .help = "checkpoint.bin, loss.csv, loss.svg and run.json go there"},
        {.name = "--resume", .type = CLI_SWITCH, .var = &a->resume, .help = "go on from DIR/checkpoint.bin with DIR/run.json's flags"},
        {.name = "--json", .type = CLI_SWITCH, .var = &a->json,
         .help = "print a one-line JSON summary at the end (tokens_per_s, loss, ...)"},
        {.name = "-q", .type = CLI_SWITCH, .var = &a->quiet, .help = "no progress lines"}}; /* the rest: NULL, the end */
    cli_cmd c = {.name = "train",
                 .usage = "phi train (--data FILE | --synthetic) [options]\n       phi train --out DIR --resume [--steps N]",
                 .about = "Trains a phi model (HF PhiForCausalLM) on a token stream, cut into windows of --seq + 1\n"
                          "tokens, shuffled by --seed, with --val-frac of them held out for the validation loss.\n"
                          "Shows step, loss, tokens/s and ETA; writes into --out: checkpoint.bin (every --ckpt-every\n"
                          "steps and at the end, atomically), loss.csv, loss.svg (the loss curves) and run.json (the\n"
                          "flags, for --resume).\n",
                 .flags = f,
                 .footer = "exit status: 0 done, 1 training failed (NaN loss: the last checkpoint is kept), 2 usage or I/O"};
    memcpy(f, t, sizeof t);
    if (a->finetune) {
        c.name = "finetune";
        c.usage = "phi finetune --init MODEL --data EXERCISES.jsonl --tokenizer PATH [options]";
        c.about = "Finetunes a model (a checkpoint or a HuggingFace directory) on exercises: JSONL records\n"
                  "with a prompt and a completion, each tokenized as prompt + completion + <|endoftext|>,\n"
                  "packed into windows. The loss falls on the completion only unless --loss-on-all.\n"
                  "Takes every option of phi train, with other defaults.\n";
    }
    return c;
}

/* The flags: argv's; with --resume, DIR/run.json's and then argv's on top (saved keeps the
   strings of run.json). CLI_GO, or the exit status. */
static int train_args_get(train_args *a, int argc, char **argv, int finetune, phi_json_doc *saved) {
    cli_flag f[TRAIN_FLAGS];
    cli_cmd c;
    char **av = NULL;
    int ac = 0, rc, i;
    train_defaults(a, finetune);
    c = train_table(f, a);
    if ((rc = cli_parse(&c, argc - 1, argv + 1)) != CLI_GO || !a->resume) goto done;
    {
        const char *dir = a->out;
        train_defaults(a, finetune);
        for (i = 0; f[i].name; i++) f[i].given = 0;
        if ((rc = runlog_read_args(dir, c.name, saved, &av, &ac))) return rc;
    }
    if ((rc = cli_parse(&c, ac, av)) == CLI_GO) rc = cli_parse(&c, argc - 1, argv + 1);
    a->resume = 1;
    free(av);
done:
    a->out_given = cli_given(&c, "--out") > 0;
    return rc;
}

static int train_validate(const train_args *a, const char *cmd) {
    if (a->batch < 1 || a->seq < 1 || a->steps < 1 || a->accum < 1 || a->layers < 1 || a->dim < 1 || a->heads < 1 ||
        a->dim % a->heads)
        return cli_failf(cmd, 2, "--batch, --seq, --steps, --accum, --layers, --dim and --heads must be positive, and --dim "
                                 "a multiple of --heads");
    if (a->finetune && !a->init && !a->resume) return cli_usage_error(cmd, "--init MODEL is required");
    if (strcmp(a->schedule, "linear") && strcmp(a->schedule, "constant") && strcmp(a->schedule, "cosine"))
        return cli_bad_flag(cmd, "--schedule", "'%s': cosine, linear or constant", a->schedule);
    return 0;
}

/* ---- the run ------------------------------------------------------------------------------- */

typedef struct train_job {
    const train_args *a;
    const char *cmd;
    int save, tty;
    char ckpt[4096];
    phi_pool *pool;
    phi_model m;
    int32_t *tokens;      /* the data: a token stream ... */
    unsigned char *mask;  /* ... and for finetuning its loss mask */
    size_t n;
    int data_vocab;       /* recorded by the data's source, 0 if unknown */
    phi_dataset ds;
    int64_t start;        /* the step it goes on from */
    runlog log;
    double t_start, *rates; /* tokens/s of each step of this run */
} train_job;

/* Uniformly random tokens: enough windows that a short benchmark never repeats one. */
static int train_synthetic(train_job *j) {
    const train_args *a = j->a;
    phi_rng r;
    size_t i, V = (size_t)(a->vocab ? a->vocab : 8192);
    j->n = (size_t)a->batch * (size_t)a->accum * (size_t)a->seq * 64 + 1;
    if (!(j->tokens = (int32_t *)phi_malloc(j->n * sizeof(int32_t)))) return 2;
    phi_rng_seed(&r, a->seed);
    for (i = 0; i < j->n; i++) j->tokens[i] = (int32_t)phi_rng_below(&r, V);
    j->data_vocab = (int)V;
    return 0;
}

/* The data: synthetic, a token file, or JSONL text (exercises, for finetuning) to encode. */
static int train_data(train_job *j) {
    const train_args *a = j->a;
    phi_tokenizer *tok = NULL;
    phi_ids ids = {0};
    phi_buf mask = {0};
    size_t docs = 0;
    int is_tokens;
    if (a->synthetic) return train_synthetic(j);
    if (!a->data) return cli_usage_error(j->cmd, "no data: give --data FILE or --synthetic");
    { /* a token file starts with its magic; anything else is read as JSONL text */
        FILE *f = fopen(a->data, "rb");
        char magic[8] = {0};
        if (!f) return cli_failf(j->cmd, 2, "cannot open %s: %s", a->data, strerror(errno));
        is_tokens = fread(magic, 1, 8, f) == 8 && !memcmp(magic, "PHITOKS", 8);
        fclose(f);
    }
    if (is_tokens && !a->finetune) {
        phi_ids t = {0};
        if (phi_tokens_load(&t, a->data, &j->data_vocab) != PHI_OK) {
            phi_ids_free(&t);
            return cli_fail(j->cmd, 2);
        }
        j->tokens = t.data, j->n = t.len; /* freed with the run's other buffers */
        return 0;
    }
    if (!a->tokenizer)
        return cli_failf(j->cmd, 2, "%s is %s; give --tokenizer PATH to encode it", a->data,
                         is_tokens ? "a token file, but exercises need their prompt/completion split" : "not a token file (JSONL text?)");
    if (phi_tokenizer_load(&tok, a->tokenizer) != PHI_OK ||
        (a->finetune ? phi_tokens_from_exercises(a->data, a->prompt_field, a->completion_field, tok, a->loss_on_all, &ids, &mask, &docs)
                     : phi_tokens_from_jsonl(a->data, a->field, tok, j->pool, &ids, &docs)) != PHI_OK) {
        phi_tokenizer_free(tok);
        phi_ids_free(&ids);
        phi_buf_free(&mask);
        return cli_fail(j->cmd, 2);
    }
    if (!a->quiet) fprintf(stderr, "phi %s: %s: %zu documents, %zu tokens\n", j->cmd, a->data, docs, ids.len);
    j->tokens = ids.data, j->n = ids.len, j->mask = (unsigned char *)mask.data;
    j->data_vocab = phi_tokenizer_vocab_size(tok);
    phi_tokenizer_free(tok);
    return 0;
}

/* The model: resumed from the checkpoint, loaded (--init), or new. */
static int train_model(train_job *j) {
    const train_args *a = j->a;
    phi_status st;
    if (a->resume) {
        phi_rng saved, want;
        if (phi_checkpoint_load(&j->m, j->ckpt, j->pool, &j->start, &saved) != PHI_OK) return cli_fail(j->cmd, 2);
        phi_rng_seed(&want, a->seed);
        if (memcmp(&want, &saved, sizeof want))
            return cli_failf(j->cmd, 2, "%s was written with another --seed; resuming would change the data order", j->ckpt);
    } else if (a->init) {
        if (phi_model_load(&j->m, a->init, j->pool) != PHI_OK) return cli_fail(j->cmd, 2);
        phi_model_reset_optimizer(&j->m); /* a new run: its own AdamW moments */
    } else {
        phi_config c;
        memset(&c, 0, sizeof c);
        c.num_layers = (int)a->layers, c.hidden_size = (int)a->dim, c.num_heads = (int)a->heads, c.intermediate_size = (int)a->ff;
        c.vocab_size = (int)(a->vocab ? a->vocab : j->data_vocab ? j->data_vocab : 8192);
        c.max_seq_len = phi_config_resolve(NULL).max_seq_len;
        if (a->seq > c.max_seq_len) c.max_seq_len = (int)a->seq;
        if ((st = phi_model_create(&j->m, &c, j->pool)) != PHI_OK) return cli_fail(j->cmd, 2);
        phi_model_init(&j->m, a->seed);
    }
    j->m.pool = j->pool;
    if (j->data_vocab > j->m.cfg.vocab_size)
        return cli_failf(j->cmd, 2, "the data's vocabulary (%d) is larger than the model's (%d)", j->data_vocab, j->m.cfg.vocab_size);
    if (a->seq > j->m.cfg.max_seq_len)
        return cli_failf(j->cmd, 2, "--seq %ld is longer than the model's context (%d)", a->seq, j->m.cfg.max_seq_len);
    return 0;
}

/* Everything before the first step: the directory, the pool, the data, the model, the windows,
   run.json, and on --resume the loss curves so far. */
static int train_setup(train_job *j, int argc, char **argv) {
    const train_args *a = j->a;
    int rc;
    j->save = !a->synthetic || a->out_given;
    snprintf(j->ckpt, sizeof j->ckpt, "%s/checkpoint.bin", a->out);
    runlog_init(&j->log, a->out, "phi train: loss", 0);
    if (j->save && phi_dir_create(a->out) != PHI_OK) return cli_fail(j->cmd, 2);
    if (phi_pool_create(&j->pool, (int)a->threads) != PHI_OK) return cli_fail(j->cmd, 2);
    if ((rc = train_data(j)) || (rc = train_model(j))) return rc;
    if (phi_dataset_init(&j->ds, j->tokens, j->mask, j->n, (int)a->seq, a->synthetic ? 0 : a->val_frac, a->seed) != PHI_OK)
        return cli_fail(j->cmd, 2);
    if (j->save && !a->resume && !runlog_write_args(a->out, argv[0], argc - 1, argv + 1)) return cli_fail(j->cmd, 2);
    if (j->start >= a->steps)
        return cli_failf(j->cmd, 2, "%s is at step %lld already; --steps %lld asks for no more (raise --steps to go on)", j->ckpt,
                         (long long)j->start, (long long)a->steps);
    j->log.last_ckpt = j->start;
    if (a->resume) runlog_load(&j->log, j->start);
    return 0;
}

/* After every step: its row, and a progress line (every step on a terminal, else about 50 in
   all, and every validation). Nonzero stops the run, with a checkpoint. */
static int train_on_step(void *user, const phi_train_stats *s) {
    train_job *j = (train_job *)user;
    const train_args *a = j->a;
    double now = phi_now();
    if (!runlog_record(&j->log, s)) return 1; /* out of memory: stop, with a checkpoint */
    j->rates[s->step - j->start - 1] = s->tokens_per_s;
    if (!a->quiet) {
        double done = (double)(s->step - j->start), left = (double)(s->steps - s->step);
        double eta = done > 0 ? (now - j->t_start) / done * left : 0;
        int every = s->steps >= 50 ? (int)(s->steps / 50) : 1;
        if (j->tty || s->step % every == 0 || s->step == s->steps || s->step == j->start + 1 || s->val_loss == s->val_loss) {
            char val[32] = "";
            if (s->val_loss == s->val_loss) snprintf(val, sizeof val, "  val %.4f", s->val_loss);
            fprintf(stderr, "%sstep %lld/%lld  loss %.4f%s  lr %.2e  |g| %.3g  %.0f tok/s  ETA %02d:%02d:%02d%s", j->tty ? "\r" : "",
                    (long long)s->step, (long long)s->steps, s->loss, val, s->lr, s->grad_norm, s->tokens_per_s,
                    (int)(eta / 3600), (int)(eta / 60) % 60, (int)eta % 60,
                    j->tty && !(s->val_loss == s->val_loss || s->checkpointed || s->step == s->steps) ? "   " : "\n");
        }
    }
    if (cli_interrupted && !a->quiet)
        fprintf(stderr, "%sphi %s: interrupted after step %lld\n", j->tty ? "\n" : "", j->cmd, (long long)s->step);
    return cli_interrupted || s->step == a->stop_at;
}

static phi_train_opts train_opts(train_job *j) {
    const train_args *a = j->a;
    phi_train_opts o;
    memset(&o, 0, sizeof o);
    o.batch = (int)a->batch, o.accum = (int)a->accum, o.steps = a->steps;
    o.optim.lr = (float)a->lr, o.optim.min_lr_frac = (float)a->min_lr_frac;
    o.optim.warmup_steps = (int)(a->warmup >= 0 ? a->warmup : a->steps / 20);
    o.optim.schedule = !strcmp(a->schedule, "linear") ? PHI_SCHEDULE_LINEAR
                     : !strcmp(a->schedule, "constant") ? PHI_SCHEDULE_CONSTANT : PHI_SCHEDULE_COSINE;
    o.optim.weight_decay = a->weight_decay > 0 ? (float)a->weight_decay : -1.0f;
    o.optim.clip = a->clip > 0 ? (float)a->clip : -1.0f;
    o.eval_every = a->eval_every > 0 ? (int)a->eval_every : -1;
    o.ckpt_every = a->ckpt_every > 0 ? (int)a->ckpt_every : -1;
    o.ckpt_path = j->save ? j->ckpt : NULL;
    o.on_step = train_on_step;
    o.user = j;
    return o;
}

/* The steps from j->start to --steps; 0, or 1 when training failed. */
static int train_steps(train_job *j) {
    const train_args *a = j->a;
    phi_train_opts o = train_opts(j);
    phi_status st;
    j->rates = (double *)malloc((size_t)(a->steps - j->start) * sizeof(double));
    j->tty = isatty(2);
    if (!a->quiet)
        fprintf(stderr, "phi %s: %zu parameters (L=%d C=%d NH=%d F=%d V=%d), %zu tokens in %zu windows of %ld (%zu held out), "
                        "%d threads, %s\n", j->cmd, j->m.num_params, j->m.cfg.num_layers, j->m.cfg.hidden_size, j->m.cfg.num_heads,
                j->m.cfg.intermediate_size, j->m.cfg.vocab_size, j->n, j->ds.num_windows, a->seq, j->ds.num_val, phi_pool_size(j->pool),
                a->resume ? "resuming at step " : "steps from 0");
    if (!a->quiet && a->resume) fprintf(stderr, "phi %s: resuming from %s at step %lld\n", j->cmd, j->ckpt, (long long)j->start);
    j->t_start = phi_now();
    cli_catch_interrupt();
    st = j->rates ? phi_train(&j->m, &j->ds, &o, j->start) : PHI_ERR_NOMEM;
    if (j->save && j->log.nrows && !runlog_save(&j->log)) fprintf(stderr, "phi %s: warning: %s\n", j->cmd, phi_errmsg());
    if (st == PHI_OK) return 0;
    fprintf(stderr, "%sphi %s: %s\n", j->tty ? "\n" : "", j->cmd, phi_errmsg());
    if (j->save && st == PHI_ERR_NONFINITE) {
        if (j->log.last_ckpt)
            fprintf(stderr, "phi %s: the last good checkpoint, %s (step %lld), is untouched\n", j->cmd, j->ckpt, j->log.last_ckpt);
        else fprintf(stderr, "phi %s: no checkpoint was written before\n", j->cmd);
    }
    return 1;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* --json: the run in one line. tokens/s: the median step, the first two left out as warm-up
   when there are more than four. */
static void train_report(train_job *j) {
    const train_args *a = j->a;
    size_t n = (size_t)(a->steps - j->start), skip = n > 4 ? 2 : 0, k;
    double tps;
    float val = NAN;
    cli_json out;
    for (k = j->log.nrows; k-- > 0;)
        if (j->log.rows[k].val_loss == j->log.rows[k].val_loss) {
            val = j->log.rows[k].val_loss;
            break;
        }
    qsort(j->rates + skip, n - skip, sizeof(double), cmp_double);
    k = skip + (n - skip) / 2;
    tps = (n - skip) % 2 ? j->rates[k] : 0.5 * (j->rates[k - 1] + j->rates[k]);
    cli_json_begin(&out);
    cli_json_str(&out, "command", j->cmd);
    cli_json_int(&out, "steps", a->steps);
    cli_json_int(&out, "params", (int64_t)j->m.num_params);
    cli_json_int(&out, "layers", j->m.cfg.num_layers);
    cli_json_int(&out, "dim", j->m.cfg.hidden_size);
    cli_json_int(&out, "heads", j->m.cfg.num_heads);
    cli_json_int(&out, "vocab", j->m.cfg.vocab_size);
    cli_json_int(&out, "batch", a->batch);
    cli_json_int(&out, "seq", a->seq);
    cli_json_int(&out, "accum", a->accum);
    cli_json_int(&out, "threads", phi_pool_size(j->pool));
    cli_json_num(&out, "tokens_per_s", tps);
    cli_json_num(&out, "seconds", phi_now() - j->t_start);
    cli_json_num(&out, "loss", j->log.rows[j->log.nrows - 1].loss);
    if (val == val) cli_json_num(&out, "val_loss", val);
    if (j->save) cli_json_str(&out, "checkpoint", j->ckpt);
    cli_json_print(&out);
}

static void train_job_free(train_job *j) {
    phi_dataset_free(&j->ds);
    phi_model_free(&j->m);
    phi_pool_free(j->pool);
    phi_free(j->tokens);
    phi_free(j->mask);
    runlog_free(&j->log);
    free(j->rates);
}

static int train_main(int argc, char **argv, int finetune) {
    train_args a;
    train_job j;
    phi_json_doc saved; /* --resume: its strings back a's */
    int rc;
    memset(&saved, 0, sizeof saved);
    memset(&j, 0, sizeof j);
    if ((rc = train_args_get(&a, argc, argv, finetune, &saved)) == CLI_GO && !(rc = train_validate(&a, argv[0]))) {
        j.a = &a, j.cmd = argv[0];
        if (!(rc = train_setup(&j, argc, argv)) && !(rc = train_steps(&j)) && a.json) train_report(&j);
        train_job_free(&j);
    }
    phi_json_doc_free(&saved);
    return rc;
}

int cmd_train(int argc, char **argv) { return train_main(argc, argv, 0); }
int cmd_finetune(int argc, char **argv) { return train_main(argc, argv, 1); }
