/* Tests of >>jsonl: the streaming reader (memory and FILE*, every buffer size) and the
   crash-safe appending writer. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <signal.h>
#include <stdlib.h>
#ifndef _WIN32
#include <sys/resource.h> /* a file-size limit stands in for a full disk; Windows has none */
#endif
#include <unistd.h>

/* Reads everything: the raw text of every returned line, joined by '|', and each error's
   "line:col". The same input must give the same result from memory and from a FILE*. */
typedef struct result {
    char lines[4096];
    char errors[512];
    phi_jsonl_stats st;
    phi_status last;
} result;

static void drain(phi_jsonl_reader *r, result *out) {
    const phi_json *v;
    phi_status st;
    memset(out, 0, sizeof *out);
    while ((st = phi_jsonl_next(r, &v)) != PHI_END) {
        if (st == PHI_OK) {
            size_t n;
            const char *l = phi_jsonl_line(r, &n);
            phi_buf round = {0};
            /* the value is the line's value: written back and re-read it is the same */
            phi_json_doc again = {0};
            if (phi_json_write(&round, v, 0) != PHI_OK ||
                phi_json_parse(&again, round.data, round.len, NULL) != PHI_OK || !phi_json_equal(v, again.root))
                strcat(out->lines, "<value mismatch>");
            phi_json_doc_free(&again);
            phi_buf_free(&round);
            if (out->lines[0]) strcat(out->lines, "|");
            strncat(out->lines, l, n < 200 ? n : 200);
        } else {
            char e[64];
            const phi_jsonl_stats *s = phi_jsonl_get_stats(r);
            snprintf(e, sizeof e, "%s%llu:%zu", out->errors[0] ? " " : "", (unsigned long long)s->err_line, s->err_col);
            strcat(out->errors, e);
            out->last = st;
            if (st == PHI_ERR_IO || st == PHI_ERR_NOMEM) break;
        }
    }
    out->st = *phi_jsonl_get_stats(r);
}

static void read_mem(const char *text, size_t len, const phi_jsonl_opts *o, result *out) {
    phi_jsonl_reader *r;
    CHECK(phi_jsonl_open_mem(&r, text, len, "mem.jsonl", o) == PHI_OK);
    drain(r, out);
    phi_jsonl_close(r);
}

static void read_file(const char *text, size_t len, const phi_jsonl_opts *o, result *out) {
    phi_jsonl_reader *r;
    FILE *f = tmpfile();
    CHECK(f != NULL);
    fwrite(text, 1, len, f);
    rewind(f);
    CHECK(phi_jsonl_open(&r, f, "file.jsonl", o) == PHI_OK);
    drain(r, out);
    phi_jsonl_close(r);
    fclose(f);
}

static const char mixed[] =
    "{\"id\":1,\"text\":\"a\"}\n"
    "\n"
    "  \r\n"
    "{\"id\":2,\"text\":\"b\"}\r\n"
    "{\"id\":3,\"text\":}\n"
    "[1,2,3]\n"
    "{\"id\":4, \"bad\": tru}\n"
    "\"just a string\"\n"
    "{\"id\":5,\"text\":\"\\u00e9\"}\n";

TEST(bad_lines_are_errors_with_line_and_column) {
    result r;
    phi_jsonl_reader *rd;
    const phi_json *v;
    read_mem(mixed, sizeof mixed - 1, NULL, &r);
    CHECK_EQ_STR(r.errors, "5:16 7:17");
    CHECK_EQ_INT(r.last, PHI_ERR_PARSE);
    CHECK_EQ_INT(r.st.records, 5);
    CHECK_EQ_INT(r.st.bad, 2);
    CHECK_EQ_INT(r.st.blank, 2);
    CHECK_EQ_INT(r.st.line, 9);
    CHECK(!r.st.torn);
    /* the message itself */
    CHECK(phi_jsonl_open_mem(&rd, mixed, sizeof mixed - 1, "corpus.jsonl", NULL) == PHI_OK);
    CHECK(phi_jsonl_next(rd, &v) == PHI_OK && phi_jsonl_next(rd, &v) == PHI_OK);
    CHECK(phi_jsonl_next(rd, &v) == PHI_ERR_PARSE && v == NULL);
    CHECK_EQ_STR(phi_errmsg(), "corpus.jsonl:5:16: expected a value, found '}'");
    CHECK(phi_jsonl_next(rd, &v) == PHI_OK && v->type == PHI_JSON_ARRAY); /* and reading goes on */
    phi_jsonl_close(rd);
}

