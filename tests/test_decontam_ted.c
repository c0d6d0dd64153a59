/* Tests of >>decontam's trees and tree edit distance (phi.h [phi:decontam-ted]).

   References, none of them made by the code under test:
   - tests/ted_ref.py, run by /usr/bin/python3 (CPython 3.11) at test time: a plain Python
     Zhang-Shasha that gives the TED of every pair we compute (>= 10,000 pairs: HumanEval x MBPP
     function trees in both label modes, and random trees over 2 to 4 labels), itself checked
     against two brute forces on tiny trees (every edit mapping; the forest recursion); and the
     labelled trees of the HumanEval/MBPP functions built from CPython's own ast, which ours,
     built from phi_py_parse, must equal node for node (in the `ast` mode the size must also be
     len(list(ast.walk(fn))) minus the docstring's two nodes);
   - the definitions themselves: the cascade of phi_ted_within against the exact TED on every
     pair of a sample (no pair with sim >= tau is lost), hand-written trees and documents.
   Data: HumanEval and MBPP from PHI_DATA (default ../shared/data); tests that need them skip
   when they are missing. PHI_PY_SKIP_STDLIB=1 leaves out the trees of /usr/lib/python3.11
   (every function's, against CPython's). PHI_TED_PAIRS=N sets the HumanEval x MBPP pairs per mode (default
   1500) and PHI_TED_RANDOM=N the random pairs (default 7500). */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
/* Allocations are counted: the distance must allocate nothing once its scratch has grown. */
static size_t g_allocs;
static void *count_malloc(size_t n) { return g_allocs++, malloc(n); }
static void *count_realloc(void *p, size_t n) { return g_allocs++, realloc(p, n); }
#define PHI_MALLOC(n) count_malloc(n)
#define PHI_REALLOC(p, n) count_realloc(p, n)
#define PHI_FREE(p) free(p)
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <sys/stat.h>
#include <unistd.h>

#define PYTHON "/usr/bin/python3"
#define REF PYTHON " tests/ted_ref.py"

static int have_python(void) { return access(PYTHON, X_OK) == 0; }

static int env_int(const char *name, int def) {
    const char *v = getenv(name);
    return v && *v ? atoi(v) : def;
}

/* -- the benchmarks' function units, built once per mode */
typedef struct bench_units {
    phi_ted_units he, mbpp;
    int loaded;
} bench_units;
static bench_units g_units[2]; /* [PHI_TED_CANONICAL], [PHI_TED_AST] */
static int g_no_data;

static const char *he_fields[] = {"prompt", "canonical_solution", "entry_point"};
static const char *mbpp_fields[] = {"code"};

static int load_units(phi_ted_labels mode) {
    bench_units *b = &g_units[mode];
    const char *he = test_data("humaneval/HumanEval.jsonl"), *mb;
    phi_jsonl_strings s;
    phi_ted_opts o;
    size_t i;
    phi_buf src;
    if (b->loaded) return 1;
    if (!he || !(mb = test_data("mbpp/mbpp.jsonl"))) return g_no_data = 1, 0;
    memset(&o, 0, sizeof o);
    memset(&src, 0, sizeof src);
    o.labels = mode;
    o.doc = PHI_TED_DOC_PYTHON;
    CHECK(phi_jsonl_read_strings(&s, he, he_fields, 3) == PHI_OK);
    for (i = 0; i < s.n; i++) {
        char name[128];
        size_t *sp = s.span + 6 * i;
        src.len = 0;
        phi_buf_append(&src, s.text.data + sp[0], sp[1]);
        phi_buf_append(&src, s.text.data + sp[2], sp[3]);
        snprintf(name, sizeof name, "%.*s", (int)sp[5], s.text.data + sp[4]);
        o.name = name;
        CHECK_MSG(phi_ted_units_add(&b->he, src.data, src.len, (int64_t)i, &o) == PHI_OK, "HumanEval %zu: %s", i, phi_errmsg());
    }
    phi_jsonl_strings_free(&s);
    o.name = NULL;
    CHECK(phi_jsonl_read_strings(&s, mb, mbpp_fields, 1) == PHI_OK);
    for (i = 0; i < s.n; i++)
        CHECK_MSG(phi_ted_units_add(&b->mbpp, s.text.data + s.span[2 * i], s.span[2 * i + 1], (int64_t)i, &o) == PHI_OK,
                  "MBPP %zu: %s", i, phi_errmsg());
    phi_jsonl_strings_free(&s);
    phi_buf_free(&src);
    b->loaded = 1;
    return 1;
}

/* -- small things first */

TEST(canonical_drops_the_fields_it_names) {
    /* phi__ted_drop_field names fields by their index in the ASDL signatures */
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_FunctionDef, 3), "decorator_list");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_FunctionDef, 4), "returns");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_AsyncFunctionDef, 3), "decorator_list");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_AsyncFunctionDef, 4), "returns");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_ClassDef, 4), "decorator_list");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_arg, 1), "annotation");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_AnnAssign, 1), "annotation");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_AnnAssign, 2), "value");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_BinOp, 1), "op");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_AugAssign, 1), "op");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_UnaryOp, 0), "op");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_BoolOp, 0), "op");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_Compare, 1), "ops");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_ClassDef, 3), "body");
    CHECK_EQ_STR(phi_py_field_name(PHI_PY_FunctionDef, 2), "body");
    CHECK(PHI_PY_NotIn - PHI_PY_Load + 1 == 32);
}

TEST(label_names) {
    char buf[40];
    CHECK_EQ_STR(phi_ted_label_name(PHI_PY_Name, buf), "Name");
    CHECK_EQ_STR(phi_ted_label_name(PHI_PY_KIND_COUNT + (PHI_PY_Add - PHI_PY_Load), buf), "BinOp.Add");
    CHECK_EQ_STR(phi_ted_label_name(PHI_PY_KIND_COUNT + 32 * 4 + (PHI_PY_NotIn - PHI_PY_Load), buf), "Compare.NotIn");
    CHECK_EQ_STR(phi_ted_label_name(0, buf), "?");
    CHECK_EQ_STR(phi_ted_label_name(PHI_PY_KIND_COUNT + 5 * 32, buf), "?");
}

