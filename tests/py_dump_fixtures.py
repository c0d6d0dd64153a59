#!/usr/bin/python3
"""Writes tests/fixtures/py_dump.txt, the reference of tests/test_py_dump.c: what CPython 3.11
prints for repr(float), repr(complex), repr(str), repr(bytes) and ast.dump.

Run it with CPython 3.11 (/usr/bin/python3 here is 3.11.2, unicodedata 14.0.0), from anywhere:
    /usr/bin/python3 tests/py_dump_fixtures.py
It is deterministic (seeded), so running it again gives the same file.

One record per line, fields separated by one space; the last field of a repr line is the rest
of the line (a repr never holds a raw newline or tab):
    F <hex64> <repr>              repr(x) of the double with these IEEE-754 bits (big-endian hex)
    C <hex64> <repr>              repr(complex(0.0, x)): what a literal like 1.5j prints
    S <hex> <a|u> <repr>          repr(s), s given as the hex of its UTF-8 (lone surrogates in
                                  their 3-byte form, "surrogatepass"); a: every character is
                                  ASCII, u: some are not; "-" is the empty string
    B <hex> <repr>                repr(b)
    K <Kind> <field>...           a node class of ast and its _fields (checks our node table)
    T <name> <tree>               a tree from ast.parse, written as tokens (below)
    D <indent> <attrs> <n>        ast.dump(tree, indent=..., include_attributes=...) of the last
                                  T; the n lines that follow are its text
    H <indent> <attrs> <len> <h>  the same for a big dump: its length and FNV-1a 64 (hex)
    L <terms> <indent> <attrs> <len> <h>
                                  the same for ast.parse('a+a+...+a') with that many terms: a
                                  left-deep chain of BinOps, which the C test builds itself
<indent> is N for None, else the number. Tree tokens, in prefix order:
    a node: its class name, then lineno col_offset end_lineno end_col_offset if it has
            _attributes, then its fields in _fields order
    ~ None      #n a list of n values      s<hex> a str (identifier, string), its UTF-8
    i<n> an int field      constants: N None, T True, F False, E Ellipsis, I<decimal> int,
    D<hex64> float, J<hex64> complex (the imaginary part; the real part is 0), U<hex> str,
    B<hex> bytes
"""
import ast
import os
import random
import struct
import sys
import threading

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11 (/usr/bin/python3)"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "py_dump.txt")
lines = []


def hex64(x):
    return struct.pack(">d", x).hex()


def from_hex64(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def fnv1a(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def utf8_hex(s):
    return s.encode("utf-8", "surrogatepass").hex() or "-"


# ---- floats -------------------------------------------------------------------------------
rng = random.Random(20240611)
floats = [0.0, -0.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1.0, -1.0, 1.5, 2.5, 100.0, 123.0, 1e16, 1e15,
          9999999999999998.0, 1e16 + 2, 1e17, 1e22, 1e23, 1e-5, 1e-4, 9.999999999999999e-05,
          0.00011, 1.2345e-5, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), -float("nan"),
          float(2**53), float(2**53 + 1), float(2**53 - 1), float(2**63), float(2**64), 1e300,
          1.5e300, 1e-300, 1234567890123456.0, 12345678901234567.0, 0.5, 0.25, 0.125, 3.14159,
          2.718281828459045, 1e308, 4.35, 0.30000000000000004, 5e-310, 9.5, 0.95, 1e21, 1e-7]
for e in range(-1074, 1024):  # every power of two and its neighbours: the uneven intervals
    x = 2.0 ** e
    floats += [x, float.fromhex(x.hex()) * (1 + 2**-52)]
    if e > -1074:
        floats.append(x - (2.0 ** max(e - 53, -1074)))
for k in range(-25, 26):  # powers of ten and their neighbours, around the format switches
    x = float("1e%d" % k)
    floats += [x, struct.unpack(">d", struct.pack(">Q", struct.unpack(">Q", struct.pack(">d", x))[0] + 1))[0],
               struct.unpack(">d", struct.pack(">Q", struct.unpack(">Q", struct.pack(">d", x))[0] - 1))[0]]
for _ in range(3000):  # random bit patterns: every exponent, NaNs and subnormals included
    floats.append(struct.unpack(">d", struct.pack(">Q", rng.getrandbits(64)))[0])
for _ in range(2000):  # random short decimals, the numbers people write
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 17)))
    floats.append(float("%s.%se%d" % (digits[0], digits[1:], rng.randint(-330, 310))))
