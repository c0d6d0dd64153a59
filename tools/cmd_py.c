/* phi py dump|check: Python source through phi.h's parser (>>python). `dump` prints what
   CPython's ast.dump prints for a file; `check` lists the files of a tree that CPython's
   ast.parse would reject, parsing them on every core. */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE) && !defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L /* lstat, which C99 alone does not declare */
#endif
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

#ifdef _WIN32 /* no symbolic links to skip */
#define py_lstat stat
#else
#define py_lstat lstat
#endif

#define PY_MAX_THREADS 4096
#define PY_BATCH_BLOCK 256 /* --batch: files parsed (and held) at once before they are printed */

static const char *py_usage =
    "phi py dump [--indent N] [--positions] [--py 3.11|3.12] FILE\n"
    "       phi py dump --batch LIST [--positions] [--py 3.11|3.12] [--threads N]\n"
    "       phi py check [--py 3.11|3.12] [--threads N] [-q] PATH...";
static const char *py_about =
    "Python source parsed as CPython parses it (phi.h's >>python: no Python needed).\n";
static const char *py_footer =
    "exit status: 0 done (check: no file rejected), 1 a file was rejected (its error on\n"
    "stderr for dump, on stdout for check), 2 usage or I/O error";

typedef struct py_args {
    const char *py, *batch;
    int indent, positions, quiet;
    long threads;
    cli_list paths;
} py_args;

static const char *const py_subs[] = {"dump", "check"};

/* The flags of subcommand `sub` (0 dump, 1 check), into f[]. */
static cli_cmd py_cmd(int sub, void *args, cli_flag *f, char *name, size_t cap) {
    py_args *a = (py_args *)args;
    cli_cmd c;
    int n = 0;
    memset(&c, 0, sizeof c);
    snprintf(name, cap, "py %s", py_subs[sub]);
    if (sub == 0) {
        f[n++] = (cli_flag){.name = "--indent", .type = CLI_INT, .var = &a->indent, .meta = "N", .min = 0, .max = 1000,
                            .dflt = "one line", .help = "as ast.dump(indent=N): a node a line, nested N spaces deeper"};
        f[n++] = (cli_flag){.name = "--positions", .type = CLI_SWITCH, .var = &a->positions,
                            .help = "the line and column fields too (ast.dump's include_attributes=True)"};
        f[n++] = (cli_flag){.name = "--batch", .type = CLI_STR, .var = &a->batch, .meta = "LIST",
                            .help = "(for the tests) every file named in LIST, one path a line, one line\n"
                                    "each on stdout: the one-line dump, 'error: ' + the parse error\n"
                                    "or 'dump-error: ' + why it has no dump"};
    }
    f[n++] = (cli_flag){.name = "--py", .type = CLI_STR, .var = &a->py, .meta = "VERSION",
                        .help = "the Python: 3.11, or 3.12 (its syntax, node kinds, Unicode 15.0 and\n"
                                "ast.dump, which shows type_params)"};
    f[n++] = (cli_flag){.name = "--threads", .type = CLI_LONG, .var = &a->threads, .meta = "N", CLI_AT_LEAST(1),
                        .dflt = "$PHI_THREADS, else one per CPU", .help = "worker threads"};
    if (sub == 1)
        f[n++] = (cli_flag){.name = "-q", .type = CLI_SWITCH, .var = &a->quiet, .help = "no summary line on stderr"};
    f[n] = (cli_flag){.name = NULL};
    c.name = name;
    c.usage = py_usage;
    c.flags = f;
    c.args = &a->paths;
    c.footer = py_footer;
    c.about = sub == 0 ? "dump     prints ast.dump(ast.parse(FILE)) as CPython 3.11 (or --py 3.12) prints it ('-' =\n"
                         "         standard input);\n"
                         "         a file CPython rejects: FILE:LINE:COLUMN: message on stderr\n"
                       : "check    parses every .py file under each PATH (a FILE named is parsed whatever its\n"
                         "         name; symbolic links to directories are not followed) and prints each\n"
                         "         rejected one as FILE:LINE:COLUMN: message, sorted by path\n";
    return c;
}

