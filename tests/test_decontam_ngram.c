/* Tests of >>benchmarks and of >>decontam's n-grams.

   The reference is tests/ngram_ref.py, an independent Python implementation of the rules
   (lm-evaluation-harness's normalisation, phi.h's rules of evidence), run at test time with
   /usr/bin/python3; without it, or without the public data ($PHI_DATA, default ../shared/data),
   those tests skip and say why.
   - the benchmark files as Python's json module reads them: every field of every item;
   - the words (spans and normalised text) of hand-made strings: ASCII and Unicode white space,
     punctuation, case, NUL, invalid UTF-8 (ours only);
   - every hit, in order, on documents made of the real HumanEval and MBPP fields, and on
     planted documents (benchmark text pasted into unrelated text - phi.h's own lines - with
     case, punctuation and white space changed), under several options;
   - the rules of evidence (digits-only n-grams, max_items) on a small benchmark made here;
   - malformed benchmark files: each error names the file and the line;
   - scans on several threads at once give what one thread gives. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <unistd.h>

#define PYTHON "/usr/bin/python3"
#define REF PYTHON " tests/ngram_ref.py"

static int have_python(void) { return access(PYTHON, X_OK) == 0; }

/* ---- small helpers ---------------------------------------------------------------------- */

typedef struct lines {
    char **s;
    size_t n, cap;
} lines;

static void lines_add(lines *l, const char *s, size_t len) {
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 1024;
        l->s = (char **)realloc(l->s, l->cap * sizeof *l->s);
    }
    l->s[l->n] = (char *)malloc(len + 1);
    memcpy(l->s[l->n], s, len);
    l->s[l->n++][len] = 0;
}

static void lines_free(lines *l) {
    size_t i;
    for (i = 0; i < l->n; i++) free(l->s[i]);
    free(l->s);
    memset(l, 0, sizeof *l);
}

/* The lines a command prints (without their '\n'); -1 if it cannot run or fails. */
static int run_lines(const char *cmd, lines *out) {
    FILE *f = popen(cmd, "r");
    phi_buf b;
    char chunk[65536];
    size_t got, i, from = 0;
    memset(&b, 0, sizeof b);
    if (!f) return -1;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) phi_buf_append(&b, chunk, got);
    for (i = 0; i < b.len; i++)
        if (b.data[i] == '\n') {
            lines_add(out, b.data + from, i - from);
            from = i + 1;
        }
    phi_buf_free(&b);
    return pclose(f) == 0 ? 0 : -1;
}

/* Two lists of lines, in order: 1 when equal, else the first few differences on stderr. */
static int same_lines(const char *label, const lines *want, const lines *got) {
    size_t i, shown = 0;
    for (i = 0; i < want->n || i < got->n; i++) {
        const char *w = i < want->n ? want->s[i] : "(none)", *g = i < got->n ? got->s[i] : "(none)";
        if (strcmp(w, g) != 0 && shown++ < 5) fprintf(stderr, "%s: line %zu:\n  want %s\n  got  %s\n", label, i, w, g);
    }
    if (want->n != got->n) fprintf(stderr, "%s: %zu lines, want %zu\n", label, got->n, want->n);
    return shown == 0 && want->n == got->n;
}

static const char *he_path(void) { return test_data("humaneval/HumanEval.jsonl"); }
static const char *mbpp_path(void) { return test_data("mbpp/mbpp.jsonl"); }

/* ---- >>benchmarks ------------------------------------------------------------------------ */

/* Every field of every item against Python's json module (lengths and CRC-32s). */
TEST(benchmarks_match_python_json) {
    const char *paths[2];
    int k;
    if (!(paths[0] = he_path()) || !(paths[1] = mbpp_path())) SKIP_NO_DATA();
    if (!have_python()) SKIP("needs " PYTHON);
    for (k = 0; k < 2; k++) {
        phi_benchmark b;
        lines want, got;
        char cmd[2048], line[512];
        size_t i;
        int f;
        memset(&want, 0, sizeof want);
        memset(&got, 0, sizeof got);
        CHECK_EQ_INT(phi_benchmark_load(&b, paths[k], PHI_BENCH_AUTO), PHI_OK);
        CHECK_EQ_INT(b.kind, k == 0 ? PHI_BENCH_HUMANEVAL : PHI_BENCH_MBPP);
        CHECK_EQ_INT(b.n, k == 0 ? 164 : 974);
        snprintf(cmd, sizeof cmd, REF " fields %s", paths[k]);
        CHECK(run_lines(cmd, &want) == 0);
        for (i = 0; i < b.n; i++)
            for (f = 0; f < PHI_BENCH_NFIELDS; f++) {
                const phi_bench_text *t = phi_bench_item_field(&b.items[i], (phi_bench_field)f);
                if (!t) continue;
                snprintf(line, sizeof line, "%s %s %zu %lu", b.items[i].task_id, phi_bench_field_name((phi_bench_field)f),
                         t->len, (unsigned long)phi_crc32(0, t->s, t->len));
                lines_add(&got, line, strlen(line));
            }
        CHECK(same_lines(paths[k], &want, &got));
        lines_free(&want);
        lines_free(&got);
        phi_benchmark_free(&b);
    }
}

