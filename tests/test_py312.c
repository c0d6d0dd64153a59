/* The Python parser's 3.12 mode (phi_py_opts.minor = 12: PEP 695 type parameters and aliases,
   PEP 701 f-strings) against CPython 3.12: the fixture tests/fixtures/py312.txt is made by
   tests/py312_fixtures.py under CPython 3.12.1 (read its header for the format; CI machines
   have no 3.12, so the reference is committed). Every snippet goes through phi_py_parse with
   minor 12: those CPython accepts must give ast.dump's text byte for byte (plain, with
   positions, indented), those it rejects must be rejected. The node table is checked against
   3.12's classes, and a 3.12 tree dumped as 3.11 (minor 0) must show no type_params.
   tests/py312_stdlib.sh does the same over whole standard libraries when a python3.12 exists. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>

#define FIXTURE "tests/fixtures/py312.txt"

static phi_buf fixture; /* the file, its newlines turned into NULs */
static char **lines;
static size_t nlines;

static int load_fixture(void) {
    size_t cap = 0;
    char *p, *end;
    if (lines) return 1;
    if (phi_file_read(FIXTURE, &fixture) != PHI_OK) {
        fprintf(stderr, "cannot read %s: %s\n", FIXTURE, phi_errmsg());
        return 0;
    }
    for (p = fixture.data, end = p + fixture.len; p < end;) {
        char *nl = (char *)memchr(p, '\n', (size_t)(end - p));
        if (!nl) nl = end;
        *nl = 0;
        if (nlines == cap) {
            char **grown = (char **)realloc(lines, (cap = cap ? cap * 2 : 4096) * sizeof *lines);
            if (!grown) return 0;
            lines = grown;
        }
        lines[nlines++] = p;
        p = nl + 1;
    }
    return 1;
}

static int hexval(int c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; }

/* The hex of an S record into b (emptied first); "-" is the empty source. */
static int unhex(const char *h, phi_buf *b) {
    b->len = 0;
    if (!strcmp(h, "-")) return phi_buf_append(b, "", 0) == PHI_OK;
    for (; h[0] && h[1]; h += 2) {
        int hi = hexval(h[0]), lo = hexval(h[1]);
        char c = (char)(hi * 16 + lo);
        if (hi < 0 || lo < 0 || phi_buf_append(b, &c, 1) != PHI_OK) return 0;
    }
    return !*h;
}

static phi_status dump(phi_buf *out, const phi_py_tree *t, int indent, int attrs, int minor) {
    phi_py_dump_opts o;
    memset(&o, 0, sizeof o);
    o.indent = indent, o.include_attributes = attrs, o.minor = minor;
    out->len = 0;
    return phi_py_dump(out, t->root, &o);
}

/* Where two texts first differ, for the message. */
static size_t first_diff(const char *a, const char *b) {
    size_t i = 0;
    while (a[i] && a[i] == b[i]) i++;
    return i;
}

static phi_py_kind kind_named(const char *t, size_t n) {
    int k;
    for (k = 1; k < PHI_PY_KIND_COUNT; k++)
        if (strlen(phi_py_kind_name((phi_py_kind)k)) == n && !memcmp(phi_py_kind_name((phi_py_kind)k), t, n)) return (phi_py_kind)k;
    return PHI_PY_KIND_NONE;
}

/* The table is 3.12's: each class of 3.12's ast with its _fields in order; the kinds and
   fields 3.11 has not are the ones PEP 695 added. */
