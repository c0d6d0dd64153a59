r"""CPython's reference for tests/test_py_tokens.c, made at test time by /usr/bin/python3 (3.11).

    py_tokens_ref.py tokens [FILE...]     CPython's C tokenizer on each file (default: every .py
                                          file under /usr/lib/python3.11), for the token test
    py_tokens_ref.py snippets < SNIPPETS  for each snippet (one a line, escaped as Python
                                          escapes bytes: \xNN), CPython's tokens as above (or
                                          "X" when the text does not decode) and ast.parse's
                                          verdict, for the accept/reject tests
    py_tokens_ref.py literals < TOKENS    the value of each literal, for the literal tests
    py_tokens_ref.py codecs < NAMES       the codec each encoding name selects

Tokens come from _tokenize.TokenizerIter, the C tokenizer ast.parse uses (Python 3.11's
tokenize._generate_tokens_from_c_tokenizer), on the file decoded as ast.parse decodes it (BOM,
coding cookie). Its columns are UTF-8 byte offsets, as ours. It does not yield ENDMARKER, so
that token is not compared. Output, per file:
    F <path>
    <TYPE> <line> <col> <end_line> <end_col>      one line per token, phi's type names
    E <line> <offset> <message>                   when CPython's tokenizer stops with an error
    .
"""
import ast
import io
import keyword
import os
import sys
import tokenize
import warnings

import _tokenize

KEYWORDS = set(keyword.kwlist)


def phi_type(ttype, string):
    name = tokenize.tok_name[ttype]
    if name == "NAME" and string in KEYWORDS:
        return "KW_" + string
    if name in ("ASYNC", "AWAIT"):
        return "KW_" + string
    if name == "OP" or string == "<>":  # '!', '$', '?', '`' and "<>": no 3.11 rule takes them
        return "EXCLAMATION"
    return name


def decode(data):
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.decode(enc)


def tokens(paths):
    out = sys.stdout
    for path in paths:
        out.write("F %s\n" % path)
        with open(path, "rb") as f:
            text = decode(f.read())
        try:
            for tok in _tokenize.TokenizerIter(text):
                string, ttype, line, end_line, col, end_col, _ = tok
                out.write("%s %d %d %d %d\n" % (phi_type(ttype, string), line, col, end_line, end_col))
        except SyntaxError as e:
            out.write("E %d %d %s\n" % (e.lineno or 0, e.offset or 0, e.msg))
        out.write(".\n")


def unescape_input(line):
    return line.rstrip("\n").encode("latin-1").decode("unicode_escape").encode("latin-1")


def snippets():
    """Per snippet: its token block ("F <n>", tokens or "E ..." or "X", ".") then its verdict
    line: 'V OK' or 'V ERR <class> <line> <col> <raw col> <message>' (col: 0-based bytes, -1
    if none, from CPython's offset read as characters; raw col: the offset - 1 as it is)."""
    for n, line in enumerate(sys.stdin):
        src = unescape_input(line)
        sys.stdout.write("F %d\n" % n)
        try:
            text = decode(src)
        except (SyntaxError, UnicodeDecodeError, LookupError):
            text = None
        if text is None or "\0" in text:
            sys.stdout.write("X\n")
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    for tok in _tokenize.TokenizerIter(text):
                        string, ttype, tline, end_line, col, end_col, _ = tok
                        sys.stdout.write("%s %d %d %d %d\n" % (phi_type(ttype, string), tline, col, end_line, end_col))
                except SyntaxError as e:
                    sys.stdout.write("E %d %d %s\n" % (e.lineno or 0, e.offset or 0, e.msg))
        sys.stdout.write(".\n")
        sys.stdout.write("V ")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ast.parse(src)
                print("OK")
                continue
            except SyntaxError as e:
                err = e
            except ValueError as e:
                print("ERR ValueError 0 -1 -1 %s" % e)
                continue
        col = -1
        if err.offset is not None and err.text is not None and err.lineno:
            # the offset counts characters of err.text from 1; phi counts bytes from 0
            # (a byte that is not UTF-8 shows as U+FFFD: one byte)
            head = err.text[: max(err.offset - 1, 0)]
            col = len(head.encode("utf-8", "surrogatepass")) - 2 * head.count("\ufffd") if err.offset > 0 else -1
        # CPython's offset counts characters for its tokenizer's own errors but bytes (plus 1)
        # for the places the parser gives (without a coding cookie): both readings go out
        raw = err.offset - 1 if err.offset is not None else -1
        print("ERR %s %d %d %d %s" % (type(err).__name__, err.lineno or 0, col, raw, err.msg))


def literals():
    """Each input line is a literal's source (escaped as for verdicts); prints its value:
    'S <hex of UTF-8, surrogates as 3 bytes>', 'B <hex>', 'I <decimal or BIG>', 'F <repr>',
    'C <repr of imag>', or 'E' when CPython rejects it."""
    for line in sys.stdin:
        src = unescape_input(line)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                v = ast.parse(src, mode="eval").body.value
            except (SyntaxError, ValueError):
                print("E")
                continue
        if isinstance(v, str):
            print("S " + v.encode("utf-8", "surrogatepass").hex())
        elif isinstance(v, bytes):
            print("B " + v.hex())
        elif isinstance(v, bool) or v is None:
            print("E")
        elif isinstance(v, int):
            try:
                print("I %s" % v)
            except ValueError:
                print("I BIG")
        elif isinstance(v, float):
            print("F " + v.hex())
        elif isinstance(v, complex):
            print("C " + v.imag.hex())
        else:
            print("E")


def codecs_():
    import codecs
    for line in sys.stdin:
        name = line.strip()
        try:
            print(codecs.lookup(name).name)
        except LookupError:
            print("-")


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "tokens"
    if mode == "tokens":
        files = sys.argv[2:]
        if not files:
            for root, dirs, names in os.walk("/usr/lib/python3.11"):
                dirs.sort()
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
        tokens(files)
    elif mode == "snippets":
        snippets()
    elif mode == "literals":
        literals()
    elif mode == "codecs":
        codecs_()
    else:
        sys.exit("unknown mode " + mode)
