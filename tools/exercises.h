/* exercises.h - "CodeExercises" for the phi tool: small Python functions with a docstring,
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

   Needs phi.h (with its implementation) included first. */
#ifndef PHI_EXERCISES_H
#define PHI_EXERCISES_H

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- values: what a task takes and returns, and how Python spells them ------------------- */

enum { EX_INT, EX_BOOL, EX_STR, EX_INTS, EX_STRS, EX_DICT /* str -> int */, EX_IDICT /* int -> str */ };
#define EX_MAXN 10 /* items in a list or dictionary */
#define EX_MAXS 64 /* bytes in a string, NUL included */

typedef struct ex_val {
    int type, n;              /* n: items of a list or dictionary */
    long i;                   /* INT, BOOL */
    long v[EX_MAXN];          /* INTS items; DICT values; IDICT keys */
    char s[EX_MAXN][EX_MAXS]; /* STR in s[0]; STRS items; DICT keys; IDICT values */
} ex_val;

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

/* The constructors the tasks and generators use. */
static void ex_set_int(ex_val *v, int type, long i) { v->type = type, v->n = 0, v->i = i; }
static void ex_set_str(ex_val *v, const char *s) {
    v->type = EX_STR, v->n = 0;
    snprintf(v->s[0], EX_MAXS, "%s", s);
}
static void ex_push_int(ex_val *v, long x) {
    if (v->n < EX_MAXN) v->v[v->n++] = x;
}
static void ex_push_str(ex_val *v, const char *s) {
    if (v->n < EX_MAXN) snprintf(v->s[v->n++], EX_MAXS, "%s", s);
}
/* index of key s in a DICT, or -1 */
static int ex_dict_find(const ex_val *d, const char *s) {
    int k;
    for (k = 0; k < d->n; k++)
        if (!strcmp(d->s[k], s)) return k;
    return -1;
}
/* Splits a STR at single spaces into a STRS (the generators never write other white space). */
static void ex_split(const char *s, ex_val *out) {
    out->type = EX_STRS, out->n = 0;
    while (*s && out->n < EX_MAXN) {
        size_t len = strcspn(s, " ");
        snprintf(out->s[out->n++], EX_MAXS, "%.*s", (int)len, s);
        s += len + (s[len] == ' ');
    }
}
static void ex_join(const ex_val *words, const char *sep, ex_val *out) {
    int k;
    char buf[EX_MAXS] = "";
    for (k = 0; k < words->n; k++) {
        size_t used = strlen(buf);
        snprintf(buf + used, sizeof buf - used, "%s%s", k ? sep : "", words->s[k]);
    }
    ex_set_str(out, buf);
}

/* ---- random inputs --------------------------------------------------------------------------
   Every generator fills the arguments of one call; `edge` asks for a boundary case (an empty
   list or string, zero, one item) where the task allows one. Strings are lowercase words
   separated by single spaces, short enough for EX_MAXS. At most one random draw per
   expression unless the operators order them (C leaves the order of a call's arguments
   open, and gcc, clang and tcc then disagree: the same seed must give the same bytes). */

static const char *ex_words[] = {"apple", "river", "stone", "cat",  "dog",   "blue", "green", "sun",  "moon",
                                 "tree",  "bird",  "fish",  "book", "lamp",  "road", "rain",  "snow", "wind",
                                 "fire",  "gold",  "milk",  "bread", "house", "light", "night", "star", "sea",
                                 "sky",   "hill",  "leaf",  "rose", "kite",  "ball", "game",  "song", "idea",
                                 "code",  "data",  "plan",  "tea"};
static const char *ex_palindromes[] = {"level", "noon", "racecar", "radar", "civic", "kayak",
                                       "refer", "madam", "wow",     "deed",  "stats", "rotor"};
#define EX_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static long ex_rand(phi_rng *r, long lo, long hi) { return lo + (long)phi_rng_below(r, (uint64_t)(hi - lo + 1)); }
static const char *ex_word(phi_rng *r) { return ex_words[phi_rng_below(r, EX_COUNT(ex_words))]; }

static void ex_rand_ints(phi_rng *r, ex_val *v, int minlen, int maxlen, long lo, long hi) {
    int n = (int)ex_rand(r, minlen, maxlen);
    v->type = EX_INTS, v->n = 0;
    while (v->n < n) ex_push_int(v, ex_rand(r, lo, hi));
}
static void ex_rand_sentence(phi_rng *r, ex_val *v, int minw, int maxw) {
    int k, n = (int)ex_rand(r, minw, maxw);
    char buf[EX_MAXS] = "";
    for (k = 0; k < n; k++) {
        size_t used = strlen(buf);
        snprintf(buf + used, sizeof buf - used, "%s%s", k ? " " : "", ex_word(r));
    }
    ex_set_str(v, buf);
}
/* n entries with distinct word keys; distinct values too when `unique` */
static void ex_rand_dict(phi_rng *r, ex_val *v, int n, long lo, long hi, int unique) {
    v->type = EX_DICT, v->n = 0;
    while (v->n < n) {
        const char *key = ex_word(r);
        long value = ex_rand(r, lo, hi);
        int k, clash = ex_dict_find(v, key) >= 0;
        for (k = 0; unique && k < v->n; k++) clash |= v->v[k] == value;
        if (!clash) ex_push_str(v, key), v->v[v->n - 1] = value;
    }
}

/* The constants of an exercise, as written in the code (k, j) and as numbers (ki, ji). */
typedef struct ex_ctx {
    const char *name;    /* the function */
    char a[16], b[16];   /* its argument names ($A, $B) */
    char k[16], j[16];   /* the constants ($K, $J), as written */
    long ki, ji;         /* the same as numbers, 0 when not numeric */
} ex_ctx;

typedef void (*ex_gen_fn)(phi_rng *r, const ex_ctx *c, ex_val *in, int edge);

