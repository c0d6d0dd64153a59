/* ex_family.h - the inside of the exercise generator (exercises.c): the values a task takes and
   returns, the random inputs, and the families of tasks, which live in ex_lists.c,
   ex_strings.c, ex_numbers.c and ex_dicts.c. Nothing outside the generator includes it. */
#ifndef PHI_EX_FAMILY_H
#define PHI_EX_FAMILY_H

#include "../phi.h"

/* ---- values: what a task takes and returns ---------------------------------------------- */

enum { EX_INT, EX_BOOL, EX_STR, EX_INTS, EX_STRS, EX_DICT /* str -> int */, EX_IDICT /* int -> str */ };
#define EX_MAXN 10 /* items in a list or dictionary */
#define EX_MAXS 64 /* bytes in a string, NUL included */

typedef struct ex_val {
    int type, n;              /* n: items of a list or dictionary */
    long i;                   /* INT, BOOL */
    long v[EX_MAXN];          /* INTS items; DICT values; IDICT keys */
    char s[EX_MAXN][EX_MAXS]; /* STR in s[0]; STRS items; DICT keys; IDICT values */
} ex_val;

/* The constructors the tasks and generators use (ex_values.c). */
void ex_set_int(ex_val *v, int type, long i);
void ex_set_str(ex_val *v, const char *s);
void ex_push_int(ex_val *v, long x);
void ex_push_str(ex_val *v, const char *s);
int ex_dict_find(const ex_val *d, const char *s); /* index of key s in a DICT, or -1 */
/* Splits a STR at single spaces into a STRS (the generators never write other white space). */
void ex_split(const char *s, ex_val *out);
void ex_join(const ex_val *words, const char *sep, ex_val *out);

/* ---- random inputs --------------------------------------------------------------------------
   Every generator fills the arguments of one call; `edge` asks for a boundary case (an empty
   list or string, zero, one item) where the task allows one. Strings are lowercase words
   separated by single spaces, short enough for EX_MAXS. At most one random draw per
   expression unless the operators order them (C leaves the order of a call's arguments
   open, and gcc, clang and tcc then disagree: the same seed must give the same bytes). */

#define EX_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))
extern const char *const ex_words[]; /* a few dozen short lowercase words */

long ex_rand(phi_rng *r, long lo, long hi);
const char *ex_word(phi_rng *r);
void ex_rand_ints(phi_rng *r, ex_val *v, int minlen, int maxlen, long lo, long hi);
void ex_rand_sentence(phi_rng *r, ex_val *v, int minw, int maxw);
/* n entries with distinct word keys; distinct values too when `unique` */
void ex_rand_dict(phi_rng *r, ex_val *v, int n, long lo, long hi, int unique);

/* The constants of an exercise, as written in the code (k, j) and as numbers (ki, ji). */
typedef struct ex_ctx {
    const char *name;    /* the function */
    char a[16], b[16];   /* its argument names ($A, $B) */
    char k[16], j[16];   /* the constants ($K, $J), as written */
    long ki, ji;         /* the same as numbers, 0 when not numeric */
} ex_ctx;

typedef void (*ex_gen_fn)(phi_rng *r, const ex_ctx *c, ex_val *in, int edge);

/* ---- the tasks: the right answer, computed here -------------------------------------------- */

typedef void (*ex_run_fn)(const ex_ctx *c, const ex_val *in, ex_val *out);

#define EX_EACH(k, v) for (k = 0; k < (v)->n; k++)

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

/* The families, in groups; exercises.c numbers them in this order (the split depends on it):
   lists, strings, numbers, dictionaries, conditions and loops. */
typedef struct ex_family_group {
    const ex_family *families;
    int n;
} ex_family_group;
extern const ex_family_group ex_group_lists, ex_group_strings, ex_group_numbers, ex_group_dicts, ex_group_conditions;

#endif /* PHI_EX_FAMILY_H */
