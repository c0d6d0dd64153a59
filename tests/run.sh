#!/bin/sh
# The test runner behind `make test`: every unit-test binary twice (plain, then under ASan +
# UBSan), JSON conformance through the `phi` tool (both builds), the evaluator end to end
# through `phi eval` (plain build: the benchmarks and the hostile programs), the Python parser
# through `phi py` against CPython 3.11's ast (tests/cli_python.sh), the compile checks
# (gcc, clang, g++, tcc, PHI_STATIC, PHI_NO_THREADS, PHI_OPENMP, PHI_NO_EVAL), the examples, and
# a short fuzzing smoke run. It adds up every "# N passed, M failed, K skipped" line and ends
# with the total, exactly "N passed, M failed, K skipped"; it exits non-zero only on failures.
#
# The public test data (HumanEval, MBPP, JSONTestSuite, GPT-2's vocabulary) is in $PHI_DATA
# (default ../shared/data; `make data` fetches it). A check whose data is missing is skipped,
# saying which file is missing: counted as skipped, never as passed (.ci/run wants none).
#
# Usage (from the repository root, after make has built the binaries): sh tests/run.sh TEST...
CC=${CC:-cc}
CLANG=${CLANG:-clang}
B=build
pass=0
fail=0
skip=0
out=$(mktemp -d "${TMPDIR:-/tmp}/phi-test.XXXXXX")
trap 'rm -rf "$out"' EXIT

. tests/lib.sh

# One check that is a single command: exit 0 is a pass; exit 77 is a skip, its reason the last
# "SKIP: reason" line it printed (have_data's, in tests/lib.sh).
single() { # label command...
    label=$1
    shift
    t0=$(date +%s)
    "$@" >"$out/log" 2>&1
    rc=$?
    if [ "$rc" -eq 0 ]; then
        pass=$((pass + 1))
        printf '  ok    %s (%d s)\n' "$label" $(($(date +%s) - t0))
    elif [ "$rc" -eq 77 ]; then
        skip=$((skip + 1))
        why=$(sed -n 's/^SKIP: //p' "$out/log" | tail -n 1)
        printf '  skip  %s: %s\n' "$label" "${why:-exit 77, no reason given}"
    else
        fail=$((fail + 1))
        printf '  FAIL  %s\n' "$label"
        # the first lines say what ran, the last ones why it failed (a fuzzer's crash report)
        if [ "$(wc -l <"$out/log")" -le 60 ]; then sed 's/^/        /' "$out/log"; else
            head -n 10 "$out/log" | sed 's/^/        /'
            echo "        ..."
            tail -n 50 "$out/log" | sed 's/^/        /'
        fi
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

# Every kernel variant this machine has, forced, through every suite that runs kernels
# (test_kernels then checks only the forced variant, against the references; the n-gram
# scan's first pass has an avx512 variant). The Python parser and the tree edit distance use
# none: they run once each way above.
variants=$(./phi --version | sed -n 's/.*available: \([a-z0-9 ]*\)).*/\1/p')
echo "unit tests under each kernel variant this machine has ($variants):"
[ -n "$variants" ] || { fail=$((fail + 1)); echo "  FAIL  could not read the variants from ./phi --version"; }
for v in $variants; do
    for t in "$@"; do
        case $t in test_py* | test_decontam_ted) continue ;; esac
        suite "$t [PHI_KERNEL=$v]" env PHI_KERNEL="$v" "$B/plain/$t"
    done
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

echo "the teacher (tools/teacher) against its mock server, on loopback:"
suite "teacher: label, faults, kill -9, canary key, TLS (tests/cli_teacher.sh)" sh tests/cli_teacher.sh ./teacher
suite "teacher [asan+ubsan] (--quick: 800 requests, 5 kills)" env ASAN_OPTIONS=detect_leaks=1 sh tests/cli_teacher.sh "$B/asan/teacher" --quick