TEST(trees_from_sizes) {
    /*        4:a
             /    \
           2:b    3:c        post-order: d e b c a  (sizes 1 1 3 1 5)
          /   \
        0:d   1:e                 pre-order: a b d e c */
    int lab[5] = {4, 5, 2, 3, 1}, size[5] = {1, 1, 3, 1, 5}, bad1[3] = {1, 1, 2}, bad2[3] = {1, 2, 2}, bad3[2] = {1, 1};
    phi_ted_tree t, u;
    CHECK(phi_ted_tree_build(&t, lab, size, 5) == PHI_OK);
    CHECK_EQ_INT(t.n, 5);
    CHECK(t.lml[0] == 0 && t.lml[1] == 1 && t.lml[2] == 0 && t.lml[3] == 3 && t.lml[4] == 0);
    /* the mirror: pre-order a b d e c reversed: c e d b a, sizes 1 1 1 3 5 */
    CHECK(t.rlabel_[0] == 3 && t.rlabel_[1] == 5 && t.rlabel_[2] == 4 && t.rlabel_[3] == 2 && t.rlabel_[4] == 1);
    CHECK(t.rlml_[0] == 0 && t.rlml_[1] == 1 && t.rlml_[2] == 2 && t.rlml_[3] == 1 && t.rlml_[4] == 0);
    CHECK_EQ_INT(t.nkr_[0], 3); /* e, c, a */
    CHECK(t.kr_[0][0] == 1 && t.kr_[0][1] == 3 && t.kr_[0][2] == 4);
    CHECK_EQ_INT(t.cost_[0], 1 + 1 + 5);
    CHECK_EQ_INT(t.nkr_[1], 3); /* mirrored, a(c, b(e, d)): d (2), b (3), a (4) */
    CHECK(t.kr_[1][0] == 2 && t.kr_[1][1] == 3 && t.kr_[1][2] == 4);
    CHECK_EQ_INT(t.cost_[1], 1 + 3 + 5);
    CHECK_EQ_INT(t.nhist_, 5);
    CHECK(phi_ted(&t, &t) == 0);
    CHECK(phi_ted_tree_build(&u, lab, bad1, 3) == PHI_ERR_ARG); /* two roots */
    CHECK(phi_ted_tree_build(&u, lab, bad2, 3) == PHI_ERR_ARG); /* node 1 claims 1 child, 2 claims 1: two roots */
    CHECK(phi_ted_tree_build(&u, lab, bad3, 2) == PHI_ERR_ARG);
    CHECK(phi_ted_tree_build(&u, lab, size, 0) == PHI_OK && u.n == 0);
    CHECK_EQ_INT(phi_ted(&t, &u), 5);
    phi_ted_tree_free(&u);
    phi_ted_tree_free(&t);
    phi_ted_tree_free(&t); /* harmless */
}

TEST(tau_is_an_exact_fraction) {
    phi_ted_tau t;
    int num, den, mx, k;
    CHECK(phi_ted_tau_parse(&t, "0.95") == PHI_OK && t.num == 19 && t.den == 20);
    CHECK(phi_ted_tau_parse(&t, "0.8") == PHI_OK && t.num == 4 && t.den == 5);
    CHECK(phi_ted_tau_parse(&t, ".85") == PHI_OK && t.num == 17 && t.den == 20);
    CHECK(phi_ted_tau_parse(&t, "1") == PHI_OK && t.num == 1 && t.den == 1);
    CHECK(phi_ted_tau_parse(&t, "1.000") == PHI_OK && t.num == 1 && t.den == 1);
    CHECK(phi_ted_tau_parse(&t, "0") == PHI_OK && t.num == 0 && t.den == 1);
    CHECK(phi_ted_tau_parse(&t, "9/10") == PHI_OK && t.num == 9 && t.den == 10);
    CHECK(phi_ted_tau_parse(&t, "0.123456789") == PHI_OK && t.num == 123456789 && t.den == 1000000000);
    CHECK(phi_ted_tau_parse(&t, "1.5") == PHI_ERR_ARG);
    CHECK(phi_ted_tau_parse(&t, "3/2") == PHI_ERR_ARG);
    CHECK(phi_ted_tau_parse(&t, "1/0") == PHI_ERR_ARG);
    CHECK(phi_ted_tau_parse(&t, "") == PHI_ERR_ARG);
    CHECK(phi_ted_tau_parse(&t, ".") == PHI_ERR_ARG);
    CHECK(phi_ted_tau_parse(&t, "0.9x") == PHI_ERR_ARG);
    CHECK(phi_ted_tau_parse(&t, "0.1234567891") == PHI_ERR_ARG);
    CHECK(phi_ted_tau_parse(&t, "-0.5") == PHI_ERR_ARG);
    /* phi_ted_max_dist is the largest ted with den (max - ted) >= num max */
    for (den = 1; den <= 20; den++)
        for (num = 0; num <= den; num++)
            for (mx = 1; mx <= 60; mx++) {
                phi_ted_tau tau;
                tau.num = num, tau.den = den;
                k = phi_ted_max_dist(tau, mx);
                CHECK_MSG((int64_t)den * (mx - k) >= (int64_t)num * mx && (int64_t)den * (mx - k - 1) < (int64_t)num * mx,
                          "%d/%d max %d: k %d", num, den, mx, k);
            }
}

/* The post-order labels of a unit, named, comma-separated. */
static void tree_labels(const phi_ted_tree *t, phi_buf *out) {
    int i;
    char name[40];
    out->len = 0;
    for (i = 0; i < t->n; i++) phi_buf_printf(out, "%s%s", i ? "," : "", phi_ted_label_name(t->label[i], name));
}
static void tree_sizes(const phi_ted_tree *t, phi_buf *out) {
    int i;
    out->len = 0;
    for (i = 0; i < t->n; i++) phi_buf_printf(out, "%s%d", i ? "," : "", i - t->lml[i] + 1);
}

TEST(canonical_mode_by_hand) {
    static const char src[] =
        "import os\n"
        "@decorator\n"
        "def f(x: int, *a, k=1) -> int:\n"
        "    \"\"\"doc\"\"\"\n"
        "    from m import n\n"
        "    y: int = -x + 1\n"
        "    z: str\n"
        "    'a comment'\n"
        "    if 0 < y <= 2 and not x:\n"
        "        y += 1\n"
        "    return y == 3\n";
    phi_ted_units u;
    phi_ted_opts o;
    phi_buf b;
    memset(&u, 0, sizeof u);
    memset(&o, 0, sizeof o);
    memset(&b, 0, sizeof b);
    CHECK(phi_ted_units_add(&u, src, sizeof src - 1, 7, &o) == PHI_OK);
    CHECK_EQ_INT(u.n, 1);
    if (u.n != 1) return;
    CHECK_EQ_STR(u.items[0].name, "f");
    CHECK_EQ_INT(u.items[0].lineno, 3);
    CHECK_EQ_INT(u.items[0].end_lineno, 11);
    CHECK_EQ_INT(u.items[0].block, -1);
    CHECK_EQ_INT(u.items[0].tag, 7);
    CHECK_EQ_INT(u.items[0].small, 0); /* 29 nodes */
    tree_labels(&u.items[0].tree, &b);
    /* written out by hand from the definition in the API comment */
    CHECK_EQ_STR(b.data, "arg,arg,arg,Constant,arguments,"               /* x (no annotation), *a, k=1 */
                         "Name,Name,UnaryOp.USub,Constant,BinOp.Add,Assign," /* y: int = -x + 1 */
                         "Constant,Lt,LtE,Name,Constant,Compare,Name,UnaryOp.Not,BoolOp.And," /* 0 < y <= 2 and not x */
                         "Name,Constant,AugAssign.Add,If,"
                         "Name,Constant,Compare.Eq,Return,FunctionDef");
    phi_ted_units_clear(&u);
    /* the chained comparison keeps its operators as leaves: look for them */
    o.labels = PHI_TED_CANONICAL;
    CHECK(phi_ted_units_add(&u, "def g(a, b, c):\n    return a < b <= c\n", 38, 0, &o) == PHI_OK);
    CHECK_EQ_INT(u.n, 1);
    if (u.n == 1) {
        tree_labels(&u.items[0].tree, &b);
        CHECK_EQ_STR(b.data, "arg,arg,arg,arguments,Name,Lt,LtE,Name,Name,Compare,Return,FunctionDef");
    }
    phi_ted_units_free(&u);
    phi_buf_free(&b);
}

