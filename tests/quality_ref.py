#!/usr/bin/python3
"""The text and AST features of phi.h's >>quality, written independently in Python over CPython's
own ast module, from the definitions in phi.h's >>quality comment (not from its C code).

    quality_ref.py CORPUS.jsonl [--field text] > ref.csv
    quality_ref.py --compare ref.csv ours.csv      (exit 1 on a difference, printing each)

The CSV has a header row: id, then every feature of the text and ast blocks by name; one row per
document in corpus order (id = the record's "id" member, else its line number). Everything is
computed on the UTF-8 bytes of the text (json gives str; it is encoded back with surrogatepass so
that lone surrogates come out as the 3 bytes phi.h reads)."""
import ast
import csv
import json
import re
import string
import sys

TEXT = ["text_bytes", "text_lines", "text_line_mean", "text_line_max", "text_long_lines", "text_blank_lines",
        "text_comment_lines", "text_letters", "text_digits", "text_space", "text_punct", "text_nonascii",
        "text_dup_lines", "text_words", "text_distinct_words", "text_word_mean", "text_digit_run", "text_hex_run",
        "text_base64", "text_numbers_per_line", "text_indent_mean", "text_tab_lines", "text_trailing_space"]
AST = ["ast_parsed", "ast_stmts", "ast_exprs", "ast_functions", "ast_classes", "ast_func_lines_mean",
       "ast_func_lines_max", "ast_func_args_mean", "ast_docstrings", "ast_module_docstring", "ast_depth_max",
       "ast_depth_mean", "ast_names", "ast_name_len_mean", "ast_short_names", "ast_snake_names", "ast_imports",
       "ast_tests", "ast_doctests", "ast_asserts", "ast_calls_per_stmt", "ast_annotated", "ast_branches",
       "ast_comprehensions", "ast_literal_max", "ast_str_bytes", "ast_main_guard", "ast_globals", "ast_lambdas"]

WS = b" \t\n\r\x0b\x0c"
PUNCT = string.punctuation.encode()


def div(a, b):
    return a / b if b > 0 else 0.0


def longest(pattern, t):
    return max((len(m.group()) for m in re.finditer(pattern, t)), default=0)


