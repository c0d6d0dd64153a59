#!/usr/bin/env python3.12
"""Writes tests/fixtures/py312.txt, the reference of tests/test_py312.c: what CPython 3.12's
ast.parse and ast.dump make of a hand-written corpus of Python 3.12 snippets (PEP 695 type
parameters and type aliases, PEP 701 f-strings, the soft keyword `type`, 3.11 features that
must still work) and of seeded f-string combinations, plus snippets 3.12 rejects.

Run it with CPython 3.12 (CI machines have none; here: /root/.pyenv/versions/3.12.1/bin/python3.12),
from anywhere:
    python3.12 tests/py312_fixtures.py
It is deterministic (seeded), so running it again gives the same file.

One record per line, fields separated by one space:
    K <Kind> <field>...       a node class of 3.12's ast and its _fields (checks the node table)
    S <name> <hex>            a snippet: the hex of its bytes (given to ast.parse as bytes)
    A <dump>                  ast.parse accepted the last S: ast.dump(tree) (not written for the
                              generated snippets, gen*: the file stays small)
    P <dump>                  ... and ast.dump(tree, include_attributes=True)
    I <indent> <n>            ... and ast.dump(tree, indent=<indent>, include_attributes=True),
                              its n lines following (for a few snippets)
    R <line> <col> <Type>: <message>
                              ast.parse rejected it (SyntaxError and subclasses; ValueError, as
                              for a "=" field inside a format spec, with line and col 0)
One-line dumps never hold a newline (repr escapes them)."""
import ast
import os
import random
import sys
import warnings

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"
warnings.simplefilter("ignore")  # invalid escapes warn; ast.parse does not fail on them

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "py312.txt")

# ---- the hand-written corpus: (name, source) ------------------------------------------------
CORPUS = []


def add(name, src):
    CORPUS.append((name, src))


