/* ex_dicts.c - the exercise families on dictionaries: random inputs, the answers computed
   here in C, and the templates (see exercises.c). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "ex_family.h"

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

static const ex_family dicts[] = {
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
};
const ex_family_group ex_group_dicts = {dicts, EX_COUNT(dicts)};
