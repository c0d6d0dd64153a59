/* fuzz.h - shared by the libFuzzer targets: a property that fails stops the fuzzer there. */
#ifndef PHI_FUZZ_H
#define PHI_FUZZ_H
#define REQUIRE(x)                      \
    do {                                \
        if (!(x)) __builtin_trap();     \
    } while (0)
#endif