# PEP 695: type parameters of every kind, bounds, constraints
add("tp_def", "def f[T](x: T) -> T:\n    return x\n")
add("tp_bound", "def f[T: int](x: T) -> T: return x\n")
add("tp_constraints", "def f[T: (int, str), U: (bytes,)](): pass\n")
add("tp_bound_expr", "def f[T: list[int] | None, U: 'Fwd', V: a.b.C](): pass\n")
add("tp_star", "def f[*Ts](*args: *Ts): pass\n")
add("tp_pspec", "def f[**P](*args: P.args, **kw: P.kwargs): pass\n")
add("tp_all", "def f[T, *Ts, **P,](a, /, b=1, *c, d, **e) -> tuple[T, *Ts]: ...\n")
add("tp_async", "async def f[T](x: T):\n    await x\n")
add("tp_class", "class C[T]: pass\n")
add("tp_class_all", "class C[T: int, *Ts, **P](Base, Generic, metaclass=M, **kw):\n    x: T\n")
add("tp_class_empty_parens", "class C[T](): pass\n")
add("tp_decorated", "@dec\n@dec2(1)\nclass C[T]:\n    @staticmethod\n    def m[U](x: U) -> U: return x\n")
add("tp_multiline", "def f[\n    T,\n    U: int,\n    *Ts,\n    **P,\n](\n    x: T,\n) -> U:\n    pass\n")
add("tp_multiline_class", "class C[\n  T: (\n    int,\n    str,\n  ),\n]:\n  pass\n")
add("tp_nested", "def outer[T]():\n    def inner[U](x: T, y: U): pass\n    class K[V]:\n        def m[W](self): pass\n    type A[X] = dict[T, X]\n")
add("tp_lambda_bound", "def f[T: (lambda: int)()](): pass\n")
add("tp_walrus_bound", "def f[T: (x := int)](): pass\n")
add("tp_starred_bound", "def f[T: (*a, b)](): pass\n")
add("tp_unicode", "def f[Tä, *Ü](): pass\nclass Ω[α]: pass\n")
# type aliases
add("alias", "type X = int\n")
add("alias_generic", "type X[T] = list[T]\n")
add("alias_all", "type X[T: int, *Ts, **P] = Callable[P, tuple[T, *Ts]]\n")
add("alias_union", "type Json = dict[str, 'Json'] | list['Json'] | str | int | float | bool | None\n")
add("alias_lambda", "type X = lambda: 1\n")
add("alias_ifexp", "type X = int if a else str\n")
add("alias_trailing_comma", "type X[T,] = T\n")
add("alias_in_blocks", "if x:\n    type A = int\nelse:\n    type A = str\nclass C:\n    type B = A\ndef f():\n    type C[T] = T\n")
add("alias_semicolons", "type A = int; type B = str; x = 1\n")
add("alias_multiline", "type X[\n    T\n] = (\n    list[T]\n)\n")
add("alias_name_type", "type type = int\ntype match = str\ntype case[T] = T\ntype _ = None\n")
add("alias_backslash", "type \\\n  X = \\\n  int\n")
# `type` as an ordinary name
add("type_name_assign", "type = 5\ntype += 1\ntype: int = 3\ntype, x = 1, 2\n")
add("type_name_expr", "type(x)\ntype[int]\ntype.x = 2\nprint(type)\ntype\n")
add("type_name_call_kw", "f(type=1)\nlambda type: type\ndef type(): pass\nclass type: pass\n")
add("type_name_import", "import type\nfrom type import type\nfrom x import type as type\n")
add("type_name_ops", "type == 1\ntype if type else type\n[type for type in type]\ntype @ x\n")
add("type_name_attr_chain", "type.type.type = type\ndel type\nglobal type\n")
add("type_in_match", "match type:\n    case type:\n        pass\n")
add("type_walrus", "(type := 1)\n")
add("type_subscript_assign", "type[x] = 1\n")
add("soft_keywords_mix", "match = 1\ncase = 2\n_ = 3\ntype = match + case + _\n")
add("match_type_alias", "match x:\n    case 1:\n        type A = int\n")
# PEP 701 f-strings: quotes, nesting
add("fs_nested_same_quotes", 'f"{"nested"}"\nf\'{\'a\'}\'\n')
add("fs_nested_3", 'f"{f"{f"{x}"}"}"\n')
add("fs_nested_6", 'f"{f"{f"{f"{f"{f"{x}"}"}"}"}"}"\n')
add("fs_nested_mixed", "f'{f\"{f'''{f\"\"\"{x}\"\"\"}'''}\"}'\n")
add("fs_nested_spec", 'f"{x:{f"{y:{z}}"}}"\n')
add("fs_nested_concat", 'f"{"a" "b" f"{c}" "d"}"\n')
add("fs_triple_nested", 'f"""{"""\nx\n"""}"""\n')
# conversions and format specs
add("fs_conversions", 'f"{x!r} {x!s} {x!a}"\n')
add("fs_conv_spec", 'f"{x!r:>10} {y!s:^{w}}"\n')
add("fs_spec_nested", 'f"{x:{w}.{p}f}"\nf"{x:{y:{z}}}"\n')
add("fs_spec_empty", 'f"{x:}"\nf"{x!r:}"\n')
add("fs_spec_text_only", 'f"{x:>10}"\nf"{x:%Y-%m-%d}"\n')
add("fs_spec_escapes", 'f"{x:\\x41}"\nrf"{x:\\x41}"\nf"{x:\\n}"\n')
add("fs_spec_named_escape", 'f"{x:\\N{BULLET}>10}"\nf"{x:\\N{BULLET}}"\n')
add("fs_spec_braces", 'f"{x:{{y}}}"\n')
add("fs_spec_walrus_like", 'f"{x:=10}"\nf"{x:=^{w}}"\n')
add("fs_spec_walrus_eq", 'f"{x:=1=}"\n')
add("fs_spec_quotes", "f\"{x:{'>'}{10}}\"\n")
add("fs_spec_newline_single", "f'{x:\n}'\n")
add("fs_spec_newline_triple", "f'''{x:\n}'''\nf'''{x:>\n10}'''\n")
add("fs_conv_space_after", 'f"{x!r }"\n')
add("fs_conv_fullwidth", 'f"{x!ｒ}"\n')
# the "=" debug form
add("fs_debug", 'f"{x=}"\n')
add("fs_debug_spaces", 'f"{x = }"\nf"{ x=}"\nf"{x =}"\nf"{  x  =  }"\n')
add("fs_debug_conv", 'f"{x=!r}"\nf"{x=!s}"\nf"{x = !a}"\n')
add("fs_debug_spec", 'f"{x=:>10}"\nf"{x = :^{w}}"\nf"{x=!s:^{w}}"\n')
add("fs_debug_exprs", 'f"{x.y=}"\nf"{f(a, b)=}"\nf"{a + b = }"\nf"{x[1:2]=}"\nf"{ {1: 2}=}"\n')
add("fs_debug_noteq", 'f"{x!=y=}"\nf"{x==y=}"\nf"{x<=y=}"\n')
add("fs_debug_mixed", 'f"a {x=} b {y = !r:>{w}} c {z=:}"\n')
add("fs_debug_comment", 'f"""{x # a comment\n=}"""\nf"""{x  # c\n  + 1 = }"""\n')
add("fs_debug_multiline", 'f"""{\nx\n=\n!r:{\ny}\n}\n"""\n')
add("fs_debug_nested_fstring", 'f"{f"{x=}"=}"\n')
add("fs_debug_string", "f\"{'a' = }\"\n")
add("fs_debug_decoded", 'f\'{"\\x41"=}\'\nrf\'{"\\x41"=}\'\nf\'{r"\\N{BULLET}"=}\'\nf\'{r"\\d"=}\'\nf\'{1 + \\\n 2=}\'\nf\'{"\\\\"=}\'\n')
# backslashes, comments and newlines in replacement fields
add("fs_backslash_expr", "f\"{'\\n'.join(x)}\"\nf\"{'\\\\'}\"\n")
add("fs_backslash_text", 'f"a\\nb{x}c\\td"\nf"\\{x}"\nf"\\\\{x}"\nf"{x}\\\\"\n')
add("fs_backslash_brace", 'f"a\\{x}"\nf"a\\}}"\n')
add("fs_named_escape", 'f"\\N{BULLET} {x}"\nf"a\\N{BULLET}b"\nf"\\N{LATIN SMALL LETTER A}{x}\\N{BULLET}"\n')
add("fs_raw_named", 'rf"\\N{x}"\n')
add("fs_line_continuation", 'f"a\\\nb{x}"\nf"""a\\\nb"""\n')
add("fs_comment_in_expr", 'f"""{\n    x  # the x\n    + y  # and y\n}"""\n')
add("fs_newline_in_expr", "f'{1 +\n 2}'\nf\"{\nx\n}\"\n")
add("fs_multiline_text", 'f"""a\nbc{x}\nde"""\n')
add("fs_multiline_after_expr", 'f"""{x\n+\ny}\ntail"""\n')
add("fs_tabs_ff", 'f"{\tx\t}"\nf"{\fx}"\n')
# doubled braces
add("fs_doubled", 'f"{{}}"\nf"{{{x}}}"\nf"a{{b{x}c}}d"\nf"{{"\nf"}}"\n')
add("fs_doubled_only", 'f"{{x}}"\n')
# raw and prefixes
add("fs_raw", 'rf"\\d{x}\\n"\nfr\'{x}\\{y}\'\nRf"{x}"\nfR"{x}"\nFR"{x}"\nF"{x}"\n')
# concatenation
add("fs_concat_plain", '"a" f"{x}" "b"\n')
add("fs_concat_two", 'f"{x}" f"{y}"\n')
add("fs_concat_u", 'u"a" f"{x}"\nu"a" f"b"\nf"b" u"a"\nf"{x}" u"a"\n')
add("fs_concat_empty", 'f"" ""\n"" f""\nf"{x}" "" f"{y}"\n"" f"{x}" "a"\n')
add("fs_concat_merge", 'f"a" "b" f"c"\n"abc" f"d"\n')
add("fs_concat_multiline", 'x = (f"{a}"\n     "b"\n     f"""c\n{d}""")\n')
add("fs_concat_raw", 'r"\\n" f"{x}\\n" rf"\\n{y}"\n')
add("fs_only_text", 'f"abc"\nf""\nf"""multi\nline"""\n')
# expressions inside
add("fs_lambda_paren", 'f"{(lambda x: x)(1)}"\n')
add("fs_dict_set", 'f"{ {1: 2}[1] }"\nf"{ {x} }"\nf"{ {x: y for x in z} }"\n')
add("fs_walrus_paren", 'f"{(x := 1)}"\n')
add("fs_yield", 'def g():\n    f"{yield}"\n    f"{yield x}"\n    f"{(yield)}"\n')
add("fs_await", 'async def g():\n    f"{await x}"\n')
add("fs_starred", 'f"{*x,}"\nf"{*x}"\nf"{*x, *y}"\n')
add("fs_tuple", 'f"{x, y}"\nf"{x,}"\n')
add("fs_slice", 'f"{x[1:2]}"\nf"{x[::2]}"\nf"{x[a:b, c]}"\n')
add("fs_ternary", 'f"{a if b else c}"\n')
add("fs_comprehension", 'f"{[x for x in y if x]}"\n')
add("fs_call_kw", 'f"{f(a=1, *b, **c)}"\n')
add("fs_unicode", 'f"é{x}ü"\nf"{ñ}"\nf"{x:é>10}"\nf"{\'ü\'}"\n')
add("fs_emoji", 'f"😀{x}😀{y=}"\n')
add("fs_in_match", 'match x:\n    case "a" "b":\n        pass\n')
add("fs_in_decorator", '@dec(f"{x}")\ndef f(): pass\n')
add("fs_in_default", 'def f(a=f"{x}", *, b=f"{y!r}"): pass\n')
add("fs_as_key", '{f"{k}": v for k, v in d}\n')
add("fs_attribute", 'f"{x}".join(y)\nf"{x}"[0]\n')
# 3.11 features that must still work
add("py311_match", "match p:\n    case [x, *rest] if x:\n        pass\n    case {\"k\": v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case str() as s:\n        pass\n")
add("py311_except_star", "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* (TypeError, KeyError):\n    pass\n")
add("py311_with_parens", "with (open(a) as f, open(b) as g,):\n    pass\n")
add("py311_walrus", "if (n := len(a)) > 10:\n    pass\n[y := f(x), y**2]\n")
add("py311_async", "async def f():\n    async with a as b:\n        pass\n    async for x in y:\n        pass\n    return [x async for x in y]\n")
add("py311_posonly", "def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\nlambda a, /, b, *, c: 0\n")
add("py311_star_subscript", "a[*b]\na[1:2, *c]\ndef f(*args: *Ts): pass\n")
add("py311_strings", "'a' 'b'\nu'a' 'b'\nb'a' b'b'\nr'\\n' '\\n'\n'''x\ny'''\n")
add("py311_numbers", "1_000\n0x_ff\n1e10\n1.5j\n0o17\n0b1010\n1if x else 2\n")
add("py311_decorators", "@a.b[c](d)\n@(yield)\ndef f(): pass\n")
add("py311_global", "def f():\n    global a, b\n    nonlocal c\n")
add("py311_class", "class C(A, B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    def m(self) -> None: ...\n")
add("py311_comprehensions", "{k: v for k, v in x if k}\n{x for x in y}\n(x for x in y)\n[x for x in y for z in x]\n")
add("py311_del_assert_raise", "del a, b[c], d.e\nassert x, 'msg'\nraise E from e\n")
add("py311_import", "import a.b.c as d, e\nfrom ... import x\nfrom .a import (b, c,)\nfrom a import *\n")
add("py311_return_yield", "def f():\n    return *a, b\n    yield from x\n    x = yield\n")
add("py311_chained", "a < b <= c != d is not e not in f\nnot a and b or c\n-a ** -b\n~a // b % c @ d\n")
add("py311_indent_tabs", "if x:\n\tif y:\n\t\tpass\n")
add("py311_annotations", "x: list[int]\n(y): int = 1\na.b: int\n")
add("py311_unicode_names", "ñ = 1\nμ = ℌ = 2\n")
add("py311_crlf", "x = 1\r\nif x:\r\n    y = f'{x}'\r\n")
add("py311_bom", "\ufeffx = f'{1}'\n")
add("py311_cookie", "# -*- coding: latin-1 -*-\nx = 'é'\ny = f'{x}é'\n")
# Unicode 15.0 (3.12's; 3.11 has 14.0): new identifier characters, NFKC, printable, names
add("u15_names", "\U00011f04a = 1\na\U0001e030b = 2\nz\u0cf3 = 3\nprint(a\u0430b)\nc\u0301\U00010efd = 4\n")
add("u15_repr", 'x = "\u0cf3\U00011f04\U0001fadb\U000323af"\nf"{\U00011f05}\u0cf3"\n')
add("u15_named_escapes", 'y = "\\N{CJK UNIFIED IDEOGRAPH-31350}\\N{kawi sign candrabindu}\\N{CJK UNIFIED IDEOGRAPH-2B739}"\n')
add("py311_empty", "")
add("py311_comments_only", "# just a comment\n")

