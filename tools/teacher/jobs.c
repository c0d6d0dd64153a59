/* jobs.c - the three jobs: what each request asks and what its reply becomes.

   label      one request per document of a JSONL corpus: the prompt (a default, or --prompt FILE)
              then the document between <<<DOCUMENT>>> and <<<END>>>; the score is the first
              number in the reply ("no number" is journaled as failed).
   textbook   request i draws a topic, an audience, a style and 3 words (TinyStories' trick for
              diversity) from a generator seeded by (--seed, i): the same command asks the same
              things, so a resumed run finds its keys.
   exercises  request i draws a topic; the reply's Python code is split into HumanEval's fields
              (the function's signature and docstring = prompt, the rest = canonical_solution,
              `def check(candidate):` onwards = test). An exercise whose code does not parse
              (phi_py_parse) or whose solution fails its own tests in the evaluator's sandbox
              (phi_eval_run_program) is journaled as failed, with why, and counted apart.
              The check runs in the loop's thread: a few tens of milliseconds per exercise,
              during which the other connections wait. */
#include "teacher.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int teacher_first_number(const char *s, size_t n, double *out) {
    size_t i, j;
    char tmp[64];
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') continue;
        j = i;
        if (i > 0 && s[i - 1] == '-') i--;
        while (j < n && s[j] >= '0' && s[j] <= '9') j++;
        if (j + 1 < n && s[j] == '.' && s[j + 1] >= '0' && s[j + 1] <= '9') {
            j++;
            while (j < n && s[j] >= '0' && s[j] <= '9') j++;
        }
        if (j - i >= sizeof tmp) return 0;
        memcpy(tmp, s + i, j - i);
        tmp[j - i] = 0;
        *out = strtod(tmp, NULL);
        return 1;
    }
    return 0;
}

/* ---- word lists -------------------------------------------------------------------------------- */

static const char *const dflt_topics[] = {
    "lists and loops", "string formatting", "dictionaries", "sets and membership", "recursion", "binary search",
    "sorting algorithms", "stacks and queues", "linked lists", "trees and traversal", "graphs and BFS",
    "dynamic programming", "generators", "list comprehensions", "exceptions", "classes and objects", "inheritance",
    "file input and output", "regular expressions", "unit testing", "hash functions", "prime numbers",
    "matrix arithmetic", "date and time handling", "parsing text", "bit manipulation", "greedy algorithms",
    "two pointers", "sliding windows", "heaps and priority queues", "string search", "number bases",
    "closures", "decorators", "iterators", "immutability", "complexity analysis", "floating point pitfalls",
    "random sampling", "simulation"};
static const char *const dflt_audiences[] = {"high-school students", "first-year undergraduates", "self-taught programmers",
                                             "data analysts", "experienced engineers new to Python", "children aged 12",
                                             "teachers preparing a lesson", "job interview candidates"};
static const char *const dflt_styles[] = {"step-by-step tutorial", "Socratic dialogue", "worked examples", "story",
                                          "lecture notes", "question and answer", "common mistakes first", "cookbook"};
static const char *const dflt_words[] = {
    "apple", "river", "lantern", "orbit", "pebble", "violin", "harbor", "thunder", "meadow", "compass", "glacier", "ember",
    "falcon", "quilt", "canyon", "velvet", "mosaic", "anchor", "bramble", "cactus", "dune", "echo", "fern", "garnet",
    "hammock", "island", "jasmine", "kettle", "ladder", "marble", "nectar", "oasis", "parrot", "quartz", "ribbon",
    "saddle", "tundra", "umbrella", "valley", "walnut", "yarn", "zephyr", "acorn", "beacon", "candle", "drum",
    "engine", "feather", "garden", "helmet", "igloo", "jigsaw", "kite", "lemon", "mirror", "needle", "onion",
    "piano", "quiver", "rocket", "scarf", "tiger", "unicorn", "vessel", "window", "yacht", "zebra", "bridge",
    "clock", "dragon", "forest", "guitar", "honey", "ink", "jungle", "koala", "lighthouse", "mountain", "notebook",
    "ocean", "pyramid", "rainbow", "sunrise", "telescope", "volcano", "waterfall", "bakery", "carnival", "desert",
    "festival", "galaxy", "harvest", "journey", "kingdom", "library", "market", "puzzle", "treasure", "village"};

