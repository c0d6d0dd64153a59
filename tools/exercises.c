/* exercises.c - "CodeExercises" for the phi program: small Python functions with a docstring,
   solved, written from templates instead of by GPT-3.5.

   phi-1 was finetuned on exercises: a function signature and a docstring that says what to
   do, followed by the solution. Here every exercise comes from a family of small tasks (add
   up the even numbers of a list, reverse the words of a sentence, clamp a number to a range,
   merge two dictionaries by adding ...). A family holds several function names, argument
   names, constants, docstring phrasings, solutions and explanations; an exercise picks one of
   each with a seeded phi_rng, draws random inputs, computes the right outputs here in C, and
   writes them as the docstring's >>> examples and as the asserts of check(candidate). The
   format is HumanEval's, so that
       prompt + canonical_solution + "\n" + test + "\n" + "check(" + entry_point + ")\n"
   is a Python program that passes, and any HumanEval evaluator runs the files unchanged.
   Records also carry "family", "params" (the argument names and constants) and "textbook":
   a sentence or two of prose, the function without its docstring and one example, the
   stand-in for the paper's synthetic textbooks, to pretrain on.

   THE SPLIT (the same for every seed)
   In family number f, function name number i is held-out iff (i + f) % 4 == 0, and the
   parameter combination of argument-name variant a and constant set c is held-out iff
   (a + c + f) % 4 == 0. Training exercises use training names and combinations only,
   held-out exercises held-out ones only. Names are unique across families (checked before
   anything is written), so no held-out exercise shares its function name or its (family,
   parameters) with any training exercise, of this seed or any other. The pieces are not new:
   each constant of a held-out exercise occurs in its family's training exercises (with other
   argument names), each argument name in training exercises (of another family, where the
   family has no constants); only the combination is. The textbook of a held-out exercise
   contains its solution: pretrain on the training file's textbooks only.

   Same seed and counts, same bytes. Exercise i of a split draws from its own stream
   (phi_rng_fork), so the first N exercises do not depend on how many follow.

       char err[256];
       if (ex_generate(seed, 2000, 200, "train.jsonl", "heldout.jsonl", err, sizeof err)) ...err...

   The families live in ex_lists.c, ex_strings.c, ex_numbers.c and ex_dicts.c (ex_family.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ex_family.h"
#include "exercises.h"

/* ---- how Python spells a value ---------------------------------------------------------- */

/* Text under construction; the first failed append is remembered, later ones do nothing. */
typedef struct ex_text {
    phi_buf b;
    int bad;
} ex_text;

static void ex_putn(ex_text *t, const char *s, size_t n) {
    if (!t->bad && phi_buf_append(&t->b, s, n) != PHI_OK) t->bad = 1;
}
static void ex_puts(ex_text *t, const char *s) { ex_putn(t, s, strlen(s)); }
static void ex_putl(ex_text *t, long v) {
    char num[24];
    ex_putn(t, num, (size_t)snprintf(num, sizeof num, "%ld", v));
}

/* Python's repr of a str: single quotes unless the text has one and no double quote. */
static void ex_repr_str(ex_text *t, const char *s) {
    char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    ex_putn(t, &q, 1);
    for (; *s; s++) {
        char esc[8];
        if (*s == '\\' || *s == q) snprintf(esc, sizeof esc, "\\%c", *s);
        else if (*s == '\n') snprintf(esc, sizeof esc, "\\n");
        else if (*s == '\t') snprintf(esc, sizeof esc, "\\t");
        else if ((unsigned char)*s < 0x20 || *s == 0x7f) snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)*s);
        else snprintf(esc, sizeof esc, "%c", *s);
        ex_puts(t, esc);
    }
    ex_putn(t, &q, 1);
}

static void ex_repr(ex_text *t, const ex_val *v) {
    int k;
    switch (v->type) {
    case EX_INT: ex_putl(t, v->i); return;
    case EX_BOOL: ex_puts(t, v->i ? "True" : "False"); return;
    case EX_STR: ex_repr_str(t, v->s[0]); return;
    default: break;
    }
    ex_puts(t, v->type == EX_INTS || v->type == EX_STRS ? "[" : "{");
    for (k = 0; k < v->n; k++) {
        if (k) ex_puts(t, ", ");
        if (v->type == EX_INTS) ex_putl(t, v->v[k]);
        else if (v->type == EX_STRS) ex_repr_str(t, v->s[k]);
        else if (v->type == EX_DICT) ex_repr_str(t, v->s[k]), ex_puts(t, ": "), ex_putl(t, v->v[k]);
        else ex_putl(t, v->v[k]), ex_puts(t, ": "), ex_repr_str(t, v->s[k]);
    }
    ex_puts(t, v->type == EX_INTS || v->type == EX_STRS ? "]" : "}");
}

