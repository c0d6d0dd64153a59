#!/bin/sh
# Writes the seeds of fuzz_quality: small quality filters (a few shallow trees), made by
# phi quality train on a handful of documents. Usage: sh tests/fuzz/make_seeds_quality.sh ./phi
set -eu
phi=${1:-./phi}
dir=tests/fuzz/seeds_quality
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' '{"id":1,"text":"def f(x):\n    \"\"\"Doc.\"\"\"\n    return x\n"}' '{"id":2,"text":"x=[1,2,3]\n"}' \
    '{"id":3,"text":"# c\nimport os\n"}' '{"id":"four","text":"class A:\n    pass\n"}' >"$tmp/c.jsonl"
printf '%s\n' '{"id":1,"score":3}' '{"id":2,"score":0}' '{"id":3,"score":1}' '{"id":"four","score":2}' >"$tmp/l.jsonl"
"$phi" quality train --labels "$tmp/l.jsonl" --data "$tmp/c.jsonl" --trees 2 --threads 1 --out "$dir/classes.bin" 2>/dev/null
"$phi" quality train --labels "$tmp/l.jsonl" --data "$tmp/c.jsonl" --trees 2 --threads 1 --features text --regression \
    --out "$dir/regression.bin" 2>/dev/null
ls -l "$dir"
