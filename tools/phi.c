/* phi: the command-line program of phi.h, one subcommand per step of the recipe.

   Exit codes: 0 success, 1 the input was checked and found wanting (or a step failed),
   2 usage or input/output errors. Messages go to stderr, results to stdout. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <stdlib.h>
#include <string.h>

static const char *usage_main =
    "usage: phi <command> [options]\n"
    "\n"
    "phi.h " PHI_VERSION_STRING " - the \"Textbooks Are All You Need\" recipe in one C header.\n"
    "\n"
    "commands:\n"
    "  json check [--lines] FILE...   check that files are valid JSON (or JSON Lines)\n"
    "  forward --model DIR --ids ...  run one sequence through a model: logits, loss, gradients\n"
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
    "usage: phi forward --model DIR --ids 1,2,3,... [--logits OUT] [--grads OUT.safetensors]\n"
    "\n"
    "Runs one sequence of token ids through a model (a HuggingFace directory: config.json and\n"
    "model.safetensors) and writes what another implementation can be checked against:\n"
    "  --logits OUT   float32 logits [T, V], little-endian, row-major\n"
    "  --grads OUT    with the next token of each position as its target (the last has none):\n"
    "                 prints the mean loss and writes every parameter's gradient, HF names\n"
    "\n"
    "exit status: 0 done, 1 the model failed, 2 usage or I/O error\n";

static const char *usage_tokenizer =
    "usage: phi tokenizer train --vocab-size N --out FILE [--special TOK]... [--min-frequency N]\n"
    "                           [--jsonl FIELD] [--threads N] INPUT...\n"
    "       phi tokenizer encode --tokenizer PATH [--threads N]   (text on stdin, ids on stdout)\n"
    "       phi tokenizer decode --tokenizer PATH                 (ids on stdin, bytes on stdout)\n"
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
    "decode   reads ids separated by white space and writes their bytes\n"
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
    { /* the ids: comma-separated integers */
        const char *p = ids_arg;
        size_t cap = 1;
        for (; *p; p++) cap += *p == ',';
        ids = (int32_t *)malloc(cap * sizeof *ids);
        targets = (int32_t *)malloc(cap * sizeof *targets);
        for (p = ids_arg; ids && targets;) {
            char *end;
            long v = strtol(p, &end, 10);
            if (end == p || v < 0 || v > 2147483647L || (*end && *end != ',')) {
                fprintf(stderr, "phi forward: --ids: '%s' is not a list of token ids (at byte %ld)\n", ids_arg, (long)(p - ids_arg));
                rc = 2;
                goto out;
            }
            ids[T++] = (int32_t)v;
            if (!*end) break;
            p = end + 1;
        }
    }
    if (phi_model_load_hf(&m, model, NULL) != PHI_OK) {
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
    phi_pool_destroy(pool);
    phi_buf_free(&store);
    phi_buf_free(&offsets);
    free((void *)special);
    free(inputs);
    free((void *)texts);
    free(lens);
    return rc;
}

static int cmd_tokenizer(int argc, char **argv) {
    const char *path = NULL, *sub = argc > 1 ? argv[1] : "";
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
    if (phi_file_read("-", &in) != PHI_OK) {
        fprintf(stderr, "phi tokenizer %s: %s\n", sub, phi_errmsg());
        rc = 2;
    } else if (sub[0] == 'e') {
        phi_pool *pool = NULL;
        size_t k;
        if (phi_pool_create(&pool, (int)threads) != PHI_OK ||
            phi_tokenizer_encode_parallel(t, in.data ? in.data : "", in.len, &ids, pool) != PHI_OK) {
            fprintf(stderr, "phi tokenizer encode: %s\n", phi_errmsg());
            rc = 2;
        }
        for (k = 0; !rc && k < ids.len; k++) phi_buf_printf(&out, k ? " %ld" : "%ld", (long)ids.data[k]);
        if (!rc && ids.len) phi_buf_append(&out, "\n", 1);
        phi_pool_destroy(pool);
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
    if (strcmp(argv[1], "tokenizer") == 0) return cmd_tokenizer(argc - 1, argv + 1);
    fprintf(stderr, "phi: unknown command '%s' (try 'phi --help')\n", argv[1]);
    return 2;
}