typedef struct word_list {
    const char **v;
    size_t n;
    phi_buf text; /* a file's lines, when read from one */
} word_list;

/* One entry per non-empty line of path, or the defaults when path is NULL. */
static int list_load(word_list *l, const char *path, const char *const *dflt, size_t ndflt) {
    size_t cap = 0;
    char *p;
    memset(l, 0, sizeof *l);
    if (!path) {
        l->v = (const char **)dflt;
        l->n = ndflt;
        return 0;
    }
    if (phi_file_read(path, &l->text) != PHI_OK) return -1;
    for (p = l->text.data; p && *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = 0;
        if (e && e > p && e[-1] == '\r') e[-1] = 0;
        if (*p) {
            if (l->n == cap) {
                const char **nv;
                cap = cap ? 2 * cap : 64;
                if (!(nv = (const char **)realloc(l->v, cap * sizeof *nv))) return -1;
                l->v = nv;
            }
            l->v[l->n++] = p;
        }
        p = e ? e + 1 : NULL;
    }
    if (l->n == 0) {
        phi_buf_free(&l->text);
        free(l->v);
        l->v = NULL;
        errno = 0;
        return -2;
    }
    return 0;
}

static void list_free(word_list *l) {
    if (l->text.data) free(l->v);
    phi_buf_free(&l->text);
}

/* messages: [{"role":"system","content":sys},{"role":"user","content":user}] */
static void two_messages(phi_buf *out, const char *sys, const char *user, size_t ulen) {
    phi_json_writer w;
    phi_jw_init(&w, out, 0);
    phi_jw_begin_array(&w);
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "role"), phi_jw_str(&w, "system");
    phi_jw_key(&w, "content"), phi_jw_str(&w, sys);
    phi_jw_end_object(&w);
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "role"), phi_jw_str(&w, "user");
    phi_jw_key(&w, "content"), phi_jw_strn(&w, user, ulen);
    phi_jw_end_object(&w);
    phi_jw_end_array(&w);
    phi_jw_finish(&w);
}

/* ---- label ------------------------------------------------------------------------------------- */

static const char *label_default_prompt =
    "Rate the educational value of the following code for a student learning to program, on a scale from 0 to 10: "
    "is it clear, self-contained, commented, does it teach an idea? Reply with the score first, then one sentence.";

typedef struct label_job {
    phi_buf text;       /* the documents one after another */
    size_t *off, *len;  /* [n] */
    phi_json_type *id_type; /* [n] PHI_JSON_STRING or PHI_JSON_INT */
    int64_t *id_int;    /* [n] */
    size_t *id_off;     /* [n] a string id, in text */
    size_t n;
    const char *prompt;
    phi_buf prompt_buf, user;
} label_job;

static int label_messages(void *u, size_t i, phi_buf *out) {
    label_job *L = (label_job *)u;
    L->user.len = 0;
    phi_buf_printf(&L->user, "%s\n\n%s", L->prompt, TEACHER_DOC_BEGIN);
    phi_buf_append(&L->user, L->text.data + L->off[i], L->len[i]);
    phi_buf_append(&L->user, TEACHER_DOC_END, strlen(TEACHER_DOC_END));
    two_messages(out, "You are a careful teacher who grades code.", L->user.data, L->user.len);
    return 0;
}

static void label_describe(void *u, size_t i, phi_json_writer *jw) {
    label_job *L = (label_job *)u;
    phi_jw_key(jw, "id");
    if (L->id_type[i] == PHI_JSON_STRING) phi_jw_str(jw, L->text.data + L->id_off[i]);
    else phi_jw_int(jw, L->id_int[i]);
}

static int label_finish(void *u, size_t i, const char *content, size_t len, phi_json_writer *jw) {
    double score;
    (void)u, (void)i;
    if (!teacher_first_number(content, len, &score)) {
        phi_jw_key(jw, "reply"), phi_jw_strn(jw, content, len);
        phi_jw_key(jw, "error"), phi_jw_str(jw, "no number in the reply");
        return 0;
    }
    phi_jw_key(jw, "score"), phi_jw_double(jw, score);
    phi_jw_key(jw, "reply"), phi_jw_strn(jw, content, len);
    return 1;
}