# ---- what 3.12 rejects ------------------------------------------------------------------------
REJECT = [
    ("r_tp_empty", "def f[](): pass\n"),
    ("r_tp_class_empty", "class C[]: pass\n"),
    ("r_tp_star_bound", "def f[*Ts: int](): pass\n"),
    ("r_tp_star_constraints", "def f[*Ts: (int, str)](): pass\n"),
    ("r_tp_pspec_bound", "def f[**P: int](): pass\n"),
    ("r_tp_default", "def f[T = int](): pass\n"),
    ("r_tp_no_name", "def f[*](): pass\n"),
    ("r_tp_after_parens", "def f()[T]: pass\n"),
    ("r_tp_lambda", "lambda[T]: 1\n"),
    ("r_tp_double_comma", "def f[T,,](): pass\n"),
    ("r_tp_unclosed", "def f[T(): pass\n"),
    ("r_alias_no_value", "type X = \n"),
    ("r_alias_no_eq", "type X[T]\n"),
    ("r_alias_empty_params", "type X[] = int\n"),
    ("r_alias_annotated", "type X: int = 1\n"),
    ("r_alias_number", "type 1 = int\n"),
    ("r_alias_attr", "type a.b = int\n"),
    ("r_alias_tuple", "type a, b = int, str\n"),
    ("r_alias_starred_value", "type X = *a\n"),
    ("r_alias_yield", "type X = yield\n"),
    ("r_alias_two", "type X = int = str\n"),
    ("r_type_name_name", "type X\n"),
    ("r_fs_empty", 'f"{}"\n'),
    ("r_fs_space", 'f"{ }"\n'),
    ("r_fs_conv_only", 'f"{!r}"\n'),
    ("r_fs_conv_missing", 'f"{x!}"\n'),
    ("r_fs_conv_bad", 'f"{x!z}"\n'),
    ("r_fs_conv_long", 'f"{x!rr}"\n'),
    ("r_fs_conv_space", 'f"{x! r}"\n'),
    ("r_fs_conv_keyword", 'f"{x!if}"\n'),
    ("r_fs_debug_conv_missing", 'f"{x=!}"\n'),
    ("r_fs_debug_after_conv", 'f"{x!r=}"\n'),
    ("r_fs_unclosed", 'f"{x"\n'),
    ("r_fs_single_close", 'f"{x}}"\n'),
    ("r_fs_lone_close", 'f"}"\n'),
    ("r_fs_lone_open", 'f"{"\n'),
    ("r_fs_debug_in_spec", 'f"{x:{y=}}"\n'),
    ("r_fs_debug_in_spec_conv", 'f"{x:{y=!r}}"\n'),
    ("r_fs_nested_too_deep", 'f"{x:{a:{b:{c}}}}"\n'),
    ("r_fs_lambda", 'f"{lambda x: 1}"\n'),
    ("r_fs_comment_single", "f'{x#}'\n"),
    ("r_fs_unterminated", 'f"abc\n'),
    ("r_fs_unterminated_triple", 'f"""abc\n'),
    ("r_fs_unterminated_inner", 'f"{\'a}"\n'),
    ("r_fs_bytes_mix", 'b"a" f"{x}"\n'),
    ("r_fs_bytes_mix2", 'f"{x}" b""\n'),
    ("r_fs_bytes_prefix", 'bf"{x}"\n'),
    ("r_fs_u_prefix", 'uf"{x}"\n'),
    ("r_fs_mismatch", 'f"{x)}"\n'),
    ("r_fs_mismatch2", 'f"{(x}"\n'),
    ("r_fs_bad_escape", 'f"\\x1{y}"\n'),
    ("r_fs_debug_bad_escape", 'f\'{r"\\x4"=}\'\n'),
    ("r_fs_bad_named", 'f"\\N{NOT A NAME}{x}"\n'),
    ("r_fs_spec_bad_escape", 'f"{x:\\x1}"\n'),
    ("r_fs_assign_target", 'f"{x}" = 1\n'),
    ("r_fs_star_alone", 'f"{*}"\n'),
    ("r_fs_exclamation_outside", "a ! b\n"),
    ("r_fs_dollar", "f'{a$b}'\n"),
    ("r_fs_ne_barry", "f'{a<>b}'\n"),
    ("r_py311_walrus_key", "{a := 1: 2}\n"),
    ("r_u15_not_a_name", 'x = "\\N{CJK UNIFIED IDEOGRAPH-323B0}"\n'),
    ("r_u15_unassigned", "\U0001fae9 = 1\n"),
]
# f-strings nested deeper than CPython's tokenizer allows (149 levels pass, 150 do not)
def nest(n):
    s = "x"
    for i in range(n):
        q = "'" if i % 2 else '"'
        s = "f%s{%s}%s" % (q, s, q)
    return s + "\n"
