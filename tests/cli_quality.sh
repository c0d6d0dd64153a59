#!/bin/sh
# phi quality end to end:
#   - features: the CSV against tests/quality_ref.py (CPython's ast) on standard-library files and
#     odd ids (a comma, a quote, non-ASCII, an integer); the same bytes with 1 and 2 threads
#   - the mimic experiment, small: tests/rubric_label.py labels 400 files of this machine, the
#     filter trains on 20% and predicts the rest; it must beat the majority class clearly
#     (accuracy + 0.05, Spearman > 0.4, quadratic kappa > 0.3; measured by scikit-learn/scipy in
#     tests/quality_eval.py). Scores identical with 1 and 2 threads.
#   - filter: --keep 0.2 keeps ceil(0.2 n) documents, the best scored, their lines unchanged;
#     --threshold keeps exactly those scored T or more (checked in Python)
#   - errors: a document without id, a label without document, a repeated id, a bad JSON line,
#     an unknown block, --keep with --threshold, a damaged filter file: exit status and a message
#     naming the file and line
# Usage (from the repository root): sh tests/cli_quality.sh PHI_BINARY
set -u
phi=${1:?usage: cli_quality.sh PHI_BINARY}
PY=/usr/bin/python3
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-quality.XXXXXX")
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); printf '  ok    %s\n' "$1"; }
bad() { fail=$((fail + 1)); printf '  FAIL  %s\n' "$1"; [ -f "$dir/why" ] && sed 's/^/        /' "$dir/why" | head -20; rm -f "$dir/why"; }
check() { # label command...: passes when the command succeeds
    label=$1
    shift
    if "$@" >"$dir/why" 2>&1; then ok "$label"; else bad "$label"; fi
}
fails_with() { # label status pattern command...: the command exits with status and says pattern
    label=$1 want=$2 pat=$3
    shift 3
    "$@" >"$dir/why" 2>&1
    rc=$?
    if [ "$rc" -eq "$want" ] && grep -q -- "$pat" "$dir/why"; then ok "$label"; else echo "exit $rc" >>"$dir/why"; bad "$label"; fi
}

if [ ! -x $PY ]; then
    echo "SKIP: $PY missing"
    printf '# 0 passed, 0 failed, 1 skipped\n'
    exit 0
fi

# ---- features against CPython
$PY - "$dir/small.jsonl" <<'PY'
import glob, json, sys
files = sorted(glob.glob("/usr/lib/python3.11/*.py"))[::6]
with open(sys.argv[1], "w") as o:
    for k, f in enumerate(files):
        o.write(json.dumps({"id": f"file, \"{k}\" é" if k % 3 == 0 else k, "text": open(f, encoding="utf-8").read()}) + "\n")
PY
check "features: 1 thread" "$phi" quality features --data "$dir/small.jsonl" --threads 1 --out "$dir/f1.csv"
check "features: 2 threads" "$phi" quality features --data "$dir/small.jsonl" --threads 2 --out "$dir/f2.csv"
check "features: the same bytes with 1 and 2 threads" cmp "$dir/f1.csv" "$dir/f2.csv"
$PY tests/quality_ref.py "$dir/small.jsonl" >"$dir/ref.csv"
check "features: every value as CPython's ast and the definitions give it (tests/quality_ref.py)" \
    $PY tests/quality_ref.py --compare "$dir/ref.csv" "$dir/f2.csv"

# ---- the mimic experiment, small
$PY tests/rubric_label.py --corpus "$dir/corpus.jsonl" --labels "$dir/labels.jsonl" --max 400 2>"$dir/rubric.log"
$PY tests/quality_eval.py split "$dir/labels.jsonl" "$dir/train.jsonl"
check "train on 20% of the rubric's labels" "$phi" quality train --labels "$dir/train.jsonl" --data "$dir/corpus.jsonl" \
    --threads 2 --seed 1 --out "$dir/q.bin"
check "score: 1 thread" "$phi" quality score --model "$dir/q.bin" --data "$dir/corpus.jsonl" --threads 1 --out "$dir/s1.jsonl"
check "score: 2 threads" "$phi" quality score --model "$dir/q.bin" --data "$dir/corpus.jsonl" --threads 2 --out "$dir/s2.jsonl"
check "score: the same bytes with 1 and 2 threads" cmp "$dir/s1.jsonl" "$dir/s2.jsonl"
check "train: the same filter file with 1 and 2 threads" sh -c "'$phi' quality train --labels '$dir/train.jsonl' \
    --data '$dir/corpus.jsonl' --threads 1 --seed 1 --out '$dir/q1.bin' && cmp '$dir/q.bin' '$dir/q1.bin'"
$PY tests/quality_eval.py eval "$dir/labels.jsonl" phi "$dir/s2.jsonl" >"$dir/ours.json"
$PY - "$dir/ours.json" "$dir/labels.jsonl" <<'PY' >"$dir/why" 2>&1 && ok "mimic: clearly better than the majority class (accuracy + 0.05, Spearman > 0.4, quadratic kappa > 0.3)" || bad "mimic: better than the majority class"
import json, sys
from collections import Counter
m = json.loads(open(sys.argv[1]).read())
rows = [json.loads(l) for l in open(sys.argv[2])]
train = Counter(r["score"] for i, r in enumerate(rows) if i % 5 == 0)
major = train.most_common(1)[0][0]
test = [r["score"] for i, r in enumerate(rows) if i % 5]
base = sum(s == major for s in test) / len(test)
print(m, "majority accuracy", base)
assert m["accuracy"] >= base + 0.05 and m["spearman"] > 0.4 and m["kappa_quadratic"] > 0.3
PY

