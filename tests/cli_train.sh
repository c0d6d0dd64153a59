#!/bin/sh
# `phi train`, `phi export`, `phi forward` and `phi sample` end to end on tiny synthetic runs:
#   1. --json prints one JSON line with tokens_per_s, and the run directory holds its files;
#   2. 20 steps straight and 10 steps, stop, --resume, 10 more give byte-identical checkpoints
#      (weights, AdamW moments, step) and the same loss curve;
#   3. a diverging run (resumed with an absurd learning rate) stops with exit 1, a message
#      naming the step, and the last good checkpoint byte for byte as it was;
#   4. export to a HuggingFace directory, then the logits of the checkpoint and of the export
#      are identical, and greedy sampling gives the same tokens from both.
#   6-7 (HumanEval and GPT-2's vocabulary from $PHI_DATA): without that data the script stops
#   there with exit 77, a skip (tests/run.sh), saying which file is missing.
# Usage (from the repository root): tests/cli_train.sh PHI_BINARY
set -eu
phi=${1:?usage: cli_train.sh PHI_BINARY}
case $phi in /*) ;; *) phi=$PWD/$phi ;; esac
. tests/lib.sh
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-train.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cd "$dir"
F="--synthetic --layers 2 --dim 32 --heads 2 --vocab 64 --batch 2 --seq 16 --eval-every 5 --ckpt-every 10 --threads 2 -q"

echo "1. --json summary and the run directory"
"$phi" train $F --steps 20 --out a --json >a.json
python3 -c '
import json, sys
s = json.loads(open("a.json").read())
assert s["command"] == "train" and s["steps"] == 20 and s["tokens_per_s"] > 0 and s["params"] == 29504, s
rows = open("a/loss.csv").read().splitlines()
assert rows[0] == "step,loss,val_loss,lr,grad_norm,tokens_per_s" and len(rows) == 21, rows[:2]
assert [int(r.split(",")[0]) for r in rows[1:]] == list(range(1, 21))
assert open("a/loss.svg").read().startswith("<svg") and json.load(open("a/run.json"))["args"][0] == "--synthetic"
print("   tokens_per_s %.0f, final loss %.4f" % (s["tokens_per_s"], s["loss"]))'

echo "2. resume is bit-identical"
"$phi" train $F --steps 20 --stop-at 10 --out b
python3 -c 'assert len(open("b/loss.csv").read().splitlines()) == 11'
cp b/checkpoint.bin step10.bin
"$phi" train --out b --resume
cmp a/checkpoint.bin b/checkpoint.bin
cut -d, -f1-5 a/loss.csv >a.csv
cut -d, -f1-5 b/loss.csv >b.csv
cmp a.csv b.csv
echo "   checkpoints and loss curves identical"

echo "3. a NaN loss stops training and keeps the last good checkpoint"
cp step10.bin c.bin
mkdir c && cp step10.bin c/checkpoint.bin && cp b/run.json c/run.json
if "$phi" train --out c --resume --lr 1e30 --clip -1 2>c.err; then echo "a diverging run exited 0"; exit 1; else rc=$?; fi
cat c.err
test "$rc" -eq 1
grep -q "step 1[1-9]: the training loss is" c.err || grep -q "step 1[1-9]: the gradient norm is" c.err
grep -q "the last good checkpoint, c/checkpoint.bin (step 10), is untouched" c.err
cmp c/checkpoint.bin step10.bin

echo "4. export, then the same logits and the same greedy tokens"
"$phi" export --model a/checkpoint.bin --hf hf 2>/dev/null
test -s hf/config.json && test -s hf/model.safetensors
"$phi" forward --model a/checkpoint.bin --ids 1,2,3,4,5,6,7,8 --logits ck.f32 2>/dev/null
"$phi" forward --model hf --ids 1,2,3,4,5,6,7,8 --logits hf.f32 2>/dev/null
test "$(wc -c <ck.f32)" -eq $((8 * 64 * 4))
cmp ck.f32 hf.f32
"$phi" sample --model a/checkpoint.bin --ids 1,2,3 --max-new 12 >s1.txt
"$phi" sample --model hf --ids 1,2,3 --max-new 12 >s2.txt
test "$(wc -w <s1.txt)" -eq 12
cmp s1.txt s2.txt
echo "   logits identical, samples identical: $(cat s1.txt)"

echo "5. bad input is refused clearly"
if "$phi" train --data nope.tok 2>e.txt; then exit 1; fi
grep -q "nope.tok" e.txt
printf 'PHITOKS\0garbage' >bad.tok
if "$phi" train --data bad.tok --out d 2>e.txt; then exit 1; fi
grep -q "bad.tok" e.txt && cat e.txt
if "$phi" train --out nowhere --resume 2>e.txt; then exit 1; fi
grep -q "run.json" e.txt
echo "6. a tiny model overfits a real text (HumanEval/0's prompt, GPT-2 tokens); sampling reproduces it"
have_data gpt2/encoder.json gpt2/vocab.bpe humaneval/HumanEval.jsonl || exit 77
gpt2=$PHI_DATA/gpt2
head -n 1 "$PHI_DATA/humaneval/HumanEval.jsonl" |
    python3 -c 'import json, sys; print(json.dumps({"text": json.loads(sys.stdin.read())["prompt"]}))' >text.jsonl
"$phi" train --data text.jsonl --tokenizer "$gpt2" --layers 2 --dim 64 --heads 2 --seq 64 --batch 1 --steps 150 \
    --lr 3e-3 --warmup 10 --val-frac 0 --threads 2 --out o -q --json >o.json
"$phi" sample --model o/checkpoint.bin --tokenizer "$gpt2" --prompt "from typing import List" --max-new 40 >o.txt
python3 - <<'PY'
import json
s = json.load(open("o.json"))
assert s["loss"] < 0.1, "final loss %g" % s["loss"]
text = json.load(open("text.jsonl"))["text"]
got = open("o.txt").read()
assert len(got) > 100 and text.startswith("from typing import List" + got.rstrip("\n")), repr(got)
print("   loss %.4f; 40 sampled tokens reproduce %d characters of the text" % (s["loss"], len(got)))
PY
# --code-stops given four times (it once overflowed the array of stop strings) adds them once
"$phi" sample --model o/checkpoint.bin --tokenizer "$gpt2" --prompt "from typing import List" \
    --code-stops --code-stops --code-stops --code-stops >c.txt
python3 - <<'PY'
import json
text = json.load(open("text.jsonl"))["text"][len("from typing import List"):]
want = text[:text.index("\ndef")]
assert open("c.txt").read() == want + ("" if want.endswith("\n") else "\n"), (open("c.txt").read(), want)
print("   --code-stops x4: stopped before \\ndef")
PY

echo "7. finetune on exercises: loss on the completions, from the checkpoint"
head -n 20 "$PHI_DATA/humaneval/HumanEval.jsonl" >ex.jsonl
"$phi" finetune --init o/checkpoint.bin --data ex.jsonl --tokenizer "$gpt2" --completion-field canonical_solution \
    --seq 64 --batch 2 --steps 30 --eval-every 10 --threads 2 --out f -q --json >f.json
python3 -c '
import json
s = json.load(open("f.json"))
rows = [r.split(",") for r in open("f/loss.csv").read().splitlines()[1:]]
assert s["command"] == "finetune" and len(rows) == 30 and "val_loss" in s, s
assert float(rows[-1][1]) < float(rows[0][1]), (rows[0], rows[-1])
print("   loss %s -> %s, validation %.3f" % (rows[0][1], rows[-1][1], s["val_loss"]))'
if "$phi" finetune --data ex.jsonl --tokenizer "$gpt2" 2>e.txt; then exit 1; fi
grep -q -- "--init" e.txt
if "$phi" finetune --init o/checkpoint.bin --data ex.jsonl --tokenizer "$gpt2" --completion-field nope --out g 2>e.txt; then exit 1; fi
grep -q 'record 1 has no string field "nope"' e.txt

echo "all train checks passed"