TEST(units_methods_nested_async_and_filter) {
    static const char src[] =
        "class A:\n"
        "    def m(self):\n"
        "        def inner():\n"
        "            return 1\n"
        "        return inner\n"
        "async def h():\n"
        "    await x\n"
        "def m():\n"
        "    pass\n";
    phi_ted_units u;
    phi_ted_opts o;
    memset(&u, 0, sizeof u);
    memset(&o, 0, sizeof o);
    o.labels = PHI_TED_AST;
    CHECK(phi_ted_units_add(&u, src, sizeof src - 1, 0, &o) == PHI_OK);
    CHECK_EQ_INT(u.n, 4);
    if (u.n == 4) {
        CHECK_EQ_STR(u.items[0].name, "m");
        CHECK_EQ_STR(u.items[1].name, "inner");
        CHECK_EQ_STR(u.items[2].name, "h");
        CHECK_EQ_STR(u.items[3].name, "m");
        CHECK(u.items[0].lineno == 2 && u.items[0].end_lineno == 5);
        CHECK(u.items[1].lineno == 3 && u.items[1].end_lineno == 4);
        /* inner stays inside m's tree: m = FunctionDef arguments arg | FunctionDef(inner) arguments
           Return Constant | Return Name Load  -> inner's 4 nodes are part of m's 10 */
        CHECK_EQ_INT(u.items[1].tree.n, 4);
        CHECK_EQ_INT(u.items[0].tree.n, 10);
    }
    phi_ted_units_clear(&u);
    o.name = "m";
    CHECK(phi_ted_units_add(&u, src, sizeof src - 1, 0, &o) == PHI_OK);
    CHECK_EQ_INT(u.n, 2);
    o.doc = PHI_TED_DOC_PYTHON;
    CHECK(phi_ted_units_add(&u, "def (:\n", 7, 0, &o) == PHI_ERR_PARSE);
    CHECK_EQ_INT(u.n, 2);
    phi_ted_units_free(&u);
}

TEST(markdown_code_blocks) {
    static const char doc[] =
        "# A textbook\n"                   /* 1 */
        "Some text.\n"                     /* 2 */
        "```python\n"                      /* 3 */
        "def a(x):\n"                      /* 4 */
        "    return x\n"                   /* 5 */
        "```\n"                            /* 6 */
        "```bash\n"                        /* 7 */
        "~~~\n"                            /* 8: not a closing fence (another character) */
        "ls -l\n"                          /* 9 */
        "```\n"                            /* 10 */
        "1. a list item\n"                 /* 11 */
        "   ```\n"                         /* 12 */
        "   def b():\n"                    /* 13 */
        "       pass\n"                    /* 14 */
        "   ```\n"                         /* 15 */
        "```py\n"                          /* 16 */
        "def broken(:\n"                   /* 17 */
        "```\n"                            /* 18 */
        "~~~~ Python {.numberLines}\r\n"   /* 19 */
        "async def c():\r\n"               /* 20 */
        "    pass\r\n"                     /* 21 */
        "~~~~~  \r\n"                      /* 22: closes (as long or longer, then spaces) */
        "````python\n"                     /* 23: never closed: runs to the end */
        "\n"                               /* 24 */
        "def d():\n"                       /* 25 */
        "    return 2\n";                  /* 26 */
    phi_ted_units u;
    phi_ted_opts o;
    memset(&u, 0, sizeof u);
    memset(&o, 0, sizeof o);
    CHECK(phi_ted_units_add(&u, doc, sizeof doc - 1, 3, &o) == PHI_OK);
    CHECK_EQ_INT(u.python_bad, 1);
    CHECK_EQ_INT(u.blocks, 5);
    CHECK_EQ_INT(u.blocks_bad, 1);
    CHECK_EQ_INT(u.blocks_other, 1);
    CHECK_MSG(strstr(u.first_bad, "code block at line 16:1:") != NULL, "%s", u.first_bad);
    CHECK(u.bad_lines && u.bad_lines[0] == 16);
    CHECK_MSG(!strcmp(u.python_error, "document:2:6: invalid syntax"), "%s", u.python_error);
    CHECK_EQ_INT(u.n, 4);
    if (u.n == 4) {
        CHECK(!strcmp(u.items[0].name, "a") && u.items[0].lineno == 4 && u.items[0].end_lineno == 5 && u.items[0].block == 0);
        CHECK(!strcmp(u.items[1].name, "b") && u.items[1].lineno == 13 && u.items[1].end_lineno == 14 && u.items[1].block == 2);
        CHECK(!strcmp(u.items[2].name, "c") && u.items[2].lineno == 20 && u.items[2].end_lineno == 21 && u.items[2].block == 4);
        CHECK(!strcmp(u.items[3].name, "d") && u.items[3].lineno == 25 && u.items[3].end_lineno == 26 && u.items[3].block == 5);
        CHECK_EQ_INT(u.items[3].tag, 3);
    }
    phi_ted_units_clear(&u);
    CHECK_EQ_INT(u.blocks, 0);
    /* a Python file is read whole (AUTO), or refused as markdown has no blocks */
    CHECK(phi_ted_units_add(&u, "def a():\n    pass\n", 18, 0, &o) == PHI_OK);
    CHECK(u.n == 1 && u.python_bad == 0 && u.items[0].block == -1);
    o.doc = PHI_TED_DOC_MARKDOWN;
    CHECK(phi_ted_units_add(&u, "def a():\n    pass\n", 18, 0, &o) == PHI_OK);
    CHECK(u.n == 1 && u.blocks == 0);
    phi_ted_units_free(&u);
}

/* Mutated documents (bytes flipped, fences and line ends inserted, pieces cut): no crash (the
   sanitizer run), and what comes back is consistent: every unit's lines lie in the document,
   lineno <= end_lineno, each bad block's fence line too. */