TEST(skipping_passes_good_lines_through_unchanged) {
    result r;
    phi_jsonl_opts o = {0};
    o.skip_bad = 1;
    read_mem(mixed, sizeof mixed - 1, &o, &r);
    CHECK_EQ_STR(r.errors, "");
    CHECK_EQ_STR(r.lines, "{\"id\":1,\"text\":\"a\"}|{\"id\":2,\"text\":\"b\"}\r|[1,2,3]|\"just a string\"|"
                          "{\"id\":5,\"text\":\"\\u00e9\"}");
    CHECK_EQ_INT(r.st.records, 5);
    CHECK_EQ_INT(r.st.bad, 2);
    CHECK_EQ_INT(r.st.err_line, 7);
}

TEST(file_reader_agrees_with_memory_reader_at_every_buffer_size) {
    size_t sizes[] = {1, 2, 3, 7, 16, 64, 0};
    size_t i;
    result m, f;
    phi_jsonl_opts o = {0};
    char *big = (char *)malloc(300000);
    size_t n = 0;
    /* a long line among short ones: longer than every read size */
    n += (size_t)sprintf(big + n, "{\"a\":1}\n{\"long\":\"");
    memset(big + n, 'x', 250000);
    n += 250000;
    n += (size_t)sprintf(big + n, "\"}\n[2]\n{\"torn\":");
    for (i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        o.read_size = sizes[i];
        o.skip_bad = (int)(i & 1);
        read_mem(mixed, sizeof mixed - 1, &o, &m);
        read_file(mixed, sizeof mixed - 1, &o, &f);
        CHECK_EQ_STR(f.lines, m.lines);
        CHECK_EQ_STR(f.errors, m.errors);
        CHECK(memcmp(&f.st, &m.st, sizeof f.st) == 0);
        read_mem(big, n, &o, &m);
        read_file(big, n, &o, &f);
        CHECK_EQ_INT(m.st.records, 3);
        CHECK(m.st.torn);
        CHECK_EQ_STR(f.lines, m.lines);
        CHECK(memcmp(&f.st, &m.st, sizeof f.st) == 0);
    }
    free(big);
}

TEST(unterminated_last_line_rules) {
    result r;
    /* a complete object or array without its '\n' is whole: no prefix of one is valid */
    read_mem("{\"a\":1}\n{\"b\":2}", 15, NULL, &r);
    CHECK_EQ_STR(r.lines, "{\"a\":1}|{\"b\":2}");
    CHECK(!r.st.torn);
    read_mem("[1]\n[2,3]  ", 11, NULL, &r);
    CHECK_EQ_INT(r.st.records, 2);
    CHECK(!r.st.torn);
    /* anything else unterminated is what a crash leaves: ignored, reported, never an error */
    read_mem("{\"a\":1}\n{\"b\":", 13, NULL, &r);
    CHECK_EQ_STR(r.lines, "{\"a\":1}");
    CHECK(r.st.torn && r.st.bad == 0);
    CHECK_EQ_STR(r.errors, "");
    read_mem("{\"a\":1}\n12", 10, NULL, &r); /* "12" may be the start of "123" */
    CHECK(r.st.torn && r.st.records == 1);
    read_mem("{\"a\":1}\n\"abc\"", 13, NULL, &r);
    CHECK(r.st.torn && r.st.records == 1);
    read_mem("{\"a\":1}\n   ", 11, NULL, &r); /* only blanks: nothing was torn */
    CHECK(!r.st.torn && r.st.records == 1 && r.st.blank == 1);
    read_mem("", 0, NULL, &r);
    CHECK(r.st.records == 0 && r.st.line == 0 && !r.st.torn);
}

