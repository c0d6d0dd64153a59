/* phi eval: completions run against their problems' unit tests in a sandbox, then pass@k. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

typedef struct eval_args {
    const char *problems, *samples, *model, *tokenizer, *save_samples, *out, *ks_arg, *split_by, *tau;
    int reference, json;
    long n, max_new, seed, workers, uid;
    phi_eval_opts o;       /* python, timeout, no_namespaces, ... */
    phi_eval_gen_opts go;  /* temperature, top_p */
    int ks[32], nk;        /* --k */
} eval_args;

static const char *eval_usage = "phi eval --problems FILE --samples FILE [options]\n"
                                "       phi eval --problems FILE --reference [options]\n"
                                "       phi eval --problems FILE --model PATH --tokenizer PATH [--n N] [--temperature T] [options]";
static const char *eval_about =
    "Runs every completion against its problem's unit tests in python3, in a sandbox (own\n"
    "process group; PID, network and mount namespaces where the system allows; read-only file\n"
    "system but for a private tmpfs; minimal environment; CPU, memory, file-size and process\n"
    "limits; a wall-clock backstop), then prints how many passed and pass@k.\n";

/* Parses and checks the flags into a; CLI_GO, or the exit status. */
static int eval_args_get(eval_args *a, int argc, char **argv) {
    int rc, i;
    long *ks = NULL;
    size_t bad;
    cli_flag flags[] = {
        {.name = "--problems", .type = CLI_STR, .var = &a->problems, .meta = "FILE", .required = 1,
         .help = "HumanEval JSONL (task_id, prompt, canonical_solution, test, entry_point)\n"
                 "or MBPP JSONL (task_id, text, code, test_setup_code, test_list)"},
        {.name = "--samples", .type = CLI_STR, .var = &a->samples, .meta = "FILE",
         .help = "completions, one {\"task_id\": ..., \"completion\": ...} per line, any\n"
                 "number per task (HumanEval: the code after the prompt; MBPP: the code)"},
        {.name = "--reference", .type = CLI_SWITCH, .var = &a->reference,
         .help = "evaluate each problem's own solution instead (checks the setup)"},
        {.name = "--model", .type = CLI_STR, .var = &a->model, .meta = "PATH",
         .help = "generate the completions with a model (a checkpoint or a HuggingFace\n"
                 "directory): its continuation of each prompt, cut at \\ndef \\nclass \\nif\n"
                 "\\nprint \\n# or <|endoftext|>; a prompt longer than its context fails"},
        {.name = "--tokenizer", .type = CLI_STR, .var = &a->tokenizer, .meta = "PATH",
         .dflt = "the model directory's tokenizer.json", .help = "the model's tokenizer"},
        {.name = "--n", .type = CLI_LONG, .var = &a->n, .meta = "N", CLI_AT_LEAST(1),
         .help = "completions per problem (greedy unless --temperature)"},
        {.name = "--temperature", .type = CLI_FLOAT, .var = &a->go.sample.temperature, .meta = "X", .min = 0, .max = 100,
         .help = "sampling temperature (0 = greedy)"},
        {.name = "--top-p", .type = CLI_FLOAT, .var = &a->go.sample.top_p, .meta = "P", .min = 0, .max = 100,
         .dflt = "0.95 when sampling", .help = "nucleus sampling"},
        {.name = "--seed", .type = CLI_LONG, .var = &a->seed, .meta = "S", CLI_AT_LEAST(1), .help = "for sampling"},
        {.name = "--max-new", .type = CLI_LONG, .var = &a->max_new, .meta = "N", CLI_AT_LEAST(1),
         .help = "tokens per completion at most"},
        {.name = "--save-samples", .type = CLI_STR, .var = &a->save_samples, .meta = "F",
         .help = "write the generated completions, human-eval format"},
        {.name = "--k", .type = CLI_STR, .var = &a->ks_arg, .meta = "LIST",
         .help = "pass@k for these k; a k larger than the fewest samples of a problem\nis not reported"},
        {.name = "--workers", .type = CLI_LONG, .var = &a->workers, .meta = "N", CLI_AT_LEAST(1),
         .dflt = "one per CPU", .help = "programs run at once"},
        {.name = "--timeout", .type = CLI_DOUBLE, .var = &a->o.timeout, .meta = "S", .dflt = "10",
         .help = "CPU seconds per program; the wall-clock backstop is 3 S + 5"},
        {.name = "--python", .type = CLI_STR, .var = &a->o.python, .meta = "PATH", .dflt = "python3 on PATH",
         .help = "the interpreter; as root it runs as an unprivileged uid, which\nmust be able to reach it"},
        {.name = "--no-namespaces", .type = CLI_SWITCH, .var = &a->o.no_namespaces,
         .help = "do not try namespaces (rlimits and process groups only)"},
        {.name = "--uid", .type = CLI_LONG, .var = &a->uid, .meta = "N", CLI_AT_LEAST(1), .dflt = "2146435072",
         .help = "as root: the programs run as uids N .. N+workers-1 (pick unused ones that this\nsystem maps)"},
        {.name = "--out", .type = CLI_STR, .var = &a->out, .meta = "FILE",
         .help = "per-sample results as JSON Lines: task_id, completion_id, passed, status\n"
                 "(passed, failed, exited, timeout, crashed, error), error, exit_code,\n"
                 "signal, seconds, cpu, stdout_bytes, stderr_bytes, stderr (its first bytes)"},
        {.name = "--json", .type = CLI_SWITCH, .var = &a->json, .help = "print the summary as one JSON line (\"pass@1\": 0.42, ...)"},
        {.name = "--split-by", .type = CLI_STR, .var = &a->split_by, .meta = "REPORT",
         .help = "a report.jsonl of phi decontam scan: pass@k also for the problems with a similar\n"
                 "training function (sim >= --tau, 20 nodes or more) and for the rest, as phi-1's Table 3"},
        {.name = "--tau", .type = CLI_STR, .var = &a->tau, .meta = "TAU", .help = "the similarity of --split-by"},
        {.name = NULL}};
    cli_cmd c = {.name = "eval", .usage = eval_usage, .about = eval_about, .flags = flags,
                 .footer = "exit status: 0 evaluated, 1 some program could not be run (status error), 2 usage or I/O\n"
                           "error, or python3 does not run in the sandbox"};
    memset(a, 0, sizeof *a);
    a->ks_arg = "1,10,100", a->n = 1, a->seed = 1, a->max_new = phi_eval_gen_opts_resolve(NULL).max_new, a->tau = "0.9";
    if ((rc = cli_parse(&c, argc - 1, argv + 1)) != CLI_GO) return rc;
    if (!!a->samples + !!a->reference + !!a->model != 1)
        return cli_usage_error(c.name, "give one of --samples FILE, --reference or --model PATH");
    if (cli_given(&c, "--timeout") && !(a->o.timeout > 0 && a->o.timeout < 1e6))
        return cli_bad_flag(c.name, "--timeout", "'%g' is not a number of seconds (more than 0, less than 1e6)", a->o.timeout);
    if ((a->nk = cli_numbers(a->ks_arg, 1, 1000000, &ks, &bad)) < 0 || a->nk > 32) {
        free(ks);
        return cli_bad_flag(c.name, "--k", "'%s' is not a list of positive numbers", a->ks_arg);
    }
    for (i = 0; i < a->nk; i++) a->ks[i] = (int)ks[i];
    free(ks);
    a->o.workers = a->workers > 4096 ? 4096 : (int)a->workers;
    a->o.uid = (uint32_t)a->uid;
    a->go.n = a->n > 100000 ? 100000 : (int)a->n;
    a->go.max_new = a->max_new > 1000000 ? 1000000 : (int)a->max_new;
    a->go.sample.seed = (uint64_t)a->seed;
    return CLI_GO;
}