TEST(mutated_documents_are_handled) {
    static const char *const seeds[] = {
        "# Title\n```python\ndef a(x):\n    return [i * 2 for i in x if i]\n```\ntext\n```\nclass C:\n    def m(self): pass\n```\n",
        "def f(a, b=1, *c, d, **e) -> int:\n    '''doc'''\n    async def g():\n        await h()\n    return lambda: a if b else c\n",
        "~~~py\n@dec\nasync def k():\n    async with x as y:\n        yield\n~~~\n   ```\n   def z(): return {1: 2, **q}\n   ```\n"};
    static const char *const inserts[] = {"```", "~~~", "\n", "\r", "\r\n", "def ", "(", ":", "    ", "\t", "'''", "```python\n"};
    phi_rng r;
    phi_ted_units u;
    phi_ted_opts o;
    int it, n_iter = env_int("PHI_TED_MUTATIONS", 3000), units = 0;
    char buf[1024];
    memset(&u, 0, sizeof u);
    memset(&o, 0, sizeof o);
    phi_rng_seed(&r, 5);
    for (it = 0; it < n_iter; it++) {
        size_t len, m, nm = 1 + phi_rng_below(&r, 6);
        int lines = 1, i;
        strcpy(buf, seeds[it % 3]);
        len = strlen(buf);
        for (m = 0; m < nm; m++) {
            size_t at = phi_rng_below(&r, (uint64_t)len + 1);
            switch (phi_rng_below(&r, 3)) {
            case 0:
                if (len) buf[at < len ? at : len - 1] = (char)phi_rng_below(&r, 256);
                break;
            case 1: {
                const char *ins = inserts[phi_rng_below(&r, sizeof inserts / sizeof *inserts)];
                size_t il = strlen(ins);
                if (len + il < sizeof buf) memmove(buf + at + il, buf + at, len - at), memcpy(buf + at, ins, il), len += il;
                break;
            }
            default: {
                size_t cut = phi_rng_below(&r, 8);
                if (at + cut > len) cut = len - at;
                memmove(buf + at, buf + at + cut, len - at - cut), len -= cut;
            }
            }
        }
        for (m = 0; m < len; m++) lines += buf[m] == '\n';
        o.labels = it & 1 ? PHI_TED_AST : PHI_TED_CANONICAL;
        o.doc = (phi_ted_doc)(it % 3);
        phi_ted_units_clear(&u);
        if (phi_ted_units_add(&u, buf, len, it, &o) != PHI_OK) {
            CHECK_MSG(o.doc == PHI_TED_DOC_PYTHON, "iteration %d: %s", it, phi_errmsg());
            continue;
        }
        CHECK(u.blocks_bad <= u.blocks);
        for (i = 0; i < u.n; i++) {
            const phi_ted_unit *un = &u.items[i];
            CHECK_MSG(un->lineno >= 1 && un->lineno <= un->end_lineno && un->end_lineno <= lines && un->tree.n >= 2 && un->tag == it,
                      "iteration %d unit %d: lines %d-%d of %d, %d nodes", it, i, un->lineno, un->end_lineno, lines, un->tree.n);
        }
        for (i = 0; i < u.blocks_bad; i++) CHECK(u.bad_lines[i] >= 1 && u.bad_lines[i] <= lines);
        units += u.n;
    }
    phi_ted_units_free(&u);
    printf("  %d mutated documents: %d units\n", n_iter, units);
}

/* -- against CPython's ast: the trees of every HumanEval and MBPP function */
static void units_match_cpython(phi_ted_labels mode) {
    static const char *const kinds[2] = {"humaneval", "mbpp"};
    int k, checked = 0;
    phi_buf lab, siz;
    if (!have_python()) SKIP("needs " PYTHON " (CPython 3.11)");
    if (!load_units(mode)) SKIP_NO_DATA();
    memset(&lab, 0, sizeof lab);
    memset(&siz, 0, sizeof siz);
    for (k = 0; k < 2; k++) {
        const phi_ted_units *u = k ? &g_units[mode].mbpp : &g_units[mode].he;
        char cmd[1200], *line = NULL;
        size_t cap = 0;
        int i = 0;
        FILE *f;
        snprintf(cmd, sizeof cmd, REF " units %s %s %s", kinds[k],
                 test_data(k ? "mbpp/mbpp.jsonl" : "humaneval/HumanEval.jsonl"), mode == PHI_TED_AST ? "ast" : "canonical");
        CHECK((f = popen(cmd, "r")) != NULL);
        if (!f) return;
        while (getline(&line, &cap, f) > 0) {
            char *fld[8], *p = line;
            int nf = 0;
            const phi_ted_unit *un;
            line[strcspn(line, "\n")] = 0;
            while (nf < 8 && p) {
                fld[nf++] = p;
                if ((p = strchr(p, '\t'))) *p++ = 0;
            }
            CHECK_MSG(nf == 8, "%s: reference line \"%s\"", kinds[k], line);
            CHECK_MSG(i < u->n, "%s: fewer units than CPython's", kinds[k]);
            if (nf != 8 || i >= u->n) break;
            un = &u->items[i++];
            tree_labels(&un->tree, &lab);
            tree_sizes(&un->tree, &siz);
            CHECK_MSG(un->tag == atoi(fld[0]) && !strcmp(un->name, fld[1]) && un->lineno == atoi(fld[2]) &&
                          un->end_lineno == atoi(fld[3]) && un->tree.n == atoi(fld[4]),
                      "%s item %s %s: ours %lld %s lines %d-%d size %d, CPython's lines %s-%s size %s", kinds[k], fld[0], fld[1],
                      (long long)un->tag, un->name, un->lineno, un->end_lineno, un->tree.n, fld[2], fld[3], fld[4]);
            CHECK_MSG(!strcmp(lab.data, fld[6]), "%s item %s %s labels:\n  ours    %s\n  CPython %s", kinds[k], fld[0], fld[1], lab.data, fld[6]);
            CHECK_MSG(!strcmp(siz.data, fld[7]), "%s item %s %s sizes:\n  ours    %s\n  CPython %s", kinds[k], fld[0], fld[1], siz.data, fld[7]);
            if (mode == PHI_TED_AST) CHECK_MSG(un->tree.n == atoi(fld[5]), "%s item %s: size %d, ast.walk %s", kinds[k], fld[0], un->tree.n, fld[5]);
            checked++;
        }
        CHECK_MSG(i == u->n, "%s: %d units, CPython %d", kinds[k], u->n, i);
        free(line);
        CHECK(pclose(f) == 0);
    }
    CHECK(checked > 1000);
    printf("  %s mode: %d function trees equal CPython's\n", mode == PHI_TED_AST ? "ast" : "canonical", checked);
    phi_buf_free(&lab);
    phi_buf_free(&siz);
}
TEST(units_match_cpython_canonical) { units_match_cpython(PHI_TED_CANONICAL); }
TEST(units_match_cpython_ast) { units_match_cpython(PHI_TED_AST); }

