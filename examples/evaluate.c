/* evaluate: how the recipe is scored. Each problem (HumanEval or MBPP format) has a prompt and
   unit tests; a completion passes when prompt + completion + tests run to the end in python3.
   The programs are untrusted, so they run in a sandbox (own process group and namespaces, no
   network, read-only file system, rlimits; as root, an unprivileged uid of their own).

       evaluate PROBLEMS.jsonl                     the reference solutions (their pass@1 is 1)
       evaluate PROBLEMS.jsonl MODEL TOKENIZER     one greedy completion per problem by a model

   PROBLEMS.jsonl: HumanEval.jsonl, MBPP's jsonl, or the files of `phi exercises`. The
   interpreter is $PYTHON, else /usr/bin/python3 when it exists, else python3 on PATH (as root,
   the sandbox's uid must be able to run it: a pyenv shim under /root will not do). Prints one
   line per problem and then pass@1, the share of problems whose completion passed. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Completions by a model: each prompt continued greedily, cut at the recipe's stop strings. */
static int generate(const char *model, const char *tok_path, const phi_eval_problems *ps, phi_eval_samples *ss) {
    phi_tokenizer *tok = NULL;
    phi_pool *pool = NULL;
    phi_model m = {0};
    phi_eval_gen_opts go = {0};
    int too_long = 0, rc = 0;
    if (phi_tokenizer_load(&tok, tok_path) != PHI_OK || phi_pool_create(&pool, 0) != PHI_OK ||
        phi_model_load(&m, model, pool) != PHI_OK) {
        fprintf(stderr, "evaluate: %s\n", phi_errmsg());
        phi_tokenizer_free(tok);
        phi_pool_free(pool);
        return 2;
    }
    go.n = 1;                     /* completions per problem; temperature 0 = greedy */
    go.max_new = 128;
    go.sample.stop_token = phi_tokenizer_token_id(tok, "<|endoftext|>", 13);
    go.sample.has_stop_token = go.sample.stop_token >= 0;
    if (phi_eval_generate(&m, tok, ps, &go, ss, &too_long) != PHI_OK) {
        fprintf(stderr, "evaluate: %s\n", phi_errmsg());
        rc = 2;
    } else if (too_long) {
        printf("%d prompts do not fit in the model's context: they count as failures\n", too_long);
    }
    phi_model_free(&m);
    phi_pool_free(pool);
    phi_tokenizer_free(tok);
    return rc;
}

int main(int argc, char **argv) {
    static const char *const iso_names[] = {"pid", "net", "fs", "proc", "uid", "userns"};
    phi_eval_problems ps = {0};
    phi_eval_samples ss = {0};
    phi_eval_opts o = {0};
    int i, passed = 0, errors = 0, problems = 0, iso = 0, rc = 0;
    size_t k;

    if (argc != 2 && argc != 4) {
        fprintf(stderr, "usage: evaluate PROBLEMS.jsonl [MODEL TOKENIZER]\n");
        return 2;
    }
    if (phi_eval_problems_load(&ps, argv[1]) != PHI_OK) {
        fprintf(stderr, "evaluate: %s\n", phi_errmsg());
        return 2;
    }
    printf("%d problems from %s; completions: %s\n", ps.n, argv[1], argc == 4 ? argv[2] : "the reference solutions");

    /* 1. The samples to judge: (problem, completion) pairs. */
    if (argc == 4) {
        rc = generate(argv[2], argv[3], &ps, &ss);
    } else {
        for (i = 0; i < ps.n && rc == 0; i++) {
            const phi_eval_problem *p = &ps.items[i];
            if (phi_eval_samples_add(&ss, &ps, p->task_id, p->solution, strlen(p->solution)) != PHI_OK) {
                fprintf(stderr, "evaluate: %s\n", phi_errmsg());
                rc = 2;
            }
        }
    }

    /* 2. Run them, several at once, each in its sandbox. Zero options are the defaults:
          10 CPU seconds, 2 GiB of address space, 64 processes, one worker per CPU. */
    o.python = getenv("PYTHON");
    if (!o.python && access("/usr/bin/python3", X_OK) == 0) o.python = "/usr/bin/python3";
    if (rc == 0 && phi_eval_run(&ps, &ss, &o) != PHI_OK) {
        fprintf(stderr, "evaluate: %s\n", phi_errmsg());
        rc = 2;
    }

    /* 3. The verdicts, and pass@1: over problems, the chance that one completion passes. */
    for (k = 0; rc == 0 && k < ss.n; k++) {
        const phi_eval_sample *s = &ss.items[k];
        const char *why = s->result.error; /* the exception, e.g. "AssertionError" */
        printf("%-20s %s%s%s\n", ps.items[s->problem].task_id, phi_eval_status_str(s->result.status), *why ? "  " : "", why);
        passed += s->result.status == PHI_EVAL_PASSED;
        errors += s->result.status == PHI_EVAL_ERROR; /* not the program's fault: the harness could not run it */
        iso = k ? iso & s->result.isolation : s->result.isolation; /* what every run achieved */
    }
    if (rc == 0) {
        double p1 = phi_eval_pass_at_k(&ps, &ss, 1, &problems);
        printf("sandbox:");
        for (i = 0; i < 6; i++)
            if (iso & (1 << i)) printf(" %s", iso_names[i]);
        printf("%s\n", iso > 0 ? "" : " process group and rlimits only");
        printf("pass@1 = %.4f on %d problems (%d of %zu completions passed)\n", p1, problems, passed, ss.n);
        if (errors) fprintf(stderr, "evaluate: %d programs could not be run: the score is not valid\n", errors);
        rc = errors ? 1 : 0;
    }
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
    return rc;
}
