/* Tests of >>python's tokenizer and literals against CPython 3.11: every reference comes from
   /usr/bin/python3 at test time, through tests/py_tokens_ref.py (CPython's C tokenizer for the
   tokens, ast.parse for the verdicts and the literals' values); without it the tests skip.

   - the tokens (types and positions) of every .py file under /usr/lib/python3.11, and the time
     that takes (MB/s, printed);
   - hand-written snippets (indentation, tabs, continuation lines, numbers, strings, encodings,
     brackets): the tokens where CPython's tokenizer accepts them, and the verdict, message and
     position of ast.parse where we reject them;
   - the values of thousands of string, bytes and number literals.
   Knobs: PHI_PY_FUZZ=N also checks N snippets made by mutating the hand-written ones (seed:
   PHI_PY_FUZZ_SEED; until the
   Unicode region replaces the TEMP stand-ins, a few non-ASCII characters are classed wrongly
   there); PHI_PY_SKIP_STDLIB=1 leaves out the standard library (11 s of Python); PHI_BENCH=1
   times 10 rounds instead of 3. */
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

/* Writes src[n] as one line of Python escapes (the reference script's input). */
static void put_escaped(FILE *f, const char *src, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c >= 0x20 && c < 0x7F && c != '\\') fputc(c, f);
        else fprintf(f, "\\x%02x", c);
    }
    fputc('\n', f);
}

/* Runs the reference script in `mode` on the lines written by write(ctx, f) (through a
   temporary file, named in tmp); returns its output stream, NULL if it cannot run. */
static FILE *ref_run(const char *mode, void (*write)(void *, FILE *), void *ctx, char *tmp) {
    char cmd[512];
    FILE *f;
    int fd;
    strcpy(tmp, "/tmp/phi-py-tokens.XXXXXX");
    if ((fd = mkstemp(tmp)) < 0 || !(f = fdopen(fd, "w"))) return NULL;
    write(ctx, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, REF " %s < %s", mode, tmp);
    return popen(cmd, "r");
}

/* ---- snippets: tokens where CPython's tokenizer accepts, ast.parse's verdict otherwise ---- */

