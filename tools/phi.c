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
    "  forward --model DIR --ids ...  run one sequence through a model: logits, loss, gradients\n"
    "  eval --problems F --samples F  run completions against HumanEval/MBPP tests in a sandbox: pass@k\n"
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

static const char *usage_forward =
    "usage: phi forward --model DIR --ids 1,2,3,... [--logits OUT] [--grads OUT.safetensors]\n"
    "\n"
    "Runs one sequence of token ids through a model (a HuggingFace directory: config.json and\n"
    "model.safetensors) and writes what another implementation can be checked against:\n"
    "  --logits OUT   float32 logits [T, V], little-endian, row-major\n"
    "  --grads OUT    with the next token of each position as its target (the last has none):\n"
    "                 prints the mean loss and writes every parameter's gradient, HF names\n"
    "\n"
    "exit status: 0 done, 1 the model failed, 2 usage or I/O error\n";

static const char *usage_eval =
    "usage: phi eval --problems FILE --samples FILE [options]\n"
    "       phi eval --problems FILE --reference [options]\n"
    "       phi eval --problems FILE --model PATH [--n N] [--temperature T]   (not available yet)\n"
    "\n"
    "Runs every completion against its problem's unit tests in python3, in a sandbox (own\n"
    "process group; PID, network and mount namespaces where the system allows; read-only file\n"
    "system but for a private tmpfs; minimal environment; CPU, memory, file-size and process\n"
    "limits; a wall-clock backstop), then prints how many passed and pass@k.\n"
    "\n"
    "  --problems FILE   HumanEval JSONL (task_id, prompt, canonical_solution, test, entry_point)\n"
    "                    or MBPP JSONL (task_id, text, code, test_setup_code, test_list)\n"
    "  --samples FILE    completions, one {\"task_id\": ..., \"completion\": ...} per line, any\n"
    "                    number per task (HumanEval: the code after the prompt; MBPP: the code)\n"
    "  --reference       evaluate each problem's own solution instead (checks the setup)\n"
    "  --model PATH      generate the completions with a model: NOT AVAILABLE YET (it needs the\n"
    "                    tokenizer); generate them elsewhere and pass --samples\n"
    "  --k LIST          pass@k for these k, e.g. 1,10,100 (default 1,10,100); a k larger than the\n"
    "                    fewest samples of a problem is not reported\n"
    "  --workers N       programs run at once (default: one per CPU)\n"
    "  --timeout S       CPU seconds per program (default 10); the wall-clock backstop is 3 S + 5\n"
    "  --python PATH     the interpreter (default: python3 on PATH); as root it runs as an\n"
    "                    unprivileged uid, which must be able to reach it\n"
    "  --no-namespaces   do not try namespaces (rlimits and process groups only)\n"
    "  --uid N           as root: the programs run as uids N .. N+workers-1 (default 2146435072;\n"
    "                    pick unused ones that this system maps)\n"
    "  --out FILE        per-sample results as JSON Lines: task_id, completion_id, passed, status\n"
    "                    (passed, failed, exited, timeout, crashed, error), error, exit_code,\n"
    "                    signal, seconds, cpu, stdout_bytes, stderr_bytes, stderr (its first bytes)\n"
    "  --json            print the summary as one JSON line (\"pass@1\": 0.42, ...)\n"
    "\n"
    "exit status: 0 evaluated, 1 some program could not be run (status error), 2 usage or I/O\n"
    "error, or python3 does not run in the sandbox\n";

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