static void gen_ints(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_ints(r, in, edge ? 0 : 1, edge ? 0 : 7, -5, 20);
}
static void gen_ints_nonempty(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_ints(r, in, 1, edge ? 1 : 7, -9, 30);
}
static void gen_ints_pos(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) { /* many multiples of small k */
    (void)c;
    ex_rand_ints(r, in, edge ? 0 : 2, edge ? 0 : 7, 0, 30);
}
static void gen_ints_repeats(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_ints(r, in, edge ? 0 : 2, edge ? 0 : 8, 0, 6);
}
static void gen_ints_small(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_ints(r, in, edge ? 0 : 1, edge ? 0 : 5, -3, 5);
}
static void gen_ints_target(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_ints(r, &in[0], edge ? 0 : 1, edge ? 0 : 8, 0, 5);
    ex_set_int(&in[1], EX_INT, ex_rand(r, 0, 5));
}
static void gen_sentence(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_sentence(r, in, edge ? 0 : 1, edge ? 0 : 5);
}
static void gen_sentence_nonempty(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_sentence(r, in, 1, edge ? 1 : 5);
}
static void gen_short_word(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    char w[8];
    int len = edge ? 0 : (int)ex_rand(r, 1, 4); /* one draw per statement: C leaves the order of arguments open */
    (void)c;
    snprintf(w, sizeof w, "%.*s", len, ex_word(r));
    ex_set_str(in, w);
}
static void gen_palindrome(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    char w[2] = {0, 0};
    (void)c;
    if (edge) w[0] = (char)ex_rand(r, 'a', 'z'), ex_set_str(in, w);
    else if (phi_rng_below(r, 2)) ex_set_str(in, ex_palindromes[phi_rng_below(r, EX_COUNT(ex_palindromes))]);
    else ex_set_str(in, ex_word(r));
}
static void gen_with_digits(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    char buf[EX_MAXS];
    int k, n = 0, len = edge ? (int)ex_rand(r, 0, 3) : (int)ex_rand(r, 3, 10);
    (void)c;
    for (k = 0; k < len; k++) {
        const char *w = ex_word(r);
        buf[n++] = edge || phi_rng_below(r, 3) == 0 ? (char)ex_rand(r, '0', '9') : w[phi_rng_below(r, strlen(w))];
    }
    buf[n] = 0;
    ex_set_str(in, buf);
}
static void gen_int(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_set_int(in, EX_INT, edge ? 0 : ex_rand(r, -20, 100));
}
static void gen_int_near_k(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    ex_set_int(in, EX_INT, edge ? c->ki : ex_rand(r, c->ki - 20, c->ki + 20));
}
static void gen_int_digits(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    long n = edge ? 0 : ex_rand(r, 1, 99999); /* 1 to 5 digits */
    (void)c;
    ex_set_int(in, EX_INT, edge ? 0 : n / ex_rand(r, 1, 1000));
}
static void gen_int_upto10(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_set_int(in, EX_INT, edge ? 0 : ex_rand(r, 1, 10));
}
static void gen_int_upto100(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_set_int(in, EX_INT, edge ? 0 : ex_rand(r, 1, 100));
}
static void gen_int_power(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_set_int(in, EX_INT, edge ? 0 : ex_rand(r, -5, 10));
}
static void gen_int_range(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) { /* around [K, J] */
    ex_set_int(in, EX_INT, edge ? c->ki : ex_rand(r, c->ki - 10, c->ji + 10));
}
static void gen_int_fizz(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    ex_set_int(in, EX_INT, edge ? c->ki * c->ji : ex_rand(r, 1, 60));
}
static void gen_two_ints(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_set_int(&in[0], EX_INT, edge ? 0 : ex_rand(r, -20, 50));
    ex_set_int(&in[1], EX_INT, ex_rand(r, -20, 50));
}
static void gen_two_pos(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) { /* often with a common factor */
    long f = edge ? 1 : ex_rand(r, 1, 12);
    (void)c;
    ex_set_int(&in[0], EX_INT, f * ex_rand(r, 1, 12));
    ex_set_int(&in[1], EX_INT, edge ? in[0].i : f * ex_rand(r, 1, 12));
}
static void gen_dict(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_dict(r, in, edge ? 0 : (int)ex_rand(r, 1, 5), 0, 20, 0);
}
static void gen_dict_unique(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_dict(r, in, edge ? 0 : (int)ex_rand(r, 1, 5), 0, 20, 1);
}
static void gen_dict_unique_nonempty(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) {
    (void)c;
    ex_rand_dict(r, in, edge ? 1 : (int)ex_rand(r, 2, 5), 0, 20, 1);
}
static void gen_two_dicts(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) { /* keys from a few words: overlaps */
    int d;
    (void)c;
    for (d = 0; d < 2; d++) {
        int k, n = edge && d == 0 ? 0 : (int)ex_rand(r, 1, 4);
        in[d].type = EX_DICT, in[d].n = 0;
        for (k = 0; k < n; k++) {
            const char *key = ex_words[phi_rng_below(r, 6)];
            if (ex_dict_find(&in[d], key) < 0) ex_push_str(&in[d], key), in[d].v[in[d].n - 1] = ex_rand(r, 1, 9);
        }
    }
}
static void gen_repeated_words(phi_rng *r, const ex_ctx *c, ex_val *in, int edge) { /* words from a few: repeats */
    char buf[EX_MAXS] = "";
    int k, n = edge ? 0 : (int)ex_rand(r, 1, 7);
    (void)c;
    for (k = 0; k < n; k++) {
        size_t used = strlen(buf);
        snprintf(buf + used, sizeof buf - used, "%s%s", k ? " " : "", ex_words[phi_rng_below(r, 4)]);
    }
    ex_set_str(in, buf);
}

/* ---- the tasks: what each family computes, in C ------------------------------------------- */

typedef void (*ex_run_fn)(const ex_ctx *c, const ex_val *in, ex_val *out);

#define EX_EACH(k, v) for (k = 0; k < (v)->n; k++)

