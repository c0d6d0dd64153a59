#!/bin/sh
# `phi exercises`, the built-in exercise generator (tools/exercises.c), end to end:
#   1. 300 training + 100 held-out exercises; the same seed gives the same bytes, another
#      seed other files;
#   2. the first N exercises do not depend on how many follow;
#   3. Python checks every exercise (tests/check_exercises.py): the programs pass with the
#      reference solution and fail with an empty one, the docstring examples are exact, the
#      prompts parse, every family appears, held-out names and (family, params) never occur
#      in training (this seed's or another seed's);
#   4. at scale (20000 + 2000) the split is disjoint, and held-out argument names and constants
#      each occur in training: only their combinations are new;
#   5. bad arguments are refused with a clear message and exit status 2.
# Usage: tests/cli_exercises.sh PHI_BINARY
set -eu
phi=${1:?usage: cli_exercises.sh PHI_BINARY}
case $phi in /*) ;; *) phi=$PWD/$phi ;; esac
root=$PWD
py=/usr/bin/python3
[ -x "$py" ] || py=python3
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-exercises.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cd "$dir"

echo "1. 300 + 100 exercises: seed 11 twice, seed 12 once"
"$phi" exercises --seed 11 --train 300 --heldout 100 --out a 2>a.err
cat a.err
grep -q "300 training exercises -> a/exercises_train.jsonl, 100 held-out -> a/exercises_heldout.jsonl" a.err
"$phi" exercises --seed 11 --train 300 --heldout 100 --out b 2>/dev/null
"$phi" exercises --seed 12 --train 300 --heldout 100 --out c 2>/dev/null
test "$(wc -l <a/exercises_train.jsonl)" -eq 300
test "$(wc -l <a/exercises_heldout.jsonl)" -eq 100
cmp a/exercises_train.jsonl b/exercises_train.jsonl
cmp a/exercises_heldout.jsonl b/exercises_heldout.jsonl
if cmp -s a/exercises_train.jsonl c/exercises_train.jsonl || cmp -s a/exercises_heldout.jsonl c/exercises_heldout.jsonl; then
    echo "seeds 11 and 12 gave the same exercises"
    exit 1
fi
echo "   same seed, same bytes; another seed, other exercises"

echo "2. the first 100 exercises do not depend on how many follow"
"$phi" exercises --seed 11 --train 100 --heldout 0 --out d 2>/dev/null
head -n 100 a/exercises_train.jsonl | cmp - d/exercises_train.jsonl
test -f d/exercises_heldout.jsonl && test ! -s d/exercises_heldout.jsonl

echo "3. Python runs and checks every exercise"
cat "$root"/tools/ex_*.c >families.c # the families' tables, one file per group of them
"$py" "$root/tests/check_exercises.py" a/exercises_train.jsonl a/exercises_heldout.jsonl families.c c/exercises_train.jsonl

echo "4. the split at scale (20000 + 2000): disjoint, and only the combinations are new"
"$phi" exercises --seed 5 --train 20000 --heldout 2000 --out f 2>/dev/null
"$py" - <<'PY'
import collections, json
load = lambda path: [json.loads(line) for line in open(path)]
train, held = load("f/exercises_train.jsonl"), load("f/exercises_heldout.jsonl")
def parts(r):  # "a b; K=3 J=5" -> (["a", "b"], ["3", "5"])
    args, _, consts = r["params"].partition("; ")
    return args.split(), [c.split("=")[1] for c in consts.split()]
names = {r["entry_point"] for r in train}
combos = {(r["family"], r["params"]) for r in train}
args = {a for r in train for a in parts(r)[0]}
consts = collections.defaultdict(set)
for r in train:
    consts[r["family"]].update(parts(r)[1])
assert not {r["entry_point"] for r in held} & names, "a held-out name is a training name"
assert not {(r["family"], r["params"]) for r in held} & combos, "held-out params occur in training"
assert {r["family"] for r in held} == {r["family"] for r in train}
new = {a for r in held for a in parts(r)[0]} - args
assert not new, "held-out argument names never seen in training: %s" % new
new = {(r["family"], c) for r in held for c in parts(r)[1] if c not in consts[r["family"]]}
assert not new, "held-out constants never seen in their family's training: %s" % new
print("   %d held-out names, %d held-out params, none in training; each of their argument names and constants is" %
      (len({r["entry_point"] for r in held}), len({(r["family"], r["params"]) for r in held})))
PY

echo "5. bad arguments are refused clearly"
refused() { # expected-message args...: exit status 2 and the message on stderr
    want=$1
    shift
    if "$phi" exercises "$@" 2>e.txt; then rc=0; else rc=$?; fi
    if [ "$rc" -ne 2 ] || ! grep -q -- "$want" e.txt; then
        echo "phi exercises $*: exit $rc, said: $(cat e.txt)"
        exit 1
    fi
}
refused "'-1' is not a number of exercises" --out e --train -1
refused "'3x' is not a number of exercises" --out e --heldout 3x
refused "'2000000' is not a number of exercises" --out e --train 2000000
refused "'abc' is not a seed" --out e --seed abc
refused "unknown option '--bogus'" --out e --bogus 1
refused "--train: needs a value" --out e --train
refused "usage: phi exercises" --seed 3
touch file
refused "cannot create the directory file/x: Not a directory" --out file/x
test ! -e e
"$phi" exercises --help | grep -q "exercises_heldout.jsonl"
echo "all exercise checks passed"