static void py_help(FILE *out) {
    py_args a;
    memset(&a, 0, sizeof a);
    a.py = "3.11";
    cli_help_subs(out, py_usage, py_about, py_footer, 2, py_cmd, &a);
}

/* What became of one file. A parse error (a syntax error, nesting too deep, a bad encoding)
   is the file's: rejected. An I/O error, running out of memory or a bad argument is ours. */
enum { PY_PARSED, PY_REJECTED, PY_NO_DUMP, PY_FAILED };
static int py_fate(phi_status st, int parsed) {
    if (st == PHI_OK) return PY_PARSED;
    if (st == PHI_ERR_NOMEM || st == PHI_ERR_ARG || st == PHI_ERR_IO) return PY_FAILED;
    return parsed ? PY_NO_DUMP : PY_REJECTED;
}

/* ---- the work on one file, shared by dump --batch and check -------------------------------- */

typedef struct py_job {
    char **paths;
    size_t n;          /* files in this call */
    int lanes;         /* threads: lane w takes files w, w + lanes, ... (the big files of a
                          directory often sit together: striding spreads them) */
    phi_py_opts opts;
    int dump;          /* 0: parse only (check); 1: one-line dump; 2: with positions */
    /* the results, per file */
    int *fate;         /* PY_* */
    char **msg;        /* malloc'ed: the error detail, NULL if none (or no memory for it) */
    phi_buf *out;      /* dump: the line to print */
    size_t *bytes;     /* the file's size */
} py_job;

static char *py_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = (char *)malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static void py_one(py_job *j, size_t i) {
    phi_buf text = {0};
    phi_py_tree t;
    phi_status st;
    memset(&t, 0, sizeof t);
    st = phi_file_read(j->paths[i], &text);
    j->bytes[i] = text.len;
    if (st == PHI_OK) st = phi_py_parse(&t, text.data ? text.data : "", text.len, j->paths[i], &j->opts);
    if (st == PHI_OK && j->dump) {
        phi_py_dump_opts d = {0, 0, 0};
        d.include_attributes = j->dump == 2;
        d.minor = j->opts.minor; /* the dump of the Python that parsed it */
        if ((st = phi_py_dump(&j->out[i], t.root, &d)) != PHI_OK) j->fate[i] = py_fate(st, 1);
    } else {
        j->fate[i] = py_fate(st, 0);
    }
    if (st != PHI_OK) j->msg[i] = py_strdup(phi_errmsg()); /* the error detail is this thread's */
    phi_py_tree_free(&t);
    phi_buf_free(&text);
}

static void py_lane(void *ctx, size_t begin, size_t end, int worker) {
    py_job *j = (py_job *)ctx;
    size_t lane, i;
    (void)worker;
    for (lane = begin; lane < end; lane++)
        for (i = lane; i < j->n; i += (size_t)j->lanes) py_one(j, i);
}

/* Parses (and dumps) paths[0..n) on the pool; 0 when out of memory. */
static int py_run(py_job *j, char **paths, size_t n, phi_pool *pool) {
    size_t m = n ? n : 1;
    j->paths = paths;
    j->n = n;
    j->fate = (int *)calloc(m, sizeof *j->fate);
    j->msg = (char **)calloc(m, sizeof *j->msg);
    j->bytes = (size_t *)calloc(m, sizeof *j->bytes);
    j->out = j->dump ? (phi_buf *)calloc(m, sizeof *j->out) : NULL;
    if (!j->fate || !j->msg || !j->bytes || (j->dump && !j->out)) return 0;
    j->lanes = phi_pool_size(pool);
    phi_parallel_for(pool, (size_t)j->lanes, py_lane, j);
    return 1;
}

