#!/bin/sh
# phi decontam end to end, against references made by CPython at test time:
#   - pair: sizes and TED of two files' first functions against tests/ted_ref.py (an independent
#     Python Zhang-Shasha over CPython's own ast), both label modes, on pairs of HumanEval and
#     MBPP functions written out as files
#   - scan: a corpus of standard-library files with HumanEval solutions planted in it (names
#     changed, and then the docstring replaced or removed, the code reformatted or lightly
#     edited, inside a markdown code block of a textbook-like text):
#     every planted solution of 20 nodes or more is reported under its own task id at tau 0.9
#     and its document removed; the stdlib documents that get removed are counted and shown;
#     the same bytes with 1 and 2 threads; a corpus line that is not JSON is an error with
#     its line
#   - phi eval --split-by: pass@1 of the similar and the non-similar problems (phi-1's Table 3)
#   - the demo's training exercises scanned: the similar benchmark items per tau, printed
# Usage (from the repository root): sh tests/cli_decontam.sh PHI_BINARY
set -u
phi=${1:?usage: cli_decontam.sh PHI_BINARY}
. tests/lib.sh
PY=/usr/bin/python3
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-decontam.XXXXXX")
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
skip=0
ok() { pass=$((pass + 1)); printf '  ok    %s\n' "$1"; }
bad() { fail=$((fail + 1)); printf '  FAIL  %s\n' "$1"; [ -f "$dir/why" ] && sed 's/^/        /' "$dir/why" | head -20; rm -f "$dir/why"; }

if ! have_data humaneval/HumanEval.jsonl || ! have_data mbpp/mbpp.jsonl || [ ! -x $PY ]; then
    echo "SKIP: HumanEval, MBPP or $PY missing"
    printf '# 0 passed, 0 failed, 2 skipped\n'
    exit 0
fi
HE=$PHI_DATA/humaneval/HumanEval.jsonl
MB=$PHI_DATA/mbpp/mbpp.jsonl

# ---- pair, against the Python reference
$PY - "$HE" "$MB" "$dir" <<'PY'
import json, random, sys
he = [json.loads(l) for l in open(sys.argv[1])]
mb = [json.loads(l) for l in open(sys.argv[2])]
rng = random.Random(7)
with open(sys.argv[3] + "/pairs", "w") as out:
    for i in range(40):
        a, b = rng.choice(he), rng.choice(mb)
        pa, pb = "%s/a%d.py" % (sys.argv[3], i), "%s/b%d.py" % (sys.argv[3], i)
        open(pa, "w").write(a["prompt"] + a["canonical_solution"])
        open(pb, "w").write(b["code"])
        out.write("%s %s\n" % (pa, pb))
PY
$PY - "$dir" <<'PY' >"$dir/expected"
import ast, sys
sys.path.insert(0, "tests")
import ted_ref
for line in open(sys.argv[1] + "/pairs"):
    pa, pb = line.split()
    for mode in ("canonical", "ast"):
        trees = []
        for p in (pa, pb):
            mod = ast.parse(open(p, "rb").read())
            fns = [n for n in ast.walk(mod) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
            fns.sort(key=lambda n: (n.lineno, n.col_offset))
            trees.append(ted_ref.tree(fns[0], mode == "canonical"))
        (l1, s1), (l2, s2) = trees
        print(mode, len(l1), len(l2), ted_ref.ted(l1, s1, l2, s2))
PY
: >"$dir/got"
while read -r pa pb; do
    for mode in canonical ast; do
        printf '%s %s\n' "$mode" "$("$phi" decontam pair --labels $mode --json "$pa" "$pb" |
            $PY -c 'import json,sys; r=json.load(sys.stdin); print(r["size_a"], r["size_b"], r["ted"])')" >>"$dir/got"
    done
done <"$dir/pairs"
if [ -s "$dir/expected" ] && cmp -s "$dir/expected" "$dir/got"; then
    ok "decontam pair: sizes and TED of $(wc -l <"$dir/got") pairs (both label modes) as tests/ted_ref.py over CPython's ast"
else
    diff "$dir/expected" "$dir/got" | head -10 >"$dir/why"
    bad "decontam pair against tests/ted_ref.py"
