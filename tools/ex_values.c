/* ex_values.c - the values of the exercise generator and its random inputs: see ex_family.h. */
#include <stdio.h>
#include <string.h>

#include "ex_family.h"

void ex_set_int(ex_val *v, int type, long i) { v->type = type, v->n = 0, v->i = i; }
void ex_set_str(ex_val *v, const char *s) {
    v->type = EX_STR, v->n = 0;
    snprintf(v->s[0], EX_MAXS, "%s", s);
}
void ex_push_int(ex_val *v, long x) {
    if (v->n < EX_MAXN) v->v[v->n++] = x;
}
void ex_push_str(ex_val *v, const char *s) {
    if (v->n < EX_MAXN) snprintf(v->s[v->n++], EX_MAXS, "%s", s);
}
int ex_dict_find(const ex_val *d, const char *s) {
    int k;
    for (k = 0; k < d->n; k++)
        if (!strcmp(d->s[k], s)) return k;
    return -1;
}
void ex_split(const char *s, ex_val *out) {
    out->type = EX_STRS, out->n = 0;
    while (*s && out->n < EX_MAXN) {
        size_t len = strcspn(s, " ");
        snprintf(out->s[out->n++], EX_MAXS, "%.*s", (int)len, s);
        s += len + (s[len] == ' ');
    }
}
void ex_join(const ex_val *words, const char *sep, ex_val *out) {
    int k;
    char buf[EX_MAXS] = "";
    for (k = 0; k < words->n; k++) {
        size_t used = strlen(buf);
        snprintf(buf + used, sizeof buf - used, "%s%s", k ? sep : "", words->s[k]);
    }
    ex_set_str(out, buf);
}

/* ---- random inputs -------------------------------------------------------------------------- */

const char *const ex_words[] = {"apple", "river", "stone", "cat",  "dog",   "blue", "green", "sun",  "moon",
                                 "tree",  "bird",  "fish",  "book", "lamp",  "road", "rain",  "snow", "wind",
                                 "fire",  "gold",  "milk",  "bread", "house", "light", "night", "star", "sea",
                                 "sky",   "hill",  "leaf",  "rose", "kite",  "ball", "game",  "song", "idea",
                                 "code",  "data",  "plan",  "tea"};

long ex_rand(phi_rng *r, long lo, long hi) { return lo + (long)phi_rng_below(r, (uint64_t)(hi - lo + 1)); }
const char *ex_word(phi_rng *r) { return ex_words[phi_rng_below(r, EX_COUNT(ex_words))]; }

void ex_rand_ints(phi_rng *r, ex_val *v, int minlen, int maxlen, long lo, long hi) {
    int n = (int)ex_rand(r, minlen, maxlen);
    v->type = EX_INTS, v->n = 0;
    while (v->n < n) ex_push_int(v, ex_rand(r, lo, hi));
}
void ex_rand_sentence(phi_rng *r, ex_val *v, int minw, int maxw) {
    int k, n = (int)ex_rand(r, minw, maxw);
    char buf[EX_MAXS] = "";
    for (k = 0; k < n; k++) {
        size_t used = strlen(buf);
        snprintf(buf + used, sizeof buf - used, "%s%s", k ? " " : "", ex_word(r));
    }
    ex_set_str(v, buf);
}
void ex_rand_dict(phi_rng *r, ex_val *v, int n, long lo, long hi, int unique) {
    v->type = EX_DICT, v->n = 0;
    while (v->n < n) {
        const char *key = ex_word(r);
        long value = ex_rand(r, lo, hi);
        int k, clash = ex_dict_find(v, key) >= 0;
        for (k = 0; unique && k < v->n; k++) clash |= v->v[k] == value;
        if (!clash) ex_push_str(v, key), v->v[v->n - 1] = value;
    }
}

