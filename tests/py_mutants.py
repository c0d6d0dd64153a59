"""Mutants of the standard library for the Python parser's accept/reject checks
(tests/cli_python.sh): small pieces of real code with one seeded change each, and what
CPython 3.11's ast.parse says of every one.

    py_mutants.py make OUT [--seed S] [--count N] [--src DIR]
        Writes OUT/m00000.py ... and OUT/verdicts.tsv, a line per mutant:
            name <TAB> accept|reject <TAB> CPython's message <TAB> what was changed
        A mutant is a run of consecutive top-level statements (5 to 60 lines, decorators
        included) of a .py file under DIR (default /usr/lib/python3.11) with one change,
        found with the tokenize module: a token deleted, duplicated, swapped with the next,
        or replaced by another (a keyword, an operator, a bracket); a line's indentation
        changed (spaces added or taken away, a tab); a string broken (its closing quote
        removed, a newline or a backslash put in, its prefix changed, a brace put in an
        f-string); or the bytes changed (a NUL, invalid UTF-8, a BOM, a lone CR, a form feed
        put in; a coding cookie put first). The same seed, count and files give the same
        mutants.

    py_mutants.py compare OUT CHECK_OUTPUT [--show N]
        CHECK_OUTPUT is what `phi py check OUT` printed on stdout (a line per file it
        rejected: FILE:LINE:COL: message). Prints "N of M mutants agree (X%)" and the first N
        (default 5) disagreements: the file, CPython's verdict and message, ours, the change.
        Exit status 0 only when all agree.

It runs only under CPython 3.11 (/usr/bin/python3 here), whose ast.parse is the reference."""
import ast
import io
import os
import random
import re
import sys
import tokenize
import warnings

if sys.version_info[:2] != (3, 11):
    sys.exit("py_mutants.py needs CPython 3.11 (its ast.parse is the reference); this is %s" % sys.version.split()[0])

warnings.simplefilter("ignore")  # ast.parse warns of invalid escapes; a plain call does not fail on them

# What a token may be replaced by: the keywords, the operators and the brackets of 3.11.
REPLACEMENTS = (
    "False None True and as assert async await break class continue def del elif else except finally for from "
    "global if import in is lambda nonlocal not or pass raise return try while with yield match case _ "
    "+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != ( ) [ ] { } , : . ; = -> += -= *= /= //= %= @= &= |= "
    "^= >>= <<= **= ... ! $ ? \\ 0 1.5 0x1f 1j 'x' \"y\" f'{z}' b'w' x"
).split()


def chunks_of(path):
    """Runs of consecutive top-level statements, 5 to 60 lines each: (first line, last line)
    from 1, and the file's text as lines (with their ends)."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        tree = ast.parse(data)
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        lines = data.decode(encoding).splitlines(keepends=True)
    except Exception:  # only files CPython reads are used
        return [], []
    spans = []
    for s in tree.body:
        first = min([s.lineno] + [d.lineno for d in getattr(s, "decorator_list", [])])
        spans.append((first, s.end_lineno))
    out = []
    for i in range(len(spans)):
        j = i
        while j < len(spans) and spans[j][1] - spans[i][0] + 1 < 5:
            j += 1
        if j < len(spans) and spans[j][1] - spans[i][0] + 1 <= 60:
            out.append((spans[i][0], spans[j][1]))
    return out, lines


def tokens_of(text):
    """The tokens of text with their offsets into it: (type, string, begin, end)."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    out = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(text).readline):
            if t.type in (tokenize.ENDMARKER, tokenize.DEDENT) or t.start == t.end:
                continue
            b = starts[t.start[0] - 1] + t.start[1]
            e = starts[t.end[0] - 1] + t.end[1]
            out.append((t.type, t.string, b, e))
    except (tokenize.TokenError, SyntaxError, IndexError):
        pass
    return out


def show(s):
    s = repr(s)
    return s if len(s) <= 40 else s[:37] + "..."


def line_of(text, at):
    return text.count("\n", 0, at) + 1