TEST(node_table_is_python_312s) {
    size_t i, n = 0;
    int k;
    if (!load_fixture()) {
        CHECK_MSG(0, "no fixture");
        return;
    }
    for (i = 0; i < nlines; i++) {
        const char *name = lines[i] + 2, *f;
        size_t nlen, flen;
        int nf = 0;
        phi_py_kind kd;
        if (lines[i][0] != 'K') continue;
        nlen = strcspn(name, " ");
        kd = kind_named(name, nlen);
        CHECK_MSG(kd != PHI_PY_KIND_NONE, "ast.%.*s is not in the node table", (int)nlen, name);
        if (!kd) continue;
        for (f = name + nlen; *f == ' '; f += flen) {
            const char *fname = phi_py_field_name(kd, nf);
            f++;
            flen = strcspn(f, " ");
            CHECK_MSG(fname && strlen(fname) == flen && !memcmp(fname, f, flen), "%s field %d: %s, CPython 3.12 %.*s",
                      phi_py_kind_name(kd), nf, fname ? fname : "(none)", (int)flen, f);
            CHECK_MSG(phi_py_field_minor(kd, nf) == (flen == 11 && !memcmp(f, "type_params", 11) ? 12 : 11), "%s.%.*s: minor %d",
                      phi_py_kind_name(kd), (int)flen, f, phi_py_field_minor(kd, nf));
            nf++;
        }
        CHECK_MSG(nf == phi_py_kind_nfields(kd), "%s: %d fields, CPython 3.12 %d", phi_py_kind_name(kd), phi_py_kind_nfields(kd), nf);
        n++;
    }
    CHECK_MSG(n == PHI_PY_KIND_COUNT - 1, "CPython 3.12 has %zu kinds, the table %d", n, PHI_PY_KIND_COUNT - 1);
    for (k = 1; k < PHI_PY_KIND_COUNT; k++) {
        const char *name = phi_py_kind_name((phi_py_kind)k);
        int new312 = !strcmp(name, "TypeAlias") || !strcmp(name, "TypeVar") || !strcmp(name, "ParamSpec") || !strcmp(name, "TypeVarTuple");
        CHECK_MSG(phi_py_kind_minor((phi_py_kind)k) == (new312 ? 12 : 11), "%s: minor %d", name, phi_py_kind_minor((phi_py_kind)k));
    }
    CHECK_EQ_INT(phi_py_field_minor(PHI_PY_FunctionDef, 7), 0);
    CHECK_EQ_INT(phi_py_kind_minor(PHI_PY_KIND_NONE), 0);
}

/* Every snippet: parsed with minor 12, dumped as 3.12 dumps it, or rejected. */
TEST(snippets_match_cpython_312) {
    size_t i, accepted = 0, rejected = 0, dumps = 0, same_line = 0;
    phi_buf src = {0, 0, 0}, out = {0, 0, 0};
    phi_py_opts po;
    phi_py_tree t;
    const char *name = "";
    int have = 0; /* a tree of the current snippet */
    if (!load_fixture()) {
        CHECK_MSG(0, "no fixture");
        return;
    }
    memset(&po, 0, sizeof po);
    po.minor = 12;
    memset(&t, 0, sizeof t);
    for (i = 0; i < nlines; i++) {
        const char *l = lines[i];
        phi_status st;
        if (l[0] == 'S') {
            const char *h;
            phi_py_tree_free(&t);
            name = l + 2;
            h = strchr(name, ' ');
            CHECK_MSG(h && unhex(h + 1, &src), "bad S record: %.60s", l);
            if (!h) continue;
            st = phi_py_parse(&t, src.data ? src.data : "", src.len, "<unknown>", &po);
            have = st == PHI_OK;
            /* the verdict comes next */
            if (i + 1 < nlines && lines[i + 1][0] == 'R') {
                int line = 0;
                rejected++;
                CHECK_MSG(!have, "%.*s: CPython 3.12 rejects it (%s), phi accepts it", (int)(h - name), name, lines[i + 1] + 2);
                if (!have) {
                    const char *m = strchr(phi_errmsg(), ':');
                    if (m && sscanf(m + 1, "%d", &line) == 1 && line == atoi(lines[i + 1] + 2)) same_line++;
                }
            } else {
                accepted++;
                CHECK_MSG(have, "%.*s: CPython 3.12 accepts it, phi says %s", (int)(h - name), name, phi_errmsg());
            }
        } else if ((l[0] == 'A' || l[0] == 'P') && have) {
            st = dump(&out, &t, 0, l[0] == 'P', 12);
            CHECK_MSG(st == PHI_OK && !strcmp(out.data, l + 2), "%.*s (%s): dumps differ at byte %zu:\n  phi     %.160s\n  CPython %.160s",
                      (int)strcspn(name, " "), name, l[0] == 'P' ? "with positions" : "plain",
                      first_diff(out.data ? out.data : "", l + 2), out.data ? out.data + first_diff(out.data, l + 2) : "",
                      l + 2 + first_diff(out.data ? out.data : "", l + 2));
            dumps++;
        } else if (l[0] == 'I') {
            int indent = 0, n = 0, k;
            size_t at = 0;
            CHECK(sscanf(l + 2, "%d %d", &indent, &n) == 2 && n > 0);
            if (have) {
                st = dump(&out, &t, indent, 1, 12);
                CHECK(st == PHI_OK);
                for (k = 1; k <= n && i + (size_t)k < nlines && st == PHI_OK; k++) {
                    const char *want = lines[i + (size_t)k];
                    size_t wl = strlen(want), gl = at < out.len ? strcspn(out.data + at, "\n") : 0;
                    CHECK_MSG(gl == wl && !memcmp(out.data + at, want, wl), "%.*s indent=%d line %d:\n  phi     %.*s\n  CPython %s",
                              (int)strcspn(name, " "), name, indent, k, (int)gl, out.data + at, want);
                    if (gl != wl || memcmp(out.data + at, want, wl)) break;
                    at += gl + 1;
                }
                CHECK_MSG(k <= n || at == out.len + 1, "%.*s indent=%d: %zu bytes, CPython's end at %zu", (int)strcspn(name, " "), name,
                          indent, out.len, at ? at - 1 : 0);
                dumps++;
            }
            i += (size_t)n;
        }
    }
    phi_py_tree_free(&t);
    printf("  %zu snippets accepted, %zu rejected (%zu of them on CPython's line), %zu dumps\n", accepted, rejected, same_line, dumps);
    CHECK_MSG(accepted > 200 && rejected > 50 && dumps > 350, "only %zu accepted, %zu rejected, %zu dumps", accepted, rejected, dumps);
    phi_buf_free(&src);
    phi_buf_free(&out);
}

