#!/bin/sh
# Dev-only (not run by `make test`): the Python parser's 3.12 mode (phi_py_opts.minor = 12)
# against CPython 3.12's ast, on whole standard libraries. For every .py file of CPython
# 3.12's own standard library and of /usr/lib/python3.11, python3.12 writes ast.dump of
# ast.parse(file) (plain and include_attributes=True) or its verdict, and
# `phi py dump --batch --py 3.12` is compared with it line by line. A file agrees when both
# dumps are byte-identical or both reject it; then the same for seeded mutants of 3.12's
# standard library (MUTANTS=N), random f-strings (FSTRINGS=N) and random type parameters
# (TYPEPARAMS=N). Prints, per corpus and form, "N of M files agree (X%)" and the
# first mismatches.
# Needs a CPython 3.12 (PY312=..., else python3.12 on PATH, else pyenv's 3.12.1): without one
# it says so and exits 0. CI machines have none: tests/test_py312.c's fixture is what runs there.
# Usage (from the repository root): sh tests/py312_stdlib.sh [PHI_BINARY] [--show N]
#   DIRS="DIR..."   compare the .py files under these directories only
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

corpus() { # DIR LABEL
    ref=$dir/ref_$(basename "$1")
    "$PY312" "$dir/ref.py" "$ref" "$1" || { echo "FAIL: the reference of $1"; status=1; return; }
    for mode in plain pos; do
        flag=
        [ $mode = pos ] && flag=--positions
        "$phi" py dump --batch "$ref/list.txt" --py 3.12 $flag >"$ref/ours.$mode" 2>"$ref/err.$mode"
        "$PY312" "$dir/cmp.py" "$2 ($mode)" "$ref/ref.$mode" "$ref/ours.$mode" "$show" "$ref/list.txt" || status=1
    done
}
if [ -n "${DIRS:-}" ]; then # only these directories
    for c in $DIRS; do corpus "$c" "$c"; done
    exit $status
fi
for c in "$lib312" /usr/lib/python3.11; do
    if [ -d "$c" ]; then corpus "$c" "$c"; else echo "SKIP: no $c"; fi
done

# Mutants of 3.12's standard library (MUTANTS=N of them, default 10000; 0: none), made by
# tests/py_mutants.py's own code run under python3.12 (its tokenizer then sees 3.12's
# f-strings): verdicts and dumps as above.
n=${MUTANTS:-10000}
if [ "$n" -gt 0 ]; then
    sed 's/^if sys.version_info\[:2\] != (3, 11):/if False:  # run here by py312_stdlib.sh under 3.12/' tests/py_mutants.py >"$dir/mutants312.py"
    "$PY312" "$dir/mutants312.py" make "$dir/mutants" --seed 312 --count "$n" --src "$lib312" >/dev/null &&
        corpus "$dir/mutants" "$n mutants of 3.12's standard library"
fi

# Seeded random f-strings (FSTRINGS=N files of 1 to 3 assignments each, default 5000; 0: none): replacement
# fields nested in expressions and format specs, "=" with spaces and newlines, conversions,
# quotes reused, escapes, comments, concatenations; then as many again with one or two
# characters changed (most of those are rejected: the verdicts must agree).
n=${FSTRINGS:-5000}
if [ "$n" -gt 0 ]; then
    cat >"$dir/fsgen.py" <<'PY'
import random, sys, os
out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
os.makedirs(out, exist_ok=True)
TEXT = ["a", "é", "{{", "}}", "\\n", "\\t", " ", "x y", "\\N{BULLET}", "\\\\", "0", "\\x41", "\\\n", "\n", "ü€😀", "\\{", "\\}", "#", "!", ":", "=", "\\'", '\\"', "\\N{LATIN SMALL LETTER A}", "\\u00e9", "'", '"']
ATOM = ["x", "x.y", "f(a)", "'s'", '"d"', "[1, 2]", "{1: 2}", "(a, b)", "x[0]", "1_0", "ñ", "None", "...", "b'z'", "0x1f", "1.5j", "x[1:2]", "x[::2]"]
def expr(d, quote, triple, qsize):
    r = rng.random()
    if r < 0.4 or d > 3:
        e = rng.choice(ATOM)
    elif r < 0.55:
        e = expr(d+1, quote, triple, qsize) + rng.choice([" + ", "*", " if c else ", " == ", " != ", " and ", ", ", " < "]) + expr(d+1, quote, triple, qsize)
    elif r < 0.65:
        e = "(" + expr(d+1, quote, triple, qsize) + ")"
    elif r < 0.75:
        e = fstring(d+1)
    elif r < 0.8:
        e = "[" + expr(d+1, quote, triple, qsize) + " for x in y]"
    elif r < 0.85:
        e = "(lambda q: q)(" + expr(d+1, quote, triple, qsize) + ")"
    elif r < 0.9:
        e = "(y := " + expr(d+1, quote, triple, qsize) + ")"
    else:
        e = "-" + expr(d+1, quote, triple, qsize)
    if rng.random() < 0.15:
        e = rng.choice([" ", "  ", "\t", "\n", " # c\n"]) + e + rng.choice([" ", "\n", "", " # d\n"])
    return e