/* Family f of all of them, numbered across the groups in their order. */
static const ex_family *ex_family_at(int f) {
    const ex_family_group *const groups[] = {&ex_group_lists, &ex_group_strings, &ex_group_numbers, &ex_group_dicts,
                                             &ex_group_conditions};
    int g;
    for (g = 0; f >= groups[g]->n; g++) f -= groups[g]->n;
    return &groups[g]->families[f];
}

int ex_family_count(void) {
    return ex_group_lists.n + ex_group_strings.n + ex_group_numbers.n + ex_group_dicts.n + ex_group_conditions.n;
}

static int ex_count(const char *const *list, int max) {
    int n = 0;
    while (n < max && list[n]) n++;
    return n;
}

/* ---- the split: see the comment at the top ------------------------------------------------- */

static int ex_name_heldout(int f, int i) { return (i + f) % 4 == 0; }
static int ex_combo_heldout(int f, int a, int c) { return (a + c + f) % 4 == 0; }

static int ex_is_identifier(const char *s) {
    if (!isalpha((unsigned char)*s) && *s != '_') return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_') return 0;
    return 1;
}

/* What the split relies on: both sides of every family non-empty, names unique across families. */
static int ex_check_families(char *err, size_t errlen) {
    int f, g, i, m;
    for (f = 0; f < ex_family_count(); f++) {
        const ex_family *F = ex_family_at(f);
        int nn = ex_count(F->names, EX_MAXV), na = ex_count(F->args, EX_MAXV), nc = ex_count(F->consts, EX_MAXV);
        int side[2][2] = {{0, 0}, {0, 0}}, a, c;
        for (i = 0; i < nn; i++) side[0][ex_name_heldout(f, i)]++;
        for (a = 0; a < na; a++)
            for (c = 0; c < nc; c++) side[1][ex_combo_heldout(f, a, c)]++;
        if (!side[0][0] || !side[0][1] || !side[1][0] || !side[1][1] || !F->docs[0] || !F->bodies[0] || !F->prose[0]) {
            snprintf(err, errlen, "exercise family %s: a split side is empty or a template is missing", F->id);
            return 1;
        }
        for (i = 0; i < nn; i++) {
            if (!ex_is_identifier(F->names[i])) {
                snprintf(err, errlen, "exercise family %s: '%s' is not a function name", F->id, F->names[i]);
                return 1;
            }
            for (g = 0; g <= f; g++)
                for (m = 0; m < (g == f ? i : ex_count(ex_family_at(g)->names, EX_MAXV)); m++)
                    if (!strcmp(F->names[i], ex_family_at(g)->names[m])) {
                        snprintf(err, errlen, "exercise name '%s' is in families %s and %s", F->names[i],
                                 ex_family_at(g)->id, F->id);
                        return 1;
                    }
        }
    }
    return 0;
}

/* ---- one exercise ------------------------------------------------------------------------- */

/* Copies a template with $N $A $B $K $J filled in. */
static void ex_expand(ex_text *t, const char *tmpl, const ex_ctx *c) {
    while (*tmpl) {
        size_t run = strcspn(tmpl, "$");
        ex_putn(t, tmpl, run);
        tmpl += run;
        if (!*tmpl) break;
        switch (tmpl[1]) {
        case 'N': ex_puts(t, c->name); break;
        case 'A': ex_puts(t, c->a); break;
        case 'B': ex_puts(t, c->b); break;
        case 'K': ex_puts(t, c->k); break;
        case 'J': ex_puts(t, c->j); break;
        default: ex_putn(t, tmpl, 2); break;
        }
        tmpl += tmpl[1] ? 2 : 1;
    }
}

/* The text of a template, filled in, word-wrapped at `width` columns after `indent`. */
static void ex_wrapped(ex_text *t, const char *tmpl, const ex_ctx *c, const char *indent, size_t width) {
    ex_text flat = {{0}, 0};
    const char *p;
    size_t col = 0;
    ex_expand(&flat, tmpl, c);
    t->bad |= flat.bad;
    for (p = flat.b.data ? flat.b.data : ""; *p;) {
        size_t len = strcspn(p, " ");
        if (col && col + 1 + len > width) ex_puts(t, "\n"), col = 0;
        if (col) ex_puts(t, " "), col++;
        else ex_puts(t, indent);
        ex_putn(t, p, len);
        col += len;
        p += len + (p[len] == ' ');
    }
    phi_buf_free(&flat.b);
}

