"""The reference side of the Python parser's parity checks (tests/cli_python.sh): what CPython
3.11's ast.parse and ast.dump make of each file, written so that `phi py dump --batch` output
can be compared with it line for line, and the comparison itself.

Make the references (one python process per corpus; OUT is created):
    py_ref.py tree OUT DIR...          every .py file under the DIRs (sorted; symlinked
                                       directories are not followed)
    py_ref.py files OUT FILE...        the FILEs, in the order given
    py_ref.py humaneval OUT JSONL      each problem's prompt + canonical_solution as one file
    py_ref.py mbpp OUT JSONL           each problem's `code` as one file
The two benchmark modes write the sources to OUT/src/ first (from the data set: nothing is
copied into the repository). Every mode writes
    OUT/list.txt    the files' paths, one a line (what `phi py dump --batch` reads)
    OUT/ref.plain   a line per file: ast.dump(tree), or a verdict line (below)
    OUT/ref.pos     the same with include_attributes=True
A verdict line is "error: FILE:LINE:COL: Type: message" when ast.parse rejected the file
(SyntaxError and its subclasses, ValueError for NUL bytes, MemoryError, RecursionError; LINE
and COL are 0 when CPython gives none), or "dump-error: ValueError: message" when ast.parse
accepted it but ast.dump raised (an int of more than 4300 digits has no repr).
One-line dumps (indent=None) never hold a newline: repr() escapes them in strings.

Compare ours with them:
    py_ref.py compare plain|pos LABEL OUT OURS [--show N]
OURS is `phi py dump --batch OUT/list.txt [--positions]` output (pos: with --positions): the
same lines, "error: " + the parser's detail, or "dump-error: " + the dumper's. A file matches when both dumps are
byte-identical, or both rejected it, or both could not dump it. Prints "LABEL: N of M files
match" and the first N (default 3) mismatches, each with where the dumps first differ (the
innermost node of CPython's tree whose dump covers the difference, and its source line).
Exit status: 0 all match, 1 some differ, 2 bad input.

It runs only under CPython 3.11 (/usr/bin/python3 here): another version's ast differs."""
import ast
import json
import os
import re
import sys
import warnings

if sys.version_info[:2] != (3, 11):
    sys.exit("py_ref.py needs CPython 3.11 (ast differs between versions); this is %s" % sys.version.split()[0])

# ast.parse's verdict as a plain call sees it: a SyntaxWarning or DeprecationWarning (an
# invalid escape such as "\d") is printed, not raised, so it must not become an error here.
warnings.simplefilter("ignore")


def verdict(path, data):
    """(plain line, positions line) for the bytes of one file."""
    try:
        tree = ast.parse(data)
    except SyntaxError as e:
        line = "error: %s:%d:%d: %s: %s" % (path, e.lineno or 0, e.offset or 0, type(e).__name__, e.msg)
        return line, line
    except (ValueError, MemoryError, RecursionError) as e:
        line = "error: %s:0:0: %s: %s" % (path, type(e).__name__, one_line(str(e)))
        return line, line
    out = []
    for attrs in (False, True):
        try:
            out.append(ast.dump(tree, include_attributes=attrs))
        except ValueError as e:  # a huge int: repr() refuses it
            out.append("dump-error: ValueError: %s" % one_line(str(e)))
        except RecursionError as e:  # a tree deeper than ast.dump's recursion allows
            out.append("dump-error: RecursionError: %s" % one_line(str(e)))
    return out[0], out[1]


def one_line(s):
    return s.replace("\n", "\\n")


def py_files(dirs):
    found = []
    for d in dirs:
        if os.path.isfile(d):
            found.append(d)
            continue
        for root, subdirs, names in os.walk(d):
            found += [os.path.join(root, n) for n in names if n.endswith(".py")]
    return sorted(found)


def write_refs(out, paths, sources=None):
    """sources: the bytes of each path when they are not in the files yet (they are written)."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "list.txt"), "w", encoding="utf-8") as lst, \
            open(os.path.join(out, "ref.plain"), "w", encoding="utf-8", errors="surrogatepass") as plain, \
            open(os.path.join(out, "ref.pos"), "w", encoding="utf-8", errors="surrogatepass") as pos:
        for i, path in enumerate(paths):
            if "\n" in path:
                sys.exit("py_ref.py: a path holds a newline: %r" % path)
            if sources is not None:
                with open(path, "wb") as f:
                    f.write(sources[i])
                data = sources[i]
            else:
                with open(path, "rb") as f:
                    data = f.read()
            a, b = verdict(path, data)
            lst.write(path + "\n")
            plain.write(a + "\n")
            pos.write(b + "\n")
    print("%d files -> %s" % (len(paths), out))


def benchmark(out, jsonl, kind):
    src = os.path.join(out, "src")
    os.makedirs(src, exist_ok=True)
    paths, sources = [], []
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            text = r["prompt"] + r["canonical_solution"] if kind == "humaneval" else r["code"]
            name = str(r["task_id"]).replace("/", "_")
            paths.append(os.path.join(src, name + ".py"))
            sources.append(text.encode("utf-8", "surrogatepass"))
    write_refs(out, paths, sources)


# ---- the comparison --------------------------------------------------------------------------

def kind_of(line):
    return "error" if line.startswith("error: ") else "dump-error" if line.startswith("dump-error: ") else "dump"


def error_line(line):
    m = re.match(r"error: .*?:(\d+):\d+: ", line)
    return m and m.group(1)


def locate(path, ref_line, at, positions):
    """Where CPython's dump ref_line of path first differs from ours (byte `at` of the text):
    the innermost node whose own dump covers `at`, as "Kind at line L:C: source line"."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        tree = ast.parse(data)
        lines = data.decode("utf-8", "replace").splitlines()
    except Exception:
        return ""
    node, start, found = tree, 0, None
    while True:
        if hasattr(node, "lineno"):
            found = node
        cursor, inner = start, None
        for child in ast.iter_child_nodes(node):
            text = ast.dump(child, include_attributes=positions)
            i = ref_line.find(text, cursor)
            if i < 0:
                break
            if i <= at < i + len(text):
                inner = (child, i)
                break
            cursor = i + len(text)
        if inner is None:
            break
        node, start = inner
    if found is None:
        return "in %s" % type(node).__name__
    src = lines[found.lineno - 1].strip() if 0 < found.lineno <= len(lines) else ""
    if len(src) > 100:
        src = src[:100] + "..."
    inside = "" if found is node else " (inside %s)" % type(found).__name__
    return "in %s%s at line %d:%d: %s" % (type(node).__name__, inside, found.lineno, found.col_offset, src)


