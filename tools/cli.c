/* cli.c - the shared layer of the phi program: see cli.h. */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- flag tables ---------------------------------------------------------------------------- */

#define CLI_HELP_COLUMN 22 /* where a flag's help text begins */

const char *cli_prog = "phi";

static cli_flag *cli_find(const cli_cmd *c, const char *name) {
    cli_flag *f;
    for (f = c->flags; f && f->name; f++)
        if (f->type != CLI_HEADING && !strcmp(f->name, name)) return f;
    return NULL;
}

static int cli_is_flag(const char *a) { return a[0] == '-' && a[1]; } /* "-" alone is standard input */

static int cli_list_push(cli_list *l, char *s) {
    char **v = (char **)realloc(l->v, ((size_t)l->n + 1) * sizeof *v);
    if (!v) return 0;
    l->v = v;
    l->v[l->n++] = s;
    return 1;
}

/* The noun of the bad-value message: the flag's own, or its type's, with the range. */
static void cli_what(const cli_flag *f, char *out, size_t cap) {
    const char *noun = f->what ? f->what : f->type == CLI_FLOAT || f->type == CLI_DOUBLE ? "a number" : "a whole number";
    if (!(f->min < f->max)) snprintf(out, cap, "%s", noun);
    else if (f->max >= CLI_NOMAX) snprintf(out, cap, "%s (at least %.15g)", noun, f->min);
    else snprintf(out, cap, "%s (%.15g to %.15g)", noun, f->min, f->max);
}

/* Stores the value v of flag f; 0 if it is not a value of f's type and range. */
static int cli_store(cli_flag *f, char *v) {
    char *end;
    int in_range;
    errno = 0;
    if (f->type == CLI_STR) {
        *(const char **)f->var = v;
        return 1;
    }
    if (f->type == CLI_LIST) return cli_list_push((cli_list *)f->var, v);
    if (f->type == CLI_FLOAT || f->type == CLI_DOUBLE) {
        double x = strtod(v, &end);
        if (end == v || *end || errno || x != x || (f->min < f->max && !(x >= f->min && x <= f->max))) return 0;
        if (f->type == CLI_FLOAT) *(float *)f->var = (float)x;
        else *(double *)f->var = x;
        return 1;
    }
    if (f->type == CLI_U64) {
        unsigned long long x = strtoull(v, &end, 10);
        if (end == v || *end || errno || strchr(v, '-')) return 0;
        *(uint64_t *)f->var = (uint64_t)x;
        return 1;
    }
    {
        long long x = strtoll(v, &end, 10);
        in_range = f->min < f->max ? (double)x >= f->min && (double)x <= f->max : 1;
        if (end == v || *end || errno || !in_range) return 0;
        if (f->type == CLI_INT && (x < INT_MIN || x > INT_MAX)) return 0;
        if (f->type == CLI_LONG && (x < LONG_MIN || x > LONG_MAX)) return 0;
        if (f->type == CLI_INT) *(int *)f->var = (int)x;
        else if (f->type == CLI_LONG) *(long *)f->var = (long)x;
        else *(int64_t *)f->var = (int64_t)x;
        return 1;
    }
}

/* -h or --help where a flag may stand (not as the value of another flag). */
static int cli_wants_help(const cli_cmd *c, int argc, char **argv) {
    int i;
    for (i = 0; i < argc; i++) {
        const cli_flag *f = cli_find(c, argv[i]);
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) return 1;
        if (f && f->type != CLI_SWITCH) i++;
    }
    return 0;
}

static int cli_missing(const cli_cmd *c, const cli_flag *f) {
    fprintf(stderr, "%s %s: %s%s%s is required\nusage: %s\n", cli_prog, c->name, f->name, f->meta ? " " : "", f->meta ? f->meta : "",
            c->usage);
    return 2;
}