/* "name(arg, arg)" */
static void ex_call(ex_text *t, const char *name, const ex_val *in, int nargs) {
    int k;
    ex_puts(t, name);
    ex_puts(t, "(");
    for (k = 0; k < nargs; k++) {
        if (k) ex_puts(t, ", ");
        ex_repr(t, &in[k]);
    }
    ex_puts(t, ")");
}

/* Draws the arguments of one call (a boundary case when `edge`) and computes the answer; their
   Python spellings go to call ("(1, 2)") and answer. */
static void ex_draw(const ex_family *F, const ex_ctx *c, int nargs, phi_rng *r, int edge, ex_text *call,
                    ex_text *answer) {
    ex_val in[2], out;
    memset(in, 0, sizeof in);
    memset(&out, 0, sizeof out);
    F->gen(r, c, in, edge);
    F->run(c, in, &out);
    call->b.len = answer->b.len = 0;
    ex_call(call, "", in, nargs);
    ex_repr(answer, &out);
}

static int ex_same(const ex_text *a, const ex_text *b) {
    return a->b.len == b->b.len && (!a->b.len || !memcmp(a->b.data, b->b.data, a->b.len));
}

#define EX_ASSERTS 6 /* asserts in check(); the first is a boundary case */

typedef struct ex_record {
    ex_text prompt, solution, test, textbook, params;
    const char *name, *family;
} ex_record;

static void ex_record_free(ex_record *e) {
    phi_buf_free(&e->prompt.b);
    phi_buf_free(&e->solution.b);
    phi_buf_free(&e->test.b);
    phi_buf_free(&e->textbook.b);
    phi_buf_free(&e->params.b);
}

/* Fills the asserts: distinct calls, and at least two different answers, so that no constant
   function passes. Returns how many calls were kept. */
static int ex_draw_asserts(const ex_family *F, const ex_ctx *c, int nargs, phi_rng *r, ex_text *calls,
                           ex_text *answers) {
    int tries, k, m, n = 0, varied = 0;
    for (tries = 0; tries < 20 && !varied; tries++) {
        for (n = 0, k = 0; k < 4 * EX_ASSERTS && n < EX_ASSERTS; k++) {
            ex_draw(F, c, nargs, r, n == 0, &calls[n], &answers[n]);
            for (m = 0; m < n && !ex_same(&calls[m], &calls[n]); m++) {}
            if (m == n) n++;
        }
        for (k = 1; k < n; k++) varied |= !ex_same(&answers[0], &answers[k]);
    }
    return n;
}

/* The textbook of an exercise: the explanation (the one written for solution k, where a
   family has two ways), the function without its docstring, the first example. */
static void ex_make_textbook(const ex_family *F, const ex_ctx *cx, int k, const char *body, phi_rng *r, const ex_text *call,
                             const ex_text *answer, ex_record *e) {
    if (!F->bodies[1] || k >= ex_count(F->prose, 3)) k = (int)phi_rng_below(r, (uint64_t)ex_count(F->prose, 3));
    ex_expand(&e->textbook, F->prose[k], cx);
    ex_puts(&e->textbook, "\n\n");
    ex_expand(&e->textbook, F->sig, cx);
    ex_puts(&e->textbook, "\n");
    ex_expand(&e->textbook, body, cx);
    ex_puts(&e->textbook, phi_rng_below(r, 2) ? "\nFor example, " : "\nCalling ");
    ex_puts(&e->textbook, e->name);
    ex_putn(&e->textbook, call->b.data, call->b.len);
    ex_puts(&e->textbook, " returns ");
    ex_putn(&e->textbook, answer->b.data, answer->b.len);
    ex_puts(&e->textbook, ".\n");
}

