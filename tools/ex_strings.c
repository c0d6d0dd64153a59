/* ex_strings.c - the exercise families on strings: random inputs, the answers computed
   here in C, and the templates (see exercises.c). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "ex_family.h"

static const char *ex_palindromes[] = {"level", "noon", "racecar", "radar", "civic", "kayak",
                                       "refer", "madam", "wow",     "deed",  "stats", "rotor"};

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

static const ex_family strings[] = {
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
};
const ex_family_group ex_group_strings = {strings, EX_COUNT(strings)};