TEST(line_length_limit) {
    result m, f;
    phi_jsonl_opts o = {0};
    const char text[] = "[1]\n[\"0123456789012345678901234567890123456789\"]\n[3]\n";
    o.max_line = 20;
    o.read_size = 4;
    read_mem(text, sizeof text - 1, &o, &m);
    read_file(text, sizeof text - 1, &o, &f);
    CHECK_EQ_STR(m.errors, "2:21");
    CHECK_EQ_INT(m.last, PHI_ERR_LIMIT);
    CHECK_EQ_STR(m.lines, "[1]|[3]");
    CHECK_EQ_STR(f.errors, m.errors);
    CHECK_EQ_STR(f.lines, m.lines);
    CHECK(memcmp(&f.st, &m.st, sizeof f.st) == 0);
    o.skip_bad = 1;
    read_file(text, sizeof text - 1, &o, &f);
    CHECK_EQ_STR(f.lines, "[1]|[3]");
    CHECK_EQ_INT(f.st.bad, 1);
}

TEST(open_path_reports_missing_files) {
    phi_jsonl_reader *r = (phi_jsonl_reader *)1;
    CHECK(phi_jsonl_open_path(&r, "/nonexistent/x.jsonl", NULL) == PHI_ERR_IO);
    CHECK(r == NULL);
    CHECK(strstr(phi_errmsg(), "cannot open /nonexistent/x.jsonl") != NULL);
}

static char tmp_path[64];
static const char *fresh_path(void) {
    int fd;
    strcpy(tmp_path, "/tmp/phi-test-jsonl-XXXXXX");
    fd = mkstemp(tmp_path);
    close(fd);
    return tmp_path;
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
}

static void slurp(const char *path, phi_buf *b) {
    b->len = 0;
    CHECK(phi_file_read(path, b) == PHI_OK);
}

static void append_id(phi_jsonl_writer *w, int id) {
    phi_json_writer *jw = phi_jsonl_record(w);
    phi_jw_begin_object(jw);
    phi_jw_key(jw, "id");
    phi_jw_int(jw, id);
    phi_jw_end_object(jw);
    CHECK(phi_jsonl_commit(w) == PHI_OK);
}

TEST(writer_appends_whole_lines_that_read_back) {
    const char *path = fresh_path();
    phi_jsonl_writer *w;
    phi_jsonl_writer_opts o = {0};
    phi_json_doc d = {0};
    phi_buf b = {0};
    int i;
    o.sync_every = 3;
    CHECK(phi_jsonl_writer_open(&w, path, &o) == PHI_OK);
    for (i = 0; i < 5; i++) append_id(w, i);
    {
        const char *rec = "{\"text\":\"caf\xc3\xa9\",\"n\":[1.5,null]}";
        CHECK(phi_json_parse(&d, rec, strlen(rec), NULL) == PHI_OK);
    }
    CHECK(phi_jsonl_write(w, d.root) == PHI_OK);
    CHECK(phi_jsonl_write(w, NULL) == PHI_ERR_ARG); /* refused, and nothing written */
    CHECK(phi_jsonl_writer_close(w) == PHI_OK);
    slurp(path, &b);
    CHECK_EQ_STR(b.data, "{\"id\":0}\n{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n{\"id\":4}\n{\"text\":\"caf\xc3\xa9\",\"n\":[1.5,null]}\n");
    /* reopening appends */
    CHECK(phi_jsonl_writer_open(&w, path, NULL) == PHI_OK);
    append_id(w, 9);
    CHECK(phi_jsonl_writer_close(w) == PHI_OK);
    slurp(path, &b);
    CHECK(strstr(b.data, "null]}\n{\"id\":9}\n") != NULL);
    phi_json_doc_free(&d);
    phi_buf_free(&b);
    remove(path);
}

