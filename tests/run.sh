#!/bin/sh
# The test runner behind `make test`: every unit-test binary twice (plain, then under ASan +
# UBSan), JSON conformance through the `phi` tool (both builds), the evaluator end to end
# through `phi eval` (plain build: the benchmarks and the hostile programs), the compile checks
# (gcc, clang, g++, tcc, PHI_STATIC, PHI_NO_THREADS, PHI_OPENMP, PHI_NO_EVAL), the examples, and
# a short fuzzing smoke run. It adds up every "# N passed, M failed" line and ends with the total.
#
# Usage (from the repository root, after make has built the binaries): sh tests/run.sh TEST...
CC=${CC:-cc}
CLANG=${CLANG:-clang}
B=build
pass=0
fail=0
out=$(mktemp -d "${TMPDIR:-/tmp}/phi-test.XXXXXX")
trap 'rm -rf "$out"' EXIT

. tests/lib.sh

# One check that is a single command: exit 0 is a pass.
single() { # label command...
    label=$1
    shift
    if "$@" >"$out/log" 2>&1; then
        pass=$((pass + 1))
        printf '  ok    %s\n' "$label"
    else
        fail=$((fail + 1))
        printf '  FAIL  %s\n' "$label"
        sed 's/^/        /' "$out/log" | head -n 30
    fi
}

need() { # a tool the check needs; missing is a failure, never a silent skip
    command -v "$1" >/dev/null 2>&1 || { echo "$1 is not installed (.ci/run installs it)"; return 1; }
}

compile_run() { # compiler flags...: build tests/compile/smoke.c with them and run it
    need "$1" || return 1
    "$@" -o "$out/smoke" tests/compile/smoke.c -lpthread -lm && "$out/smoke"
}

echo "unit tests (plain, then ASan+UBSan):"
for t in "$@"; do suite "$t" "$B/plain/$t"; done
for t in "$@"; do suite "$t [asan+ubsan]" env ASAN_OPTIONS=detect_leaks=1 "$B/asan/$t"; done
for t in $NOSIMD; do suite "$t [PHI_NO_SIMD]" "$B/nosimd/$t"; done

# Every kernel variant this machine has, forced, through every suite (test_kernels then
# checks only the forced variant, against the references).
variants=$(./phi --version | sed -n 's/.*available: \([a-z0-9 ]*\)).*/\1/p')
echo "unit tests under each kernel variant this machine has ($variants):"
[ -n "$variants" ] || { fail=$((fail + 1)); echo "  FAIL  could not read the variants from ./phi --version"; }
for v in $variants; do
    for t in "$@"; do suite "$t [PHI_KERNEL=$v]" env PHI_KERNEL="$v" "$B/plain/$t"; done
done

echo "tokenizer: every .py file of the local Python against tiktoken (tests/fixtures/tok_pysrc.tsv):"
suite "test_tokenizer --pysrc" "$B/plain/test_tokenizer" --pysrc

echo "JSON conformance (JSONTestSuite through phi json check):"
suite "jsontestsuite" sh tests/jsontestsuite.sh ./phi
suite "jsontestsuite [asan+ubsan]" sh tests/jsontestsuite.sh "$B/asan/phi"

echo "the model through the command line:"
single "phi forward matches the PyTorch fixture" sh tests/cli_forward.sh ./phi
single "phi forward [asan+ubsan]" sh tests/cli_forward.sh "$B/asan/phi"
single "phi train/export/sample: resume, NaN, round trip" sh tests/cli_train.sh ./phi
single "phi train/export/sample [asan+ubsan]" sh tests/cli_train.sh "$B/asan/phi"
single "phi demo --tiny: killed while training, run again: finishes, finished stages kept" sh tests/cli_demo.sh ./phi
single "the README's library-in-20-lines compiles and samples" sh tests/readme_snippet.sh ./phi

