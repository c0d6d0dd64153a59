/* test.h - the test harness of phi.h: one header, no dependencies.

       TEST(parses_numbers) { CHECK(x == 1); CHECK_EQ_INT(a, b); CHECK_EQ_STR(s, "x"); CHECK_MSG(ok, "case %d", i); }
       int main(void) { RUN(parses_numbers); return test_summary(); }

   A failed CHECK reports file:line and the values, and the test goes on (so one run shows
   every failure); the test counts as failed. A test that makes no check at all counts as
   failed too ("made no checks"): a test that returned early must not pass. SKIP("reason")
   ends a test as skipped, neither passed nor failed (unless a check had already failed).
   test_summary() prints "# N passed, M failed, K skipped", the line tests/lib.sh adds up, and
   returns the exit status (non-zero only on failures).

   The public test data (HumanEval, MBPP, JSONTestSuite, GPT-2's vocabulary) is in $PHI_DATA,
   by default ../shared/data (from the repository root, where the tests run); `make data`
   fetches it. test_data("mbpp/mbpp.jsonl") is that file's path, or NULL when it is missing;
   SKIP_NO_DATA() then skips the test, naming the missing file:

       TEST(loads_mbpp) { const char *p = test_data("mbpp/mbpp.jsonl"); if (!p) SKIP_NO_DATA(); ... } */
#ifndef PHI_TEST_H
#define PHI_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The POSIX calls the tests use, as Windows spells them (MinGW builds run under wine). */
#ifdef _WIN32
#include <direct.h>
#include <io.h>
#define TEST__SHIM static __attribute__((unused))
TEST__SHIM int setenv(const char *k, const char *v, int overwrite) {
    return overwrite || !getenv(k) ? _putenv_s(k, v) : 0;
}
TEST__SHIM int unsetenv(const char *k) { return _putenv_s(k, ""); }
TEST__SHIM char *mkdtemp(char *templ) { return _mktemp(templ) && _mkdir(templ) == 0 ? templ : NULL; }
#endif

#if defined(__GNUC__) || defined(__clang__)
#define TEST__UNUSED __attribute__((unused)) /* a test file that needs no data uses neither */
#else
#define TEST__UNUSED
#endif

static int test__failed_checks, test__checks, test__skipping, test__passed, test__failed, test__skipped;
static const char *test__name = "";
static char test__missing[1100]; /* what the last test_data() call found missing */

#define TEST(name) static void name(void)

#define CHECK(cond)                                                                              \
    do {                                                                                         \
        test__checks++;                                                                          \
        if (!(cond)) test__fail(__FILE__, __LINE__, "CHECK(%s)", #cond);                         \
    } while (0)

/* CHECK with a message of its own (printf-style), for checks in a loop */
#define CHECK_MSG(cond, ...)                                                                     \
    do {                                                                                         \
        test__checks++;                                                                          \
        if (!(cond)) test__fail(__FILE__, __LINE__, __VA_ARGS__);                                \
    } while (0)

#define CHECK_EQ_INT(a, b)                                                                       \
    do {                                                                                         \
        long long test__a = (long long)(a), test__b = (long long)(b);                            \
        test__checks++;                                                                          \
        if (test__a != test__b)                                                                  \
            test__fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b, test__a, test__b);  \
    } while (0)

#define CHECK_EQ_U64(a, b)                                                                       \
    do {                                                                                         \
        unsigned long long test__a = (unsigned long long)(a), test__b = (unsigned long long)(b); \
        test__checks++;                                                                          \
        if (test__a != test__b)                                                                  \
            test__fail(__FILE__, __LINE__, "%s == %s: 0x%016llx != 0x%016llx", #a, #b, test__a,  \
                       test__b);                                                                 \
    } while (0)

#define CHECK_EQ_STR(a, b)                                                                       \
    do {                                                                                         \
        const char *test__a = (a), *test__b = (b);                                               \
        test__checks++;                                                                          \
        if (!test__a || !test__b || strcmp(test__a, test__b) != 0)                               \
            test__fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a, #b,                 \
                       test__a ? test__a : "(null)", test__b ? test__b : "(null)");              \
    } while (0)

/* |a - b| <= tol * max(1, |b|) */
#define CHECK_NEAR(a, b, tol)                                                                    \
    do {                                                                                         \
        double test__a = (double)(a), test__b = (double)(b), test__m = test__b < 0 ? -test__b : test__b; \
        double test__d = test__a - test__b;                                                      \
        test__checks++;                                                                          \
        if (test__d < 0) test__d = -test__d;                                                     \
        if (!(test__d <= (tol) * (test__m > 1 ? test__m : 1)))                                   \
            test__fail(__FILE__, __LINE__, "%s ~= %s: %.17g vs %.17g (tol %g)", #a, #b, test__a, \
                       test__b, (double)(tol));                                                  \
    } while (0)

/* Ends the test as skipped: "SKIP name: reason" (printf-style). */
#define SKIP(...)                                                                                \
    do {                                                                                         \
        test__skip(__VA_ARGS__);                                                                 \
        return;                                                                                  \
    } while (0)

/* Skips the test naming the data file the last test_data() call found missing. */
#define SKIP_NO_DATA() SKIP("%s", test__missing)

#define RUN(name) test__run(#name, name)

#ifdef PHI__PRINTF /* phi.h's: it knows MinGW's printf */
static void test__fail(const char *file, int line, const char *fmt, ...) PHI__PRINTF(3, 4);
static void test__skip(const char *fmt, ...) PHI__PRINTF(1, 2);
#elif defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 3, 4))) static void test__fail(const char *file, int line, const char *fmt, ...);
__attribute__((format(printf, 1, 2))) static void test__skip(const char *fmt, ...);
#endif

#include <stdarg.h>
static void test__fail(const char *file, int line, const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "FAIL %s  %s:%d: ", test__name, file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    test__failed_checks++;
}

TEST__UNUSED static void test__skip(const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "SKIP %s: ", test__name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    test__skipping = 1;
}

/* The path of a file (or directory) of the public test data, or NULL when it is missing. The
   path stays valid for 8 more calls. */
TEST__UNUSED static const char *test_data(const char *rel) {
    static char paths[8][1024];
    static int k;
    const char *root = getenv("PHI_DATA");
    char *p = paths[k = (k + 1) % 8];
    struct stat st;
    if (!root || !*root) root = "../shared/data";
    snprintf(p, sizeof paths[0], "%s/%s", root, rel);
    if (stat(p, &st) == 0) return p;
    snprintf(test__missing, sizeof test__missing, "%s is missing (set PHI_DATA to the test data, or run `make data`)", p);
    return NULL;
}

static void test__run(const char *name, void (*fn)(void)) {
    int failed = test__failed_checks, checks = test__checks;
    test__name = name;
    test__skipping = 0;
    fn();
    if (test__failed_checks != failed) {
        test__failed++;
    } else if (test__skipping) {
        test__skipped++;
    } else if (test__checks == checks) { /* returned before checking anything: nothing was shown */
        fprintf(stderr, "FAIL %s: made no checks\n", name);
        test__failed++;
    } else {
        test__passed++;
    }
}

static int test_summary(void) {
    printf("# %d passed, %d failed, %d skipped\n", test__passed, test__failed, test__skipped);
    return test__failed ? 1 : 0;
}

#endif