# ---- filter
check "filter --keep 0.2" "$phi" quality filter --scored "$dir/s2.jsonl" --keep 0.2 --data "$dir/corpus.jsonl" --out "$dir/kept.jsonl"
check "filter --threshold 4.5" "$phi" quality filter --scored "$dir/s2.jsonl" --threshold 4.5 --data "$dir/corpus.jsonl" --out "$dir/kept_t.jsonl"
$PY - "$dir" <<'PY' >"$dir/why" 2>&1 && ok "filter: the best ceil(0.2 n) (ties: the earlier), and exactly those >= T, lines unchanged" || bad "filter: what is kept"
import json, math, sys
d = sys.argv[1]
corpus = open(f"{d}/corpus.jsonl").read().splitlines()
score = [json.loads(l)["score"] for l in open(f"{d}/s2.jsonl")]
ids = [json.loads(l)["id"] for l in corpus]
assert [json.loads(l)["id"] for l in open(f"{d}/s2.jsonl")] == ids
k = math.ceil(0.2 * len(corpus))
best = sorted(range(len(corpus)), key=lambda i: (-score[i], i))[:k]
want = [corpus[i] for i in sorted(best)]
got = open(f"{d}/kept.jsonl").read().splitlines()
assert got == want, (len(got), len(want))
want_t = [corpus[i] for i in range(len(corpus)) if score[i] >= 4.5]
assert open(f"{d}/kept_t.jsonl").read().splitlines() == want_t
print(len(got), "kept of", len(corpus), ";", len(want_t), "at 4.5 or more")
PY

# ---- errors
printf '{"id":1,"text":"x = 1\\n"}\n{"text":"y = 2\\n"}\n' >"$dir/noid.jsonl"
fails_with "a document without id: its file and line" 1 "noid.jsonl:2: no member \"id\"" \
    "$phi" quality features --data "$dir/noid.jsonl" --out "$dir/x.csv"
printf '{"id":1,"text":"x = 1\\n"}\n{"id":2,"text":"y = 2\\n"}\n' >"$dir/two.jsonl"
printf '{"id":1,"score":3}\n{"id":7,"score":1}\n' >"$dir/orphan.jsonl"
fails_with "a label without document: its file and line" 1 "orphan.jsonl:2: no document with the id 7" \
    "$phi" quality train --labels "$dir/orphan.jsonl" --data "$dir/two.jsonl" --out "$dir/x.bin"
printf '{"id":1,"score":3}\n{"id":1,"score":1}\n' >"$dir/dup.jsonl"
fails_with "a repeated label id" 1 "dup.jsonl:2: the id 1 is also on line 1" \
    "$phi" quality train --labels "$dir/dup.jsonl" --data "$dir/two.jsonl" --out "$dir/x.bin"
printf '{"id":1,"score":"high"}\n' >"$dir/str.jsonl"
fails_with "a score that is not a number" 1 "str.jsonl:1: no number \"score\"" \
    "$phi" quality train --labels "$dir/str.jsonl" --data "$dir/two.jsonl" --out "$dir/x.bin"
printf '{"id":1,"text":"x = 1\\n"}\n{"id":2,"text":"y\n' >"$dir/badjson.jsonl"
fails_with "a bad JSON line: its file and line" 1 "badjson.jsonl:2" \
    "$phi" quality score --model "$dir/q.bin" --data "$dir/badjson.jsonl" --out "$dir/x.jsonl"
fails_with "an unknown feature block" 2 "'bogus' is not a feature block" \
    "$phi" quality features --data "$dir/two.jsonl" --features text,bogus --out "$dir/x.csv"
fails_with "the ngram block without a tokenizer" 2 "needs --tokenizer" \
    "$phi" quality features --data "$dir/two.jsonl" --features ngram --out "$dir/x.csv"
fails_with "--keep and --threshold together" 2 "one of --keep and --threshold" \
    "$phi" quality filter --scored "$dir/s2.jsonl" --keep 0.2 --threshold 1 --data "$dir/corpus.jsonl" --out "$dir/x.jsonl"
fails_with "a score of no document" 1 "s2.jsonl:1: no document with the id" \
    "$phi" quality filter --scored "$dir/s2.jsonl" --keep 0.2 --data "$dir/two.jsonl" --out "$dir/x.jsonl"
printf '{"id":2,"score":3.5}\n' >"$dir/one.jsonl"
fails_with "a document without score" 1 "two.jsonl:1: the document 1 has no score" \
    "$phi" quality filter --scored "$dir/one.jsonl" --keep 0.2 --data "$dir/two.jsonl" --out "$dir/x.jsonl"
head -c 200 "$dir/q.bin" >"$dir/cut.bin"
fails_with "a truncated filter file" 1 "cut.bin" "$phi" quality score --model "$dir/cut.bin" --data "$dir/two.jsonl" --out "$dir/x.jsonl"
check "help" "$phi" quality --help

printf '# %d passed, %d failed, 0 skipped\n' "$pass" "$fail"
[ "$fail" -eq 0 ]