def mutate(rng, text):
    """One change: (mutant text, or bytes, what was done), or None when this piece offers none."""
    toks = tokens_of(text)
    if not toks:
        return None
    op = rng.choice(("delete", "duplicate", "swap", "replace", "indent", "string", "delete", "duplicate", "swap",
                     "replace", "indent", "string", "bytes"))
    if op == "bytes":  # the source's bytes: NUL, bad UTF-8, a BOM, a lone CR, a form feed, a cookie
        data = text.encode("utf-8", "surrogatepass")
        at = rng.randrange(len(data) + 1)
        ins = rng.choice((b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\r", b"\r\n", b"\x0c", b"\x1a"))
        if rng.randrange(4) == 0:
            cookie = rng.choice((b"# coding: latin-1\n", b"# -*- coding: utf-8 -*-\n", b"# coding: bogus\n",
                                 b"# vim: set fileencoding=cp1252 :\n", b"\xef\xbb\xbf# coding: latin-1\n"))
            return cookie + data, "put %s first" % show(cookie)
        return data[:at] + ins + data[at:], "put the bytes %s at byte %d" % (show(ins), at)
    if op in ("delete", "duplicate", "swap", "replace"):
        i = rng.randrange(len(toks))
        _, s, b, e = toks[i]
        where = "line %d" % line_of(text, b)
        if op == "delete":
            return text[:b] + text[e:], "deleted %s at %s" % (show(s), where)
        if op == "duplicate":
            sep = rng.choice(("", " "))
            return text[:e] + sep + s + text[e:], "duplicated %s at %s" % (show(s), where)
        if op == "replace":
            r = rng.choice(REPLACEMENTS)
            return text[:b] + r + text[e:], "replaced %s by %s at %s" % (show(s), show(r), where)
        if i + 1 >= len(toks):
            return None
        _, s2, b2, e2 = toks[i + 1]
        return text[:b] + s2 + text[e:b2] + s + text[e2:], "swapped %s and %s at %s" % (show(s), show(s2), where)
    if op == "indent":
        lines = text.splitlines(keepends=True)
        i = rng.randrange(len(lines))
        line = lines[i]
        body = line.lstrip(" \t")
        lead = line[:len(line) - len(body)]
        how = rng.randrange(4)
        if how == 0:
            new, what = " " * rng.randint(1, 4) + line, "indented"
        elif how == 1:
            if not lead:
                return None
            new, what = line[1:], "dedented by one"
        elif how == 2:
            new, what = "\t" + body if lead else "\t" + line, "indented with a tab"
        else:
            if len(lead) < 8:
                return None
            new, what = "\t" + lead[8:] + body, "the first 8 spaces made a tab"
        lines[i] = new
        return "".join(lines), "%s line %d" % (what, i + 1)
    strings = [t for t in toks if t[0] == tokenize.STRING]
    if not strings:
        return None
    _, s, b, e = rng.choice(strings)
    where = "the string at line %d" % line_of(text, b)
    m = re.match(r"[A-Za-z]*", s)
    prefix, rest = s[:m.end()], s[m.end():]
    quote = rest[:3] if rest[:3] in ('"""', "'''") else rest[:1]
    how = rng.randrange(5)
    if how == 0:
        return text[:e - len(quote)] + text[e:], "removed the closing quote of " + where
    if how == 1:
        at = rng.randint(b + len(prefix) + len(quote), e - len(quote))
        return text[:at] + "\n" + text[at:], "put a newline in " + where
    if how == 2:
        at = rng.randint(b + len(prefix) + len(quote), e - len(quote))
        return text[:at] + "\\" + text[at:], "put a backslash in " + where
    if how == 3:
        p = rng.choice(("", "b", "f", "r", "u", "rb", "br", "fr", "rf", "bu", "ub", "F", "Rb"))
        return text[:b] + p + rest + text[e:], "made the prefix %s in %s" % (show(p), where)
    at = rng.randint(b + len(prefix) + len(quote), e - len(quote))
    brace = rng.choice(("{", "}", "{x", "{x!", "{x:{y}}", "{{"))
    return text[:b] + "f" + s[len(prefix):at - b] + brace + text[at:], "made an f-string with %s in %s" % (show(brace), where)


def verdict(data):
    try:
        ast.parse(data)
        return "accept", ""
    except SyntaxError as e:
        return "reject", "%s: %s (line %s, col %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (ValueError, MemoryError, RecursionError) as e:
        return "reject", "%s: %s" % (type(e).__name__, str(e).replace("\n", " "))


def make(out, seed, count, src):
    rng = random.Random(seed)
    files = []
    for root, dirs, names in os.walk(src):
        dirs.sort()
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    files.sort()
    if not files:
        sys.exit("py_mutants.py: no .py file under %s" % src)
    os.makedirs(out, exist_ok=True)
    cache = {}
    made = accepted = 0
    with open(os.path.join(out, "verdicts.tsv"), "w", encoding="utf-8") as tsv:
        while made < count:
            path = rng.choice(files)
            if path not in cache:
                cache[path] = chunks_of(path)
            spans, lines = cache[path]
            if not spans:
                continue
            first, last = rng.choice(spans)
            text = "".join(lines[first - 1:last])
            m = mutate(rng, text)
            if m is None:
                continue
            mutant, what = m
            data = mutant if isinstance(mutant, bytes) else mutant.encode("utf-8", "surrogatepass")
            name = "m%05d.py" % made
            with open(os.path.join(out, name), "wb") as f:
                f.write(data)
            v, msg = verdict(data)
            accepted += v == "accept"
            what = "%s (%s lines %d-%d)" % (what, os.path.relpath(path, src), first, last)
            tsv.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in (name, v, msg, what)) + "\n")
            made += 1
    print("%d mutants -> %s (CPython accepts %d, rejects %d)" % (made, out, accepted, made - accepted))