typedef struct snippet {
    const char *src;
    size_t n; /* 0: strlen */
} snippet;
#define S(x) {x, 0}
static const snippet snippets[] = {
    /* indentation */
    S("if x:\n  y\n"), S("if x:\n    y\n  z\n"), S("if x:\n    y\n  zzz # c\n"), S("if x:\n\ty\n        z\n"),
    S("if x:\n        y\n\tz\n"), S("if x:\n    \ty\n"), S("if x:\n  \ty\n\tz\n"), S("if x:\n\tif y:\n\t\tz\n  \tw\n"),
    S("if x:\n    y\n  # c\n"), S("if x:\n  y\n\f    z\n"), S("  \fx\n"), S("\f  x\n"), S("if x:\n  y\n \f  z\n"),
    S("  x\n"), S("if x:\ny\n"), S("if x:\n  y\n z\n"), S("if x:\n  y\n\n\n  z\n"), S("if x:\n  y\n   \n  z\n"),
    S("if x:\n\ty\n\tz\n"), S("if x:\n \t y\n \t z\n"), S("if x:\n\t y\n        z\n"), S("class A:\n  def f(self):\n    pass\n  x = 1\n"),
    S("if x:\n  if y:\n    z\nw\n"), S("if x:\n  if y:\n    z\n"), S("if x:\n  y"), S("if x:\n  y\n  "), S("if x:\n  y\n# c"),
    /* continuation lines */
    S("x = 1 \\\n+ 2\n"), S("x = 1 \\ \n+ 2\n"), S("x = \\"), S("x = \\\n"), S("\\\nx\n"), S("  \\\nx\n"), S("\\\n  x\n"),
    S("if x:\n  \\\n    y\n"), S("if x:\n    \\\n  y\n"), S("if 1:\n  \\\n\tx\n"), S("if 1:\n\t\\\n        x\n"),
    S("if 1:\n        \\\n\tx\n"), S("x = (\\\n1)\n"), S("x = 1 + \\\n  2 \\ y\n"), S("x = 1 + \\\n  2 \\"), S("\\"),
    S("  \\"), S("x = 1 \\\xc3\xa9\n"), S("'''a\nbc''' \\ x\n"), S("'''a\nbc''' + \\\n"), S("(1,\n2,\\\n"), S("x = 1 \\\n\n"),
    S("a\nxyz = 1+\\\n"), S("x = 1 \\\n  # c\n"),
    /* newlines, comments, blank lines, CR */
    S("x = 1 # c\n# d\n\n   \n"), S("x = (1\n  # c\n   + 2)\n"), S("x \f= 1\n"), S("x=1\r\n  \r\n"), S("x=1\ry=2\n"),
    S("x=1\r\r\ny=2\n"), S("x = '''a\r\nb'''\r\n"), S("x = 1"), S(""), S("\n"), S("# only\n"), S("  # c\n  \n"), S("x=1\n\r"),
    S("x = [1,\r\n 2]\r\n"), S("x = 1 # c"), S("pass;pass\n"), S("x = 1;\n"),
    /* brackets */
    S("(\n"), S("(1,\n2"), S(")"), S("(]"), S("(\n]"), S("x = [1, (2, {3: 4})]\n"), S("f(a)(b)[c]{d}\n"), S("}"),
    S("x = (1 $ 2"), S("([{\n}])\n"), S("[\n  1\n    2\n  ]\n"),
    /* operators */
    S("a **= b //= c >>= d <<= e\n"), S("a->b := c != d ... e .. f\n"), S("a <> b\n"), S("a ! b\n"), S("a != b\n"),
    S("a $ b\n"), S("a ? b\n"), S("a ` b\n"), S("x = \x01\n"), S("x = \x0b 1\n"), S("x = \x7f\n"), S("a@b@=c\n"),
    S("a%b%=c^d^=e|f|=g&h&=i~j\n"), S("a<b>c<=d>=e==f=g\n"), S("a-b-=c+d+=e*f*=g/h/=i\n"), S("x = ...\n"),
    S("x.y..z\n"), S("x = 1.\n"), S("x = .5 + 5.\n"), S("a:b\n"),
    /* names and keywords */
    S("\xc3\xa9t\xc3\xa9 = 1\n"), S("x = \xe2\x82\xac\n"), S("x = \xc2\xa0\n"), S("x\xe2\x82\xacy = 1\n"), S("x\xff = 1\n"),
    S("\xed\xa0\x80 = 1\n"), S("async def f(): await x\n"), S("match x:\n case _: pass\n"), S("True False None\n"),
    S("_x __y x_1 X\n"), S("print(\xce\xb1\xce\xb2)\n"), S("\xd0\xb8\xd0\xbc\xd1\x8f = 1\n"), S("x = \xe4\xb8\xad\xe6\x96\x87\n"),
    S("def\n"), S("nonlocal continue finally lambda\n"), S("ifx elsey\n"),
    /* numbers */
    S("1if x else 2\n"), S("1andy\n"), S("0x1for x in y\n"), S("1_000j\n"), S("1e\n"), S("1ex\n"), S("0b12\n"), S("0o\n"),
    S("1.e5\n"), S("1__0\n"), S("1and y\n"), S("1and_\n"), S("1and\xc3\xa9\n"), S("1and1\n"), S("1ifx\n"), S("1if\n"),
    S("1in\n"), S("1is\n"), S("1isx\n"), S("1not in x\n"), S("1nota\n"), S("1or 2\n"), S("1else 2\n"), S("1.0else 2\n"),
    S("1jif 1 else 2\n"), S("0b1if 1 else 2\n"), S("0o7if 1 else 2\n"), S("1_if 2\n"), S("0if 1 else 2\n"),
    S("00if 1 else 2\n"), S("1e5if 1 else 2\n"), S("1\xc3\xa9\n"), S("1.__class__\n"), S("1.j\n"), S("1.x\n"), S("0_0\n"),
    S("0_1\n"), S("07\n"), S("0e0\n"), S("09.5\n"), S("0x\n"), S("0x_\n"), S("0x_1\n"), S("0xg\n"), S("0b\n"), S("0b2\n"),
    S("0o8\n"), S("0o18\n"), S("1e+\n"), S("1e+x\n"), S("1_e5\n"), S("1e5_\n"), S("1e_5\n"), S("0_\n"), S("1_\n"),
    S("0x1_f_F\n"), S("0X1F\n"), S("0O17\n"), S("0B101\n"), S("0b1_0\n"), S("0o1__7\n"), S("0x1__f\n"), S("1.5j\n"),
    S("1e5j\n"), S("1E-5J\n"), S("00.5\n"), S("0.\n"), S("09\n"), S("0_9.5\n"), S("1jj\n"), S("1j_\n"), S("0xfor\n"),
    S("0b1or 1\n"), S("1.5else\n"), S("1.5e\n"), S("3.14e-10\n"), S("1e5e5\n"), S("0x1.5\n"), S("1..2\n"), S("1.2.3\n"),
    S("0b1_\n"), S("0o7_\n"), S("0x1_\n"), S("0xf_g\n"), S("0_0_0\n"), S("0_00_1\n"), S("0oo\n"), S("0bx\n"),
    /* strings */
    S("x = \"ab\n"), S("x = \"\"\"ab\n\n"), S("x = \"ab\\\n"), S("x = \"ab\\"), S("x = \"a\\\nb\"\n"),
    S("x = \"\"\"a\nb\"\"\" + \"\"\"c\n\"\"\"\n"), S("x = 'it''s'\n"), S("x = b'a' rb'b' Br'c' bR'd' RB'e' f'{x}' rf'{y}' FR'z'\n"),
    S("x = u'a' U'b'\n"), S("x = ub'a'\n"), S("x = bu'a'\n"), S("x = ur'a'\n"), S("x = rr'a'\n"), S("x = bb'a'\n"),
    S("x = fb'a'\n"), S("x = ''\n"), S("x = ''''''\n"), S("x = '''a''''\n"), S("x = \"\"\"a\"\"\"\"\n"),
    S("x = '\\''\n"), S("x = \"\\\"\"\n"), S("x = '''\\''''\n"), S("x = 'a\\\\'\n"), S("x = '\xc3\xa9'\n"),
    S("x = '\xff'\n"), S("x = '\xed\xa0\x80'\n"), S("x = \"\"\"\na\n\xff\n\"\"\"\n"), S("x = 'a\" b'\n"),
    S("x = \"a' b\"\n"), S("(1,\n \"\\x4\")\n"), S("x = '''\n\n\n"), S("x = r'\\'\n"), S("x = r'\\''\n"),
    S("def f():\n    '''doc\n    string'''\n    return 1\n"), S("x = '\t'\n"), S("x = 'a\\\r\nb'\n"),
    S("x = '''a\\\r\nb'''\n"),
    /* encodings */
    S("# \xff\nx=1\n"), S("x=\"\xff\"\n"), S("\xff"), S("# coding: utf8\n# \xff\nx=1\n"), S("# coding: utf8\nx=\"\xff\"\n"),
    S("# coding: latin-1\nx=\"\xff\"\n"), S("# coding: foo\nx=1\n"), S("\xef\xbb\xbf# coding: latin-1\nx=1\n"),
    S("\xef\xbb\xbf# coding: utf8\nx=1\n"), S("\xef\xbb\xbf# coding: UTF_8\nx=1\n"), S("# coding: cp1252\nx=\"\x81\"\n"),
    S("# coding: cp1252\nx=\"\x80\"\n"), S("\n# vim: set fileencoding=latin1 :\nx=\"\xe9\"\n"), S("x=1\n# coding: latin1\nx=\"\xe9\"\n"),
    S("x=1 # coding: latin1\nx=\"\xe9\"\n"), S("#!/bin/py\n# -*- coding: ascii -*-\nx=\"\xe9\"\n"),
    S("#!/bin/py\n# -*- coding: ascii -*-\nx=1\n"), S("\xef\xbb\xbfx = '\xc3\xa9'\n"), S("\xef\xbb\xbf"), S("# coding: latin-1\n\xe9 = 1\n"),
    S("# coding: windows-1252\nx = '\x80\x99'\n"), S("# coding: iso-8859-1\nx = '\xe9'\n"), S("# coding=utf-8\nx = '\xc3\xa9'\n"),
    S("# coding:utf-8-sig\nx = 1\n"), S("#coding: latin_1\nx = '\xe9'\n"), S("  # coding: latin-1\nx = '\xe9'\n"),
    S("# coding:\nx = 1\n"), S("# codingx: latin-1\nx = '\xe9'\n"), S("# coding: latin-1 coding: utf-8\nx = '\xe9'\n"),
    S("\n\n# coding: latin-1\nx = '\xe9'\n"), S("# a\n# coding: latin-1\nx = '\xe9'\n"), S("# coding: utf8\nx = '\xc3\xa9'\n"),
    S("# coding: us-ascii\nx = 1\n"), S("# coding: L1\nx = '\xe9'\n"), S("# coding: ISO8859-1\nx = '\xe9'\n"),
    S("# coding: cp1252\n# \x81\n"), S("# coding: ascii\n# \x80\n"), S("x = 1\r# coding: latin-1\rx = '\xe9'\r"),
    S("\xef\xbb\xbf# coding: utf-8\nx = '\xc3\xa9'\n"), S("# coding: u8\nx = '\xc3'\n"),
};