/* -- the same for every function of the standard library (CRC-32 of the labels and sizes) */
static void stdlib_matches_cpython(phi_ted_labels mode) {
    char list[] = "/tmp/phi-ted-list.XXXXXX", cmd[1200], *line = NULL;
    size_t cap = 0;
    phi_buf paths, src, lab, siz;
    phi_ted_units u;
    phi_ted_opts o;
    FILE *f;
    int fd, file = -1, k = 0, checked = 0, bad = 0;
    char *p, *next;
    if (!have_python() || access("/usr/lib/python3.11", R_OK) != 0) SKIP("needs " PYTHON " (CPython 3.11) and /usr/lib/python3.11");
    memset(&paths, 0, sizeof paths), memset(&src, 0, sizeof src), memset(&lab, 0, sizeof lab), memset(&siz, 0, sizeof siz);
    memset(&u, 0, sizeof u), memset(&o, 0, sizeof o);
    o.labels = mode;
    o.doc = PHI_TED_DOC_PYTHON;
    CHECK((fd = mkstemp(list)) >= 0);
    close(fd);
    snprintf(cmd, sizeof cmd, "find /usr/lib/python3.11 -name '*.py' | LC_ALL=C sort > %s", list);
    CHECK(system(cmd) == 0 && phi_file_read(list, &paths) == PHI_OK);
    snprintf(cmd, sizeof cmd, REF " files %s %s", list, mode == PHI_TED_AST ? "ast" : "canonical");
    CHECK((f = popen(cmd, "r")) != NULL);
    p = paths.data;
    while (f && getline(&line, &cap, f) > 0 && bad < 10) {
        int idx = atoi(line);
        char *fld[7], *q = line;
        int nf = 0;
        line[strcspn(line, "\n")] = 0;
        while (nf < 7 && q) {
            fld[nf++] = q;
            if ((q = strchr(q, '\t'))) *q++ = 0;
        }
        while (file < idx && p && *p) { /* the next file: its units */
            next = strchr(p, '\n');
            if (next) *next = 0;
            src.len = 0;
            phi_ted_units_clear(&u);
            CHECK_MSG(phi_file_read(p, &src) == PHI_OK && phi_ted_units_add(&u, src.data ? src.data : "", src.len, 0, &o) == PHI_OK,
                      "%s: %s", p, phi_errmsg());
            p = next ? next + 1 : NULL;
            file++, k = 0;
        }
        if (nf == 2) { /* CPython does not parse it */
            CHECK_MSG(u.n == 0, "file %d: CPython refuses it, we have %d units", idx, u.n);
            continue;
        }
        if (nf != 7 || k >= u.n) {
            CHECK_MSG(0, "file %d: unit %d: ours missing, or reference line bad", idx, k);
            bad++;
            continue;
        }
        {
            const phi_ted_unit *un = &u.items[k++];
            uint32_t crc;
            tree_labels(&un->tree, &lab);
            tree_sizes(&un->tree, &siz);
            crc = phi_crc32(phi_crc32(phi_crc32(0, lab.data, lab.len), "\t", 1), siz.data, siz.len);
            if (strcmp(un->name, fld[1]) || un->lineno != atoi(fld[2]) || un->end_lineno != atoi(fld[3]) || un->tree.n != atoi(fld[4]) ||
                (mode == PHI_TED_AST && un->tree.n != atoi(fld[5])) || crc != (uint32_t)strtoul(fld[6], NULL, 10)) {
                CHECK_MSG(0, "file %d function %s line %s: ours %s line %d size %d, CPython's size %s (ast.walk %s), trees differ: %d",
                          idx, fld[1], fld[2], un->name, un->lineno, un->tree.n, fld[4], fld[5], crc != (uint32_t)strtoul(fld[6], NULL, 10));
                bad++;
            }
            checked++;
        }
    }
    if (f) CHECK(pclose(f) == 0 || bad);
    CHECK(checked > 10000);
    printf("  %s mode: %d functions of /usr/lib/python3.11 equal CPython's trees\n", mode == PHI_TED_AST ? "ast" : "canonical", checked);
    unlink(list);
    free(line);
    phi_ted_units_free(&u);
    phi_buf_free(&paths), phi_buf_free(&src), phi_buf_free(&lab), phi_buf_free(&siz);
}
TEST(stdlib_matches_cpython_canonical) { stdlib_matches_cpython(PHI_TED_CANONICAL); }
TEST(stdlib_matches_cpython_ast) { stdlib_matches_cpython(PHI_TED_AST); }

/* -- TED against the Python reference */

/* A random tree of n nodes (n <= 200) over nl labels: node i's parent is one of the w nodes
   before it, so w picks the shape (1: a path; n: bushy), children in index order. */
static void random_tree(phi_rng *r, phi_ted_tree *t, int n, int nl) {
    int first[200], next[200], cur[200], stack[200], size[200], lab[200], psize[200];
    int post = 0, sp = 0, i, w = 1 + (int)phi_rng_below(r, (uint64_t)n);
    for (i = 0; i < n; i++) first[i] = -1, size[i] = 1;
    for (i = n - 1; i >= 1; i--) {
        int lo = i - w < 0 ? 0 : i - w, par = lo + (int)phi_rng_below(r, (uint64_t)(i - lo));
        next[i] = first[par], first[par] = i; /* i is pushed in front: lists end up in index order */
        size[par] += size[i];                 /* i's size is final: its children are all > i */
    }
    stack[sp++] = 0, cur[0] = first[0];
    while (sp) { /* post-order, iteratively: a node is emitted after its children */
        int v = stack[sp - 1];
        if (cur[v] >= 0) {
            int c = cur[v];
            cur[v] = next[c];
            stack[sp++] = c, cur[c] = first[c];
        } else {
            lab[post] = (int)phi_rng_below(r, (uint64_t)nl);
            psize[post++] = size[v];
            sp--;
        }
    }
    CHECK(phi_ted_tree_build(t, lab, psize, n) == PHI_OK);
}

/* A copy of t with `edits` random edits: a node deleted (its children take its place: in
   post-order, its entry goes and its ancestors shrink by one) or relabelled with a label of
   another node. Its TED to t is at most edits. */
static void edited_tree(phi_rng *r, const phi_ted_tree *t, phi_ted_tree *out, int edits) {
    int n = t->n, i, e, *lab = (int *)malloc(sizeof(int) * (size_t)(n + 1)), *size = (int *)malloc(sizeof(int) * (size_t)(n + 1));
    for (i = 0; i < n; i++) lab[i] = t->label[i], size[i] = i - t->lml[i] + 1;
    for (e = 0; e < edits && n > 1; e++) {
        int v = (int)phi_rng_below(r, (uint64_t)(n - 1)); /* never the root */
        if (phi_rng_below(r, 2)) {
            lab[v] = lab[phi_rng_below(r, (uint64_t)n)];
            continue;
        }
        for (i = v + 1; i < n; i++)
            if (i - size[i] + 1 <= v) size[i]--;
        memmove(lab + v, lab + v + 1, sizeof(int) * (size_t)(n - v - 1));
        memmove(size + v, size + v + 1, sizeof(int) * (size_t)(n - v - 1));
        n--;
    }
    CHECK(phi_ted_tree_build(out, lab, size, n) == PHI_OK);
    free(lab);
    free(size);
}

static void write_tree(FILE *f, const phi_ted_tree *t) {
    int i;
    fprintf(f, "%d", t->n);
    for (i = 0; i < t->n; i++) fprintf(f, " %d", t->label[i]);
    for (i = 0; i < t->n; i++) fprintf(f, " %d", i - t->lml[i] + 1);
}

