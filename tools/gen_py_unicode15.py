# gen_py_unicode15.py - what changed from Unicode 14.0 to 15.0 for phi.h's Python parser, in its
# 3.12 mode: CPython 3.12 checks identifiers, normalizes them (NFKC), prints str reprs and reads
# "\N{...}" with Unicode 15.0, 3.11 with 14.0 (tools/gen_py_unicode.py makes those tables). The
# delta is small: characters new in 15.0 (their flags, combining classes and names), a few
# combining classes and 62 compatibility decompositions.
#
# It needs both: CPython 3.12 with unicodedata 15.0.0 running it, and CPython 3.11 with 14.0.0
# (/usr/bin/python3, or PY311=...) for the baseline, asked through a subprocess.
#
#   python3.12 tools/gen_py_unicode15.py                prints the C tables
#   python3.12 tools/gen_py_unicode15.py --check phi.h  exit 1 unless phi.h holds exactly them
#
# The tables, read by the functions after them in phi.h's region [phi:py-unicode]:
#   phi__py_u15_props    [first, last, ccc << 3 | flags] for the code points whose flags (as in
#                        phi__py_props: 1 XID_Start, 2 XID_Continue, 4 printable) or combining
#                        class 15.0 changed, sorted
#   phi__py_u15_decomp   {code point, its full compatibility decomposition (0-padded)} for those
#                        whose decomposition 15.0 changed
#   phi__py_u15_unified  the CJK UNIFIED IDEOGRAPH ranges of 15.0
#   phi__py_u15_names    {code point, name} of the other characters 15.0 named
import os
import pickle
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_py_unicode import c_array, run  # noqa: E402 (the 3.11 generator's table writer and command line)

if sys.version_info[:2] != (3, 12) or unicodedata.unidata_version != '15.0.0':
    sys.exit('gen_py_unicode15.py: needs CPython 3.12 with unicodedata 15.0.0, not Python %s with unicodedata %s'
             % (sys.version.split()[0], unicodedata.unidata_version))
MAX = 0x110000

# The same facts, from whichever Python runs this: flags and combining class, NFKD of each
# character, names. Sent back pickled.
FACTS = r'''
import pickle, sys, unicodedata
props, nfkd, names = [], {}, {}
for c in range(0x110000):
    ch = chr(c)
    bits = (1 if ch.isidentifier() else 0) | (2 if ('a' + ch).isidentifier() else 0) | (4 if ch.isprintable() else 0)
    props.append(unicodedata.combining(ch) << 3 | bits)
    d = unicodedata.normalize('NFKD', ch)
    if d != ch:
        nfkd[c] = [ord(x) for x in d]
    n = unicodedata.name(ch, None)
    if n:
        names[c] = n
sys.stdout.buffer.write(pickle.dumps((unicodedata.unidata_version, props, nfkd, names)))
'''


def facts(python):
    out = subprocess.run([python, '-c', FACTS], check=True, stdout=subprocess.PIPE).stdout
    return pickle.loads(out)


def build():
    v14, p14, d14, n14 = facts(os.environ.get('PY311', '/usr/bin/python3'))
    v15, p15, d15, n15 = facts(sys.executable)
    assert v14 == '14.0.0' and v15 == '15.0.0', (v14, v15)
    # flags and combining classes: runs of changed code points with the same new value
    runs = []
    for c in range(MAX):
        if p14[c] != p15[c]:
            if runs and runs[-1][1] == c - 1 and runs[-1][2] == p15[c]:
                runs[-1][1] = c
            else:
                runs.append([c, c, p15[c]])
    # decompositions: phi.h decomposes fully (Hangul by arithmetic, unchanged); 15.0 adds no
    # canonical composition (checked: no new character has a canonical decomposition)
    dec = sorted(c for c in set(d14) | set(d15) if d14.get(c) != d15.get(c))
    for c in dec:
        assert c in d15 and unicodedata.decomposition(chr(c)).startswith('<'), hex(c)
    width = max(len(d15[c]) for c in dec)
    # names: 15.0 renames nothing; the new ones are CJK unified ideographs (ranges) or listed
    assert all(n15.get(c) == n for c, n in n14.items())
    new = sorted(c for c in n15 if c not in n14)
    unified = []
    for c in sorted(c for c, n in n15.items() if n.startswith('CJK UNIFIED IDEOGRAPH-')):
        if unified and unified[-1][1] == c - 1:
            unified[-1][1] = c
        else:
            unified.append([c, c])
    listed = [c for c in new if not n15[c].startswith('CJK UNIFIED IDEOGRAPH-')]
    for c in listed:
        assert n15[c].replace(' ', '').replace('-', '').isalnum() and n15[c] == n15[c].upper(), n15[c]
        assert unicodedata.lookup(n15[c]) == chr(c)
    out = [BEGIN]
    out.append('/* Unicode 15.0 against 14.0: %d changed code points in %d runs, %d decompositions, %d new names '
               'besides CJK unified ideographs */\n' % (sum(r[1] - r[0] + 1 for r in runs), len(runs), len(dec), len(listed)))
    out.append(c_array('static const uint32_t phi__py_u15_props[%d][3]' % len(runs), ['{0x%X, 0x%X, %d}' % tuple(r) for r in runs]))
    out.append('#define PHI__PY_U15_DECOMP_MAX %d\n' % width)
    out.append(c_array('static const uint32_t phi__py_u15_decomp[%d][1 + PHI__PY_U15_DECOMP_MAX]' % len(dec),
                       ['{0x%X, %s}' % (c, ', '.join('0x%X' % x for x in d15[c] + [0] * (width - len(d15[c])))) for c in dec]))
    out.append(c_array('static const uint32_t phi__py_u15_unified[%d][2]' % len(unified), ['{0x%X, 0x%X}' % tuple(r) for r in unified]))
    out.append('static const struct phi__py_u15_name { uint32_t cp; const char *name; } phi__py_u15_names[%d] = {\n' % len(listed))
    out.append(',\n'.join('    {0x%X, "%s"}' % (c, n15[c]) for c in listed) + '\n};\n')
    out.append(END)
    return ''.join(out)


BEGIN = '/* BEGIN tables generated by tools/gen_py_unicode15.py: do not edit */\n'
END = '/* END tables generated by tools/gen_py_unicode15.py */\n'

if __name__ == '__main__':
    run(build, BEGIN, END, 'Unicode 15.0 tables', 'usage: python3.12 tools/gen_py_unicode15.py [--check phi.h]')
