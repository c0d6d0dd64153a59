/* Tests of >>python's Unicode 14.0 functions against CPython 3.11 itself: tests/py_unicode_ref.py
   runs under /usr/bin/python3 at test time and says, for every code point, whether it starts or
   continues an identifier and is printable, its NFKC, NFKC of thousands of random and adversarial
   strings, every character name and alias, and CPython's verdict on names near them. Then
   tools/gen_py_unicode.py --check phi.h: the tables in phi.h are what the script makes.

   Without /usr/bin/python3 being CPython 3.11 (unicodedata 14.0.0), the tests skip, saying so. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <unistd.h>

#ifndef PYTHON /* another interpreter only to see the tests skip: -DPYTHON='"/path"' */
#define PYTHON "/usr/bin/python3"
#endif

/* CPython's answers, read once: the lines of tests/py_unicode_ref.py, by kind. */
typedef struct ref_line {
    char kind;
    char *rest; /* after "K " */
} ref_line;
static ref_line *ref;
static size_t nref;
static char skip_why[300]; /* set when CPython 3.11 is not there */
static char no_aliases[300];

static void load_ref(void) {
    FILE *f;
    char *line = NULL;
    size_t cap = 0, capref = 0;
    ssize_t got;
    int status, ended = 0;
    if (access(PYTHON, X_OK) != 0) {
        snprintf(skip_why, sizeof skip_why, "%s is missing: the reference is CPython 3.11", PYTHON);
        return;
    }
    f = popen("PYTHONIOENCODING=utf-8 " PYTHON " tests/py_unicode_ref.py", "r");
    if (!f) {
        test__fail(__FILE__, __LINE__, "could not run %s tests/py_unicode_ref.py", PYTHON);
        return;
    }
    while ((got = getline(&line, &cap, f)) > 0) {
        if (line[got - 1] == '\n') line[--got] = 0;
        if (strncmp(line, "SKIP: ", 6) == 0) {
            snprintf(skip_why, sizeof skip_why, "%s", line + 6);
            break;
        }
        if (got < 1) continue;
        if (line[0] == 'E') ended = 1;
        if (line[0] == 'X') snprintf(no_aliases, sizeof no_aliases, "%s", line + 2);
        if (nref == capref) {
            capref = capref ? capref * 2 : 1 << 16;
            ref = (ref_line *)realloc(ref, capref * sizeof *ref);
        }
        ref[nref].kind = line[0];
        ref[nref].rest = strdup(got >= 2 ? line + 2 : "");
        nref++;
    }
    free(line);
    status = pclose(f);
    if (!skip_why[0] && (status != 0 || !ended || nref < 100000))
        test__fail(__FILE__, __LINE__, "tests/py_unicode_ref.py failed (status %d, %zu lines, %s)", status, nref,
                   ended ? "ended" : "no end line");
}

#define NEED_REF()                                 \
    do {                                           \
        if (skip_why[0]) SKIP("%s", skip_why);     \
        CHECK(nref > 0);                           \
        if (!nref) return;                         \
    } while (0)

/* Reads hex code points from s into v (at most max), up to the end or a '='; returns how many. */
static size_t hex_list(char **s, uint32_t *v, size_t max) {
    size_t n = 0;
    char *end;
    for (;;) {
        while (**s == ' ') (*s)++;
        if (!**s || **s == '=') return n;
        unsigned long x = strtoul(*s, &end, 16);
        if (end == *s) return n;
        if (n < max) v[n] = (uint32_t)x;
        n++;
        *s = end;
    }
}