static void py_job_free(py_job *j) {
    size_t i;
    for (i = 0; j->msg && i < j->n; i++) free(j->msg[i]);
    for (i = 0; j->out && i < j->n; i++) phi_buf_free(&j->out[i]);
    free(j->fate);
    free(j->msg);
    free(j->bytes);
    free(j->out);
    memset(j, 0, sizeof *j);
}

/* ---- phi py dump ------------------------------------------------------------------------------ */

static int py_dump_one(const py_args *a, const phi_py_opts *o, const char *path) {
    phi_buf text = {0}, out = {0};
    phi_py_tree t;
    phi_py_dump_opts d = {0, 0, 0};
    phi_status st;
    int rc = 0;
    memset(&t, 0, sizeof t);
    if (phi_file_read(path, &text) != PHI_OK) {
        phi_buf_free(&text);
        return cli_fail("py dump", 2);
    }
    st = phi_py_parse(&t, text.data ? text.data : "", text.len, strcmp(path, "-") ? path : "<stdin>", o);
    if (st == PHI_OK) {
        /* the command's --indent N is ast.dump's indent=N; the library says indent=0 as -1 */
        d.indent = a->indent > 0 ? a->indent : a->indent == 0 ? -1 : 0;
        d.include_attributes = a->positions;
        d.minor = o->minor;
        st = phi_py_dump(&out, t.root, &d);
        if (py_fate(st, 1) == PY_NO_DUMP) rc = cli_failf("py dump", 1, "%s: no dump: %s", path, phi_errmsg());
        else if (st != PHI_OK) rc = cli_fail("py dump", 2);
        else if (phi_buf_append(&out, "\n", 1) != PHI_OK || fwrite(out.data, 1, out.len, stdout) != out.len || fflush(stdout))
            rc = cli_failf("py dump", 2, "cannot write the dump: %s", strerror(errno));
    } else if (py_fate(st, 0) == PY_REJECTED) {
        fprintf(stderr, "%s\n", phi_errmsg()); /* FILE:LINE:COL: message, as is */
        rc = 1;
    } else {
        rc = cli_fail("py dump", 2);
    }
    phi_py_tree_free(&t);
    phi_buf_free(&out);
    phi_buf_free(&text);
    return rc;
}

/* --batch LIST: a line per file, in LIST's order, PY_BATCH_BLOCK files at a time (so that the
   dumps held at once stay few). */
static int py_dump_batch(const py_args *a, const phi_py_opts *o, phi_pool *pool) {
    phi_buf list = {0};
    char **paths = NULL, *p;
    size_t n = 0, cap = 0, at, i;
    int worst = 0;
    if (phi_file_read(a->batch, &list) != PHI_OK) {
        phi_buf_free(&list);
        return cli_fail("py dump", 2);
    }
    for (p = list.data; p && p < list.data + list.len;) { /* the lines, cut in place */
        char *nl = (char *)memchr(p, '\n', (size_t)(list.data + list.len - p));
        if (nl) *nl = 0;
        if (*p) {
            if (n == cap) {
                char **grown = (char **)realloc(paths, (cap = cap ? 2 * cap : 1024) * sizeof *paths);
                if (!grown) {
                    worst = cli_failf("py dump", 2, "out of memory");
                    break;
                }
                paths = grown;
            }
            paths[n++] = p;
        }
        if (!nl) break;
        p = nl + 1;
    }
    for (at = 0; at < n && !worst; at += PY_BATCH_BLOCK) {
        py_job j;
        size_t m = n - at < PY_BATCH_BLOCK ? n - at : PY_BATCH_BLOCK;
        memset(&j, 0, sizeof j);
        j.opts = *o;
        j.dump = a->positions ? 2 : 1;
        if (!py_run(&j, paths + at, m, pool)) worst = cli_failf("py dump", 2, "out of memory");
        for (i = 0; i < m && !worst; i++) {
            const char *msg = j.msg[i] ? j.msg[i] : "(no memory for the message)";
            if (j.fate[i] == PY_PARSED) {
                fwrite(j.out[i].data ? j.out[i].data : "", 1, j.out[i].len, stdout);
                fputc('\n', stdout);
            } else if (j.fate[i] == PY_FAILED) {
                printf("io-error: %s\n", msg); /* a line all the same: the lines stay in step */
                worst = cli_failf("py dump", 2, "%s", msg);
            } else {
                printf("%s%s\n", j.fate[i] == PY_REJECTED ? "error: " : "dump-error: ", msg);
            }
        }
        py_job_free(&j);
    }
    if (fflush(stdout) != 0) worst = cli_failf("py dump", 2, "cannot write: %s", strerror(errno));
    free(paths);
    phi_buf_free(&list);
    return worst;
}

