"""The reference for phi.h's tree edit distance (tests/test_decontam_ted.c), in plain Python,
written apart from the C code and sharing nothing with it but the definitions:

  - ted(): Zhang and Shasha's algorithm, in its textbook form (keyroots, leftmost leaves, a
    fresh forest-distance table per pair of keyroots);
  - brute force, to check ted() itself on tiny trees: the minimum cost over every edit mapping
    (all partial one-to-one maps between the nodes that keep ancestors and left-to-right order:
    Tai's definition of the distance), and the forest recursion on the rightmost roots
    (memoised on the forests themselves);
  - the labelled trees of CPython's own ast (this file run by /usr/bin/python3, CPython 3.11)
    in both label modes of phi.h's API comment (>>decontam), with their sizes, and the count
    of ast.walk for the `ast` mode.

A tree is given in post-order: labels (integers or strings) and subtree sizes.

Usage (/usr/bin/python3 tests/ted_ref.py ...):
  ted [JOBS]           stdin: one pair a line, "n l_1..l_n s_1..s_n m l_1..l_m s_1..s_m";
                       prints each pair's TED, one a line (JOBS processes, default 2)
  selftest [N] [SEED]  N random tiny pairs: ted() against both brute forces; prints "ok N"
  units humaneval|mbpp FILE ast|canonical
                       one line per function unit, tab-separated: item index, name, lineno,
                       end_lineno, size, len(list(ast.walk(fn))) minus the docstring nodes,
                       the post-order labels (comma-separated), the subtree sizes
  files LIST ast|canonical
                       the same for every function of the Python files named in LIST (one
                       path a line), but the labels and sizes as the CRC-32 of
                       "LABELS\tSIZES" (zlib.crc32); a file that does not parse: "!syntax"
"""
import ast
import itertools
import json
import random
import sys
import zlib
from functools import lru_cache


# -- Zhang and Shasha ------------------------------------------------------------------------

def leftmost(sizes):
    return [i - s + 1 for i, s in enumerate(sizes)]


def keyroots(lml):
    """Nodes with no higher node on their leftmost path: the root and every non-first child."""
    seen, out = set(), []
    for i in range(len(lml) - 1, -1, -1):
        if lml[i] not in seen:
            seen.add(lml[i])
            out.append(i)
    return sorted(out)


def ted(l1, s1, l2, s2):
    """td[x][y]: distance of the subtrees of x and y. For each pair of keyroots (i, j), fd[dx][dy]:
    distance of the forests l1[li .. li+dx-1] and l2[lj .. lj+dy-1] (row and column 0 empty)."""
    n1, n2 = len(l1), len(l2)
    if n1 == 0 or n2 == 0:
        return n1 + n2
    lml1, lml2 = leftmost(s1), leftmost(s2)
    td = [[0] * n2 for _ in range(n1)]
    kr2 = keyroots(lml2)
    for i in keyroots(lml1):
        li = lml1[i]
        for j in kr2:
            lj = lml2[j]
            cols = j - lj + 2
            # for each column dy (node y = lj + dy - 1): where y's own subtree starts in the forest
            start = [0] + [lml2[y] - lj for y in range(lj, j + 1)]
            fd = [list(range(cols))]
            for x in range(li, i + 1):
                lx = lml1[x]
                prev = fd[-1]
                row = [x - li + 1] + [0] * (cols - 1)
                tdx, lab = td[x], l1[x]
                far = fd[lx - li]  # the forest left of x's subtree
                for dy in range(1, cols):
                    y = lj + dy - 1
                    best = prev[dy] + 1  # delete x
                    c = row[dy - 1] + 1  # insert y
                    if c < best:
                        best = c
                    if lx == li and start[dy] == 0:  # two whole trees: match x with y
                        c = prev[dy - 1] + (lab != l2[y])
                        if c < best:
                            best = c
                        tdx[y] = best
                    else:  # x's subtree matched with y's (known), after the forests left of them
                        c = far[start[dy]] + tdx[y]
                        if c < best:
                            best = c
                    row[dy] = best
                fd.append(row)
    return td[n1 - 1][n2 - 1]


# -- brute force -----------------------------------------------------------------------------

def relations(sizes):
    """anc[a][d]: a is a proper ancestor of d; post-order indices."""
    n = len(sizes)
    lml = leftmost(sizes)
    return [[lml[a] <= d < a for d in range(n)] for a in range(n)]


