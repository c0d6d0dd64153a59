#!/bin/sh
# Regenerates tests/fuzz/seeds_tokenizer with ./phi (run `make phi` first): small vocabularies
# trained on HumanEval's prompts, in our format and as tokenizer.json, and a GPT-2 style pair
# (encoder.json, a NUL byte, vocab.bpe) made from the tokenizer.json with Python.
set -eu
he=${PHI_DATA:-../shared/data}/humaneval/HumanEval.jsonl # the public test data (make data)
d=tests/fuzz/seeds_tokenizer
mkdir -p $d
./phi tokenizer train --vocab-size 300 --special '<|endoftext|>' --jsonl prompt --out $d/small.tok "$he"
./phi tokenizer train --vocab-size 300 --special '<|endoftext|>' --jsonl prompt --out $d/small.json "$he"
python3 - $d <<'PY'
import json, sys
d = sys.argv[1]
m = json.load(open(d + "/small.json"))["model"]
enc = json.dumps(m["vocab"], ensure_ascii=False).encode()
bpe = ("#version: 0.2\n" + "\n".join(m["merges"]) + "\n").encode()
open(d + "/small.gpt2", "wb").write(enc + b"\0" + bpe)
PY
