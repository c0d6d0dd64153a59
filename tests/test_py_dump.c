/* Tests of phi_py_dump (ast.dump) and Python's reprs, against CPython 3.11: the fixture
   tests/fixtures/py_dump.txt is made by tests/py_dump_fixtures.py (read its header for the
   format). It holds reprs of floats, complex numbers, strings and bytes, and trees from
   ast.parse written as tokens: this test builds each tree with the arena's constructors,
   dumps it with every indent and include_attributes, and compares with CPython's text. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FIXTURE "tests/fixtures/py_dump.txt"

static phi_buf fixture;      /* the file, its newlines turned into NULs */
static char **fix_lines;     /* its lines */
static size_t fix_n;
static size_t *fix_rec;      /* the lines that start a record */
static size_t fix_nrec;

static int load_fixture(void) {
    size_t i, cap = 0, rcap = 0;
    char *p, *end;
    if (fix_lines) return 1;
    if (phi_file_read(FIXTURE, &fixture) != PHI_OK) {
        fprintf(stderr, "cannot read %s: %s\n", FIXTURE, phi_errmsg());
        return 0;
    }
    p = fixture.data, end = fixture.data + fixture.len;
    while (p < end) {
        char *nl = (char *)memchr(p, '\n', (size_t)(end - p));
        if (!nl) nl = end;
        *nl = 0;
        if (fix_n == cap) {
            cap = cap ? cap * 2 : 4096;
            fix_lines = (char **)realloc(fix_lines, cap * sizeof *fix_lines);
        }
        fix_lines[fix_n++] = p;
        p = nl + 1;
    }
    for (i = 0; i < fix_n; i++) { /* the records: every line but a D record's text */
        if (strchr(fix_lines[i], '\r')) return 0; /* no CR: the file is written with \n only */
        if (fix_nrec == rcap) {
            rcap = rcap ? rcap * 2 : 4096;
            fix_rec = (size_t *)realloc(fix_rec, rcap * sizeof *fix_rec);
        }
        fix_rec[fix_nrec++] = i;
        if (fix_lines[i][0] == 'D' && fix_lines[i][1] == ' ') {
            char ind[8];
            int attrs, nlines = 0;
            if (sscanf(fix_lines[i] + 2, "%7s %d %d", ind, &attrs, &nlines) != 3 || nlines < 1) return 0;
            i += (size_t)nlines;
        }
    }
    return 1;
}

/* The records of one type, in order: for (r = 0; (l = record(&r, 'F')) != NULL;) ... */
static const char *record(size_t *r, char type) {
    while (*r < fix_nrec) {
        const char *l = fix_lines[fix_rec[(*r)++]];
        if (l[0] == type && l[1] == ' ') return l;
    }
    return NULL;
}

static int hexval(int c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; }

/* "-" or hex digits (up to the next space or the end) into bytes (NUL-terminated, from arena
   or malloc when a is NULL); returns the byte count, -1 when malformed. */
static long unhex(const char *h, size_t hlen, phi__py_arena *a, char **out) {
    size_t i, n = hlen == 1 && h[0] == '-' ? 0 : hlen / 2;
    char *d = a ? (char *)phi__py_alloc(a, n + 1) : (char *)calloc(n + 1, 1);
    *out = d;
    if (!d || (hlen % 2 && n)) return -1;
    for (i = 0; i < n; i++) {
        int hi = hexval(h[2 * i]), lo = hexval(h[2 * i + 1]);
        if (hi < 0 || lo < 0) return -1;
        d[i] = (char)(hi << 4 | lo);
    }
    return (long)n;
}

