#!/usr/bin/python3
"""A stand-in teacher for phi-1's quality filter: a fixed rubric of "educational value", written
against CPython's own ast and tokenize modules, independent of phi.h's C features. phi-1 asked
GPT-4 to rate files; offline, this rubric does the rating, so that the filter's job (learn the
teacher's judgement from 20% of the files, predict the rest) can be measured on this machine.

The rubric: 0 for a file that does not parse; otherwise one point for each of

  docs       the module has a docstring, or at least half of its functions and classes do
  comments   comment tokens (tokenize.COMMENT, inline comments too) on at least 1 in 20 of the
             non-blank lines
  names      at least 85% of the names it binds (functions, classes, arguments, assigned names)
             have 3 characters or more, '_' aside ('i', 'x', 'df' are short; 'self' is not)
  small      it defines a function, and the median function is at most 25 lines long
  examples   it shows how it is used: a test function (name test*), a doctest (">>>" in a
             docstring), an assert statement, or an `if __name__ == ...:` block
  no dump    no data dump: no literal list/tuple/set/dict of 40 items or more, no string constant
             of 2000 characters or more (docstrings aside), and at most 30% of its lines longer
             than 100 characters

so a score from 0 to 6. The rubric is deterministic: the same files give the same scores.

    rubric_label.py --corpus CORPUS.jsonl --labels LABELS.jsonl [--max N] [ROOT...]

Lists every .py file under the ROOTs (default: /usr/lib/python3.11, and
/usr/lib/python3/dist-packages when it is there), sorted by path; files that are not UTF-8 or
larger than 200 kB are left out; with --max N, N paths are taken evenly from that list first
(always the same ones; the few of them left out make the count a little lower). Writes the corpus ({"id": path, "text": source}) and the labels ({"id": path,
"score": rubric}) and prints the distribution of scores on stderr."""
import ast
import io
import json
import os
import statistics
import sys
import tokenize

DOCS, COMMENTS, NAMES, SMALL, EXAMPLES, NO_DUMP = range(6)


def bound_names(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name
        elif isinstance(node, ast.arg):
            yield node.arg
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            yield node.id


def docstring_nodes(tree):
    """The Expr nodes that are docstrings (of the module, classes, functions)."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                yield first.value


def rubric(source):
    """The points of the rubric a source text earns, as a list of 6 booleans (None: no parse)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    points = [False] * 6
    defs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    documented = sum(ast.get_docstring(n, clean=False) is not None for n in defs)
    points[DOCS] = ast.get_docstring(tree, clean=False) is not None or (defs and 2 * documented >= len(defs))

    lines = source.splitlines()
    nonblank = sum(1 for l in lines if l.strip())
    try:
        comments = sum(1 for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type == tokenize.COMMENT)
    except (tokenize.TokenError, SyntaxError):
        comments = 0
    points[COMMENTS] = nonblank > 0 and 20 * comments >= nonblank

    names = [n.strip("_") for n in bound_names(tree)]
    names = [n for n in names if n]
    points[NAMES] = bool(names) and sum(len(n) >= 3 for n in names) >= 0.85 * len(names)

    funcs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    points[SMALL] = bool(funcs) and statistics.median(f.end_lineno - f.lineno + 1 for f in funcs) <= 25

    docs = list(docstring_nodes(tree))
    points[EXAMPLES] = (any(f.name.startswith("test") for f in funcs)
                        or any(">>>" in d.value for d in docs)
                        or any(isinstance(n, ast.Assert) for n in ast.walk(tree))
                        or any(isinstance(s, ast.If) and isinstance(s.test, ast.Compare)
                               and isinstance(s.test.left, ast.Name) and s.test.left.id == "__name__" for s in tree.body))

    doc_ids = {id(d) for d in docs}
    big_literal = any(isinstance(n, (ast.List, ast.Tuple, ast.Set)) and len(n.elts) >= 40
                      or isinstance(n, ast.Dict) and len(n.keys) >= 40 for n in ast.walk(tree))
    big_string = any(isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) >= 2000
                     and id(n) not in doc_ids for n in ast.walk(tree))
    long_lines = sum(len(l) > 100 for l in lines)
    points[NO_DUMP] = not big_literal and not big_string and 10 * long_lines <= 3 * max(len(lines), 1)
    return points


def score(source):
    p = rubric(source)
    return 0 if p is None else sum(bool(x) for x in p)


def python_files(roots):
    out = []
    for root in roots:
        for d, dirs, files in os.walk(root):
            dirs.sort()
            out += [os.path.join(d, f) for f in sorted(files) if f.endswith(".py")]
    return sorted(out)


def main(argv):
    corpus = labels = None
    cap = 0
    roots = []
    i = 0
    while i < len(argv):
        if argv[i] == "--corpus":
            corpus, i = argv[i + 1], i + 2
        elif argv[i] == "--labels":
            labels, i = argv[i + 1], i + 2
        elif argv[i] == "--max":
            cap, i = int(argv[i + 1]), i + 2
        else:
            roots.append(argv[i])
            i += 1
    if not corpus or not labels:
        sys.exit(__doc__)
    if not roots:
        roots = ["/usr/lib/python3.11"] + [d for d in ["/usr/lib/python3/dist-packages"] if os.path.isdir(d)]
    paths = python_files(roots)
    if cap and len(paths) > cap:  # evenly spread over the sorted list: every package gets its share
        paths = [paths[(k * len(paths)) // cap] for k in range(cap)]
    docs = []
    for path in paths:
        try:
            with open(path, "rb") as f:
                raw = f.read()
            if len(raw) > 200_000:
                continue
            docs.append((path, raw.decode("utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    hist = [0] * 7
    with open(corpus, "w", encoding="utf-8") as c, open(labels, "w", encoding="utf-8") as l:
        for path, text in docs:
            s = score(text)
            hist[s] += 1
            c.write(json.dumps({"id": path, "text": text}) + "\n")
            l.write(json.dumps({"id": path, "score": s}) + "\n")
    print(f"rubric_label: {len(docs)} files; scores 0..6: {hist}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