typedef struct pairs {
    phi_ted_tree *a, *b;
    const char **what;
    int n, cap;
    phi_ted_tree *own; /* the trees made here (the others are units' views) */
    int nown, cap_own;
} pairs;
static void own(pairs *p, const phi_ted_tree *t) {
    if (p->nown == p->cap_own) {
        p->cap_own = p->cap_own ? 2 * p->cap_own : 1024;
        p->own = (phi_ted_tree *)realloc(p->own, sizeof *p->own * (size_t)p->cap_own);
    }
    p->own[p->nown++] = *t;
}
static void add_pair(pairs *p, const phi_ted_tree *a, const phi_ted_tree *b, const char *what) {
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 1024;
        p->a = (phi_ted_tree *)realloc(p->a, sizeof *p->a * (size_t)p->cap);
        p->b = (phi_ted_tree *)realloc(p->b, sizeof *p->b * (size_t)p->cap);
        p->what = (const char **)realloc((void *)p->what, sizeof *p->what * (size_t)p->cap);
    }
    p->a[p->n] = *a, p->b[p->n] = *b, p->what[p->n++] = what;
}

/* Every pair: TED both ways against the reference, the bounded TED for several k, and the
   cascade of phi_ted_within at many thresholds, with and without the floor: it must keep
   exactly the pairs whose exact similarity reaches tau. */
static void check_pairs(const pairs *p, const int *ref) {
    static const char *const taus[] = {"1", "0.95", "0.9", "0.85", "0.8", "0.7", "0.5", "0.3", "0"};
    int i, t, bad = 0, kept = 0, stages[8] = {0};
    for (i = 0; i < p->n && bad < 10; i++) {
        const phi_ted_tree *a = &p->a[i], *b = &p->b[i];
        int d = ref[i], ks[6], j, mx = a->n > b->n ? a->n : b->n, mn = a->n < b->n ? a->n : b->n;
        int d1 = phi_ted(a, b), d2 = phi_ted(b, a);
        if (d1 != d || d2 != d) {
            CHECK_MSG(0, "pair %d (%s, sizes %d %d): reference %d, phi_ted %d, reversed %d", i, p->what[i], a->n, b->n, d, d1, d2);
            bad++;
            continue;
        }
        ks[0] = 0, ks[1] = d > 0 ? d - 1 : 0, ks[2] = d, ks[3] = d + 1, ks[4] = d / 2, ks[5] = 2 * d + 3;
        for (j = 0; j < 6; j++) {
            int want = d < ks[j] + 1 ? d : ks[j] + 1, got = phi_ted_bounded(a, b, ks[j]);
            if (got != want) {
                CHECK_MSG(0, "pair %d (%s): bounded by %d: %d, want %d", i, p->what[i], ks[j], got, want);
                bad++;
            }
        }
        for (t = 0; t < (int)(sizeof taus / sizeof *taus); t++) {
            phi_ted_tau tau;
            phi_ted_result r;
            int want, got, fl;
            phi_ted_tau_parse(&tau, taus[t]);
            want = tau.den * (mx - d) >= tau.num * mx;
            for (fl = 0; fl < 2; fl++) {
                int w = fl && mn < PHI_DEFAULT_TED_FLOOR ? d == 0 : want;
                got = phi_ted_within(a, b, tau, fl ? 0 : -1, &r);
                if (got != w || (got && r.ted != d) || (!got && r.ted > d)) {
                    CHECK_MSG(0, "pair %d (%s, sizes %d %d, ted %d) tau %s floor %s: within %d (stage %d, ted %d), want %d", i,
                              p->what[i], a->n, b->n, d, taus[t], fl ? "20" : "none", got, (int)r.stage, r.ted, w);
                    bad++;
                }
                if (!fl) stages[r.stage]++, kept += got;
            }
        }
    }
    CHECK(bad == 0);
    printf("  %d pairs agree with tests/ted_ref.py; cascade at 9 thresholds kept %d; decided by: small %d, size %d, "
           "identical %d, labels %d, post-order %d, pre-order %d, TED %d\n",
           p->n, kept, stages[1], stages[2], stages[3], stages[4], stages[5], stages[6], stages[7]);
}

TEST(ted_agrees_with_the_python_reference) {
    int npairs = env_int("PHI_TED_PAIRS", 1500), nrand = env_int("PHI_TED_RANDOM", 7500), i, m, *ref;
    phi_rng r;
    pairs p;
    char path[] = "/tmp/phi-ted-pairs.XXXXXX", cmd[700];
    FILE *f;
    int fd;
    if (!have_python()) SKIP("needs " PYTHON " (CPython 3.11)");
    memset(&p, 0, sizeof p);
    phi_rng_seed(&r, 20240613);
    if (load_units(PHI_TED_CANONICAL) && load_units(PHI_TED_AST)) {
        for (m = 0; m < 2; m++) {
            const phi_ted_units *he = &g_units[m].he, *mb = &g_units[m].mbpp;
            for (i = 0; i < npairs; i++)
                add_pair(&p, &he->items[phi_rng_below(&r, (uint64_t)he->n)].tree, &mb->items[phi_rng_below(&r, (uint64_t)mb->n)].tree,
                         m ? "HumanEval x MBPP, ast" : "HumanEval x MBPP, canonical");
            for (i = 0; i < npairs / 3; i++) { /* near copies: pairs that reach the thresholds */
                const phi_ted_tree *t = i & 1 ? &he->items[phi_rng_below(&r, (uint64_t)he->n)].tree
                                              : &mb->items[phi_rng_below(&r, (uint64_t)mb->n)].tree;
                phi_ted_tree e;
                edited_tree(&r, t, &e, 1 + (int)phi_rng_below(&r, 12));
                own(&p, &e);
                add_pair(&p, t, &e, m ? "benchmark tree and an edited copy, ast" : "benchmark tree and an edited copy, canonical");
            }
        }
    } else
        printf("  (no HumanEval/MBPP: random trees only)\n");
    for (i = 0; i < nrand; i++) {
        phi_ted_tree a, b, e;
        int nl = 2 + (int)phi_rng_below(&r, 3);
        random_tree(&r, &a, 1 + (int)phi_rng_below(&r, 70), nl);
        random_tree(&r, &b, 1 + (int)phi_rng_below(&r, 70), nl);
        own(&p, &a);
        own(&p, &b);
        add_pair(&p, &a, &b, "random trees");
        if (i % 4 == 0) {
            edited_tree(&r, &a, &e, 1 + (int)phi_rng_below(&r, 10));
            own(&p, &e);
            add_pair(&p, &a, &e, "random tree and an edited copy");
        }
    }
    CHECK((fd = mkstemp(path)) >= 0 && (f = fdopen(fd, "w")) != NULL);
    for (i = 0; i < p.n; i++) {
        write_tree(f, &p.a[i]);
        fputc(' ', f);
        write_tree(f, &p.b[i]);
        fputc('\n', f);
    }
    fclose(f);
    ref = (int *)malloc(sizeof(int) * (size_t)p.n);
    /* The reference's answers are kept in build/ted_ref/, named by a hash of the pairs and of
       tests/ted_ref.py: the run under the sanitizers makes the same pairs and reuses them. */
    {
        phi_buf in, script;
        char cache[128];
        uint64_t h;
        memset(&in, 0, sizeof in);
        memset(&script, 0, sizeof script);
        CHECK(phi_file_read(path, &in) == PHI_OK && phi_file_read("tests/ted_ref.py", &script) == PHI_OK);
        h = phi_fnv1a(phi_fnv1a(14695981039346656037ull, in.data, in.len), script.data, script.len);
        snprintf(cache, sizeof cache, "build/ted_ref/%016llx.txt", (unsigned long long)h);
        phi_buf_free(&in);
        phi_buf_free(&script);
        if (access(cache, R_OK) != 0) {
            mkdir("build", 0777);
            mkdir("build/ted_ref", 0777);
            snprintf(cmd, sizeof cmd, REF " ted 2 < %s > %s.tmp && mv %s.tmp %s", path, cache, cache, cache);
            CHECK_MSG(system(cmd) == 0, "%s", cmd);
        } else
            printf("  (the reference's distances for these pairs: %s)\n", cache);
        CHECK((f = fopen(cache, "r")) != NULL);
        for (i = 0; f && i < p.n && fscanf(f, "%d", &ref[i]) == 1; i++) {
        }
        if (f) fclose(f);
    }
    if (!getenv("PHI_TED_KEEP")) unlink(path);
    CHECK_MSG(i == p.n, "the reference gave %d distances for %d pairs", i, p.n);
    CHECK(p.n >= 10000 || env_int("PHI_TED_PAIRS", 1500) < 1500 || env_int("PHI_TED_RANDOM", 7500) < 7500);
    if (i == p.n) check_pairs(&p, ref);
    /* no allocation once the per-thread scratch has grown to the largest pair */
    {
        size_t before = g_allocs;
        phi_ted_tau tau = {4, 5};
        for (i = 0; i < p.n; i++) {
            phi_ted(&p.a[i], &p.b[i]);
            phi_ted_within(&p.a[i], &p.b[i], tau, -1, NULL);
        }
        CHECK_EQ_INT(g_allocs - before, 0);
    }
    for (i = 0; i < p.nown; i++) phi_ted_tree_free(&p.own[i]);
    free(p.own);
    free(ref);
    free(p.a);
    free(p.b);
    free((void *)p.what);
}