echo "the tokenizer through the command line:"
single "phi tokenizer encode/decode/train" sh tests/cli_tokenizer.sh ./phi
single "phi tokenizer [asan+ubsan]" sh tests/cli_tokenizer.sh "$B/asan/phi"

echo "the Python parser through the command line (CPython 3.11's ast: parity, mutants, exit codes):"
suite "phi py (tests/cli_python.sh)" sh tests/cli_python.sh ./phi
suite "phi py [asan+ubsan] (--quick: a subset)" sh tests/cli_python.sh "$B/asan/phi" --quick
suite "phi decontam (tests/cli_decontam.sh)" sh tests/cli_decontam.sh ./phi
suite "phi decontam [asan+ubsan]" sh tests/cli_decontam.sh "$B/asan/phi"
suite "phi quality (tests/cli_quality.sh)" sh tests/cli_quality.sh ./phi
suite "phi quality [asan+ubsan]" sh tests/cli_quality.sh "$B/asan/phi"

echo "random forests through the command line (scikit-learn's trees as the reference):"
suite "phi forest (tests/cli_forest.sh)" sh tests/cli_forest.sh ./phi
suite "phi forest [asan+ubsan]" sh tests/cli_forest.sh "$B/asan/phi"

echo "compile checks:"
single "gcc -std=c99 -Wpedantic" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -O2
single "clang -std=c99 -Wpedantic" compile_run clang -std=c99 -Wall -Wextra -Wpedantic -Werror -O2
single "g++ -std=c++11 -Wpedantic (as C++)" compile_run g++ -x c++ -std=c++11 -Wall -Wextra -Wpedantic -Werror -O2
single "tcc" compile_run tcc -Wall -Werror
single "gcc PHI_NO_THREADS" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -DPHI_NO_THREADS
single "gcc PHI_OPENMP -fopenmp" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -DPHI_OPENMP -fopenmp
single "gcc PHI_NO_EVAL" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -DPHI_NO_EVAL
single "gcc PHI_NO_PYTHON" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -DPHI_NO_PYTHON
single "gcc PHI_NO_FOREST" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -DPHI_NO_FOREST
single "gcc PHI_NO_TRAIN PHI_NO_TOKENIZER_TRAIN PHI_NO_EVAL" compile_run gcc -std=c99 -Wall -Wextra -Wpedantic -Werror \
    -DPHI_NO_TRAIN -DPHI_NO_TOKENIZER_TRAIN -DPHI_NO_EVAL
single "g++ PHI_NO_TRAIN PHI_NO_TOKENIZER_TRAIN (as C++)" compile_run g++ -x c++ -std=c++11 -Wall -Wextra -Wpedantic -Werror \
    -DPHI_NO_TRAIN -DPHI_NO_TOKENIZER_TRAIN
single "PHI_STATIC in two translation units" sh -c \
    "$CC -std=c99 -Wall -Wextra -Wpedantic -Werror -o $out/static tests/compile/static_a.c tests/compile/static_b.c -lpthread -lm && $out/static"
single "table of contents matches the section banners" sh tests/toc.sh
single "library code never exits, aborts or prints" sh tests/no_print.sh
single "no -march/-mavx build flags in Makefile" sh -c "! grep -vE '^[[:space:]]*#' Makefile | grep -nE -- '-march|-mavx|-mfma'"

echo "examples:"
ex_jsonl_filter() (
    he=$PHI_DATA/humaneval/HumanEval.jsonl
    have_data humaneval/HumanEval.jsonl || exit 77
    rm -f $out/he.jsonl && $B/examples/jsonl_filter "$he" $out/he.jsonl prompt 600 >$out/ex.txt &&
    grep -q 'read 164 records (0 malformed lines skipped), kept ' $out/ex.txt &&
    ./phi json check -q --lines $out/he.jsonl &&
    test $(wc -l <$out/he.jsonl) -eq $(python3 -c 'import json,sys; print(sum(len(json.loads(l)["prompt"].encode())>=600 for l in open(sys.argv[1])))' "$he")
)
single "jsonl_filter on HumanEval" ex_jsonl_filter