static int label_load(label_job *L, const char *cmd, const char *path, const char *field, const char *id_field) {
    phi_jsonl_reader *r;
    const phi_json *v, *t, *id;
    phi_status st;
    size_t cap = 0;
    if (phi_jsonl_open_path(&r, path, NULL) != PHI_OK) return cli_fail(cmd, 2);
    while ((st = phi_jsonl_next(r, &v)) == PHI_OK) {
        uint64_t line = phi_jsonl_get_stats(r)->line;
        if (!(t = phi_json_get(v, field)) || t->type != PHI_JSON_STRING) {
            phi_jsonl_close(r);
            return cli_failf(cmd, 2, "%s:%llu: no string \"%s\"", path, (unsigned long long)line, field);
        }
        id = phi_json_get(v, id_field);
        if (id && id->type != PHI_JSON_STRING && id->type != PHI_JSON_INT) {
            phi_jsonl_close(r);
            return cli_failf(cmd, 2, "%s:%llu: \"%s\" is neither a string nor an integer", path, (unsigned long long)line, id_field);
        }
        if (L->n == cap) {
            cap = cap ? 2 * cap : 1024;
            L->off = (size_t *)realloc(L->off, cap * sizeof *L->off);
            L->len = (size_t *)realloc(L->len, cap * sizeof *L->len);
            L->id_type = (phi_json_type *)realloc(L->id_type, cap * sizeof *L->id_type);
            L->id_int = (int64_t *)realloc(L->id_int, cap * sizeof *L->id_int);
            L->id_off = (size_t *)realloc(L->id_off, cap * sizeof *L->id_off);
            if (!L->off || !L->len || !L->id_type || !L->id_int || !L->id_off) {
                phi_jsonl_close(r);
                return cli_failf(cmd, 2, "out of memory");
            }
        }
        L->off[L->n] = L->text.len;
        L->len[L->n] = t->len;
        phi_buf_append(&L->text, t->u.s, t->len);
        phi_buf_append(&L->text, "", 1);
        L->text.len++; /* keep the NUL: ids point at NUL-terminated strings */
        if (id && id->type == PHI_JSON_STRING) {
            L->id_type[L->n] = PHI_JSON_STRING;
            L->id_off[L->n] = L->text.len;
            phi_buf_append(&L->text, id->u.s, id->len);
            L->text.len++;
            L->id_int[L->n] = 0;
        } else {
            L->id_type[L->n] = PHI_JSON_INT;
            L->id_int[L->n] = id ? id->u.i : (int64_t)L->n; /* no id: the record's number, from 0 */
        }
        L->n++;
    }
    phi_jsonl_close(r);
    if (st != PHI_END) return cli_fail(cmd, 2);
    return 0;
}

int cmd_label(int argc, char **argv) {
    tc_opts o;
    const char *in = NULL, *field = "text", *id_field = "id", *prompt = NULL;
    cli_flag flags[48];
    int n = 0, rc;
    label_job L;
    tc_job job;
    cli_cmd cmd = {"label", "teacher label --in DOCS.jsonl --journal J [--field text] [--id-field id] [--prompt FILE] [API flags]",
                   "The educational value of each document, by the teacher model: the first number of its reply.\n"
                   "`teacher export J --out F` then writes {\"id\": ..., \"score\": ...} lines.\n",
                   flags, NULL, "exit status: 0 every request done or failed, 1 some gave up or the server stopped the run, 2 usage or I/O"};
    tc_opts_defaults(&o);
    flags[n++] = (cli_flag){.name = "--in", .type = CLI_STR, .var = &in, .meta = "FILE", .required = 1, .help = "the documents, JSON Lines"};
    flags[n++] = (cli_flag){.name = "--field", .type = CLI_STR, .var = &field, .meta = "NAME", .help = "the member holding a document's text"};
    flags[n++] = (cli_flag){.name = "--id-field", .type = CLI_STR, .var = &id_field, .meta = "NAME",
                            .help = "the member naming it (a string or an integer; absent: its number from 0)"};
    flags[n++] = (cli_flag){.name = "--prompt", .type = CLI_STR, .var = &prompt, .meta = "FILE", .dflt = "a built-in rubric",
                            .help = "the instructions put before each document"};
    n += tc_flags(flags + n, &o);
    flags[n] = (cli_flag){.name = NULL};
    if ((rc = cli_parse(&cmd, argc - 1, argv + 1)) != CLI_GO) return rc;
    memset(&L, 0, sizeof L);
    L.prompt = label_default_prompt;
    if (prompt) {
        if (phi_file_read(prompt, &L.prompt_buf) != PHI_OK) return cli_fail(cmd.name, 2);
        L.prompt = L.prompt_buf.data ? L.prompt_buf.data : "";
    }
    rc = label_load(&L, cmd.name, in, field, id_field);
    if (!rc) {
        memset(&job, 0, sizeof job);
        job.name = "label";
        job.n = L.n;
        job.user = &L;
        job.messages = label_messages;
        job.describe = label_describe;
        job.finish = label_finish;
        rc = tc_run(cmd.name, &o, &job);
    }
    phi_buf_free(&L.text), phi_buf_free(&L.prompt_buf), phi_buf_free(&L.user);
    free(L.off), free(L.len), free(L.id_type), free(L.id_int), free(L.id_off);
    return rc;
}