typedef struct snippet_set {
    const snippet *s;
    size_t n;
} snippet_set;
static size_t snip_len(const snippet *s) { return s->n ? s->n : strlen(s->src); }
static void write_snippets(void *ctx, FILE *f) {
    const snippet_set *set = (const snippet_set *)ctx;
    size_t i;
    for (i = 0; i < set->n; i++) put_escaped(f, set->s[i].src, snip_len(&set->s[i]));
}

/* Checks one snippet against its reference read from f: the token block (compared when ours
   accepts the text and Python could decode it), then ast.parse's verdict (compared, message and
   place, when ours rejects it: a text ast.parse rejects for the grammar's reasons may tokenize). */
static int check_snippet(FILE *f, const snippet *sn, size_t idx) {
    char label[64], want[512], verdict[512];
    static char block[1 << 16];
    size_t len = 0;
    run r;
    int ok = 1, had_error;
    snprintf(label, sizeof label, "snippet %zu", idx);
    tokenize(&r, sn->src, snip_len(sn));
    while (fgets(want, sizeof want, f)) { /* the block, up to "." */
        size_t k = strlen(want);
        if (len + k < sizeof block) memcpy(block + len, want, k), len += k;
        if (strcmp(want, ".\n") == 0) break;
    }
    if (r.ok && strcmp(block, "X\n.\n") != 0 && strncmp(block, "X\n", 2) != 0) {
        FILE *mem = fmemopen(block, len, "r");
        ok = mem && compare_block(mem, label, sn->src, snip_len(sn), &had_error);
        if (mem) fclose(mem);
    }
    if (!fgets(verdict, sizeof verdict, f)) return 0;
    verdict[strcspn(verdict, "\n")] = 0;
    if (!r.ok) {
        char cls[64], msg[300];
        int line = 0, col = 0, raw = 0;
        if (strcmp(verdict, "V OK") == 0 && strncmp(r.p.err_msg, "unknown encoding: ", 18) == 0) {
            /* a codec CPython has and phi has not: the documented limitation */
        } else if (sscanf(verdict, "V ERR %63s %d %d %d %299[^\n]", cls, &line, &col, &raw, msg) != 5) {
            fprintf(stderr, "%s: we reject it (%d:%d %s), ast.parse: %s\n", label, r.p.err_line, r.p.err_col, r.p.err_msg, verdict);
            ok = 0;
        } else if (strncmp(r.p.err_msg, msg, strlen(msg)) != 0 && phi__py_tok_error_is_soft(&r.p)) {
            /* CPython's parser failed on the tokens before it: the parser will do the same */
        } else if (strncmp(r.p.err_msg, msg, strlen(msg)) != 0 &&
                   (strcmp(msg, "unexpected indent") == 0 || strcmp(msg, "unexpected unindent") == 0 ||
                    strncmp(msg, "expected an indented block", 26) == 0) &&
                   (line < r.p.err_line || (line == r.p.err_line && col < r.p.err_col))) {
            /* CPython's parser stopped at an INDENT or DEDENT before it (p->tok has them):
               CPython reports that without reading further */
        } else if (strncmp(r.p.err_msg, "unknown encoding: ", 18) == 0 && strncmp(msg, "unknown encoding: ", 18) != 0) {
            /* a codec CPython has and phi has not: the documented limitation */
        } else if (strncmp(r.p.err_msg, "(unicode error) 'utf-8'", 23) == 0 && strcmp(r.p.err_msg, msg) == 0) {
            /* not UTF-8 in a name: CPython counts the columns of such a line its own way */
        } else if (strncmp(r.p.err_msg, msg, strlen(msg)) != 0) {
            fprintf(stderr, "%s: message %s, ast.parse: %s\n", label, r.p.err_msg, msg);
            ok = 0;
        } else if (line != 0 && (line != r.p.err_line || (col != r.p.err_col && raw != r.p.err_col))) {
            /* (line 0: CPython gives no place) */
            fprintf(stderr, "%s (%s): at %d:%d, ast.parse: %d:%d\n", label, msg, r.p.err_line, r.p.err_col, line, col);
            ok = 0;
        } else if ((r.p.err == PHI_ERR_LIMIT) != (strncmp(msg, "too many", 8) == 0)) {
            fprintf(stderr, "%s: status %d for %s\n", label, (int)r.p.err, msg);
            ok = 0;
        }
    }
    done(&r);
    return ok;
}

