#!/bin/sh
# The quality filter (phi quality), two measures:
#   1. Mimicking a teacher, offline. tests/rubric_label.py (a fixed rubric over CPython's ast,
#      independent of our features) scores QUALITY_FILES Python files of this machine (default
#      3000: /usr/lib/python3.11 and dist-packages, taken evenly) from 0 to 6; the filter learns
#      from 20% of them (every 5th) and predicts the other 80%. Measures (tests/quality_eval.py,
#      scikit-learn and scipy): accuracy, Cohen's kappa (plain and quadratic), Spearman's rank
#      correlation, the overlap of our top 20% with the rubric's, the mean rubric score of what
#      is kept. Beside: the majority class, the single best feature, scikit-learn's
#      RandomForestClassifier on our very features; and our forest on each block of features
#      alone and together (the ablation); our forest and scikit-learn's with seeds 0, 1, 2 on
#      text+ast, and the mean of the three. The ngram and model blocks read a 1024-token BPE
#      vocabulary trained on the corpus, and a small random-weight phi model (bench/make_model.c:
#      L=2, C=64, NH=4, context 256; its first 256 tokens per document): a pretrained model,
#      as in the paper, is not available offline, so the model block's figure here says what
#      its plumbing costs more than what a real embedding is worth.
#   2. Filter throughput: documents/s of `phi quality score` on 2 threads (features + forest),
#      without and with the model block; beside it, the same text+ast features computed in
#      Python (tests/quality_ref.py) + scikit-learn's predict_proba, on the first 500 documents.
# Usage (from the repository root, after make phi): sh bench/quality.sh
set -eu
N=${QUALITY_FILES:-3000}
THREADS=${THREADS:-2}
PY=/usr/bin/python3
B=build/bench
work=${TMPDIR:-/tmp}/phi-bench-quality
mkdir -p "$B" "$work"
rm -f "$work/results.jsonl" "$work/speed.txt"
${CC:-cc} -std=c99 -O2 -Wall -Wextra -o "$B/make_model" bench/make_model.c

now() { date +%s.%N; }
echo "quality filter: labelling $N files with tests/rubric_label.py ..." >&2
$PY tests/rubric_label.py --corpus "$work/corpus.jsonl" --labels "$work/labels.jsonl" --max "$N"
$PY tests/quality_eval.py split "$work/labels.jsonl" "$work/train.jsonl"
docs=$(wc -l <"$work/corpus.jsonl")

./phi tokenizer train --vocab-size 1024 --jsonl text --threads "$THREADS" --out "$work/tok.bin" "$work/corpus.jsonl" 2>/dev/null
mkdir -p "$work/model"
"$B/make_model" hf "$work/model" 2 64 256 4 1024 256 >/dev/null

# train on 20%, score all, measure on the other 80%; the scoring time is the throughput
run() { # name blocks [seed]
    extra=""
    case $2 in *ngram* | *model*) extra="--tokenizer $work/tok.bin" ;; esac
    case $2 in *model*) extra="$extra --model-embed $work/model --max-tokens 256" ;; esac
    # shellcheck disable=SC2086
    ./phi quality train --labels "$work/train.jsonl" --data "$work/corpus.jsonl" --features "$2" $extra --seed "${3:-0}" \
        --threads "$THREADS" --out "$work/q.bin" 2>"$work/train.log" || { cat "$work/train.log"; exit 1; }
    t0=$(now)
    ./phi quality score --model "$work/q.bin" --data "$work/corpus.jsonl" --threads "$THREADS" --out "$work/scored.jsonl" 2>/dev/null
    t1=$(now)
    $PY tests/quality_eval.py eval "$work/labels.jsonl" "$1" "$work/scored.jsonl" >>"$work/results.jsonl"
    echo "$1|$(echo "$docs $t0 $t1" | awk '{printf "%.0f", $1 / ($3 - $2)}')" >>"$work/speed.txt"
}
echo "quality filter: our forest on each set of feature blocks ..." >&2
run "phi: text" text
run "phi: ast" ast
run "phi: text+ast (seed 0)" text,ast 0
run "phi: text+ast (seed 1)" text,ast 1
run "phi: text+ast (seed 2)" text,ast 2
run "phi: text+ast+ngram" text,ast,ngram
run "phi: model" model
run "phi: text+ast+ngram+model" text,ast,ngram,model