static int cli_parse_args(cli_cmd *c, int argc, char **argv) {
    cli_flag *f;
    int i;
    if (cli_wants_help(c, argc, argv)) {
        cli_help(c, stdout);
        return 0;
    }
    for (i = 0; i < argc; i++) {
        char *a = argv[i];
        if (!cli_is_flag(a)) {
            if (!c->args) return cli_usage_error(c->name, "unexpected argument '%s'", a);
            if (!cli_list_push(c->args, a)) return cli_failf(c->name, 2, "out of memory");
            continue;
        }
        if (!(f = cli_find(c, a))) return cli_usage_error(c->name, "unknown option '%s'", a);
        f->given++;
        if (f->type == CLI_SWITCH) {
            *(int *)f->var = 1;
            continue;
        }
        if (i + 1 >= argc) return cli_bad_flag(c->name, a, "needs a value");
        if (!cli_store(f, argv[++i])) {
            char what[160];
            cli_what(f, what, sizeof what);
            return cli_bad_flag(c->name, a, "'%s' is not %s", argv[i], what);
        }
    }
    for (f = c->flags; f && f->name; f++)
        if (f->required && !f->given) return cli_missing(c, f);
    return CLI_GO;
}

int cli_parse(cli_cmd *c, int argc, char **argv) {
    int rc = cli_parse_args(c, argc, argv);
    if (rc != CLI_GO) cli_free(c); /* the command returns rc at once */
    return rc;
}

/* The default as --help shows it; "" when there is none to show. */
static void cli_default(const cli_flag *f, char *out, size_t cap) {
    *out = 0;
    if (f->dflt) snprintf(out, cap, "%s", f->dflt);
    else if (f->type == CLI_STR && *(const char *const *)f->var) snprintf(out, cap, "%s", *(const char *const *)f->var);
    else if (f->type == CLI_INT) snprintf(out, cap, "%d", *(const int *)f->var);
    else if (f->type == CLI_LONG) snprintf(out, cap, "%ld", *(const long *)f->var);
    else if (f->type == CLI_I64) snprintf(out, cap, "%lld", (long long)*(const int64_t *)f->var);
    else if (f->type == CLI_U64) snprintf(out, cap, "%llu", (unsigned long long)*(const uint64_t *)f->var);
    else if (f->type == CLI_FLOAT) snprintf(out, cap, "%g", *(const float *)f->var);
    else if (f->type == CLI_DOUBLE) snprintf(out, cap, "%g", *(const double *)f->var);
}

static void cli_help_flag(const cli_flag *f, FILE *out) {
    char dflt[160];
    const char *h;
    int col = fprintf(out, "  %s%s%s", f->name, f->meta ? " " : "", f->meta ? f->meta : "");
    if (col + 1 > CLI_HELP_COLUMN) fprintf(out, "\n%*s", CLI_HELP_COLUMN, "");
    else fprintf(out, "%*s", CLI_HELP_COLUMN - col, "");
    for (h = f->help ? f->help : ""; *h; h++) {
        if (*h == '\n') fprintf(out, "\n%*s", CLI_HELP_COLUMN, "");
        else fputc(*h, out);
    }
    cli_default(f, dflt, sizeof dflt);
    if (*dflt) fprintf(out, " (default %s)", dflt);
    if (f->required) fprintf(out, " (required)");
    fputc('\n', out);
}

void cli_help_flags(const cli_flag *f, FILE *out) {
    for (; f && f->name; f++) {
        if (f->type == CLI_HEADING) fprintf(out, "%s\n", f->name);
        else cli_help_flag(f, out);
    }
}

void cli_help(const cli_cmd *c, FILE *out) {
    fprintf(out, "usage: %s\n\n", c->usage);
    if (c->about) fprintf(out, "%s\n", c->about);
    cli_help_flags(c->flags, out);
    if (c->footer) fprintf(out, "\n%s\n", c->footer);
}