static void run_snippets(const snippet *s, size_t n) {
    snippet_set set;
    char tmp[64], line[512];
    FILE *f;
    size_t i = 0, bad = 0;
    set.s = s;
    set.n = n;
    f = ref_run("snippets", write_snippets, &set, tmp);
    CHECK(f != NULL);
    if (!f) return;
    while (i < n && fgets(line, sizeof line, f)) {
        if (strncmp(line, "F ", 2) != 0) continue;
        if (!check_snippet(f, &s[i], i)) {
            bad++;
            fprintf(stderr, "    snippet %zu: ", i);
            put_escaped(stderr, s[i].src, snip_len(&s[i]));
        }
        i++;
    }
    CHECK(pclose(f) == 0);
    remove(tmp);
    CHECK_EQ_INT(i, n);
    CHECK_EQ_INT(bad, 0);
    printf("  %zu snippets, %zu differ from CPython\n", n, bad);
}

TEST(snippets_match_cpython) {
    if (!have_python()) SKIP("needs " PYTHON " (CPython 3.11)");
    run_snippets(snippets, sizeof snippets / sizeof *snippets);
}

/* The nesting limits: 99 indentation levels, 200 brackets (PHI_ERR_LIMIT beyond). */
TEST(nesting_limits_match_cpython) {
    static char bufs[8][12000];
    snippet s[8];
    int k, i, m = 0;
    if (!have_python()) SKIP("needs " PYTHON " (CPython 3.11)");
    for (k = 98; k <= 101; k++) {
        char *d = bufs[m];
        for (i = 0; i < k; i++) d += sprintf(d, "%*sif x:\n", i, "");
        sprintf(d, "%*spass\n", k, "");
        s[m].src = bufs[m];
        s[m++].n = 0;
    }
    for (k = 199; k <= 202; k++) {
        char *d = bufs[m];
        d += sprintf(d, "x = ");
        for (i = 0; i < k; i++) *d++ = "([{"[i % 3];
        for (i = k; i-- > 0;) *d++ = ")]}"[i % 3];
        strcpy(d, "\n");
        s[m].src = bufs[m];
        s[m++].n = 0;
    }
    run_snippets(s, (size_t)m);
    {
        run r;
        tokenize(&r, bufs[2], strlen(bufs[2])); /* 100 levels */
        CHECK(!r.ok && r.p.err == PHI_ERR_LIMIT);
        done(&r);
        tokenize(&r, bufs[6], strlen(bufs[6])); /* 201 brackets */
        CHECK(!r.ok && r.p.err == PHI_ERR_LIMIT);
        done(&r);
    }
}

TEST(nul_bytes_are_refused) {
    run r;
    tokenize(&r, "x = 1\n\0y\n", 9);
    CHECK(!r.ok && r.p.err == PHI_ERR_PARSE);
    CHECK_EQ_STR(r.p.err_msg, "source code string cannot contain null bytes");
    CHECK_EQ_INT(r.p.err_line, 2);
    done(&r);
}