# The other examples make a tiny pipeline, each one's output the next one's input: 60 generated
# exercises -> a 1024-token vocabulary trained on their textbooks -> a 2-layer model pretrained on
# the textbooks -> samples -> finetuning on the exercises -> pass@1 -> export to HuggingFace.
# 30-45 s on two busy cores. A failing check prints the example's output (its last lines).
ex=$out/examples
mkdir -p "$ex"
shows() { echo "--- $1:"; tail -n 25 "$1"; false; }
ex_tokenize() (
    have_data gpt2/encoder.json gpt2/vocab.bpe || exit 77
    $B/examples/tokenize "$PHI_DATA/gpt2" 'Hello world' >$ex/hello.txt &&        # GPT-2's ids, as tiktoken gives them
    grep -qx 'ids: 15496 995' $ex/hello.txt && grep -qx '   15496  "Hello"' $ex/hello.txt &&
    grep -qx '     995  " world"' $ex/hello.txt && grep -qx 'round trip: ok' $ex/hello.txt || shows $ex/hello.txt || return 1
    $B/examples/tokenize "$PHI_DATA/gpt2" <tests/fixtures/tok_stress.txt >$ex/stress.txt &&   # tiktoken's ids (fixture)
    sed -n 's/^ids: //p' $ex/stress.txt | cmp - tests/fixtures/tok_stress.ids &&
    test "$(grep -c '^ *[0-9]*  "' $ex/stress.txt)" -eq "$(wc -w <tests/fixtures/tok_stress.ids)" &&
    grep -qx 'round trip: ok' $ex/stress.txt || shows $ex/stress.txt
)
ex_tokenize_train() (
    ./phi exercises --out $ex --train 60 --heldout 20 2>/dev/null &&
    python3 -c 'import json, sys; sys.stdout.write("".join(json.loads(l)["textbook"] for l in open(sys.argv[1])))' \
        $ex/exercises_train.jsonl >$ex/textbooks.txt &&
    $B/examples/tokenize --train $ex/tok.bin 1024 $ex/textbooks.txt >$ex/tt.txt &&
    grep -q '^trained 1024 tokens (767 merges) on 1 files, ' $ex/tt.txt && grep -q 'round trip: ok$' $ex/tt.txt || shows $ex/tt.txt || return 1
    $B/examples/tokenize $ex/tok.bin 'x <|endoftext|>' >$ex/eot.txt &&                  # the special token is one token
    grep -qx '15 bytes -> 3 tokens (vocabulary of 1024)' $ex/eot.txt && grep -q '"<|endoftext|>"$' $ex/eot.txt || shows $ex/eot.txt
)
ex_train() (
    $B/examples/train $ex/exercises_train.jsonl textbook $ex/tok.bin $ex/model.ckpt 300 >$ex/train.txt &&
    grep -q '^60 documents, ' $ex/train.txt && python3 - $ex/train.txt <<'PY' || shows $ex/train.txt
import math, re, sys
t = open(sys.argv[1]).read()
before = float(re.search(r"^validation loss before training: ([0-9.]+) ", t, re.M).group(1))
after = float(re.search(r"^validation loss after 300 steps: ([0-9.]+) ", t, re.M).group(1))
assert abs(before - math.log(1024)) < 0.05, "an untrained model guesses uniformly: %g" % before
assert after < before - 1.5, "the held-out loss fell from %g to %g only" % (before, after)
ckpts = [int(s) for s in re.findall(r"^step +(\d+)/300 .*\(checkpoint written\)$", t, re.M)]
assert ckpts == list(range(20, 301, 20)), ckpts
PY
)
ex_sample() (
    # a model trained on one textbook (8 copies) recites it greedily and stops at the "\ndef" after its first line
    python3 -c 'import json, sys
text = json.loads(open(sys.argv[1]).readline())["textbook"]
open(sys.argv[2] + "/one.jsonl", "w").write(8 * (json.dumps({"text": text}) + "\n"))
open(sys.argv[2] + "/line.txt", "w").write(text.split("\n")[0] + "\n")
open(sys.argv[2] + "/prompt.txt", "w").write(" ".join(text.split(" ")[:4]))' $ex/exercises_train.jsonl $ex &&
    $B/examples/train $ex/one.jsonl text $ex/tok.bin $ex/one.ckpt 150 >$ex/one.txt || shows $ex/one.txt || return 1
    prompt=$(cat $ex/prompt.txt)
    $B/examples/sample $ex/one.ckpt $ex/tok.bin "$prompt" >$ex/greedy.txt &&
    head -n 1 $ex/greedy.txt | cmp - $ex/line.txt &&
    # the same program built as a tokenizer + model runner only (no training, no tokenizer
    # training, no evaluator) gives the same text
    $CC -std=c99 -Wall -Wextra -Werror -O2 -DPHI_NO_TRAIN -DPHI_NO_TOKENIZER_TRAIN -DPHI_NO_EVAL -o $ex/sample_slim \
        examples/sample.c -lpthread -lm &&
    $ex/sample_slim $ex/one.ckpt $ex/tok.bin "$prompt" | cmp - $ex/greedy.txt &&
    tail -n 1 $ex/greedy.txt | grep -qx "\[$(($(wc -c <$ex/line.txt) - ${#prompt})) bytes generated; stopped by a stop string\]" ||
        shows $ex/greedy.txt || return 1
    # the pipeline's model: seeded sampling repeats itself, and no stop string is left in the text
    $B/examples/sample $ex/model.ckpt $ex/tok.bin "$prompt" 1.0 0.9 7 >$ex/s1.txt &&
    $B/examples/sample $ex/model.ckpt $ex/tok.bin "$prompt" 1.0 0.9 7 >$ex/s2.txt && cmp $ex/s1.txt $ex/s2.txt &&
    python3 - $ex/s1.txt "$prompt" <<'PY' || shows $ex/s1.txt
import re, sys
t, prompt = open(sys.argv[1], "rb").read(), sys.argv[2].encode()
body, last = t[:-1].rsplit(b"\n", 1)
m = re.fullmatch(rb"\[(\d+) bytes generated; stopped by (.*)\]", last)
assert m and body.startswith(prompt) and len(body) - len(prompt) == int(m.group(1)), last
assert not any(s in body[len(prompt):] for s in (b"\ndef", b"\nclass", b"\nif", b"\nprint", b"\n#")), body
PY
)
ex_finetune() (
    $B/examples/finetune $ex/model.ckpt $ex/tok.bin $ex/exercises_train.jsonl $ex/ft.ckpt 100 >$ex/ft.txt &&
    python3 - $ex/ft.txt <<'PY' || shows $ex/ft.txt
import re, sys
t = open(sys.argv[1]).read()
assert re.search(r"^60 exercises, \d+ tokens \([1-9]\d* of them solution targets\)", t, re.M)
before = float(re.search(r"^validation loss of the solutions before finetuning: ([0-9.]+)$", t, re.M).group(1))
after = float(re.search(r"^validation loss of the solutions after 100 steps: ([0-9.]+) ", t, re.M).group(1))
assert after < before - 0.5, "the solutions' held-out loss fell from %g to %g only" % (before, after)
PY
)
ex_evaluate() ( # finetuning makes the model pass exercises it was trained on; HumanEval's references all pass
    $B/examples/evaluate $ex/exercises_train.jsonl $ex/model.ckpt $ex/tok.bin >$ex/ev0.txt || shows $ex/ev0.txt || return 1
    $B/examples/evaluate $ex/exercises_train.jsonl $ex/ft.ckpt $ex/tok.bin >$ex/ev1.txt || shows $ex/ev1.txt || return 1
    python3 - $ex/ev0.txt $ex/ev1.txt <<'PY' || return 1
import re, sys
p = []
for f in sys.argv[1:]:
    t = open(f).read()
    m = re.search(r"^pass@1 = ([0-9.]+) on 60 problems \((\d+) of 60 completions passed\)$", t, re.M)
    assert m and len(re.findall(r"^Exercise/\d+ ", t, re.M)) == 60, t[-500:]
    assert abs(float(m.group(1)) - int(m.group(2)) / 60) < 1e-4 and int(m.group(2)) == len(re.findall(r"^Exercise/\d+ +passed", t, re.M))
    p.append(int(m.group(2)))
print("passed before finetuning %d, after %d (of 60)" % tuple(p))
assert p[1] > p[0], p
PY
    have_data humaneval/HumanEval.jsonl || exit 77
    $B/examples/evaluate "$PHI_DATA/humaneval/HumanEval.jsonl" >$ex/he.txt &&
    grep -qx 'pass@1 = 1.0000 on 164 problems (164 of 164 completions passed)' $ex/he.txt &&
    test "$(grep -c '^HumanEval/[0-9]* *passed' $ex/he.txt)" -eq 164 || shows $ex/he.txt
)
ex_export() ( # the HF export gives the same logits and the same text as the checkpoint
    $B/examples/export_hf $ex/ft.ckpt $ex/hf $ex/tok.bin >$ex/export.txt &&
    grep -q 'largest difference 0 -> identical$' $ex/export.txt &&
    test -s $ex/hf/config.json && test -s $ex/hf/model.safetensors && test -s $ex/hf/tokenizer.json &&
    $B/examples/sample $ex/hf $ex/hf/tokenizer.json 'def count_' >$ex/hf1.txt &&
    $B/examples/sample $ex/ft.ckpt $ex/tok.bin 'def count_' >$ex/hf2.txt && cmp $ex/hf1.txt $ex/hf2.txt || shows $ex/export.txt
)
single "tokenize: GPT-2 ids as tiktoken's, round trip" ex_tokenize
single "tokenize --train: vocabulary saved, reloaded, round trip" ex_tokenize_train
single "train: held-out loss falls, checkpoints written" ex_train
single "sample: recites a memorised text, stops at stop strings; the same from a PHI_NO_TRAIN build" ex_sample
single "finetune: the solutions' held-out loss falls" ex_finetune
single "evaluate: references pass@1 = 1; finetuning lifts pass@1" ex_evaluate
single "export_hf: HuggingFace directory, identical logits" ex_export

