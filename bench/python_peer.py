"""CPython's ast.parse, the peer of bench/python: the same files, the same clock rules.

Usage: python_peer.py LIST [--runs N]

Reads every file named in LIST (one path a line) into memory once, untimed; then, N times,
times a loop of ast.parse over the bytes of each (the tree is built as Python objects, as
ast.parse returns it, and dropped). Prints on stdout, for bench/python.sh:
    <median seconds> <peak kB> <files> <bytes> <files rejected>
(peak kB: resource.getrusage's ru_maxrss: the interpreter, the sources and the largest tree)
and the per-run times on stderr."""
import ast
import resource
import statistics
import sys
import time
import warnings


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    warnings.simplefilter("ignore")  # invalid escapes warn: a plain ast.parse prints those, once
    with open(argv[1], encoding="utf-8") as f:
        paths = [p for p in f.read().split("\n") if p]
    sources = []
    for p in paths:
        with open(p, "rb") as f:
            sources.append(f.read())
    size = sum(len(s) for s in sources)
    times = []
    rejected = 0
    for r in range(runs):
        bad = 0
        t0 = time.perf_counter()
        for s in sources:
            try:
                ast.parse(s)
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                bad += 1
        times.append(time.perf_counter() - t0)
        rejected = bad
        print("run %d: %.3f s, %.1f MB/s" % (r + 1, times[-1], size / 1e6 / times[-1]), file=sys.stderr)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("%.6f %d %d %d %d" % (statistics.median(times), peak, len(paths), size, rejected))


if __name__ == "__main__":
    main(sys.argv)