static double double_of_hex(const char *h) {
    uint64_t bits = strtoull(h, NULL, 16);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* ---- reprs -------------------------------------------------------------------------------- */

TEST(float_reprs_match_cpython) {
    size_t i, n = 0;
    const char *l;
    phi_buf b = {0, 0, 0};
    if (!load_fixture()) {
        CHECK_MSG(0, "no fixture");
        return;
    }
    for (i = 0; (l = record(&i, 'F')) != NULL;) {
        b.len = 0;
        CHECK(phi__py_repr_float(&b, double_of_hex(l + 2)) == PHI_OK);
        CHECK_MSG(b.data && strcmp(b.data, l + 19) == 0, "float %.16s: %s, CPython %s", l + 2, b.data, l + 19);
        n++;
    }
    CHECK_MSG(n > 10000, "only %zu floats in the fixture", n);
    printf("  %zu float reprs\n", n);
    phi_buf_free(&b);
}

TEST(complex_reprs_match_cpython) {
    size_t i, n = 0;
    const char *l;
    phi_buf b = {0, 0, 0};
    phi_py_const c;
    if (!load_fixture()) {
        CHECK_MSG(0, "no fixture");
        return;
    }
    memset(&c, 0, sizeof c);
    c.type = PHI_PY_CONST_COMPLEX;
    for (i = 0; (l = record(&i, 'C')) != NULL;) {
        b.len = 0;
        c.d = double_of_hex(l + 2);
        CHECK(phi__py_repr_const(&b, &c) == PHI_OK);
        CHECK_MSG(b.data && strcmp(b.data, l + 19) == 0, "complex %.16s: %s, CPython %s", l + 2, b.data, l + 19);
        n++;
    }
    CHECK_MSG(n > 500, "only %zu complex numbers in the fixture", n);
    printf("  %zu complex reprs\n", n);
    phi_buf_free(&b);
}

TEST(str_reprs_match_cpython) {
    size_t i, n = 0, nonascii = 0;
    const char *l;
    phi_buf b = {0, 0, 0};
    phi_py_const c;
    if (!load_fixture()) {
        CHECK_MSG(0, "no fixture");
        return;
    }
    memset(&c, 0, sizeof c);
    c.type = PHI_PY_CONST_STR;
    for (i = 0; (l = record(&i, 'S')) != NULL;) {
        const char *sp;
        char *s;
        long len;
        int ascii, same;
        sp = strchr(l + 2, ' ');
        len = unhex(l + 2, (size_t)(sp - l - 2), NULL, &s);
        CHECK_MSG(len >= 0 && (sp[1] == 'a' || sp[1] == 'u') && sp[2] == ' ', "bad fixture line: %.60s", l);
        if (len < 0) {
            free(s);
            continue;
        }
        ascii = sp[1] == 'a';
        b.len = 0;
        c.s = s, c.len = (size_t)len;
        CHECK(phi__py_repr_const(&b, &c) == PHI_OK);
        same = b.data && strcmp(b.data, sp + 3) == 0;
        n++;
        if (!ascii) nonascii++;
        CHECK_MSG(same, "str %s: %s, CPython %s", *l ? l + 2 : "", b.data, sp + 3);
        free(s);
    }
    CHECK_MSG(n > 5000, "only %zu strings in the fixture", n);
    printf("  %zu str reprs (%zu with non-ASCII characters)\n", n, nonascii);
    phi_buf_free(&b);
}

TEST(bytes_reprs_match_cpython) {
    size_t i, n = 0;
    const char *l;
    phi_buf b = {0, 0, 0};
    phi_py_const c;
    if (!load_fixture()) {
        CHECK_MSG(0, "no fixture");
        return;
    }
    memset(&c, 0, sizeof c);
    c.type = PHI_PY_CONST_BYTES;
    for (i = 0; (l = record(&i, 'B')) != NULL;) {
        const char *sp;
        char *s;
        long len;
        sp = strchr(l + 2, ' ');
        len = unhex(l + 2, (size_t)(sp - l - 2), NULL, &s);
        CHECK_MSG(len >= 0, "bad fixture line: %.60s", l);
        b.len = 0;
        c.s = s, c.len = len < 0 ? 0 : (size_t)len;
        CHECK(phi__py_repr_const(&b, &c) == PHI_OK);
        CHECK_MSG(b.data && strcmp(b.data, sp + 1) == 0, "bytes %.40s: %s, CPython %s", l + 2, b.data, sp + 1);
        free(s);
        n++;
    }
    CHECK_MSG(n > 500, "only %zu byte strings in the fixture", n);
    printf("  %zu bytes reprs\n", n);
    phi_buf_free(&b);
}

TEST(simple_constants_and_str_edges) {
    phi_buf b = {0, 0, 0};
    phi_py_const c;
    static const struct { phi_py_const_type t; const char *want; } simple[] = {
        {PHI_PY_CONST_NONE, "None"}, {PHI_PY_CONST_TRUE, "True"}, {PHI_PY_CONST_FALSE, "False"},
        {PHI_PY_CONST_ELLIPSIS, "Ellipsis"}};
    size_t i;
    memset(&c, 0, sizeof c);
    for (i = 0; i < sizeof simple / sizeof *simple; i++) {
        b.len = 0;
        c.type = simple[i].t;
        CHECK(phi__py_repr_const(&b, &c) == PHI_OK);
        CHECK_EQ_STR(b.data, simple[i].want);
    }
    b.len = 0;
    c.type = PHI_PY_CONST_INT, c.s = "123456789012345678901234567890";
    CHECK(phi__py_repr_const(&b, &c) == PHI_OK);
    CHECK_EQ_STR(b.data, "123456789012345678901234567890");
    /* a NUL inside, a lone surrogate (ED A0 80), and U+1F600 kept */
    b.len = 0;
    CHECK(phi__py_repr_str(&b, "a\0b\xed\xa0\x80\xf0\x9f\x98\x80'", 11) == PHI_OK);
    CHECK_EQ_STR(b.data, "\"a\\x00b\\ud800\xf0\x9f\x98\x80'\"");
    /* bytes that are not UTF-8: an error, and the buffer as it was */
    b.len = 0;
    CHECK(phi_buf_append(&b, "keep", 4) == PHI_OK);
    CHECK(phi__py_repr_str(&b, "ab\xff", 3) == PHI_ERR_ENCODING);
    CHECK(phi__py_repr_str(&b, "\xc0\x80", 2) == PHI_ERR_ENCODING);      /* overlong */
    CHECK(phi__py_repr_str(&b, "\xe2\x82", 2) == PHI_ERR_ENCODING);      /* cut short */
    CHECK(phi__py_repr_str(&b, "\xf4\x90\x80\x80", 4) == PHI_ERR_ENCODING); /* > U+10FFFF */
    CHECK_EQ_INT(b.len, 4);
    CHECK_EQ_STR(b.data, "keep");
    phi_buf_free(&b);
}

/* ---- trees -------------------------------------------------------------------------------- */

/* The fixture's tree tokens read back into nodes, by our node table: a field of the wrong
   shape (the table and CPython's classes disagree) is a failure. */
typedef struct reader {
    const char *p;
    phi__py_arena *a;
    int bad;
    char why[200];
} reader;

static const char *next_tok(reader *r, size_t *len) {
    const char *s = r->p;
    while (*s == ' ') s++;
    r->p = s;
    while (*r->p && *r->p != ' ') r->p++;
    *len = (size_t)(r->p - s);
    if (!*len && !r->bad) {
        r->bad = 1;
        snprintf(r->why, sizeof r->why, "the tree ends early");
    }
    return s;
}

static void reader_fail(reader *r, const char *what, const char *t, size_t n) {
    if (!r->bad) snprintf(r->why, sizeof r->why, "%s at \"%.*s\"", what, (int)(n > 60 ? 60 : n), t);
    r->bad = 1;
}

static phi_py_kind kind_named(const char *t, size_t n) {
    int k;
    for (k = 1; k < PHI_PY_KIND_COUNT; k++)
        if (strlen(phi_py_kind_name((phi_py_kind)k)) == n && !memcmp(phi_py_kind_name((phi_py_kind)k), t, n))
            return (phi_py_kind)k;
    return PHI_PY_KIND_NONE;
}

static phi_py_node *read_node_tok(reader *r, const char *t, size_t n);

/* A node or ~ (NULL). */
static phi_py_node *read_node(reader *r) {
    size_t n;
    const char *t = next_tok(r, &n);
    if (r->bad) return NULL;
    if (n == 1 && t[0] == '~') return NULL;
    return read_node_tok(r, t, n);
}

static const char *read_str(reader *r) {
    size_t n;
    const char *t = next_tok(r, &n);
    char *s = NULL;
    if (r->bad || (n == 1 && t[0] == '~')) return NULL;
    if (t[0] != 's' || n < 2 || unhex(t + 1, n - 1, r->a, &s) < 0) reader_fail(r, "expected a string", t, n);
    return s;
}

static long read_count(reader *r, char c) {
    size_t n;
    const char *t = next_tok(r, &n);
    if (r->bad) return 0;
    if (t[0] != c || n < 2) {
        reader_fail(r, c == '#' ? "expected a list" : "expected an int", t, n);
        return 0;
    }
    return strtol(t + 1, NULL, 10);
}

static phi_py_const *read_const(reader *r) {
    size_t n;
    const char *t = next_tok(r, &n);
    phi_py_const *c = (phi_py_const *)phi__py_alloc(r->a, sizeof *c);
    char *s;
    long len;
    if (r->bad) return c;
    switch (t[0]) {
    case 'N': c->type = PHI_PY_CONST_NONE; break;
    case 'T': c->type = PHI_PY_CONST_TRUE; break;
    case 'F': c->type = PHI_PY_CONST_FALSE; break;
    case 'E': c->type = PHI_PY_CONST_ELLIPSIS; break;
    case 'I':
        c->type = PHI_PY_CONST_INT;
        c->s = phi__py_strndup(r->a, t + 1, n - 1);
        break;
    case 'D':
    case 'J':
        c->type = t[0] == 'D' ? PHI_PY_CONST_FLOAT : PHI_PY_CONST_COMPLEX;
        c->d = double_of_hex(t + 1);
        break;
    case 'U':
    case 'B':
        c->type = t[0] == 'U' ? PHI_PY_CONST_STR : PHI_PY_CONST_BYTES;
        len = unhex(t + 1, n - 1, r->a, &s);
        if (len < 0) reader_fail(r, "bad hex", t, n);
        c->s = s, c->len = len < 0 ? 0 : (size_t)len;
        break;
    default: reader_fail(r, "expected a constant", t, n);
    }
    return c;
}

static phi_py_node *read_node_tok(reader *r, const char *t, size_t n) {
    phi_py_kind k = kind_named(t, n);
    phi_py_node *node;
    int i, j, nf;
    if (!k) {
        reader_fail(r, "unknown kind", t, n);
        return NULL;
    }
    nf = phi_py_kind_nfields(k);
    if (!nf && !phi__py_kind(k)->has_pos) return &phi__py_leaves[k]; /* Load, Add, ...: shared */
    node = phi__py_node_new(r->a, k);
    if (phi__py_kind(k)->has_pos) {
        node->lineno = (int)strtol(next_tok(r, &n), NULL, 10);
        node->col_offset = (int)strtol(next_tok(r, &n), NULL, 10);
        node->end_lineno = (int)strtol(next_tok(r, &n), NULL, 10);
        node->end_col_offset = (int)strtol(next_tok(r, &n), NULL, 10);
    }
    for (i = 0; i < nf && !r->bad; i++) {
        int cls = phi__py_kind(k)->field_class[i];
        phi_py_field *f = &node->f[i];
        if (phi_py_field_minor(k, i) > 11) continue; /* 3.12's type_params: not in 3.11's trees */
        switch (cls) {
        case PHI__PY_F_NODE: f->node = read_node(r); break;
        case PHI__PY_F_NODES:
            f->nodes.n = (int)read_count(r, '#');
            f->nodes.items = (phi_py_node **)phi__py_alloc(r->a, (size_t)f->nodes.n * sizeof(phi_py_node *) + 1);
            for (j = 0; j < f->nodes.n; j++) f->nodes.items[j] = read_node(r);
            break;
        case PHI__PY_F_NAMES:
            f->names.n = (int)read_count(r, '#');
            f->names.items = (const char **)phi__py_alloc(r->a, (size_t)f->names.n * sizeof(char *) + 1);
            for (j = 0; j < f->names.n; j++) f->names.items[j] = read_str(r);
            break;
        case PHI__PY_F_STR: f->str = read_str(r); break;
        case PHI__PY_F_CONST: f->value = read_const(r); break;
        default: f->i = read_count(r, 'i'); break;
        }
    }
    return node;
}

static int indent_of(const char *s) { return s[0] == 'N' ? 0 : atoi(s) == 0 ? -1 : atoi(s); }

/* The kinds of CPython's ast module and their fields, as our table has them. */
TEST(node_table_matches_cpython_classes) {
    size_t i, n = 0;
    const char *l;
    if (!load_fixture()) {
        CHECK_MSG(0, "no fixture");
        return;
    }
    for (i = 0; (l = record(&i, 'K')) != NULL;) {
        const char *name = l + 2, *f, *fname;
        size_t nlen = strcspn(name, " "), flen;
        phi_py_kind k;
        int nf = 0;
        k = kind_named(name, nlen);
        CHECK_MSG(k != PHI_PY_KIND_NONE, "ast.%.*s is not in the node table", (int)nlen, name);
        if (!k) continue;
        for (f = name + nlen; *f == ' '; f += flen) {
            f++;
            flen = strcspn(f, " ");
            fname = phi_py_field_name(k, nf);
            CHECK_MSG(fname && strlen(fname) == flen && !memcmp(fname, f, flen), "%s field %d: %s, CPython %.*s",
                      phi_py_kind_name(k), nf, fname ? fname : "(none)", (int)flen, f);
            nf++;
        }
        while (nf < phi_py_kind_nfields(k) && phi_py_field_minor(k, nf) > 11) nf++; /* 3.12's type_params come last */
        CHECK_MSG(nf == phi_py_kind_nfields(k), "%s: %d fields, CPython %d", phi_py_kind_name(k), phi_py_kind_nfields(k), nf);
        CHECK_MSG(phi_py_kind_minor(k) == 11, "%s is a kind of 3.11, not %d", phi_py_kind_name(k), phi_py_kind_minor(k));
        n++;
    }
    for (i = 1; i < PHI_PY_KIND_COUNT; i++) n += phi_py_kind_minor((phi_py_kind)i) == 12; /* 3.12's, checked by test_py312 */
    CHECK_MSG(n == PHI_PY_KIND_COUNT - 1, "CPython 3.11 has %zu kinds (with 3.12's), the table %d", n, PHI_PY_KIND_COUNT - 1);
}

TEST(dumps_match_cpython) {
    size_t i, r, trees = 0, dumps = 0;
    phi__py_arena arena;
    phi_py_node *root = NULL;
    const char *name = "";
    phi_buf b = {0, 0, 0};
    if (!load_fixture()) {
        CHECK_MSG(0, "no fixture");
        return;
    }
    memset(&arena, 0, sizeof arena);
    for (r = 0; r < fix_nrec; r++) {
        const char *l = fix_lines[i = fix_rec[r]];
        phi_py_dump_opts o;
        char ind[8];
        int attrs, nlines;
        if (l[0] == 'T' && l[1] == ' ') {
            reader rd;
            size_t n;
            const char *t;
            phi__py_arena_free(&arena);
            memset(&rd, 0, sizeof rd);
            name = l + 2;
            rd.p = strchr(name, ' ');
            rd.a = &arena;
            t = next_tok(&rd, &n);
            root = read_node_tok(&rd, t, n);
            while (*rd.p == ' ') rd.p++;
            if (*rd.p && !rd.bad) reader_fail(&rd, "tokens left over", rd.p, strlen(rd.p));
            CHECK_MSG(!rd.bad && root, "tree %.*s: %s", (int)strcspn(name, " "), name, rd.why);
            if (rd.bad) root = NULL;
            trees++;
            continue;
        }
        if ((l[0] != 'D' && l[0] != 'H') || l[1] != ' ') continue;
        memset(&o, 0, sizeof o);
        if (l[0] == 'D') {
            size_t k, at = 0;
            CHECK(sscanf(l + 2, "%7s %d %d", ind, &attrs, &nlines) == 3);
            o.indent = indent_of(ind), o.include_attributes = attrs;
            b.len = 0;
            if (root) CHECK(phi_py_dump(&b, root, &o) == PHI_OK);
            for (k = 1; k <= (size_t)nlines && i + k < fix_n; k++) { /* the text, line by line */
                const char *want = fix_lines[i + k];
                size_t wl = strlen(want), gl = at < b.len ? strcspn(b.data + at, "\n") : 0;
                CHECK_MSG(root && gl == wl && !memcmp(b.data + at, want, wl),
                          "tree %.*s indent=%s attrs=%d line %zu:\n  ours    %.*s\n  CPython %s", (int)strcspn(name, " "),
                          name, ind, attrs, k, (int)gl, b.data ? b.data + at : "", want);
                if (root && (gl != wl || memcmp(b.data + at, want, wl))) break;
                at += gl + 1;
            }
            CHECK_MSG(at == b.len + 1, "tree %.*s indent=%s attrs=%d: %zu bytes, CPython's end at %zu",
                      (int)strcspn(name, " "), name, ind, attrs, b.len, at ? at - 1 : 0);
        } else {
            size_t want_len;
            unsigned long long want_h;
            CHECK(sscanf(l + 2, "%7s %d %zu %llx", ind, &attrs, &want_len, &want_h) == 4);
            o.indent = indent_of(ind), o.include_attributes = attrs;
            b.len = 0;
            if (root) CHECK(phi_py_dump(&b, root, &o) == PHI_OK);
            CHECK_MSG(b.len == want_len && phi_fnv1a(PHI_FNV1A_INIT, b.data, b.len) == want_h,
                      "tree %.*s indent=%s attrs=%d: %zu bytes, CPython %zu, or another hash", (int)strcspn(name, " "),
                      name, ind, attrs, b.len, want_len);
        }
        dumps++;
    }
    phi__py_arena_free(&arena);
    phi_buf_free(&b);
    CHECK_MSG(trees >= 40 && dumps == trees * 8, "%zu trees, %zu dumps", trees, dumps);
    printf("  %zu trees, %zu dumps\n", trees, dumps);
}

/* ---- deep trees --------------------------------------------------------------------------- */

/* ast.parse('a+a+...+a') with terms names, positions as CPython gives them: a Module holding
   an Expr of a left-deep chain of BinOps. */
static phi_py_node *build_chain(phi__py_arena *a, int terms) {
    phi_py_node *m = phi__py_node_new(a, PHI_PY_Module), *e = phi__py_node_new(a, PHI_PY_Expr), *x = NULL;
    int i;
    for (i = 0; i < terms; i++) {
        phi_py_node *name = phi__py_node_new(a, PHI_PY_Name);
        name->lineno = name->end_lineno = 1;
        name->col_offset = 2 * i, name->end_col_offset = 2 * i + 1;
        name->f[0].str = "a";
        name->f[1].node = &phi__py_leaves[PHI_PY_Load];
        if (!x) {
            x = name;
        } else {
            phi_py_node *op = phi__py_node_new(a, PHI_PY_BinOp);
            op->lineno = op->end_lineno = 1;
            op->col_offset = 0, op->end_col_offset = 2 * i + 1;
            op->f[0].node = x;
            op->f[1].node = &phi__py_leaves[PHI_PY_Add];
            op->f[2].node = name;
            x = op;
        }
    }
    e->lineno = e->end_lineno = 1, e->col_offset = 0, e->end_col_offset = 2 * terms - 1;
    e->f[0].node = x;
    m->f[0].nodes.n = 1;
    m->f[0].nodes.items = (phi_py_node **)phi__py_alloc(a, sizeof(phi_py_node *));
    m->f[0].nodes.items[0] = e;
    return m;
}

/* The chains the fixture has hashes of (up to 20000 deep: CPython's own dump of 100000 takes
   minutes) */
TEST(deep_chains_match_cpython) {
    size_t i, n = 0;
    const char *l;
    phi_buf b = {0, 0, 0};
    if (!load_fixture()) {
        CHECK_MSG(0, "no fixture");
        return;
    }
    for (i = 0; (l = record(&i, 'L')) != NULL;) {
        phi__py_arena a;
        phi_py_dump_opts o;
        char ind[8];
        int terms, attrs;
        size_t want_len;
        unsigned long long want_h;
        CHECK(sscanf(l + 2, "%d %7s %d %zu %llx", &terms, ind, &attrs, &want_len, &want_h) == 5);
        memset(&a, 0, sizeof a);
        memset(&o, 0, sizeof o);
        o.indent = indent_of(ind), o.include_attributes = attrs;
        b.len = 0;
        CHECK(phi_py_dump(&b, build_chain(&a, terms), &o) == PHI_OK);
        CHECK_MSG(b.len == want_len && phi_fnv1a(PHI_FNV1A_INIT, b.data, b.len) == want_h,
                  "chain of %d indent=%s attrs=%d: %zu bytes, CPython %zu, or another hash", terms, ind, attrs, b.len,
                  want_len);
        phi__py_arena_free(&a);
        n++;
    }
    CHECK_EQ_INT(n, 6);
    phi_buf_free(&b);
}

/* 100000 deep, and the text is the pattern the 20000 one has (checked by hash above). */
TEST(chain_of_100000_terms) {
    const int terms = 100000;
    const char *head = "Module(body=[Expr(value=", *leaf = "Name(id='a', ctx=Load())",
               *link = ", op=Add(), right=Name(id='a', ctx=Load()))", *tail = ")], type_ignores=[])";
    phi__py_arena a;
    phi_buf b = {0, 0, 0}, want = {0, 0, 0};
    int i;
    memset(&a, 0, sizeof a);
    phi_buf_append(&want, head, strlen(head));
    for (i = 1; i < terms; i++) phi_buf_append(&want, "BinOp(left=", 11);
    phi_buf_append(&want, leaf, strlen(leaf));
    for (i = 1; i < terms; i++) phi_buf_append(&want, link, strlen(link));
    phi_buf_append(&want, tail, strlen(tail));
    CHECK(phi_py_dump(&b, build_chain(&a, terms), NULL) == PHI_OK);
    CHECK_EQ_INT(b.len, want.len);
    CHECK(b.len == want.len && !memcmp(b.data, want.data, b.len));
    phi__py_arena_free(&a);
    phi_buf_free(&b);
    phi_buf_free(&want);
}

/* ---- errors ------------------------------------------------------------------------------- */

TEST(errors_leave_the_buffer_as_it_was) {
    phi__py_arena a;
    phi_buf b = {0, 0, 0};
    phi_py_node *m, *e, *c, bad;
    phi_py_const big;
    memset(&a, 0, sizeof a);
    memset(&big, 0, sizeof big);
    /* Module(body=[Expr(value=Constant(value=<an int of more than 4300 digits>))]):
       CPython's dump raises ValueError */
    m = phi__py_node_new(&a, PHI_PY_Module), e = phi__py_node_new(&a, PHI_PY_Expr), c = phi__py_node_new(&a, PHI_PY_Constant);
    big.type = PHI_PY_CONST_INT;
    c->f[0].value = &big;
    e->f[0].node = c;
    m->f[0].nodes.n = 1;
    m->f[0].nodes.items = &e;
    phi_buf_append(&b, "before", 6);
    CHECK(phi_py_dump(&b, m, NULL) == PHI_ERR_LIMIT);
    CHECK(strstr(phi_errmsg(), "4300") != NULL);
    CHECK_EQ_INT(b.len, 6);
    CHECK_EQ_STR(b.data, "before");
    /* bad arguments and a node of no kind */
    CHECK(phi_py_dump(&b, NULL, NULL) == PHI_ERR_ARG);
    CHECK(phi_py_dump(NULL, m, NULL) == PHI_ERR_ARG);
    memset(&bad, 0, sizeof bad);
    bad.kind = (phi_py_kind)9999;
    CHECK(phi_py_dump(&b, &bad, NULL) == PHI_ERR_ARG);
    bad.kind = PHI_PY_Name; /* fields missing, here as a child */
    e->f[0].node = &bad;
    CHECK(phi_py_dump(&b, m, NULL) == PHI_ERR_ARG);
    e->f[0].node = c;
    /* a string that is not UTF-8 */
    big.type = PHI_PY_CONST_STR, big.s = "\xff", big.len = 1;
    CHECK(phi_py_dump(&b, m, NULL) == PHI_ERR_ENCODING);
    CHECK_EQ_STR(b.data, "before");
    /* and then it works */
    big.s = "ok", big.len = 2;
    CHECK(phi_py_dump(&b, m, NULL) == PHI_OK);
    CHECK_EQ_STR(b.data, "beforeModule(body=[Expr(value=Constant(value='ok'))], type_ignores=[])");
    phi__py_arena_free(&a);
    phi_buf_free(&b);
}

int main(void) {
    RUN(float_reprs_match_cpython);
    RUN(complex_reprs_match_cpython);
    RUN(str_reprs_match_cpython);
    RUN(bytes_reprs_match_cpython);
    RUN(simple_constants_and_str_edges);
    RUN(node_table_matches_cpython_classes);
    RUN(dumps_match_cpython);
    RUN(deep_chains_match_cpython);
    RUN(chain_of_100000_terms);
    RUN(errors_leave_the_buffer_as_it_was);
    free(fix_lines);
    free(fix_rec);
    phi_buf_free(&fixture);
    return test_summary();
}