/* Little-endian float32, whatever the host. */
static int write_f32_le(const char *path, const float *x, size_t n) {
    phi_buf b = {0};
    size_t i;
    int ok;
    if (phi_buf_reserve(&b, n * 4)) return 0;
    for (i = 0; i < n; i++) {
        uint32_t u;
        memcpy(&u, &x[i], 4);
        b.data[b.len++] = (char)(u & 0xFF);
        b.data[b.len++] = (char)((u >> 8) & 0xFF);
        b.data[b.len++] = (char)((u >> 16) & 0xFF);
        b.data[b.len++] = (char)(u >> 24);
    }
    ok = phi_file_write_atomic(path, b.data, b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}

static int cmd_forward(int argc, char **argv) {
    const char *model = NULL, *ids_arg = NULL, *logits_out = NULL, *grads_out = NULL;
    int32_t *ids = NULL, *targets = NULL;
    int i, T = 0, rc = 0;
    phi_model m;
    float loss = 0;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = strcmp(a, "--model") == 0 ? &model : strcmp(a, "--ids") == 0 ? &ids_arg
                          : strcmp(a, "--logits") == 0 ? &logits_out : strcmp(a, "--grads") == 0 ? &grads_out : NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_forward, stdout);
            return 0;
        }
        if (!slot || i + 1 >= argc) {
            fprintf(stderr, "phi forward: %s '%s' (try 'phi forward --help')\n", slot ? "missing value after" : "unknown option", a);
            return 2;
        }
        *slot = argv[++i];
    }
    if (!model || !ids_arg) {
        fputs(usage_forward, stderr);
        return 2;
    }
    { /* the ids: comma-separated integers */
        const char *p = ids_arg;
        size_t cap = 1;
        for (; *p; p++) cap += *p == ',';
        ids = (int32_t *)malloc(cap * sizeof *ids);
        targets = (int32_t *)malloc(cap * sizeof *targets);
        for (p = ids_arg; ids && targets;) {
            char *end;
            long v = strtol(p, &end, 10);
            if (end == p || v < 0 || v > 2147483647L || (*end && *end != ',')) {
                fprintf(stderr, "phi forward: --ids: '%s' is not a list of token ids (at byte %ld)\n", ids_arg, (long)(p - ids_arg));
                rc = 2;
                goto out;
            }
            ids[T++] = (int32_t)v;
            if (!*end) break;
            p = end + 1;
        }
    }
    if (phi_model_load_hf(&m, model, NULL) != PHI_OK) {
        fprintf(stderr, "phi forward: %s\n", phi_errmsg());
        rc = 2;
        goto out;
    }
    for (i = 0; i < T; i++) targets[i] = i + 1 < T ? ids[i + 1] : -1;
    if (phi_model_forward(&m, ids, grads_out ? targets : NULL, 1, T, &loss) != PHI_OK) {
        fprintf(stderr, "phi forward: %s\n", phi_errmsg());
        rc = 1;
        goto free_model;
    }
    if (logits_out && !write_f32_le(logits_out, phi_model_logits(&m), (size_t)T * (size_t)m.cfg.vocab_size)) {
        fprintf(stderr, "phi forward: %s\n", phi_errmsg());
        rc = 2;
        goto free_model;
    }
    if (grads_out) {
        const char **names = (const char **)malloc(sizeof *names * (size_t)m.num_tensors);
        const size_t **shapes = (const size_t **)malloc(sizeof *shapes * (size_t)m.num_tensors);
        const float **data = (const float **)malloc(sizeof *data * (size_t)m.num_tensors);
        int *nd = (int *)malloc(sizeof *nd * (size_t)m.num_tensors);
        printf("loss %.9g\n", loss);
        phi_model_zero_grad(&m);
        if (phi_model_backward(&m) != PHI_OK) {
            fprintf(stderr, "phi forward: %s\n", phi_errmsg());
            rc = 1;
        } else {
            for (i = 0; i < m.num_tensors; i++) {
                names[i] = m.tensors[i].name;
                shapes[i] = m.tensors[i].shape;
                nd[i] = m.tensors[i].ndim;
                data[i] = m.grads + m.tensors[i].offset;
            }
            if (phi_safetensors_write(grads_out, m.num_tensors, names, shapes, nd, data) != PHI_OK) {
                fprintf(stderr, "phi forward: %s\n", phi_errmsg());
                rc = 2;
            }
        }
        free((void *)names);
        free((void *)shapes);
        free((void *)data);
        free(nd);
    }
    fprintf(stderr, "phi forward: %d tokens through %s (%zu parameters, vocabulary %d)\n", T, model, m.num_params,
            m.cfg.vocab_size);
free_model:
    phi_model_free(&m);
out:
    free(ids);
    free(targets);
    return rc;
}

/* phi eval: the progress line, after each judged sample */
typedef struct eval_progress {
    phi_progress p;
    size_t done;
} eval_progress;

static void eval_done(void *user, size_t i) {
    eval_progress *e = (eval_progress *)user;
    const char *line = phi_progress_update(&e->p, (double)++e->done, phi_now());
    (void)i;
    if (line) fputs(line, stderr);
}