static void run_sum_evens(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    long s = 0;
    (void)c;
    EX_EACH(k, in) if (in->v[k] % 2 == 0) s += in->v[k];
    ex_set_int(out, EX_INT, s);
}
static void run_count_above(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    long n = 0;
    EX_EACH(k, in) n += in->v[k] > c->ki;
    ex_set_int(out, EX_INT, n);
}
static void run_reverse_list(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    (void)c;
    out->type = EX_INTS, out->n = 0;
    EX_EACH(k, in) ex_push_int(out, in->v[in->n - 1 - k]);
}
static void run_max(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    long m = in->v[0];
    (void)c;
    EX_EACH(k, in) if (in->v[k] > m) m = in->v[k];
    ex_set_int(out, EX_INT, m);
}
static void run_min(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    long m = in->v[0];
    (void)c;
    EX_EACH(k, in) if (in->v[k] < m) m = in->v[k];
    ex_set_int(out, EX_INT, m);
}
static void run_running_sum(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    long s = 0;
    (void)c;
    out->type = EX_INTS, out->n = 0;
    EX_EACH(k, in) ex_push_int(out, s += in->v[k]);
}
static void run_multiples(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    out->type = EX_INTS, out->n = 0;
    EX_EACH(k, in) if (in->v[k] % c->ki == 0) ex_push_int(out, in->v[k]);
}
static void run_dedupe(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k, m;
    (void)c;
    out->type = EX_INTS, out->n = 0;
    EX_EACH(k, in) {
        for (m = 0; m < out->n && out->v[m] != in->v[k]; m++) {}
        if (m == out->n) ex_push_int(out, in->v[k]);
    }
}
static void run_diffs(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    (void)c;
    out->type = EX_INTS, out->n = 0;
    for (k = 0; k + 1 < in->n; k++) ex_push_int(out, in->v[k + 1] - in->v[k]);
}
static void run_add_each(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    out->type = EX_INTS, out->n = 0;
    EX_EACH(k, in) ex_push_int(out, in->v[k] + c->ki);
}
static void run_scale(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    out->type = EX_INTS, out->n = 0;
    EX_EACH(k, in) ex_push_int(out, in->v[k] * c->ki);
}
static void run_count_value(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    long n = 0;
    (void)c;
    EX_EACH(k, &in[0]) n += in[0].v[k] == in[1].i;
    ex_set_int(out, EX_INT, n);
}
static void run_index_of(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    (void)c;
    for (k = 0; k < in[0].n && in[0].v[k] != in[1].i; k++) {}
    ex_set_int(out, EX_INT, k < in[0].n ? k : -1);
}
static void run_product(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    long p = 1;
    (void)c;
    EX_EACH(k, in) p *= in->v[k];
    ex_set_int(out, EX_INT, p);
}
static void run_squares(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    (void)c;
    out->type = EX_INTS, out->n = 0;
    EX_EACH(k, in) ex_push_int(out, in->v[k] * in->v[k]);
}
static void run_positives(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    (void)c;
    out->type = EX_INTS, out->n = 0;
    EX_EACH(k, in) if (in->v[k] > 0) ex_push_int(out, in->v[k]);
}
static void run_count_vowels(const ex_ctx *c, const ex_val *in, ex_val *out) {
    const char *p;
    long n = 0;
    (void)c;
    for (p = in->s[0]; *p; p++) n += strchr("aeiou", *p) != NULL;
    ex_set_int(out, EX_INT, n);
}
static void run_reverse_words(const ex_ctx *c, const ex_val *in, ex_val *out) {
    ex_val w, rev;
    int k;
    (void)c;
    ex_split(in->s[0], &w);
    rev.type = EX_STRS, rev.n = 0;
    EX_EACH(k, &w) ex_push_str(&rev, w.s[w.n - 1 - k]);
    ex_join(&rev, " ", out);
}
static void run_capitalize(const ex_ctx *c, const ex_val *in, ex_val *out) {
    ex_val w;
    int k;
    (void)c;
    ex_split(in->s[0], &w);
    EX_EACH(k, &w) w.s[k][0] = (char)toupper((unsigned char)w.s[k][0]);
    ex_join(&w, " ", out);
}
static void run_palindrome(const ex_ctx *c, const ex_val *in, ex_val *out) {
    size_t k, n = strlen(in->s[0]);
    int same = 1;
    (void)c;
    for (k = 0; k < n / 2; k++) same &= in->s[0][k] == in->s[0][n - 1 - k];
    ex_set_int(out, EX_BOOL, same);
}
static void run_replace_char(const ex_ctx *c, const ex_val *in, ex_val *out) {
    char *p;
    ex_set_str(out, in->s[0]);
    for (p = out->s[0]; *p; p++)
        if (*p == c->k[0]) *p = c->j[0];
}
static void run_remove_digits(const ex_ctx *c, const ex_val *in, ex_val *out) {
    const char *p;
    char buf[EX_MAXS];
    int n = 0;
    (void)c;
    for (p = in->s[0]; *p; p++)
        if (!isdigit((unsigned char)*p)) buf[n++] = *p;
    buf[n] = 0;
    ex_set_str(out, buf);
}
static void run_count_words(const ex_ctx *c, const ex_val *in, ex_val *out) {
    ex_val w;
    (void)c;
    ex_split(in->s[0], &w);
    ex_set_int(out, EX_INT, w.n);
}
static void run_repeat(const ex_ctx *c, const ex_val *in, ex_val *out) {
    char buf[EX_MAXS] = "";
    long k;
    for (k = 0; k < c->ki; k++) {
        size_t used = strlen(buf);
        snprintf(buf + used, sizeof buf - used, "%s", in->s[0]);
    }
    ex_set_str(out, buf);
}
static void run_longest_word(const ex_ctx *c, const ex_val *in, ex_val *out) {
    ex_val w;
    int k, best = 0;
    (void)c;
    ex_split(in->s[0], &w);
    EX_EACH(k, &w) if (strlen(w.s[k]) > strlen(w.s[best])) best = k;
    ex_set_str(out, w.s[best]);
}
static void run_count_letter(const ex_ctx *c, const ex_val *in, ex_val *out) {
    const char *p;
    long n = 0;
    for (p = in->s[0]; *p; p++) n += *p == c->k[0];
    ex_set_int(out, EX_INT, n);
}
static void run_shout(const ex_ctx *c, const ex_val *in, ex_val *out) {
    char *p;
    (void)c;
    ex_set_str(out, in->s[0]);
    for (p = out->s[0]; *p; p++) *p = (char)toupper((unsigned char)*p);
    strcat(out->s[0], "!"); /* the generators leave room */
}
static void run_initials(const ex_ctx *c, const ex_val *in, ex_val *out) {
    ex_val w;
    char buf[EX_MAXN + 1];
    int k;
    (void)c;
    ex_split(in->s[0], &w);
    EX_EACH(k, &w) buf[k] = w.s[k][0];
    buf[w.n] = 0;
    ex_set_str(out, buf);
}
static void run_add_k(const ex_ctx *c, const ex_val *in, ex_val *out) { ex_set_int(out, EX_INT, in->i + c->ki); }
static void run_multiply(const ex_ctx *c, const ex_val *in, ex_val *out) {
    (void)c;
    ex_set_int(out, EX_INT, in[0].i * in[1].i);
}
static void run_clamp(const ex_ctx *c, const ex_val *in, ex_val *out) {
    ex_set_int(out, EX_INT, in->i < c->ki ? c->ki : in->i > c->ji ? c->ji : in->i);
}
static void run_is_even(const ex_ctx *c, const ex_val *in, ex_val *out) {
    (void)c;
    ex_set_int(out, EX_BOOL, in->i % 2 == 0);
}
static void run_divisible(const ex_ctx *c, const ex_val *in, ex_val *out) { ex_set_int(out, EX_BOOL, in->i % c->ki == 0); }
static void run_digit_sum(const ex_ctx *c, const ex_val *in, ex_val *out) {
    long n = in->i, s = 0;
    (void)c;
    for (; n > 0; n /= 10) s += n % 10;
    ex_set_int(out, EX_INT, s);
}
static void run_factorial(const ex_ctx *c, const ex_val *in, ex_val *out) {
    long k, f = 1;
    (void)c;
    for (k = 2; k <= in->i; k++) f *= k;
    ex_set_int(out, EX_INT, f);
}
static void run_gcd(const ex_ctx *c, const ex_val *in, ex_val *out) {
    long a = in[0].i, b = in[1].i;
    (void)c;
    while (b) {
        long t = a % b;
        a = b, b = t;
    }
    ex_set_int(out, EX_INT, a);
}
static void run_power(const ex_ctx *c, const ex_val *in, ex_val *out) {
    long k, p = 1;
    for (k = 0; k < c->ki; k++) p *= in->i;
    ex_set_int(out, EX_INT, p);
}
static void run_abs_diff(const ex_ctx *c, const ex_val *in, ex_val *out) {
    (void)c;
    ex_set_int(out, EX_INT, in[0].i > in[1].i ? in[0].i - in[1].i : in[1].i - in[0].i);
}
static void run_sum_to(const ex_ctx *c, const ex_val *in, ex_val *out) {
    (void)c;
    ex_set_int(out, EX_INT, in->i * (in->i + 1) / 2);
}
static void run_count_digits(const ex_ctx *c, const ex_val *in, ex_val *out) {
    char num[24];
    (void)c;
    ex_set_int(out, EX_INT, snprintf(num, sizeof num, "%ld", in->i));
}
static void run_invert(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    (void)c;
    out->type = EX_IDICT, out->n = 0;
    EX_EACH(k, in) ex_push_str(out, in->s[k]), out->v[k] = in->v[k];
}
static void run_word_freq(const ex_ctx *c, const ex_val *in, ex_val *out) {
    ex_val w;
    int k;
    (void)c;
    ex_split(in->s[0], &w);
    out->type = EX_DICT, out->n = 0;
    EX_EACH(k, &w) {
        int at = ex_dict_find(out, w.s[k]);
        if (at >= 0) out->v[at]++;
        else ex_push_str(out, w.s[k]), out->v[out->n - 1] = 1;
    }
}
static void run_merge_add(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    (void)c;
    *out = in[0];
    EX_EACH(k, &in[1]) {
        int at = ex_dict_find(out, in[1].s[k]);
        if (at >= 0) out->v[at] += in[1].v[k];
        else ex_push_str(out, in[1].s[k]), out->v[out->n - 1] = in[1].v[k];
    }
}
static void run_keys_above(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    out->type = EX_STRS, out->n = 0;
    EX_EACH(k, in) if (in->v[k] > c->ki) ex_push_str(out, in->s[k]);
}
static void run_sum_values(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k;
    long s = 0;
    (void)c;
    EX_EACH(k, in) s += in->v[k];
    ex_set_int(out, EX_INT, s);
}
static void run_key_of_max(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int k, best = 0;
    (void)c;
    EX_EACH(k, in) if (in->v[k] > in->v[best]) best = k;
    ex_set_str(out, in->s[best]);
}
static void run_sign(const ex_ctx *c, const ex_val *in, ex_val *out) {
    (void)c;
    ex_set_str(out, in->i > 0 ? "positive" : in->i < 0 ? "negative" : "zero");
}
static void run_size_label(const ex_ctx *c, const ex_val *in, ex_val *out) { ex_set_str(out, in->i > c->ki ? "big" : "small"); }
static void run_countdown(const ex_ctx *c, const ex_val *in, ex_val *out) {
    long k;
    (void)c;
    out->type = EX_INTS, out->n = 0;
    for (k = in->i; k > 0; k--) ex_push_int(out, k);
}
static void run_first_multiples(const ex_ctx *c, const ex_val *in, ex_val *out) {
    long k;
    out->type = EX_INTS, out->n = 0;
    for (k = 1; k <= in->i; k++) ex_push_int(out, c->ki * k);
}
static void run_fizzbuzz(const ex_ctx *c, const ex_val *in, ex_val *out) {
    int by_k = in->i % c->ki == 0, by_j = in->i % c->ji == 0;
    char num[24];
    snprintf(num, sizeof num, "%ld", in->i);
    ex_set_str(out, by_k && by_j ? "fizzbuzz" : by_k ? "fizz" : by_j ? "buzz" : num);
}

/* ---- the families ----------------------------------------------------------------------------
   Templates: $N the function name, $A and $B its arguments, $K and $J the constants. An
   argument variant is "a" or "a b"; a constant set is "", "k" or "k j". Solutions stay short
   and formulaic (one or two ways per family), so that a small model can learn them. */

#define EX_MAXV 12
typedef struct ex_family {
    const char *id;
    const char *sig; /* "def $N($A: List[int]) -> int:" */
    const char *names[EX_MAXV];
    const char *args[EX_MAXV];
    const char *consts[EX_MAXV]; /* none: one empty set */
    const char *docs[4];         /* what the docstring says, before the examples */
    const char *bodies[3];
    const char *prose[3]; /* the textbook's explanation */
    ex_gen_fn gen;
    ex_run_fn run;
} ex_family;

#define EX_LISTS {"nums", "numbers", "values", "data", "items", "arr"}
#define EX_LIST_AND_ITEM {"nums target", "values item", "numbers needle", "data value", "items wanted"}
#define EX_STRING {"s", "text", "sentence", "phrase", "line"}
#define EX_NUMBER {"n", "num", "x", "value", "number"}
#define EX_PAIR {"a b", "x y", "m n", "first second", "left right"}
#define EX_DICTS {"d", "counts", "scores", "table", "stock"}

