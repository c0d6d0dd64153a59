#!/bin/sh
# phi forest fit|predict|info end to end, with scikit-learn (under /usr/bin/python3) as the
# reference, run at test time:
#   - one tree, no bootstrap, every feature: the predictions on a test CSV are those of
#     DecisionTreeClassifier / DecisionTreeRegressor fitted on the same CSV (one feature, so
#     no two features can tie; integers, so the bins are exact), with labels that are not
#     0..K-1 (the model maps them back)
#   - the same model bytes with 1 and 2 threads; --proba rows sum to 1 under a header of labels
#   - info --json: trees, nodes, bytes, the OOB score, importances summing to 1
#   - errors: a malformed cell names its line and column, a missing target column, a damaged
#     model file (exit 1)
# Usage (from the repository root): sh tests/cli_forest.sh PHI_BINARY
set -u
phi=${1:?usage: cli_forest.sh PHI_BINARY}
PY=/usr/bin/python3
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-forest.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); printf '  ok    %s\n' "$1"; }
bad() { fail=$((fail + 1)); printf '  FAIL  %s\n' "$1"; [ -f "$dir/why" ] && sed 's/^/        /' "$dir/why" | head -20; rm -f "$dir/why"; }

if ! $PY -c 'import sklearn' 2>/dev/null; then
    echo "SKIP: scikit-learn under $PY missing"
    printf '# 0 passed, 0 failed, 1 skipped\n'
    exit 0
fi

# ---- the data and scikit-learn's predictions
$PY - "$dir" <<'PY' || { echo "cannot make the data"; exit 1; }
import sys
import numpy as np
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor
d = sys.argv[1]
rng = np.random.RandomState(3)
labels = np.array([-3.5, 10.0, 42.0])
def write(path, noise, x, y):
    with open(path, "w") as f:
        f.write("noise,x,target\n")
        for a, b, c in zip(noise, x, y):
            f.write(f"{a:.6g},{b},{c:g}\n")
