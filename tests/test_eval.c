/* Tests of >>eval: pass@k against closed forms worked by hand, the HumanEval/MBPP/sample
   loaders, program assembly, stop sequences, and the sandbox on a few small programs (the
   whole benchmarks and the hostile programs run once, through `phi eval`, in
   tests/eval_suite.py). Needs python3 (/usr/bin/python3 when it exists). */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static char tmpdir[64];

static const char *tmp_path(const char *name) {
    static char path[2][128];
    static int k;
    k ^= 1;
    snprintf(path[k], sizeof path[k], "%s/%s", tmpdir, name);
    return path[k];
}

static int starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static void write_file(const char *name, const char *text) {
    FILE *f = fopen(tmp_path(name), "wb");
    CHECK(f != NULL);
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

/* The interpreter the sandbox tests use: the system's, where it is (a pyenv shim under a
   0700 home cannot run as the sandbox's uid), else python3 on PATH. */
static phi_eval_opts sandbox_opts(void) {
    phi_eval_opts o;
    memset(&o, 0, sizeof o);
    o.python = access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : NULL;
    o.timeout = 5;
    o.workers = 2;
    return o;
}

TEST(pass_at_k_closed_forms) {
    /* n = 10 samples, c = 3 correct: pass@k = 1 - C(7, k) / C(10, k) */
    CHECK_NEAR(phi_pass_at_k(10, 3, 1), 3.0 / 10.0, 1e-15);              /* 1 - 7/10 */
    CHECK_NEAR(phi_pass_at_k(10, 3, 2), 1.0 - 21.0 / 45.0, 1e-15);       /* 24/45 */
    CHECK_NEAR(phi_pass_at_k(10, 3, 3), 1.0 - 35.0 / 120.0, 1e-15);      /* 17/24 */
    CHECK_NEAR(phi_pass_at_k(10, 3, 5), 1.0 - 21.0 / 252.0, 1e-15);      /* 11/12 */
    CHECK_NEAR(phi_pass_at_k(10, 3, 7), 1.0 - 1.0 / 120.0, 1e-15);       /* C(7,7)/C(10,7) */
    CHECK(phi_pass_at_k(10, 3, 8) == 1.0);                              /* n - c < k */
    CHECK(phi_pass_at_k(10, 3, 10) == 1.0);
    CHECK_NEAR(phi_pass_at_k(5, 2, 2), 1.0 - 3.0 / 10.0, 1e-15);         /* 7/10 */
    CHECK_NEAR(phi_pass_at_k(200, 1, 100), 0.5, 1e-13);                 /* C(199,100)/C(200,100) = 1/2 */
    CHECK_NEAR(phi_pass_at_k(200, 10, 1), 0.05, 1e-15);                 /* pass@1 is the fraction c/n */
    CHECK_NEAR(phi_pass_at_k(1000, 1, 1), 0.001, 1e-15);
    CHECK(phi_pass_at_k(10, 0, 5) == 0.0);
    CHECK(phi_pass_at_k(10, 10, 1) == 1.0);
    CHECK(phi_pass_at_k(1, 1, 1) == 1.0);
    CHECK(phi_pass_at_k(1, 0, 1) == 0.0);
    /* only for 1 <= k <= n and 0 <= c <= n */
    CHECK(isnan(phi_pass_at_k(10, 3, 11)));
    CHECK(isnan(phi_pass_at_k(10, 3, 0)));
    CHECK(isnan(phi_pass_at_k(10, 11, 1)));
    CHECK(isnan(phi_pass_at_k(10, -1, 1)));
    CHECK(isnan(phi_pass_at_k(0, 0, 1)));
}

/* Problems and samples in memory; results set by hand. */
static void add_results(phi_eval_samples *ss, const phi_eval_problems *ps, const char *task, int n, int c) {
    int i;
    for (i = 0; i < n; i++) {
        CHECK_EQ_INT(phi_eval_samples_add(ss, ps, task, "x", 1), PHI_OK);
        ss->items[ss->n - 1].result.status = i < c ? PHI_EVAL_PASSED : i % 2 ? PHI_EVAL_FAILED : PHI_EVAL_TIMEOUT;
    }
}

TEST(pass_at_k_over_problems) {
    phi_eval_problems ps;
    phi_eval_samples ss = {0, 0, NULL};
    int m = -1;
    write_file("three.jsonl", "{\"task_id\": \"a\", \"prompt\": \"\", \"test\": \"\", \"entry_point\": \"f\"}\n"
                              "{\"task_id\": \"b\", \"prompt\": \"\", \"test\": \"\", \"entry_point\": \"f\"}\n"
                              "{\"task_id\": \"c\", \"prompt\": \"\", \"test\": \"\", \"entry_point\": \"f\"}\n");
    CHECK_EQ_INT(phi_eval_problems_load(&ps, tmp_path("three.jsonl")), PHI_OK);
    add_results(&ss, &ps, "a", 10, 3);
    add_results(&ss, &ps, "b", 10, 10); /* "c" has no samples: it does not count */
    CHECK_NEAR(phi_eval_pass_at_k(&ps, &ss, 1, &m), (0.3 + 1.0) / 2, 1e-15);
    CHECK_EQ_INT(m, 2);
    CHECK_NEAR(phi_eval_pass_at_k(&ps, &ss, 5, NULL), (11.0 / 12.0 + 1.0) / 2, 1e-15);
    CHECK(phi_eval_pass_at_k(&ps, &ss, 10, NULL) == 1.0);
    CHECK(isnan(phi_eval_pass_at_k(&ps, &ss, 11, NULL))); /* needs 11 samples of each */
    add_results(&ss, &ps, "c", 5, 2);                     /* now one problem has only 5 */
    CHECK_NEAR(phi_eval_pass_at_k(&ps, &ss, 2, &m), ((1 - 21.0 / 45.0) + 1.0 + 0.7) / 3, 1e-15);
    CHECK_EQ_INT(m, 3);
    CHECK(isnan(phi_eval_pass_at_k(&ps, &ss, 6, NULL)));
    /* samples interleaved across tasks still count per task, and are numbered per task */
    CHECK_EQ_INT(ss.items[9].index, 9);
    CHECK_EQ_INT(ss.items[10].index, 0);
    CHECK_EQ_INT(ss.items[24].index, 4);
    CHECK_EQ_INT(phi_eval_samples_add(&ss, &ps, "a", "y", 1), PHI_OK);
    CHECK_EQ_INT(ss.items[25].index, 10);
    CHECK_EQ_INT(ss.items[25].problem, 0);
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
}

TEST(stop_sequences) {
    const char *c = "    return x + 1\n\n\ndef other():\n    pass\n";
    const char *stops[] = {"\n\n\n"};
    CHECK_EQ_INT(phi_eval_truncate(c, strlen(c), NULL, 0), 18);  /* before "\ndef" */
    CHECK_EQ_INT(phi_eval_truncate(c, strlen(c), stops, 1), 16); /* a stop list of one's own */
    c = "    y = 2\n    if y:\n        print(y)\n    return y\nif __name__ == '__main__':\n    f()\n";
    CHECK_EQ_INT(phi_eval_truncate(c, strlen(c), NULL, 0), 49); /* indented if/print are not stops */
    c = "    return 1\n# test\nclass A: pass\n";
    CHECK_EQ_INT(phi_eval_truncate(c, strlen(c), NULL, 0), 12);
    c = "    return 1\nprint(f())";
    CHECK_EQ_INT(phi_eval_truncate(c, strlen(c), NULL, 0), 12);
    c = "    return 1\n";
    CHECK_EQ_INT(phi_eval_truncate(c, strlen(c), NULL, 0), 13); /* nothing to cut */
    CHECK_EQ_INT(phi_eval_truncate(c, 5, NULL, 0), 5);
    CHECK_EQ_INT(phi_eval_truncate("\ndef", 3, NULL, 0), 3); /* a stop past len is not seen */
    CHECK_EQ_INT(phi_eval_truncate("", 0, NULL, 0), 0);
}

TEST(humaneval_loader) {
    phi_eval_problems ps;
    const phi_eval_problem *p;
    const char *path = test_data("humaneval/HumanEval.jsonl");
    if (!path) SKIP_NO_DATA();
    CHECK_EQ_INT(phi_eval_problems_load(&ps, path), PHI_OK);
    CHECK_EQ_INT(ps.n, 164);
    if (ps.n != 164) return;
    p = &ps.items[0];
    CHECK_EQ_INT(p->kind, PHI_EVAL_HUMANEVAL);
    CHECK_EQ_STR(p->task_id, "HumanEval/0");
    CHECK_EQ_STR(p->entry_point, "has_close_elements");
    CHECK(starts_with(p->prompt, "from typing import List\n\n\ndef has_close_elements("));
    CHECK(starts_with(p->solution, "    for idx, elem in enumerate(numbers):\n"));
    CHECK(strstr(p->test, "def check(candidate):\n    assert candidate([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3) == True\n") != NULL);
    CHECK_EQ_STR(ps.items[163].task_id, "HumanEval/163");
    CHECK_EQ_STR(ps.items[163].entry_point, "generate_integers");
    CHECK_EQ_INT(phi_eval_problems_find(&ps, "HumanEval/42"), 42);
    CHECK_EQ_INT(phi_eval_problems_find(&ps, "HumanEval/164"), -1);
    phi_eval_problems_free(&ps);
    CHECK_EQ_INT(ps.n, 0);
}

TEST(mbpp_loader) {
    phi_eval_problems ps;
    const phi_eval_problem *p;
    int i;
    const char *path = test_data("mbpp/mbpp.jsonl");
    if (!path) SKIP_NO_DATA();
    CHECK_EQ_INT(phi_eval_problems_load(&ps, path), PHI_OK);
    CHECK_EQ_INT(ps.n, 974);
    if (ps.n != 974) return;
    i = phi_eval_problems_find(&ps, "11"); /* integer ids become their decimal text */
    CHECK_EQ_INT(i, 10);
    if (i < 0) return;
    p = &ps.items[i];
    CHECK_EQ_INT(p->kind, PHI_EVAL_MBPP);
    CHECK_EQ_STR(p->entry_point, "");
    CHECK_EQ_STR(p->prompt, "\"\"\"\nWrite a python function to remove first and last occurrence of a given character "
                            "from the string.\nassert remove_Occ(\"hello\",\"l\") == \"heo\"\n\"\"\"\n");
    CHECK_EQ_STR(p->test, "\nassert remove_Occ(\"hello\",\"l\") == \"heo\"\nassert remove_Occ(\"abcda\",\"a\") == \"bcd\"\n"
                          "assert remove_Occ(\"PHP\",\"P\") == \"H\"\n");
    CHECK(starts_with(p->solution, "def remove_Occ(s,ch): \r\n"));
    CHECK_EQ_STR(ps.items[0].task_id, "1");
    CHECK_EQ_STR(ps.items[973].task_id, "974");
    phi_eval_problems_free(&ps);
}

TEST(program_assembly) {
    phi_eval_problems ps;
    phi_buf b = {NULL, 0, 0};
    const char *he = "    return 1\n", *mb = "def g(): return 2";
    write_file("tiny.jsonl",
               "{\"task_id\": \"T/0\", \"prompt\": \"def f():\\n\", \"canonical_solution\": \"    return 1\\n\", "
               "\"test\": \"def check(c):\\n    assert c() == 1\\n\", \"entry_point\": \"f\"}\n"
               "{\"task_id\": 7, \"text\": \"t\", \"code\": \"def g(): return 2\", \"test_setup_code\": \"import math\", "
               "\"test_list\": [\"assert g() == 2\", \"assert g() + 1 == 3\"], \"challenge_test_list\": []}\n");
    CHECK_EQ_INT(phi_eval_problems_load(&ps, tmp_path("tiny.jsonl")), PHI_OK);
    CHECK_EQ_INT(ps.n, 2);
    if (ps.n != 2) return;
    CHECK_EQ_INT(phi_eval_program(&b, &ps.items[0], he, strlen(he)), PHI_OK);
    CHECK_EQ_STR(b.data, "def f():\n    return 1\n\ndef check(c):\n    assert c() == 1\n\ncheck(f)\n");
    b.len = 0;
    CHECK_EQ_INT(phi_eval_program(&b, &ps.items[1], mb, strlen(mb)), PHI_OK);
    CHECK_EQ_STR(b.data, "def g(): return 2\nimport math\nassert g() == 2\nassert g() + 1 == 3\n");
    CHECK_EQ_STR(ps.items[1].task_id, "7");
    CHECK_EQ_STR(ps.items[1].prompt, "\"\"\"\nt\nassert g() == 2\n\"\"\"\n");
    CHECK_EQ_STR(ps.items[1].solution, "def g(): return 2");
    b.len = 0; /* a completion may hold a NUL: it goes in whole (and python refuses it) */
    CHECK_EQ_INT(phi_eval_program(&b, &ps.items[1], "a\0b", 3), PHI_OK);
    CHECK_EQ_INT(b.len, 3 + strlen("\nimport math\nassert g() == 2\nassert g() + 1 == 3\n"));
    phi_buf_free(&b);
    phi_eval_problems_free(&ps);
}

/* A file of one bad line among good ones is refused, naming its line. */
static void refused(const char *text, const char *want) {
    phi_eval_problems ps;
    write_file("bad.jsonl", text);
    CHECK_EQ_INT(phi_eval_problems_load(&ps, tmp_path("bad.jsonl")), PHI_ERR_PARSE);
    if (!strstr(phi_errmsg(), want)) test__fail(__FILE__, __LINE__, "\"%s\" does not say \"%s\"", phi_errmsg(), want);
    CHECK_EQ_INT(ps.n, 0);
    CHECK(ps.items == NULL);
}

TEST(loader_errors) {
    const char *ok = "{\"task_id\": \"a\", \"prompt\": \"p\", \"test\": \"t\", \"entry_point\": \"f\"}\n";
    char text[512];
    phi_eval_problems ps;
    phi_eval_samples ss = {0, 0, NULL};
    snprintf(text, sizeof text, "%s[1, 2]\n", ok);
    refused(text, "bad.jsonl:2: not a JSON object");
    snprintf(text, sizeof text, "%s{\"task_id\": \"b\", \"prompt\": \"p\", \"test\": \"t\"}\n", ok);
    refused(text, "bad.jsonl:2: neither a HumanEval problem");
    snprintf(text, sizeof text, "%s{\"prompt\": \"p\", \"test\": \"t\", \"entry_point\": \"f\"}\n", ok);
    refused(text, "bad.jsonl:2: no task_id");
    snprintf(text, sizeof text, "%s%s", ok, ok);
    refused(text, "bad.jsonl:2: task_id a appears twice");
    snprintf(text, sizeof text, "%s{\"task_id\": 3, \"text\": \"t\", \"test_list\": [\"assert 1\", 2]}\n", ok);
    refused(text, "bad.jsonl:2: test_list[1] is not a string");
    snprintf(text, sizeof text, "%s{\"task_id\": 3,\n", ok);
    refused(text, "bad.jsonl:2:");
    refused("", "no problems");
    CHECK_EQ_INT(phi_eval_problems_load(&ps, tmp_path("missing.jsonl")), PHI_ERR_IO);

    /* samples: task ids must be problems; completions must be strings */
    write_file("p.jsonl", ok);
    CHECK_EQ_INT(phi_eval_problems_load(&ps, tmp_path("p.jsonl")), PHI_OK);
    write_file("s.jsonl", "{\"task_id\": \"a\", \"completion\": \"x\"}\n{\"task_id\": \"zz\", \"completion\": \"y\"}\n");
    CHECK_EQ_INT(phi_eval_samples_load(&ss, &ps, tmp_path("s.jsonl")), PHI_ERR_ARG);
    CHECK(strstr(phi_errmsg(), "s.jsonl:2: task_id zz is not one of the problems") != NULL);
    write_file("s.jsonl", "{\"task_id\": \"a\", \"completion\": 5}\n");
    CHECK_EQ_INT(phi_eval_samples_load(&ss, &ps, tmp_path("s.jsonl")), PHI_ERR_PARSE);
    CHECK(strstr(phi_errmsg(), "s.jsonl:1: not a sample") != NULL);
    phi_eval_samples_free(&ss);
    write_file("s.jsonl", "{\"task_id\": \"a\", \"completion\": \"x\"}\n\n{\"task_id\": \"a\", \"completion\": \"\", \"n\": 1}\n");
    CHECK_EQ_INT(phi_eval_samples_load(&ss, &ps, tmp_path("s.jsonl")), PHI_OK);
    CHECK_EQ_INT(ss.n, 2);
    if (ss.n == 2) {
        CHECK_EQ_STR(ss.items[0].completion, "x");
        CHECK_EQ_INT(ss.items[1].index, 1);
        CHECK_EQ_INT(ss.items[1].len, 0);
    }
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
}

#ifndef _WIN32 /* the sandbox's own tests */
static phi_eval_result run(const char *program, const phi_eval_opts *o) {
    phi_eval_result r;
    phi_status st = phi_eval_run_program(program, strlen(program), o, &r);
    if (st) test__fail(__FILE__, __LINE__, "phi_eval_run_program: %s", phi_errmsg());
    return r;
}

TEST(sandbox_verdicts) {
    phi_eval_opts o = sandbox_opts();
    phi_eval_result r;
    r = run("x = 1\nassert x == 1\n", &o);
    CHECK_EQ_INT(r.status, PHI_EVAL_PASSED);
    CHECK_EQ_INT(r.exit_code, 0);
    CHECK(r.cpu > 0 && r.seconds > 0);
    phi_eval_result_free(&r);

    r = run("assert 1 == 2, 'no'\n", &o);
    CHECK_EQ_INT(r.status, PHI_EVAL_FAILED);
    CHECK_EQ_STR(r.error, "AssertionError");
    CHECK_EQ_INT(r.exit_code, 1);
    CHECK(r.err && strstr(r.err, "AssertionError: no") != NULL);
    phi_eval_result_free(&r);

    r = run("import sys\nsys.exit(0)\n", &o); /* a clean exit before the end is no pass */
    CHECK_EQ_INT(r.status, PHI_EVAL_EXITED);
    phi_eval_result_free(&r);
    r = run("import os\nos._exit(0)\n", &o);
    CHECK_EQ_INT(r.status, PHI_EVAL_EXITED);
    phi_eval_result_free(&r);
    r = run("import os\nos.write(4, b'0123456789abcdef0123456789abcdef')\nos._exit(0)\n", &o); /* a guessed token */
    CHECK_EQ_INT(r.status, PHI_EVAL_EXITED);
    phi_eval_result_free(&r);
    r = run("raise SystemExit(3)\n", &o);
    CHECK_EQ_INT(r.status, PHI_EVAL_FAILED);
    CHECK_EQ_STR(r.error, "exit code 3");
    phi_eval_result_free(&r);
    r = run("def f(:\n", &o);
    CHECK_EQ_INT(r.status, PHI_EVAL_FAILED);
    CHECK_EQ_STR(r.error, "SyntaxError");
    phi_eval_result_free(&r);
    r = run("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n", &o);
    CHECK_EQ_INT(r.status, PHI_EVAL_CRASHED);
    CHECK_EQ_INT(r.signal, 11);
    CHECK_EQ_STR(r.error, "SIGSEGV (11)");
    phi_eval_result_free(&r);
}

TEST(sandbox_output_and_limits) {
    phi_eval_opts o = sandbox_opts();
    phi_eval_result r;
    r = run("import sys\nsys.stdout.write('x' * 100000)\nsys.stderr.write('e' * 5000)\n", &o);
    CHECK_EQ_INT(r.status, PHI_EVAL_PASSED);
    CHECK_EQ_U64(r.out_total, 100000);
    CHECK_EQ_INT(r.out_len, 4096); /* the default share kept */
    CHECK_EQ_U64(r.err_total, 5000);
    CHECK_EQ_INT(r.err_len, 4096);
    CHECK_EQ_INT(strlen(r.out), 4096);
    phi_eval_result_free(&r);
    o.output = 10;
    r = run("print('0123456789abcdef')\nimport sys\nprint('boom', file=sys.stderr)\nraise KeyError(1)\n", &o);
    CHECK_EQ_INT(r.status, PHI_EVAL_FAILED);
    CHECK_EQ_STR(r.error, "KeyError"); /* found on the last line, beyond the 10 bytes kept */
    CHECK_EQ_STR(r.out, "0123456789");
    CHECK_EQ_U64(r.out_total, 17);
    CHECK_EQ_STR(r.err, "boom\nTrace");
    phi_eval_result_free(&r);
    o.output = 0;
    o.timeout = 1;       /* CPU seconds */
    o.wall_timeout = 60; /* the backstop well away: on a loaded machine (2 cores, 8 busy) 1 CPU
                            second can take longer than the default 8 s of wall clock */
    r = run("while True:\n    pass\n", &o);
    CHECK_EQ_INT(r.status, PHI_EVAL_TIMEOUT);
    CHECK(r.cpu >= 0.9);
    CHECK(strstr(r.error, "CPU time limit") != NULL);
    phi_eval_result_free(&r);
    o.wall_timeout = 0;
    r = run("x = b'x' * (4 << 30)\n", &o); /* past the 2 GiB address space */
    CHECK_EQ_INT(r.status, PHI_EVAL_FAILED);
    CHECK_EQ_STR(r.error, "MemoryError");
    phi_eval_result_free(&r);
    o.file_size = 1 << 20;
    r = run("open('f', 'wb').write(b'x' * (2 << 20))\n", &o); /* past RLIMIT_FSIZE (python ignores SIGXFSZ) */
    CHECK_EQ_INT(r.status, PHI_EVAL_FAILED);
    CHECK_EQ_STR(r.error, "OSError");
    CHECK(r.err && strstr(r.err, "File too large") != NULL);
    phi_eval_result_free(&r);
}

typedef struct done_log {
    int calls;
    size_t last;
} done_log;

static void on_done(void *user, size_t i) {
    done_log *d = (done_log *)user;
    d->calls++;
    d->last = i;
}

TEST(evaluate_and_write_results) {
    phi_eval_problems ps;
    phi_eval_samples ss = {0, 0, NULL};
    phi_eval_opts o = sandbox_opts();
    phi_jsonl_reader *rd;
    const phi_json *v;
    done_log log = {0, 0};
    int lines = 0;
    write_file("tiny.jsonl",
               "{\"task_id\": \"T/0\", \"prompt\": \"def f():\\n\", \"test\": \"def check(c):\\n    assert c() == 1\\n\", "
               "\"entry_point\": \"f\"}\n"
               "{\"task_id\": 7, \"text\": \"t\", \"code\": \"\", \"test_setup_code\": \"\", \"test_list\": [\"assert g() == 2\"]}\n");
    CHECK_EQ_INT(phi_eval_problems_load(&ps, tmp_path("tiny.jsonl")), PHI_OK);
    CHECK_EQ_INT(phi_eval_samples_add(&ss, &ps, "T/0", "    return 1\n", 13), PHI_OK);
    CHECK_EQ_INT(phi_eval_samples_add(&ss, &ps, "T/0", "    return 2\n", 13), PHI_OK);
    CHECK_EQ_INT(phi_eval_samples_add(&ss, &ps, "T/0", "", 0), PHI_OK);
    CHECK_EQ_INT(phi_eval_samples_add(&ss, &ps, "7", "def g():\n    return 2\n", 22), PHI_OK);
    CHECK_EQ_INT(phi_eval_samples_add(&ss, &ps, "7", "def g():\n    return 3\n", 22), PHI_OK);
    ss.items[4].result.status = PHI_EVAL_FAILED; /* judged before: not run again */
    o.done = on_done;
    o.user = &log;
    CHECK_EQ_INT(phi_eval_run(&ps, &ss, &o), PHI_OK);
    CHECK_EQ_INT(log.calls, 4);
    CHECK_EQ_INT(ss.items[0].result.status, PHI_EVAL_PASSED);
    CHECK_EQ_INT(ss.items[1].result.status, PHI_EVAL_FAILED);
    CHECK_EQ_STR(ss.items[1].result.error, "AssertionError");
    CHECK_EQ_INT(ss.items[2].result.status, PHI_EVAL_FAILED); /* an empty completion: "def f():" has no body */
    CHECK_EQ_STR(ss.items[2].result.error, "IndentationError");
    CHECK_EQ_INT(ss.items[3].result.status, PHI_EVAL_PASSED);
    CHECK_EQ_INT(ss.items[4].result.status, PHI_EVAL_FAILED);
    CHECK(ss.items[4].result.seconds == 0);
    CHECK_NEAR(phi_eval_pass_at_k(&ps, &ss, 1, NULL), (1.0 / 3.0 + 1.0 / 2.0) / 2, 1e-15);
    CHECK_EQ_INT(phi_eval_write_results(tmp_path("results.jsonl"), &ps, &ss), PHI_OK);
    CHECK_EQ_INT(phi_jsonl_open_path(&rd, tmp_path("results.jsonl"), NULL), PHI_OK);
    while (phi_jsonl_next(rd, &v) == PHI_OK) {
        const phi_json *t = phi_json_get(v, "task_id"), *c = phi_json_get(v, "completion_id"), *p = phi_json_get(v, "passed");
        const phi_json *s = phi_json_get(v, "status"), *e = phi_json_get(v, "stderr");
        CHECK(t && c && p && s && e && phi_json_get(v, "error") && phi_json_get(v, "seconds"));
        if (lines == 1 && t && c && p && s && e) {
            CHECK_EQ_STR(t->u.s, "T/0");
            CHECK_EQ_INT(c->u.i, 1);
            CHECK(p->type == PHI_JSON_BOOL && p->u.b == 0);
            CHECK_EQ_STR(s->u.s, "failed");
            CHECK(strstr(e->u.s, "assert c() == 1") != NULL || strstr(e->u.s, "AssertionError") != NULL);
        }
        if (lines == 3 && t && p) {
            CHECK_EQ_STR(t->u.s, "7");
            CHECK(p->type == PHI_JSON_BOOL && p->u.b == 1);
        }
        lines++;
    }
    phi_jsonl_close(rd);
    CHECK_EQ_INT(lines, 5);
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
}

TEST(no_interpreter) {
    phi_eval_problems ps;
    phi_eval_samples ss = {0, 0, NULL};
    phi_eval_opts o = sandbox_opts();
    phi_eval_result r;
    o.python = "/nonexistent/python3";
    CHECK_EQ_INT(phi_eval_run_program("pass\n", 5, &o, &r), PHI_ERR_IO);
    CHECK(strstr(phi_errmsg(), "/nonexistent/python3") != NULL);
    o.python = "/bin/false"; /* runs, but is no python: the probe says so before any sample */
    write_file("p.jsonl", "{\"task_id\": \"a\", \"prompt\": \"p\", \"test\": \"t\", \"entry_point\": \"f\"}\n");
    CHECK_EQ_INT(phi_eval_problems_load(&ps, tmp_path("p.jsonl")), PHI_OK);
    CHECK_EQ_INT(phi_eval_samples_add(&ss, &ps, "a", "", 0), PHI_OK);
    CHECK_EQ_INT(phi_eval_run(&ps, &ss, &o), PHI_ERR_UNSUPPORTED);
    CHECK(strstr(phi_errmsg(), "/bin/false does not run in the sandbox") != NULL);
    CHECK_EQ_INT(ss.items[0].result.status, PHI_EVAL_PENDING);
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
}

/* python3 on PATH as on these machines: a pyenv shim under root's 0700 home, which the
   sandbox's unprivileged uids cannot reach. As root, the evaluator must find an interpreter
   they can reach (pyenv's own, what a link points to, /usr/bin/python3) and say which and
   why; an explicit path they cannot reach is an error naming the uid and the directory. Not
   root, the programs run as this user, who found python3: used as is. */
static char pyenv_base[64];

static const char *pyenv_path(const char *name) {
    static char path[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(path[k], sizeof path[k], "%s/%s", pyenv_base, name);
    return path[k];
}

static void pyenv_file(const char *name, const char *text, int mode) {
    FILE *f = fopen(pyenv_path(name), "wb");
    CHECK(f != NULL);
    if (!f) return;
    fputs(text, f);
    fclose(f);
    CHECK(chmod(pyenv_path(name), (mode_t)mode) == 0);
}

/* One HumanEval-style problem and its right answer, judged by phi_eval_run with o. */
static phi_status pyenv_judge(const phi_eval_opts *o, phi_eval_status *status) {
    phi_eval_problems ps;
    phi_eval_samples ss = {0, 0, NULL};
    phi_status st;
    *status = PHI_EVAL_PENDING;
    if ((st = phi_eval_problems_load(&ps, pyenv_path("p.jsonl"))) != PHI_OK) return st;
    if ((st = phi_eval_samples_add(&ss, &ps, "T/0", "    return 1\n", 13)) == PHI_OK &&
        (st = phi_eval_run(&ps, &ss, o)) == PHI_OK)
        *status = ss.items[0].result.status;
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
    return st;
}

static void pyenv_env(const char *name, const char *value) {
    if (value) setenv(name, value, 1);
    else unsetenv(name);
}

TEST(python_behind_a_private_home) {
    static const char *const made[] = {"h/.pyenv/shims/python3", "h/.pyenv/versions/3.11.7/bin/python3", "h/.pyenv/version",
                                       "h/.pyenv/versions/3.11.7/bin", "h/.pyenv/versions/3.11.7", "h/.pyenv/versions",
                                       "h/.pyenv/shims", "h/venv/bin/python3", "h/venv/bin", "h/venv", "h/.pyenv", "h",
                                       "r/shims/python3", "r/versions/3.11.7/bin/python3", "r/version",
                                       "r/versions/3.11.7/bin", "r/versions/3.11.7", "r/versions", "r/shims", "r",
                                       ".python-version", "p.jsonl"};
    const char *sys_py = access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3"
                         : access("/usr/local/bin/python3", X_OK) == 0 ? "/usr/local/bin/python3" : NULL;
    char *old_path = getenv("PATH"), *old_root = getenv("PYENV_ROOT"), *old_ver = getenv("PYENV_VERSION");
    char cwd[1024], path_env[1400], shim[600], want[1400];
    struct stat a, b;
    phi_eval_opts o = sandbox_opts();
    phi_eval_python_info pi;
    phi_eval_status status;
    phi_eval_result r;
    int root = geteuid() == 0;
    size_t i;
    if (!sys_py) { /* the fallbacks are the system's interpreters; without one there is nothing to fall back to */
        printf("  (python_behind_a_private_home skipped: no /usr/bin/python3 or /usr/local/bin/python3)\n");
        return;
    }
    old_path = old_path ? phi__eval_dup(old_path, strlen(old_path)) : NULL; /* (setenv may free them) */
    old_root = old_root ? phi__eval_dup(old_root, strlen(old_root)) : NULL;
    old_ver = old_ver ? phi__eval_dup(old_ver, strlen(old_ver)) : NULL;
    CHECK(getcwd(cwd, sizeof cwd) != NULL);
    snprintf(pyenv_base, sizeof pyenv_base, "%s", "/tmp/phi-test-pyenv-XXXXXX");
    CHECK(mkdtemp(pyenv_base) != NULL);
    CHECK(chmod(pyenv_base, 0755) == 0);
    CHECK(chdir(pyenv_base) == 0); /* (no .python-version here or above, yet) */
    pyenv_file("p.jsonl", "{\"task_id\": \"T/0\", \"prompt\": \"def f():\\n\", \"test\": \"def check(c):\\n    assert c() == 1\\n\", "
                          "\"entry_point\": \"f\"}\n", 0644);

    /* H: a home of mode 0700 with pyenv in it, its shim first on PATH */
    CHECK(mkdir(pyenv_path("h"), 0700) == 0);
    CHECK(chmod(pyenv_path("h"), 0700) == 0);
    CHECK(mkdir(pyenv_path("h/.pyenv"), 0755) == 0);
    CHECK(mkdir(pyenv_path("h/.pyenv/shims"), 0755) == 0);
    CHECK(mkdir(pyenv_path("h/.pyenv/versions"), 0755) == 0);
    CHECK(mkdir(pyenv_path("h/.pyenv/versions/3.11.7"), 0755) == 0);
    CHECK(mkdir(pyenv_path("h/.pyenv/versions/3.11.7/bin"), 0755) == 0);
    CHECK(symlink(sys_py, pyenv_path("h/.pyenv/versions/3.11.7/bin/python3")) == 0);
    pyenv_file("h/.pyenv/version", "3.11.7\n", 0644);
    snprintf(shim, sizeof shim, "#!/bin/sh\n# a shim like pyenv's\nexec \"%s\" \"$@\"\n",
             pyenv_path("h/.pyenv/versions/3.11.7/bin/python3"));
    pyenv_file("h/.pyenv/shims/python3", shim, 0755);
    snprintf(path_env, sizeof path_env, "%s:/usr/local/bin:/usr/bin:/bin", pyenv_path("h/.pyenv/shims"));
    pyenv_env("PATH", path_env);
    pyenv_env("PYENV_ROOT", pyenv_path("h/.pyenv"));
    pyenv_env("PYENV_VERSION", NULL);
    o.python = NULL; /* python3 on PATH */

    if (root) {
        CHECK_EQ_INT(phi_eval_python(&o, &pi), PHI_OK);
        CHECK_EQ_STR(pi.path, sys_py);
        CHECK_EQ_INT(pi.replaced, 1);
        snprintf(want, sizeof want, "python3 on PATH is %s, which uid %lu cannot reach: cannot search %s (mode 0700, owner 0, group 0); "
                 "nor pyenv's 3.11.7 (from %s), %s; using %s", pyenv_path("h/.pyenv/shims/python3"),
                 (unsigned long)phi_eval_opts_resolve(&o).uid, pyenv_path("h"), pyenv_path("h/.pyenv/version"),
                 pyenv_path("h/.pyenv/versions/3.11.7/bin/python3"), sys_py);
        CHECK_EQ_STR(pi.why, want);
        /* the evaluation runs with it */
        CHECK_EQ_INT(pyenv_judge(&o, &status), PHI_OK);
        CHECK_EQ_INT(status, PHI_EVAL_PASSED);
        CHECK_EQ_INT(phi_eval_run_program("assert 1 + 1 == 2\n", 18, &o, &r), PHI_OK);
        CHECK_EQ_INT(r.status, PHI_EVAL_PASSED);
        CHECK(r.isolation & PHI_EVAL_ISO_UID);
        phi_eval_result_free(&r);

        /* a path given is used as given: here one the uids cannot reach, an error that says why */
        o.python = pyenv_path("h/.pyenv/versions/3.11.7/bin/python3");
        CHECK_EQ_INT(phi_eval_python(&o, &pi), PHI_ERR_UNSUPPORTED);
        snprintf(want, sizeof want, "%s does not run in the sandbox: uid %lu, which the programs run as, cannot reach it: "
                 "cannot search %s (mode 0700, owner 0, group 0)", o.python, (unsigned long)phi_eval_opts_resolve(&o).uid,
                 pyenv_path("h"));
        CHECK_EQ_STR(phi_errmsg(), want);
        CHECK_EQ_INT(pyenv_judge(&o, &status), PHI_ERR_UNSUPPORTED);
        CHECK_EQ_INT(status, PHI_EVAL_PENDING);
        CHECK(strstr(phi_errmsg(), "cannot search") && strstr(phi_errmsg(), pyenv_path("h")) && strstr(phi_errmsg(), "uid "));
        o.python = sys_py; /* and one they can reach, as given */
        CHECK_EQ_INT(phi_eval_python(&o, &pi), PHI_OK);
        CHECK_EQ_STR(pi.path, sys_py);
        CHECK_EQ_INT(pi.replaced, 0);
        o.python = NULL;

        /* a virtualenv's python3 in the home, a link to the system's: what it links to */
        CHECK(mkdir(pyenv_path("h/venv"), 0755) == 0);
        CHECK(mkdir(pyenv_path("h/venv/bin"), 0755) == 0);
        CHECK(symlink(sys_py, pyenv_path("h/venv/bin/python3")) == 0);
        snprintf(path_env, sizeof path_env, "%s:/usr/bin:/bin", pyenv_path("h/venv/bin"));
        pyenv_env("PATH", path_env);
        CHECK_EQ_INT(phi_eval_python(&o, &pi), PHI_OK);
        CHECK(lstat(pi.path, &a) == 0 && S_ISREG(a.st_mode)); /* no link left: the system's python3 itself */
        CHECK(stat(sys_py, &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev);
        CHECK_EQ_INT(pi.replaced, 1);
        snprintf(want, sizeof want, "; using what it links to, %s", pi.path);
        CHECK(strstr(pi.why, want) != NULL);

        /* R: pyenv's own interpreter reachable, its shims not (mode 0700): pyenv's is used, the
           version from the nearest .python-version (before R/version) */
        CHECK(mkdir(pyenv_path("r"), 0755) == 0);
        CHECK(mkdir(pyenv_path("r/shims"), 0700) == 0);
        CHECK(mkdir(pyenv_path("r/versions"), 0755) == 0);
        CHECK(mkdir(pyenv_path("r/versions/3.11.7"), 0755) == 0);
        CHECK(mkdir(pyenv_path("r/versions/3.11.7/bin"), 0755) == 0);
        CHECK(symlink(sys_py, pyenv_path("r/versions/3.11.7/bin/python3")) == 0);
        snprintf(shim, sizeof shim, "#!/bin/sh\nexec \"%s\" \"$@\"\n", pyenv_path("r/versions/3.11.7/bin/python3"));
        pyenv_file("r/shims/python3", shim, 0755);
        pyenv_file("r/version", "system\n", 0644);
        pyenv_file(".python-version", "# pinned\n3.11.7\n", 0644);
        snprintf(path_env, sizeof path_env, "%s:/usr/bin:/bin", pyenv_path("r/shims"));
        pyenv_env("PATH", path_env);
        pyenv_env("PYENV_ROOT", pyenv_path("r"));
        CHECK_EQ_INT(phi_eval_python(&o, &pi), PHI_OK);
        CHECK_EQ_STR(pi.path, pyenv_path("r/versions/3.11.7/bin/python3"));
        CHECK_EQ_INT(pi.replaced, 1);
        snprintf(want, sizeof want, "python3 on PATH is %s, which uid %lu cannot reach: cannot search %s (mode 0700, owner 0, group 0); "
                 "using pyenv's 3.11.7 (from %s), %s", pyenv_path("r/shims/python3"), (unsigned long)phi_eval_opts_resolve(&o).uid,
                 pyenv_path("r/shims"), pyenv_path(".python-version"), pyenv_path("r/versions/3.11.7/bin/python3"));
        CHECK_EQ_STR(pi.why, want);
        CHECK_EQ_INT(pyenv_judge(&o, &status), PHI_OK);
        CHECK_EQ_INT(status, PHI_EVAL_PASSED);
        pyenv_env("PYENV_VERSION", "system:3.11.7"); /* PYENV_VERSION first; "system" is no pyenv interpreter */
        CHECK_EQ_INT(phi_eval_python(&o, &pi), PHI_OK);
        CHECK_EQ_STR(pi.path, sys_py);
        CHECK(strstr(pi.why, "nor pyenv") == NULL);
        pyenv_env("PYENV_VERSION", NULL);

        /* the same layout as an unprivileged user (the user-namespace path): PATH's first python3
           that this user can run, used as is */
        pyenv_env("PATH", NULL);
        snprintf(path_env, sizeof path_env, "%s:%s:/usr/local/bin:/usr/bin:/bin", pyenv_path("h/.pyenv/shims"),
                 pyenv_path("r/shims"));
        pyenv_env("PATH", path_env);
        {
            pid_t pid = fork();
            int ws = 0;
            if (pid == 0) { /* exit code: 0 ok, else the number of the step that failed */
                phi_eval_opts c = o;
                if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0) _exit(10);
                if (phi_eval_python(&c, &pi) != PHI_OK || pi.replaced || strcmp(pi.path, sys_py) != 0) _exit(11);
                if (pyenv_judge(&c, &status) != PHI_OK || status != PHI_EVAL_PASSED) _exit(12);
                c.python = pyenv_path("h/.pyenv/versions/3.11.7/bin/python3"); /* out of this user's reach */
                if (phi_eval_python(&c, &pi) != PHI_ERR_IO || !strstr(phi_errmsg(), "Permission denied")) _exit(13);
                _exit(0);
            }
            CHECK(pid > 0);
            CHECK(waitpid(pid, &ws, 0) == pid);
            CHECK(WIFEXITED(ws));
            CHECK_EQ_INT(WEXITSTATUS(ws), 0);
        }
    } else { /* not root: python3 on PATH is this user's own; nothing is replaced */
        CHECK_EQ_INT(phi_eval_python(&o, &pi), PHI_OK);
        CHECK_EQ_STR(pi.path, pyenv_path("h/.pyenv/shims/python3"));
        CHECK_EQ_INT(pi.replaced, 0);
        CHECK_EQ_INT(pyenv_judge(&o, &status), PHI_OK);
        CHECK_EQ_INT(status, PHI_EVAL_PASSED);
    }

    pyenv_env("PATH", old_path);
    pyenv_env("PYENV_ROOT", old_root);
    pyenv_env("PYENV_VERSION", old_ver);
    phi_free(old_path);
    phi_free(old_root);
    phi_free(old_ver);
    CHECK(chdir(cwd) == 0);
    for (i = 0; i < sizeof made / sizeof *made; i++) /* (what a step did not make is simply not there) */
        if (unlink(pyenv_path(made[i])) != 0) rmdir(pyenv_path(made[i]));
    CHECK(rmdir(pyenv_base) == 0);
}

#else
/* No sandbox on Windows: both entry points say so, and no sample gets a verdict. */
TEST(sandbox_is_unsupported_on_windows) {
    phi_eval_problems ps;
    phi_eval_samples ss = {0, 0, NULL};
    phi_eval_opts o = sandbox_opts();
    phi_eval_result r;
    CHECK_EQ_INT(phi_eval_run_program("pass\n", 5, &o, &r), PHI_ERR_UNSUPPORTED);
    CHECK(strstr(phi_errmsg(), "the sandbox needs POSIX") != NULL);
    write_file("p.jsonl", "{\"task_id\": \"a\", \"prompt\": \"p\", \"test\": \"t\", \"entry_point\": \"f\"}\n");
    CHECK_EQ_INT(phi_eval_problems_load(&ps, tmp_path("p.jsonl")), PHI_OK);
    CHECK_EQ_INT(phi_eval_samples_add(&ss, &ps, "a", "", 0), PHI_OK);
    CHECK_EQ_INT(phi_eval_run(&ps, &ss, &o), PHI_ERR_UNSUPPORTED);
    CHECK_EQ_INT(ss.items[0].result.status, PHI_EVAL_PENDING);
    phi_eval_samples_free(&ss);
    phi_eval_problems_free(&ps);
}
#endif

int main(void) {
    snprintf(tmpdir, sizeof tmpdir, "%s", "/tmp/phi-test-eval-XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(pass_at_k_closed_forms);
    RUN(pass_at_k_over_problems);
    RUN(stop_sequences);
    RUN(humaneval_loader);
    RUN(mbpp_loader);
    RUN(program_assembly);
    RUN(loader_errors);
#ifdef _WIN32
    RUN(sandbox_is_unsupported_on_windows);
#else
    RUN(sandbox_verdicts);
    RUN(sandbox_output_and_limits);
    RUN(evaluate_and_write_results);
    RUN(no_interpreter);
    RUN(python_behind_a_private_home);
#endif
    {
        const char *names[] = {"three.jsonl", "tiny.jsonl", "bad.jsonl", "p.jsonl", "s.jsonl", "results.jsonl"};
        size_t i;
        for (i = 0; i < sizeof names / sizeof *names; i++) remove(tmp_path(names[i]));
        rmdir(tmpdir);
    }
    return test_summary();
}
