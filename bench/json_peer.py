#!/usr/bin/env python3
"""Python's json module, the peer of bench/json.

Usage: json_peer.py FILE [--runs N]

Reads FILE (JSONL) into memory once, then, N times, parses every line with json.loads and
touches each record (length of its "text") so that the work is the same as bench/json's.
File reading is not timed. Prints `python_json_mbps <median MB/s>` on stdout (MB = 1e6
bytes, all bytes of the file counted, newlines included) and the per-run figures on stderr.
"""

import argparse
import json
import statistics
import sys
import time


def main():
    ap = argparse.ArgumentParser(description="Python json.loads throughput on a JSONL file")
    ap.add_argument("file")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    with open(args.file, "rb") as f:
        data = f.read()
    # Splitting is done once, outside the timed region, just as the file read: the C reader
    # finds line ends as part of its parse, which makes this split a (small) favour to Python.
    lines = [ln for ln in data.split(b"\n") if ln.strip()]
    loads = json.loads

    rates = []
    for run in range(args.runs):
        records = 0
        text_bytes = 0
        t0 = time.perf_counter()
        for ln in lines:
            v = loads(ln)  # bytes input: json decodes the UTF-8 itself, as a C parser would
            text_bytes += len(v["text"])
            records += 1
        dt = time.perf_counter() - t0
        rates.append(len(data) / 1e6 / dt)
        print("python json run %d: %.1f MB/s (%d records, %d text chars, %.3f s)"
              % (run + 1, rates[-1], records, text_bytes, dt), file=sys.stderr)

    print("python_json_mbps %.2f" % statistics.median(rates))
    print("python_json_records %d" % records)


if __name__ == "__main__":
    main()