/* ---- the completions ------------------------------------------------------------------------ */

static void eval_gen_progress(void *user, size_t done, size_t total) {
    (void)total;
    cli_progress((phi_progress *)user, (double)done);
}

/* --save-samples: the completions in human-eval's format. */
static int eval_save_samples(const char *path, const phi_eval_problems *ps, const phi_eval_samples *ss) {
    phi_jsonl_writer_opts wo;
    phi_jsonl_writer *w;
    size_t j;
    int ok;
    memset(&wo, 0, sizeof wo);
    wo.flags = PHI_JSON_REPLACE_INVALID; /* a model may stop inside a character */
    if (phi_file_write_atomic(path, "", 0) != PHI_OK || phi_jsonl_writer_open(&w, path, &wo) != PHI_OK) return 0;
    for (ok = 1, j = 0; ok && j < ss->n; j++) {
        phi_json_writer *jw = phi_jsonl_record(w);
        phi_jw_begin_object(jw);
        phi_jw_key(jw, "task_id");
        phi_jw_str(jw, ps->items[ss->items[j].problem].task_id);
        phi_jw_key(jw, "completion");
        phi_jw_strn(jw, ss->items[j].completion, ss->items[j].len);
        phi_jw_end_object(jw);
        ok = phi_jsonl_commit(w) == PHI_OK;
    }
    return phi_jsonl_writer_close(w) == PHI_OK && ok;
}