fi

# ---- scan: planted solutions in standard-library code
$PY - "$HE" "$dir/corpus.jsonl" "$dir/planted" <<'PY'
import ast, glob, json, random, re, sys
rng = random.Random(11)
he = [json.loads(l) for l in open(sys.argv[1])]
out, planted = open(sys.argv[2], "w"), open(sys.argv[3], "w")
for f in sorted(glob.glob("/usr/lib/python3.11/*.py"))[:120]:
    out.write(json.dumps({"id": "std/" + f.split("/")[-1], "text": open(f, encoding="utf-8", errors="replace").read()}) + "\n")
keep = {"self", "True", "False", "None"}
planted_ids = []
for p in rng.sample(he, 30):
    src = p["prompt"] + p["canonical_solution"]
    fn = [n for n in ast.walk(ast.parse(src)) if isinstance(n, ast.FunctionDef) and n.name == p["entry_point"]][0]
    names = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name)} | {a.arg for a in ast.walk(fn) if isinstance(a, ast.arg)}
    names -= set(dir(__builtins__)) | keep
    for n in sorted(names, key=len, reverse=True):  # renamed
        src = re.sub(r"\b%s\b" % re.escape(n), n + "_v2", src)
    how = len(planted_ids) % 4
    if how == 0:  # another docstring
        src = re.sub(r'"""[\s\S]*?"""', '"""Solves it."""', src, count=1)
    elif how == 1:  # no docstring at all
        tree = ast.parse(src)
        for n in ast.walk(tree):
            if isinstance(n, ast.FunctionDef) and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant) and len(n.body) > 1:
                n.body = n.body[1:]
        src = ast.unparse(tree)
    elif how == 2:  # reformatted: what ast.unparse writes
        src = ast.unparse(ast.parse(src))
    else:  # lightly edited: a comparison made strict or not, a constant changed
        src = src.replace("<=", "<", 1) if "<=" in src else src.replace(" 0", " 1", 1)
    planted_ids.append(p["task_id"])
    text = "## A lesson\n\nRead this function:\n\n```python\n" + src.rstrip() + "\n```\n\nNow try it yourself.\n"
    out.write(json.dumps({"id": "planted/" + p["task_id"], "text": text}) + "\n")
    planted.write(p["task_id"] + "\n")
PY
for t in 1 2; do
    "$phi" decontam scan --benchmark humaneval="$HE" --benchmark mbpp="$MB" --data "$dir/corpus.jsonl" --id-field id \
        --threads $t --out "$dir/out$t" 2>"$dir/err$t" || { cat "$dir/err$t" >"$dir/why"; bad "decontam scan ($t threads) failed"; }
done
if cmp -s "$dir/out1/report.jsonl" "$dir/out2/report.jsonl" && cmp -s "$dir/out1/clean.jsonl" "$dir/out2/clean.jsonl" &&
    cmp -s "$dir/out1/removed.jsonl" "$dir/out2/removed.jsonl"; then
    ok "decontam scan: the same bytes with 1 and 2 threads"
else
    echo "outputs differ between 1 and 2 threads" >"$dir/why"
    bad "decontam scan: the same bytes with 1 and 2 threads"
fi
$PY - "$dir/out1" "$dir/planted" >"$dir/why" <<'PY'
import json, sys
rep = [json.loads(l) for l in open(sys.argv[1] + "/report.jsonl")]
summary = rep[-1]
removed = {json.loads(l)["id"] for l in open(sys.argv[1] + "/removed.jsonl")}
clean = {json.loads(l)["id"] for l in open(sys.argv[1] + "/clean.jsonl")}
planted = [l.strip() for l in open(sys.argv[2])]
found = {}  # planted task -> (sim, small) of the best match under its own id
for r in rep[:-1]:
    if r.get("method") in ("ast", "exact") and r["doc"] == "planted/" + r["task_id"]:
        best = found.get(r["task_id"])
        if not best or r["sim"] > best[0]:
            found[r["task_id"]] = (r["sim"], r.get("small", False))