static int cmd_eval(int argc, char **argv) {
    const char *problems = NULL, *samples = NULL, *model = NULL, *out = NULL, *ks_arg = "1,10,100";
    int i, json = 0, reference = 0, rc = 0, ks[32], nk = 0, iso = -1, counts[PHI_EVAL_ERROR + 1] = {0};
    phi_eval_opts o;
    phi_eval_problems ps;
    phi_eval_samples ss = {0, 0, NULL};
    eval_progress prog;
    double t0, secs;
    size_t j, fewest = (size_t)-1;
    memset(&o, 0, sizeof o);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        long n;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_eval, stdout);
            return 0;
        } else if (strcmp(a, "--json") == 0) {
            json = 1;
        } else if (strcmp(a, "--reference") == 0) {
            reference = 1;
        } else if (strcmp(a, "--no-namespaces") == 0) {
            o.no_namespaces = 1;
        } else if (!v) {
            fprintf(stderr, "phi eval: %s '%s' (try 'phi eval --help')\n",
                    a[0] == '-' && a[1] == '-' ? "missing value after" : "unexpected argument", a);
            return 2;
        } else if (strcmp(a, "--problems") == 0) {
            problems = argv[++i];
        } else if (strcmp(a, "--samples") == 0) {
            samples = argv[++i];
        } else if (strcmp(a, "--model") == 0) {
            model = argv[++i];
        } else if (strcmp(a, "--out") == 0) {
            out = argv[++i];
        } else if (strcmp(a, "--k") == 0) {
            ks_arg = argv[++i];
        } else if (strcmp(a, "--python") == 0) {
            o.python = argv[++i];
        } else if (strcmp(a, "--workers") == 0) {
            if (!parse_count(a, argv[++i], &n)) return 2;
            o.workers = n > 4096 ? 4096 : (int)n;
        } else if (strcmp(a, "--uid") == 0) {
            if (!parse_count(a, argv[++i], &n)) return 2;
            o.uid = (uint32_t)n;
        } else if (strcmp(a, "--timeout") == 0) {
            char *end;
            o.timeout = strtod(argv[++i], &end);
            if (*end || !(o.timeout > 0 && o.timeout < 1e6)) {
                fprintf(stderr, "phi eval: --timeout needs a positive number of seconds\n");
                return 2;
            }
        } else if (strcmp(a, "--n") == 0 || strcmp(a, "--temperature") == 0) {
            i++; /* generation options: refused below with --model */
        } else {
            fprintf(stderr, "phi eval: unknown option '%s' (try 'phi eval --help')\n", a);
            return 2;
        }
    }
    if (model) {
        fprintf(stderr, "phi eval: --model is not available yet: generating completions needs the tokenizer, "
                        "which phi.h does not have yet. Generate them elsewhere and pass --samples FILE.\n");
        return 2;
    }
    if (!problems || (!samples) == !reference) {
        fputs(usage_eval, stderr);
        return 2;
    }
    { /* --k 1,10,100 */
        const char *p = ks_arg;
        for (;;) {
            char *end;
            long k = strtol(p, &end, 10);
            if (end == p || k < 1 || k > 1000000 || (*end && *end != ',') || nk == 32) {
                fprintf(stderr, "phi eval: --k: '%s' is not a list of positive numbers\n", ks_arg);
                return 2;
            }
            ks[nk++] = (int)k;
            if (!*end) break;
            p = end + 1;
        }
    }
    if (phi_eval_problems_load(&ps, problems) != PHI_OK) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        return 2;
    }
    if (reference) {
        for (i = 0; i < ps.n && !rc; i++)
            if (phi_eval_samples_add(&ss, &ps, ps.items[i].task_id, ps.items[i].solution, strlen(ps.items[i].solution)))
                rc = 2;
    } else if (phi_eval_samples_load(&ss, &ps, samples) != PHI_OK) {
        rc = 2;
    }
    if (rc) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        goto done;
    }
    memset(&prog, 0, sizeof prog);
    prog.p.label = "eval";
    prog.p.total = (double)ss.n;
    prog.p.tty = isatty(2);
    o.done = eval_done;
    o.user = &prog;
    o = phi_eval_opts_resolve(&o);
    t0 = phi_now();
    phi_progress_start(&prog.p, t0);
    if (phi_eval_run(&ps, &ss, &o) != PHI_OK) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        rc = 2;
        goto done;
    }
    secs = phi_now() - t0;
    if (prog.p.tty) fputs(phi_progress_finish(&prog.p, (double)prog.done, phi_now()), stderr);
    for (j = 0; j < ss.n; j++) {
        const phi_eval_result *r = &ss.items[j].result;
        counts[r->status]++;
        if (r->status != PHI_EVAL_ERROR) iso &= r->isolation;
    }
    if (iso < 0) iso = 0;
    for (i = 0; i < ps.n; i++) { /* the fewest samples a problem with samples has */
        size_t n = 0;
        for (j = 0; j < ss.n; j++) n += ss.items[j].problem == i;
        if (n && n < fewest) fewest = n;
    }
    if (out && phi_eval_write_results(out, &ps, &ss) != PHI_OK) {
        fprintf(stderr, "phi eval: %s\n", phi_errmsg());
        rc = 2;
    }
    {
        static const char *const iso_names[] = {"pid", "net", "fs", "proc", "uid", "userns"};
        int nprob = 0;
        phi_eval_pass_at_k(&ps, &ss, 1, &nprob);
        if (json) {
            printf("{\"problems\":%d,\"samples\":%zu,\"passed\":%d,\"failed\":%d,\"exited\":%d,\"timeout\":%d,"
                   "\"crashed\":%d,\"error\":%d,\"seconds\":%.3f,\"isolation\":[",
                   nprob, ss.n, counts[PHI_EVAL_PASSED], counts[PHI_EVAL_FAILED], counts[PHI_EVAL_EXITED],
                   counts[PHI_EVAL_TIMEOUT], counts[PHI_EVAL_CRASHED], counts[PHI_EVAL_ERROR], secs);
            for (i = 0, j = 0; i < 6; i++)
                if (iso & (1 << i)) printf("%s\"%s\"", j++ ? "," : "", iso_names[i]);
            printf("]");
            for (i = 0; i < nk; i++)
                if ((size_t)ks[i] <= fewest && fewest != (size_t)-1)
                    printf(",\"pass@%d\":%.17g", ks[i], phi_eval_pass_at_k(&ps, &ss, ks[i], NULL));
            printf("}\n");
        } else {
            printf("phi eval: %d problems, %zu samples, %d workers, sandbox:", nprob, ss.n, o.workers);
            for (i = 0; i < 6; i++)
                if (iso & (1 << i)) printf(" %s", iso_names[i]);
            printf("%s\n", iso ? "" : " process group and rlimits only");
            printf("  passed %d, failed %d, exited early %d, timeout %d, crashed %d, error %d, in %.1f s\n",
                   counts[PHI_EVAL_PASSED], counts[PHI_EVAL_FAILED], counts[PHI_EVAL_EXITED], counts[PHI_EVAL_TIMEOUT],
                   counts[PHI_EVAL_CRASHED], counts[PHI_EVAL_ERROR], secs);
            for (i = 0; i < nk; i++) {
                if ((size_t)ks[i] <= fewest && fewest != (size_t)-1)
                    printf("  pass@%-4d %7.3f%%\n", ks[i], 100 * phi_eval_pass_at_k(&ps, &ss, ks[i], NULL));
                else
                    printf("  pass@%-4d n/a (needs %d samples of every problem; the fewest is %zu)\n", ks[i], ks[i],
                           fewest == (size_t)-1 ? (size_t)0 : fewest);
            }
        }
    }
    if (!rc && counts[PHI_EVAL_ERROR]) {
        for (j = 0; j < ss.n; j++)
            if (ss.items[j].result.status == PHI_EVAL_ERROR) {
                fprintf(stderr, "phi eval: %d program(s) could not be run; the first: %s: %s\n", counts[PHI_EVAL_ERROR],
                        ps.items[ss.items[j].problem].task_id, ss.items[j].result.error);
                break;
            }
        rc = 1;
    }
done:
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
    return rc;
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
    if (strcmp(argv[1], "forward") == 0) return cmd_forward(argc - 1, argv + 1);
    if (strcmp(argv[1], "eval") == 0) return cmd_eval(argc - 1, argv + 1);
    fprintf(stderr, "phi: unknown command '%s' (try 'phi --help')\n", argv[1]);
    return 2;
}