static size_t utf8_put(char *o, uint32_t c) {
    if (c < 0x80) return o[0] = (char)c, 1;
    if (c < 0x800) return o[0] = (char)(0xC0 | c >> 6), o[1] = (char)(0x80 | (c & 0x3F)), 2;
    if (c < 0x10000) return o[0] = (char)(0xE0 | c >> 12), o[1] = (char)(0x80 | (c >> 6 & 0x3F)), o[2] = (char)(0x80 | (c & 0x3F)), 3;
    o[0] = (char)(0xF0 | c >> 18), o[1] = (char)(0x80 | (c >> 12 & 0x3F)), o[2] = (char)(0x80 | (c >> 6 & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static char *utf8(const uint32_t *v, size_t n, size_t *len) {
    char *s = (char *)malloc(4 * n + 1);
    size_t i, k = 0;
    for (i = 0; i < n; i++) k += utf8_put(s + k, v[i]);
    s[k] = 0;
    *len = k;
    return s;
}

/* Every code point: XID_Start, XID_Continue and printable as CPython's str methods say. */
TEST(identifier_and_printable_flags_of_every_code_point) {
    size_t i, seen = 0, bad = 0;
    NEED_REF();
    for (i = 0; i < nref; i++) {
        unsigned long first, last, c;
        int flags;
        if (ref[i].kind != 'P') continue;
        CHECK(sscanf(ref[i].rest, "%lx %lx %d", &first, &last, &flags) == 3);
        for (c = first; c <= last; c++, seen++) {
            int s = phi__py_xid_start((uint32_t)c), k = phi__py_xid_continue((uint32_t)c), p = phi__py_printable((uint32_t)c);
            if (s != (flags & 1) || k != (flags >> 1 & 1) || p != (flags >> 2 & 1)) {
                if (bad++ < 10)
                    CHECK_MSG(0, "U+%04lX: start %d continue %d printable %d, CPython %d %d %d", c, s, k, p, flags & 1,
                              flags >> 1 & 1, flags >> 2 & 1);
            }
        }
    }
    CHECK_EQ_INT(seen, 0x110000);
    CHECK_EQ_INT(bad, 0);
    CHECK(!phi__py_xid_start(0x110000) && !phi__py_xid_continue(0xFFFFFFFF) && !phi__py_printable(0x110000));
}

/* NFKC of every code point (surrogates aside), each as its own string. */
TEST(nfkc_of_every_code_point) {
    phi__py_arena a = {0};
    size_t i, bad = 0, changed = 0;
    uint32_t c = 0, want[32];
    char buf[8];
    NEED_REF();
    for (i = 0; i <= nref; i++) { /* the N lines come in code point order; the code points between are unchanged */
        uint32_t upto = 0x110000;
        size_t nw = 0, len, inl, out_len;
        char *s, *exp;
        if (i < nref) {
            char *p = ref[i].rest;
            if (ref[i].kind != 'N') continue;
            upto = (uint32_t)strtoul(p, &p, 16);
            nw = hex_list(&p, want, 32);
            changed++;
        }
        for (; c < upto; c++) {
            if (c >= 0xD800 && c < 0xE000) continue;
            if (c % 4096 == 0) phi__py_arena_free(&a);
            len = utf8_put(buf, c);
            s = phi__py_nfkc(&a, buf, len, &out_len);
            if (!s || out_len != len || memcmp(s, buf, len) != 0 || s[len])
                if (bad++ < 10) CHECK_MSG(0, "NFKC(U+%04X) is not itself", c);
        }
        if (i == nref) break;
        inl = utf8_put(buf, c);
        exp = utf8(want, nw, &len);
        s = phi__py_nfkc(&a, buf, inl, &out_len);
        if (!s || out_len != len || memcmp(s, exp, len + 1) != 0)
            if (bad++ < 10) CHECK_MSG(0, "NFKC(U+%04X) differs from CPython's (%zu code points)", c, nw);
        free(exp);
        c++;
    }
    phi__py_arena_free(&a);
    CHECK(changed > 4000);
    CHECK_EQ_INT(bad, 0);
}

/* NFKC of strings: random mixes of marks, Hangul jamo and syllables, characters that decompose
   or compose, floods of marks, and each reversed. */
TEST(nfkc_of_strings) {
    phi__py_arena a = {0};
    size_t i, bad = 0, n = 0, cap = 0;
    uint32_t *v = NULL, *w = NULL;
    NEED_REF();
    for (i = 0; i < nref; i++) {
        char *p = ref[i].rest, *in, *exp, *got;
        size_t nv, nw, lin, lexp, lgot;
        if (ref[i].kind != 'S') continue;
        if (strlen(p) > cap) {
            cap = strlen(p);
            v = (uint32_t *)realloc(v, cap * sizeof *v);
            w = (uint32_t *)realloc(w, cap * sizeof *w);
        }
        nv = hex_list(&p, v, cap);
        CHECK(*p == '=');
        p++;
        nw = hex_list(&p, w, cap);
        in = utf8(v, nv, &lin);
        exp = utf8(w, nw, &lexp);
        got = phi__py_nfkc(&a, in, lin, &lgot);
        if (!got || lgot != lexp || memcmp(got, exp, lexp + 1) != 0)
            if (bad++ < 10) CHECK_MSG(0, "NFKC of line %zu (%zu code points, from U+%04X) differs from CPython's", i, nv, v[0]);
        free(in);
        free(exp);
        n++;
        if (n % 512 == 0) phi__py_arena_free(&a);
    }
    phi__py_arena_free(&a);
    free(v);
    free(w);
    CHECK(n > 10000);
    CHECK_EQ_INT(bad, 0);
}

/* Hand-picked NFKC cases, and what the arena gets. */
TEST(nfkc_by_hand) {
    phi__py_arena a = {0};
    size_t len = 99;
    char *s = phi__py_nfkc(&a, "", 0, &len);
    CHECK(s && s[0] == 0 && len == 0);
    s = phi__py_nfkc(&a, "plain_ascii", 11, &len);
    CHECK_EQ_STR(s, "plain_ascii");
    CHECK_EQ_INT(len, 11);
    s = phi__py_nfkc(&a, "\xef\xac\x81", 3, &len); /* U+FB01 LATIN SMALL LIGATURE FI */
    CHECK_EQ_STR(s, "fi");
    s = phi__py_nfkc(&a, "e\xcc\x81", 3, &len); /* e + combining acute -> U+00E9 */
    CHECK_EQ_STR(s, "\xc3\xa9");
    s = phi__py_nfkc(&a, "\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8", 9, &len); /* L V T jamo -> U+AC01 */
    CHECK_EQ_STR(s, "\xea\xb0\x81");
    s = phi__py_nfkc(&a, "\xe2\x84\xab", 3, &len); /* U+212B ANGSTROM SIGN -> U+00C5 */
    CHECK_EQ_STR(s, "\xc3\x85");
    phi__py_arena_free(&a);
}

/* Every character name and alias of Unicode 14.0, and CPython's verdict on thousands of near
   misses: other case, spaces, hyphens, a letter more or less, named sequences, the algorithmic
   names' edges. */
TEST(names_and_aliases_round_trip) {
    size_t i, n = 0, bad = 0;
    NEED_REF();
    for (i = 0; i < nref; i++) {
        char *p = ref[i].rest;
        unsigned long want;
        uint32_t got = 0;
        if (ref[i].kind != 'A') continue;
        want = strtoul(p, &p, 16);
        p++;
        if (!phi__py_lookup_name(p, strlen(p), &got) || got != want)
            if (bad++ < 10) CHECK_MSG(0, "\\N{%s}: want U+%04lX, got U+%04X", p, want, got);
        n++;
    }
    CHECK(n > 139000);
    CHECK_EQ_INT(bad, 0);
    if (no_aliases[0]) SKIP("the aliases: %s", no_aliases);
}

TEST(names_cpython_rejects_or_accepts) {
    size_t i, n = 0, bad = 0, hits = 0;
    uint32_t got;
    NEED_REF();
    for (i = 0; i < nref; i++) {
        char *p = ref[i].rest, *name = strchr(p, ' ');
        int ok;
        if (ref[i].kind != 'M') continue;
        CHECK(name != NULL);
        if (!name) break;
        name++;
        got = 0;
        ok = phi__py_lookup_name(name, strlen(name), &got);
        if (p[0] == '-' ? ok : !ok || got != strtoul(p, NULL, 16))
            if (bad++ < 10) CHECK_MSG(0, "\\N{%s}: CPython says %.*s, phi.h %d U+%04X", name, (int)(name - p - 1), p, ok, got);
        hits += p[0] != '-';
        n++;
    }
    CHECK(n > 30000 && hits > 1000);
    CHECK_EQ_INT(bad, 0);
    CHECK(!phi__py_lookup_name("LATIN SMALL LETTER A", 19, &got)); /* n, not the NUL, ends the name */
    CHECK(phi__py_lookup_name("LATIN SMALL LETTER AX", 20, &got) && got == 'a');
    if (no_aliases[0]) SKIP("named sequences: %s", no_aliases);
}

/* The tables in phi.h are exactly what tools/gen_py_unicode.py prints. */
TEST(tables_are_generated) {
    int rc;
    NEED_REF();
    if (access("/usr/share/perl/5.36/unicore/To/NameAlia.pl", R_OK) != 0)
        SKIP("/usr/share/perl/5.36/unicore/To/NameAlia.pl is missing: the generator reads the aliases there "
             "(apt-get install perl-modules-5.36)");
    rc = system(PYTHON " tools/gen_py_unicode.py --check phi.h >/dev/null");
    CHECK_MSG(rc == 0, "%s tools/gen_py_unicode.py --check phi.h: exit status %d", PYTHON, rc);
}

int main(void) {
    size_t i;
    load_ref();
    RUN(identifier_and_printable_flags_of_every_code_point);
    RUN(nfkc_of_every_code_point);
    RUN(nfkc_of_strings);
    RUN(nfkc_by_hand);
    RUN(names_and_aliases_round_trip);
    RUN(names_cpython_rejects_or_accepts);
    RUN(tables_are_generated);
    for (i = 0; i < nref; i++) free(ref[i].rest);
    free(ref);
    return test_summary();
}
