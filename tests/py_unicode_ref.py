# py_unicode_ref.py - what CPython 3.11 says, for tests/test_py_unicode.c, which runs it with
# /usr/bin/python3 at test time and compares phi.h's Unicode functions with every line:
#
#   V 3.11 14.0.0                   the first line (else "SKIP: reason" and nothing more)
#   P first last flags              every code point is in one range: flags 1 = c.isidentifier(),
#                                   2 = ('a' + c).isidentifier(), 4 = c.isprintable()
#   N cp x x ...                    unicodedata.normalize('NFKC', chr(cp)) where it is not chr(cp)
#                                   (every other code point but the surrogates is its own NFKC)
#   S x x ... = x x ...             NFKC of random and adversarial strings (hex code points)
#   A cp name                       a name "\N{name}" gives cp: every character name, every alias
#   M verdict name                  a name tried in "\N{...}": verdict is the hex code point, or -
#                                   when CPython rejects it (near misses, named sequences ...)
#   X reason                        the aliases could not be read (the A lines have none)
#   E                               the end
#
# The aliases come from Perl 5.36's copy of Unicode 14.0's NameAliases.txt (unicodedata cannot
# list them); the named sequences from its Name.pl. Each is tried in "\N{...}" here.
import random
import sys
import unicodedata

if sys.version_info[:2] != (3, 11) or unicodedata.unidata_version != '14.0.0':
    print('SKIP: %s is Python %s with unicodedata %s, not CPython 3.11 with 14.0.0'
          % (sys.executable, sys.version.split()[0], unicodedata.unidata_version))
    sys.exit(0)

out = sys.stdout
out.write('V 3.11 14.0.0\n')


def flags(c):
    ch = chr(c)
    return (1 if ch.isidentifier() else 0) | (2 if ('a' + ch).isidentifier() else 0) | (4 if ch.isprintable() else 0)


start, prev = 0, flags(0)
for c in range(1, 0x110001):
    f = flags(c) if c < 0x110000 else -1
    if f != prev:
        out.write('P %x %x %d\n' % (start, c - 1, prev))
        start, prev = c, f

for c in range(0x110000):
    if 0xD800 <= c < 0xE000:
        continue
    n = unicodedata.normalize('NFKC', chr(c))
    if n != chr(c):
        out.write('N %x %s\n' % (c, ' '.join('%x' % ord(x) for x in n)))


# -- strings: random mixes of what makes NFKC interesting
def pool():
    marks, decomposing, firsts, seconds = [], [], set(), set()
    for c in range(0x110000):
        if 0xD800 <= c < 0xE000:
            continue
        ch = chr(c)
        if unicodedata.combining(ch):
            marks.append(c)
        d = unicodedata.decomposition(ch)
        if d:
            decomposing.append(c)
            p = d.split()
            if not p[0].startswith('<') and len(p) == 2:
                firsts.add(int(p[0], 16))
                seconds.add(int(p[1], 16))
    return marks, decomposing, sorted(firsts), sorted(seconds)


marks, decomposing, firsts, seconds = pool()
jamo = list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A8, 0x11C3)) + [0x11A7, 0x1160, 0x115F]
syllables = [0xAC00 + 28 * k for k in range(0, 399, 7)] + [0xAC01, 0xD7A3, 0xD7A2, 0xAC00 + 27]
rng = random.Random(1411)
kinds = [lambda: rng.choice(marks), lambda: rng.choice(decomposing), lambda: rng.choice(firsts),
         lambda: rng.choice(seconds), lambda: rng.choice(jamo), lambda: rng.choice(syllables),
         lambda: rng.randrange(0x20, 0x7F), lambda: rng.randrange(0x80, 0x3000)]


def string(n):
    s = ''.join(chr(rng.choice(kinds)()) for _ in range(n))
    return s


strings = [string(rng.randrange(1, 12)) for _ in range(6000)]
strings += [chr(rng.choice(firsts)) + chr(rng.choice(seconds)) + chr(rng.choice(seconds)) for _ in range(3000)]
strings += [chr(rng.choice(firsts)) + ''.join(chr(rng.choice(marks)) for _ in range(rng.randrange(1, 6))) +
            chr(rng.choice(seconds)) for _ in range(3000)]
# floods of combining marks (past the insertion sort), one starting the string, and everything reversed
strings += [''.join(chr(rng.choice(marks)) for _ in range(rng.choice((17, 40, 300, 2000)))) for _ in range(40)]
strings += ['a' + ''.join(chr(rng.choice(marks + seconds)) for _ in range(rng.choice((17, 100, 1000)))) for _ in range(40)]
strings += [s[::-1] for s in strings[:2000]]
strings += ['\u0301a\u0301', '\u1100\u1161\u11a8', '\uac00\u11a8', '\u1100\u0300\u1161', 'e\u0301\u0301', 'A\u030a\u0323',
            '\u0fb2\u0f80\u0f71', '\u0344', '\ufdfa', '\u1e9b\u0323', 'ǆ', '\u2126', 'ﬁ', '\u3131\u314f']