TEST(benchmark_items_and_names) {
    phi_benchmark he, mb;
    const phi_bench_item *it;
    if (!he_path() || !mbpp_path()) SKIP_NO_DATA();
    CHECK_EQ_INT(phi_benchmark_load(&he, he_path(), PHI_BENCH_HUMANEVAL), PHI_OK);
    CHECK_EQ_INT(phi_benchmark_load(&mb, mbpp_path(), PHI_BENCH_AUTO), PHI_OK);
    it = &he.items[0];
    CHECK_EQ_STR(it->task_id, "HumanEval/0");
    CHECK_EQ_STR(it->raw_task_id, "HumanEval/0");
    CHECK_EQ_STR(it->entry_point.s, "has_close_elements");
    CHECK(strncmp(it->prompt.s, "from typing import List\n", 24) == 0);
    CHECK(it->text.s == NULL && it->test_list_items == NULL && phi_bench_item_field(it, PHI_BENCH_F_CODE) == NULL);
    CHECK_EQ_INT(it->line, 1);
    CHECK(it->raw.len > 100 && it->raw.s[0] == '{' && it->raw.s[it->raw.len - 1] == '}');
    CHECK_EQ_INT(phi_benchmark_find(&he, "HumanEval/163"), 163);
    it = &mb.items[10];
    CHECK_EQ_STR(it->task_id, "mbpp/11");
    CHECK_EQ_STR(it->raw_task_id, "11");
    CHECK_EQ_INT(it->line, 11);
    CHECK_EQ_INT(it->n_test_list, 3);
    CHECK_EQ_STR(it->test_list_items[0].s, "assert remove_Occ(\"hello\",\"l\") == \"heo\"");
    CHECK(it->test_list.len == it->test_list_items[0].len + it->test_list_items[1].len + it->test_list_items[2].len + 2);
    CHECK(strstr(it->code.s, "\r\n") != NULL);
    CHECK(it->test_setup_code.s != NULL && it->test_setup_code.len == 0);
    CHECK_EQ_INT(it->n_challenge_test_list, 2);
    CHECK_EQ_STR(it->challenge_test_list_items[1].s, "assert remove_Occ(\"\",\"l\") == \"\"");
    CHECK(mb.items[0].challenge_test_list.s != NULL && mb.items[0].challenge_test_list.len == 0);
    CHECK(it->prompt.s == NULL);
    CHECK_EQ_INT(phi_benchmark_find(&mb, "mbpp/974"), 973);
    CHECK_EQ_INT(phi_benchmark_find(&mb, "974"), -1);
    CHECK_EQ_STR(phi_bench_field_name(PHI_BENCH_F_CHALLENGE_TEST_LIST), "challenge_test_list");
    CHECK_EQ_STR(phi_bench_kind_name(PHI_BENCH_MBPP), "mbpp");
    phi_benchmark_free(&he);
    phi_benchmark_free(&mb);
    phi_benchmark_free(&mb); /* a second free is harmless */
}

/* A malformed file: the status, and the message must hold `want` (which names file:line). */
static void bad_bench(const char *text, phi_bench_kind kind, phi_status st, const char *want) {
    phi_benchmark b;
    phi_status got = phi_benchmark_parse(&b, text, strlen(text), "t.jsonl", kind);
    CHECK_MSG(got == st, "%s: status %d, want %d (%s)", want, (int)got, (int)st, phi_errmsg());
    CHECK_MSG(strstr(phi_errmsg(), want) != NULL, "message \"%s\" lacks \"%s\"", phi_errmsg(), want);
    phi_benchmark_free(&b);
}

#define HE1 "{\"task_id\": \"HumanEval/0\", \"prompt\": \"p\", \"canonical_solution\": \"c\", \"test\": \"t\", \"entry_point\": \"f\"}\n"
#define MB1 "{\"task_id\": 1, \"text\": \"x\", \"code\": \"c\", \"test_list\": [\"a\", \"b\"], \"test_setup_code\": \"\", \"challenge_test_list\": []}\n"

