/* ex_numbers.c - the exercise families on numbers, and conditions and loops: random inputs, the answers computed
   here in C, and the templates (see exercises.c). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "ex_family.h"

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

static const ex_family numbers[] = {
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
};
const ex_family_group ex_group_numbers = {numbers, EX_COUNT(numbers)};

static const ex_family conditions[] = {
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
const ex_family_group ex_group_conditions = {conditions, EX_COUNT(conditions)};