/* ---- textbook and exercises --------------------------------------------------------------------- */

typedef struct gen_job {
    word_list topics, audiences, styles, words;
    uint64_t seed;
    int exercises;
    phi_buf user;
    phi_eval_opts eo;
    size_t checked, rejected;
} gen_job;

typedef struct gen_draw {
    const char *topic, *audience, *style, *w[3];
} gen_draw;

static gen_draw gen_pick(const gen_job *g, size_t i) {
    phi_rng base, r;
    gen_draw d;
    phi_rng_seed(&base, g->seed);
    r = phi_rng_fork(&base, (uint64_t)i);
    d.topic = g->topics.v[phi_rng_below(&r, g->topics.n)];
    d.audience = g->audiences.v[phi_rng_below(&r, g->audiences.n)];
    d.style = g->styles.v[phi_rng_below(&r, g->styles.n)];
    d.w[0] = g->words.v[phi_rng_below(&r, g->words.n)];
    d.w[1] = g->words.v[phi_rng_below(&r, g->words.n)];
    d.w[2] = g->words.v[phi_rng_below(&r, g->words.n)];
    return d;
}

static int gen_messages(void *u, size_t i, phi_buf *out) {
    gen_job *g = (gen_job *)u;
    gen_draw d = gen_pick(g, i);
    g->user.len = 0;
    if (g->exercises) {
        phi_buf_printf(&g->user,
                       "Write one Python exercise for a student, in the style of HumanEval: a function with a docstring that\n"
                       "states the task, its solution, then `def check(candidate):` with assert statements that test it.\n"
                       "Reply with one ```python block.\nTopic: %s\nWords: %s, %s, %s\n",
                       d.topic, d.w[0], d.w[1], d.w[2]);
        two_messages(out, "You write programming exercises with tests.", g->user.data, g->user.len);
    } else {
        phi_buf_printf(&g->user,
                       "Write a section of a programming textbook, with explanations and short code examples.\n"
                       "Topic: %s\nAudience: %s\nStyle: %s\nWords: %s, %s, %s\n"
                       "Use the three words naturally somewhere in the text.\n",
                       d.topic, d.audience, d.style, d.w[0], d.w[1], d.w[2]);
        two_messages(out, "You write clear, correct textbooks about programming.", g->user.data, g->user.len);
    }
    return 0;
}

static void gen_describe(void *u, size_t i, phi_json_writer *jw) {
    gen_job *g = (gen_job *)u;
    gen_draw d = gen_pick(g, i);
    if (g->exercises) {
        char id[48];
        snprintf(id, sizeof id, "teacher/%zu", i);
        phi_jw_key(jw, "task_id"), phi_jw_str(jw, id);
        return;
    }
    phi_jw_key(jw, "id"), phi_jw_int(jw, (int64_t)i);
    phi_jw_key(jw, "topic"), phi_jw_str(jw, d.topic);
    phi_jw_key(jw, "audience"), phi_jw_str(jw, d.audience);
    phi_jw_key(jw, "style"), phi_jw_str(jw, d.style);
    phi_jw_key(jw, "words");
    phi_jw_begin_array(jw);
    phi_jw_str(jw, d.w[0]), phi_jw_str(jw, d.w[1]), phi_jw_str(jw, d.w[2]);
    phi_jw_end_array(jw);
}

