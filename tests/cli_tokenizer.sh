#!/bin/sh
# `phi tokenizer` end to end: encode matches tiktoken's ids (tests/fixtures/tok_stress.ids),
# decode gives the bytes back, token files (encode --out, decode --in, phi train --data), train -> encode -> decode round-trips every input file (invalid
# UTF-8 included) in both file formats, and bad input gives the documented exit codes.
# What needs no public data runs first; without GPT-2's vocabulary or HumanEval ($PHI_DATA)
# the script then exits 77, a skip (tests/run.sh), saying which file is missing.
# Usage (from the repository root): tests/cli_tokenizer.sh PHI_BINARY
set -eu
phi=${1:?usage: cli_tokenizer.sh PHI_BINARY}
. tests/lib.sh
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-tokenizer.XXXXXX")
trap 'rm -rf "$dir"' EXIT
gpt2=$PHI_DATA/gpt2
fail() { echo "FAIL: $*"; exit 1; }

# trained vocabularies, and the exit codes that need no vocabulary: no data needed
corpus="tests/fixtures/tok_stress.txt tests/fixtures/tok_invalid.bin tests/test_tokenizer.c phi.h"
for out in "$dir/t.tok" "$dir/t.json"; do
    "$phi" tokenizer train --vocab-size 3000 --special '<|endoftext|>' --out "$out" $corpus 2>"$dir/err" ||
        fail "train: $(cat "$dir/err")"
    "$phi" tokenizer info --tokenizer "$out" | grep -q ': 3000 tokens' || fail "info on $out"
    for f in $corpus; do
        "$phi" tokenizer encode --tokenizer "$out" <"$f" | "$phi" tokenizer decode --tokenizer "$out" >"$dir/back"
        cmp "$dir/back" "$f" || fail "$f does not round-trip through $out"
    done
done

# exit codes: 1 bad input, 2 usage or I/O
rc=0; "$phi" tokenizer encode </dev/null >/dev/null 2>&1 || rc=$?
[ $rc -eq 2 ] || fail "encode without --tokenizer: exit $rc"
rc=0; "$phi" tokenizer encode --tokenizer "$dir/missing" </dev/null >/dev/null 2>&1 || rc=$?
[ $rc -eq 2 ] || fail "encode with a missing tokenizer: exit $rc"
rc=0; "$phi" tokenizer train --out "$dir/x.tok" tests/fixtures/tok_stress.txt >/dev/null 2>&1 || rc=$?
[ $rc -eq 2 ] || fail "train without --vocab-size: exit $rc"
"$phi" tokenizer --help | grep -q 'phi tokenizer train' || fail "--help"

have_data gpt2/encoder.json gpt2/vocab.bpe humaneval/HumanEval.jsonl || exit 77
"$phi" tokenizer encode --tokenizer "$gpt2" <tests/fixtures/tok_stress.txt >"$dir/ids"
cmp "$dir/ids" tests/fixtures/tok_stress.ids || fail "encode differs from tiktoken"
"$phi" tokenizer encode --tokenizer "$gpt2" --threads 2 <tests/fixtures/tok_invalid.bin >"$dir/ids2"
cmp "$dir/ids2" tests/fixtures/tok_invalid.ids || fail "encode of invalid UTF-8 differs from the reference"
"$phi" tokenizer decode --tokenizer "$gpt2" <"$dir/ids2" >"$dir/back"
cmp "$dir/back" tests/fixtures/tok_invalid.bin || fail "decode does not give the bytes back"

# token files: encode --out, decode --in, and phi train reads them
"$phi" tokenizer encode --tokenizer "$gpt2" --out "$dir/stress.tok" <tests/fixtures/tok_stress.txt 2>"$dir/err" &&
    grep -q 'tokens, written to' "$dir/err" || fail "encode --out: $(cat "$dir/err")"
"$phi" tokenizer decode --tokenizer "$gpt2" --in "$dir/stress.tok" | cmp - tests/fixtures/tok_stress.txt ||
    fail "decode --in does not give the text back"
tr ' ' '\n' <tests/fixtures/tok_stress.ids | "$phi" tokenizer decode --tokenizer "$gpt2" | cmp - tests/fixtures/tok_stress.txt ||
    fail "the fixture's ids do not decode to the text"
"$phi" train --data "$dir/stress.tok" --layers 1 --dim 32 --heads 2 --vocab 50257 --batch 2 --seq 32 --steps 2 \
    --out "$dir/run" >"$dir/err" 2>&1 || fail "phi train on the token file: $(tail -n 3 "$dir/err")"
head -c 1000 "$dir/stress.tok" >"$dir/cut.tok"
rc=0; "$phi" tokenizer decode --tokenizer "$gpt2" --in "$dir/cut.tok" >/dev/null 2>"$dir/err" || rc=$?
[ $rc -eq 1 ] && grep -q 'the header promises 16023 tokens' "$dir/err" || fail "decode --in of a cut file: exit $rc"
rc=0; "$phi" tokenizer decode --tokenizer "$gpt2" --in "$dir/none.tok" >/dev/null 2>&1 || rc=$?
[ $rc -eq 2 ] || fail "decode --in of a missing file: exit $rc"

"$phi" tokenizer train --vocab-size 300 --jsonl prompt --out "$dir/he.tok" "$PHI_DATA/humaneval/HumanEval.jsonl" 2>"$dir/err" ||
    fail "train --jsonl: $(cat "$dir/err")"
grep -q '164 texts' "$dir/err" || fail "train --jsonl read $(cat "$dir/err")"

# exit codes of bad input to GPT-2's vocabulary
rc=0; echo "15496 50257" | "$phi" tokenizer decode --tokenizer "$gpt2" >/dev/null 2>"$dir/err" || rc=$?
[ $rc -eq 1 ] && grep -q '50257' "$dir/err" || fail "decode of an unknown id: exit $rc"
rc=0; echo "12 x" | "$phi" tokenizer decode --tokenizer "$gpt2" >/dev/null 2>&1 || rc=$?
[ $rc -eq 1 ] || fail "decode of a non-number: exit $rc"
echo "ok"