def text_features(t):
    n = len(t)
    lines = t.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    L = len(lines)
    stripped = [l.strip(WS) for l in lines]
    nonblank = [s for s in stripped if s]
    seen, dup = set(), 0
    for s in nonblank:
        dup += s in seen
        seen.add(s)
    words = re.findall(rb"[A-Za-z0-9_]+", t)
    numbers = sum(1 for m in re.finditer(rb"[0-9]+", t)
                  if m.start() == 0 or not re.match(rb"[A-Za-z0-9_.]", t[m.start() - 1:m.start()]))
    indent = sum(len(l) - len(l.lstrip(b" \t")) for l, s in zip(lines, stripped) if s)
    return {
        "text_bytes": n,
        "text_lines": L,
        "text_line_mean": div(sum(map(len, lines)), L),
        "text_line_max": max(map(len, lines), default=0),
        "text_long_lines": div(sum(len(l) > 100 for l in lines), L),
        "text_blank_lines": div(sum(not s for s in stripped), L),
        "text_comment_lines": div(sum(s.startswith(b"#") for s in stripped), L),
        "text_letters": div(sum(c in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" for c in t), n),
        "text_digits": div(sum(48 <= c <= 57 for c in t), n),
        "text_space": div(sum(c in WS for c in t), n),
        "text_punct": div(sum(c in PUNCT for c in t), n),
        "text_nonascii": div(sum(c >= 128 for c in t), n),
        "text_dup_lines": div(dup, len(nonblank)),
        "text_words": len(words),
        "text_distinct_words": div(len(set(words)), len(words)),
        "text_word_mean": div(sum(map(len, words)), len(words)),
        "text_digit_run": longest(rb"[0-9]+", t),
        "text_hex_run": longest(rb"[0-9A-Fa-f]+", t),
        "text_base64": div(sum(len(m.group()) for m in re.finditer(rb"[A-Za-z0-9+/=]{32,}", t)), n),
        "text_numbers_per_line": div(numbers, L),
        "text_indent_mean": div(indent, len(nonblank)),
        "text_tab_lines": div(sum(l.startswith(b"\t") for l in lines), L),
        "text_trailing_space": div(sum(l.endswith((b" ", b"\t")) for l in lines), L),
    }


def docstring(body):
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        return body[0].value.value
    return None


def ast_features(t):
    out = dict.fromkeys(AST, 0)
    try:
        tree = ast.parse(t)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return out
    out["ast_parsed"] = 1
    funcs = classes = documented = doctests = 0
    func_lines, func_args, annotated, names = [], [], 0, []
    stmts = exprs = depth_sum = depth_max = 0
    counts = dict(imports=0, tests=0, asserts=0, calls=0, branches=0, comps=0, globals=0, lambdas=0)
    literal_max, str_bytes = 0, 0
    # depth: statements around each node, the node itself not counted
    stack = [(tree, 0)]
    while stack:
        node, d = stack.pop()
        if isinstance(node, ast.stmt):
            stmts += 1
            depth_sum += d + 1
            depth_max = max(depth_max, d + 1)
        if isinstance(node, ast.expr):
            exprs += 1
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            funcs += 1
            func_lines.append(node.end_lineno - node.lineno + 1)
            a = node.args
            every = a.posonlyargs + a.args + a.kwonlyargs + [x for x in (a.vararg, a.kwarg) if x]
            func_args.append(len(every))
            annotated += node.returns is not None or any(x.annotation is not None for x in every)
            counts["tests"] += node.name.startswith("test")
            names.append(node.name)
        if isinstance(node, ast.ClassDef):
            classes += 1
            names.append(node.name)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
            doc = docstring(node.body)
            if doc is not None:
                if isinstance(node, ast.Module):
                    out["ast_module_docstring"] = 1
                else:
                    documented += 1
                doctests += ">>>" in doc
        if isinstance(node, ast.arg):
            names.append(node.arg)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.append(node.id)
        counts["imports"] += isinstance(node, (ast.Import, ast.ImportFrom))
        counts["asserts"] += isinstance(node, ast.Assert)
        counts["calls"] += isinstance(node, ast.Call)
        counts["branches"] += isinstance(node, (ast.If, ast.For, ast.AsyncFor, ast.While, ast.Try, ast.TryStar,
                                                 ast.Match, ast.IfExp))
        counts["comps"] += isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
        counts["globals"] += isinstance(node, (ast.Global, ast.Nonlocal))
        counts["lambdas"] += isinstance(node, ast.Lambda)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            literal_max = max(literal_max, len(node.elts))
        if isinstance(node, ast.Dict):
            literal_max = max(literal_max, len(node.keys))
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            str_bytes += len(node.value.encode("utf-8", "surrogatepass"))
        inner = d + isinstance(node, ast.stmt)
        stack.extend((c, inner) for c in ast.iter_child_nodes(node))
    main_guard = any(isinstance(s, ast.If) and isinstance(s.test, ast.Compare) and isinstance(s.test.left, ast.Name)
                     and s.test.left.id == "__name__" for s in tree.body)
    bare = [n.strip("_") for n in names]
    out.update({
        "ast_stmts": stmts, "ast_exprs": exprs, "ast_functions": funcs, "ast_classes": classes,
        "ast_func_lines_mean": div(sum(func_lines), funcs), "ast_func_lines_max": max(func_lines, default=0),
        "ast_func_args_mean": div(sum(func_args), funcs), "ast_docstrings": div(documented, funcs + classes),
        "ast_depth_max": depth_max, "ast_depth_mean": div(depth_sum, stmts), "ast_names": len(names),
        "ast_name_len_mean": div(sum(len(n.encode("utf-8")) for n in names), len(names)),
        "ast_short_names": div(sum(len(n.encode("utf-8")) <= 2 for n in names), len(names)),
        "ast_snake_names": div(sum("_" in b for b in bare), len(names)),
        "ast_imports": counts["imports"], "ast_tests": counts["tests"], "ast_doctests": doctests,
        "ast_asserts": counts["asserts"], "ast_calls_per_stmt": div(counts["calls"], stmts),
        "ast_annotated": div(annotated, funcs), "ast_branches": counts["branches"],
        "ast_comprehensions": counts["comps"], "ast_literal_max": literal_max,
        "ast_str_bytes": div(str_bytes, len(t)), "ast_main_guard": int(main_guard), "ast_globals": counts["globals"],
        "ast_lambdas": counts["lambdas"],
    })
    return out


def features(corpus, field):
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["id"] + TEXT + AST)
    with open(corpus, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            t = rec[field].encode("utf-8", "surrogatepass")
            row = {**text_features(t), **ast_features(t)}
            w.writerow([rec.get("id", no)] + [repr(float(row[k])) for k in TEXT + AST])


def compare(ref_path, ours_path, tol=1e-5):
    ref = list(csv.reader(open(ref_path)))
    ours = list(csv.reader(open(ours_path)))
    col = {name: i for i, name in enumerate(ours[0])}
    missing = [k for k in ref[0] if k not in col]
    if missing:
        print("columns missing from", ours_path, missing)
        return 1
    if len(ref) != len(ours):
        print(f"{len(ref) - 1} documents in the reference, {len(ours) - 1} in ours")
        return 1
    bad = 0
    for r, o in zip(ref[1:], ours[1:]):
        for j, name in enumerate(ref[0]):
            a, b = r[j], o[col[name]]
            if name == "id":
                ok = a == b
            else:
                x, y = float(a), float(b)
                ok = abs(x - y) <= tol * max(1.0, abs(x))
            if not ok:
                bad += 1
                if bad <= 30:
                    print(f"document {r[0]}: {name}: reference {a}, ours {b}")
    print(f"{len(ref) - 1} documents x {len(ref[0]) - 1} features compared, {bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--compare":
        sys.exit(compare(args[1], args[2]))
    field = "text"
    if "--field" in args:
        i = args.index("--field")
        field = args[i + 1]
        del args[i:i + 2]
    features(args[0], field)
