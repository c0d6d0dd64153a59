/* test.h - the test harness of phi.h: one header, no dependencies.

       TEST(parses_numbers) { CHECK(x == 1); CHECK_EQ_INT(a, b); CHECK_EQ_STR(s, "x"); }
       int main(void) { RUN(parses_numbers); return test_summary(); }

   A failed CHECK reports file:line and the values, and the test goes on (so one run shows
   every failure); the test counts as failed. test_summary() prints "# N passed, M failed",
   the line tests/run.sh adds up, and returns the exit status. */
#ifndef PHI_TEST_H
#define PHI_TEST_H

#include <stdio.h>
#include <string.h>

/* The POSIX calls the tests use, as Windows spells them (MinGW builds run under wine). */
#ifdef _WIN32
#include <direct.h>
#include <io.h>
#include <stdlib.h>
#define TEST__SHIM static __attribute__((unused))
TEST__SHIM int setenv(const char *k, const char *v, int overwrite) {
    return overwrite || !getenv(k) ? _putenv_s(k, v) : 0;
}
TEST__SHIM int unsetenv(const char *k) { return _putenv_s(k, ""); }
TEST__SHIM char *mkdtemp(char *templ) { return _mktemp(templ) && _mkdir(templ) == 0 ? templ : NULL; }
#endif

static int test__failed_checks, test__passed, test__failed;
static const char *test__name = "";

#define TEST(name) static void name(void)

#define CHECK(cond)                                                                              \
    do {                                                                                         \
        if (!(cond)) test__fail(__FILE__, __LINE__, "CHECK(%s)", #cond);                         \
    } while (0)

#define CHECK_EQ_INT(a, b)                                                                       \
    do {                                                                                         \
        long long test__a = (long long)(a), test__b = (long long)(b);                            \
        if (test__a != test__b)                                                                  \
            test__fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b, test__a, test__b);  \
    } while (0)

#define CHECK_EQ_U64(a, b)                                                                       \
    do {                                                                                         \
        unsigned long long test__a = (unsigned long long)(a), test__b = (unsigned long long)(b); \
        if (test__a != test__b)                                                                  \
            test__fail(__FILE__, __LINE__, "%s == %s: 0x%016llx != 0x%016llx", #a, #b, test__a,  \
                       test__b);                                                                 \
    } while (0)

#define CHECK_EQ_STR(a, b)                                                                       \
    do {                                                                                         \
        const char *test__a = (a), *test__b = (b);                                               \
        if (!test__a || !test__b || strcmp(test__a, test__b) != 0)                               \
            test__fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a, #b,                 \
                       test__a ? test__a : "(null)", test__b ? test__b : "(null)");              \
    } while (0)

/* |a - b| <= tol * max(1, |b|) */
#define CHECK_NEAR(a, b, tol)                                                                    \
    do {                                                                                         \
        double test__a = (double)(a), test__b = (double)(b), test__m = test__b < 0 ? -test__b : test__b; \
        double test__d = test__a - test__b;                                                      \
        if (test__d < 0) test__d = -test__d;                                                     \
        if (!(test__d <= (tol) * (test__m > 1 ? test__m : 1)))                                   \
            test__fail(__FILE__, __LINE__, "%s ~= %s: %.17g vs %.17g (tol %g)", #a, #b, test__a, \
                       test__b, (double)(tol));                                                  \
    } while (0)

#define RUN(name) test__run(#name, name)

#ifdef PHI__PRINTF /* phi.h's: it knows MinGW's printf */
static void test__fail(const char *file, int line, const char *fmt, ...) PHI__PRINTF(3, 4);
#elif defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 3, 4))) static void test__fail(const char *file, int line, const char *fmt, ...);
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

static void test__run(const char *name, void (*fn)(void)) {
    int before = test__failed_checks;
    test__name = name;
    fn();
    if (test__failed_checks == before) test__passed++;
    else test__failed++;
}

static int test_summary(void) {
    printf("# %d passed, %d failed\n", test__passed, test__failed);
    return test__failed ? 1 : 0;
}

#endif