/* The decoded text: BOM gone, universal newlines, a final newline, latin-1 and cp1252 as UTF-8. */
TEST(decoding_gives_utf8) {
    run r;
    tokenize(&r, "\xef\xbb\xbfx = 1\r\ny = 2\rz", 17);
    CHECK(r.ok);
    CHECK_EQ_STR(r.p.src, "x = 1\ny = 2\nz\n");
    CHECK_EQ_INT(r.p.len, 14);
    done(&r);
    tokenize(&r, "# coding: latin-1\nx = '\xe9\x80'\n", 27);
    CHECK(r.ok);
    CHECK_EQ_STR(r.p.src, "# coding: latin-1\nx = '\xc3\xa9\xc2\x80'\n");
    done(&r);
    tokenize(&r, "# coding: cp1252\nx = '\xe9\x80'\n", 26);
    CHECK(r.ok);
    CHECK_EQ_STR(r.p.src, "# coding: cp1252\nx = '\xc3\xa9\xe2\x82\xac'\n");
    done(&r);
    tokenize(&r, "", 0);
    CHECK(r.ok && r.p.ntok == 1 && r.p.tok[0].type == PHI__PY_ENDMARKER);
    CHECK_EQ_STR(r.p.src, "\n");
    done(&r);
}

/* The names a coding cookie may give: where phi has the codec, CPython's codecs.lookup finds the
   same one; for the spellings listed, phi finds the codec CPython finds. */
static const char *const codec_names[] = {
    "utf-8", "utf8", "UTF8", "u8", "utf", "utf_8", "utf8_ucs2", "utf8-ucs4", "cp65001", "latin-1", "latin1", "Latin_1",
    "l1", "L1", "iso-8859-1", "iso8859-1", "ISO_8859-1", "iso_8859_1:1987", "8859", "cp819", "ibm819", "IBM819",
    "csisolatin1", "iso-ir-100", "latin", "iso8859", "cp1252", "windows-1252", "Windows_1252", "1252", "ascii", "us-ascii",
    "US_ASCII", "646", "us", "cp367", "ibm367", "csascii", "iso646-us", "iso-ir-6", "ansi_x3.4-1968", "ansi_x3.4_1986",
    "iso_646.irv:1991", "foo", "utf-9", "latin-2", "cp1251", "euc-jp", "utf-16", "utf-32", "koi8-r", "mac-roman",
    "latin.1", "utf.8", "-utf-8-", "..utf8", "utf__8", "cp-1252", "windows1252", "ascii.", "x-foo",
};
static void write_codec_names(void *ctx, FILE *f) {
    size_t i;
    (void)ctx;
    for (i = 0; i < sizeof codec_names / sizeof *codec_names; i++) fprintf(f, "%s\n", codec_names[i]);
}
TEST(codec_names_match_cpython) {
    char tmp[64], line[256];
    FILE *f;
    size_t i = 0;
    if (!have_python()) SKIP("needs " PYTHON " (CPython 3.11)");
    f = ref_run("codecs", write_codec_names, NULL, tmp);
    CHECK(f != NULL);
    if (!f) return;
    while (i < sizeof codec_names / sizeof *codec_names && fgets(line, sizeof line, f)) {
        int ours = phi__py_codec(codec_names[i]), theirs;
        line[strcspn(line, "\n")] = 0;
        theirs = strcmp(line, "utf-8") == 0 ? PHI__PY_ENC_UTF8 : strcmp(line, "iso8859-1") == 0 ? PHI__PY_ENC_LATIN1
                 : strcmp(line, "cp1252") == 0 ? PHI__PY_ENC_CP1252 : strcmp(line, "ascii") == 0 ? PHI__PY_ENC_ASCII : PHI__PY_ENC_NONE;
        CHECK_MSG(ours == theirs, "codec %s: ours %d, CPython %s", codec_names[i], ours, line);
        i++;
    }
    CHECK(pclose(f) == 0);
    remove(tmp);
    CHECK_EQ_INT(i, sizeof codec_names / sizeof *codec_names);
}

/* ---- literals: values against CPython's (ast.parse in eval mode) ---- */

/* The literals: every prefix and quote with one or two body fragments, and numbers. */
typedef struct lit_set {
    char **src;
    size_t n, cap;
} lit_set;
static void lit_add(lit_set *L, const char *s) {
    if (L->n == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 4096;
        L->src = (char **)realloc(L->src, L->cap * sizeof *L->src);
    }
    L->src[L->n++] = strdup(s);
}
static void lit_free(lit_set *L) {
    size_t i;
    for (i = 0; i < L->n; i++) free(L->src[i]);
    free(L->src);
}
static void write_lits(void *ctx, FILE *f) {
    const lit_set *L = (const lit_set *)ctx;
    size_t i;
    for (i = 0; i < L->n; i++) put_escaped(f, L->src[i], strlen(L->src[i]));
}

static const char *const frags[] = {
    "a", "\\n", "\\x41", "\\x4", "\\xg1", "\\x", "\\xfF", "\\u00e9", "\\u12", "\\u", "\\U0001F600", "\\U00110000",
    "\\U0000d800", "\\U1234", "\\N{BULLET}", "\\N{EM DASH}", "\\N{latin small letter a}", "\\N{nope}", "\\N{", "\\N",
    "\\N{}", "\\Nx", "\\N{BULLET", "\\777", "\\0", "\\12", "\\400", "\\1234", "\\08", "\\q", "\\\\", "\\'", "\\\"", "\xc3\xa9",
    "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\\\xc3\xa9", "\\\n", "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\a\\b\\f\\r\\t\\v",
    "\\8", "\\9", "{", "}", "\t", " ", "\\ ", "x\\", "\\u00E9\\u00e9", "\\x00", "\\000", "\\N{SPACE}", "\n", "\r\n", "\r", "\\\r\n", "\\\r",
};

