#!/usr/bin/python3
"""The reference for phi.h's n-gram decontamination (tests/test_decontam_ngram.c runs it).

An independent implementation, in plain Python, of the rules phi.h documents in >>decontam:
the normalisation of EleutherAI's lm-evaluation-harness (lm_eval/decontamination/janitor.py,
read for its rules only: its translation table lower-cases ASCII A-Z and deletes the 32
characters of string.punctuation; n-grams are the words of str.split() joined with one space),
applied to the benchmark fields and to the documents alike; then phi.h's rules for what is not
evidence. Nothing here comes from phi.h's code or output.

  words:  the maximal runs of non-white-space characters (str.isspace(), as str.split() and
          re's \\S see them: ASCII and Unicode), each normalised with the translation table; a
          run that normalises to nothing (punctuation only) is no word. Each word keeps the
          UTF-8 byte span [start, end) of its run in the original text. Checked on every
          text: the words equal normalise(text).split(), lm-eval-harness's own order of
          operations.
  n-grams: n consecutive words of one field (never across fields).
  index:  every n-gram of the chosen fields of every item, in the order: benchmark files as
          given, items in file order, fields in phi.h's order (prompt, canonical_solution, test,
          text, code, test_list); each distinct n-gram remembers its first occurrence in each
          item that has it. Dropped: n-grams whose every word is ASCII digits (unless
          keep_numeric), and n-grams found in more than max_items items (unless max_items < 0).
  hits:   for each window of n words of a document whose n-gram is in the index, one hit per
          item that has it (in index order): the document's byte span (first byte of the first
          word's run, one past the last byte of the last word's run), the task id, the field and
          the span of the first occurrence in the item.

Benchmarks: HumanEval JSONL (task id as is) and MBPP JSONL (task id "mbpp/" + the integer).
MBPP's test_list is its strings joined with "\\n".

Usage:
  ngram_ref.py hits N MAX_ITEMS KEEP_NUMERIC FIELDS BENCH.jsonl[,BENCH.jsonl...] DOCS.jsonl
      DOCS.jsonl has one JSON object a line with a string "text". Prints one line per hit:
      "doc doc_start doc_end task_id field field_start field_end\\tngram", then a line
      "# ngrams <kept> numeric <dropped> common <dropped>". FIELDS is a comma list of names.
  ngram_ref.py norm < TEXT     the words of standard input (UTF-8), one "start end word" a line
  ngram_ref.py fields FILE     every item of a benchmark file as Python's json reads it:
      "task_id field length crc32" a line (UTF-8 bytes; CRC-32 of zlib)
  ngram_ref.py stats N FILES   how many items the n-grams of the benchmarks occur in
"""

import json
import re
import string
import sys
import zlib

# lm-eval-harness's table: ASCII upper case to lower case, string.punctuation deleted
TABLE = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, string.ascii_lowercase * 2,
                      string.punctuation)
NONSPACE = re.compile(r"\S+")
DIGITS = re.compile(r"[0-9]+")
FIELD_ORDER = ["prompt", "canonical_solution", "test", "entry_point", "text", "code", "test_list",
               "test_setup_code", "challenge_test_list"]


def normalise(s):
    return s.translate(TABLE)


def byte_offsets(s):
    """off[i] = UTF-8 bytes before character i (len(s) + 1 entries)."""
    if s.isascii():
        return range(len(s) + 1)
    off = [0] * (len(s) + 1)
    b = 0
    for i, ch in enumerate(s):
        off[i] = b
        b += len(ch.encode("utf-8", "surrogatepass"))
    off[len(s)] = b
    return off


def words(s):
    """[(byte_start, byte_end, word)] of the text s."""
    off = byte_offsets(s)
    out = []
    for m in NONSPACE.finditer(s):
        w = normalise(m.group())
        if w:
            out.append((off[m.start()], off[m.end()], w))
    # lm-eval-harness's own order: normalise the whole text, then split
    assert [w for _, _, w in out] == normalise(s).split(), "normalise-then-split differs"
    return out


def load_benchmark(path):
    """[(task_id, {field: text})] of one HumanEval or MBPP JSONL file."""
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            o = json.loads(line)
            if "prompt" in o and "entry_point" in o:
                fields = {k: o[k] for k in ("prompt", "canonical_solution", "test", "entry_point")}
                items.append((o["task_id"], fields))
            else:
                fields = {"text": o["text"], "code": o["code"], "test_list": "\n".join(o["test_list"])}
                if "test_setup_code" in o:
                    fields["test_setup_code"] = o["test_setup_code"]
                if "challenge_test_list" in o:
                    fields["challenge_test_list"] = "\n".join(o["challenge_test_list"])
                items.append(("mbpp/%s" % o["task_id"], fields))
    return items


def build_index(items, n, max_items, keep_numeric, fields):
    """{ngram: [(item_no, field, byte_start, byte_end)]} and the counts dropped."""
    occ = {}
    numeric = 0
    for k, (_, f) in enumerate(items):
        for name in FIELD_ORDER:
            if name not in fields or name not in f:
                continue
            ws = words(f[name])
            for i in range(len(ws) - n + 1):
                window = ws[i:i + n]
                g = " ".join(w for _, _, w in window)
                if not keep_numeric and all(DIGITS.fullmatch(w) for _, _, w in window):
                    numeric += 1
                    continue
                lst = occ.setdefault(g, [])
                if not lst or lst[-1][0] != k:
                    lst.append((k, name, window[0][0], window[-1][1]))
    common = 0
    if max_items >= 0:
        for g in [g for g, lst in occ.items() if len(lst) > max_items]:
            del occ[g]
            common += 1
    return occ, numeric, common


def main():
    mode = sys.argv[1]
    if mode == "norm":
        text = sys.stdin.buffer.read().decode("utf-8")
        for s, e, w in words(text):
            print(s, e, w)
        return
    if mode == "fields":
        for task_id, f in load_benchmark(sys.argv[2]):
            for name in FIELD_ORDER:
                if name in f:
                    b = f[name].encode("utf-8")
                    print(task_id, name, len(b), zlib.crc32(b))
        return
    if mode == "stats":
        n = int(sys.argv[2])
        items = [it for p in sys.argv[3:] for it in load_benchmark(p)]
        occ, numeric, _ = build_index(items, n, -1, False,
                                      {"prompt", "canonical_solution", "test", "text", "code", "test_list"})
        hist = {}
        for lst in occ.values():
            hist[len(lst)] = hist.get(len(lst), 0) + 1
        print("distinct", len(occ), "numeric", numeric)
        for c in sorted(hist):
            print(c, hist[c])
        return
    assert mode == "hits"
    n, max_items, keep_numeric = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    fields = set(sys.argv[5].split(","))
    items = [it for p in sys.argv[6].split(",") for it in load_benchmark(p)]
    occ, numeric, common = build_index(items, n, max_items, keep_numeric, fields)
    out = sys.stdout
    with open(sys.argv[7], encoding="utf-8") as f:
        for d, line in enumerate(f):
            ws = words(json.loads(line)["text"])
            for i in range(len(ws) - n + 1):
                g = " ".join(w for _, _, w in ws[i:i + n])
                lst = occ.get(g)
                if lst:
                    for k, name, s, e in lst:
                        out.write("%d %d %d %s %s %d %d\t%s\n" % (d, ws[i][0], ws[i + n - 1][1], items[k][0], name, s, e, g))
    out.write("# ngrams %d numeric %d common %d\n" % (len(occ), numeric, common))


if __name__ == "__main__":
    main()
