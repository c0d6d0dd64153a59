#!/bin/sh
# `phi demo --tiny` (the whole recipe at a toy size), killed with SIGKILL while it trains and
# run again: it must finish, print the summary table and write the report, without redoing
# the stages that were done (their outputs keep their bytes and modification times, and it
# says it skipped them). Usage: tests/cli_demo.sh PHI_BINARY
set -eu
phi=${1:?usage: cli_demo.sh PHI_BINARY}
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-demo.XXXXXX")
trap 'rm -rf "$dir"' EXIT
w=$dir/work

"$phi" demo --tiny --workdir "$w" >"$dir/out1.txt" 2>"$dir/err1.txt" &
pid=$!
i=0 # wait for the first checkpoint of pretraining, then kill it hard
while [ ! -f "$w/pretrain/checkpoint.bin" ] && [ $i -lt 600 ] && kill -0 $pid 2>/dev/null; do sleep 0.05; i=$((i + 1)); done
kill -9 $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
test -f "$w/stages/tokenizer.json" || { echo "killed before the tokenizer stage ended"; cat "$dir/err1.txt"; exit 1; }
before=$(cd "$w" && ls -l --time-style=+%s.%N corpus.jsonl exercises_train.jsonl exercises_heldout.jsonl tokenizer.bin \
    stages/corpus.json stages/exercises.json stages/tokenizer.json | awk '{print $6, $7}')
sums=$(cd "$w" && cksum corpus.jsonl exercises_train.jsonl exercises_heldout.jsonl tokenizer.bin)

"$phi" demo --workdir "$w" >"$dir/out2.txt" 2>"$dir/err2.txt" || { cat "$dir/err2.txt"; exit 1; }
for s in corpus exercises tokenizer; do
    grep -q "$s *done before, skipped" "$dir/err2.txt" || { echo "stage $s was not skipped"; cat "$dir/err2.txt"; exit 1; }
done
after=$(cd "$w" && ls -l --time-style=+%s.%N corpus.jsonl exercises_train.jsonl exercises_heldout.jsonl tokenizer.bin \
    stages/corpus.json stages/exercises.json stages/tokenizer.json | awk '{print $6, $7}')
test "$before" = "$after" || { echo "finished stages were rewritten"; exit 1; }
test "$sums" = "$(cd "$w" && cksum corpus.jsonl exercises_train.jsonl exercises_heldout.jsonl tokenizer.bin)"
grep -q "going on from .*pretrain/checkpoint.bin at step" "$dir/err2.txt" || grep -q "pretrain  done before, skipped" "$dir/err2.txt"
grep -q "| pass@1, 10 held-out exercises (greedy) |" "$dir/out2.txt"
for f in report.md pass1.svg pretrain/loss.svg finetune/loss.svg results_pretrained.jsonl results_finetuned.jsonl; do
    test -s "$w/$f" || { echo "$f is missing"; exit 1; }
done
test "$(wc -l <"$w/results_finetuned.jsonl")" -eq 10
grep -q "^| 2. exercises | 60 training, 10 held-out" "$w/report.md"
# a third run has nothing left to do but the report
"$phi" demo --workdir "$w" >"$dir/out3.txt" 2>"$dir/err3.txt"
test "$(grep -c 'done before, skipped' "$dir/err3.txt")" -eq 6
cmp "$dir/out2.txt" "$dir/out3.txt"
echo "killed at $(grep -o 'step [0-9]*/30' "$dir/err1.txt" | tail -n 1 || echo 'the start'); the second run skipped 3 stages and finished"