echo "the evaluator through the command line (HumanEval, MBPP, pass@k, hostile programs):"
suite "phi eval (tests/eval_suite.py)" python3 tests/eval_suite.py ./phi
echo "exercises through the command line:"
single "phi exercises: HumanEval format, split, checked by python3" sh tests/cli_exercises.sh ./phi
single "phi exercises [asan+ubsan]" sh tests/cli_exercises.sh "$B/asan/phi"

echo "the tokenizer through the command line:"
single "phi tokenizer encode/decode/train" sh tests/cli_tokenizer.sh ./phi
single "phi tokenizer [asan+ubsan]" sh tests/cli_tokenizer.sh "$B/asan/phi"

echo "compile checks:"
single "gcc -std=c99 -Wpedantic" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -O2
single "clang -std=c99 -Wpedantic" compile_run clang -std=c99 -Wall -Wextra -Wpedantic -Werror -O2
single "g++ -std=c++11 -Wpedantic (as C++)" compile_run g++ -x c++ -std=c++11 -Wall -Wextra -Wpedantic -Werror -O2
single "tcc" compile_run tcc -Wall -Werror
single "gcc PHI_NO_THREADS" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -DPHI_NO_THREADS
single "gcc PHI_OPENMP -fopenmp" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -DPHI_OPENMP -fopenmp
single "gcc PHI_NO_EVAL" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -DPHI_NO_EVAL
single "PHI_STATIC in two translation units" sh -c \
    "$CC -std=c99 -Wall -Wextra -Wpedantic -Werror -o $out/static tests/compile/static_a.c tests/compile/static_b.c -lpthread -lm && $out/static"
single "table of contents matches the section banners" sh tests/toc.sh
single "library code never exits, aborts or prints" sh tests/no_print.sh
single "no -march/-mavx build flags in Makefile" sh -c "! grep -vE '^[[:space:]]*#' Makefile | grep -nE -- '-march|-mavx|-mfma'"

echo "examples:"
single "jsonl_filter on HumanEval" sh -c "
    rm -f $out/he.jsonl && $B/examples/jsonl_filter ../shared/data/humaneval/HumanEval.jsonl $out/he.jsonl prompt 600 >$out/ex.txt &&
    grep -q 'read 164 records (0 malformed lines skipped), kept ' $out/ex.txt &&
    ./phi json check -q --lines $out/he.jsonl &&
    test \$(wc -l <$out/he.jsonl) -eq \$(python3 -c 'import json,sys; print(sum(len(json.loads(l)[\"prompt\"].encode())>=600 for l in open(sys.argv[1])))' ../shared/data/humaneval/HumanEval.jsonl)"

echo "other architectures (make cross):"
if command -v aarch64-linux-gnu-gcc >/dev/null && command -v s390x-linux-gnu-gcc >/dev/null &&
    command -v qemu-aarch64 >/dev/null && command -v qemu-s390x >/dev/null; then
    suite "aarch64 (neon, scalar), s390x" sh tests/cross.sh
else
    echo "  NOT RUN  install gcc-aarch64-linux-gnu gcc-s390x-linux-gnu qemu-user (.ci/run does) for make cross"
fi

echo "fuzzing smoke run (5 s per target; 'make fuzz' runs longer):"
for f in fuzz_json:seeds_jsonl fuzz_jsonl:seeds_jsonl fuzz_safetensors:seeds_safetensors fuzz_checkpoint:seeds_checkpoint fuzz_tokens:seeds_tokens fuzz_tokenizer:seeds_tokenizer; do
    seeds=tests/fuzz/${f#*:}
    f=${f%%:*}
    single "$f" sh -c "command -v $CLANG >/dev/null || { echo '$CLANG is not installed'; exit 1; }
        $CLANG -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -o $out/$f tests/fuzz/$f.c &&
        mkdir -p $out/corpus_$f && $out/$f -max_total_time=5 -artifact_prefix=$out/ -dict=tests/fuzz/json.dict $out/corpus_$f $seeds"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
