# gen_py_unicode.py - the Unicode 14.0 tables of phi.h's Python parser (>>python), as CPython 3.11
# uses them: identifier characters, printable characters, NFKC normalization and the character
# names of "\N{...}".
#
# Everything comes from CPython 3.11's own unicodedata (Unicode 14.0.0) and str methods, so the
# script refuses to run under any other version. unicodedata cannot list the name aliases
# (NameAliases.txt) that "\N{...}" accepts, so they come from Perl 5.36's copy of Unicode 14.0
# (/usr/share/perl/5.36/unicore/To/NameAlia.pl, package perl-modules-5.36), each checked by
# evaluating "\N{alias}" here.
#
#   /usr/bin/python3 tools/gen_py_unicode.py                prints the C tables
#   /usr/bin/python3 tools/gen_py_unicode.py --check phi.h  exit 1 unless phi.h holds exactly them
#
# The tables, all read by the functions after them in phi.h's region [phi:py-unicode]:
#   phi__py_props     sorted change points: cp << 11 | canonical combining class << 3 | flags
#                     (1 XID_Start as CPython has it, 2 XID_Continue, 4 printable)
#   phi__py_blob      packed streams in printable ASCII (see "the packing" below): the names'
#                     lexicon and phrasebook, the NFKC decompositions and the compositions
#   phi__py_*_index   where each stream's blocks start, for binary search
#   phi__py_name_families  names that are a prefix plus a number (CJK COMPATIBILITY IDEOGRAPH-F900)
import sys
import unicodedata

if __name__ == '__main__' and (sys.version_info[:2] != (3, 11) or unicodedata.unidata_version != '14.0.0'):
    sys.exit('gen_py_unicode.py: needs CPython 3.11 with unicodedata 14.0.0 (/usr/bin/python3), not Python %s with '
             'unicodedata %s' % (sys.version.split()[0], unicodedata.unidata_version))

ALIASES = '/usr/share/perl/5.36/unicore/To/NameAlia.pl'
MAX = 0x110000
S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT, S_COUNT = 19, 21, 28, 11172

