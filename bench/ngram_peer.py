#!/usr/bin/python3
"""The peer of bench/decontam_ngram: a set-based n-gram scan in Python, with the normalisation
of lm-evaluation-harness's decontamination (its Janitor: a str.translate table that lower-cases
ASCII letters and deletes string.punctuation, then str.split(), n-grams joined with a space).

The benchmark n-grams go into a Python set, with the same two rules of evidence as phi.h
(n-grams of digits only dropped; n-grams in more than MAX_ITEMS items dropped), so that both
sides find the same places. Then, --runs times, one pass over every document: normalise the
whole text, split it, and look every window of n words up in the set. Only that pass is timed
(the files are read and the set built before), in wall-clock and in CPU time. Prints one line:
    <median seconds> <median CPU seconds> <files> <bytes> <places> <build seconds>
places = windows whose n-gram is in the set. Per-run times go to stderr.

With --janitor, the scan is instead the one lm-evaluation-harness's Janitor runs in Python
(clean_python): the document's white-space-separated tokens with their offsets (re.finditer),
every window of n tokens joined and then normalised, and looked up. It normalises each byte n
times, and a token of punctuation only leaves an empty word inside the window (two spaces),
so that window is never found: it finds fewer places, and is shown for its speed only.

Usage: ngram_peer.py LIST HUMANEVAL.jsonl MBPP.jsonl [--runs N] [--n 13] [--max-items 2] [--janitor]
"""

import argparse
import json
import re
import statistics
import string
import sys
import time

TABLE = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, string.ascii_lowercase * 2,
                      string.punctuation)
DIGITS = re.compile(r"[0-9]+")


def benchmark_texts(he, mbpp):
    """[(item, [field texts])]: HumanEval prompt, canonical_solution, test; MBPP text, code,
    test_list joined with newlines."""
    items = []
    with open(he, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                items.append([o["prompt"], o["canonical_solution"], o["test"]])
    with open(mbpp, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                items.append([o["text"], o["code"], "\n".join(o["test_list"])])
    return items


def build_set(items, n, max_items):
    seen = {}
    for k, fields in enumerate(items):
        for text in fields:
            words = text.translate(TABLE).split()
            for i in range(len(words) - n + 1):
                window = words[i:i + n]
                if all(DIGITS.fullmatch(w) for w in window):
                    continue
                g = " ".join(window)
                s = seen.setdefault(g, set())
                s.add(k)
    return {g for g, s in seen.items() if max_items < 0 or len(s) <= max_items}


def scan(docs, ngrams, n):
    places = 0
    for text in docs:
        words = text.translate(TABLE).split()
        for i in range(len(words) - n + 1):
            if " ".join(words[i:i + n]) in ngrams:
                places += 1
    return places


def scan_janitor(docs, ngrams, n):
    places = 0
    for text in docs:
        tokens = [(m.group(0), m.start(), m.end() - 1) for m in re.finditer(r"\S+", text)]
        for i in range(len(tokens) - n + 1):
            window = tokens[i:i + n]
            if " ".join(t for t, _, _ in window).translate(TABLE) in ngrams:
                places += 1
    return places


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("list")
    ap.add_argument("humaneval")
    ap.add_argument("mbpp")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--n", type=int, default=13)
    ap.add_argument("--max-items", type=int, default=2)
    ap.add_argument("--janitor", action="store_true")
    a = ap.parse_args()
    with open(a.list) as f:
        paths = [p for p in f.read().split("\n") if p]
    docs, size = [], 0
    for p in paths:
        with open(p, "rb") as f:
            b = f.read()
        size += len(b)
        docs.append(b.decode("utf-8", "surrogateescape"))
    t = time.perf_counter()
    ngrams = build_set(benchmark_texts(a.humaneval, a.mbpp), a.n, a.max_items)
    build = time.perf_counter() - t
    times, cpu = [], []
    places = 0
    for r in range(a.runs):
        t, c = time.perf_counter(), time.process_time()
        places = (scan_janitor if a.janitor else scan)(docs, ngrams, a.n)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        print("run %d: %.4f s (%.4f s CPU)" % (r + 1, times[-1], cpu[-1]), file=sys.stderr)
    print("%.6f %.6f %d %d %d %.6f" % (statistics.median(times), statistics.median(cpu), len(docs), size, places, build))


if __name__ == "__main__":
    main()