for _ in range(500):
    floats.append(rng.randint(0, 10**rng.randint(1, 20)) / 10**rng.randint(0, 8))
for x in floats:
    lines.append("F %s %r" % (hex64(x), x))

imags = [0.0, 1.0, 1.5, 1e16, 1e15, 1e-5, 1e-4, 123.0, 1e22, float("inf"), float("nan"), 5e-324,
         1.7976931348623157e308, 0.1, 2.5e-7, 1234567890123456.0, -0.0, -1.0, -float("inf")]
for _ in range(300):
    imags.append(struct.unpack(">d", struct.pack(">Q", rng.getrandbits(64)))[0])
    imags.append(float("%de%d" % (rng.randint(1, 999999), rng.randint(-30, 30))))
for x in imags:
    lines.append("C %s %r" % (hex64(x), complex(0.0, x)))

# ---- strings ------------------------------------------------------------------------------


def random_char():
    r = rng.random()
    if r < 0.35:
        return chr(rng.randint(0x20, 0x7E))
    if r < 0.42:
        return rng.choice("'\"\\\t\n\r\x00\x7f")
    if r < 0.47:
        return chr(rng.randint(0, 0x1F))
    if r < 0.55:
        return chr(rng.randint(0x80, 0xFF))
    if r < 0.75:
        return chr(rng.randint(0x100, 0xFFFF))  # surrogates included
    if r < 0.8:
        return chr(rng.randint(0xD800, 0xDFFF))
    if r < 0.92:
        return chr(rng.randint(0x10000, 0x10FFFF))
    return chr(rng.choice([0x2028, 0x2029, 0xA0, 0xAD, 0x200B, 0xFEFF, 0xE000, 0xF0000, 0xE0001,
                           0xE0100, 0x1F600, 0x3000, 0x1680, 0x61C, 0xFFFD, 0xFFFE, 0x10FFFF, 0x378]))


strings = ["", "'", '"', "'\"", "\"'", "a'b", 'a"b', "a'b\"c", "\\", "\\'", "\x00", "a\x00b",
           "\t\n\r", "\x7f", "\x80", "\xa0", "\xff", "\u0100", "\ud800", "\udfff", "\ud83d\ude00",
           "\U0001F600", "\u2028", "é", "日本語", "\U000E0001", "\U0010FFFF", "\x1b[0m", "''''",
           '""', "'\"'"]
strings += [chr(c) for c in range(0x400)]
for _ in range(4000):  # single code points over every plane
    strings.append(chr(rng.choice([rng.randint(0, 0xFFFF), rng.randint(0x10000, 0x10FFFF),
                                   rng.randint(0xE0000, 0xE01FF), rng.randint(0x1F000, 0x1FAFF)])))
for _ in range(1500):
    strings.append("".join(random_char() for _ in range(rng.randint(0, 12))))
for s in strings:
    lines.append("S %s %s %s" % (utf8_hex(s), "a" if all(ord(c) < 128 for c in s) else "u", repr(s)))

byte_strings = [b"", bytes(range(256)), b"'", b'"', b"'\"", b"\\", b"\x00"]
byte_strings += [bytes([v]) for v in range(256)]
for _ in range(300):
    byte_strings.append(bytes(rng.choice([rng.randint(0, 255), 39, 34, 92, 10, 65])
                              for _ in range(rng.randint(0, 12))))
for b in byte_strings:
    lines.append("B %s %r" % (b.hex() or "-", b))

# ---- trees --------------------------------------------------------------------------------
# The concrete node classes: all but the abstract ASDL types and the deprecated aliases.
ABSTRACT = {"AST", "mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop", "cmpop",
            "excepthandler", "pattern", "type_ignore", "slice"}
DEPRECATED = {"Num", "Str", "Bytes", "NameConstant", "Ellipsis", "Index", "ExtSlice", "Suite",
              "AugLoad", "AugStore", "Param"}
for name in sorted(dir(ast)):
    cls = getattr(ast, name)
    if (isinstance(cls, type) and issubclass(cls, ast.AST) and name not in ABSTRACT
            and name not in DEPRECATED):
        lines.append(("K %s %s" % (name, " ".join(cls._fields))).rstrip())