static const ex_family ex_families[] = {
    /* -- lists of integers */
    {"sum_evens", "def $N($A: List[int]) -> int:",
     {"sum_evens", "sum_of_evens", "total_even_numbers", "add_up_evens", "even_total", "sum_even_values"},
     EX_LISTS, {""},
     {"Return the sum of the even numbers in $A.", "Add up the even values in the list $A and return the total.",
      "Given a list of integers $A, return the total of its even elements."},
     {"    return sum(x for x in $A if x % 2 == 0)\n",
      "    total = 0\n    for x in $A:\n        if x % 2 == 0:\n            total += x\n    return total\n"},
     {"The function $N adds up the even numbers of a list. A number is even when dividing it by 2 leaves no "
      "remainder, so we keep only the values with x % 2 == 0 and sum them.",
      "To total the even values of $A, look at each value in turn and add it only when value % 2 is 0. An empty "
      "list gives 0."},
     gen_ints, run_sum_evens},
    {"count_above", "def $N($A: List[int]) -> int:",
     {"count_above", "count_greater_than", "num_above", "count_bigger", "how_many_above", "count_large"},
     EX_LISTS, {"0", "1", "2", "3", "4", "5", "6", "7", "8", "10"},
     {"Return how many numbers in $A are greater than $K.", "Count the values of $A that are strictly larger than $K.",
      "Return the number of elements in $A that exceed $K."},
     {"    return sum(1 for x in $A if x > $K)\n",
      "    count = 0\n    for x in $A:\n        if x > $K:\n            count += 1\n    return count\n"},
     {"The function $N counts how many values of a list are greater than $K. Each value that passes the test "
      "x > $K adds one to the count.",
      "Counting with a condition is a common pattern: start from zero and add one for every element of $A that is "
      "larger than $K."},
     gen_ints, run_count_above},
    {"reverse_list", "def $N($A: List[int]) -> List[int]:",
     {"reverse_list", "reversed_list", "reverse_items", "backwards", "flip_list", "reverse_order"},
     EX_LISTS, {""},
     {"Return the elements of $A in reverse order.", "Return a new list with the items of $A reversed.",
      "Reverse the list $A and return the result."},
     {"    return $A[::-1]\n", "    return list(reversed($A))\n"},
     {"The function $N returns the items of a list from last to first. The slice [::-1] walks the list with a step "
      "of -1, which builds the reversed copy.",
      "Reversing $A does not change the original list: reversed($A) walks it from the end, and list collects the "
      "items into a new list."},
     gen_ints, run_reverse_list},
    {"max_of_list", "def $N($A: List[int]) -> int:",
     {"max_value", "largest", "find_max", "biggest_number", "maximum_of", "max_element"},
     EX_LISTS, {""},
     {"Return the largest number in the non-empty list $A.", "Find the maximum of the values in $A ($A is not empty).",
      "Given a non-empty list of integers $A, return its biggest element."},
     {"    return max($A)\n",
      "    best = $A[0]\n    for x in $A:\n        if x > best:\n            best = x\n    return best\n"},
     {"The built-in max returns the largest item of a non-empty list such as $A.",
      "The function $N finds the largest value of a list. We remember the best value seen so far and replace it "
      "whenever a bigger one comes along."},
     gen_ints_nonempty, run_max},
    {"min_of_list", "def $N($A: List[int]) -> int:",
     {"min_value", "smallest", "find_min", "smallest_number", "minimum_of", "min_element"},
     EX_LISTS, {""},
     {"Return the smallest number in the non-empty list $A.", "Find the minimum of the values in $A ($A is not empty).",
      "Given a non-empty list of integers $A, return its lowest element."},
     {"    return min($A)\n",
      "    best = $A[0]\n    for x in $A:\n        if x < best:\n            best = x\n    return best\n"},
     {"The built-in min returns the smallest item of a non-empty list such as $A.",
      "The function $N finds the smallest value of a list. We keep the lowest value seen so far and replace it "
      "whenever a smaller one appears."},
     gen_ints_nonempty, run_min},
    {"running_sum", "def $N($A: List[int]) -> List[int]:",
     {"running_sum", "cumulative_sum", "prefix_sums", "running_totals", "accumulate", "partial_sums"},
     EX_LISTS, {""},
     {"Return the running sums of $A: element i is the sum of the first i + 1 values.",
      "Return a list whose i-th item is the total of $A[0] through $A[i].",
      "Compute the cumulative sums of the list $A."},
     {"    total = 0\n    result = []\n    for x in $A:\n        total += x\n        result.append(total)\n"
      "    return result\n"},
     {"The function $N builds the running totals of a list. We carry a total through the loop and append it "
      "after adding each value.",
      "A running sum keeps one number, the total so far, and records it at every step of the loop over $A."},
     gen_ints, run_running_sum},
    {"filter_multiples", "def $N($A: List[int]) -> List[int]:",
     {"keep_multiples", "multiples_only", "filter_multiples", "select_multiples", "only_divisible", "divisible_items"},
     EX_LISTS, {"2", "3", "4", "5", "6", "7", "8", "9", "10"},
     {"Return the numbers in $A that are multiples of $K, in their original order.",
      "Keep only the values of $A that are divisible by $K.",
      "Return a list of the elements of $A that leave no remainder when divided by $K."},
     {"    return [x for x in $A if x % $K == 0]\n",
      "    result = []\n    for x in $A:\n        if x % $K == 0:\n            result.append(x)\n    return result\n"},
     {"The function $N keeps the multiples of $K from a list. A value is a multiple of $K when x % $K == 0, and "
      "a list comprehension with that condition keeps exactly those values.",
      "Filtering a list means building a new one from the elements that pass a test; here the test is "
      "divisibility by $K."},
     gen_ints_pos, run_multiples},
    {"remove_duplicates", "def $N($A: List[int]) -> List[int]:",
     {"remove_duplicates", "unique_in_order", "dedupe", "drop_repeats", "distinct_values", "without_duplicates"},
     EX_LISTS, {""},
     {"Return the values of $A without duplicates, keeping the first occurrence of each in order.",
      "Remove repeated numbers from $A; the result keeps the order in which values first appear.",
      "Return a list of the distinct elements of $A, in order of first appearance."},
     {"    seen = set()\n    result = []\n    for x in $A:\n        if x not in seen:\n            seen.add(x)\n"
      "            result.append(x)\n    return result\n"},
     {"The function $N removes duplicates while keeping order. A set remembers the values already seen, so each "
      "value is appended only the first time.",
      "To drop repeats from $A without sorting it, walk the list once and keep a value only when it is not yet in "
      "the set of seen values."},
     gen_ints_repeats, run_dedupe},
    {"pairwise_differences", "def $N($A: List[int]) -> List[int]:",
     {"pairwise_differences", "differences", "gaps", "consecutive_diffs", "step_sizes", "deltas"},
     EX_LISTS, {""},
     {"Return the differences between neighbouring elements of $A: each later value minus the one before it.",
      "Return a list of $A[i + 1] - $A[i] for every pair of consecutive items.",
      "Compute how much each value of $A changes from the previous one."},
     {"    return [$A[i + 1] - $A[i] for i in range(len($A) - 1)]\n"},
     {"The function $N lists the steps between consecutive values. A list of n values has n - 1 neighbouring "
      "pairs, so the index runs over range(len($A) - 1).",
      "Differences of neighbours show how a sequence changes: each item is the next value minus the current one."},
     gen_ints, run_diffs},
    {"add_to_each", "def $N($A: List[int]) -> List[int]:",
     {"add_to_each", "shift_values", "increase_all", "add_offset", "offset_list", "bump_values"},
     EX_LISTS, {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"},
     {"Return a new list with $K added to every element of $A.", "Add $K to each value of $A and return the results.",
      "Return the numbers of $A, each increased by $K."},
     {"    return [x + $K for x in $A]\n"},
     {"The function $N shifts every value of a list by $K. A list comprehension applies x + $K to each element "
      "and collects the results in order.",
      "Mapping a list means applying the same operation to every item; here each value of $A grows by $K."},
     gen_ints, run_add_each},
    {"scale_list", "def $N($A: List[int]) -> List[int]:",
     {"scale_list", "multiply_each", "times_each", "scale_values", "multiply_all", "stretch_list"},
     EX_LISTS, {"2", "3", "4", "5", "6", "7", "8", "9", "10"},
     {"Return a new list with every element of $A multiplied by $K.", "Multiply each value of $A by $K.",
      "Return the numbers of $A, each $K times as large."},
     {"    return [x * $K for x in $A]\n"},
     {"The function $N multiplies every value of a list by $K. A list comprehension computes x * $K for each "
      "element and keeps the order.",
      "Scaling a list by $K means multiplying each of its items by $K."},
     gen_ints, run_scale},
    {"count_value", "def $N($A: List[int], $B: int) -> int:",
     {"count_occurrences", "count_value", "occurrences", "how_many_times", "frequency_of", "tally_value"},
     EX_LIST_AND_ITEM, {""},
     {"Return how many times $B appears in $A.", "Count the elements of $A that are equal to $B.",
      "Return the number of occurrences of $B in the list $A."},
     {"    return $A.count($B)\n",
      "    count = 0\n    for x in $A:\n        if x == $B:\n            count += 1\n    return count\n"},
     {"The function $N counts how often one value occurs in a list. Lists have a count method that does exactly "
      "this.",
      "To count the occurrences of $B in $A, compare every element with $B and add one for each match."},
     gen_ints_target, run_count_value},
    {"index_of", "def $N($A: List[int], $B: int) -> int:",
     {"find_index", "index_of", "position_of", "locate", "first_position", "search"},
     EX_LIST_AND_ITEM, {""},
     {"Return the index of the first occurrence of $B in $A, or -1 if it is not there.",
      "Find where $B first appears in $A and return its position; return -1 when $B is missing.",
      "Return the smallest i with $A[i] == $B, or -1 if there is none."},
     {"    for i in range(len($A)):\n        if $A[i] == $B:\n            return i\n    return -1\n"},
     {"The function $N searches a list from the front. It returns the index as soon as it finds the value, and -1 "
      "after the loop when the value never appeared.",
      "A linear search looks at $A[0], $A[1] and so on until it meets $B; if the loop ends, $B is not in the list."},
     gen_ints_target, run_index_of},
    {"product", "def $N($A: List[int]) -> int:",
     {"product", "list_product", "product_of_values", "multiply_together", "prod_all", "total_product"},
     EX_LISTS, {""},
     {"Return the product of all numbers in $A (1 for an empty list).", "Multiply the values of $A together and return "
      "the result; an empty list gives 1.",
      "Return $A[0] * $A[1] * ... for the list $A, or 1 if it is empty."},
     {"    result = 1\n    for x in $A:\n        result *= x\n    return result\n"},
     {"The function $N multiplies all values of a list. The result starts at 1, the neutral element of "
      "multiplication, so an empty list gives 1.",
      "To multiply the items of $A, keep a running product that starts at 1 and multiply it by each value."},
     gen_ints_small, run_product},
    {"squares", "def $N($A: List[int]) -> List[int]:",
     {"square_each", "squares", "squared", "square_values", "square_list", "map_square"},
     EX_LISTS, {""},
     {"Return a list of the squares of the numbers in $A.", "Square every value of $A and return the new list.",
      "Return each element of $A multiplied by itself."},
     {"    return [x * x for x in $A]\n", "    return [x ** 2 for x in $A]\n"},
     {"The function $N squares every value of a list. Squaring a number multiplies it by itself, so negative "
      "values become positive.",
      "A list comprehension squares each item of $A with x ** 2 and keeps the order."},
     gen_ints, run_squares},
    {"positives", "def $N($A: List[int]) -> List[int]:",
     {"positives", "only_positive", "keep_positive", "positive_values", "filter_positive", "drop_non_positive"},
     EX_LISTS, {""},
     {"Return the numbers of $A that are greater than zero, in their original order.",
      "Keep only the positive values of $A.", "Return a list of the elements of $A that are above 0."},
     {"    return [x for x in $A if x > 0]\n"},
     {"The function $N keeps the positive values of a list. Zero is not positive, so the test is x > 0.",
      "Filtering $A with the condition x > 0 drops zeros and negative numbers."},
     gen_ints_small, run_positives},
    /* -- strings */
    {"count_vowels", "def $N($A: str) -> int:",
     {"count_vowels", "vowel_count", "num_vowels", "vowels_in", "how_many_vowels", "count_aeiou"},
     EX_STRING, {""},
     {"Return the number of vowels (a, e, i, o, u) in the lowercase string $A.",
      "Count how many characters of $A are vowels; $A is lowercase.",
      "Return how many of the letters in $A are one of a, e, i, o, u."},
     {"    return sum(1 for c in $A if c in \"aeiou\")\n",
      "    count = 0\n    for c in $A:\n        if c in \"aeiou\":\n            count += 1\n    return count\n"},
     {"The function $N counts the vowels of a string. Each character is tested for membership in the string "
      "\"aeiou\".",
      "To count vowels in $A, loop over its characters and add one whenever the character is a, e, i, o or u."},
     gen_sentence, run_count_vowels},
    {"reverse_words", "def $N($A: str) -> str:",
     {"reverse_words", "words_backwards", "flip_words", "reverse_word_order", "backwards_sentence", "invert_words"},
     EX_STRING, {""},
     {"Return the words of $A in reverse order, separated by single spaces.",
      "Reverse the order of the words in the sentence $A.",
      "Given a string $A of words separated by spaces, return it with the last word first."},
     {"    return \" \".join($A.split()[::-1])\n", "    words = $A.split()\n    words.reverse()\n"
                                                   "    return \" \".join(words)\n"},
     {"The function $N reverses the order of words. split() breaks the string into a list of words, [::-1] "
      "reverses that list and \" \".join puts the words back together.",
      "Working on words instead of characters: split $A, reverse the list, join it with spaces."},
     gen_sentence, run_reverse_words},
    {"capitalize_words", "def $N($A: str) -> str:",
     {"capitalize_words", "title_words", "capitalize_each", "upper_first_letters", "make_title", "capitalize_all"},
     EX_STRING, {""},
     {"Return $A with the first letter of every word in upper case.",
      "Capitalize each word of the lowercase sentence $A.",
      "Return a copy of $A where every word starts with a capital letter."},
     {"    return \" \".join(w.capitalize() for w in $A.split())\n"},
     {"The function $N capitalizes every word. str.capitalize turns the first character of a word into upper "
      "case, and join puts the words back with spaces.",
      "To capitalize the words of $A, split it, capitalize each word and join them again."},
     gen_sentence, run_capitalize},
    {"is_palindrome", "def $N($A: str) -> bool:",
     {"is_palindrome", "palindrome", "reads_same_backwards", "is_mirror", "check_palindrome", "same_both_ways"},
     {"s", "text", "word", "token", "string"}, {""},
     {"Return True if $A reads the same forwards and backwards, else False.",
      "Check whether the string $A is a palindrome.", "Return whether $A is equal to its own reverse."},
     {"    return $A == $A[::-1]\n"},
     {"The function $N tests for a palindrome: a word that reads the same in both directions. Comparing the "
      "string with its reverse, $A[::-1], answers the question in one line.",
      "A palindrome such as level or noon is equal to its own reverse."},
     gen_palindrome, run_palindrome},
    {"replace_char", "def $N($A: str) -> str:",
     {"replace_char", "swap_letter", "substitute", "replace_letter", "change_char", "convert_letter"},
     EX_STRING, {"a o", "e i", "o u", "i a", "s z", "t d", "n m", "r l"},
     {"Return a copy of $A with every '$K' replaced by '$J'.", "Replace each letter $K in $A with the letter $J.",
      "Return $A where all occurrences of \"$K\" have become \"$J\"."},
     {"    return $A.replace(\"$K\", \"$J\")\n"},
     {"The function $N replaces one letter by another everywhere in a string. Strings cannot be changed in "
      "place, so replace returns a new string.",
      "str.replace(\"$K\", \"$J\") swaps every $K of $A for a $J."},
     gen_sentence, run_replace_char},
    {"remove_digits", "def $N($A: str) -> str:",
     {"remove_digits", "strip_digits", "drop_numbers", "without_digits", "delete_digits", "no_digits"},
     {"s", "text", "code", "word", "string"}, {""},
     {"Return $A with all digit characters removed.", "Delete every digit from the string $A and return the rest.",
      "Return the characters of $A that are not digits, in order."},
     {"    return \"\".join(c for c in $A if not c.isdigit())\n"},
     {"The function $N removes the digits of a string. It keeps each character for which isdigit() is false and "
      "joins what is left.",
      "Filtering the characters of $A with not c.isdigit() leaves only letters."},
     gen_with_digits, run_remove_digits},
    {"count_words", "def $N($A: str) -> int:",
     {"count_words", "word_count", "num_words", "how_many_words", "words_in", "total_words"},
     EX_STRING, {""},
     {"Return the number of words in $A; words are separated by spaces.", "Count the words of the sentence $A.",
      "Return how many space-separated words the string $A contains."},
     {"    return len($A.split())\n"},
     {"The function $N counts words. split() cuts a string at white space into a list of words, and len gives "
      "their number; an empty string has none.",
      "Counting the words of $A is the length of $A.split()."},
     gen_sentence, run_count_words},
    {"repeat_string", "def $N($A: str) -> str:",
     {"repeat_text", "echo_times", "duplicate_string", "repeat_word", "copies", "repeat_string"},
     {"s", "text", "word", "token", "piece"}, {"2", "3", "4", "5", "6"},
     {"Return $A repeated $K times.", "Return $K copies of the string $A joined together.",
      "Return the string $A written $K times in a row."},
     {"    return $A * $K\n"},
     {"The function $N repeats a string $K times. Multiplying a string by a number concatenates that many copies.",
      "In Python, $A * $K is $A written $K times in a row."},
     gen_short_word, run_repeat},
    {"longest_word", "def $N($A: str) -> str:",
     {"longest_word", "find_longest", "biggest_word", "longest_token", "max_word", "widest_word"},
     EX_STRING, {""},
     {"Return the longest word in $A; if several are equally long, return the first one.",
      "Find the word of $A with the most letters (the first such word on a tie).",
      "Return the first word of maximal length in the non-empty sentence $A."},
     {"    return max($A.split(), key=len)\n",
      "    best = \"\"\n    for w in $A.split():\n        if len(w) > len(best):\n            best = w\n"
      "    return best\n"},
     {"The function $N finds the longest word. max with key=len compares words by length and returns the first of "
      "the longest ones.",
      "To find the longest word of $A, remember the best word so far and replace it only with a strictly longer "
      "one."},
     gen_sentence_nonempty, run_longest_word},
    {"count_letter", "def $N($A: str) -> int:",
     {"count_letter", "letter_count", "occurrences_of_letter", "count_char", "char_frequency", "tally_letter"},
     EX_STRING, {"a", "e", "i", "o", "s", "t", "n", "r"},
     {"Return how many times the letter '$K' occurs in $A.", "Count the occurrences of \"$K\" in the string $A.",
      "Return the number of characters of $A that are equal to '$K'."},
     {"    return $A.count(\"$K\")\n",
      "    count = 0\n    for c in $A:\n        if c == \"$K\":\n            count += 1\n    return count\n"},
     {"The function $N counts one letter in a string. The count method of strings returns the number of "
      "occurrences of \"$K\".",
      "Counting the letter $K in $A: every character equal to \"$K\" adds one."},
     gen_sentence, run_count_letter},
    {"shout", "def $N($A: str) -> str:",
     {"shout", "yell", "loud", "exclaim", "make_loud", "emphasize"},
     EX_STRING, {""},
     {"Return $A in upper case followed by an exclamation mark.",
      "Convert $A to capital letters and add \"!\" at the end.", "Return the upper-case version of $A with a '!' appended."},
     {"    return $A.upper() + \"!\"\n"},
     {"The function $N makes a string loud: upper() turns every letter into a capital and + \"!\" appends an "
      "exclamation mark.",
      "Strings can be combined with +, so $A.upper() + \"!\" is the shouted version of $A."},
     gen_sentence, run_shout},
    {"initials", "def $N($A: str) -> str:",
     {"acronym", "initials", "first_letters", "abbreviate", "word_initials", "make_acronym"},
     EX_STRING, {""},
     {"Return the first letters of the words in $A joined together.",
      "Build a string from the first character of every word of $A.", "Return the initials of the words of $A."},
     {"    return \"\".join(w[0] for w in $A.split())\n"},
     {"The function $N takes the first letter of each word. w[0] is the first character of a word, and \"\".join "
      "glues the letters together.",
      "An acronym of $A is made of the first character of every word."},
     gen_sentence, run_initials},
    /* -- numbers */
    {"add_k", "def $N($A: int) -> int:",
     {"add_amount", "plus_constant", "increase", "add_fixed", "raise_by", "shift_up"},
     EX_NUMBER, {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12"},
     {"Return $A plus $K.", "Add $K to the number $A and return the result.", "Return the value of $A increased by $K."},
     {"    return $A + $K\n"},
     {"The function $N adds a fixed amount, $K, to its argument.",
      "Adding a constant: the result is always $K more than $A."},
     gen_int, run_add_k},
    {"multiply", "def $N($A: int, $B: int) -> int:",
     {"multiply", "times", "product_of_two", "mul", "multiply_numbers", "scale_by"},
     EX_PAIR, {""},
     {"Return the product of $A and $B.", "Multiply $A by $B and return the result.", "Return $A times $B."},
     {"    return $A * $B\n"},
     {"The function $N multiplies two numbers with the * operator.", "The product of $A and $B is $A * $B."},
     gen_two_ints, run_multiply},
    {"clamp", "def $N($A: int) -> int:",
     {"clamp", "limit", "bound", "clip", "keep_in_range", "restrict"},
     EX_NUMBER, {"0 10", "1 9", "-5 5", "0 100", "10 20", "-3 3", "2 8", "0 50"},
     {"Return $A limited to the range from $K to $J: values below $K become $K and values above $J become $J.",
      "Clamp $A into the interval [$K, $J].", "Return $A if it lies between $K and $J, otherwise the nearer end of that "
                                              "range."},
     {"    return max($K, min($J, $A))\n",
      "    if $A < $K:\n        return $K\n    if $A > $J:\n        return $J\n    return $A\n"},
     {"The function $N keeps a number inside the range from $K to $J. min($J, $A) cuts off values above $J and max "
      "with $K lifts values below $K.",
      "Clamping replaces a value that is too small with the lower bound, $K, and one that is too large with the "
      "upper bound, $J."},
     gen_int_range, run_clamp},
    {"is_even", "def $N($A: int) -> bool:",
     {"is_even", "even", "check_even", "divisible_by_two", "even_number", "test_even"},
     EX_NUMBER, {""},
     {"Return True if $A is even, otherwise False.", "Check whether the integer $A is divisible by 2.",
      "Return whether $A is an even number."},
     {"    return $A % 2 == 0\n"},
     {"The function $N tests whether a number is even: the remainder of division by 2 is zero.",
      "The % operator gives the remainder, so $A % 2 == 0 is True exactly for even numbers."},
     gen_int, run_is_even},
    {"divisible_by", "def $N($A: int) -> bool:",
     {"is_multiple", "divisible", "divides_evenly", "is_multiple_of", "check_divisible", "multiple_check"},
     EX_NUMBER, {"3", "4", "5", "6", "7", "8", "9", "11"},
     {"Return True if $A is divisible by $K, otherwise False.", "Check whether $A is a multiple of $K.",
      "Return whether $K divides $A without remainder."},
     {"    return $A % $K == 0\n"},
     {"The function $N tests divisibility by $K: a number is a multiple of $K when the remainder $A % $K is zero.",
      "Divisibility is a question about the remainder: $A % $K == 0."},
     gen_int, run_divisible},
    {"digit_sum", "def $N($A: int) -> int:",
     {"digit_sum", "sum_digits", "add_digits", "sum_of_digits", "digits_total", "cross_sum"},
     EX_NUMBER, {""},
     {"Return the sum of the decimal digits of the non-negative integer $A.", "Add up the digits of $A ($A >= 0).",
      "Return the total of all digits in the number $A, which is not negative."},
     {"    return sum(int(d) for d in str($A))\n",
      "    total = 0\n    while $A > 0:\n        total += $A % 10\n        $A //= 10\n    return total\n"},
     {"The function $N adds up the digits of a number. Turning the number into a string gives its digits one by "
      "one, and int turns each back into a number.",
      "The last digit of $A is $A % 10, and $A // 10 drops it; repeating this visits every digit."},
     gen_int_digits, run_digit_sum},
    {"factorial", "def $N($A: int) -> int:",
     {"factorial", "fact", "compute_factorial", "factorial_of", "product_up_to", "n_factorial"},
     EX_NUMBER, {""},
     {"Return the factorial of $A, the product 1 * 2 * ... * $A (1 when $A is 0).",
      "Compute $A! for a non-negative integer $A.", "Return the product of all integers from 1 to $A."},
     {"    result = 1\n    for i in range(2, $A + 1):\n        result *= i\n    return result\n"},
     {"The function $N computes a factorial with a loop. The product starts at 1 and is multiplied by every integer "
      "from 2 up to $A.",
      "The factorial of $A multiplies all whole numbers from 1 to $A; the factorial of 0 is 1."},
     gen_int_upto10, run_factorial},
    {"gcd", "def $N($A: int, $B: int) -> int:",
     {"gcd", "greatest_common_divisor", "common_divisor", "highest_common_factor", "hcf", "largest_shared_factor"},
     EX_PAIR, {""},
     {"Return the greatest common divisor of the positive integers $A and $B.",
      "Find the largest number that divides both $A and $B.", "Return the highest common factor of $A and $B."},
     {"    while $B:\n        $A, $B = $B, $A % $B\n    return $A\n"},
     {"The function $N uses Euclid's algorithm: replace the pair ($A, $B) by ($B, $A % $B) until the second number "
      "is zero; the first is then the greatest common divisor.",
      "Euclid noticed that the common divisors of $A and $B are those of $B and $A % $B, which are smaller."},
     gen_two_pos, run_gcd},
    {"power", "def $N($A: int) -> int:",
     {"raise_to", "to_the_power", "exponentiate", "power", "nth_power", "pow_fixed"},
     EX_NUMBER, {"2", "3", "4", "5"},
     {"Return $A raised to the power $K.", "Compute $A to the power of $K.", "Return $A multiplied by itself $K times."},
     {"    return $A ** $K\n"},
     {"The function $N raises a number to the power $K with the ** operator.",
      "In Python, $A ** $K is $A to the power $K."},
     gen_int_power, run_power},
    {"abs_difference", "def $N($A: int, $B: int) -> int:",
     {"abs_difference", "distance", "absolute_gap", "how_far", "diff_abs", "separation"},
     EX_PAIR, {""},
     {"Return the absolute difference between $A and $B.", "Return how far apart the numbers $A and $B are.",
      "Return the distance between $A and $B on the number line."},
     {"    return abs($A - $B)\n"},
     {"The function $N measures the distance between two numbers: abs removes the sign of $A - $B, so the order "
      "of the arguments does not matter.",
      "The gap between $A and $B is abs($A - $B)."},
     gen_two_ints, run_abs_diff},
    {"sum_to_n", "def $N($A: int) -> int:",
     {"sum_to", "triangle_number", "sum_up_to", "sum_first_n", "total_to_n", "gauss_sum"},
     EX_NUMBER, {""},
     {"Return the sum of the integers from 1 to $A (0 when $A is 0).", "Add up 1 + 2 + ... + $A.",
      "Return the total of all whole numbers from 1 through $A."},
     {"    return sum(range(1, $A + 1))\n", "    return $A * ($A + 1) // 2\n"},
     {"The function $N adds the numbers from 1 to $A. range(1, $A + 1) stops before its end, so it includes $A.",
      "The young Gauss found that 1 + 2 + ... + $A equals $A * ($A + 1) // 2."},
     gen_int_upto100, run_sum_to},
    {"count_digits", "def $N($A: int) -> int:",
     {"count_digits", "num_digits", "digit_count", "length_of_number", "how_many_digits", "digits_in"},
     EX_NUMBER, {""},
     {"Return the number of decimal digits of the non-negative integer $A.", "Count the digits of $A ($A >= 0).",
      "Return how many digits are needed to write $A."},
     {"    return len(str($A))\n"},
     {"The function $N counts digits by writing the number as a string and taking its length.",
      "str($A) spells $A in decimal, so len(str($A)) is its number of digits."},
     gen_int_digits, run_count_digits},
    /* -- dictionaries */
    {"invert_dict", "def $N($A: Dict[str, int]) -> Dict[int, str]:",
     {"invert", "invert_dict", "swap_keys_values", "reverse_mapping", "flip_dict", "inverse"},
     EX_DICTS, {""},
     {"Return a dictionary that maps each value of $A to its key; the values of $A are distinct.",
      "Swap the keys and values of the dictionary $A.", "Invert $A so that its values become keys."},
     {"    return {value: key for key, value in $A.items()}\n",
      "    result = {}\n    for key, value in $A.items():\n        result[value] = key\n    return result\n"},
     {"The function $N turns a dictionary around. items() yields (key, value) pairs, and a dictionary "
      "comprehension stores each pair the other way round.",
      "Inverting $A only works when its values are distinct, otherwise later keys overwrite earlier ones."},
     gen_dict_unique, run_invert},
    {"word_frequencies", "def $N($A: str) -> Dict[str, int]:",
     {"word_frequencies", "word_tally", "frequency_table", "count_each_word", "word_histogram", "occurrences_per_word"},
     EX_STRING, {""},
     {"Return a dictionary mapping each word of $A to the number of times it occurs.",
      "Count how often every word appears in the sentence $A.",
      "Build a dictionary from the words of $A to their counts, in order of first appearance."},
     {"    counts = {}\n    for w in $A.split():\n        counts[w] = counts.get(w, 0) + 1\n    return counts\n"},
     {"The function $N counts words with a dictionary. get(w, 0) returns the count so far, or 0 for a new word, "
      "and the loop stores it plus one.",
      "A frequency table maps each word of $A to how often it occurs."},
     gen_repeated_words, run_word_freq},
    {"merge_add", "def $N($A: Dict[str, int], $B: Dict[str, int]) -> Dict[str, int]:",
     {"merge_counts", "add_dicts", "combine_totals", "merge_sum", "sum_dicts", "join_counts"},
     {"a b", "first second", "left right", "x y", "old new"}, {""},
     {"Merge the dictionaries $A and $B; when a key is in both, add the two values.",
      "Return a new dictionary with every key of $A and $B, where shared keys get the sum of their values.",
      "Combine $A and $B into one dictionary, adding up the values of common keys."},
     {"    result = dict($A)\n    for key, value in $B.items():\n        result[key] = result.get(key, 0) + value\n"
      "    return result\n"},
     {"The function $N merges two dictionaries of counts. It copies the first, then adds each value of the second, "
      "using get(key, 0) for keys the first did not have.",
      "Merging with addition: dict($A) makes a copy, so $A itself is not changed."},
     gen_two_dicts, run_merge_add},
    {"keys_above", "def $N($A: Dict[str, int]) -> List[str]:",
     {"keys_above", "keys_over", "high_keys", "keys_with_large_values", "select_keys", "big_entries"},
     EX_DICTS, {"0", "3", "5", "8", "10", "12", "15"},
     {"Return the keys of $A whose values are greater than $K, in the dictionary's order.",
      "List the keys of $A with a value above $K.", "Return a list of the keys of $A that map to a number bigger than $K."},
     {"    return [key for key, value in $A.items() if value > $K]\n"},
     {"The function $N selects keys by their values. Looping over items() gives each key together with its value, "
      "and the condition value > $K keeps the large ones.",
      "Dictionaries keep insertion order, so the keys of $A come out in the order they were added."},
     gen_dict, run_keys_above},
    {"sum_values", "def $N($A: Dict[str, int]) -> int:",
     {"sum_values", "total_of_values", "values_total", "add_values", "dict_total", "sum_of_counts"},
     EX_DICTS, {""},
     {"Return the sum of all values in the dictionary $A.", "Add up the values of $A.",
      "Return the total of the numbers stored in $A."},
     {"    return sum($A.values())\n"},
     {"The function $N adds up the values of a dictionary. values() gives them without the keys, and sum adds them; "
      "an empty dictionary gives 0.",
      "The total of $A is sum($A.values())."},
     gen_dict, run_sum_values},
    {"key_of_max", "def $N($A: Dict[str, int]) -> str:",
     {"key_of_max", "best_key", "argmax", "top_key", "max_key", "largest_entry"},
     EX_DICTS, {""},
     {"Return the key of $A with the largest value; $A is not empty and its values are distinct.",
      "Find which key of $A maps to the biggest number.", "Return the key whose value in $A is the maximum."},
     {"    return max($A, key=$A.get)\n",
      "    best = None\n    for key, value in $A.items():\n        if best is None or value > $A[best]:\n"
      "            best = key\n    return best\n"},
     {"The function $N finds the key with the largest value. max over a dictionary looks at its keys, and key=$A.get "
      "compares them by their values.",
      "To find the top entry of $A, keep the best key so far and compare values."},
     gen_dict_unique_nonempty, run_key_of_max},
    /* -- conditions and loops */
    {"sign", "def $N($A: int) -> str:",
     {"sign_word", "describe_sign", "classify_sign", "sign_of", "sign_label", "number_sign"},
     EX_NUMBER, {""},
     {"Return 'positive' if $A is above zero, 'negative' if it is below zero and 'zero' otherwise.",
      "Describe the sign of $A with one of the words positive, negative or zero.",
      "Return the string 'positive', 'negative' or 'zero' according to the sign of $A."},
     {"    if $A > 0:\n        return \"positive\"\n    if $A < 0:\n        return \"negative\"\n    return \"zero\"\n"},
     {"The function $N describes the sign of a number with two tests: one for values above zero, one for values "
      "below it, and zero is what remains.",
      "An if statement that returns ends the function, so the later tests only see the remaining cases."},
     gen_int, run_sign},
    {"size_label", "def $N($A: int) -> str:",
     {"size_label", "big_or_small", "classify_size", "size_class", "label_size", "rate_size"},
     EX_NUMBER, {"0", "5", "10", "20", "50", "100"},
     {"Return 'big' if $A is greater than $K, otherwise 'small'.",
      "Label $A as \"big\" when it exceeds $K and as \"small\" otherwise.",
      "Return the word big for numbers above $K and small for the others."},
     {"    return \"big\" if $A > $K else \"small\"\n",
      "    if $A > $K:\n        return \"big\"\n    return \"small\"\n"},
     {"A conditional expression, \"big\" if $A > $K else \"small\", chooses between two values in one line.",
      "The function $N puts a number into one of two classes with a single comparison against $K: the if branch "
      "returns \"big\", and everything else falls through to \"small\"."},
     gen_int_near_k, run_size_label},
    {"countdown", "def $N($A: int) -> List[int]:",
     {"countdown", "count_down", "descending_to_one", "reverse_range", "launch_sequence", "down_from"},
     EX_NUMBER, {""},
     {"Return the numbers from $A down to 1 as a list (empty when $A is 0).",
      "Count down from $A to 1 and return the numbers in a list.", "Return [$A, $A - 1, ..., 1]."},
     {"    return list(range($A, 0, -1))\n",
      "    result = []\n    while $A > 0:\n        result.append($A)\n        $A -= 1\n    return result\n"},
     {"The function $N counts down. range($A, 0, -1) starts at $A, steps by -1 and stops before 0.",
      "A countdown from $A lists every whole number from $A to 1, largest first."},
     gen_int_upto10, run_countdown},
    {"first_multiples", "def $N($A: int) -> List[int]:",
     {"first_multiples", "multiples", "times_table", "multiples_list", "table_row", "list_multiples"},
     EX_NUMBER, {"2", "3", "4", "5", "6", "7", "8", "9", "10"},
     {"Return the first $A positive multiples of $K in increasing order.",
      "Return [$K, 2 * $K, ...] with $A elements.", "List $K times 1, $K times 2 and so on up to $K times $A."},
     {"    return [$K * i for i in range(1, $A + 1)]\n"},
     {"The function $N writes a row of the $K times table: $K * i for i from 1 to $A.",
      "range(1, $A + 1) gives the numbers 1 to $A, and each is multiplied by $K."},
     gen_int_upto10, run_first_multiples},
    {"fizzbuzz", "def $N($A: int) -> str:",
     {"fizzbuzz", "fizz_buzz", "fizzbuzz_word", "fizzbuzz_value", "play_fizzbuzz", "fizzbuzz_label"},
     EX_NUMBER, {"3 5", "2 7", "3 4", "2 5", "4 7", "3 7"},
     {"Return 'fizzbuzz' if $A is divisible by both $K and $J, 'fizz' if only by $K, 'buzz' if only by $J, and "
      "otherwise $A as a string.",
      "Play one turn of fizzbuzz with $K and $J: multiples of both give \"fizzbuzz\", of $K \"fizz\", of $J \"buzz\", "
      "other numbers their digits."},
     {"    if $A % $K == 0 and $A % $J == 0:\n        return \"fizzbuzz\"\n    if $A % $K == 0:\n"
      "        return \"fizz\"\n    if $A % $J == 0:\n        return \"buzz\"\n    return str($A)\n"},
     {"The function $N plays fizzbuzz with $K and $J. The test for both divisors must come first, or a multiple of "
      "both would stop at \"fizz\".",
      "In fizzbuzz the order of the tests matters: check divisibility by $K and $J together before each alone."},
     gen_int_fizz, run_fizzbuzz},
};
#define EX_FAMILIES EX_COUNT(ex_families)

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
    for (f = 0; f < EX_FAMILIES; f++) {
        const ex_family *F = &ex_families[f];
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
                for (m = 0; m < (g == f ? i : ex_count(ex_families[g].names, EX_MAXV)); m++)
                    if (!strcmp(F->names[i], ex_families[g].names[m])) {
                        snprintf(err, errlen, "exercise name '%s' is in families %s and %s", F->names[i],
                                 ex_families[g].id, F->id);
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

/* One exercise of family f from the training (heldout = 0) or held-out side of the split. */
static void ex_make(int f, int heldout, phi_rng *r, ex_record *e) {
    const ex_family *F = &ex_families[f];
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

    /* textbook: the explanation (the one written for this solution, where a family has two
       ways), the function without its docstring, the first example */
    if (!F->bodies[1] || k >= ex_count(F->prose, 3)) k = (int)phi_rng_below(r, (uint64_t)ex_count(F->prose, 3));
    ex_expand(&e->textbook, F->prose[k], &cx);
    ex_puts(&e->textbook, "\n\n");
    ex_expand(&e->textbook, F->sig, &cx);
    ex_puts(&e->textbook, "\n");
    ex_expand(&e->textbook, body, &cx);
    ex_puts(&e->textbook, phi_rng_below(r, 2) ? "\nFor example, " : "\nCalling ");
    ex_puts(&e->textbook, e->name);
    ex_putn(&e->textbook, calls[0].b.data, calls[0].b.len);
    ex_puts(&e->textbook, " returns ");
    ex_putn(&e->textbook, answers[0].b.data, answers[0].b.len);
    ex_puts(&e->textbook, ".\n");

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

/* FNV-1a, to find repeated prompts */
static uint64_t ex_hash(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    while (n--) h = (h ^ (unsigned char)*s++) * 1099511628211ull;
    return h;
}

/* n exercises of one side of the split as JSON Lines, appended to out; task ids count from
   first_id. Family i % (number of families) for exercise i, so that every family appears. A
   prompt that is already in the file is drawn again (a few times at most). */
static int ex_write_split(phi_buf *out, uint64_t seed, int heldout, int n, int first_id, char *err, size_t errlen) {
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
        phi_json_writer w;
        ex_record e;
        char id[32];
        size_t slot = 0;
        int attempt;
        for (attempt = 0; attempt < 8; attempt++) {
            uint64_t h;
            ex_make(i % EX_FAMILIES, heldout, &r, &e);
            h = ex_hash(e.prompt.b.data, e.prompt.b.len) | 1; /* 0 marks a free slot */
            for (slot = h & (cap - 1); hashes[slot] && hashes[slot] != h; slot = (slot + 1) & (cap - 1)) {}
            if (!hashes[slot] || attempt == 7) {
                hashes[slot] = h;
                break;
            }
            ex_record_free(&e);
        }
        snprintf(id, sizeof id, "Exercise/%d", first_id + i);
        phi_jw_init(&w, out, 0);
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "task_id"), phi_jw_str(&w, id);
        phi_jw_key(&w, "prompt"), phi_jw_strn(&w, e.prompt.b.data, e.prompt.b.len);
        phi_jw_key(&w, "entry_point"), phi_jw_str(&w, e.name);
        phi_jw_key(&w, "canonical_solution"), phi_jw_strn(&w, e.solution.b.data, e.solution.b.len);
        phi_jw_key(&w, "test"), phi_jw_strn(&w, e.test.b.data, e.test.b.len);
        phi_jw_key(&w, "family"), phi_jw_str(&w, e.family);
        phi_jw_key(&w, "params"), phi_jw_strn(&w, e.params.b.data, e.params.b.len);
        phi_jw_key(&w, "textbook"), phi_jw_strn(&w, e.textbook.b.data, e.textbook.b.len);
        phi_jw_end_object(&w);
        if (e.prompt.bad || e.solution.bad || e.test.bad || e.textbook.bad || e.params.bad || phi_jw_finish(&w) != PHI_OK ||
            phi_buf_append(out, "\n", 1) != PHI_OK) {
            snprintf(err, errlen, "exercise %d: %.400s", first_id + i, phi_errmsg()[0] ? phi_errmsg() : "out of memory");
            rc = 1;
        }
        ex_record_free(&e);
    }
    free(hashes);
    return rc;
}

/* Writes n_train training and n_heldout held-out exercises (see the top of this file), each
   file atomically. Returns 0, or 1 with a message in err. */
static int ex_generate(uint64_t seed, int n_train, int n_heldout, const char *train_path, const char *heldout_path,
                       char *err, size_t errlen) {
    phi_buf train = {0}, held = {0};
    int rc = 0;
    if (n_train < 0 || n_heldout < 0) {
        snprintf(err, errlen, "the numbers of exercises must not be negative");
        return 1;
    }
    if (ex_check_families(err, errlen) || ex_write_split(&train, seed, 0, n_train, 0, err, errlen) ||
        ex_write_split(&held, seed, 1, n_heldout, n_train, err, errlen))
        rc = 1;
    else if (phi_file_write_atomic(train_path, train.data ? train.data : "", train.len) != PHI_OK ||
             phi_file_write_atomic(heldout_path, held.data ? held.data : "", held.len) != PHI_OK) {
        snprintf(err, errlen, "%.400s", phi_errmsg());
        rc = 1;
    }
    phi_buf_free(&train);
    phi_buf_free(&held);
    return rc;
}

#endif /* PHI_EXERCISES_H */