/* --model: the model's completions of every prompt, into ss (and --save-samples). */
static int eval_generate(eval_args *a, const phi_eval_problems *ps, phi_eval_samples *ss) {
    char guess[4096];
    const char *tok_path = a->tokenizer;
    cli_model r;
    phi_progress prog;
    struct stat sb;
    int too_long = 0, rc = 0;
    if (!tok_path && stat(a->model, &sb) == 0 && S_ISDIR(sb.st_mode)) { /* an HF directory carries its tokenizer */
        snprintf(guess, sizeof guess, "%s/tokenizer.json", a->model);
        tok_path = guess;
    }
    if (!tok_path) return cli_failf("eval", 2, "--model needs --tokenizer PATH");
    if (cli_open(&r, "eval", a->model, tok_path, 0)) return 2;
    if (a->go.sample.temperature > 0 && a->go.sample.top_p == 0) a->go.sample.top_p = 0.95f;
    cli_progress_start(&prog, "generate", (double)ps->n * (a->go.n > 0 ? a->go.n : 1));
    a->go.progress = eval_gen_progress;
    a->go.user = &prog;
    if (phi_eval_generate(&r.m, r.tok, ps, &a->go, ss, &too_long) != PHI_OK) {
        rc = cli_fail("eval", 2);
    } else {
        cli_progress_end(&prog, prog.total);
        if (too_long) fprintf(stderr, "phi eval: %d prompts are longer than the model's context; they count as failures\n", too_long);
    }
    if (!rc && a->save_samples && !eval_save_samples(a->save_samples, ps, ss)) rc = cli_fail("eval", 2);
    cli_close(&r);
    return rc;
}

/* The samples to judge: the problems' own solutions, a model's or a file's. */
static int eval_samples(eval_args *a, const phi_eval_problems *ps, phi_eval_samples *ss) {
    int i;
    if (a->model) return eval_generate(a, ps, ss);
    if (a->samples) return phi_eval_samples_load(ss, ps, a->samples) == PHI_OK ? 0 : cli_fail("eval", 2);
    for (i = 0; i < ps->n; i++)
        if (phi_eval_samples_add(ss, ps, ps->items[i].task_id, ps->items[i].solution, strlen(ps->items[i].solution)))
            return cli_fail("eval", 2);
    return 0;
}

/* ---- the verdicts ---------------------------------------------------------------------------- */

typedef struct eval_progress {
    phi_progress p;
    size_t done;
} eval_progress;

static void eval_done(void *user, size_t i) {
    eval_progress *e = (eval_progress *)user;
    (void)i;
    cli_progress(&e->p, (double)++e->done);
}

/* What the run found, for the report. */
typedef struct eval_summary {
    int counts[PHI_EVAL_ERROR + 1], iso, problems, workers;
    size_t fewest; /* the fewest samples a problem with samples has; (size_t)-1 when none has */
    double seconds;
} eval_summary;

static int eval_run(eval_args *a, const phi_eval_problems *ps, phi_eval_samples *ss, eval_summary *s) {
    eval_progress prog;
    phi_eval_opts o = a->o;
    size_t j;
    int i;
    double t0;
    memset(s, 0, sizeof *s);
    memset(&prog, 0, sizeof prog);
    o.done = eval_done;
    o.user = &prog;
    o = phi_eval_opts_resolve(&o);
    { /* which interpreter the sandbox runs, when it is not the python3 on PATH (a pyenv shim under /root) */
        phi_eval_python_info py;
        if (phi_eval_python(&o, &py) == PHI_OK && py.replaced) fprintf(stderr, "phi eval: %s\n", py.why);
    }
    t0 = phi_now();
    cli_progress_start(&prog.p, "eval", (double)ss->n);
    if (phi_eval_run(ps, ss, &o) != PHI_OK) return cli_fail("eval", 2);
    s->seconds = phi_now() - t0;
    cli_progress_end(&prog.p, (double)prog.done);
    s->workers = o.workers;
    s->iso = -1;
    for (j = 0; j < ss->n; j++) {
        const phi_eval_result *r = &ss->items[j].result;
        s->counts[r->status]++;
        if (r->status != PHI_EVAL_ERROR) s->iso &= r->isolation;
    }
    if (s->iso < 0) s->iso = 0;
    s->fewest = (size_t)-1;
    for (i = 0; i < ps->n; i++) {
        size_t n = 0;
        for (j = 0; j < ss->n; j++) n += ss->items[j].problem == i;
        if (n && n < s->fewest) s->fewest = n;
    }
    phi_eval_pass_at_k(ps, ss, 1, &s->problems);
    return 0;
}