TEST(writer_refuses_bad_records_and_keeps_the_file_clean) {
    const char *path = fresh_path();
    phi_jsonl_writer *w;
    phi_json_writer *jw;
    phi_buf b = {0};
    CHECK(phi_jsonl_writer_open(&w, path, NULL) == PHI_OK);
    append_id(w, 1);
    jw = phi_jsonl_record(w);
    phi_jw_begin_object(jw);
    phi_jw_key(jw, "text");
    phi_jw_strn(jw, "\xff", 1);
    phi_jw_end_object(jw);
    CHECK(phi_jsonl_commit(w) == PHI_ERR_ENCODING);
    CHECK(strstr(phi_errmsg(), "record not written") && strstr(phi_errmsg(), "0xFF"));
    jw = phi_jsonl_record(w);
    phi_jw_begin_array(jw); /* left open */
    CHECK(phi_jsonl_commit(w) == PHI_ERR_STATE);
    CHECK(phi_jsonl_commit(w) == PHI_ERR_STATE); /* no record begun */
    append_id(w, 2);
    CHECK(phi_jsonl_writer_close(w) == PHI_OK);
    slurp(path, &b);
    CHECK_EQ_STR(b.data, "{\"id\":1}\n{\"id\":2}\n");
    phi_buf_free(&b);
    remove(path);
}

/* A crash mid-write leaves a torn line. The next writer cuts it off before appending, and a
   reader never sees it: every line in the file parses, and the new record is last. */
TEST(writer_repairs_a_torn_tail_before_appending) {
    static const struct { const char *before, *after; } cases[] = {
        {"{\"id\":1}\n{\"id\":2}\n{\"te", "{\"id\":1}\n{\"id\":2}\n{\"id\":7}\n"},
        {"{\"te", "{\"id\":7}\n"},
        {"{\"id\":1}\n12", "{\"id\":1}\n{\"id\":7}\n"},
        {"{\"id\":1}\n{\"id\":2}", "{\"id\":1}\n{\"id\":2}\n{\"id\":7}\n"}, /* whole, only the '\n' missing */
        {"", "{\"id\":7}\n"},
        {"{\"id\":1}\n", "{\"id\":1}\n{\"id\":7}\n"},
    };
    size_t i;
    phi_buf b = {0}, longtail = {0};
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *path = fresh_path();
        phi_jsonl_writer *w;
        write_file(path, cases[i].before);
        CHECK(phi_jsonl_writer_open(&w, path, NULL) == PHI_OK);
        append_id(w, 7);
        CHECK(phi_jsonl_writer_close(w) == PHI_OK);
        slurp(path, &b);
        CHECK_EQ_STR(b.data, cases[i].after);
        remove(path);
    }
    /* a torn line longer than the backwards-scan chunk */
    phi_buf_append(&longtail, "{\"id\":1}\n{\"text\":\"", 18);
    for (i = 0; i < 100000; i++) phi_buf_append(&longtail, "y", 1);
    {
        const char *path = fresh_path();
        phi_jsonl_writer *w;
        write_file(path, longtail.data);
        CHECK(phi_jsonl_writer_open(&w, path, NULL) == PHI_OK);
        append_id(w, 7);
        CHECK(phi_jsonl_writer_close(w) == PHI_OK);
        slurp(path, &b);
        CHECK_EQ_STR(b.data, "{\"id\":1}\n{\"id\":7}\n");
        remove(path);
    }
    phi_buf_free(&b);
    phi_buf_free(&longtail);
}

#ifndef _WIN32
/* A write that fails half-way (here: the file-size limit) is rolled back to the last whole
   line, and the held lines are written by a later flush. */