TEST(python_reference_checks_itself_by_brute_force) {
    FILE *f;
    char line[256] = "";
    if (!have_python()) SKIP("needs " PYTHON " (CPython 3.11)");
    CHECK((f = popen(REF " selftest 3000 7", "r")) != NULL);
    if (!f) return;
    if (!fgets(line, sizeof line, f)) line[0] = 0;
    CHECK(pclose(f) == 0);
    CHECK_MSG(!strcmp(line, "ok 3000\n"), "tests/ted_ref.py selftest: %s", line);
}

/* -- screening: the index finds exactly what trying every reference finds */
TEST(index_query_equals_brute_force) {
    static const char *const taus[] = {"0.95", "0.9", "0.8", "0.5"};
    const phi_ted_units *he, *mb;
    const phi_ted_tree **refs;
    phi_ted_index ix;
    phi_ted_match out[2048];
    phi_rng r;
    int nref = 0, q, i, t, *ted, nq = env_int("PHI_TED_QUERIES", 60), found_total = 0;
    if (!load_units(PHI_TED_CANONICAL)) SKIP_NO_DATA();
    he = &g_units[PHI_TED_CANONICAL].he, mb = &g_units[PHI_TED_CANONICAL].mbpp;
    refs = (const phi_ted_tree **)malloc(sizeof *refs * (size_t)(he->n + mb->n));
    ted = (int *)malloc(sizeof *ted * (size_t)(he->n + mb->n));
    for (i = 0; i < he->n; i++) refs[nref++] = &he->items[i].tree;
    for (i = 0; i < mb->n; i++) refs[nref++] = &mb->items[i].tree;
    CHECK(phi_ted_index_build(&ix, refs, nref) == PHI_OK);
    phi_rng_seed(&r, 99);
    for (q = 0; q < nq; q++) {
        phi_ted_tree e;
        const phi_ted_tree *x = refs[phi_rng_below(&r, (uint64_t)nref)];
        int own = q % 3 != 0;
        if (own) { /* an edited copy of a reference: it has neighbours at high tau */
            edited_tree(&r, x, &e, 1 + (int)phi_rng_below(&r, 8));
            x = &e;
        }
        for (i = 0; i < nref; i++) ted[i] = phi_ted(x, refs[i]);
        for (t = 0; t < 4; t++) {
            phi_ted_tau tau;
            int fl, m, want, j;
            phi_ted_tau_parse(&tau, taus[t]);
            for (fl = 0; fl < 2; fl++) {
                int64_t counts[8] = {0};
                m = phi_ted_index_query(&ix, x, tau, fl ? 0 : -1, out, 2048, counts);
                for (i = want = j = 0; i < nref; i++) {
                    int mx = x->n > refs[i]->n ? x->n : refs[i]->n, mn = x->n < refs[i]->n ? x->n : refs[i]->n;
                    int ok = fl && mn < PHI_DEFAULT_TED_FLOOR ? ted[i] == 0 : tau.den * (mx - ted[i]) >= tau.num * mx;
                    if (!ok) continue;
                    want++;
                    CHECK_MSG(j < m && j < 2048 && out[j].ref == i && out[j].ted == ted[i], "query %d tau %s floor %d: reference %d (ted %d) %s",
                              q, taus[t], fl, i, ted[i], j < m ? "differs" : "missing");
                    j++;
                }
                CHECK_MSG(m == want, "query %d tau %s floor %d: %d found, %d by brute force", q, taus[t], fl, m, want);
                CHECK(counts[0] + counts[1] + counts[2] + counts[3] + counts[4] + counts[5] + counts[6] + counts[7] == nref);
                found_total += m;
            }
        }
        if (own) phi_ted_tree_free(&e);
    }
    printf("  %d queries x %d references x 4 thresholds x 2 floors: %d matches, as by brute force\n", nq, nref, found_total);
    phi_ted_index_free(&ix);
    free((void *)refs);
    free(ted);
}