static const char *const eval_iso_names[] = {"pid", "net", "fs", "proc", "uid", "userns"};

static void eval_report_json(const eval_args *a, const phi_eval_problems *ps, const phi_eval_samples *ss, const eval_summary *s) {
    cli_json out;
    char key[32];
    int i;
    cli_json_begin(&out);
    cli_json_int(&out, "problems", s->problems);
    cli_json_int(&out, "samples", (int64_t)ss->n);
    cli_json_int(&out, "passed", s->counts[PHI_EVAL_PASSED]);
    cli_json_int(&out, "failed", s->counts[PHI_EVAL_FAILED]);
    cli_json_int(&out, "exited", s->counts[PHI_EVAL_EXITED]);
    cli_json_int(&out, "timeout", s->counts[PHI_EVAL_TIMEOUT]);
    cli_json_int(&out, "crashed", s->counts[PHI_EVAL_CRASHED]);
    cli_json_int(&out, "error", s->counts[PHI_EVAL_ERROR]);
    cli_json_num(&out, "seconds", floor(s->seconds * 1000 + 0.5) / 1000); /* milliseconds are enough */
    phi_jw_key(&out.w, "isolation");
    phi_jw_begin_array(&out.w);
    for (i = 0; i < 6; i++)
        if (s->iso & (1 << i)) phi_jw_str(&out.w, eval_iso_names[i]);
    phi_jw_end_array(&out.w);
    for (i = 0; i < a->nk; i++)
        if ((size_t)a->ks[i] <= s->fewest && s->fewest != (size_t)-1) {
            snprintf(key, sizeof key, "pass@%d", a->ks[i]);
            cli_json_num(&out, key, phi_eval_pass_at_k(ps, ss, a->ks[i], NULL));
        }
    cli_json_print(&out);
}

static void eval_report_text(const eval_args *a, const phi_eval_problems *ps, const phi_eval_samples *ss, const eval_summary *s) {
    int i;
    printf("phi eval: %d problems, %zu samples, %d workers, sandbox:", s->problems, ss->n, s->workers);
    for (i = 0; i < 6; i++)
        if (s->iso & (1 << i)) printf(" %s", eval_iso_names[i]);
    printf("%s\n", s->iso ? "" : " process group and rlimits only");
    printf("  passed %d, failed %d, exited early %d, timeout %d, crashed %d, error %d, in %.1f s\n", s->counts[PHI_EVAL_PASSED],
           s->counts[PHI_EVAL_FAILED], s->counts[PHI_EVAL_EXITED], s->counts[PHI_EVAL_TIMEOUT], s->counts[PHI_EVAL_CRASHED],
           s->counts[PHI_EVAL_ERROR], s->seconds);
    for (i = 0; i < a->nk; i++) {
        if ((size_t)a->ks[i] <= s->fewest && s->fewest != (size_t)-1)
            printf("  pass@%-4d %7.3f%%\n", a->ks[i], 100 * phi_eval_pass_at_k(ps, ss, a->ks[i], NULL));
        else
            printf("  pass@%-4d n/a (needs %d samples of every problem; the fewest is %zu)\n", a->ks[i], a->ks[i],
                   s->fewest == (size_t)-1 ? (size_t)0 : s->fewest);
    }
}

/* --split-by: which problems have a training function at least tau similar in the report
   (decontam names MBPP's problems "mbpp/11", the evaluator "11"). similar[i] for problem i. */