static unsigned long long rnd(unsigned long long *x, unsigned long long m) {
    *x = *x * 6364136223846793005ull + 1442695040888963407ull;
    return (*x >> 33) % m;
}

/* A newline not after a backslash: a short string cannot hold it. */
static int bare_newline(const char *f) {
    size_t i;
    for (i = 0; f[i]; i++)
        if ((f[i] == '\n' || f[i] == '\r') && (i == 0 || f[i - 1] != '\\') && !(f[i] == '\n' && i > 0 && f[i - 1] == '\r' && i > 1 && f[i - 2] == '\\'))
            return 1;
    return 0;
}

static void lits_make(lit_set *L) {
    static const char *const prefixes[] = {"", "r", "b", "rb", "u", "R", "B", "Br", "bR", "RB", "U"};
    static const char *const quotes[] = {"'", "\"", "'''", "\"\"\""};
    static const char *const numbers[] = {
        "0", "00", "0_0", "7", "1_000", "123456789012345678901234567890", "0x0", "0xff", "0XFF", "0x_dead_BEEF",
        "0o777", "0O1_7", "0b0", "0b1010_1010", "0x7fffffffffffffff", "0xffffffffffffffffffffffffffffffff", "0o0_0",
        "1.5", "1.", ".5", "1e10", "1E-10", "1.5e+300", "1e400", "1e-400", "0.1", "0.30000000000000004", "1_0.0_1e1_0",
        "2.2250738585072011e-308", "4.9406564584124654e-324", "1.7976931348623157e308", "1.7976931348623159e308",
        "9007199254740993.0", "3.141592653589793238462643383279", "00.5", "09.5", "0e0", "0_9.5e-0_1", "1j", "1.5J",
        "1e5j", "0j", "00j", "09j", "1_0j", ".5j", "123456789012345678901234567890j", "1e400j",
    };
    char buf[1 << 15];
    size_t p, q, i, j, k;
    for (p = 0; p < sizeof prefixes / sizeof *prefixes; p++)
        for (q = 0; q < 4; q++)
            for (i = 0; i < sizeof frags / sizeof *frags; i++)
                for (j = 0; j < sizeof frags / sizeof *frags; j += (p < 2 ? 1 : 7)) {
                    if (q < 2 && (bare_newline(frags[i]) || bare_newline(frags[j]))) continue; /* '...' ends there */
                    snprintf(buf, sizeof buf, "%s%s%s%s%s", prefixes[p], quotes[q], frags[i], frags[j], quotes[q]);
                    lit_add(L, buf);
                }
    for (i = 0; i < sizeof numbers / sizeof *numbers; i++) lit_add(L, numbers[i]);
    for (k = 0x80; k < 0x100; k++) { /* every byte the codecs decode, in a string */
        static const char *const codecs[] = {"cp1252", "latin-1", "ascii", "utf8"};
        for (i = 0; i < 4; i++) {
            snprintf(buf, sizeof buf, "# coding: %s\n'%c'", codecs[i], (char)k);
            lit_add(L, buf);
        }
    }
    { /* and 4000 made by a fixed pseudo-random sequence: ints, floats, hex, octal, binary, imaginary */
        unsigned long long x = 12345;
        for (k = 0; k < 4000; k++) {
            char *d = buf;
            size_t len = 1 + (size_t)rnd(&x, k % 10 == 0 ? 60 : 22);
            int kind = (int)rnd(&x, 6);
            if (kind == 2) d += sprintf(d, "0x");
            if (kind == 3) d += sprintf(d, "0o");
            if (kind == 4) d += sprintf(d, "0b");
            for (i = 0; i < len; i++) {
                int base = kind == 2 ? 16 : kind == 3 ? 8 : kind == 4 ? 2 : 10;
                int dig = (int)rnd(&x, (unsigned)base);
                if (i == 0 && base == 10 && len > 1 && dig == 0) dig = 1 + (int)rnd(&x, 9);
                *d++ = "0123456789abcdef"[dig];
                if (i + 1 < len && rnd(&x, 7) == 0) *d++ = '_';
            }
            if (kind == 1 || kind == 5) { /* a float: a fraction, an exponent, maybe j */
                size_t fr = (size_t)rnd(&x, 18);
                *d++ = '.';
                for (i = 0; i < fr; i++) *d++ = (char)('0' + rnd(&x, 10));
                if (rnd(&x, 2)) {
                    int neg = (int)rnd(&x, 2);
                    d += sprintf(d, "e%s%d", neg ? "-" : "+", (int)rnd(&x, 340));
                }
                if (kind == 5) *d++ = rnd(&x, 2) ? 'j' : 'J';
            } else if (kind == 0 && rnd(&x, 5) == 0)
                *d++ = 'j';
            *d = 0;
            lit_add(L, buf);
        }
    }
    /* long ones: decimal ints around the 4300-digit limit, hex/octal/binary around it too */
    for (k = 0; k < 6; k++) {
        static const size_t digits[] = {4299, 4300, 4301, 20, 300, 5000};
        size_t n = digits[k];
        buf[0] = '1';
        for (i = 1; i < n; i++) buf[i] = (char)('0' + (i * 7) % 10);
        buf[n] = 0;
        lit_add(L, buf);
        memcpy(buf, "0x", 2); /* hex digits: 4300 decimal digits is about 3571 of them */
        n = digits[k] * 3571 / 4300 + (k < 3 ? (size_t)k : 0);
        for (i = 0; i < n; i++) buf[2 + i] = "fedcba9876543210"[(i * 5) % 16];
        buf[2 + n] = 0;
        lit_add(L, buf);
        memcpy(buf, "0b", 2);
        n = digits[k] * 14284 / 4300 + k;
        for (i = 0; i < n; i++) buf[2 + i] = (char)('0' + (i == 0 || i % 3 != 0));
        buf[2 + n] = 0;
        lit_add(L, buf);
        memcpy(buf, "0o", 2);
        n = digits[k] * 4762 / 4300 + k;
        for (i = 0; i < n; i++) buf[2 + i] = (char)('1' + i % 7);
        buf[2 + n] = 0;
        lit_add(L, buf);
    }
    for (k = 0; k < 40; k++) { /* hex around the exact limit: 0x + k f's above 3565 */
        buf[0] = '0', buf[1] = 'x';
        for (i = 0; i < 3565 + k / 4; i++) buf[2 + i] = (k % 4) == 0 ? 'f' : "8ace"[k % 4];
        buf[2 + i] = 0;
        lit_add(L, buf);
    }
}

