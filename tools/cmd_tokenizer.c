/* phi tokenizer train|encode|decode|info: byte-level BPE, text <-> ids. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define TOK_MAX 16777216 /* larger counts are taken as this */

static const char *tok_usage =
    "phi tokenizer train --vocab-size N --out FILE [--special TOK]... [--min-frequency N]\n"
    "                           [--jsonl FIELD] [--threads N] INPUT...\n"
    "       phi tokenizer encode --tokenizer PATH [--threads N] [--out FILE]   (text on stdin)\n"
    "       phi tokenizer decode --tokenizer PATH [--in FILE]     (bytes on stdout)\n"
    "       phi tokenizer info --tokenizer PATH";
static const char *tok_about =
    "Byte-level BPE as GPT-2 and CodeGen (phi-1) have it. PATH is a directory holding\n"
    "tokenizer.json or encoder.json + vocab.bpe (GPT-2's files), a tokenizer.json, or a file\n"
    "written by 'phi tokenizer train'.\n";
static const char *tok_footer = "exit status: 0 done, 1 bad input (an id outside the vocabulary, ...), 2 usage or I/O error";

/* Every subcommand's flags: the union, so that one table parses any of them and --help lists
   each subcommand's own. */
typedef struct tok_args {
    const char *tokenizer, *out, *in, *field;
    long vocab_size, min_frequency, threads;
    cli_list special, inputs;
} tok_args;

static const char *const tok_subs[] = {"train", "encode", "decode", "info"};

/* The flags of subcommand `sub` (0 train, 1 encode, 2 decode, 3 info), into f[]. */
static cli_cmd tok_cmd(int sub, void *args, cli_flag *f, char *name, size_t cap) {
    tok_args *a = (tok_args *)args;
    cli_cmd c;
    int n = 0;
    memset(&c, 0, sizeof c);
    snprintf(name, cap, "tokenizer %s", tok_subs[sub]);
    if (sub == 0) {
        f[n++] = (cli_flag){.name = "--vocab-size", .type = CLI_LONG, .var = &a->vocab_size, .meta = "N", CLI_AT_LEAST(1),
                            .required = 1, .dflt = "", .help = "tokens to learn: 256 bytes, merges, special tokens"};
        f[n++] = (cli_flag){.name = "--out", .type = CLI_STR, .var = &a->out, .meta = "FILE", .required = 1,
                            .help = "FILE.json: a HuggingFace tokenizer.json; else phi.h's own format"};
        f[n++] = (cli_flag){.name = "--special", .type = CLI_LIST, .var = &a->special, .meta = "TOK",
                            .help = "a special token (repeatable), e.g. '<|endoftext|>'"};
        f[n++] = (cli_flag){.name = "--min-frequency", .type = CLI_LONG, .var = &a->min_frequency, .meta = "N", CLI_AT_LEAST(1),
                            .dflt = "2", .help = "merge only pairs seen at least N times"};
        f[n++] = (cli_flag){.name = "--jsonl", .type = CLI_STR, .var = &a->field, .meta = "FIELD",
                            .help = "each INPUT is JSON Lines and the string FIELD of each record is one text\n"
                                    "(else each INPUT file, '-' = standard input, is one text)"};
    } else {
        f[n++] = (cli_flag){.name = "--tokenizer", .type = CLI_STR, .var = &a->tokenizer, .meta = "PATH", .required = sub != 3,
                            .help = "the tokenizer"};
    }
    if (sub == 1)
        f[n++] = (cli_flag){.name = "--out", .type = CLI_STR, .var = &a->out, .meta = "FILE",
                            .help = "write the ids to FILE, a token file for 'phi train --data'\n"
                                    "(default: print them separated by single spaces, a newline at the end)"};
    if (sub == 2)
        f[n++] = (cli_flag){.name = "--in", .type = CLI_STR, .var = &a->in, .meta = "FILE",
                            .help = "read the ids of a token file (default: ids separated by white space on stdin)"};
    f[n++] = (cli_flag){.name = "--threads", .type = CLI_LONG, .var = &a->threads, .meta = "N", CLI_AT_LEAST(1),
                        .dflt = "$PHI_THREADS, else one per CPU", .help = "worker threads"};
    f[n] = (cli_flag){.name = NULL};
    c.name = name;
    c.usage = tok_usage;
    c.flags = f;
    c.args = sub == 0 || sub == 3 ? &a->inputs : NULL; /* info takes its PATH as an argument too */
    c.footer = tok_footer;
    c.about = sub == 0 ? "train    learns a vocabulary of N tokens from the INPUT files\n"
            : sub == 1 ? "encode   prints the ids of standard input\n"
            : sub == 2 ? "decode   writes the bytes of token ids\n"
                       : "info     vocabulary size, merges and added tokens\n";
    return c;
}