/* the first line of s[0..n) that starts with `what`, as an offset, or n */
static size_t line_starting(const char *s, size_t n, size_t from, const char *what) {
    size_t k = strlen(what), i;
    for (i = from; i + k <= n; i++)
        if ((i == 0 || s[i - 1] == '\n') && !memcmp(s + i, what, k)) return i;
    return n;
}

static const char *find_str(const char *s, size_t n, size_t from, const char *what, size_t *at) {
    size_t k = strlen(what), i;
    for (i = from; i + k <= n; i++)
        if (!memcmp(s + i, what, k)) {
            *at = i;
            return s + i;
        }
    return NULL;
}

/* The exercise of a reply: HumanEval's fields, checked. 1 passed; 0 (with "error") otherwise. */
static int ex_finish(gen_job *g, const char *c, size_t n, phi_json_writer *jw) {
    size_t a = 0, b, def, chk, q1, q2, nl, k;
    const char *fence = find_str(c, n, 0, "```python\n", &a);
    char name[128];
    phi_buf prog = {0};
    phi_py_tree tree;
    phi_eval_result res;
    const char *why = NULL;
    int ok = 0;
    if (fence) {
        a += 10;
        if (!find_str(c, n, a, "```", &b)) b = n;
    } else {
        a = 0, b = n;
    }
    c += a, n = b - a;
    def = line_starting(c, n, 0, "def ");
    chk = line_starting(c, n, 0, "def check(candidate):");
    if (def >= chk) {
        phi_jw_key(jw, "reply"), phi_jw_strn(jw, c, n);
        phi_jw_key(jw, "error"), phi_jw_str(jw, "no function before def check(candidate):");
        return 0;
    }
    for (k = 0; def + 4 + k < n && k < sizeof name - 1; k++) { /* the function's name */
        char ch = c[def + 4 + k];
        if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) break;
        name[k] = ch;
    }
    name[k] = 0;
    /* the prompt ends after the docstring's closing quotes */
    if (!find_str(c, chk, def, "\"\"\"", &q1) || !find_str(c, chk, q1 + 3, "\"\"\"", &q2)) {
        phi_jw_key(jw, "reply"), phi_jw_strn(jw, c, n);
        phi_jw_key(jw, "error"), phi_jw_str(jw, "no docstring");
        return 0;
    }
    nl = q2 + 3;
    while (nl < chk && c[nl] != '\n') nl++;
    if (nl < chk) nl++;
    phi_jw_key(jw, "prompt"), phi_jw_strn(jw, c + def, nl - def);
    phi_jw_key(jw, "canonical_solution"), phi_jw_strn(jw, c + nl, chk - nl);
    phi_jw_key(jw, "test"), phi_jw_strn(jw, c + chk, n - chk);
    phi_jw_key(jw, "entry_point"), phi_jw_str(jw, name);
    phi_buf_append(&prog, c + def, n - def);
    phi_buf_printf(&prog, "\n\ncheck(%s)\n", name);
    memset(&tree, 0, sizeof tree);
    memset(&res, 0, sizeof res);
    g->checked++;
    if (phi_py_parse(&tree, prog.data, prog.len, "exercise.py", NULL) != PHI_OK) {
        why = "does not parse";
    } else if (phi_eval_run_program(prog.data, prog.len, &g->eo, &res) != PHI_OK) {
        why = "the sandbox could not run it";
    } else if (res.status != PHI_EVAL_PASSED) {
        why = "fails its own tests";
    } else {
        ok = 1;
    }
    if (!ok) {
        char msg[256];
        snprintf(msg, sizeof msg, "%s%s%s", why, res.error[0] ? ": " : "", res.error);
        phi_jw_key(jw, "error"), phi_jw_str(jw, msg);
        g->rejected++;
    }
    phi_py_tree_free(&tree);
    phi_eval_result_free(&res);
    phi_buf_free(&prog);
    return ok;
}

static int gen_finish(void *u, size_t i, const char *content, size_t len, phi_json_writer *jw) {
    gen_job *g = (gen_job *)u;
    (void)i;
    if (g->exercises) return ex_finish(g, content, len, jw);
    phi_jw_key(jw, "text"), phi_jw_strn(jw, content, len);
    return 1;
}

