/* phi: the command-line program of phi.h, one subcommand per step of the recipe.

   Exit codes: 0 success, 1 the input was checked and found wanting (or a step failed),
   2 usage or input/output errors. Messages go to stderr, results to stdout. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <stdlib.h>
#include <string.h>

static const char *usage_main =
    "usage: phi <command> [options]\n"
    "\n"
    "phi.h " PHI_VERSION_STRING " - the \"Textbooks Are All You Need\" recipe in one C header.\n"
    "\n"
    "commands:\n"
    "  json check [--lines] FILE...   check that files are valid JSON (or JSON Lines)\n"
    "\n"
    "options:\n"
    "  -h, --help      this help; 'phi <command> --help' for a command's own\n"
    "  --version       version, CPU features and the kernel variant in use\n"
    "\n"
    "environment:\n"
    "  PHI_KERNEL      scalar|avx2|avx512|neon: force a kernel variant (default: the best)\n"
    "  PHI_THREADS     worker threads (default: one per CPU)\n";

static const char *usage_json =
    "usage: phi json check [--lines] [--max-depth N] [--max-errors N] [-q] FILE...\n"
    "\n"
    "Checks that each FILE ('-' = standard input) is one valid JSON document (RFC 8259,\n"
    "UTF-8), or with --lines valid JSON Lines: one value per line, blank lines allowed.\n"
    "Every problem is reported on stderr as FILE:LINE:COLUMN: reason.\n"
    "\n"
    "  --lines         JSON Lines instead of one document\n"
    "  --max-depth N   deepest nesting of arrays/objects accepted (default 1024)\n"
    "  --max-errors N  with --lines, report at most N bad lines per file (default 20)\n"
    "  -q              print nothing for valid files (default: a summary line per file)\n"
    "\n"
    "exit status: 0 all valid, 1 some file invalid, 2 usage or I/O error\n";

static void log_to_stderr(void *user, phi_log_level level, const char *msg) {
    (void)user;
    if (level <= PHI_LOG_INFO)
        fprintf(stderr, "phi: %s%s\n", level == PHI_LOG_ERROR ? "error: " : level == PHI_LOG_WARN ? "warning: " : "",
                msg);
}

static int parse_count(const char *flag, const char *s, long *out) {
    char *end;
    long v = s ? strtol(s, &end, 10) : 0;
    if (!s || *end || v <= 0) {
        fprintf(stderr, "phi: %s needs a positive number\n", flag);
        return 0;
    }
    *out = v;
    return 1;
}

/* One JSON document: 0 valid, 1 invalid, 2 unreadable. */
static int check_json_file(const char *path, int max_depth, int quiet) {
    phi_buf text = {0};
    phi_json_doc doc = {0};
    phi_json_opts o = {0};
    phi_status st;
    int rc = 0;
    o.max_depth = max_depth;
    if ((st = phi_file_read(path, &text)) != PHI_OK) {
        fprintf(stderr, "phi: %s\n", phi_errmsg());
        return 2;
    }
    st = phi_json_parse(&doc, text.data ? text.data : "", text.len, &o);
    if (st == PHI_ERR_NOMEM) {
        fprintf(stderr, "phi: %s: %s\n", path, phi_errmsg());
        rc = 2;
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
    if (phi_jsonl_open_path(&r, path, &o) != PHI_OK) {
        fprintf(stderr, "phi: %s\n", phi_errmsg());
        return 2;
    }
    s = phi_jsonl_get_stats(r);
    while ((st = phi_jsonl_next(r, &v)) != PHI_END) {
        if (st == PHI_OK) continue;
        if (st == PHI_ERR_IO || st == PHI_ERR_NOMEM) {
            fprintf(stderr, "phi: %s\n", phi_errmsg());
            rc = 2;
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

static int cmd_json(int argc, char **argv) {
    int i, lines = 0, quiet = 0, worst = 0, nfiles = 0;
    long max_depth = 0, max_errors = 20;
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        fputs(usage_json, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "check") != 0) {
        fprintf(stderr, "phi json: unknown subcommand '%s' (try 'phi json --help')\n", argv[1]);
        return 2;
    }
    for (i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--lines") == 0) lines = 1;
        else if (strcmp(a, "-q") == 0) quiet = 1;
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_json, stdout);
            return 0;
        } else if (strcmp(a, "--max-depth") == 0) {
            if (!parse_count(a, i + 1 < argc ? argv[++i] : NULL, &max_depth)) return 2;
        } else if (strcmp(a, "--max-errors") == 0) {
            if (!parse_count(a, i + 1 < argc ? argv[++i] : NULL, &max_errors)) return 2;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "phi json check: unknown option '%s' (try 'phi json --help')\n", a);
            return 2;
        }
    }
    for (i = 2; i < argc; i++) {
        const char *a = argv[i];
        int rc;
        if (strcmp(a, "--max-depth") == 0 || strcmp(a, "--max-errors") == 0) {
            i++;
            continue;
        }
        if (a[0] == '-' && a[1]) continue;
        nfiles++;
        rc = lines ? check_jsonl_file(a, (int)max_depth, max_errors, quiet) : check_json_file(a, (int)max_depth, quiet);
        if (rc > worst) worst = rc;
    }
    if (!nfiles) {
        fprintf(stderr, "phi json check: no FILE given (try 'phi json --help')\n");
        return 2;
    }
    return worst;
}

int main(int argc, char **argv) {
    const char *kernel = getenv("PHI_KERNEL");
    phi_set_log(log_to_stderr, NULL);
    if (kernel && kernel[0] && phi_kernels_force(kernel) != PHI_OK) { /* say so, rather than fall back */
        fprintf(stderr, "phi: PHI_KERNEL=%s: %s\n", kernel, phi_errmsg());
        return 2;
    }
    if (argc < 2) {
        fputs(usage_main, stderr);
        return 2;
    }
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        fputs(usage_main, stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("phi %s (phi.h), %d CPUs\n%s\n", PHI_VERSION_STRING, phi_cpu_count(), phi_cpu_features());
        return 0;
    }
    if (strcmp(argv[1], "json") == 0) return cmd_json(argc - 1, argv + 1);
    fprintf(stderr, "phi: unknown command '%s' (try 'phi --help')\n", argv[1]);
    return 2;
}