def field(d, quote, triple, qsize, inspec=0):
    e = expr(d, quote, triple, qsize)
    if e.startswith("{"): e = " " + e
    s = "{" + e
    if rng.random() < 0.25: s += rng.choice(["=", " = ", "= ", " =", "=\n"])
    if rng.random() < 0.25: s += "!" + rng.choice("rsa")
    if rng.random() < 0.35:
        s += ":"
        for _ in range(rng.randint(0, 3)):
            if rng.random() < 0.6 or inspec >= 1:
                s += rng.choice([">10", "^", "x", ".2f", "é", "\\n", "=", " ", "{{", "\\N{BULLET}", "%Y", "\n", "\\x41", "!r"])
            else:
                s += field(d + 1, quote, triple, qsize, inspec + 1)
    return s + "}"
def fstring(d=0):
    quote = rng.choice(["'", '"'])
    triple = rng.random() < 0.35
    q = quote * (3 if triple else 1)
    prefix = rng.choice(["f", "f", "f", "rf", "F", "fR", "Rf"])
    body = ""
    for _ in range(rng.randint(0, 4)):
        if rng.random() < 0.45 or d > 3:
            body += rng.choice(TEXT)
        else:
            body += field(d, quote, triple, 3 if triple else 1)
    s = prefix + q + body + q
    if rng.random() < 0.25:
        s += rng.choice([" ", "\n", " \\\n "]) + rng.choice(['"tail"', "u'u'", "''", 'f"{t}"', "'''m\nl'''", "r'\\n'", "b'x'"])
    if rng.random() < 0.15:
        s = rng.choice(['"head" ', "u'h' ", "'' ", "f'' "]) + s
    return s
MUT = list("{}'\"\\\n:!=#() rfb") + ["{{", "}}", "\\\n", "\t", "é"]
def mutate(t):
    for _ in range(rng.randint(1, 2)):
        if not t: break
        i = rng.randrange(len(t))
        r = rng.random()
        if r < 0.4: t = t[:i] + t[i+1:]
        elif r < 0.8: t = t[:i] + rng.choice(MUT) + t[i:]
        else: t = t[:i] + t[i+1:i+2] + t[i:i+1] + t[i+2:]
    return t
mut = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
for i in range(n):
    lines = []
    for k in range(rng.randint(1, 3)):
        lines.append("x%d = (%s)" % (k, fstring()))
    text = "\n".join(lines) + "\n"
    if rng.random() < mut: text = mutate(text)
    open(os.path.join(out, "f%05d.py" % i), "w", encoding="utf-8").write(text)
PY
    "$PY312" "$dir/fsgen.py" "$dir/fstrings" "$n" 1 0.0 && corpus "$dir/fstrings" "$n random f-string files"
    "$PY312" "$dir/fsgen.py" "$dir/fmutants" "$n" 2 1.0 && corpus "$dir/fmutants" "$n random f-string files, mutated"
fi

# Seeded random type parameters and aliases (TYPEPARAMS=N files, default 5000; 0: none): def,
# class and type statements with TypeVars (bounds, constraints), TypeVarTuples and ParamSpecs,
# `type` as a name; half of them with one character changed.
n=${TYPEPARAMS:-5000}
if [ "$n" -gt 0 ]; then
    cat >"$dir/tpgen.py" <<'PY'
import random, sys, os
out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
os.makedirs(out, exist_ok=True)
def tp():
    r = rng.random()
    name = rng.choice(["T", "U", "Ts", "P", "type", "match", "ñ"])
    if r < 0.5:
        s = name
        if rng.random() < 0.4: s += ":" + rng.choice([" int", " (int, str)", " list[T]", "(a)", " 'X'", " a.b | None", " (lambda: 1)()", " (*a,)"])
        return s
    return rng.choice(["*", "**"]) + name + ("" if rng.random() < 0.9 else ": int")
def tps():
    k = rng.randint(0, 3)
    if k == 0 and rng.random() < 0.7: return ""
    sep = rng.choice([", ", ",", ",\n  "])
    return "[" + sep.join(tp() for _ in range(k)) + (rng.choice(["", ","]) ) + "]"
def stmt():
    r = rng.random()
    if r < 0.3: return "def %s%s(x: T) -> T:\n    pass" % (rng.choice(["f", "type"]), tps())
    if r < 0.4: return "async def f%s(): ..." % tps()
    if r < 0.6: return "%sclass C%s%s:\n    x: int" % (rng.choice(["", "@d\n"]), tps(), rng.choice(["", "()", "(B, metaclass=M)"]))
    if r < 0.85: return "type %s%s = %s" % (rng.choice(["X", "type", "match"]), tps(), rng.choice(["int", "list[T]", "T | None", "lambda: 1", "(\n int)"]))
    return rng.choice(["type = 1", "type(x)", "type[int]", "type.x = 1", "type: int", "print(type)", "type X", "type X[T]"])
MUT = list("[]():,*= \n") + ["type ", "**"]
for i in range(n):
    text = "\n".join(stmt() for _ in range(rng.randint(1, 3))) + "\n"
    if rng.random() < 0.5:
        j = rng.randrange(len(text))
        text = text[:j] + (rng.choice(MUT) if rng.random() < 0.6 else "") + text[j + 1:]
    open(os.path.join(out, "t%05d.py" % i), "w").write(text)
PY
    "$PY312" "$dir/tpgen.py" "$dir/typeparams" "$n" 1 && corpus "$dir/typeparams" "$n random type-parameter files"
fi
exit $status