/* ---- phi py check ----------------------------------------------------------------------------- */

typedef struct py_files {
    char **v;
    size_t n, cap;
} py_files;

static int py_files_push(py_files *f, const char *path) {
    char *copy;
    if (f->n == f->cap) {
        size_t cap = f->cap ? 2 * f->cap : 256;
        char **grown = (char **)realloc(f->v, cap * sizeof *grown);
        if (!grown) return 0;
        f->v = grown;
        f->cap = cap;
    }
    if (!(copy = py_strdup(path))) return 0;
    f->v[f->n++] = copy;
    return 1;
}

static void py_files_free(py_files *f) {
    size_t i;
    for (i = 0; i < f->n; i++) free(f->v[i]);
    free(f->v);
    memset(f, 0, sizeof *f);
}

static int py_is_py(const char *name) {
    size_t n = strlen(name);
    return n >= 3 && strcmp(name + n - 3, ".py") == 0;
}

/* Every .py file under dir, into files. Directories wait on a list of their own (dirs), not on
   the C stack: a deep tree costs memory, never recursion. Symbolic links to files are
   followed, to directories not (a link loop would never end). Returns 0 (said why) on an
   unreadable directory or out of memory; the walk goes on past an unreadable directory. */
static int py_walk(const char *root, py_files *files) {
    py_files dirs = {NULL, 0, 0};
    int ok = 1;
    if (!py_files_push(&dirs, root)) return cli_failf("py check", 0, "out of memory"); /* returns 0 */
    while (dirs.n) {
        char *dir = dirs.v[--dirs.n];
        DIR *dh = opendir(dir);
        struct dirent *e;
        if (!dh) {
            ok = cli_failf("py check", 0, "cannot open %s: %s", dir, strerror(errno));
            free(dir);
            continue;
        }
        while ((e = readdir(dh)) != NULL) {
            struct stat sb;
            size_t len = strlen(dir) + strlen(e->d_name) + 2;
            char *p;
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
            if (!(p = (char *)malloc(len))) {
                ok = cli_failf("py check", 0, "out of memory");
                break;
            }
            snprintf(p, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
            if (py_lstat(p, &sb) != 0) {
                ok = cli_failf("py check", 0, "cannot open %s: %s", p, strerror(errno));
            } else if (S_ISDIR(sb.st_mode)) {
                if (!py_files_push(&dirs, p)) ok = cli_failf("py check", 0, "out of memory");
            } else if (py_is_py(e->d_name) && (S_ISREG(sb.st_mode) || (stat(p, &sb) == 0 && S_ISREG(sb.st_mode)))) {
                if (!py_files_push(files, p)) ok = cli_failf("py check", 0, "out of memory");
            }
            free(p);
        }
        closedir(dh);
        free(dir);
    }
    py_files_free(&dirs);
    return ok;
}

static int py_cmp_path(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int py_check(const py_args *a, const phi_py_opts *o, phi_pool *pool) {
    py_files files = {NULL, 0, 0};
    py_job j;
    size_t i, k, rejected = 0, bytes = 0;
    double t0;
    int worst = 0;
    memset(&j, 0, sizeof j);
    for (i = 0; i < (size_t)a->paths.n; i++) {
        const char *path = a->paths.v[i];
        struct stat sb;
        if (strcmp(path, "-") != 0 && stat(path, &sb) != 0) {
            worst = cli_failf("py check", 2, "cannot open %s: %s", path, strerror(errno));
        } else if (strcmp(path, "-") != 0 && S_ISDIR(sb.st_mode)) {
            if (!py_walk(path, &files)) worst = 2;
        } else if (!py_files_push(&files, path)) {
            worst = cli_failf("py check", 2, "out of memory");
        }
    }
    /* sorted, each once: the report is the same on any machine and any number of threads */
    if (files.n) qsort(files.v, files.n, sizeof *files.v, py_cmp_path);
    for (i = k = 0; i < files.n; i++) {
        if (k && !strcmp(files.v[k - 1], files.v[i])) free(files.v[i]);
        else files.v[k++] = files.v[i];
    }
    files.n = k;
    t0 = phi_now();
    j.opts = *o;
    if (!py_run(&j, files.v, files.n, pool)) {
        py_job_free(&j);
        py_files_free(&files);
        return cli_failf("py check", 2, "out of memory");
    }
    for (i = 0; i < files.n; i++) {
        const char *msg = j.msg[i] ? j.msg[i] : "(no memory for the message)";
        bytes += j.bytes[i];
        if (j.fate[i] == PY_REJECTED) {
            printf("%s\n", msg);
            rejected++;
        } else if (j.fate[i] == PY_FAILED) {
            worst = cli_failf("py check", 2, "%s", msg);
        }
    }
    if (fflush(stdout) != 0) worst = cli_failf("py check", 2, "cannot write: %s", strerror(errno));
    if (!a->quiet)
        fprintf(stderr, "%zu files, %zu rejected, %.1f MB in %.2f s\n", files.n, rejected, (double)bytes / 1e6,
                phi_now() - t0);
    py_job_free(&j);
    py_files_free(&files);
    return worst ? worst : rejected ? 1 : 0;
}

/* ---- phi py ----------------------------------------------------------------------------------- */

int cmd_py(int argc, char **argv) {
    py_args a;
    phi_py_opts o;
    phi_pool *pool = NULL;
    cli_flag f[8];
    cli_cmd c;
    char name[32];
    int sub, rc;
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        py_help(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (sub = 0; sub < 2 && strcmp(argv[1], py_subs[sub]); sub++) {}
    if (sub == 2) return cli_usage_error("py", "unknown subcommand '%s'", argv[1]);
    memset(&a, 0, sizeof a);
    memset(&o, 0, sizeof o);
    a.indent = -1; /* not given: one line */
    a.py = "3.11";
    c = py_cmd(sub, &a, f, name, sizeof name);
    if ((rc = cli_parse(&c, argc - 2, argv + 2)) != CLI_GO) return rc;
    o.minor = !strcmp(a.py, "3.11") ? 11 : !strcmp(a.py, "3.12") ? 12 : 0;
    if (!o.minor) {
        rc = cli_bad_flag(c.name, "--py", "'%s' is not 3.11 or 3.12", a.py);
    } else if (sub == 1 && !a.paths.n) {
        rc = cli_usage_error(c.name, "no PATH given");
    } else if (sub == 0 && a.batch && (a.paths.n || a.indent >= 0)) {
        rc = cli_usage_error(c.name, a.paths.n ? "--batch takes no FILE" : "--batch dumps on one line: no --indent");
    } else if (sub == 0 && !a.batch && a.paths.n != 1) {
        rc = cli_usage_error(c.name, a.paths.n ? "one FILE at a time (or --batch LIST)" : "no FILE given");
    } else if (sub == 0 && !a.batch) {
        rc = py_dump_one(&a, &o, a.paths.v[0]);
    } else if (phi_pool_create(&pool, (int)(a.threads > PY_MAX_THREADS ? PY_MAX_THREADS : a.threads)) != PHI_OK) {
        rc = cli_fail(c.name, 2);
    } else {
        rc = sub == 0 ? py_dump_batch(&a, &o, pool) : py_check(&a, &o, pool);
    }
    phi_pool_free(pool);
    cli_free(&c);
    return rc;
}
