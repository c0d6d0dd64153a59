/* libFuzzer target: the JSONL reader and writer.
   1. Memory and FILE* readers (with a tiny read size) agree on every line, value and count.
   2. A file with arbitrary bytes, appended to by the writer, reads back with no malformed or
      torn line from the writer's records: a torn tail never survives, the new record is last. */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>
#include <unistd.h>

#include "fuzz.h"

typedef struct seen {
    uint64_t records, bad, blank, line;
    int torn;
    uint64_t hash; /* over the raw text of the returned lines */
} seen;

static void read_all(phi_jsonl_reader *r, seen *s) {
    const phi_json *v;
    phi_status st;
    memset(s, 0, sizeof *s);
    while ((st = phi_jsonl_next(r, &v)) != PHI_END) {
        size_t n, i;
        const char *l;
        if (st != PHI_OK) {
            REQUIRE(st == PHI_ERR_PARSE || st == PHI_ERR_ENCODING || st == PHI_ERR_LIMIT);
            continue;
        }
        REQUIRE(v != NULL);
        l = phi_jsonl_line(r, &n);
        for (i = 0; i < n; i++) s->hash = (s->hash ^ (unsigned char)l[i]) * 0x100000001B3ull;
        s->hash = (s->hash ^ 0xFF) * 0x100000001B3ull;
    }
    s->records = phi_jsonl_get_stats(r)->records;
    s->bad = phi_jsonl_get_stats(r)->bad;
    s->blank = phi_jsonl_get_stats(r)->blank;
    s->line = phi_jsonl_get_stats(r)->line;
    s->torn = phi_jsonl_get_stats(r)->torn;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static char path[64];
    phi_jsonl_opts o = {0};
    phi_jsonl_reader *r;
    phi_jsonl_writer *w;
    phi_json_writer *jw;
    seen a, b;
    FILE *f;
    if (!path[0]) snprintf(path, sizeof path, "/tmp/phi-fuzz-jsonl-%ld", (long)getpid());
    o.skip_bad = size & 1;
    o.max_line = size % 3 == 0 ? 40 : 0;
    o.read_size = 1 + size % 5;

    REQUIRE(phi_jsonl_open_mem(&r, data, size, "mem", &o) == PHI_OK);
    read_all(r, &a);
    phi_jsonl_close(r);
    f = fopen(path, "wb");
    fwrite(data, 1, size, f);
    fclose(f);
    f = fopen(path, "rb");
    REQUIRE(phi_jsonl_open(&r, f, "file", &o) == PHI_OK);
    read_all(r, &b);
    phi_jsonl_close(r);
    fclose(f);
    REQUIRE(memcmp(&a, &b, sizeof a) == 0);

    /* append a record after whatever the file holds */
    REQUIRE(phi_jsonl_writer_open(&w, path, NULL) == PHI_OK);
    jw = phi_jsonl_record(w);
    phi_jw_begin_object(jw);
    phi_jw_key(jw, "fuzz");
    phi_jw_int(jw, 424242);
    phi_jw_end_object(jw);
    REQUIRE(phi_jsonl_commit(w) == PHI_OK);
    REQUIRE(phi_jsonl_writer_close(w) == PHI_OK);
    o.skip_bad = 1;
    o.max_line = 0;
    REQUIRE(phi_jsonl_open_path(&r, path, &o) == PHI_OK);
    {
        const phi_json *v, *last = NULL;
        phi_status st;
        while ((st = phi_jsonl_next(r, &v)) == PHI_OK) last = v;
        REQUIRE(st == PHI_END && !phi_jsonl_get_stats(r)->torn);
        REQUIRE(last && phi_json_get(last, "fuzz") && phi_json_get(last, "fuzz")->u.i == 424242);
    }
    phi_jsonl_close(r);
    remove(path);
    return 0;
}