echo "quality filter: baselines (scikit-learn) ..." >&2
./phi quality features --data "$work/corpus.jsonl" --features text,ast --threads "$THREADS" --out "$work/features.csv" 2>/dev/null
$PY tests/quality_eval.py baselines "$work/labels.jsonl" "$work/features.csv" 0,1,2 >>"$work/results.jsonl"

# the peer's throughput: Python features + scikit-learn, on the first 500 documents
head -n 500 "$work/corpus.jsonl" >"$work/corpus500.jsonl"
$PY - "$work" "$THREADS" <<'PY' >>"$work/speed.txt"
import json, subprocess, sys, time
import numpy as np
from sklearn.ensemble import RandomForestClassifier
sys.path.insert(0, "tests")
import quality_ref
work, threads = sys.argv[1], int(sys.argv[2])
X = np.random.default_rng(0).random((600, 52)).astype(np.float32)
rf = RandomForestClassifier(n_estimators=100, random_state=0, n_jobs=threads).fit(X, np.arange(600) % 6)
docs = [json.loads(l)["text"].encode("utf-8", "surrogatepass") for l in open(f"{work}/corpus500.jsonl")]
t0 = time.perf_counter()
F = np.array([[v for v in {**quality_ref.text_features(t), **quality_ref.ast_features(t)}.values()] for t in docs], dtype=np.float32)
rf.predict_proba(F)
print(f"peer: Python text+ast features + scikit-learn|{len(docs) / (time.perf_counter() - t0):.0f}")
PY

lscpu | sed -n 's/^Model name: *//p' | head -n 1 | sed 's/^/CPU: /'
$PY - "$work" "$N" "$docs" <<'PY'
import json, sys
work, n, docs = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [json.loads(l) for l in open(f"{work}/results.jsonl")]
print(f"Mimicking a teacher: the rubric of tests/rubric_label.py on {docs} Python files of this machine,")
print(f"trained on 20% ({docs - rows[0]['test']}), measured on the other 80% ({rows[0]['test']}); scores 0..6,")
print(f"mean {rows[0]['mean']:.2f}; the rubric's own top 20% has mean {rows[0]['oracle_top20_mean']:.2f}.")
print()
print(f"{'filter':<48} {'accuracy':>8} {'kappa':>6} {'kappa_q':>7} {'spearman':>8} {'top20':>6} {'kept mean':>9}")
for r in rows:
    sp = "-" if r["spearman"] is None else f"{r['spearman']:.3f}"
    print(f"{r['name']:<48} {r['accuracy']:>8.3f} {r['kappa']:>6.3f} {r['kappa_quadratic']:>7.3f} {sp:>8} "
          f"{r['top20_overlap']:>6.3f} {r['top20_mean']:>9.2f}")
def mean_of(prefix):
    sel = [r for r in rows if r["name"].startswith(prefix)]
    return {k: sum(r[k] for r in sel) / len(sel) for k in ("accuracy", "kappa", "kappa_quadratic", "spearman", "top20_overlap")}
a, b = mean_of("phi: text+ast (seed"), mean_of("scikit-learn RandomForest (seed")
print()
print("Mean of seeds 0, 1, 2 on the same text+ast features, ours vs scikit-learn: " +
      ", ".join(f"{k} {a[k]:.3f} vs {b[k]:.3f}" for k in a))
print()
print("Filter throughput (documents/s, 2 threads; ours: phi quality score on every document, features + forest):")
for line in open(f"{work}/speed.txt"):
    name, v = line.rstrip("\n").split("|")
    print(f"  {name:<60} {v:>8}")
PY
