/* jsonl_filter: the first step of the recipe, in miniature. A raw code corpus arrives as
   JSON Lines, one document per line; keep the documents whose text field is long enough.

       jsonl_filter IN.jsonl OUT.jsonl [FIELD [MIN_BYTES]]     (defaults: text, 200)

   Shows the JSONL reader (skipping malformed lines instead of stopping), the crash-safe
   writer (OUT is appended to; a torn line from an earlier crash is cut off first) and the
   progress line. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
#include <unistd.h>
#endif

static void to_stderr(void *user, phi_log_level level, const char *msg) {
    (void)user;
    if (level <= PHI_LOG_WARN) fprintf(stderr, "jsonl_filter: %s\n", msg);
}

int main(int argc, char **argv) {
    const char *field = argc > 3 ? argv[3] : "text";
    size_t min_bytes = argc > 4 ? (size_t)strtoul(argv[4], NULL, 10) : 200;
    phi_jsonl_opts ropts = {0};
    phi_jsonl_reader *in;
    phi_jsonl_writer *out;
    const phi_jsonl_stats *st;
    const phi_json *doc;
    phi_progress bar;
    const char *line;
    unsigned long long kept = 0, records = 0;
    phi_status s;

    if (argc < 3) {
        fprintf(stderr, "usage: jsonl_filter IN.jsonl OUT.jsonl [FIELD [MIN_BYTES]]\n");
        return 2;
    }
    phi_set_log(to_stderr, NULL);
    ropts.skip_bad = 1; /* a corpus scraped from the web has bad lines: count them, go on */
    if (phi_jsonl_open_path(&in, argv[1], &ropts) != PHI_OK || phi_jsonl_writer_open(&out, argv[2], NULL) != PHI_OK) {
        fprintf(stderr, "jsonl_filter: %s\n", phi_errmsg());
        return 2;
    }
    st = phi_jsonl_get_stats(in);

    memset(&bar, 0, sizeof bar);
    bar.label = "filter";
#ifndef _WIN32
    bar.tty = isatty(2);
#endif
    phi_progress_start(&bar, phi_now());

    while ((s = phi_jsonl_next(in, &doc)) == PHI_OK) {
        const phi_json *text = phi_json_get(doc, field);
        records++;
        if (text && text->type == PHI_JSON_STRING && text->len >= min_bytes) {
            if (phi_jsonl_write(out, doc) != PHI_OK) break; /* the same record, re-serialised */
            kept++;
        }
        if ((line = phi_progress_update(&bar, (double)records, phi_now())) != NULL) fputs(line, stderr);
    }
    if (s != PHI_END && s != PHI_OK) fprintf(stderr, "jsonl_filter: %s\n", phi_errmsg());
    if (phi_jsonl_writer_close(out) != PHI_OK) { /* flush + fsync: the output is durable */
        fprintf(stderr, "jsonl_filter: %s\n", phi_errmsg());
        s = PHI_ERR_IO;
    }
    fputs(phi_progress_finish(&bar, (double)records, phi_now()), stderr);
    printf("read %llu records (%llu malformed lines skipped), kept %llu with %s >= %zu bytes\n", records,
           (unsigned long long)st->bad, kept, field, min_bytes);
    phi_jsonl_close(in);
    return s == PHI_END ? 0 : 1;
}