def ted_mappings(l1, s1, l2, s2):
    """The cheapest edit mapping, by trying them all: a set of pairs (x, y), one-to-one, such
    that for any two pairs x1 is an ancestor of x2 exactly when y1 is one of y2, and x1 comes
    before x2 in post-order exactly when y1 comes before y2 (with the ancestor rule, that is the
    left-to-right order). Cost: unmapped nodes on both sides + mapped pairs with other labels."""
    n1, n2 = len(l1), len(l2)
    a1, a2 = relations(s1), relations(s2)
    best = n1 + n2

    def ok(p, q):
        (x1, y1), (x2, y2) = p, q
        return (a1[x1][x2] == a2[y1][y2] and a1[x2][x1] == a2[y2][y1] and (x1 < x2) == (y1 < y2))

    def extend(x, pairs, cost_rel):
        nonlocal best
        if x == n1:
            m = len(pairs)
            best = min(best, n1 + n2 - 2 * m + cost_rel)
            return
        extend(x + 1, pairs, cost_rel)  # x unmapped
        used = {y for _, y in pairs}
        for y in range(n2):
            if y in used:
                continue
            p = (x, y)
            if all(ok(q, p) for q in pairs):
                pairs.append(p)
                extend(x + 1, pairs, cost_rel + (l1[x] != l2[y]))
                pairs.pop()

    extend(0, [], 0)
    return best


def to_forest(labels, sizes):
    """Post-order to nested tuples: a forest is a tuple of trees (label, forest)."""
    stack = []
    for lab, s in zip(labels, sizes):
        kids = []
        got = 0
        while got < s - 1:
            t, ts = stack.pop()
            kids.append(t)
            got += ts
        stack.append(((lab, tuple(reversed(kids))), s))
    return tuple(t for t, _ in stack)


def fsize(f):
    return sum(1 + fsize(k) for _, k in f)


@lru_cache(maxsize=None)
def forest_dist(f, g):
    """The recursion on the rightmost roots v of f and w of g: delete v (its children take its
    place), insert w, or match v with w (their child forests matched, the rest matched)."""
    if not f:
        return fsize(g)
    if not g:
        return fsize(f)
    (lv, kv), (lw, kw) = f[-1], g[-1]
    return min(forest_dist(f[:-1] + kv, g) + 1,
               forest_dist(f, g[:-1] + kw) + 1,
               forest_dist(f[:-1], g[:-1]) + forest_dist(kv, kw) + (lv != lw))


def random_tree(rng, n, nlabels):
    """n nodes: each new node's parent is a random earlier one (pre-order), labels random."""
    parent = [-1] + [rng.randrange(i) for i in range(1, n)]
    kids = [[] for _ in range(n)]
    for i in range(1, n):
        kids[parent[i]].append(i)
    labels, sizes = [], []

    def post(v):  # tiny trees only: recursion is fine here
        s = 1
        for c in kids[v]:
            s += post(c)
        labels.append(rng.randrange(nlabels))
        sizes.append(s)
        return s

    post(0)
    return labels, sizes


def selftest(count, seed):
    rng = random.Random(seed)
    for k in range(count):
        n1, n2 = rng.randint(1, 5), rng.randint(1, 5)
        nl = rng.randint(1, 3)
        l1, s1 = random_tree(rng, n1, nl)
        l2, s2 = random_tree(rng, n2, nl)
        z = ted(l1, s1, l2, s2)
        m = ted_mappings(l1, s1, l2, s2)
        f = forest_dist(to_forest(l1, s1), to_forest(l2, s2))
        if not (z == m == f):
            print("MISMATCH", l1, s1, l2, s2, "zs", z, "mappings", m, "forest", f)
            return 1
        if k % 8 == 0:  # a few larger ones for the forest recursion alone
            n1, n2 = rng.randint(1, 9), rng.randint(1, 9)
            l1, s1 = random_tree(rng, n1, nl)
            l2, s2 = random_tree(rng, n2, nl)
            z = ted(l1, s1, l2, s2)
            f = forest_dist(to_forest(l1, s1), to_forest(l2, s2))
            if z != f:
                print("MISMATCH", l1, s1, l2, s2, "zs", z, "forest", f)
                return 1
    print("ok", count)
    return 0


# -- trees of CPython's ast ------------------------------------------------------------------

OPS = ("Load Store Del And Or Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor BitAnd "
       "FloorDiv Invert Not UAdd USub Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn").split()
CTX = ("Load", "Store", "Del")
FOLD = {"BinOp": "op", "AugAssign": "op", "UnaryOp": "op", "BoolOp": "op"}
DROP_FIELDS = {"FunctionDef": ("decorator_list", "returns"), "AsyncFunctionDef": ("decorator_list", "returns"),
               "ClassDef": ("decorator_list",), "arg": ("annotation",), "AnnAssign": ("annotation",)}


def is_str_stmt(s):
    return isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str)


def has_docstring(node):
    return (isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and is_str_stmt(node.body[0]))


def label(node, canonical):
    name = type(node).__name__
    if not canonical:
        return name
    if name in FOLD:
        return name + "." + type(node.op).__name__
    if name == "Compare" and len(node.ops) == 1:
        return "Compare." + type(node.ops[0]).__name__
    if name == "AnnAssign":
        return "Assign"
    return name