for s in strings:
    n = unicodedata.normalize('NFKC', s)
    out.write('S %s = %s\n' % (' '.join('%x' % ord(x) for x in s), ' '.join('%x' % ord(x) for x in n)))


# -- names
def verdict(name):
    try:
        v = eval('"\\N{%s}"' % name)
    except SyntaxError:
        return '-'
    assert len(v) == 1
    return '%x' % ord(v)


names = []
for c in range(0x110000):
    n = unicodedata.name(chr(c), None)
    if n is not None:
        names.append(n)
        out.write('A %x %s\n' % (c, n))

ALIASES = '/usr/share/perl/5.36/unicore/To/NameAlia.pl'
SEQUENCES = '/usr/share/perl/5.36/unicore/Name.pl'
sequences = []
try:
    body = open(ALIASES).read().split("<<'END';\n", 1)[1].split('\nEND\n', 1)[0]
    for line in body.split('\n'):
        cp, _, rest = line.split('\t')
        name = rest.rsplit(': ', 1)[0]
        assert verdict(name) == cp.lower().lstrip('0').rjust(1, '0'), line
        out.write('A %s %s\n' % (cp.lower(), name))
        names.append(name)
    body = open(SEQUENCES).read().split("<<'END';\n", 1)[1].split('\nEND\n', 1)[0]
    sequences = [e.split('\n')[1] for e in body.strip('\n').split('\n\n') if ' ' in e.split('\n')[0]]
    assert len(sequences) > 400
except OSError as e:
    out.write('X %s (Perl 5.36 has Unicode 14.0\'s name aliases: apt-get install perl-modules-5.36)\n' % e)

tries = ['', ' ', 'A' * 300, 'A' * 89, 'LATIN SMALL LETTER A' + ' ' * 70, 'LATIN SMALL LETTER \u00e1', 'LATIN SMALL LETTER A\t',
         'LATIN\u00a0SMALL LETTER A', 'LATIN_SMALL_LETTER_A', 'latin small letter a', 'Latin Small Letter A',
         'LINE FEED (LF)', 'CARRIAGE RETURN (CR)', 'HANGUL SYLLABLE', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE  GA',
         'hangul syllable GA', 'HANGUL SYLLABLE ga', 'HANGUL SYLLABLE GGGA', 'HANGUL SYLLABLE GAGGG', 'HANGUL SYLLABLE GA ',
         'HANGUL SYLLABLE YAEGS', 'HANGUL SYLLABLE G', 'HANGUL SYLLABLE I', 'HANGUL SYLLABLE AG', 'HANGUL SYLLABLE SSYEOSS',
         'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-4E0', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-04E00',
         'CJK UNIFIED IDEOGRAPH-004E00', 'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-4E00 ',
         'CJK UNIFIED IDEOGRAPH-G000', 'CJK UNIFIED IDEOGRAPH-FFFFF', 'CJK UNIFIED IDEOGRAPH-+4E00',
         'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900', 'CJK COMPATIBILITY IDEOGRAPH-0F900',
         'CJK COMPATIBILITY IDEOGRAPH-FA6E', 'CJK COMPATIBILITY IDEOGRAPH-2FA1E', 'CJK COMPATIBILITY IDEOGRAPH-',
         'CJK COMPATIBILITY IDEOGRAPH-FFFFFFFF', 'CJK COMPATIBILITY IDEOGRAPH-100000000F900',
         'TANGUT COMPONENT-1', 'TANGUT COMPONENT-0001', 'TANGUT COMPONENT-000', 'TANGUT COMPONENT-768', 'TANGUT COMPONENT-769',
         'tangut component-001', 'TANGUT IDEOGRAPH-17000', 'VARIATION SELECTOR-017', 'VARIATION SELECTOR-0',
         'VARIATION SELECTOR-257', 'variation selector-256', 'VS0', 'vs256', 'NUSHU CHARACTER-1B16F', 'NUSHU CHARACTER-1b2fb',
         'KHITAN SMALL SCRIPT CHARACTER-18CD6', 'BRAILLE PATTERN DOTS-0', 'BRAILLE PATTERN DOTS-12345678',
         'BRAILLE PATTERN BLANK', 'TIBETAN MARK BKA- SHOG YIG MGO', 'TIBETAN MARK BKA-SHOG YIG MGO', 'HYPHEN-MINUS',
         'HYPHEN MINUS', 'HYPHEN--MINUS', '-', 'A', 'AA', '\u00e9', 'ZZZZ']
base = rng.sample(names, 3000)
for n in base:
    i = rng.randrange(len(n))
    tries += [n.lower(), n.title(), n[:-1], n + 'S', n + ' ', ' ' + n, n.replace(' ', '  ', 1), n.replace(' ', '-', 1),
              n.replace('-', ' ', 1), n[:i] + n[i + 1:], n[:i] + chr(rng.randrange(0x20, 0x7F)) + n[i + 1:], n + n]
tries += sequences + [s.lower() for s in sequences]
for t in tries:
    if any(ch in t for ch in '}\\"\n\r'):
        continue
    out.write('M %s %s\n' % (verdict(t), t))
out.write('E\n')