def compare(out, check_output, show_n):
    ref = []
    with open(os.path.join(out, "verdicts.tsv"), encoding="utf-8") as f:
        for line in f:
            name, v, msg, what = line.rstrip("\n").split("\t")
            ref.append((name, v, msg, what))
    ours = {}
    with open(check_output, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"(.*?\.py):(\d+):(\d+): (.*)$", line.rstrip("\n"))
            if not m:
                print("a line of phi py check's output is not FILE:LINE:COL: message: %r" % line[:200])
                return 1
            ours[os.path.basename(m.group(1))] = "%s:%s: %s" % (m.group(2), m.group(3), m.group(4))
    agree, bad = 0, []
    wrongly = {"we reject, CPython accepts": 0, "we accept, CPython rejects": 0}
    for name, v, msg, what in ref:
        we_reject = name in ours
        if we_reject == (v == "reject"):
            agree += 1
            continue
        wrongly["we reject, CPython accepts" if we_reject else "we accept, CPython rejects"] += 1
        bad.append((name, v, msg, what, ours.get(name, "accept")))
    n = len(ref)
    detail = ", ".join("%d %s" % (c, k) for k, c in wrongly.items() if c)
    print("%d of %d mutants agree (%.2f%%)%s" % (agree, n, 100.0 * agree / max(n, 1), " (" + detail + ")" if detail else ""))
    for name, v, msg, what, our in bad[:show_n]:
        print("  %s: %s" % (os.path.join(out, name), what))
        print("      CPython: %s%s" % (v, " " + msg if msg else ""))
        print("      phi:     %s" % (our if our == "accept" else "reject " + our))
    if len(bad) > show_n:
        print("  ... and %d more" % (len(bad) - show_n))
    return 0 if agree == n and n else 1


def main(argv):
    def opt(name, default):
        return argv[argv.index(name) + 1] if name in argv else default
    if len(argv) >= 3 and argv[1] == "make":
        make(argv[2], int(opt("--seed", 1)), int(opt("--count", 10000)), opt("--src", "/usr/lib/python3.11"))
        return 0
    if len(argv) >= 4 and argv[1] == "compare":
        return compare(argv[2], argv[3], int(opt("--show", 5)))
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