static void tok_help(FILE *out) {
    tok_args a;
    memset(&a, 0, sizeof a);
    cli_help_subs(out, tok_usage, tok_about, tok_footer, 4, tok_cmd, &a);
}

/* The training texts: whole files, or one string field per JSON Lines record. */
static int read_texts(const tok_args *a, cli_texts *t) {
    int i;
    for (i = 0; i < a->inputs.n; i++)
        if (!(a->field ? cli_texts_jsonl(t, a->inputs.v[i], a->field) : cli_texts_file(t, a->inputs.v[i])))
            return cli_fail("tokenizer train", 0);
    return 1;
}

static int tokenizer_train(tok_args *a, phi_pool *pool) {
    phi_tokenizer_train_opts o;
    cli_texts texts;
    const char **p = NULL;
    size_t len;
    int rc = 2;
    phi_tokenizer *t = NULL;
    double t0 = phi_now();
    memset(&texts, 0, sizeof texts);
    memset(&o, 0, sizeof o);
    o.vocab_size = (int)(a->vocab_size > TOK_MAX ? TOK_MAX : a->vocab_size);
    o.min_frequency = (int)(a->min_frequency > TOK_MAX ? TOK_MAX : a->min_frequency);
    o.special = (const char **)a->special.v;
    o.num_special = a->special.n;
    o.pool = pool;
    if (!read_texts(a, &texts)) goto done;
    if (!(p = cli_texts_array(&texts)) || phi_tokenizer_train(&t, &o, p, texts.len, texts.n) != PHI_OK) {
        rc = cli_fail("tokenizer train", 1);
        goto done;
    }
    len = strlen(a->out);
    if ((len >= 5 && strcmp(a->out + len - 5, ".json") == 0 ? phi_tokenizer_save_json(t, a->out) : phi_tokenizer_save(t, a->out)) !=
        PHI_OK) {
        cli_fail("tokenizer train", 2);
        goto done;
    }
    fprintf(stderr, "phi tokenizer train: %zu texts, %zu bytes -> %d tokens (%d merges) in %.2f s, written to %s\n", texts.n,
            texts.buf.len, phi_tokenizer_vocab_size(t), phi_tokenizer_num_merges(t), phi_now() - t0, a->out);
    rc = 0;
done:
    phi_tokenizer_free(t);
    cli_texts_free(&texts);
    free((void *)p);
    return rc;
}

static int tokenizer_info(const phi_tokenizer *t, const char *path) {
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
    return 0;
}

/* Standard input's ids (or with --out a token file of them) into out. */
static int tokenizer_encode(const tok_args *a, const cli_model *r, phi_buf *out) {
    phi_buf in = {0};
    phi_ids ids = {0};
    size_t k;
    int rc = 0;
    if (phi_file_read("-", &in) != PHI_OK ||
        phi_tokenizer_encode_parallel(r->tok, in.data ? in.data : "", in.len, &ids, r->pool) != PHI_OK) {
        rc = cli_fail("tokenizer encode", 2);
    } else if (a->out) {
        if (phi_tokens_save(a->out, ids.data, ids.len, phi_tokenizer_vocab_size(r->tok)) != PHI_OK) rc = cli_fail("tokenizer encode", 2);
        else fprintf(stderr, "phi tokenizer encode: %zu bytes -> %zu tokens, written to %s\n", in.len, ids.len, a->out);
    } else {
        for (k = 0; k < ids.len; k++) phi_buf_printf(out, k ? " %ld" : "%ld", (long)ids.data[k]);
        if (ids.len) phi_buf_append(out, "\n", 1);
    }
    phi_buf_free(&in);
    phi_ids_free(&ids);
    return rc;
}

