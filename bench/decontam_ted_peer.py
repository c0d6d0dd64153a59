"""A Python Zhang-Shasha, the peer of bench/decontam_ted: tests/ted_ref.py's ted() (the
textbook algorithm in plain Python, the reference the tests check phi.h against) on the same
pairs of HumanEval trees, on one thread.

Usage: decontam_ted_peer.py SAMPLE [--runs N]

SAMPLE holds one pair a line as bench/decontam_ted writes it ("n labels sizes m labels sizes").
The pairs are read and parsed once, untimed; then N times a loop computes the TED of each.
Prints on stdout "<median seconds> <pairs> <sum of the distances>", the per-run times on
stderr."""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
import ted_ref  # noqa: E402


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 1
    with open(argv[1]) as f:
        pairs = [ted_ref.parse_pair(line) for line in f if line.strip()]
    times, total = [], 0
    for r in range(runs):
        t0 = time.perf_counter()
        total = sum(ted_ref.ted(*p) for p in pairs)
        times.append(time.perf_counter() - t0)
        print(f"run {r + 1}: {times[-1]:.3f} s", file=sys.stderr)
    print(f"{statistics.median(times):.6f} {len(pairs)} {total}")


if __name__ == "__main__":
    main(sys.argv)