void cli_help_subs(FILE *out, const char *usage, const char *about, const char *footer, int nsub, cli_sub_fn cmd, void *args) {
    cli_flag f[32];
    char name[64];
    int s;
    fprintf(out, "usage: %s\n\n%s", usage, about);
    for (s = 0; s < nsub; s++) {
        cli_cmd c = cmd(s, args, f, name, sizeof name);
        fprintf(out, "\n%s", c.about);
        cli_help_flags(c.flags, out);
    }
    fprintf(out, "\n%s\n", footer);
}

void cli_free(cli_cmd *c) {
    cli_flag *f;
    for (f = c->flags; f && f->name; f++)
        if (f->type == CLI_LIST) {
            free(((cli_list *)f->var)->v);
            ((cli_list *)f->var)->v = NULL;
        }
    if (c->args) {
        free(c->args->v);
        c->args->v = NULL;
    }
}

int cli_given(const cli_cmd *c, const char *name) {
    const cli_flag *f = cli_find(c, name);
    return f ? f->given : 0;
}

int cli_numbers(const char *s, long lo, long hi, long **out, size_t *bad_at) {
    const char *p = s;
    size_t cap = 1;
    int n = 0;
    for (; *p; p++) cap += *p == ',';
    if (!(*out = (long *)malloc(cap * sizeof **out))) return -1;
    for (p = s;;) {
        char *end;
        long v;
        errno = 0;
        v = strtol(p, &end, 10);
        if (end == p || errno || v < lo || v > hi || (*end && *end != ',')) {
            *bad_at = (size_t)(p - s);
            free(*out);
            *out = NULL;
            return -1;
        }
        (*out)[n++] = v;
        if (!*end) return n;
        p = end + 1;
    }
}

/* ---- reporting ------------------------------------------------------------------------------ */

int cli_bad_flag(const char *cmd, const char *flag, const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "%s %s: %s: ", cli_prog, cmd, flag);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (try '%s %s --help')\n", cli_prog, cmd);
    return 2;
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "%s %s: ", cli_prog, cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (try '%s %s --help')\n", cli_prog, cmd);
    return 2;
}

int cli_fail(const char *cmd, int code) { return cli_failf(cmd, code, "%s", phi_errmsg()); }

int cli_failf(const char *cmd, int code, const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "%s %s: ", cli_prog, cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return code;
}

void cli_log(void *user, phi_log_level level, const char *msg) {
    (void)user;
    if (level <= PHI_LOG_INFO)
        fprintf(stderr, "%s: %s%s\n", cli_prog, level == PHI_LOG_ERROR ? "error: " : level == PHI_LOG_WARN ? "warning: " : "",
                msg);
}

void cli_progress_start(phi_progress *p, const char *label, double total) {
    memset(p, 0, sizeof *p);
    p->label = label;
    p->total = total;
    p->tty = isatty(2);
    phi_progress_start(p, phi_now());
}

void cli_progress(phi_progress *p, double done) {
    const char *line = phi_progress_update(p, done, phi_now());
    if (line) fputs(line, stderr);
}

void cli_progress_end(phi_progress *p, double done) {
    if (p->tty) fputs(phi_progress_finish(p, done, phi_now()), stderr);
}

volatile sig_atomic_t cli_interrupted;

static void cli_on_interrupt(int sig) {
    (void)sig;
    cli_interrupted = 1;
}

void cli_catch_interrupt(void) { signal(SIGINT, cli_on_interrupt); }

/* ---- a pool, a model and a tokenizer -------------------------------------------------------- */

int cli_open(cli_model *r, const char *cmd, const char *model_path, const char *tok_path, int threads) {
    memset(r, 0, sizeof *r);
    if ((tok_path && phi_tokenizer_load(&r->tok, tok_path) != PHI_OK) ||
        (threads >= 0 && phi_pool_create(&r->pool, threads) != PHI_OK) ||
        (model_path && phi_model_load(&r->m, model_path, r->pool) != PHI_OK)) {
        cli_fail(cmd, 2);
        cli_close(r);
        return 2;
    }
    r->loaded = model_path != NULL;
    return 0;
}