add("fs_nested_deep", nest(40))
add("fs_nested_149", nest(149))
REJECT.append(("r_fs_nested_too_many", nest(150)))

# ---- seeded combinations of f-string pieces ---------------------------------------------------
rng = random.Random(20240701)
TEXT = ["a", "é", "{{", "}}", "\\n", "\\t", " ", "x y", "\\N{BULLET}", "\\\\", "'", "0", "\\x41"]
EXPR = ["x", "x.y", "f(a)", "a + b", "'s'", '"d"', "[1, 2]", " {1: 2}", "(a, b)", "x[0]", "-x", "a if b else c",
        "(lambda: 1)()", "not x", "x  ", "  x", "\nx\n", "f'{y}'", 'f"{z!r}"', "1_0", "*a,"]
SPEC = ["", ">10", "^{w}", "{w}.{p}", "x", "é", "\\n", "{x:{y}}", "=", "!r", "{a}{b}", "0{w}d"]


def piece(depth, quote, triple):
    r = rng.random()
    if r < 0.35 or depth > 2:
        t = rng.choice(TEXT)
        if (t == "'" and quote == "'") or ("\n" in t and not triple):
            t = "b"
        return t
    e = rng.choice(EXPR)
    if "\n" in e and not triple:
        e = "x"
    out = "{" + e
    if rng.random() < 0.3:
        out += rng.choice(["=", " = ", "= "])
    if rng.random() < 0.3:
        out += "!" + rng.choice("rsa")
    if rng.random() < 0.4:
        out += ":" + rng.choice(SPEC)
    return out + "}"