x = rng.randint(0, 200, 500)
cls = labels[(x // 40 + (rng.rand(500) < 0.15) * rng.randint(0, 3, 500)) % 3]
val = np.sin(x / 30.0) * 5 + rng.normal(0, 0.5, 500)
xt = rng.randint(-10, 210, 300)
write(f"{d}/cls_train.csv", rng.normal(size=500), x, cls)
write(f"{d}/reg_train.csv", rng.normal(size=500), x, val.astype(np.float32))
write(f"{d}/test.csv", rng.normal(size=300), xt, np.zeros(300))
X = x.reshape(-1, 1).astype(np.float32)
Xt = xt.reshape(-1, 1).astype(np.float32)
with open(f"{d}/cls_ref.txt", "w") as f:
    ids = np.searchsorted(labels, cls)  # scikit-learn wants class labels, not these floats
    for v in DecisionTreeClassifier(random_state=0).fit(X, ids).predict(Xt):
        f.write(f"{labels[v]:g}\n")
reg = DecisionTreeRegressor(random_state=0).fit(X, val.astype(np.float32))
with open(f"{d}/reg_ref.txt", "w") as f:
    for v in reg.predict(Xt):
        f.write(f"{v:.9g}\n")
PY

# The single feature x: "noise" is left out of training by a CSV without it.
cut -d, -f2,3 "$dir/cls_train.csv" >"$dir/cls_x.csv"
cut -d, -f2,3 "$dir/reg_train.csv" >"$dir/reg_x.csv"

if $phi forest fit --data "$dir/cls_x.csv" --target target --trees 1 --no-bootstrap --max-features all --out "$dir/cls.bin" 2>"$dir/why" &&
    $phi forest predict --model "$dir/cls.bin" --data "$dir/test.csv" --out "$dir/cls_pred.csv" 2>"$dir/why" &&
    $PY -c 'import sys; a=[float(l) for l in open(sys.argv[1])]; b=[float(l) for l in open(sys.argv[2])]; sys.exit(a != b or len(a) != 300)' \
        "$dir/cls_pred.csv" "$dir/cls_ref.txt" 2>"$dir/why"; then
    ok "one classification tree predicts as DecisionTreeClassifier (labels -3.5, 10, 42 kept)"
else bad "one classification tree predicts as DecisionTreeClassifier"; fi

if $phi forest fit --data "$dir/reg_x.csv" --target target --regression --trees 1 --no-bootstrap --out "$dir/reg.bin" 2>"$dir/why" &&
    $phi forest predict --model "$dir/reg.bin" --data "$dir/test.csv" --out "$dir/reg_pred.csv" 2>"$dir/why" &&
    $PY -c 'import sys; a=[float(l) for l in open(sys.argv[1])]; b=[float(l) for l in open(sys.argv[2])]; sys.exit(len(a) != 300 or any(abs(x - y) > 1e-5 * (1 + abs(y)) for x, y in zip(a, b)))' \
        "$dir/reg_pred.csv" "$dir/reg_ref.txt" 2>"$dir/why"; then
    ok "one regression tree predicts as DecisionTreeRegressor"
else bad "one regression tree predicts as DecisionTreeRegressor"; fi

if $phi forest fit --data "$dir/cls_train.csv" --target target --trees 20 --oob --seed 5 --threads 1 --out "$dir/f1.bin" 2>"$dir/why" &&
    $phi forest fit --data "$dir/cls_train.csv" --target target --trees 20 --oob --seed 5 --threads 2 --out "$dir/f2.bin" 2>"$dir/why" &&
    cmp "$dir/f1.bin" "$dir/f2.bin" >"$dir/why" 2>&1; then
    ok "the same model bytes with 1 and 2 threads"
else bad "the same model bytes with 1 and 2 threads"; fi

if $phi forest predict --model "$dir/f1.bin" --data "$dir/test.csv" --proba --out "$dir/proba.csv" 2>"$dir/why" &&
    $PY -c '
import sys
rows = open(sys.argv[1]).read().splitlines()
assert rows[0] == "-3.5,10,42", rows[0]
assert len(rows) == 301
for r in rows[1:]:
    p = [float(v) for v in r.split(",")]
    assert len(p) == 3 and abs(sum(p) - 1) < 1e-5, r' "$dir/proba.csv" 2>"$dir/why"; then
    ok "--proba: a header of the labels, then rows that sum to 1"
else bad "--proba: a header of the labels, then rows that sum to 1"; fi

if $phi forest info --json "$dir/f1.bin" >"$dir/info.json" 2>"$dir/why" && $PY -c '
import json, os, sys
i = json.load(open(sys.argv[1]))
assert i["trees"] == 20 and i["nodes"] > 20 and i["bytes"] == os.path.getsize(sys.argv[2]), i
assert 0.5 < i["oob_score"] <= 1 and i["labels"] == [-3.5, 10, 42], i
assert set(i["importance"]) == {"noise", "x"} and abs(sum(i["importance"].values()) - 1) < 1e-9, i' "$dir/info.json" "$dir/f1.bin" 2>"$dir/why" &&
    $phi forest info "$dir/f1.bin" | grep -q '^oob_score   0\.'; then
    ok "info: trees, nodes, bytes, OOB score, importances"
else bad "info: trees, nodes, bytes, OOB score, importances"; fi

printf 'a,b,target\n1,2,0\n3,4x,1\n' >"$dir/badcell.csv"
$phi forest fit --data "$dir/badcell.csv" --target target --out "$dir/x.bin" 2>"$dir/err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'badcell.csv:3: column 2 (b): .4x. is not a finite number' "$dir/err" && [ ! -e "$dir/x.bin" ]; then
    ok "a malformed cell: exit 1, its line and column named"
else cp "$dir/err" "$dir/why"; bad "a malformed cell: exit 1, its line and column named (exit $rc)"; fi

$phi forest fit --data "$dir/cls_train.csv" --target nope --out "$dir/x.bin" 2>"$dir/err"
rc=$?
if [ $rc -eq 1 ] && grep -q "no column 'nope'" "$dir/err"; then ok "a missing target column: exit 1"
else cp "$dir/err" "$dir/why"; bad "a missing target column (exit $rc)"; fi

head -c 300 "$dir/f1.bin" >"$dir/cut.bin"
$phi forest predict --model "$dir/cut.bin" --data "$dir/test.csv" --out "$dir/x.csv" 2>"$dir/err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'cut.bin.*truncated' "$dir/err"; then ok "a truncated model: exit 1, said so"
else cp "$dir/err" "$dir/why"; bad "a truncated model (exit $rc)"; fi

printf '# %d passed, %d failed, 0 skipped\n' "$pass" "$fail"
[ "$fail" -eq 0 ]