static int cmd_gen(int argc, char **argv, int exercises) {
    tc_opts o;
    const char *topics = NULL, *audiences = NULL, *styles = NULL, *words = NULL;
    long count = 0;
    uint64_t seed = 1;
    cli_flag flags[48];
    int n = 0, rc;
    gen_job g;
    tc_job job;
    cli_cmd cmd;
    memset(&cmd, 0, sizeof cmd);
    cmd.name = exercises ? "exercises" : "textbook";
    cmd.usage = exercises ? "teacher exercises --count N --journal J [--topics F] [--seed S] [API flags]"
                          : "teacher textbook --count N --journal J [--topics F] [--audiences F] [--styles F] [--words F] [--seed S] [API flags]";
    cmd.about = exercises ? "Python exercises in HumanEval's format (prompt with a docstring, solution, check(candidate)), one per\n"
                            "request; each is parsed and run against its own tests in the sandbox, and those that fail are\n"
                            "journaled as failed (`teacher export --failed F` writes them apart).\n"
                          : "Synthetic textbook sections, request i seeded by a topic x audience x style x 3 random words drawn\n"
                            "with --seed (a list file: one entry per line).\n";
    cmd.flags = flags;
    cmd.footer = "exit status: 0 every request done or failed, 1 some gave up or the server stopped the run, 2 usage or I/O";
    tc_opts_defaults(&o);
    o.temperature = 1.0;
    o.max_tokens = exercises ? 600 : 1200;
    flags[n++] = (cli_flag){.name = "--count", .type = CLI_LONG, .var = &count, .meta = "N", .required = 1, .min = 1, .max = 1e9,
                            .help = exercises ? "exercises to ask for" : "sections to ask for"};
    flags[n++] = (cli_flag){.name = "--seed", .type = CLI_U64, .var = &seed, .meta = "S", .help = "draws the topics and words"};
    flags[n++] = (cli_flag){.name = "--topics", .type = CLI_STR, .var = &topics, .meta = "FILE", .dflt = "40 built in", .help = "topics, one per line"};
    if (!exercises) {
        flags[n++] = (cli_flag){.name = "--audiences", .type = CLI_STR, .var = &audiences, .meta = "FILE", .dflt = "8 built in", .help = "audiences, one per line"};
        flags[n++] = (cli_flag){.name = "--styles", .type = CLI_STR, .var = &styles, .meta = "FILE", .dflt = "8 built in", .help = "styles, one per line"};
        flags[n++] = (cli_flag){.name = "--words", .type = CLI_STR, .var = &words, .meta = "FILE", .dflt = "100 built in", .help = "words, one per line"};
    }
    n += tc_flags(flags + n, &o);
    flags[n] = (cli_flag){.name = NULL};
    if ((rc = cli_parse(&cmd, argc - 1, argv + 1)) != CLI_GO) return rc;
    memset(&g, 0, sizeof g);
    g.seed = seed;
    g.exercises = exercises;
    g.eo.timeout = 5;
    g.eo.workers = 1;
    if (list_load(&g.topics, topics, dflt_topics, sizeof dflt_topics / sizeof *dflt_topics) ||
        list_load(&g.audiences, audiences, dflt_audiences, sizeof dflt_audiences / sizeof *dflt_audiences) ||
        list_load(&g.styles, styles, dflt_styles, sizeof dflt_styles / sizeof *dflt_styles) ||
        list_load(&g.words, words, dflt_words, sizeof dflt_words / sizeof *dflt_words)) {
        rc = cli_failf(cmd.name, 2, "a list file cannot be read or has no entries (%s)", *phi_errmsg() ? phi_errmsg() : "empty");
    } else {
        memset(&job, 0, sizeof job);
        job.name = exercises ? "exercises" : "textbook";
        job.n = (size_t)count;
        job.user = &g;
        job.messages = gen_messages;
        job.describe = gen_describe;
        job.finish = gen_finish;
        rc = tc_run(cmd.name, &o, &job);
        if (exercises && g.checked)
            fprintf(stderr, "teacher exercises: %zu checked in the sandbox this run, %zu kept apart (do not parse or fail their tests)\n",
                    g.checked, g.rejected);
    }
    list_free(&g.topics), list_free(&g.audiences), list_free(&g.styles), list_free(&g.words);
    phi_buf_free(&g.user);
    return rc;
}

int cmd_textbook(int argc, char **argv) { return cmd_gen(argc, argv, 0); }
int cmd_exercises(int argc, char **argv) { return cmd_gen(argc, argv, 1); }