def gen_fstring():
    quote = rng.choice(["'", '"'])
    triple = rng.random() < 0.3
    q = quote * (3 if triple else 1)
    prefix = rng.choice(["f", "f", "f", "rf", "F", "fR"])
    body = "".join(piece(0, quote, triple) for _ in range(rng.randint(0, 5)))
    s = prefix + q + body + q
    if rng.random() < 0.3:
        s += " " + rng.choice(['"tail"', "u'u'", "''", 'f"{t}"', "'''m\nl'''" if triple else "'k'"])
    if rng.random() < 0.2:
        s = rng.choice(['"head" ', "u'h' ", "'' "]) + s
    return s


for i in range(100):
    add("gen%03d" % i, "\n".join("x%d = %s" % (k, gen_fstring()) for k in range(rng.randint(1, 3))) + "\n")


# ---- write -----------------------------------------------------------------------------------
def verdict(src):
    data = src.encode("latin-1") if src.startswith("# -*- coding: latin-1") else src.encode("utf-8")
    try:
        return data, ast.parse(data), None
    except SyntaxError as e:
        return data, None, "R %d %d %s: %s" % (e.lineno or 0, e.offset or 0, type(e).__name__, e.msg.replace("\n", " "))
    except (ValueError, MemoryError, RecursionError) as e:
        return data, None, "R 0 0 %s: %s" % (type(e).__name__, str(e).replace("\n", " "))