void cli_close(cli_model *r) {
    if (r->loaded) phi_model_free(&r->m);
    phi_tokenizer_free(r->tok);
    phi_pool_free(r->pool);
    memset(r, 0, sizeof *r);
}

/* ---- JSON ----------------------------------------------------------------------------------- */

void cli_json_begin(cli_json *j) {
    memset(&j->b, 0, sizeof j->b);
    phi_jw_init(&j->w, &j->b, 0);
    phi_jw_begin_object(&j->w);
}

void cli_json_str(cli_json *j, const char *key, const char *v) {
    phi_jw_key(&j->w, key);
    phi_jw_str(&j->w, v);
}

void cli_json_int(cli_json *j, const char *key, int64_t v) {
    phi_jw_key(&j->w, key);
    phi_jw_int(&j->w, v);
}

void cli_json_u64(cli_json *j, const char *key, uint64_t v) { /* past int64, as a parser would read it back */
    phi_jw_key(&j->w, key);
    if (v <= (uint64_t)INT64_MAX) phi_jw_int(&j->w, (int64_t)v);
    else phi_jw_double(&j->w, (double)v);
}

void cli_json_num(cli_json *j, const char *key, double v) {
    phi_jw_key(&j->w, key);
    phi_jw_double(&j->w, v);
}

static int cli_json_end(cli_json *j) {
    phi_jw_end_object(&j->w);
    return phi_jw_finish(&j->w) == PHI_OK && phi_buf_append(&j->b, "\n", 1) == PHI_OK;
}

int cli_json_print(cli_json *j) {
    int ok = cli_json_end(j) && fwrite(j->b.data, 1, j->b.len, stdout) == j->b.len;
    phi_buf_free(&j->b);
    return ok;
}

int cli_json_save(cli_json *j, const char *path) {
    int ok = cli_json_end(j) && phi_file_write_atomic(path, j->b.data, j->b.len) == PHI_OK;
    phi_buf_free(&j->b);
    return ok;
}

/* ---- texts to train a tokenizer on --------------------------------------------------------- */

static int cli_texts_add(cli_texts *t, const char *s, size_t len) {
    if (t->n == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 1024, *off = (size_t *)realloc(t->off, cap * sizeof *off), *lens;
        if (!off) return 0;
        t->off = off;
        if (!(lens = (size_t *)realloc(t->len, cap * sizeof *lens))) return 0;
        t->len = lens, t->cap = cap;
    }
    t->off[t->n] = t->buf.len;
    t->len[t->n] = len;
    if (s && phi_buf_append(&t->buf, s, len) != PHI_OK) return 0;
    t->n++;
    return 1;
}

int cli_texts_file(cli_texts *t, const char *path) {
    size_t at = t->buf.len;
    if (phi_file_read(path, &t->buf) != PHI_OK) return 0;
    if (!cli_texts_add(t, NULL, t->buf.len - at)) return 0;
    t->off[t->n - 1] = at;
    return 1;
}

int cli_texts_jsonl(cli_texts *t, const char *path, const char *field) {
    phi_jsonl_strings r;
    size_t i;
    int ok;
    if (phi_jsonl_read_strings(&r, path, &field, 1) != PHI_OK) return 0;
    for (ok = 1, i = 0; ok && i < r.n; i++) ok = cli_texts_add(t, r.text.data + r.span[2 * i], r.span[2 * i + 1]);
    phi_jsonl_strings_free(&r);
    return ok;
}

const char **cli_texts_array(const cli_texts *t) {
    const char **p = (const char **)malloc((t->n + 1) * sizeof *p);
    size_t i;
    for (i = 0; p && i < t->n; i++) p[i] = t->buf.data ? t->buf.data + t->off[i] : "";
    return p;
}

void cli_texts_free(cli_texts *t) {
    phi_buf_free(&t->buf);
    free(t->off);
    free(t->len);
    memset(t, 0, sizeof *t);
}