TEST(failed_write_rolls_back_and_keeps_the_lines) {
    const char *path = fresh_path();
    phi_jsonl_writer *w;
    phi_jsonl_writer_opts o = {0};
    phi_buf b = {0};
    struct rlimit old, small;
    int i;
    signal(SIGXFSZ, SIG_IGN);
    o.buffer = 1; /* write every record at once */
    CHECK(phi_jsonl_writer_open(&w, path, &o) == PHI_OK);
    append_id(w, 1);
    getrlimit(RLIMIT_FSIZE, &old);
    small = old;
    small.rlim_cur = 20; /* room for a partial second line */
    CHECK(setrlimit(RLIMIT_FSIZE, &small) == 0);
    {
        phi_json_writer *jw = phi_jsonl_record(w);
        phi_jw_begin_object(jw);
        phi_jw_key(jw, "text");
        phi_jw_str(jw, "a record far longer than what is left");
        phi_jw_end_object(jw);
        CHECK(phi_jsonl_commit(w) == PHI_ERR_IO);
        CHECK(strstr(phi_errmsg(), "rolled back") != NULL);
    }
    setrlimit(RLIMIT_FSIZE, &old);
    slurp(path, &b);
    CHECK_EQ_STR(b.data, "{\"id\":1}\n");
    for (i = 2; i < 4; i++) append_id(w, i);
    CHECK(phi_jsonl_writer_close(w) == PHI_OK);
    slurp(path, &b);
    CHECK_EQ_STR(b.data, "{\"id\":1}\n{\"text\":\"a record far longer than what is left\"}\n{\"id\":2}\n{\"id\":3}\n");
    phi_buf_free(&b);
    remove(path);
}
#endif

TEST(writer_open_reports_unwritable_paths) {
    phi_jsonl_writer *w = (phi_jsonl_writer *)1;
    CHECK(phi_jsonl_writer_open(&w, "/nonexistent/out.jsonl", NULL) == PHI_ERR_IO);
    CHECK(w == NULL);
    CHECK(strstr(phi_errmsg(), "/nonexistent/out.jsonl") != NULL);
}

/* A corpus read into memory: the string fields of every record, in order; a record without one
   is an error that names the file, its line and the record, never silently skipped. */
TEST(read_strings_keeps_every_record_and_names_a_missing_field) {
    char path[] = "/tmp/phi-test-strings-XXXXXX";
    phi_jsonl_strings r;
    const char *fields[2] = {"prompt", "solution"};
    FILE *f;
    int fd = mkstemp(path);
    close(fd);
    f = fopen(path, "wb");
    fputs("{\"prompt\":\"a\",\"solution\":\"bc\"}\n\n{\"solution\":\"\\u00e9\",\"prompt\":\"\"}\n", f);
    fclose(f);
    CHECK(phi_jsonl_read_strings(&r, path, fields, 2) == PHI_OK);
    CHECK(r.n == 2 && r.nf == 2);
    CHECK(r.span[1] == 1 && memcmp(r.text.data + r.span[0], "a", 1) == 0);
    CHECK(r.span[3] == 2 && memcmp(r.text.data + r.span[2], "bc", 2) == 0);
    CHECK(r.span[5] == 0);
    CHECK(r.span[7] == 2 && memcmp(r.text.data + r.span[6], "\xc3\xa9", 2) == 0);
    phi_jsonl_strings_free(&r);
    f = fopen(path, "ab");
    fputs("{\"prompt\":\"x\",\"solution\":7}\n", f);
    fclose(f);
    CHECK(phi_jsonl_read_strings(&r, path, fields, 2) == PHI_ERR_PARSE);
    CHECK(strstr(phi_errmsg(), ":4: record 3 has no string field \"solution\"") != NULL);
    CHECK(r.n == 0 && r.span == NULL);
    remove(path);
}

int main(void) {
    RUN(read_strings_keeps_every_record_and_names_a_missing_field);
    RUN(bad_lines_are_errors_with_line_and_column);
    RUN(skipping_passes_good_lines_through_unchanged);
    RUN(file_reader_agrees_with_memory_reader_at_every_buffer_size);
    RUN(unterminated_last_line_rules);
    RUN(line_length_limit);
    RUN(open_path_reports_missing_files);
    RUN(writer_appends_whole_lines_that_read_back);
    RUN(writer_refuses_bad_records_and_keeps_the_file_clean);
    RUN(writer_repairs_a_torn_tail_before_appending);
#ifndef _WIN32
    RUN(failed_write_rolls_back_and_keeps_the_lines);
#endif
    RUN(writer_open_reports_unwritable_paths);
    return test_summary();
}