echo "other architectures and Windows (make cross):"
suite "aarch64 (neon, scalar), s390x, windows" sh tests/cross.sh # a missing tool fails, naming its package

# A fixed seed: CI replays the start of the same search that passed here (a time limit still
# decides how far it gets). 'make fuzz' searches with fresh seeds.
echo "fuzzing smoke run (5 s per target, seed 1; 'make fuzz' runs longer):"
for f in fuzz_json:seeds_jsonl fuzz_jsonl:seeds_jsonl fuzz_safetensors:seeds_safetensors fuzz_checkpoint:seeds_checkpoint fuzz_tokens:seeds_tokens fuzz_tokenizer:seeds_tokenizer fuzz_python:seeds_python:python.dict fuzz_decontam:seeds_decontam:python.dict fuzz_quality:seeds_quality fuzz_http:seeds_http:http.dict fuzz_forest:seeds_forest; do
    dict=json.dict
    case $f in *:*:*) dict=${f##*:}; f=${f%:*} ;; esac
    seeds=tests/fuzz/${f#*:}
    f=${f%%:*}
    single "$f" sh -c "command -v $CLANG >/dev/null || { echo '$CLANG is not installed'; exit 1; }
        $CLANG -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -DPHI_STATIC -o $out/$f tests/fuzz/$f.c &&
        mkdir -p $out/corpus_$f && $out/$f -seed=1 -max_total_time=5 -artifact_prefix=$out/ -dict=tests/fuzz/$dict $out/corpus_$f $seeds"
done

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
