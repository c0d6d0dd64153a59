/* phi json check: are these files valid JSON (or JSON Lines)? */
#include <string.h>

#include "cli.h"

/* One JSON document: 0 valid, 1 invalid, 2 unreadable. */
static int check_json_file(const char *path, int max_depth, int quiet) {
    phi_buf text = {0};
    phi_json_doc doc = {0};
    phi_json_opts o = {0};
    phi_status st;
    int rc = 0;
    o.max_depth = max_depth;
    if (phi_file_read(path, &text) != PHI_OK) return cli_fail("json check", 2);
    st = phi_json_parse(&doc, text.data ? text.data : "", text.len, &o);
    if (st == PHI_ERR_NOMEM) {
        rc = cli_failf("json check", 2, "%s: %s", path, phi_errmsg());
    } else if (st != PHI_OK) {
        fprintf(stderr, "%s:%zu:%zu: %s\n", path, doc.err_line, doc.err_col, doc.err_msg);
        rc = 1;
    } else if (!quiet) {
        printf("%s: valid JSON (%zu bytes)\n", path, text.len);
    }
    phi_json_doc_free(&doc);
    phi_buf_free(&text);
    return rc;
}

/* JSON Lines: every line is reported, up to max_errors. */
static int check_jsonl_file(const char *path, int max_depth, long max_errors, int quiet) {
    phi_jsonl_reader *r;
    phi_jsonl_opts o = {0};
    const phi_jsonl_stats *s;
    const phi_json *v;
    phi_status st;
    int rc = 0;
    o.max_depth = max_depth;
    if (phi_jsonl_open_path(&r, path, &o) != PHI_OK) return cli_fail("json check", 2);
    s = phi_jsonl_get_stats(r);
    while ((st = phi_jsonl_next(r, &v)) != PHI_END) {
        if (st == PHI_OK) continue;
        if (st == PHI_ERR_IO || st == PHI_ERR_NOMEM) {
            rc = cli_fail("json check", 2);
            break;
        }
        rc = 1;
        if ((long)s->bad <= max_errors) fprintf(stderr, "%s\n", phi_errmsg());
    }
    if (s->torn) rc = rc ? rc : 1; /* the reader's warning already said where */
    if (rc == 1 || !quiet)
        fprintf(rc ? stderr : stdout, "%s: %llu records, %llu bad lines%s%s\n", path, (unsigned long long)s->records,
                (unsigned long long)s->bad, s->torn ? ", torn last line" : "",
                (long)s->bad > max_errors ? " (not all shown: --max-errors)" : "");
    phi_jsonl_close(r);
    return rc;
}

int cmd_json(int argc, char **argv) {
    int i, lines = 0, quiet = 0, worst = 0, rc;
    long max_depth = 1024, max_errors = 20;
    cli_list files = {NULL, 0};
    cli_flag flags[] = {
        {.name = "--lines", .type = CLI_SWITCH, .var = &lines, .help = "JSON Lines instead of one document"},
        {.name = "--max-depth", .type = CLI_LONG, .var = &max_depth, .meta = "N", CLI_AT_LEAST(1),
         .help = "deepest nesting of arrays/objects accepted"},
        {.name = "--max-errors", .type = CLI_LONG, .var = &max_errors, .meta = "N", CLI_AT_LEAST(1),
         .help = "with --lines, report at most N bad lines per file"},
        {.name = "-q", .type = CLI_SWITCH, .var = &quiet, .help = "print nothing for valid files (default: a summary line per file)"},
        {.name = NULL}};
    cli_cmd c = {.name = "json check", .usage = "phi json check [--lines] [--max-depth N] [--max-errors N] [-q] FILE...",
                 .about = "Checks that each FILE ('-' = standard input) is one valid JSON document (RFC 8259,\n"
                          "UTF-8), or with --lines valid JSON Lines: one value per line, blank lines allowed.\n"
                          "Every problem is reported on stderr as FILE:LINE:COLUMN: reason.\n",
                 .flags = flags, .args = &files, .footer = "exit status: 0 all valid, 1 some file invalid, 2 usage or I/O error"};
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        cli_help(&c, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "check") != 0) return cli_usage_error("json", "unknown subcommand '%s'", argv[1]);
    if ((rc = cli_parse(&c, argc - 2, argv + 2)) != CLI_GO) return rc;
    if (!files.n) {
        cli_free(&c);
        return cli_usage_error(c.name, "no FILE given");
    }
    for (i = 0; i < files.n; i++) {
        rc = lines ? check_jsonl_file(files.v[i], (int)max_depth, max_errors, quiet)
                   : check_json_file(files.v[i], (int)max_depth, quiet);
        if (rc > worst) worst = rc;
    }
    cli_free(&c);
    return worst;
}
