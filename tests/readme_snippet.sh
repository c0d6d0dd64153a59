#!/bin/sh
# The README's "library in 20 lines" is real: extract it, compile it with -Werror, and run it
# on a small model (one step of training on random GPT-2 tokens) with GPT-2's tokenizer.
# Without GPT-2's vocabulary ($PHI_DATA/gpt2) it only compiles, then exits 77 (skipped).
# Usage (from the repository root): tests/readme_snippet.sh PHI_BINARY
set -eu
phi=${1:?usage: readme_snippet.sh PHI_BINARY}
. tests/lib.sh
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-readme.XXXXXX")
trap 'rm -rf "$dir"' EXIT
awk '/^## The library in 20 lines/ {on = 1} on && /^```c$/ {code = 1; next} code && /^```$/ {exit} code {print}' README.md >"$dir/sample.c"
test "$(wc -l <"$dir/sample.c")" -ge 15
${CC:-cc} -std=c99 -Wall -Wextra -Werror -O1 -I. -o "$dir/sample" "$dir/sample.c" -lpthread -lm
have_data gpt2/encoder.json gpt2/vocab.bpe || exit 77
"$phi" train --synthetic --vocab 50257 --layers 1 --dim 32 --heads 2 --batch 1 --seq 16 --steps 1 --out "$dir/m" -q
"$dir/sample" "$dir/m/checkpoint.bin" "$PHI_DATA/gpt2" 'def add_three(x: int) -> int:' >"$dir/out.txt"
head -c 29 "$dir/out.txt" | grep -q '^def add_three(x: int) -> int:$'
test "$(wc -c <"$dir/out.txt")" -gt 31 # the prompt, then what the model wrote
if "$dir/sample" "$dir/m/checkpoint.bin" "$dir/nowhere" 'x' 2>"$dir/err.txt"; then exit 1; fi
grep -q nowhere "$dir/err.txt"
echo "the README's snippet compiles and samples"