# ---- the packing: a stream of symbols, each one printable character of a C string literal.
# The alphabet is ' ' .. '~' without '"', '\\' and '?' (no escapes, no trigraphs): 92 symbols.
# A number is written base 46, least significant digit first; digits 46..91 mean "more follow".
ALPHABET = [chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"\\?']
assert len(ALPHABET) == 92


def varint(v):
    assert v >= 0
    out = ''
    while v >= 46:
        out += ALPHABET[46 + v % 46]
        v //= 46
    return out + ALPHABET[v]


def zigzag(d):
    return 2 * d if d >= 0 else -2 * d - 1



# ---- identifiers, printable, combining classes ------------------------------------------------

def props_table():
    points = []
    prev = None
    for c in range(MAX):
        ch = chr(c)
        bits = (1 if ch.isidentifier() else 0) | (2 if ('a' + ch).isidentifier() else 0) | (4 if ch.isprintable() else 0)
        v = unicodedata.combining(ch) << 3 | bits
        if v != prev:
            points.append(c << 11 | v)
            prev = v
    return points


# ---- NFKC: decompositions and compositions ---------------------------------------------------

def is_hangul(c):
    return S_BASE <= c < S_BASE + S_COUNT


def raw_decomposition(c):
    """(compatibility?, [code points]) of UnicodeData's field 5, or None"""
    d = unicodedata.decomposition(chr(c))
    if not d:
        return None
    parts = d.split()
    compat = parts[0].startswith('<')
    if compat:
        parts = parts[1:]
    return compat, [int(p, 16) for p in parts]


def full_decomposition(c):
    """the compatibility decomposition applied until nothing changes (Hangul stays: phi.h does it itself)"""
    d = raw_decomposition(c)
    if d is None or is_hangul(c):
        return [c]
    out = []
    for x in d[1]:
        out += full_decomposition(x)
    return out


def canonical_order(cps):
    """the canonical ordering: each run of non-starters sorted (stably) by combining class"""
    out = list(cps)
    i = 0
    while i < len(out):
        if unicodedata.combining(chr(out[i])) == 0:
            i += 1
            continue
        j = i
        while j < len(out) and unicodedata.combining(chr(out[j])) != 0:
            j += 1
        out[i:j] = sorted(out[i:j], key=lambda x: unicodedata.combining(chr(x)))
        i = j
    return out


def decompositions():
    table = []
    for c in range(MAX):
        if is_hangul(c):
            continue
        d = full_decomposition(c)
        want = [ord(x) for x in unicodedata.normalize('NFKD', chr(c))]
        assert canonical_order(d) == want, (hex(c), d, want)
        if d != [c]:
            table.append((c, d))
    return table


def compositions():
    """(a, b, c): a b composes to c when c's canonical decomposition is exactly a b and NFC keeps c"""
    pairs = []
    for c in range(MAX):
        d = raw_decomposition(c)
        if d is None or d[0] or len(d[1]) != 2:
            continue
        if unicodedata.normalize('NFC', chr(c)) != chr(c):  # a composition exclusion
            continue
        pairs.append((d[1][0], d[1][1], c))
    pairs.sort()
    for a, b, c in pairs:  # what the pairs say is what NFC does
        assert unicodedata.normalize('NFC', chr(a) + chr(b)) == chr(c), (hex(a), hex(b), hex(c))
    return pairs


def nfkc_model(s, decomp, comp):
    """NFKC from the tables, as phi.h does it: checked against unicodedata below"""
    out = []
    for ch in s:
        c = ord(ch)
        if is_hangul(c):
            si = c - S_BASE
            out += [L_BASE + si // (V_COUNT * T_COUNT), V_BASE + si % (V_COUNT * T_COUNT) // T_COUNT]
            if si % T_COUNT:
                out.append(T_BASE + si % T_COUNT)
        else:
            out += decomp.get(c, [c])
    out = canonical_order(out)
    if not out:
        return ''

    def compose(a, b):
        if L_BASE <= a < L_BASE + L_COUNT and V_BASE <= b < V_BASE + V_COUNT:
            return S_BASE + ((a - L_BASE) * V_COUNT + b - V_BASE) * T_COUNT
        if is_hangul(a) and (a - S_BASE) % T_COUNT == 0 and T_BASE < b < T_BASE + T_COUNT:
            return a + b - T_BASE
        return comp.get((a, b))

    res = [out[0]]
    starter = 0 if unicodedata.combining(chr(out[0])) == 0 else -1
    last = 0 if starter == 0 else 256
    for c in out[1:]:
        cc = unicodedata.combining(chr(c))
        x = compose(res[starter], c) if starter >= 0 else None
        if x is not None and (last < cc or last == 0):
            res[starter] = x
            continue
        if cc == 0:
            starter = len(res)
        last = cc
        res.append(c)
    return ''.join(map(chr, res))


# ---- character names ---------------------------------------------------------------------------

def read_aliases():
    try:
        text = open(ALIASES).read()
    except OSError as e:
        sys.exit('gen_py_unicode.py: %s (the name aliases of Unicode 14.0 come from Perl 5.36: '
                 'apt-get install perl-modules-5.36)' % e)
    assert 'Unicode database, Version 14.0.0' in text.replace('\n# ', ' '), ALIASES + ' is not Unicode 14.0.0'
    body = text.split("<<'END';\n", 1)[1].split('\nEND\n', 1)[0]
    aliases = []
    for line in body.split('\n'):
        cp, _, rest = line.split('\t')
        name, kind = rest.rsplit(': ', 1)
        assert kind in ('correction', 'control', 'alternate', 'figment', 'abbreviation'), line
        c = int(cp, 16)
        assert eval('"\\N{%s}"' % name) == chr(c), line  # CPython 3.11 accepts it, for this character
        aliases.append((name, c))
    return aliases


def families(names):
    """Runs of names that are a prefix and a number counting with the code point (a hexadecimal code
    point, or a decimal counter such as TANGUT COMPONENT-001): (prefix, first, last, radix, width,
    value of first). They leave the table; the lookup computes them."""
    import re
    cands = {}
    for n, c in names.items():
        m = re.fullmatch(r'(.*-)([0-9A-F]+)', n)
        if m:
            cands.setdefault(m.group(1), []).append((c, m.group(2)))
    fams = []
    for prefix, items in sorted(cands.items()):
        items.sort()
        i = 0
        while i < len(items):
            c0, s0 = items[i]
            best = None
            for radix, width, start in ((16, 0, c0), (10, len(s0) if s0.startswith('0') else 0, int(s0) if s0.isdigit() else -1)):
                if start < 0:
                    continue
                j = i
                while j < len(items) and items[j][0] == c0 + (j - i) and items[j][1] == fmt(start + j - i, radix, width):
                    j += 1
                if best is None or j > best[0]:
                    best = (j, radix, width, start)
            j, radix, width, start = best
            if j - i >= 64:
                fams.append((prefix, c0, items[j - 1][0], radix, width, start))
                i = j
            else:
                i += 1
    return fams


def fmt(v, radix, width):
    return ('%X' if radix == 16 else '%d') % v if not width else ('%0*d' % (width, v))


def tokens(name):
    """a name's words: split at spaces, and after a hyphen inside a word ("HYPHEN-MINUS"), where the
    hyphen is written '_' (no space follows)"""
    import re
    out = []
    for w in name.split(' '):
        parts = re.findall(r'[^-]*-|[^-]+', w)
        out += [p[:-1] + '_' for p in parts[:-1]] + parts[-1:]
    assert ''.join(t[:-1] + '-' if t.endswith('_') else t + ' ' for t in out)[:-1] == name, name
    return out


NAME_BLOCK = 32
LEX_BLOCK = 16
DEC_BLOCK = 32
COMP_BLOCK = 16


def build():
    out = []
    w = out.append

    # -- names
    names = {}
    for c in range(MAX):
        n = unicodedata.name(chr(c), None)
        if n is None or n.startswith('CJK UNIFIED IDEOGRAPH-') or n.startswith('HANGUL SYLLABLE '):
            continue  # no name, or a name the lookup computes
        names[n] = c
    unified = [c for c in range(MAX) if unicodedata.name(chr(c), '') == 'CJK UNIFIED IDEOGRAPH-%X' % c]
    fams = families(names)
    for prefix, first, last, radix, width, start in fams:
        for c in range(first, last + 1):
            del names[prefix + fmt(start + c - first, radix, width)]
    aliases = read_aliases()
    for n, c in aliases:
        assert n not in names
        names[n] = c
    entries = sorted(names.items())
    name_max = max(max(len(n) for n in names), max(len(p) + 8 for p, *_ in fams))
    count = {}
    for n, _ in entries:
        for t in tokens(n):
            count[t] = count.get(t, 0) + 1
    lexicon = sorted(count, key=lambda t: (-count[t], t))
    index = {t: i for i, t in enumerate(lexicon)}

    blob = []  # sections of the blob
    pos = [0]

    def put(s):
        blob.append(s)
        pos[0] += len(s)

    lex_index = []
    for i, t in enumerate(lexicon):
        if i % LEX_BLOCK == 0:
            lex_index.append(pos[0])
        put(t + ' ')
    lex_bytes = pos[0]

    # the phrasebook: blocks of NAME_BLOCK names, in byte order. A name is: a header (how many
    # words it shares with the previous name of its block, plus the most words a name has times
    # how many it adds after the first), its code point
    # (the first of a block: itself; the others: zigzag of the difference from the previous one),
    # then the added words' lexicon indices.
    name_index = []
    max_new = max(len(tokens(n)) for n, _ in entries)
    start = pos[0]
    prev, prev_c = [], 0
    for i, (n, c) in enumerate(entries):
        t = tokens(n)
        if i % NAME_BLOCK == 0:
            name_index.append(pos[0])
            prev, prev_c = [], 0
        shared = 0
        while shared < min(len(t), len(prev)) and t[shared] == prev[shared]:
            shared += 1
        put(varint(shared + max_new * (len(t) - shared - 1)) + varint(zigzag(c - prev_c)) +
            ''.join(varint(index[x]) for x in t[shared:]))
        prev, prev_c = t, c
    name_bytes = pos[0] - start

    # -- decompositions: blocks of DEC_BLOCK code points, increasing. An entry: the code point
    # (difference from the previous one; the block's first is in the index), the length, the
    # first code point of the decomposition as the zigzag difference from the previous entry's
    # first, the others as differences from the one before them.
    decomp = decompositions()
    dec_index = []
    start = pos[0]
    for i, (c, d) in enumerate(decomp):
        if i % DEC_BLOCK == 0:
            dec_index.append((c, pos[0]))
            prev_c, prev_first = c, 0
        s = varint(c - prev_c) + varint(len(d) - 1) + varint(zigzag(d[0] - prev_first))
        for k in range(1, len(d)):
            s += varint(zigzag(d[k] - d[k - 1]))
        put(s)
        prev_c, prev_first = c, d[0]
    dec_bytes = pos[0] - start

    # -- compositions: blocks of COMP_BLOCK pairs sorted by (first, second). An entry: first as the
    # difference from the previous first (the block's first pair is in the index), second as the
    # difference from the previous second when first is the same, else itself, then zigzag of
    # composite - first.
    comp = compositions()
    comp_index = []
    start = pos[0]
    for i, (a, b, c) in enumerate(comp):
        if i % COMP_BLOCK == 0:
            comp_index.append((a, b, pos[0]))
            pa, pb = a, b
        put(varint(a - pa) + varint(b - pb if a == pa else b) + varint(zigzag(c - a)))
        pa, pb = a, b
    comp_bytes = pos[0] - start
    blob = ''.join(blob)

    # the tables say what unicodedata says: NFKC of every code point
    dmap = dict(decomp)
    cmap = {(a, b): c for a, b, c in comp}
    for c in range(MAX):
        if 0xD800 <= c < 0xE000:
            continue
        assert nfkc_model(chr(c), dmap, cmap) == unicodedata.normalize('NFKC', chr(c)), hex(c)
    # ... and of every pair of a starter that composes and a mark or a vowel
    firsts = sorted({a for a, _, _ in comp})
    seconds = sorted({b for _, b, _ in comp})
    for a in firsts:
        for b in seconds:
            s = chr(a) + chr(b)
            assert nfkc_model(s, dmap, cmap) == unicodedata.normalize('NFKC', s), (hex(a), hex(b))

    props = props_table()
    ranges = []
    for first, last in zip(unified, unified[1:] + [None]):
        if not ranges or ranges[-1][1] != first - 1:
            ranges.append([first, first])
        else:
            ranges[-1][1] = first

    # the short names of the Hangul jamo, read back from the syllables' names: L + "A", then
    # the silent L (ieung, "") + V, then ieung + "A" + T
    def syl(l, v, t):
        return unicodedata.name(chr(S_BASE + (l * V_COUNT + v) * T_COUNT + t))[len('HANGUL SYLLABLE '):]
    ieung = [syl(l, 0, 0) for l in range(L_COUNT)].index('A')
    jamo_l = [syl(l, 0, 0)[:-1] for l in range(L_COUNT)]
    jamo_v = [syl(ieung, v, 0) for v in range(V_COUNT)]
    jamo_t = [syl(ieung, 0, t)[1:] for t in range(T_COUNT)]
    decomp_max = max(len(d) for _, d in decomp)

    # -- the C text
    w('/* BEGIN tables generated by tools/gen_py_unicode.py: do not edit */\n')
    w('/* Flags and combining classes: %d change points, cp << 11 | ccc << 3 | flags (Unicode 14.0) */\n' % len(props))
    w('#define PHI__PY_XID_START 1\n#define PHI__PY_XID_CONTINUE 2\n#define PHI__PY_PRINTABLE 4\n')
    w(c_array('static const uint32_t phi__py_props[%d]' % len(props), ['%d' % p for p in props]))
    w('/* CJK UNIFIED IDEOGRAPH-XXXX: the ranges [first, last] */\n')
    w(c_array('static const uint32_t phi__py_unified[%d][2]' % len(ranges),
              ['{0x%X, 0x%X}' % tuple(r) for r in ranges]))
    w('/* The short names of the Hangul jamo (L, V, T) that HANGUL SYLLABLE names are made of */\n')
    for col, names_ in (('l', jamo_l), ('v', jamo_v), ('t', jamo_t)):
        w(c_array('static const char *const phi__py_jamo_%s[%d]' % (col, len(names_)), ['"%s"' % x for x in names_]))
    w('/* Names that are a prefix and a number counting with the code point: {prefix, first, last,\n'
      '   radix, digits (0: as many as needed), the number of first} */\n')
    w('static const struct phi__py_name_family {\n    const char *prefix;\n    uint32_t first, last;\n'
      '    int radix, width;\n    uint32_t start;\n} phi__py_name_families[%d] = {\n' % len(fams))
    for f in fams:
        w('    {"%s", 0x%X, 0x%X, %d, %d, %d},\n' % f)
    w('};\n')
    w('/* The blob: the names\' lexicon (%d words, %d bytes), phrasebook (%d names and aliases, %d bytes),\n'
      '   %d decompositions (%d bytes) and %d compositions (%d bytes); rows of %d characters */\n'
      % (len(lexicon), lex_bytes, len(entries), name_bytes, len(decomp), dec_bytes, len(comp), comp_bytes, ROW))
    w('#define PHI__PY_ROW %d\n' % ROW)
    w('#define PHI__PY_NAME_MAX %d /* the longest name */\n' % name_max)
    w('#define PHI__PY_NAME_WORDS %d /* the most words in a name */\n' % max_new)
    w('#define PHI__PY_DECOMP_MAX %d /* the longest decomposition */\n' % decomp_max)
    w('#define PHI__PY_NAMES %d\n#define PHI__PY_NAME_BLOCK %d\n' % (len(entries), NAME_BLOCK))
    w('#define PHI__PY_LEX_WORDS %d\n#define PHI__PY_LEX_BLOCK %d\n' % (len(lexicon), LEX_BLOCK))
    w('#define PHI__PY_DECOMPS %d\n#define PHI__PY_DEC_BLOCK %d\n' % (len(decomp), DEC_BLOCK))
    w('#define PHI__PY_COMPS %d\n#define PHI__PY_COMP_BLOCK %d\n' % (len(comp), COMP_BLOCK))
    rows = [blob[i:i + ROW] for i in range(0, len(blob), ROW)]
    w('static const char phi__py_blob[%d][PHI__PY_ROW + 1] = {\n' % len(rows))
    w(',\n'.join('    "%s"' % r for r in rows) + '\n};\n')
    w(c_array('static const uint32_t phi__py_lex_index[%d]' % len(lex_index), ['%d' % x for x in lex_index]))
    w(c_array('static const uint32_t phi__py_name_index[%d]' % len(name_index), ['%d' % x for x in name_index]))
    w(c_array('static const uint32_t phi__py_dec_index[%d][2]' % len(dec_index), ['{%d, %d}' % x for x in dec_index]))
    w(c_array('static const uint32_t phi__py_comp_index[%d][3]' % len(comp_index), ['{%d, %d, %d}' % x for x in comp_index]))
    w('/* END generated tables */\n')
    return ''.join(out)


ROW = 112


def c_array(decl, cells, width=116):
    out = decl + ' = {\n'
    line = '   '
    for i, cell in enumerate(cells):
        cell += ',' if i + 1 < len(cells) else ''
        if len(line) + 1 + len(cell) > width:
            out += line + '\n'
            line = '   '
        line += ' ' + cell
    return out + line + '\n};\n'


BEGIN = '/* BEGIN tables generated by tools/gen_py_unicode.py: do not edit */\n'
END = '/* END generated tables */\n'

def run(build, begin, end, what, usage):
    """The command line of a table generator (this one and gen_py_unicode15.py): print the
    tables, or with --check FILE exit 1 unless FILE holds exactly them between begin and end."""
    text = build()
    if len(sys.argv) == 3 and sys.argv[1] == '--check':
        h = open(sys.argv[2], encoding='utf-8').read()
        a = h.find(begin)
        b = h.find(end, a + 1) if a >= 0 else -1
        if a < 0 or b < 0 or h[a:b + len(end)] != text:
            sys.stderr.write('%s: the %s differ from what the generator makes\n' % (sys.argv[2], what))
            sys.exit(1)
        print('%s: %s up to date' % (sys.argv[2], what))
    elif len(sys.argv) == 1:
        sys.stdout.write(text)
    else:
        sys.exit(usage)


if __name__ == '__main__':
    run(build, BEGIN, END, 'Unicode tables', 'usage: /usr/bin/python3 tools/gen_py_unicode.py [--check phi.h]')