lines = []
ABSTRACT = {"AST", "mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop", "cmpop", "excepthandler",
            "pattern", "type_ignore", "type_param", "slice"}
DEPRECATED = {"Index", "ExtSlice", "Suite", "Param", "AugLoad", "AugStore", "Num", "Str", "Bytes", "NameConstant", "Ellipsis"}
for name in sorted(n for n in dir(ast) if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST)):
    cls = getattr(ast, name)
    if name in ABSTRACT or name in DEPRECATED or name.startswith("_"):
        continue
    lines.append(("K %s %s" % (name, " ".join(cls._fields))).rstrip())
indented = {"tp_all", "alias_all", "fs_debug_mixed", "fs_spec_nested", "type_name_assign"}
accepted = rejected = 0
for name, src in CORPUS + REJECT:
    data, tree, err = verdict(src)
    lines.append("S %s %s" % (name, data.hex() or "-"))
    if tree is None:
        lines.append(err)
        rejected += 1
        if not name.startswith("r_"):
            print("note: %s is rejected: %s" % (name, err))
        continue
    if name.startswith("r_"):
        print("note: %s is accepted" % name)
    accepted += 1
    if not name.startswith("gen"):  # the generated ones: with positions only (the fixture stays small)
        lines.append("A " + ast.dump(tree))
    if name != "fs_nested_149":  # big: its plain dump is enough
        lines.append("P " + ast.dump(tree, include_attributes=True))
    if name in indented:
        text = ast.dump(tree, indent=2, include_attributes=True).split("\n")
        lines.append("I 2 %d" % len(text))
        lines.extend(text)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
print("%s: %d snippets accepted, %d rejected, %d bytes" % (OUT, accepted, rejected, os.path.getsize(OUT)))