/* The version travels with the dump's options: a 3.12 tree dumped as 3.11 has no type_params,
   and 3.12's syntax is 3.11's error. */
TEST(dump_minor_and_3_11_verdicts) {
    static const char src[] = "def f[T](x): pass\nclass C: pass\n";
    phi_py_opts po;
    phi_py_tree t;
    phi_buf out = {0, 0, 0};
    phi_py_dump_opts o;
    memset(&po, 0, sizeof po);
    po.minor = 12;
    CHECK(phi_py_parse(&t, src, sizeof src - 1, NULL, &po) == PHI_OK);
    CHECK(dump(&out, &t, 0, 0, 12) == PHI_OK);
    CHECK_EQ_STR(out.data, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], "
                           "kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')]), "
                           "ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[], type_params=[])], type_ignores=[])");
    CHECK(dump(&out, &t, 0, 0, 0) == PHI_OK);
    CHECK_EQ_STR(out.data, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], "
                           "kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), "
                           "ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])");
    CHECK(dump(&out, &t, 0, 0, 11) == PHI_OK);
    memset(&o, 0, sizeof o);
    o.minor = 13;
    CHECK(phi_py_dump(&out, t.root, &o) == PHI_ERR_ARG);
    phi_py_tree_free(&t);
    /* under 3.11 (the default), 3.12's syntax is an error and f-strings are one token */
    CHECK(phi_py_parse(&t, src, sizeof src - 1, NULL, NULL) == PHI_ERR_PARSE);
    CHECK(phi_py_parse(&t, "type X = int\n", 13, NULL, NULL) == PHI_ERR_PARSE);
    CHECK(phi_py_parse(&t, "f'{'a'}'\n", 9, NULL, NULL) == PHI_ERR_PARSE);
    po.minor = 12;
    CHECK(phi_py_parse(&t, "f'{'a'}'\n", 9, NULL, &po) == PHI_OK);
    phi_py_tree_free(&t);
    /* Unicode: 3.11 reads 14.0, 3.12 15.0 (U+11F04 KAWI LETTER A is new in 15.0) */
    CHECK(phi_py_parse(&t, "\xf0\x91\xbc\x84 = 1\n", 9, NULL, NULL) == PHI_ERR_PARSE);
    CHECK(phi_py_parse(&t, "\xf0\x91\xbc\x84 = 1\n", 9, NULL, &po) == PHI_OK);
    phi_py_tree_free(&t);
    CHECK(phi_py_parse(&t, "'\xe0\xb3\xb3'\n", 6, NULL, &po) == PHI_OK); /* U+0CF3: printable in 15.0 only */
    CHECK(dump(&out, &t, 0, 0, 12) == PHI_OK);
    CHECK_EQ_STR(out.data, "Module(body=[Expr(value=Constant(value='\xe0\xb3\xb3'))], type_ignores=[])");
    CHECK(dump(&out, &t, 0, 0, 11) == PHI_OK);
    CHECK_EQ_STR(out.data, "Module(body=[Expr(value=Constant(value='\\u0cf3'))], type_ignores=[])");
    phi_py_tree_free(&t);
    po.minor = 10;
    CHECK(phi_py_parse(&t, "x\n", 2, NULL, &po) == PHI_ERR_ARG);
    phi_buf_free(&out);
}

int main(void) {
    RUN(node_table_is_python_312s);
    RUN(snippets_match_cpython_312);
    RUN(dump_minor_and_3_11_verdicts);
    free(lines);
    phi_buf_free(&fixture);
    return test_summary();
}