/* Ids separated by white space, as text; 0, or 1 at the first that is not a number. */
static int read_ids(const phi_buf *in, phi_ids *ids) {
    const char *p = in->data ? in->data : "", *stop = p + in->len;
    for (;;) {
        char *end;
        long v;
        while (p < stop && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')) p++;
        if (p >= stop) return 0;
        v = strtol(p, &end, 10);
        if (end == p || v < -2147483647L || v > 2147483647L || (end < stop && *end != ' ' && *end != '\n' && *end != '\t' && *end != '\r'))
            return cli_failf("tokenizer decode", 1, "byte %ld of the input: not a token id", (long)(p - in->data));
        phi_ids_push(ids, (int32_t)v);
        p = end;
    }
}

/* The bytes of the ids on standard input (or with --in of a token file) into out. */
static int tokenizer_decode(const tok_args *a, const phi_tokenizer *t, phi_buf *out) {
    phi_buf in = {0};
    phi_ids ids = {0};
    int rc = 0;
    if (a->in) { /* a token file: its ids, checked against this vocabulary below */
        phi_status st = phi_tokens_load(&ids, a->in, NULL);
        if (st != PHI_OK) rc = cli_fail("tokenizer decode", st == PHI_ERR_IO ? 2 : 1);
        else if (phi_tokenizer_decode(t, ids.data, ids.len, out) != PHI_OK)
            rc = cli_failf("tokenizer decode", 1, "%s: %s", a->in, phi_errmsg());
    } else if (phi_file_read("-", &in) != PHI_OK) {
        rc = cli_fail("tokenizer decode", 2);
    } else if (!(rc = read_ids(&in, &ids)) && phi_tokenizer_decode(t, ids.data, ids.len, out) != PHI_OK) {
        rc = cli_fail("tokenizer decode", 1);
    }
    phi_buf_free(&in);
    phi_ids_free(&ids);
    return rc;
}

int cmd_tokenizer(int argc, char **argv) {
    tok_args a;
    cli_flag f[8];
    cli_cmd c;
    cli_model r;
    phi_buf out = {0};
    char name[32];
    int sub, rc;
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        tok_help(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (sub = 0; sub < 4 && strcmp(argv[1], tok_subs[sub]); sub++) {}
    if (sub == 4) return cli_usage_error("tokenizer", "unknown subcommand '%s'", argv[1]);
    memset(&a, 0, sizeof a);
    c = tok_cmd(sub, &a, f, name, sizeof name);
    if ((rc = cli_parse(&c, argc - 2, argv + 2)) != CLI_GO) return rc;
    if (sub == 0 && !a.inputs.n) rc = cli_usage_error(c.name, "no INPUT given");
    else if (sub == 3 && (a.inputs.n > 1 || (a.inputs.n && a.tokenizer)))
        rc = cli_usage_error(c.name, "unexpected argument '%s'", a.inputs.v[a.inputs.n - 1]);
    else if (sub == 3 && !a.tokenizer && !(a.tokenizer = a.inputs.n ? a.inputs.v[0] : NULL))
        rc = cli_failf(c.name, 2, "needs --tokenizer PATH");
    if (rc != CLI_GO) {
        cli_free(&c);
        return rc;
    }
    a.threads = a.threads > TOK_MAX ? TOK_MAX : a.threads;
    rc = cli_open(&r, c.name, NULL, sub ? a.tokenizer : NULL, sub < 2 ? (int)a.threads : -1);
    if (!rc) {
        if (sub == 0) rc = tokenizer_train(&a, r.pool);
        else if (sub == 1) rc = tokenizer_encode(&a, &r, &out);
        else if (sub == 2) rc = tokenizer_decode(&a, r.tok, &out);
        else rc = tokenizer_info(r.tok, a.tokenizer);
        if (!rc && out.len && fwrite(out.data, 1, out.len, stdout) != out.len) rc = 2;
    }
    cli_close(&r);
    phi_buf_free(&out);
    cli_free(&c);
    return rc;
}