TEST(tree_of_a_module) {
    static const char src[] = "'''doc'''\nimport os\nx = 1\n";
    phi_py_tree pt;
    phi_ted_tree t;
    phi_buf b;
    memset(&b, 0, sizeof b);
    CHECK(phi_py_parse(&pt, src, sizeof src - 1, NULL, NULL) == PHI_OK);
    CHECK(phi_ted_tree_from_node(&t, pt.root, PHI_TED_CANONICAL) == PHI_OK);
    tree_labels(&t, &b);
    CHECK_EQ_STR(b.data, "Name,Constant,Assign,Module");
    phi_ted_tree_free(&t);
    CHECK(phi_ted_tree_from_node(&t, pt.root, PHI_TED_AST) == PHI_OK);
    tree_labels(&t, &b);
    CHECK_EQ_STR(b.data, "alias,Import,Store,Name,Constant,Assign,Module");
    phi_ted_tree_free(&t);
    phi_py_tree_free(&pt);
    phi_buf_free(&b);
}

/* The per-document scan of the library (what `phi decontam scan` runs): a benchmark solution
   in a textbook is found by both tests under its own task id and removes the document; the
   same function renamed and reformatted still matches by tree; an unrelated function and
   code that does not parse are reported as such and remove nothing. */
TEST(decontam_documents) {
    const char *he = test_data("humaneval/HumanEval.jsonl"), *mb = test_data("mbpp/mbpp.jsonl");
    phi_benchmark b[2];
    phi_decontam *dc = NULL;
    phi_decontam_result r;
    phi_decontam_opts o;
    const phi_decontam_info *info;
    phi_buf doc = {NULL, 0, 0};
    size_t k;
    int exact = 0, ngram = 0;
    static const char renamed[] =
        "Here is how:\n\n```python\ndef close(xs, t):\n    for a, x in enumerate(xs):\n"
        "        for b, y in enumerate(xs):\n            if a != b:\n                d = abs(x - y)\n"
        "                if d < t:\n                    return True\n\n    return False\n```\n";
    static const char unrelated[] = "def area(w, h):\n    \"\"\"The area.\"\"\"\n    total = 0\n    for i in range(h):\n"
                                    "        total = total + w\n    print('area', total)\n    return total\n";
    static const char broken[] = "Text.\n```python\ndef f(:\n```\n";
    if (!he || !mb) SKIP_NO_DATA();
    memset(&r, 0, sizeof r);
    o = phi_decontam_opts_resolve(NULL);
    CHECK(o.remove_at.num * 10 == o.remove_at.den * 9 && o.tau.num == o.remove_at.num && o.floor == PHI_DEFAULT_TED_FLOOR);
    CHECK_EQ_INT(o.ngram.n, 13);
    CHECK_EQ_INT(phi_benchmark_load(&b[0], he, PHI_BENCH_AUTO), PHI_OK);
    CHECK_EQ_INT(phi_benchmark_load(&b[1], mb, PHI_BENCH_AUTO), PHI_OK);
    CHECK_EQ_INT(phi_decontam_create(&dc, b, 2, NULL), PHI_OK);
    info = phi_decontam_get_info(dc);
    CHECK_EQ_INT(info->items, 164 + 974);
    CHECK(info->nrefs >= 164 + 974 - info->items_unparsed - info->items_no_function);
    CHECK_EQ_INT(info->n, 13);
    /* HumanEval/0, as a textbook would hold it */
    phi_buf_append(&doc, "# Closeness\n\n```python\n", 23);
    phi_buf_append(&doc, b[0].items[0].prompt.s, b[0].items[0].prompt.len);
    phi_buf_append(&doc, b[0].items[0].canonical_solution.s, b[0].items[0].canonical_solution.len);
    phi_buf_append(&doc, "```\n", 4);
    CHECK_EQ_INT(phi_decontam_doc(&r, dc, doc.data, doc.len), PHI_OK);
    for (k = 0; k < r.n; k++) {
        const phi_decontam_match *m = &r.items[k];
        if (m->method == PHI_DECONTAM_NGRAM)
            ngram += !strcmp(m->item->task_id, "HumanEval/0") || !strcmp(m->item->task_id, "HumanEval/20");
        else if (m->method == PHI_DECONTAM_EXACT && !strcmp(m->item->task_id, "HumanEval/0"))
            exact += m->ted == 0 && m->unit->block == 0 && !strcmp(m->unit->name, "has_close_elements") &&
                     !strcmp(info->refs[m->ref].function, "has_close_elements");
    }
    CHECK(ngram > 0 && ngram == r.ngram_hits);
    CHECK_EQ_INT(exact, 1);
    CHECK_EQ_INT(r.removed, 1);
    CHECK_EQ_INT(r.functions, 1);
    CHECK_EQ_INT(r.unparsed, 0);
    /* renamed, reformatted: no n-gram, the tree still matches HumanEval/0's */
    CHECK_EQ_INT(phi_decontam_doc(&r, dc, renamed, sizeof renamed - 1), PHI_OK);
    CHECK_EQ_INT(r.ngram_hits, 0);
    for (k = 0, exact = 0; k < r.n; k++)
        exact += !strcmp(r.items[k].item->task_id, "HumanEval/0") && r.items[k].method != PHI_DECONTAM_NGRAM;
    CHECK_EQ_INT(exact, 1);
    CHECK_EQ_INT(r.removed, 1);
    /* unrelated; then a text whose only block does not parse; then nothing */
    CHECK_EQ_INT(phi_decontam_doc(&r, dc, unrelated, sizeof unrelated - 1), PHI_OK);
    CHECK(r.removed == 0 && r.functions == 1 && r.unparsed == 0);
    CHECK_EQ_INT(phi_decontam_doc(&r, dc, broken, sizeof broken - 1), PHI_OK);
    CHECK(r.removed == 0 && r.functions == 0 && r.unparsed == 1 && strstr(r.unparsed_error, "invalid syntax") != NULL);
    CHECK_EQ_INT(phi_decontam_doc(&r, dc, NULL, 0), PHI_OK);
    CHECK(r.n == 0 && r.removed == 0);
    phi_buf_free(&doc);
    phi_decontam_result_free(&r);
    phi_decontam_result_free(&r); /* a second free is harmless */
    phi_decontam_free(dc);
    phi_benchmark_free(&b[0]);
    phi_benchmark_free(&b[1]);
}

int main(void) {
    RUN(canonical_drops_the_fields_it_names);
    RUN(label_names);
    RUN(trees_from_sizes);
    RUN(tau_is_an_exact_fraction);
    RUN(canonical_mode_by_hand);
    RUN(units_methods_nested_async_and_filter);
    RUN(markdown_code_blocks);
    RUN(tree_of_a_module);
    RUN(mutated_documents_are_handled);
    RUN(units_match_cpython_canonical);
    RUN(units_match_cpython_ast);
    if (!getenv("PHI_PY_SKIP_STDLIB")) {
        RUN(stdlib_matches_cpython_canonical);
        RUN(stdlib_matches_cpython_ast);
    }
    RUN(python_reference_checks_itself_by_brute_force);
    RUN(ted_agrees_with_the_python_reference);
    RUN(index_query_equals_brute_force);
    RUN(decontam_documents);
    phi_ted_units_free(&g_units[0].he);
    phi_ted_units_free(&g_units[0].mbpp);
    phi_ted_units_free(&g_units[1].he);
    phi_ted_units_free(&g_units[1].mbpp);
    return test_summary();
}