static int eval_similar(const eval_args *a, const phi_eval_problems *ps, char *similar) {
    phi_jsonl_reader *r;
    const phi_json *v;
    phi_status st;
    phi_ted_tau tau;
    if (phi_ted_tau_parse(&tau, a->tau) != PHI_OK) return cli_bad_flag("eval", "--tau", "'%s' is not a number from 0 to 1", a->tau);
    if (phi_jsonl_open_path(&r, a->split_by, NULL) != PHI_OK) return cli_fail("eval", 2);
    while ((st = phi_jsonl_next(r, &v)) == PHI_OK) {
        const phi_json *m = phi_json_get(v, "method"), *t = phi_json_get(v, "task_id"), *ted = phi_json_get(v, "ted"),
                       *n1 = phi_json_get(v, "size"), *n2 = phi_json_get(v, "ref_size"), *small = phi_json_get(v, "small");
        int i, mx;
        if (!m || m->type != PHI_JSON_STRING || (strcmp(m->u.s, "ast") && strcmp(m->u.s, "exact")) || !t ||
            t->type != PHI_JSON_STRING || (small && small->type == PHI_JSON_BOOL && small->u.b))
            continue;
        if (!ted || ted->type != PHI_JSON_INT || !n1 || n1->type != PHI_JSON_INT || !n2 || n2->type != PHI_JSON_INT) {
            phi_jsonl_close(r);
            return cli_failf("eval", 2, "%s: a match without ted, size and ref_size: not a report of phi decontam scan", a->split_by);
        }
        mx = (int)(n1->u.i > n2->u.i ? n1->u.i : n2->u.i);
        if (ted->u.i > phi_ted_max_dist(tau, mx)) continue; /* sim < tau, decided in integers */
        i = phi_eval_problems_find(ps, t->u.s);
        if (i < 0 && !strncmp(t->u.s, "mbpp/", 5)) i = phi_eval_problems_find(ps, t->u.s + 5);
        if (i >= 0) similar[i] = 1;
    }
    phi_jsonl_close(r);
    return st == PHI_END ? 0 : cli_fail("eval", 2);
}

/* pass@k over the problems whose similar[i] is want: "similar (N problems): pass@1 ...". */
static void eval_split_report(const eval_args *a, const phi_eval_problems *ps, const phi_eval_samples *ss, const char *similar) {
    int *n = (int *)calloc((size_t)ps->n + 1, 2 * sizeof(int)), *c, want, i, k;
    size_t j;
    if (!n) return;
    c = n + ps->n;
    for (j = 0; j < ss->n; j++) {
        int p = ss->items[j].problem;
        if (p < 0 || p >= ps->n) continue;
        n[p]++;
        c[p] += ss->items[j].result.status == PHI_EVAL_PASSED;
    }
    for (want = 1; want >= 0; want--) {
        int m = 0;
        for (i = 0; i < ps->n; i++) m += n[i] > 0 && similar[i] == want;
        printf(a->json ? "{\"split\":\"%s\",\"tau\":\"%s\",\"problems\":%d" : "  %s (tau %s): %d problems", want ? "similar" : "non-similar",
               a->tau, m);
        for (k = 0; k < a->nk; k++) {
            double sum = 0;
            int ok = m > 0;
            for (i = 0; i < ps->n; i++)
                if (n[i] > 0 && similar[i] == want) {
                    if (n[i] < a->ks[k]) ok = 0;
                    else sum += phi_pass_at_k(n[i], c[i], a->ks[k]);
                }
            if (!ok) continue;
            printf(a->json ? ",\"pass@%d\":%.6f" : ", pass@%d %.3f%%", a->ks[k], a->json ? sum / m : 100 * sum / m);
        }
        printf(a->json ? "}\n" : "\n");
    }
    free(n);
}

/* 1 when some program could not be run, after naming the first. */
static int eval_errors(const phi_eval_problems *ps, const phi_eval_samples *ss, const eval_summary *s) {
    size_t j;
    for (j = 0; j < ss->n; j++)
        if (ss->items[j].result.status == PHI_EVAL_ERROR)
            return cli_failf("eval", 1, "%d program(s) could not be run; the first: %s: %s", s->counts[PHI_EVAL_ERROR],
                             ps->items[ss->items[j].problem].task_id, ss->items[j].result.error);
    return 0;
}

int cmd_eval(int argc, char **argv) {
    eval_args a;
    eval_summary s;
    phi_eval_problems ps;
    phi_eval_samples ss = {0, 0, NULL};
    int rc;
    char *similar = NULL;
    if ((rc = eval_args_get(&a, argc, argv)) != CLI_GO) return rc;
    if (phi_eval_problems_load(&ps, a.problems) != PHI_OK) return cli_fail("eval", 2);
    if (a.split_by && (!(similar = (char *)calloc((size_t)ps.n + 1, 1)) || (rc = eval_similar(&a, &ps, similar)) != 0)) {
        if (!similar) rc = cli_failf("eval", 2, "out of memory");
    } else if (!(rc = eval_samples(&a, &ps, &ss)) && !(rc = eval_run(&a, &ps, &ss, &s))) {
        if (a.out && phi_eval_write_results(a.out, &ps, &ss) != PHI_OK) rc = cli_fail("eval", 2);
        if (a.json) eval_report_json(&a, &ps, &ss, &s);
        else eval_report_text(&a, &ps, &ss, &s);
        if (similar) eval_split_report(&a, &ps, &ss, similar);
        if (!rc) rc = eval_errors(&ps, &ss, &s);
    }
    free(similar);
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
    return rc;
}