def dropped(child, parent, canonical):
    if not canonical:
        return False
    name = type(child).__name__
    if name in CTX:
        return True
    if name in OPS:
        return not (isinstance(parent, ast.Compare) and len(parent.ops) > 1)
    if isinstance(child, (ast.Import, ast.ImportFrom)):
        return True
    if isinstance(child, ast.AnnAssign) and child.value is None:
        return True
    return is_str_stmt(child)


def children(node, root, canonical):
    skip = node.body[0] if node is root and has_docstring(node) else None
    drop = DROP_FIELDS.get(type(node).__name__, ()) if canonical else ()
    for field, value in ast.iter_fields(node):
        if field in drop:
            continue
        items = value if isinstance(value, list) else [value]
        for c in items:
            if isinstance(c, ast.AST) and c is not skip and not dropped(c, node, canonical):
                yield c


def tree(fn, canonical):
    """Post-order labels and sizes of fn's tree. Recursive: CPython's own ast is not deeper
    than its recursion limit allows for these functions."""
    labels, sizes = [], []

    def post(node):
        s = 1
        for c in children(node, fn, canonical):
            s += post(c)
        labels.append(label(node, canonical))
        sizes.append(s)
        return s

    post(fn)
    return labels, sizes


def units(kind, path, mode):
    canonical = mode == "canonical"
    with open(path, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    for idx, it in enumerate(items):
        if kind == "humaneval":
            src, name = it["prompt"] + it["canonical_solution"], it["entry_point"]
        else:
            src, name = it["code"], None
        try:
            mod = ast.parse(src)
        except SyntaxError:
            print(f"{idx}\t!syntax")
            continue
        for fn in preorder(mod):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) or (name and fn.name != name):
                continue
            labels, sizes = tree(fn, canonical)
            walk = len(list(ast.walk(fn))) - (2 if has_docstring(fn) else 0)
            print(f"{idx}\t{fn.name}\t{fn.lineno}\t{fn.end_lineno}\t{len(labels)}\t{walk}\t"
                  f"{','.join(labels)}\t{','.join(map(str, sizes))}")


def files(list_path, mode):
    canonical = mode == "canonical"
    with open(list_path) as f:
        paths = [p for p in f.read().split("\n") if p]
    for idx, path in enumerate(paths):
        with open(path, "rb") as f:
            src = f.read()
        try:
            mod = ast.parse(src)
        except (SyntaxError, ValueError):
            print(f"{idx}\t!syntax")
            continue
        for fn in preorder(mod):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            labels, sizes = tree(fn, canonical)
            walk = len(list(ast.walk(fn))) - (2 if has_docstring(fn) else 0)
            crc = zlib.crc32((",".join(labels) + "\t" + ",".join(map(str, sizes))).encode())
            print(f"{idx}\t{fn.name}\t{fn.lineno}\t{fn.end_lineno}\t{len(labels)}\t{walk}\t{crc}")


def preorder(node):
    """Every node, in source order (ast.walk is breadth-first)."""
    yield node
    for c in ast.iter_child_nodes(node):
        yield from preorder(c)


# -- the ted command -------------------------------------------------------------------------

def parse_pair(line):
    v = list(map(int, line.split()))
    n = v[0]
    l1, s1 = v[1:1 + n], v[1 + n:1 + 2 * n]
    m = v[1 + 2 * n]
    l2, s2 = v[2 + 2 * n:2 + 2 * n + m], v[2 + 2 * n + m:2 + 2 * n + 2 * m]
    return l1, s1, l2, s2


def ted_line(line):
    return ted(*parse_pair(line))


def main(argv):
    if len(argv) >= 2 and argv[1] == "ted":
        jobs = int(argv[2]) if len(argv) > 2 else 2
        lines = [ln for ln in sys.stdin if ln.strip()]
        if jobs > 1 and len(lines) > 50:
            import multiprocessing
            with multiprocessing.Pool(jobs) as pool:
                out = pool.map(ted_line, lines, chunksize=16)
        else:
            out = [ted_line(ln) for ln in lines]
        sys.stdout.write("".join(f"{d}\n" for d in out))
        return 0
    if len(argv) >= 2 and argv[1] == "selftest":
        return selftest(int(argv[2]) if len(argv) > 2 else 2000, int(argv[3]) if len(argv) > 3 else 1)
    if len(argv) == 4 and argv[1] == "files":
        sys.setrecursionlimit(100000)
        files(argv[2], argv[3])
        return 0
    if len(argv) == 5 and argv[1] == "units":
        sys.setrecursionlimit(10000)
        units(argv[2], argv[3], argv[4])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