/* One exercise of family f from the training (heldout = 0) or held-out side of the split. */
static void ex_make(int f, int heldout, phi_rng *r, ex_record *e) {
    const ex_family *F = ex_family_at(f);
    int nn = ex_count(F->names, EX_MAXV), na = ex_count(F->args, EX_MAXV), nc = ex_count(F->consts, EX_MAXV);
    int i, a, c, k, nargs, tries, ncalls;
    const char *sp, *body;
    ex_ctx cx;
    ex_text doc = {{0}, 0}, calls[EX_ASSERTS + 2], answers[EX_ASSERTS + 2];
    memset(e, 0, sizeof *e);
    memset(&cx, 0, sizeof cx);
    memset(calls, 0, sizeof calls);
    memset(answers, 0, sizeof answers);
    /* a name, and an (arguments, constants) combination, from this side of the split */
    do i = (int)phi_rng_below(r, (uint64_t)nn);
    while (ex_name_heldout(f, i) != heldout);
    do a = (int)phi_rng_below(r, (uint64_t)na), c = (int)phi_rng_below(r, (uint64_t)nc);
    while (ex_combo_heldout(f, a, c) != heldout);
    cx.name = e->name = F->names[i];
    e->family = F->id;
    sp = strchr(F->args[a], ' ');
    nargs = sp ? 2 : 1;
    snprintf(cx.a, sizeof cx.a, "%.*s", (int)(sp ? (size_t)(sp - F->args[a]) : strlen(F->args[a])), F->args[a]);
    snprintf(cx.b, sizeof cx.b, "%s", sp ? sp + 1 : "");
    sp = strchr(F->consts[c], ' ');
    snprintf(cx.k, sizeof cx.k, "%.*s", (int)(sp ? (size_t)(sp - F->consts[c]) : strlen(F->consts[c])), F->consts[c]);
    snprintf(cx.j, sizeof cx.j, "%s", sp ? sp + 1 : "");
    cx.ki = strtol(cx.k, NULL, 10), cx.ji = strtol(cx.j, NULL, 10);
    ex_puts(&e->params, F->args[a]);
    if (*cx.k) ex_puts(&e->params, "; K="), ex_puts(&e->params, cx.k);
    if (*cx.j) ex_puts(&e->params, " J="), ex_puts(&e->params, cx.j);

    /* prompt: imports, signature, then the docstring: what to do and two examples, with
       different answers where the family allows (a True and a False ...) */
    if (strstr(F->sig, "List[") && strstr(F->sig, "Dict[")) ex_puts(&e->prompt, "from typing import Dict, List\n\n\n");
    else if (strstr(F->sig, "List[")) ex_puts(&e->prompt, "from typing import List\n\n\n");
    else if (strstr(F->sig, "Dict[")) ex_puts(&e->prompt, "from typing import Dict\n\n\n");
    ex_expand(&e->prompt, F->sig, &cx);
    ex_wrapped(&doc, F->docs[phi_rng_below(r, (uint64_t)ex_count(F->docs, 4))], &cx, "    ", 88);
    ex_puts(&e->prompt, "\n    \"\"\"");
    ex_puts(&e->prompt, doc.b.data ? doc.b.data + 4 : ""); /* its first line follows the quotes */
    e->prompt.bad |= doc.bad;
    for (k = 0; k < 2; k++) {
        tries = 0;
        do ex_draw(F, &cx, nargs, r, 0, &calls[k], &answers[k]);
        while (k == 1 && (ex_same(&calls[0], &calls[1]) || ex_same(&answers[0], &answers[1])) && ++tries < 20);
        ex_puts(&e->prompt, "\n    >>> ");
        ex_puts(&e->prompt, e->name);
        ex_putn(&e->prompt, calls[k].b.data, calls[k].b.len);
        ex_puts(&e->prompt, "\n    ");
        ex_putn(&e->prompt, answers[k].b.data, answers[k].b.len);
    }
    ex_puts(&e->prompt, "\n    \"\"\"\n");

    k = (int)phi_rng_below(r, (uint64_t)ex_count(F->bodies, 3));
    body = F->bodies[k];
    ex_expand(&e->solution, body, &cx);

    ex_make_textbook(F, &cx, k, body, r, &calls[0], &answers[0], e);

    /* test: HumanEval's shape */
    ncalls = ex_draw_asserts(F, &cx, nargs, r, calls + 2, answers + 2);
    ex_puts(&e->test, "\n\ndef check(candidate):\n");
    for (k = 2; k < 2 + ncalls; k++) {
        ex_puts(&e->test, "    assert candidate");
        ex_putn(&e->test, calls[k].b.data, calls[k].b.len);
        ex_puts(&e->test, " == ");
        ex_putn(&e->test, answers[k].b.data, answers[k].b.len);
        ex_puts(&e->test, "\n");
    }
    for (k = 0; k < EX_ASSERTS + 2; k++) {
        e->test.bad |= calls[k].bad | answers[k].bad;
        phi_buf_free(&calls[k].b);
        phi_buf_free(&answers[k].b);
    }
    phi_buf_free(&doc.b);
}

/* ---- the files ---------------------------------------------------------------------------- */

/* FNV-1a from one digit short of its offset basis (14695981039346656037): a slip, kept because
   the prompts' hashes decide which draws are repeats, and so the bytes of every file. */