static void hexstr(const char *s, size_t n, char *out) {
    size_t i;
    for (i = 0; i < n; i++) sprintf(out + 2 * i, "%02x", (unsigned char)s[i]);
    out[2 * n] = 0;
}

/* Our reading of one literal, in the reference's format. */
static void our_value(const char *src, char *out, size_t cap) {
    run r;
    tokenize(&r, src, strlen(src));
    snprintf(out, cap, "E");
    if (r.ok && r.p.ntok == 3 && r.p.tok[0].type == PHI__PY_STRING) {
        phi_buf b = {NULL, 0, 0};
        const char *body;
        size_t n;
        int flags, triple;
        phi__py_str_body(&r.p, &r.p.tok[0], &flags, &body, &n, &triple);
        if (phi__py_unescape(&r.p, &b, body, n, flags, &r.p.tok[0]) && 2 * b.len + 3 < cap) {
            out[0] = flags & PHI__PY_STR_BYTES ? 'B' : 'S';
            out[1] = ' ';
            hexstr(b.data ? b.data : "", b.len, out + 2);
        }
        phi_buf_free(&b);
    } else if (r.ok && r.p.ntok == 3 && r.p.tok[0].type == PHI__PY_NUMBER) {
        const phi_py_const *c = phi__py_number(&r.p, &r.p.tok[0]);
        if (c && c->type == PHI_PY_CONST_INT) snprintf(out, cap, "I %s", c->s ? c->s : "BIG");
        else if (c && c->type == PHI_PY_CONST_FLOAT) snprintf(out, cap, "F %a", c->d);
        else if (c && c->type == PHI_PY_CONST_COMPLEX) snprintf(out, cap, "C %a", c->d);
    }
    done(&r);
}

/* Python's float.hex() and C's %a write the same double differently: compare the values. */
static int same_value(const char *ours, const char *theirs) {
    if ((ours[0] == 'F' || ours[0] == 'C') && ours[0] == theirs[0]) {
        double a = strtod(ours + 2, NULL), b = strtod(theirs + 2, NULL);
        return memcmp(&a, &b, sizeof a) == 0;
    }
    return strcmp(ours, theirs) == 0;
}

TEST(literal_values_match_cpython) {
    static char want[1 << 16], got[1 << 16];
    lit_set L = {NULL, 0, 0};
    char tmp[64];
    FILE *f;
    size_t i = 0, bad = 0, strs = 0, nums = 0, errs = 0;
    if (!have_python()) SKIP("needs " PYTHON " (CPython 3.11)");
    lits_make(&L);
    f = ref_run("literals", write_lits, &L, tmp);
    CHECK(f != NULL);
    if (!f) return;
    while (i < L.n && fgets(want, sizeof want, f)) {
        want[strcspn(want, "\n")] = 0;
        our_value(L.src[i], got, sizeof got);
        if (!same_value(got, want)) {
            if (bad++ < 20) {
                fprintf(stderr, "literal %zu: ours %.80s, CPython %.80s: ", i, got, want);
                put_escaped(stderr, L.src[i], strlen(L.src[i]) > 200 ? 200 : strlen(L.src[i]));
            }
        }
        errs += want[0] == 'E';
        strs += want[0] == 'S' || want[0] == 'B';
        nums += want[0] == 'I' || want[0] == 'F' || want[0] == 'C';
        i++;
    }
    CHECK(pclose(f) == 0);
    remove(tmp);
    CHECK_EQ_INT(i, L.n);
    CHECK_EQ_INT(bad, 0);
    printf("  %zu literals (%zu str/bytes, %zu numbers, %zu rejected), %zu differ from CPython\n", L.n, strs, nums, errs, bad);
    lit_free(&L);
}