missing = [t for t in planted if t not in found or (not found[t][1] and found[t][0] < 0.9)]
big = [t for t in planted if t in found and not found[t][1]]
not_removed = [t for t in big if "planted/" + t not in removed]
false_pos = sorted(d for d in removed if d.startswith("std/"))
print("planted: %d, found under their own id: %d (%d of 20 nodes or more, all removed: %s); stdlib documents removed "
      "(false positives): %d %s; small identical matches reported: %d" % (len(planted), len(found), len(big),
      "yes" if not not_removed else "no: " + " ".join(not_removed), len(false_pos), " ".join(false_pos[:5]), summary["small_matches"]))
assert len(removed) + len(clean) == summary["documents"] == 150, "documents lost"
sys.exit(1 if missing or not_removed else 0)
PY
if [ $? -eq 0 ]; then ok "decontam scan: $(head -n 1 "$dir/why")"; else bad "decontam scan: planted solutions"; fi

# phi eval --split-by: the HumanEval problems with a match of 20 nodes or more at sim >= 0.9 in
# the report are the similar ones (every reference solution passes: both halves at 100%)
big=$($PY -c 'import json,sys; print(len({r["task_id"] for r in map(json.loads, open(sys.argv[1])) if r.get("method") in ("ast", "exact") and r["task_id"].startswith("HumanEval/") and not r.get("small") and r["sim"] >= 0.9}))' "$dir/out1/report.jsonl")
"$phi" eval --problems "$HE" --reference --k 1 --split-by "$dir/out1/report.jsonl" --tau 0.9 >"$dir/eval" 2>&1
if grep -q "^  similar (tau 0.9): $big problems, pass@1 100.000%" "$dir/eval" &&
    grep -q "^  non-similar (tau 0.9): $((164 - big)) problems, pass@1 100.000%" "$dir/eval"; then
    ok "phi eval --split-by: $big similar and $((164 - big)) non-similar HumanEval problems, pass@1 of each"
else
    { echo "expected $big similar problems"; cat "$dir/eval"; } >"$dir/why"
    bad "phi eval --split-by"
fi

# phi-1's Table 3 in miniature: the demo's training exercises (their textbooks) against HumanEval
# and MBPP, the similar items counted per tau (printed; the counts are whatever they are)
if "$phi" exercises --out "$dir/ex" --train 2000 --heldout 10 >/dev/null 2>&1 &&
    "$phi" decontam scan --benchmark humaneval="$HE" --benchmark mbpp="$MB" --data "$dir/ex/exercises_train.jsonl" \
        --field textbook --id-field task_id --out "$dir/exdc" 2>"$dir/err" &&
    table=$($PY -c 'import json,sys; s=json.loads(open(sys.argv[1]).read().splitlines()[-1]); print("documents %d, removed %d, n-gram hits %d; HumanEval+MBPP items with a similar exercise function: %s" % (s["documents"], s["removed"], s["ngram_hits"], ", ".join("tau %s: %d" % kv for kv in s["similar_items"].items())))' "$dir/exdc/report.jsonl"); then
    ok "Table 3 on the demo's 2000 training exercises: $table"
else
    cat "$dir/err" >"$dir/why" 2>/dev/null
    bad "Table 3 on the demo's exercises"
fi

printf '{"id": 1, "text": "def f(): pass"}\n{"id": 2, "text": \n' >"$dir/broken.jsonl"
"$phi" decontam scan --benchmark humaneval="$HE" --data "$dir/broken.jsonl" --out "$dir/outb" >"$dir/out" 2>"$dir/err"
rc=$?
if [ $rc -eq 1 ] && grep -q "broken.jsonl:2" "$dir/err" && [ ! -e "$dir/outb/clean.jsonl" ]; then
    ok "decontam scan: a corpus line that is not JSON: exit 1, $(grep -o 'broken.jsonl:2[^ ]*' "$dir/err" | head -n 1), nothing written"
else
    { echo "exit $rc"; cat "$dir/err"; } >"$dir/why"
    bad "decontam scan: a corpus line that is not JSON"
fi
printf '# %d passed, %d failed, %d skipped\n' "$pass" "$fail" "$skip"
[ "$fail" -eq 0 ]