#define EX_HASH_BASIS 1469598103934665603ull

/* n exercises of one side of the split as JSON Lines records of out; task ids count from
   first_id. Family i % (number of families) for exercise i, so that every family appears. A
   prompt that is already in the file is drawn again (a few times at most). */
static int ex_write_split(phi_jsonl_writer *out, uint64_t seed, int heldout, int n, int first_id, char *err, size_t errlen) {
    phi_rng base;
    uint64_t *hashes = NULL;
    size_t cap = 16;
    int i, rc = 0;
    while (cap < 2 * (size_t)n) cap *= 2;
    if (!(hashes = (uint64_t *)calloc(cap, sizeof *hashes))) {
        snprintf(err, errlen, "out of memory");
        return 1;
    }
    phi_rng_seed(&base, seed);
    for (i = 0; i < n && !rc; i++) {
        phi_rng r = phi_rng_fork(&base, 2 * (uint64_t)i + (uint64_t)heldout);
        phi_json_writer *w;
        ex_record e;
        char id[32];
        size_t slot = 0;
        int attempt;
        for (attempt = 0; attempt < 8; attempt++) {
            uint64_t h;
            ex_make(i % ex_family_count(), heldout, &r, &e);
            h = phi_fnv1a(EX_HASH_BASIS, e.prompt.b.data, e.prompt.b.len) | 1; /* 0 marks a free slot */
            for (slot = h & (cap - 1); hashes[slot] && hashes[slot] != h; slot = (slot + 1) & (cap - 1)) {}
            if (!hashes[slot] || attempt == 7) {
                hashes[slot] = h;
                break;
            }
            ex_record_free(&e);
        }
        snprintf(id, sizeof id, "Exercise/%d", first_id + i);
        w = phi_jsonl_record(out);
        phi_jw_begin_object(w);
        phi_jw_key(w, "task_id"), phi_jw_str(w, id);
        phi_jw_key(w, "prompt"), phi_jw_strn(w, e.prompt.b.data, e.prompt.b.len);
        phi_jw_key(w, "entry_point"), phi_jw_str(w, e.name);
        phi_jw_key(w, "canonical_solution"), phi_jw_strn(w, e.solution.b.data, e.solution.b.len);
        phi_jw_key(w, "test"), phi_jw_strn(w, e.test.b.data, e.test.b.len);
        phi_jw_key(w, "family"), phi_jw_str(w, e.family);
        phi_jw_key(w, "params"), phi_jw_strn(w, e.params.b.data, e.params.b.len);
        phi_jw_key(w, "textbook"), phi_jw_strn(w, e.textbook.b.data, e.textbook.b.len);
        phi_jw_end_object(w);
        if (e.prompt.bad || e.solution.bad || e.test.bad || e.textbook.bad || e.params.bad || phi_jsonl_commit(out) != PHI_OK) {
            snprintf(err, errlen, "exercise %d: %.400s", first_id + i, phi_errmsg()[0] ? phi_errmsg() : "out of memory");
            rc = 1;
        }
        ex_record_free(&e);
    }
    free(hashes);
    return rc;
}

/* One side of the split into path, which starts empty: its records are appended through the
   crash-safe JSON Lines writer (an interrupted run leaves whole lines). */
static int ex_write_file(const char *path, uint64_t seed, int heldout, int n, int first_id, char *err, size_t errlen) {
    phi_jsonl_writer *w;
    int rc;
    if (phi_file_write_atomic(path, "", 0) != PHI_OK || phi_jsonl_writer_open(&w, path, NULL) != PHI_OK) {
        snprintf(err, errlen, "%.400s", phi_errmsg());
        return 1;
    }
    rc = ex_write_split(w, seed, heldout, n, first_id, err, errlen);
    if (phi_jsonl_writer_close(w) != PHI_OK && !rc) {
        snprintf(err, errlen, "%.400s", phi_errmsg());
        rc = 1;
    }
    return rc;
}

/* Writes n_train training and n_heldout held-out exercises (see the top of this file). */
int ex_generate(uint64_t seed, int n_train, int n_heldout, const char *train_path, const char *heldout_path, char *err,
                size_t errlen) {
    if (n_train < 0 || n_heldout < 0) {
        snprintf(err, errlen, "the numbers of exercises must not be negative");
        return 1;
    }
    return ex_check_families(err, errlen) || ex_write_file(train_path, seed, 0, n_train, 0, err, errlen) ||
           ex_write_file(heldout_path, seed, 1, n_heldout, n_train, err, errlen);
}