/* The messages of the literal errors, as ast.parse words them. */
TEST(literal_errors_match_cpython) {
    static const char *const cases[] = {
        "'\\x4'", "'ab\\x4g'", "b'\\x4'", "b'ab\\xg'", "'\\u12'", "'\\U00110000'", "'\\N{foo}'", "'\\N{'", "'\\N'", "'\\N{}'",
        "b'\xc3\xa9'", "br'\xc3\xa9'", "'\xc3\xa9\\x4'", "'\xc3\xa9\xc3\xa9\\N{nope}'", "'\\\xc3\xa9\\x'",
    };
    size_t i;
    snippet s[sizeof cases / sizeof *cases];
    if (!have_python()) SKIP("needs " PYTHON " (CPython 3.11)");
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        s[i].src = cases[i];
        s[i].n = 0;
    }
    {
        char tmp[64], line[512];
        snippet_set set;
        FILE *f;
        set.s = s;
        set.n = i;
        f = ref_run("snippets", write_snippets, &set, tmp);
        CHECK(f != NULL);
        if (!f) return;
        i = 0;
        while (fgets(line, sizeof line, f)) {
            if (strncmp(line, "V ERR ", 6) == 0) {
                char cls[64], msg[300];
                int l, c;
                run r;
                phi_buf b = {NULL, 0, 0};
                const char *body;
                size_t n;
                int flags, triple;
                CHECK(sscanf(line, "V ERR %63s %d %d %*d %299[^\n]", cls, &l, &c, msg) == 4);
                tokenize(&r, cases[i], strlen(cases[i]));
                phi__py_str_body(&r.p, &r.p.tok[0], &flags, &body, &n, &triple);
                CHECK(r.ok && !phi__py_unescape(&r.p, &b, body, n, flags, &r.p.tok[0]));
                CHECK_MSG(strcmp(r.p.err_msg, msg) == 0, "case %zu: ours %s, CPython %s", i, r.p.err_msg, msg);
                phi_buf_free(&b);
                done(&r);
                i++;
            } else if (strncmp(line, "V ", 2) == 0) {
                CHECK_MSG(0, "case %zu: CPython accepts it", i);
                i++;
            }
        }
        CHECK(pclose(f) == 0);
        remove(tmp);
        CHECK_EQ_INT(i, sizeof cases / sizeof *cases);
    }
}

/* A long hex literal converts in time bounded by the 4300-digit limit. */
TEST(huge_hex_is_accepted_without_digits) {
    static char buf[1 << 20];
    run r;
    const phi_py_const *c;
    memcpy(buf, "0x", 2);
    memset(buf + 2, 'f', sizeof buf - 3);
    buf[sizeof buf - 1] = 0;
    tokenize(&r, buf, strlen(buf));
    CHECK(r.ok && r.p.ntok == 3);
    c = phi__py_number(&r.p, &r.p.tok[0]);
    CHECK(c && c->type == PHI_PY_CONST_INT && c->s == NULL);
    done(&r);
}


/* With PHI_PY_FUZZ=N: N snippets made by mutating the ones above (bytes inserted, deleted,
   replaced by ones that matter to the tokenizer), checked as they are. */
TEST(mutated_snippets_match_cpython) {
    static const char pool[] = " \t\f\n\r\\'\"#0123456789xXoObBeEjJ_.()[]{}:=<>!$?`abfruFRUif\xc3\xa9\xe2\x82\xac\x80\xff";
    const char *env = getenv("PHI_PY_FUZZ");
    size_t n = env ? (size_t)atol(env) : 0, i, k, nsn = sizeof snippets / sizeof *snippets;
    unsigned long long x = getenv("PHI_PY_FUZZ_SEED") ? strtoull(getenv("PHI_PY_FUZZ_SEED"), NULL, 10) : 777;
    snippet *s;
    char **bufs;
    if (!n) SKIP("PHI_PY_FUZZ=N: N > 0 mutated snippets");
    if (!have_python()) SKIP("needs " PYTHON " (CPython 3.11)");
    s = (snippet *)calloc(n, sizeof *s);
    bufs = (char **)calloc(n, sizeof *bufs);
    for (i = 0; i < n; i++) {
        const snippet *base = &snippets[rnd(&x, nsn)];
        size_t len = snip_len(base), m = 1 + (size_t)rnd(&x, 4), j, cap = len + 64;
        char *b = (char *)malloc(cap);
        memcpy(b, base->src, len);
        for (k = 0; k < m; k++) {
            size_t at = len ? (size_t)rnd(&x, len + 1) : 0;
            int op = (int)rnd(&x, 3);
            char c = pool[rnd(&x, sizeof pool - 1)];
            if (op == 0 && len + 1 < cap) { /* insert */
                memmove(b + at + 1, b + at, len - at);
                b[at] = c;
                len++;
            } else if (op == 1 && at < len) { /* delete */
                memmove(b + at, b + at + 1, len - at - 1);
                len--;
            } else if (at < len)
                b[at] = c;
        }
        for (j = 0; j < len; j++)
            if (!b[j]) b[j] = ' '; /* NULs are checked on their own */
        b[len] = 0;
        bufs[i] = b;
        s[i].src = b;
        s[i].n = len ? len : 0;
    }
    run_snippets(s, n);
    for (i = 0; i < n; i++) free(bufs[i]);
    free(bufs);
    free(s);
}

int main(void) {
    if (!getenv("PHI_PY_SKIP_STDLIB")) RUN(stdlib_tokens_match_cpython);
    RUN(snippets_match_cpython);
    RUN(nesting_limits_match_cpython);
    RUN(nul_bytes_are_refused);
    RUN(decoding_gives_utf8);
    RUN(codec_names_match_cpython);
    RUN(literal_values_match_cpython);
    RUN(literal_errors_match_cpython);
    RUN(huge_hex_is_accepted_without_digits);
    if (getenv("PHI_PY_FUZZ")) RUN(mutated_snippets_match_cpython); /* on demand: not a skip in make test */
    return test_summary();
}