def const_token(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if v is Ellipsis:
        return "E"
    if isinstance(v, int):
        return "I%d" % v
    if isinstance(v, float):
        return "D" + hex64(v)
    if isinstance(v, complex):
        assert v.real == 0 and struct.pack(">d", v.real) == struct.pack(">d", 0.0)
        return "J" + hex64(v.imag)
    if isinstance(v, str):
        return "U" + utf8_hex(v)
    if isinstance(v, bytes):
        return "B" + (v.hex() or "-")
    raise TypeError(type(v))


def encode(node, out):
    if node is None:
        out.append("~")
    elif isinstance(node, list):
        out.append("#%d" % len(node))
        for x in node:
            encode(x, out)
    elif isinstance(node, ast.AST):
        out.append(type(node).__name__)
        if node._attributes:
            out += ["%d" % getattr(node, a) for a in node._attributes]
        for f in node._fields:
            v = getattr(node, f)
            if f == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
                out.append(const_token(v))
            else:
                encode(v, out)
    elif isinstance(node, str):
        out.append("s" + utf8_hex(node))
    elif isinstance(node, int):
        out.append("i%d" % node)
    else:
        raise TypeError(type(node))
    return out


INDENTS = [None, 0, 2, 4]


def ind(i):
    return "N" if i is None else str(i)


def add_tree(name, tree, big=False):
    lines.append("T %s %s" % (name, " ".join(encode(tree, []))))
    for indent in INDENTS:
        for attrs in (0, 1):
            text = ast.dump(tree, indent=indent, include_attributes=bool(attrs))
            if big:
                data = text.encode("utf-8")
                lines.append("H %s %d %d %016x" % (ind(indent), attrs, len(data), fnv1a(data)))
            else:
                body = text.split("\n")
                lines.append("D %s %d %d" % (ind(indent), attrs, len(body)))
                lines.extend(body)


SNIPPETS = [
    ("empty", ""),
    ("name", "x"),
    ("pass", "pass\nbreak\ncontinue"),
    ("assign", "a = b = 1\na, *b = c\n[a, b] = 1, 2\nx: int = 3\n(y): int\nz.w: str\nq[0] += 1\n"),
    ("del_global", "def f():\n    global a, b\n    nonlocal c\n    del a, b[0], c.d\n"),
    ("binops", "a + b - c * d @ e / f % g ** h << i >> j | k ^ l & m // n"),
    ("unary_bool", "not a and -b or +c and ~d\nx if y else z\n(w := 5)"),
    ("compare", "a == b != c < d <= e > f >= g is h is not i in j not in k"),
    ("call", "f(a, *b, c=1, **d)\nf()\ng(x for x in y)\nobj.m(1)(2)"),
    ("subscript", "a[1]\na[1:2]\na[::3]\na[1:2, 3]\na[:]\na[b:c:d]\na[...]\na[()]\nd[-1]"),
    ("collections", "[1, 2, [3]]\n(1,)\n()\n{1, 2}\n{}\n{'a': 1, **b, 'c': {}}\n[*a, *b]"),
    ("comprehensions", "[x for x in y if x if z]\n{x for x, y in z}\n{k: v for k in d for v in e}\n"
                       "(x async for x in y)\nasync def f():\n    return [x async for x in y]\n"),
    ("lambda", "lambda: 0\nlambda a, /, b=1, *c, d, e=2, **f: a\nlambda *, k: k\nlambda *a: a"),
    ("funcdef", "@dec\n@dec2(1)\ndef f(a: int, b: 'str' = 'x', /, c=3, *args: int, d, e: float = 1.0, "
                "**kw) -> None:\n    '''doc'''\n    return\n"),
    ("async", "async def f():\n    await x\n    async for a in b:\n        pass\n    else:\n        pass\n"
              "    async with a as b, c:\n        yield\n    yield from z\n    yield 1\n"),
    ("classdef", "@d\nclass A(B, C, metaclass=M, **kw):\n    x = 1\n    def m(self): ...\nclass E: pass\n"),
    ("control", "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\nwhile x:\n    break\nelse:\n    x = 1\n"
                "for i, j in k:\n    continue\nelse:\n    pass\n"),
    ("with", "with a:\n    pass\nwith a as b, c as (d, e):\n    pass\nwith (a as b, c):\n    pass\n"),
    ("try", "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept (A, B):\n    raise\nexcept:\n    pass\n"
            "else:\n    pass\nfinally:\n    pass\n"),
    ("trystar", "try:\n    pass\nexcept* E as e:\n    pass\nexcept* F:\n    pass\n"),
    ("assert_import", "assert x\nassert x, 'msg'\nimport a, b.c as d\nfrom . import x\n"
                      "from ..m import (a as b, c)\nfrom m import *\nfrom .m.n import z\n"),
    ("match", "match x:\n    case 1 | 2 | -3 | 1+2j | 'a' 'b' | b'c':\n        pass\n    case None | True | False:\n"
              "        pass\n    case [a, *rest, _]:\n        pass\n    case (a, b) if a > b:\n        pass\n"
              "    case {'k': v, 1: w, **kw}:\n        pass\n    case {}:\n        pass\n"
              "    case Point(1, y=2, z=(3 as q)) as p:\n        pass\n    case Cls():\n        pass\n"
              "    case [*_]:\n        pass\n    case a.b.c:\n        pass\n    case _:\n        pass\n"),
    ("three_simple", "match x:\n    case {**rest}:\n        pass\n    case {1: a, **r}:\n        pass\n"
                     "''\nfrom .. import *\n"),
    ("fstring", "f'a{b!r:>{w}}c{d=}'\nf'{x!s}{y!a}{z:{q}.{r}}'\nf'plain'\nf''\nf'{a}' 'b' f'{c:%Y}'"),
    ("constants", "None, True, False, ...\n0, 1, 123456789012345678901234567890, 0x10, 0o7, 0b1\n"
                  "1.0, 1e16, 1e-5, 0.1, 1e400, 1_000.5\n1j, 1.5j, 1e16j, 0j, 1e400j\n"),
    ("strings", "'a', \"b'\", '\"', 'it\\'s \"q\"', u'kind', '\\x00\\n\\t\\r\\\\', '\\u2028\\xa0\\xad'\n"
                "'\\ud800\\udfff', '\\U0001F600 é 日本', 'a' 'b', '''tri\nple''', r'\\raw'\n"
                "b'', b'\\x00\\xff', b\"'\", b'\\'\"', rb'\\d', b'a' b'b'\n"),
    ("unicode_names", "é = ñ\nclass Ünïcode:\n    ℌ = 1\n"),
    ("multiline", "x = (1 +\n     2)\ndef g(\n    a,\n    b,\n): return a\n"),
    ("starred", "*a, b = c\nprint(*a)\nfor *x, y in z: pass"),
    ("slices_ext", "a[1:2, ::3, ...]\na[b, c]\na[*b]"),
    ("deep_parens", "(" * 60 + "a" + ")" * 60 + "\n" + "[" * 40 + "]" * 40 + "\n" + "-" * 50 + "x"),
    ("chain50", "+".join(["a"] * 50)),
    ("attribute_chain", "a.b.c.d.e.f\na().b[c].d"),
    ("bigdict", "{" + ", ".join("'k%d': %d" % (i, i) for i in range(30)) + "}"),
    ("decorated_async", "@a.b(c)\nasync def f(*, x=1): pass"),
]
for name, src in SNIPPETS:
    add_tree(name, ast.parse(src))
add_tree("type_comments", ast.parse("def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n"
                                    "x = 1  # type: int\nfor a in b:  # type: int\n    pass\n"
                                    "with c as d:  # type: ignore\n    pass\n"
                                    "import x  # type: ignore[abc]\n", type_comments=True))
add_tree("interactive", ast.parse("x = 1; y = 2\n", mode="single"))
add_tree("expression", ast.parse("a + 1", mode="eval"))
add_tree("func_type", ast.parse("(int, str) -> bool", mode="func_type"))
add_tree("func_type_empty", ast.parse("() -> None", mode="func_type"))
with open(os.path.join(os.path.dirname(ast.__file__), "textwrap.py"), encoding="utf-8") as f:
    add_tree("textwrap_py", ast.parse(f.read()), big=True)


# ---- deep trees: the chain a+a+...+a, too big to write out; the C test builds it ------------
def deep():
    for terms, indent in ((20000, None), (1000, 2), (300, 0)):
        tree = ast.parse("+".join(["a"] * terms))
        for attrs in (0, 1):
            data = ast.dump(tree, indent=indent, include_attributes=bool(attrs)).encode("utf-8")
            lines.append("L %d %s %d %d %016x" % (terms, ind(indent), attrs, len(data), fnv1a(data)))


sys.setrecursionlimit(1000000)
threading.stack_size(512 << 20)
t = threading.Thread(target=deep)
t.start()
t.join()

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("# Made by tests/py_dump_fixtures.py with CPython %s: do not edit.\n" % sys.version.split()[0])
    for line in lines:
        f.write(line + "\n")
print("%s: %d lines, %d bytes" % (OUT, len(lines), os.path.getsize(OUT)))
