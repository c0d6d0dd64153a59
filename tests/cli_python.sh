#!/bin/sh
# The Python parser end to end through `phi py`, against CPython 3.11 (/usr/bin/python3: its
# ast is the reference, made at test time by tests/py_ref.py and tests/py_mutants.py):
#   - phi py dump and phi py check: rejected files, exit codes, the 3.12 grammar
#   - phi py dump's forms (--indent N, --indent 0, --positions, '-') beside what
#     python -c 'print(ast.dump(ast.parse(...), indent=N, include_attributes=...))' prints
#   - parity, byte-identical ast.dump, plain and with positions (one check each), of
#       (a) every .py file of /usr/lib/python3.11 (668 files)
#       (b) HumanEval: each problem's prompt + canonical_solution as one file (164)
#       (c) MBPP: each problem's `code` (974)
#     each says how many files matched and shows the first mismatches: where the dumps first
#     differ, in which node of CPython's tree, on which source line
#   - 10,000 seeded mutants of the standard library (tests/py_mutants.py): phi py check must
#     accept and reject exactly what ast.parse does (the goal is 100%; anything less fails)
# HumanEval and MBPP come from $PHI_DATA (tests/lib.sh): without them those checks are skipped,
# saying which file is missing. Prints a line per check and ends with
# "# N passed, M failed, K skipped" (tests/run.sh adds it up).
# Usage (from the repository root): sh tests/cli_python.sh PHI_BINARY [--quick]
#   --quick    a subset, for the sanitizer build: every 8th standard-library file, 2,000 mutants
#   PY_SHOW=N  mismatches shown per check (default 3)
set -u
phi=${1:?usage: cli_python.sh PHI_BINARY [--quick]}
quick=0
[ "${2:-}" = --quick ] && quick=1
. tests/lib.sh
PY=/usr/bin/python3
show=${PY_SHOW:-3}
stdlib=/usr/lib/python3.11
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-cli-python.XXXXXX")
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
skip=0

passed() { # label
    pass=$((pass + 1))
    printf '  ok    %s\n' "$1"
}
failed() { # label [file whose lines say why]
    fail=$((fail + 1))
    printf '  FAIL  %s\n' "$1"
    if [ -n "${2:-}" ] && [ -s "$2" ]; then head -n 30 "$2" | sed 's/^/        /'; fi
}
skipped() { # label reason
    skip=$((skip + 1))
    printf '  SKIP %s: %s\n' "$1" "$2"
}
now() { date +%s.%N; }
secs() { echo "$1 $(now)" | awk '{printf "%.1f", $2 - $1}'; }

# The reference must be CPython 3.11: another version's ast differs (the scripts refuse it too).
if ! $PY -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    failed "$PY is not CPython 3.11 ($($PY --version 2>&1)): no reference"
    echo "# $pass passed, $fail failed, $skip skipped"
    exit 1
fi

# ---- phi py check and phi py dump on files CPython rejects; exit codes -----------------------