TEST(malformed_benchmark_files) {
    phi_benchmark b;
    bad_bench(HE1 "{\"task_id\": \"HumanEval/1\", \"prompt\": \"p\"\n", PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl:2:");
    bad_bench(HE1 "[1, 2]\n", PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl:2: not a JSON object");
    bad_bench(HE1 "\n{\"task_id\": \"HumanEval/1\", \"prompt\": \"p\", \"canonical_solution\": \"c\", \"entry_point\": \"f\"}\n",
              PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl:3: no \"test\" member");
    bad_bench("{\"task_id\": \"HumanEval/1\", \"prompt\": \"p\", \"canonical_solution\": 3, \"test\": \"t\", \"entry_point\": \"f\"}\n",
              PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl:1: \"canonical_solution\" is not a string");
    bad_bench("{\"task_id\": 0, \"prompt\": \"p\", \"canonical_solution\": \"c\", \"test\": \"t\", \"entry_point\": \"f\"}\n",
              PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl:1: \"task_id\" is not a non-empty string");
    bad_bench(HE1 HE1, PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl:2: task_id HumanEval/0 appears twice");
    bad_bench(HE1 "{\"task_id\": \"HumanEval/1\"", PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl:2: the last line is cut short");
    bad_bench("", PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl: no records");
    bad_bench("\n  \n", PHI_BENCH_MBPP, PHI_ERR_PARSE, "t.jsonl: no records");
    bad_bench("{\"task_id\": 1, \"question\": \"q\"}\n", PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl:1: neither a HumanEval");
    bad_bench(HE1, PHI_BENCH_MBPP, PHI_ERR_PARSE, "t.jsonl:1: no \"text\" member");
    bad_bench(MB1, PHI_BENCH_HUMANEVAL, PHI_ERR_PARSE, "t.jsonl:1: \"task_id\" is not a non-empty string");
    bad_bench(MB1 "{\"task_id\": 2, \"text\": \"x\", \"code\": \"c\", \"test_list\": \"assert f()\"}\n", PHI_BENCH_AUTO,
              PHI_ERR_PARSE, "t.jsonl:2: \"test_list\" is not an array");
    bad_bench(MB1 "{\"task_id\": 2, \"text\": \"x\", \"code\": \"c\", \"test_list\": [\"a\", 7]}\n", PHI_BENCH_AUTO,
              PHI_ERR_PARSE, "t.jsonl:2: \"test_list\"[1] is not a string");
    bad_bench(MB1 "{\"task_id\": 2, \"text\": \"x\", \"code\": \"c\", \"test_list\": [], \"challenge_test_list\": null}\n",
              PHI_BENCH_AUTO, PHI_ERR_PARSE, "t.jsonl:2: \"challenge_test_list\" is not an array");
    bad_bench(MB1 "{\"task_id\": 2.5, \"text\": \"x\", \"code\": \"c\", \"test_list\": []}\n", PHI_BENCH_AUTO,
              PHI_ERR_PARSE, "t.jsonl:2: \"task_id\" is not an integer or a non-empty string");
    bad_bench(MB1 "{\"task_id\": 2, \"text\": \"x\", \"test_list\": []}\n", PHI_BENCH_AUTO, PHI_ERR_PARSE,
              "t.jsonl:2: no \"code\" member");
    bad_bench(MB1 "{\"task_id\": \"1\", \"text\": \"x\", \"code\": \"c\", \"test_list\": []}\n", PHI_BENCH_AUTO,
              PHI_ERR_PARSE, "task_id mbpp/1 appears twice");
    bad_bench(HE1, (phi_bench_kind)7, PHI_ERR_ARG, "t.jsonl: unknown benchmark kind 7");
    CHECK_EQ_INT(phi_benchmark_load(&b, "/nonexistent/he.jsonl", PHI_BENCH_AUTO), PHI_ERR_IO);
    CHECK(strstr(phi_errmsg(), "/nonexistent/he.jsonl") != NULL);
    phi_benchmark_free(&b);
    /* optional MBPP fields absent; a string task id; a complete last line without '\n'; NUL inside */
    {
        static const char one[] = "{\"task_id\": \"x7\", \"text\": \"a\\u0000b\", \"code\": \"c\", \"test_list\": []}";
        CHECK_EQ_INT(phi_benchmark_parse(&b, one, strlen(one), NULL, PHI_BENCH_AUTO), PHI_OK);
    }
    CHECK_EQ_INT(b.n, 1);
    if (b.n == 1) {
        CHECK_EQ_STR(b.items[0].task_id, "mbpp/x7");
        CHECK(b.items[0].text.len == 3 && b.items[0].text.s[1] == 0);
        CHECK(b.items[0].test_setup_code.s == NULL && b.items[0].challenge_test_list.s == NULL);
        CHECK(b.items[0].test_list.s != NULL && b.items[0].test_list.len == 0);
    }
    CHECK_EQ_STR(b.path, "<benchmark>");
    phi_benchmark_free(&b);
}

/* ---- normalisation ------------------------------------------------------------------------ */

/* Our words of s as the reference prints them: "start end word". */
static void our_words(const char *s, size_t len, lines *out) {
    const unsigned char *p = (const unsigned char *)s, *end = p + len, *start;
    uint64_t h;
    phi_buf b, line;
    memset(&b, 0, sizeof b);
    memset(&line, 0, sizeof line);
    while (phi__ng_next_word(&p, end, &start, &h)) {
        b.len = 0;
        phi__ng_norm_append(&b, start, p);
        line.len = 0;
        phi_buf_printf(&line, "%zu %zu ", (size_t)(start - (const unsigned char *)s), (size_t)(p - (const unsigned char *)s));
        phi_buf_append(&line, b.data, b.len);
        lines_add(out, line.data, line.len);
    }
    phi_buf_free(&b);
    phi_buf_free(&line);
}

static const char *const norm_cases[] = {
    "Hello, World!  It's (really) 42.",
    "def f(x):\n\treturn x**2 + 1  # Square-ish\r\n",
    "a - b -> c == d ... e",
    "  leading and trailing  \n",
    "",
    "!!! ??? ...",
    "x\x1cy\x1dz\x1e w\x1fv\x0bu\x0ct",
    "nbsp\xc2\xa0here\xc2\x85" "next\xe3\x80\x80ideo\xe2\x80\x89thin\xe2\x80\xa8ls\xe2\x80\xafnn\xe2\x81\x9fmm\xe1\x9a\x80og",
    "not spaces: \xe2\x80\x8b zero-width \xe2\x80\x8c, \xc2\xb7 \xe2\x80\x94 dash \xe2\x80\x9cquoted\xe2\x80\x9d \xc3\x89" "COLE \xc3\xa9" "cole",
    "UPPER lower MiXeD_Case CamelCase snake_case ALLCAPS123",
    "tab\tnewline\ncarriage\rreturn\r\nform\ffeed",
    "{}[]()<>@#$%^&*_=+|\\/~`'\";:,.?!",
    "\xe2\x80\x8a\xe2\x80\x8b\xe2\x80\x80\xe2\x80\x81",
    "end with lead \xe2\x80",
};

TEST(words_match_python) {
    size_t k;
    if (!have_python()) SKIP("needs " PYTHON);
    for (k = 0; k < sizeof norm_cases / sizeof *norm_cases; k++) {
        char tmp[] = "/tmp/phi-ngram-norm.XXXXXX", cmd[256];
        lines want, got;
        int fd = mkstemp(tmp);
        const char *s = norm_cases[k];
        int valid = strcmp(s, "end with lead \xe2\x80") != 0; /* Python reads UTF-8 */
        memset(&want, 0, sizeof want);
        memset(&got, 0, sizeof got);
        CHECK(fd >= 0);
        if (fd < 0) return;
        CHECK(write(fd, s, strlen(s)) == (ssize_t)strlen(s));
        close(fd);
        our_words(s, strlen(s), &got);
        if (valid) {
            snprintf(cmd, sizeof cmd, REF " norm < %s", tmp);
            CHECK(run_lines(cmd, &want) == 0);
            CHECK_MSG(same_lines(s, &want, &got), "case %zu", k);
        } else { /* an unfinished UTF-8 sequence is word bytes */
            CHECK_EQ_INT(got.n, 4);
            if (got.n == 4) CHECK_EQ_STR(got.s[3], "14 16 \xe2\x80");
        }
        unlink(tmp);
        lines_free(&want);
        lines_free(&got);
    }
}

TEST(normalize_api) {
    phi_buf b;
    memset(&b, 0, sizeof b);
    CHECK_EQ_INT(phi_ngram_normalize(&b, "  Hello, World! a - B\xc2\xa0" "C\0D ", 27), PHI_OK);
    CHECK(b.len == 19 && memcmp(b.data, "hello world a b c\0d", 19) == 0);
    /* NUL is a word byte (Python: "\0".isspace() is False) */
    b.len = 0;
    CHECK_EQ_INT(phi_ngram_normalize(&b, "x\0y", 3), PHI_OK);
    CHECK(b.len == 3 && b.data[1] == 0);
    b.len = 0;
    CHECK_EQ_INT(phi_ngram_normalize(&b, "...", 3), PHI_OK);
    CHECK(b.len == 0);
    phi_buf_free(&b);
}

/* ---- hits against the reference ------------------------------------------------------------ */

/* Writes docs as JSONL {"text": ...} to path. */
static void write_docs(const char *path, const phi_buf *docs, size_t n) {
    FILE *f = fopen(path, "wb");
    phi_buf line;
    size_t i;
    memset(&line, 0, sizeof line);
    CHECK(f != NULL);
    if (!f) return;
    for (i = 0; i < n; i++) {
        phi_json_writer w;
        line.len = 0;
        phi_jw_init(&w, &line, 0);
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "text");
        phi_jw_strn(&w, docs[i].data ? docs[i].data : "", docs[i].len);
        phi_jw_end_object(&w);
        CHECK_EQ_INT(phi_jw_finish(&w), PHI_OK);
        phi_buf_append(&line, "\n", 1);
        fwrite(line.data, 1, line.len, f);
    }
    fclose(f);
    phi_buf_free(&line);
}

/* Our hits on docs in the reference's format. */
static void our_hits(const phi_ngram_index *ix, const phi_buf *docs, size_t n, lines *out) {
    phi_ngram_hits hits;
    phi_buf line, g2;
    size_t d, i;
    memset(&hits, 0, sizeof hits);
    memset(&line, 0, sizeof line);
    memset(&g2, 0, sizeof g2);
    for (d = 0; d < n; d++) {
        const char *doc = docs[d].data ? docs[d].data : "";
        CHECK_EQ_INT(phi_ngram_scan(&hits, ix, doc, docs[d].len), PHI_OK);
        for (i = 0; i < hits.n; i++) {
            const phi_ngram_hit *h = &hits.items[i];
            const phi_bench_text *t = phi_bench_item_field(h->item, h->field);
            line.len = 0;
            phi_buf_printf(&line, "%zu %zu %zu %s %s %zu %zu\t", d, h->doc_start, h->doc_end, h->item->task_id,
                           phi_bench_field_name(h->field), h->field_start, h->field_end);
            phi_ngram_normalize(&line, doc + h->doc_start, h->doc_end - h->doc_start);
            /* the field's side gives the same n-gram */
            g2.len = 0;
            phi_ngram_normalize(&g2, t->s + h->field_start, h->field_end - h->field_start);
            CHECK(g2.len == line.len - (size_t)(strchr(line.data, '\t') + 1 - line.data) &&
                  memcmp(g2.data, strchr(line.data, '\t') + 1, g2.len) == 0);
            lines_add(out, line.data, line.len);
        }
    }
    line.len = 0;
    phi_buf_printf(&line, "# ngrams %zu numeric %zu common %zu", ix->ngrams, ix->dropped_numeric, ix->dropped_common);
    lines_add(out, line.data, line.len);
    phi_ngram_hits_free(&hits);
    phi_buf_free(&line);
    phi_buf_free(&g2);
}

/* The field names of a bit set, comma-separated (the reference's argument). */
static void field_list(unsigned fields, char *buf, size_t cap) {
    int f;
    buf[0] = 0;
    for (f = 0; f < PHI_BENCH_NFIELDS; f++)
        if (fields & PHI_BENCH_FIELD_BIT(f)) {
            if (buf[0]) strncat(buf, ",", cap - strlen(buf) - 1);
            strncat(buf, phi_bench_field_name((phi_bench_field)f), cap - strlen(buf) - 1);
        }
}

/* Our hits and the reference's on docs, under options o; returns the number of hits. */
static size_t compare_with_ref(const char *label, const phi_benchmark *b, const phi_buf *docs, size_t n,
                               const phi_ngram_opts *o) {
    char tmp[] = "/tmp/phi-ngram-docs.XXXXXX", cmd[4096], fields[256];
    lines want, got;
    phi_ngram_index ix;
    phi_ngram_opts r = phi_ngram_opts_resolve(o);
    size_t hits;
    int fd = mkstemp(tmp);
    memset(&want, 0, sizeof want);
    memset(&got, 0, sizeof got);
    CHECK(fd >= 0);
    if (fd < 0) return 0;
    close(fd);
    write_docs(tmp, docs, n);
    field_list(r.fields, fields, sizeof fields);
    snprintf(cmd, sizeof cmd, REF " hits %d %d %d %s %s,%s %s", r.n, r.max_items, r.keep_numeric, fields, he_path(),
             mbpp_path(), tmp);
    CHECK(run_lines(cmd, &want) == 0);
    CHECK_EQ_INT(phi_ngram_index_build(&ix, b, 2, o), PHI_OK);
    our_hits(&ix, docs, n, &got);
    CHECK_MSG(same_lines(label, &want, &got), "%s: hits differ from tests/ngram_ref.py", label);
    hits = got.n - 1;
    printf("  %s: %zu documents, %zu hits, %s (n %d, max_items %d%s), same as the reference\n", label, n, hits,
           got.s[got.n - 1] + 2, r.n, r.max_items, r.keep_numeric ? ", digits kept" : "");
    phi_ngram_index_free(&ix);
    lines_free(&want);
    lines_free(&got);
    unlink(tmp);
    return hits;
}

/* Documents from the real data: every field of every item on its own, HumanEval's prompt +
   canonical solution, and the raw JSON lines (escaped: "\n" is two characters there). */
static phi_buf *real_docs(const phi_benchmark *b, size_t *n) {
    phi_buf *docs = NULL;
    size_t cap = 0, i;
    int k, f;
    *n = 0;
    for (k = 0; k < 2; k++)
        for (i = 0; i < b[k].n; i++) {
            const phi_bench_item *it = &b[k].items[i];
            for (f = -2; f < PHI_BENCH_NFIELDS; f++) {
                const phi_bench_text *t = f >= 0 ? phi_bench_item_field(it, (phi_bench_field)f) : f == -1 ? &it->raw : NULL;
                if (f == -2 && it->kind != PHI_BENCH_HUMANEVAL) continue;
                if (f >= -1 && !t) continue;
                if (*n == cap) {
                    cap = cap ? 2 * cap : 1024;
                    docs = (phi_buf *)realloc(docs, cap * sizeof *docs);
                }
                memset(&docs[*n], 0, sizeof docs[*n]);
                if (f == -2) {
                    phi_buf_append(&docs[*n], it->prompt.s, it->prompt.len);
                    phi_buf_append(&docs[*n], it->canonical_solution.s, it->canonical_solution.len);
                } else {
                    phi_buf_append(&docs[*n], t->s, t->len);
                }
                (*n)++;
            }
        }
    return docs;
}

static void free_docs(phi_buf *docs, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) phi_buf_free(&docs[i]);
    free(docs);
}

TEST(hits_on_real_data_match_python) {
    phi_benchmark b[2];
    phi_buf *docs;
    size_t n;
    phi_ngram_opts o;
    if (!he_path() || !mbpp_path()) SKIP_NO_DATA();
    if (!have_python()) SKIP("needs " PYTHON);
    CHECK_EQ_INT(phi_benchmark_load(&b[0], he_path(), PHI_BENCH_AUTO), PHI_OK);
    CHECK_EQ_INT(phi_benchmark_load(&b[1], mbpp_path(), PHI_BENCH_AUTO), PHI_OK);
    docs = real_docs(b, &n);
    CHECK(compare_with_ref("real data, defaults", b, docs, n, NULL) > 10000);
    memset(&o, 0, sizeof o);
    o.n = 8;
    o.max_items = -1;
    o.keep_numeric = 1;
    o.fields = (1u << PHI_BENCH_NFIELDS) - 1;
    CHECK(compare_with_ref("real data, 8-grams, every field, no limits", b, docs, n, &o) > 10000);
    free_docs(docs, n);
    phi_benchmark_free(&b[0]);
    phi_benchmark_free(&b[1]);
}

/* ---- planted documents ------------------------------------------------------------------------ */

static const char *const spaces[] = {" ", "  ", "\n", "\t", "\r\n", "\n\n    ", "\xc2\xa0", "\xe3\x80\x80", "\x1c",
                                     "\xe2\x80\x89", " - ", " ... ", " # ", " -> ", "\xc2\x85", " (", ") "};
static const char punct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/* Appends t[0, len) to out with its case, punctuation and white space changed at random. Most
   changes keep the words (so the hits); a few (a Unicode dash or a space inside a word, a
   word dropped) break them, on both sides alike. */
static void mutate(phi_buf *out, const char *t, size_t len, phi_rng *r) {
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        uint32_t x = phi_rng_u32(r) % 1000;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            size_t j = i;
            while (j < len && (t[j] == ' ' || t[j] == '\n' || t[j] == '\t' || t[j] == '\r')) j++;
            if (x < 300) {
                const char *s = spaces[phi_rng_below(r, sizeof spaces / sizeof *spaces)];
                phi_buf_append(out, s, strlen(s));
            } else {
                phi_buf_append(out, t + i, j - i);
            }
            i = j;
            continue;
        }
        if (c < 128 && strchr(punct, c) && c) {
            if (x < 150) { /* dropped */
            } else if (x < 250) {
                phi_buf_append(out, t + i, 1);
                phi_buf_append(out, t + i, 1);
            } else {
                phi_buf_append(out, t + i, 1);
            }
            i++;
            continue;
        }
        if (c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z') && x < 200) c ^= 32; /* case flipped */
        phi_buf_append(out, &c, 1);
        i++;
        if (x >= 200 && x < 230) phi_buf_append(out, &punct[phi_rng_below(r, sizeof punct - 1)], 1);
        else if (x == 998) phi_buf_append(out, "\xe2\x80\x94", 3); /* a Unicode dash: not punctuation */
        else if (x == 999) phi_buf_append(out, " ", 1);             /* a word split */
    }
}

/* Appends k whole lines of phi.h from a random place. */
static void filler(phi_buf *out, const phi_buf *src, int k, phi_rng *r) {
    size_t at = (size_t)phi_rng_below(r, src->len), end;
    while (at > 0 && src->data[at - 1] != '\n') at--;
    for (end = at; end < src->len && k > 0; end++)
        if (src->data[end] == '\n') k--;
    phi_buf_append(out, src->data + at, end - at);
}

static phi_buf *planted_docs(const phi_benchmark *b, size_t n, phi_rng *r) {
    phi_buf *docs = (phi_buf *)calloc(n, sizeof *docs), src;
    size_t d;
    memset(&src, 0, sizeof src);
    CHECK_EQ_INT(phi_file_read("phi.h", &src), PHI_OK);
    for (d = 0; d < n; d++) {
        int pastes = (int)phi_rng_below(r, 4), p; /* 0: unrelated text only */
        filler(&docs[d], &src, 1 + (int)phi_rng_below(r, 30), r);
        for (p = 0; p < pastes; p++) {
            const phi_benchmark *bb = &b[phi_rng_below(r, 2)];
            const phi_bench_item *it = &bb->items[phi_rng_below(r, bb->n)];
            const phi_bench_text *t = NULL;
            size_t from, to;
            while (!t || t->len == 0) t = phi_bench_item_field(it, (phi_bench_field)phi_rng_below(r, PHI_BENCH_NFIELDS));
            /* a random part of it, at least half */
            from = (size_t)phi_rng_below(r, t->len / 2 + 1);
            to = from + t->len / 2 + (size_t)phi_rng_below(r, t->len - from - t->len / 2 + 1);
            phi_buf_append(&docs[d], phi_rng_below(r, 2) ? " " : "\n", 1);
            mutate(&docs[d], t->s + from, to - from, r);
            phi_buf_append(&docs[d], phi_rng_below(r, 2) ? " " : "\n", 1);
            filler(&docs[d], &src, 1 + (int)phi_rng_below(r, 10), r);
        }
    }
    phi_buf_free(&src);
    return docs;
}

TEST(hits_on_planted_documents_match_python) {
    phi_benchmark b[2];
    phi_buf *docs;
    phi_rng r;
    size_t n = 400, hits;
    phi_ngram_opts o;
    if (!he_path() || !mbpp_path()) SKIP_NO_DATA();
    if (!have_python()) SKIP("needs " PYTHON);
    CHECK_EQ_INT(phi_benchmark_load(&b[0], he_path(), PHI_BENCH_AUTO), PHI_OK);
    CHECK_EQ_INT(phi_benchmark_load(&b[1], mbpp_path(), PHI_BENCH_AUTO), PHI_OK);
    phi_rng_seed(&r, getenv("PHI_NGRAM_SEED") ? strtoull(getenv("PHI_NGRAM_SEED"), NULL, 10) : 13);
    docs = planted_docs(b, n, &r);
    hits = compare_with_ref("planted, defaults", b, docs, n, NULL);
    CHECK(hits > 1000);
    memset(&o, 0, sizeof o);
    o.n = 5;
    o.max_items = 5;
    CHECK(compare_with_ref("planted, 5-grams, max_items 5", b, docs, n, &o) > hits);
    o.n = 1;
    o.max_items = 1;
    o.fields = PHI_BENCH_FIELD_BIT(PHI_BENCH_F_ENTRY_POINT) | PHI_BENCH_FIELD_BIT(PHI_BENCH_F_TEST_SETUP_CODE) |
               PHI_BENCH_FIELD_BIT(PHI_BENCH_F_CHALLENGE_TEST_LIST);
    CHECK(compare_with_ref("planted, 1-grams, the other fields", b, docs, n, &o) > 0);
    free_docs(docs, n);
    phi_benchmark_free(&b[0]);
    phi_benchmark_free(&b[1]);
}

/* ---- the rules of evidence, on a benchmark made here ------------------------------------------ */

/* Four HumanEval-shaped items: "shared" text in items 0-2, digits in item 3, "own" text per item. */
static const char rules_bench[] =
    "{\"task_id\": \"T/0\", \"prompt\": \"alpha beta gamma delta own0 words here\", \"canonical_solution\": \"\", "
    "\"test\": \"1 2 3 4 5\", \"entry_point\": \"f\"}\n"
    "{\"task_id\": \"T/1\", \"prompt\": \"x ALPHA, beta; gamma delta!\", \"canonical_solution\": \"own1 words here now\", "
    "\"test\": \"\", \"entry_point\": \"f\"}\n"
    "{\"task_id\": \"T/2\", \"prompt\": \"\", \"canonical_solution\": \"alpha beta gamma delta\", "
    "\"test\": \"alpha beta gamma delta\", \"entry_point\": \"f\"}\n"
    "{\"task_id\": \"T/3\", \"prompt\": \"1 2 3 4 5 6\", \"canonical_solution\": \"10 20 30 x1\", "
    "\"test\": \"alpha beta gamma\", \"entry_point\": \"alpha beta gamma delta\"}\n";

static size_t scan_count(const phi_ngram_index *ix, const char *doc, phi_ngram_hits *h) {
    CHECK_EQ_INT(phi_ngram_scan(h, ix, doc, strlen(doc)), PHI_OK);
    return h->n;
}

TEST(rules_of_evidence) {
    phi_benchmark b;
    phi_ngram_index ix;
    phi_ngram_hits h;
    phi_ngram_opts o;
    memset(&h, 0, sizeof h);
    memset(&o, 0, sizeof o);
    CHECK_EQ_INT(phi_benchmark_parse(&b, rules_bench, strlen(rules_bench), "rules", PHI_BENCH_AUTO), PHI_OK);
    o.n = 4;
    /* default max_items 2: "alpha beta gamma delta" is in 3 items (0, 1, 2; item 3 has it only in
       entry_point, not indexed): boilerplate */
    CHECK_EQ_INT(phi_ngram_index_build(&ix, &b, 1, &o), PHI_OK);
    CHECK_EQ_INT(ix.opts.max_items, 2);
    CHECK_EQ_INT(ix.dropped_common, 1);
    CHECK_EQ_INT(ix.dropped_numeric, 5); /* places: 2 in T/0's test, 3 in T/3's prompt */
    CHECK_EQ_INT(scan_count(&ix, "Alpha beta gamma delta", &h), 0);
    CHECK_EQ_INT(scan_count(&ix, "1 2 3 4 5 6", &h), 0);
    CHECK_EQ_INT(scan_count(&ix, "... own1 (words) here now", &h), 1);
    if (h.n == 1) {
        CHECK_EQ_STR(h.items[0].item->task_id, "T/1");
        CHECK_EQ_INT(h.items[0].field, PHI_BENCH_F_CANONICAL_SOLUTION);
        CHECK_EQ_INT(h.items[0].doc_start, 4);
        CHECK_EQ_INT(h.items[0].doc_end, 25);
        CHECK_EQ_INT(h.items[0].field_start, 0);
        CHECK_EQ_INT(h.items[0].field_end, 19);
    }
    /* "gamma delta own0 words" crosses no field: a hit; "20 30 x1" has a non-digit word */
    CHECK_EQ_INT(scan_count(&ix, "gamma delta own0 words", &h), 1);
    CHECK_EQ_INT(scan_count(&ix, "10 20 30 X1", &h), 1);
    phi_ngram_index_free(&ix);

    /* max_items 3: the shared 4-gram is evidence, one hit per item, in item order, each at its
       first occurrence (T/2: canonical_solution before test) */
    o.max_items = 3;
    CHECK_EQ_INT(phi_ngram_index_build(&ix, &b, 1, &o), PHI_OK);
    CHECK_EQ_INT(ix.dropped_common, 0);
    CHECK_EQ_INT(scan_count(&ix, "ALPHA, beta gamma delta", &h), 3); /* ("ALPHA-beta" would be one word) */
    if (h.n == 3) {
        CHECK_EQ_STR(h.items[0].item->task_id, "T/0");
        CHECK_EQ_STR(h.items[1].item->task_id, "T/1");
        CHECK_EQ_INT(h.items[1].field_start, 2);
        CHECK_EQ_INT(h.items[1].field_end, 27);
        CHECK_EQ_STR(h.items[2].item->task_id, "T/2");
        CHECK_EQ_INT(h.items[2].field, PHI_BENCH_F_CANONICAL_SOLUTION);
        CHECK_EQ_INT(h.items[0].doc_start, 0);
        CHECK_EQ_INT(h.items[0].doc_end, 23);
    }
    phi_ngram_index_free(&ix);

    /* no limit, digits kept, entry_point indexed too */
    o.max_items = -1;
    o.keep_numeric = 1;
    o.fields = PHI_DEFAULT_NGRAM_FIELDS | PHI_BENCH_FIELD_BIT(PHI_BENCH_F_ENTRY_POINT);
    CHECK_EQ_INT(phi_ngram_index_build(&ix, &b, 1, &o), PHI_OK);
    CHECK_EQ_INT(ix.dropped_numeric, 0);
    CHECK_EQ_INT(scan_count(&ix, "alpha beta gamma delta", &h), 4);
    CHECK_EQ_INT(scan_count(&ix, "0 1 2 3 4 5 6 7", &h), 5); /* 1234 (T/0, T/3), 2345 (T/0, T/3), 3456 (T/3) */
    phi_ngram_index_free(&ix);

    /* bad options */
    o.n = PHI_NGRAM_MAX_N + 1;
    CHECK_EQ_INT(phi_ngram_index_build(&ix, &b, 1, &o), PHI_ERR_ARG);
    phi_ngram_index_free(&ix);
    o.n = -1;
    CHECK_EQ_INT(phi_ngram_index_build(&ix, &b, 1, &o), PHI_ERR_ARG);
    phi_ngram_index_free(&ix);
    o = phi_ngram_opts_resolve(NULL);
    CHECK_EQ_INT(o.n, 13);
    CHECK_EQ_INT(o.max_items, 2);
    CHECK_EQ_INT(o.fields, PHI_DEFAULT_NGRAM_FIELDS);

    /* short and empty documents; an empty index */
    CHECK_EQ_INT(phi_ngram_index_build(&ix, &b, 1, NULL), PHI_OK);
    CHECK_EQ_INT(ix.ngrams, 0); /* no field has 13 words */
    CHECK_EQ_INT(scan_count(&ix, "alpha beta gamma delta own0 words here", &h), 0);
    CHECK_EQ_INT(phi_ngram_scan(&h, &ix, NULL, 0), PHI_OK);
    phi_ngram_index_free(&ix);
    o.n = 2;
    CHECK_EQ_INT(phi_ngram_index_build(&ix, &b, 1, &o), PHI_OK);
    CHECK(ix.ngrams > 0);
    CHECK_EQ_INT(phi_ngram_scan(&h, &ix, NULL, 0), PHI_OK); /* an empty document */
    CHECK_EQ_INT(h.n, 0);
    CHECK_EQ_INT(scan_count(&ix, "own0", &h), 0);     /* shorter than n */
    CHECK_EQ_INT(scan_count(&ix, "OWN0 words", &h), 1); /* exactly n, no white space around */
    CHECK_EQ_INT(scan_count(&ix, " \t own0\xc2\xa0words\xe3\x80\x80", &h), 1);
    if (h.n == 1) {
        CHECK_EQ_INT(h.items[0].doc_start, 3);
        CHECK_EQ_INT(h.items[0].doc_end, 14);
    }
    phi_ngram_index_free(&ix);
    {
        phi_buf e;
        memset(&e, 0, sizeof e);
        CHECK_EQ_INT(phi_ngram_normalize(&e, NULL, 0), PHI_OK);
        CHECK_EQ_INT(e.len, 0);
    }
    CHECK_EQ_INT(phi_ngram_index_build(&ix, NULL, 0, NULL), PHI_OK);
    CHECK_EQ_INT(scan_count(&ix, "anything", &h), 0);
    phi_ngram_index_free(&ix);
    phi_ngram_index_free(&ix);
    phi_ngram_hits_free(&h);
    phi_ngram_hits_free(&h);
    phi_benchmark_free(&b);
}

/* A candidate whose hash matches but whose words do not is no hit: the verification, driven
   directly with a window of other words (offsets and lengths in the normalised document). */
TEST(verification_rejects_other_words) {
    phi_benchmark b;
    phi_ngram_index ix;
    phi_ngram_opts o;
    const phi__ng_impl *m;
    const char *doc = "alpha beta gamma delta own0 wordz";
    size_t ring[PHI_NGRAM_MAX_N][2] = {{0, 5}, {6, 4}, {11, 5}, {17, 5}};
    memset(&o, 0, sizeof o);
    o.n = 4;
    CHECK_EQ_INT(phi_benchmark_parse(&b, rules_bench, strlen(rules_bench), "rules", PHI_BENCH_AUTO), PHI_OK);
    o.max_items = 3;
    CHECK_EQ_INT(phi_ngram_index_build(&ix, &b, 1, &o), PHI_OK);
    m = (const phi__ng_impl *)ix.impl_;
    CHECK(m->nentries > 0);
    if (m->nentries > 0) {
        CHECK_EQ_INT(phi__ng_verify(m, &m->entries[0], (const unsigned char *)doc, (const size_t(*)[2])ring, 0), 1);
        ring[1][1] = 3; /* "bet" */
        CHECK_EQ_INT(phi__ng_verify(m, &m->entries[0], (const unsigned char *)doc, (const size_t(*)[2])ring, 0), 0);
        ring[1][1] = 4;
        CHECK_EQ_INT(phi__ng_verify(m, &m->entries[0], (const unsigned char *)doc, (const size_t(*)[2])ring, 1), 0);
    }
    phi_ngram_index_free(&ix);
    phi_benchmark_free(&b);
}

/* ---- threads ------------------------------------------------------------------------------------ */

typedef struct scan_job {
    const phi_ngram_index *ix;
    const phi_buf *docs;
    size_t *counts;
    phi_ngram_hits hits[8];
} scan_job;

static void scan_range(void *ctx, size_t begin, size_t end, int worker) {
    scan_job *j = (scan_job *)ctx;
    size_t d;
    for (d = begin; d < end; d++) {
        if (phi_ngram_scan(&j->hits[worker], j->ix, j->docs[d].data ? j->docs[d].data : "", j->docs[d].len) != PHI_OK)
            j->counts[d] = (size_t)-1;
        else
            j->counts[d] = j->hits[worker].n;
    }
}

TEST(scans_on_threads_agree) {
    phi_benchmark b[2];
    phi_ngram_index ix;
    phi_buf *docs;
    phi_rng r;
    phi_pool *pool = NULL;
    size_t n = 600, d, *counts, same = 0, total = 0;
    scan_job j;
    int w;
    if (!he_path() || !mbpp_path()) SKIP_NO_DATA();
    CHECK_EQ_INT(phi_benchmark_load(&b[0], he_path(), PHI_BENCH_AUTO), PHI_OK);
    CHECK_EQ_INT(phi_benchmark_load(&b[1], mbpp_path(), PHI_BENCH_AUTO), PHI_OK);
    CHECK_EQ_INT(phi_ngram_index_build(&ix, b, 2, NULL), PHI_OK);
    phi_rng_seed(&r, 7);
    docs = planted_docs(b, n, &r);
    counts = (size_t *)calloc(n, sizeof *counts);
    memset(&j, 0, sizeof j);
    j.ix = &ix;
    j.docs = docs;
    j.counts = counts;
    CHECK_EQ_INT(phi_pool_create(&pool, 4), PHI_OK);
    phi_parallel_for(pool, n, scan_range, &j);
    for (d = 0; d < n; d++) {
        phi_ngram_hits one;
        memset(&one, 0, sizeof one);
        CHECK_EQ_INT(phi_ngram_scan(&one, &ix, docs[d].data ? docs[d].data : "", docs[d].len), PHI_OK);
        same += one.n == counts[d];
        total += one.n;
        phi_ngram_hits_free(&one);
    }
    CHECK_EQ_INT(same, n);
    CHECK(total > 1000);
    for (w = 0; w < 8; w++) phi_ngram_hits_free(&j.hits[w]);
    phi_pool_free(pool);
    free(counts);
    free_docs(docs, n);
    phi_ngram_index_free(&ix);
    phi_benchmark_free(&b[0]);
    phi_benchmark_free(&b[1]);
}

/* The first pass of the scan (the document normalised) has a byte-by-byte reference and, on
   CPUs with AVX-512 VBMI2, a 64-bytes-at-a-time variant: both must store the same bytes, for
   documents made of the pieces where they could differ (runs of punctuation between words and
   spaces, Unicode spaces and their look-alikes: lead bytes with other continuations, cut
   sequences), at every length around a block's (64 bytes) and with every split of a sequence
   across two blocks. */
#ifdef PHI__NG_SIMD
static void random_bytes(phi_buf *out, phi_rng *r, size_t len) {
    static const char *const pieces[] = {"a", "Bc", "xyz", "Q", "7", " ", "\n", "\t", "\x1c", "\x1f", "\x0b", "-", "#",
                                         "->", "...", "\xc2\xa0", "\xc2\x85", "\xc2\x84", "\xc2", "\xc3\xa9",
                                         "\xe1\x9a\x80", "\xe1\x9a", "\xe3\x80\x80", "\xe3\x80\x81", "\xe2\x80\x80",
                                         "\xe2\x80\x8a", "\xe2\x80\x8b", "\xe2\x80\xa8", "\xe2\x80\xa9",
                                         "\xe2\x80\xaf", "\xe2\x80\x9c", "\xe2\x81\x9f", "\xe2\x81", "\xe2",
                                         "\x80", "\xbf", "\xff", "\x7f", "Z", "_", "`", "@", "[", "~"};
    out->len = 0;
    while (out->len < len) {
        const char *pc = pieces[phi_rng_below(r, sizeof pieces / sizeof *pieces)];
        phi_buf_append(out, pc, strlen(pc));
    }
    out->len = len; /* cut: a sequence may end the document half-way */
}

#endif

TEST(squeeze_variants_agree) {
    phi_buf doc;
    phi_rng r;
    unsigned char *a, *b;
    size_t len, ka, kb, i, differ = 0, cases = 0;
    int rep, simd = strcmp(phi_kernels_name(), "avx512") == 0 && strstr(phi_cpu_features(), " avx512vbmi2") != NULL;
#ifdef PHI__NG_SIMD
    CHECK_EQ_INT(phi__k_bytes_avx512(), simd); /* the dispatch follows the variant in use and the CPU */
#else
    CHECK_EQ_INT(simd, 0); /* a build without x86 SIMD has no avx512 variant */
#endif
    if (!simd) {
        printf("  the byte-by-byte pass only (kernel variant %s): nothing to compare it with\n", phi_kernels_name());
        return;
    }
#ifdef PHI__NG_SIMD
    memset(&doc, 0, sizeof doc);
    CHECK_EQ_INT(phi_buf_reserve(&doc, 1024), PHI_OK); /* data is never NULL, even at length 0 */
    a = (unsigned char *)malloc(1024 + 9);
    b = (unsigned char *)malloc(1024 + 9);
    phi_rng_seed(&r, 11);
    for (len = 0; len <= 700; len += (len < 200 ? 1 : 7))
        for (rep = 0; rep < 12; rep++) {
            unsigned wa = 0, wb = 0;
            random_bytes(&doc, &r, len);
            for (i = 0; i < 1024 + 9; i++) a[i] = b[i] = 0xAA;
            ka = phi__ng_squeeze_scalar(a, 0, &wa, (const unsigned char *)doc.data, (const unsigned char *)doc.data + len);
            kb = phi__ng_squeeze_avx512(b, 0, &wb, (const unsigned char *)doc.data, (const unsigned char *)doc.data + len);
            cases++;
            if ((ka != kb || wa != wb || memcmp(a, b, ka) != 0) && !differ++)
                CHECK_MSG(0, "length %zu: %zu bytes (state %u) vs the reference's %zu (state %u)", len, kb, wb, ka, wa);
        }
    CHECK_EQ_INT(differ, 0);
    CHECK(cases > 2000);
    printf("  avx512 and byte-by-byte passes: the same bytes on %zu documents of 0 to 700 bytes\n", cases);
    free(a);
    free(b);
    phi_buf_free(&doc);
#else
    (void)doc, (void)r, (void)a, (void)b, (void)len, (void)ka, (void)kb, (void)i, (void)differ, (void)cases, (void)rep;
#endif
}

int main(void) {
    RUN(benchmarks_match_python_json);
    RUN(benchmark_items_and_names);
    RUN(malformed_benchmark_files);
    RUN(words_match_python);
    RUN(normalize_api);
    RUN(hits_on_real_data_match_python);
    RUN(hits_on_planted_documents_match_python);
    RUN(rules_of_evidence);
    RUN(verification_rejects_other_words);
    RUN(scans_on_threads_agree);
    RUN(squeeze_variants_agree);
    return test_summary();
}
