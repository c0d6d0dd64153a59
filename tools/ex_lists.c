/* ex_lists.c - the exercise families on lists of integers: random inputs, the answers computed
   here in C, and the templates (see exercises.c). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "ex_family.h"

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

static const ex_family lists[] = {
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
};
const ex_family_group ex_group_lists = {lists, EX_COUNT(lists)};