def excerpt(ref, ours):
    """The first byte at which the two differ, and the text around it in each."""
    at = 0
    n = min(len(ref), len(ours))
    while at < n and ref[at] == ours[at]:
        at += 1
    lo = max(0, at - 60)
    cut = lambda s: ("..." if lo else "") + s[lo:at + 80] + ("..." if len(s) > at + 80 else "")
    return at, cut(ref), cut(ours)


def compare(mode, label, out, ours_path, show):
    with open(os.path.join(out, "list.txt"), encoding="utf-8") as f:
        paths = f.read().splitlines()
    positions = mode == "pos"
    with open(os.path.join(out, "ref." + mode), encoding="utf-8", errors="surrogatepass") as f:
        refs = f.read().split("\n")[:-1]
    with open(ours_path, encoding="utf-8", errors="surrogateescape") as f:
        ours = f.read().split("\n")
    if ours and ours[-1] == "":
        ours.pop()
    if len(refs) != len(paths):
        print("%s: the references hold %d lines for %d files (made by another run?)" % (label, len(refs), len(paths)))
        return 2
    counts = {"we reject, CPython accepts": 0, "we accept, CPython rejects": 0, "the dumps differ": 0,
              "we cannot dump": 0, "we dump, CPython cannot": 0, "no output from us": 0}
    bad = []
    matched = 0
    both_rejected = same_line = 0
    for i, path in enumerate(paths):
        ref = refs[i]
        our = ours[i] if i < len(ours) else None
        if our is None:
            counts["no output from us"] += 1
            bad.append((path, "no output line from phi", None))
            continue
        kr, ko = kind_of(ref), kind_of(our)
        if kr == ko and (kr != "dump" or ref == our):
            matched += 1
            if kr == "error":  # the verdicts agree; the lines CPython and we blame, for information
                both_rejected += 1
                same_line += error_line(ref) == error_line(our)
            continue
        if kr == "dump" and ko == "dump":
            why = "the dumps differ"
        elif ko == "error":
            why = "we reject, CPython accepts" if kr != "error" else "?"
        elif kr == "error":
            why = "we accept, CPython rejects"
        elif ko == "dump-error":
            why = "we cannot dump"
        else:
            why = "we dump, CPython cannot"
        counts[why] += 1
        bad.append((path, why, (ref, our)))
    detail = ", ".join("%d %s" % (v, k) for k, v in counts.items() if v)
    print("%s: %d of %d files match%s" % (label, matched, len(paths), " (" + detail + ")" if detail else ""))
    if both_rejected:
        print("  (%d files both reject; on %d of them the error is on the same line)" % (both_rejected, same_line))
    for path, why, pair in bad[:show]:
        if pair is None:
            print("  %s: %s" % (path, why))
            continue
        ref, our = pair
        if why == "the dumps differ":
            at, r, o = excerpt(ref, our)
            print("  %s: the dumps differ at byte %d, %s" % (path, at, locate(path, ref, at, positions)))
            print("      CPython: %s" % r)
            print("      phi:     %s" % o)
        else:
            print("  %s: %s" % (path, why))
            print("      CPython: %s" % (ref if kind_of(ref) != "dump" else ref[:160] + ("..." if len(ref) > 160 else "")))
            print("      phi:     %s" % (our if kind_of(our) != "dump" else our[:160] + ("..." if len(our) > 160 else "")))
    if len(bad) > show:
        print("  ... and %d more" % (len(bad) - show))
    return 0 if not bad and len(ours) == len(paths) else 1


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    mode, out = argv[1], argv[2]
    if mode == "tree":
        write_refs(out, py_files(argv[3:]))
    elif mode == "files":
        write_refs(out, argv[3:])
    elif mode in ("humaneval", "mbpp") and len(argv) == 4:
        benchmark(out, argv[3], mode)
    elif mode == "compare" and len(argv) >= 6 and argv[2] in ("plain", "pos"):
        show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 3
        return compare(argv[2], argv[3], argv[4], argv[5], show)
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