# A tree of files CPython accepts (the fuzzer's seeds that 3.11 parses), a text file that is
# not Python (not a .py: skipped), a script without .py named on the command line (checked).
good=$dir/good
mkdir -p "$good/sub"
for f in tests/fuzz/seeds_python/*.py; do
    $PY -c 'import ast, sys; ast.parse(open(sys.argv[1], "rb").read())' "$f" 2>/dev/null && cp "$f" "$good/sub/"
done
cp "$stdlib/colorsys.py" "$stdlib/bisect.py" "$good/"
printf 'def (:\n' >"$good/notes.txt"
printf 'print("a script")\n' >"$good/script"
rc=0
"$phi" py check "$good" "$good/script" >"$dir/out" 2>"$dir/err" || rc=$?
if [ $rc -eq 0 ] && [ ! -s "$dir/out" ] && grep -qE '^[0-9]+ files, 0 rejected, [0-9.]+ MB in [0-9.]+ s$' "$dir/err"; then
    passed "phi py check: a clean tree, exit 0, nothing listed ($(cat "$dir/err"))"
else
    { echo "exit $rc (expected 0), stdout:"; head -n 5 "$dir/out"; echo "stderr:"; head -n 5 "$dir/err"; } >"$dir/why"
    failed "phi py check: a clean tree" "$dir/why"
fi

# Two rejected files, listed sorted by path, on the line CPython blames, with -q: no summary.
bad=$dir/bad
mkdir -p "$bad/a"
cp "$good"/*.py "$bad/"
printf 'x = 1\ny = (1,\n     2\nz = 3\n' >"$bad/b_unclosed.py"
printf 'def f(x):\n    return x\n\ndef g(:\n    pass\n' >"$bad/a/c_syntax.py"
$PY - "$bad/a/c_syntax.py" "$bad/b_unclosed.py" >"$dir/expected" <<'PY'
import ast, sys
for path in sys.argv[1:]:  # sorted by path: "a/c_syntax.py" before "b_unclosed.py"
    try:
        ast.parse(open(path, "rb").read())
        print("%s: CPython accepts it" % path)
    except SyntaxError as e:
        print("%s:%d:" % (path, e.lineno))
PY
rc=0
"$phi" py check -q --threads 2 "$bad" >"$dir/out" 2>"$dir/err" || rc=$?
if [ $rc -eq 1 ] && [ ! -s "$dir/err" ] && [ "$(wc -l <"$dir/out")" -eq 2 ] &&
    grep -qE '^[^:]+:[0-9]+:[0-9]+: .' "$dir/out" && cut -d: -f1,2 "$dir/out" | sed 's/$/:/' | cmp -s - "$dir/expected"; then
    passed "phi py check: two rejected files listed as FILE:LINE:COL: message, sorted, exit 1"
else
    { echo "exit $rc (expected 1); CPython's FILE:LINE: were"; cat "$dir/expected"; echo "stdout:"; head -n 5 "$dir/out"
      echo "stderr (with -q: none):"; head -n 5 "$dir/err"; } >"$dir/why"
    failed "phi py check: two rejected files" "$dir/why"
fi

rc=0
"$phi" py dump "$bad/b_unclosed.py" >"$dir/out" 2>"$dir/err" || rc=$?
want=$(sed -n 2p "$dir/expected")
if [ $rc -eq 1 ] && [ ! -s "$dir/out" ] && [ "$(wc -l <"$dir/err")" -eq 1 ] && grep -q "^$want[0-9]*: ." "$dir/err"; then
    passed "phi py dump of a rejected file: exit 1, $(cat "$dir/err")"
else
    { echo "exit $rc (expected 1), expected on stderr: ${want}COL: message; stdout:"; head -c 300 "$dir/out"; echo
      echo "stderr:"; head -n 5 "$dir/err"; } >"$dir/why"
    failed "phi py dump of a rejected file" "$dir/why"
fi

usage_ok=1
: >"$dir/why"
expect() { # exit-code command...: the command must exit with that code
    want_rc=$1
    shift
    rc=0
    "$@" >/dev/null 2>"$dir/err" || rc=$?
    [ $rc -eq "$want_rc" ] || { usage_ok=0; echo "exit $rc, not $want_rc: $* ($(head -n 1 "$dir/err"))" | sed "s|$dir|DIR|g" >>"$dir/why"; }
}
expect 2 "$phi" py check "$dir/missing"
expect 2 "$phi" py dump "$dir/missing.py"
expect 2 "$phi" py dump --batch "$dir/missing.txt"
expect 2 "$phi" py check --py 3.10 "$good"
expect 2 "$phi" py check
expect 2 "$phi" py dump
expect 2 "$phi" py dump "$good/bisect.py" "$good/colorsys.py"
expect 2 "$phi" py frobnicate
expect 0 "$phi" py --help
expect 0 "$phi" py check --help
expect 0 "$phi" py dump --help
"$phi" py dump --help | grep -q 'phi py check' || { usage_ok=0; echo "phi py dump --help does not show the usage" >>"$dir/why"; }
"$phi" --help | grep -q '^  py ' || { usage_ok=0; echo "phi --help does not list py" >>"$dir/why"; }
if [ $usage_ok -eq 1 ]; then passed "phi py: usage and I/O errors exit 2, --help 0"; else failed "phi py: usage and I/O errors" "$dir/why"; fi

# The 3.12 grammar: a file with 3.12's syntax (a type alias, type parameters, nested f-string
# quotes), which CPython 3.11 rejects (checked here) and 3.12 accepts (checked with CPython 3.12.1
# when the seed was written: no 3.12 reference is installed), and a 3.11 file both accept.
rc11=0 rc12=0 rcboth=0
$PY -c 'import ast, sys; ast.parse(open(sys.argv[1], "rb").read())' tests/fuzz/seeds_python/06_py312.py 2>/dev/null &&
    rc11=9 # CPython 3.11 accepts it: the test is wrong
[ $rc11 -eq 0 ] && { "$phi" py dump --py 3.11 tests/fuzz/seeds_python/06_py312.py >/dev/null 2>&1 || rc11=$?; }
"$phi" py dump --py 3.12 tests/fuzz/seeds_python/06_py312.py >/dev/null 2>"$dir/err12" || rc12=$?
"$phi" py dump --py 3.12 "$good/bisect.py" >/dev/null 2>&1 || rcboth=$?
if [ $rc11 -eq 1 ] && [ $rc12 -eq 0 ] && [ $rcboth -eq 0 ]; then
    passed "phi py dump --py 3.12: 3.12's syntax parses, and under --py 3.11 is rejected"
else
    { echo "exit --py 3.11: $rc11 (want 1), --py 3.12: $rc12 (want 0), a 3.11 file under --py 3.12: $rcboth (want 0)"
      head -n 3 "$dir/err12"; } >"$dir/why"
    failed "phi py dump --py 3.12" "$dir/why"
fi

# ---- phi py dump's forms, beside python's print(ast.dump(...)) -------------------------------

forms=$dir/forms
mkdir -p "$forms"
set -- "$good"/*.py "$good"/sub/*.py "$stdlib/this.py" "$stdlib/encodings/cp437.py"
$PY - "$forms" "$@" <<'PY'
import ast, sys, warnings
warnings.simplefilter("ignore")
out = sys.argv[1]
for i, path in enumerate(sys.argv[2:]):
    tree = ast.parse(open(path, "rb").read())
    for name, indent, attrs in (("plain", None, False), ("i0", 0, False), ("i4", 4, False), ("i2p", 2, True)):
        with open("%s/%d.%s" % (out, i, name), "w", encoding="utf-8") as f:
            print(ast.dump(tree, indent=indent, include_attributes=attrs), file=f)
PY
total=0 same=0
: >"$dir/why"
i=0
for f in "$@"; do
    for form in plain:"" i0:"--indent 0" i4:"--indent 4" i2p:"--indent 2 --positions"; do
        total=$((total + 1))
        name=${form%%:*}
        # shellcheck disable=SC2086 # the flags are words
        if [ $name = i4 ]; then "$phi" py dump ${form#*:} - <"$f" >"$dir/out" 2>"$dir/err"; else "$phi" py dump ${form#*:} "$f" >"$dir/out" 2>"$dir/err"; fi
        if cmp -s "$dir/out" "$forms/$i.$name"; then
            same=$((same + 1))
        elif [ "$(wc -l <"$dir/why")" -lt 12 ]; then
            { echo "$f (${form#*:}): $(head -c 200 "$dir/err")"
              diff "$forms/$i.$name" "$dir/out" | sed -n '1,4p' | cut -c1-160; } >>"$dir/why"
        fi
    done
    i=$((i + 1))
done
if [ $same -eq $total ]; then passed "phi py dump --indent N/--positions/-: $same of $total outputs as python prints them"
else failed "phi py dump --indent N/--positions/-: $same of $total outputs as python prints them" "$dir/why"; fi

# ---- parity: every file of a corpus through phi py dump --batch, beside CPython's dumps ------

parity() { # label refdir
    for mode in plain pos; do
        flag=
        [ $mode = pos ] && flag=--positions
        t0=$(now)
        rc=0
        "$phi" py dump --batch "$2/list.txt" $flag >"$2/ours.$mode" 2>"$2/err" || rc=$?
        took=$(secs "$t0")
        label="$1, $([ $mode = pos ] && echo 'with positions' || echo plain)"
        $PY tests/py_ref.py compare $mode "$label" "$2" "$2/ours.$mode" --show "$show" >"$dir/cmp" 2>&1
        crc=$?
        if [ $rc -ne 0 ]; then
            { echo "phi py dump --batch exited $rc:"; tail -n 15 "$2/err"; cat "$dir/cmp"; } >"$dir/why"
            failed "$label: phi py dump --batch failed" "$dir/why"
        elif [ $crc -eq 0 ]; then
            passed "$(head -n 1 "$dir/cmp") (phi ${took} s)"
        else
            tail -n +2 "$dir/cmp" >"$dir/why"
            failed "$(head -n 1 "$dir/cmp") (phi ${took} s)" "$dir/why"
        fi
    done
}

ref_ok() { # label command...: makes a reference; a failure is counted against both its checks
    ref_label=$1
    shift
    "$@" >"$dir/ref.log" 2>&1 && return 0
    failed "$ref_label, plain: the reference (py_ref.py) failed" "$dir/ref.log"
    failed "$ref_label, with positions: no reference"
    return 1
}

if [ $quick -eq 1 ]; then
    find "$stdlib" -name '*.py' | LC_ALL=C sort | awk 'NR % 8 == 1' >"$dir/subset"
    # shellcheck disable=SC2046 # a list of paths without spaces
    ref_ok "stdlib (every 8th file)" $PY tests/py_ref.py files "$dir/ref_stdlib" $(cat "$dir/subset") &&
        parity "stdlib (every 8th file)" "$dir/ref_stdlib"
else
    ref_ok "stdlib" $PY tests/py_ref.py tree "$dir/ref_stdlib" "$stdlib" && parity "stdlib" "$dir/ref_stdlib"
fi
if have_data humaneval/HumanEval.jsonl >"$dir/skip"; then
    ref_ok "HumanEval" $PY tests/py_ref.py humaneval "$dir/ref_he" "$PHI_DATA/humaneval/HumanEval.jsonl" &&
        parity "HumanEval" "$dir/ref_he"
else
    why=$(sed -n 's/^SKIP: //p' "$dir/skip")
    skipped "HumanEval parity, plain" "$why"
    skipped "HumanEval parity, with positions" "$why"
fi
if have_data mbpp/mbpp.jsonl >"$dir/skip"; then
    ref_ok "MBPP" $PY tests/py_ref.py mbpp "$dir/ref_mbpp" "$PHI_DATA/mbpp/mbpp.jsonl" && parity "MBPP" "$dir/ref_mbpp"
else
    why=$(sed -n 's/^SKIP: //p' "$dir/skip")
    skipped "MBPP parity, plain" "$why"
    skipped "MBPP parity, with positions" "$why"
fi

# ---- mutants: accept and reject exactly what ast.parse does ---------------------------------

count=10000
[ $quick -eq 1 ] && count=2000
if $PY tests/py_mutants.py make "$dir/mut" --seed 20240611 --count $count >"$dir/mut.log" 2>&1; then
    t0=$(now)
    rc=0
    "$phi" py check -q "$dir/mut" >"$dir/mut.out" 2>"$dir/mut.err" || rc=$?
    took=$(secs "$t0")
    { cat "$dir/mut.log"; $PY tests/py_mutants.py compare "$dir/mut" "$dir/mut.out" --show "$((show + 2))"; } >"$dir/cmp" 2>&1
    crc=$?
    if [ $rc -gt 1 ]; then
        { echo "phi py check exited $rc:"; tail -n 15 "$dir/mut.err"; } >"$dir/why"
        failed "mutants: phi py check failed" "$dir/why"
    elif [ $crc -eq 0 ]; then
        passed "mutants: $(sed -n 2p "$dir/cmp") (phi ${took} s)"
    else
        tail -n +3 "$dir/cmp" >"$dir/why"
        failed "mutants: $(sed -n 2p "$dir/cmp") (phi ${took} s)" "$dir/why"
    fi
else
    failed "mutants: tests/py_mutants.py failed" "$dir/mut.log"
fi

echo "# $pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
