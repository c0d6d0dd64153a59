#!/bin/sh
# Dev-only (not run by `make test`): the Python parser's 3.12 mode (phi_py_opts.minor = 12)
# against CPython 3.12's ast, on whole standard libraries. For every .py file of CPython
# 3.12's own standard library and of /usr/lib/python3.11, python3.12 writes ast.dump of
# ast.parse(file) (plain and include_attributes=True) or its verdict, and
# `phi py dump --batch --py 3.12` is compared with it line by line. A file agrees when both
# dumps are byte-identical or both reject it. Prints, per corpus and form, "N of M files agree
# (X%)" and the first mismatches.
# Needs a CPython 3.12 (PY312=..., else python3.12 on PATH, else pyenv's 3.12.1): without one
# it says so and exits 0. CI machines have none: tests/test_py312.c's fixture is what runs there.
# Usage (from the repository root): sh tests/py312_stdlib.sh [PHI_BINARY] [--show N]
set -u
phi=${1:-./phi}
show=3
[ "${2:-}" = --show ] && show=${3:-3}
is312() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' >/dev/null 2>&1; }
if [ -z "${PY312:-}" ]; then
    for c in python3.12 /root/.pyenv/versions/3.12.1/bin/python3.12 /usr/bin/python3.12 /usr/local/bin/python3.12; do
        if is312 "$c"; then PY312=$c; break; fi
    done
fi
if [ -z "${PY312:-}" ] || ! is312 "$PY312"; then
    echo "SKIP: no CPython 3.12 (set PY312=/path/to/python3.12)"
    exit 0
fi
[ -x "$phi" ] || { echo "no phi binary at $phi (make phi)"; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/phi-py312.XXXXXX")
trap 'rm -rf "$dir"' EXIT
lib312=$("$PY312" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
status=0

# the reference: OUT/list.txt, OUT/ref.plain, OUT/ref.pos (a line per file: the dump, or
# "error: ..." when ast.parse rejects it, "dump-error: ..." when ast.dump fails)
cat >"$dir/ref.py" <<'PY'
import ast, os, sys, warnings
warnings.simplefilter("ignore")
out, root = sys.argv[1], sys.argv[2]
paths = []
for d, dirs, files in os.walk(root):
    dirs.sort()
    paths += [os.path.join(d, f) for f in sorted(files) if f.endswith(".py")]
paths.sort()
os.makedirs(out, exist_ok=True)
with open(out + "/list.txt", "w") as L, open(out + "/ref.plain", "w", encoding="utf-8") as P, \
        open(out + "/ref.pos", "w", encoding="utf-8") as Q:
    for path in paths:
        L.write(path + "\n")
        data = open(path, "rb").read()
        try:
            tree = ast.parse(data)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            line = "error: %s: %s" % (type(e).__name__, str(e).replace("\n", " "))
            P.write(line + "\n"); Q.write(line + "\n")
            continue
        for f, attrs in ((P, False), (Q, True)):
            try:
                f.write(ast.dump(tree, include_attributes=attrs) + "\n")
            except ValueError as e:
                f.write("dump-error: %s\n" % e)
PY
cat >"$dir/cmp.py" <<'PY'
import sys
label, ref, ours, show = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
names = open(sys.argv[5], encoding="utf-8").read().splitlines()
a = open(ref, encoding="utf-8", errors="surrogateescape").read().split("\n")[:-1]
b = open(ours, encoding="utf-8", errors="surrogateescape").read().split("\n")[:-1]
same, bad = 0, []
for i, name in enumerate(names):
    x = a[i] if i < len(a) else "(missing)"
    y = b[i] if i < len(b) else "(missing)"
    kind = lambda s: "error" if s.startswith("error: ") else "dump-error" if s.startswith("dump-error: ") else "dump"
    if x == y or (kind(x) == kind(y) != "dump"):
        same += 1
    else:
        bad.append((name, x, y))
n = len(names)
print("%s: %d of %d files agree (%.2f%%)" % (label, same, n, 100.0 * same / max(n, 1)))
for name, x, y in bad[:show]:
    k = 0
    while k < min(len(x), len(y)) and x[k] == y[k]:
        k += 1
    print("    %s: first difference at byte %d" % (name, k))
    print("      CPython 3.12: %s" % x[max(0, k - 80):k + 80])
    print("      phi         : %s" % y[max(0, k - 80):k + 80])
sys.exit(0 if same == n else 1)
PY

for corpus in "$lib312" /usr/lib/python3.11; do
    [ -d "$corpus" ] || { echo "SKIP: no $corpus"; continue; }
    ref=$dir/ref_$(basename "$corpus")
    "$PY312" "$dir/ref.py" "$ref" "$corpus" || { echo "FAIL: the reference of $corpus"; status=1; continue; }
    for mode in plain pos; do
        flag=
        [ $mode = pos ] && flag=--positions
        "$phi" py dump --batch "$ref/list.txt" --py 3.12 $flag >"$ref/ours.$mode" 2>"$ref/err.$mode"
        "$PY312" "$dir/cmp.py" "$corpus ($mode)" "$ref/ref.$mode" "$ref/ours.$mode" "$show" "$ref/list.txt" || status=1
    done
done
exit $status
