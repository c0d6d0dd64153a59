#!/usr/bin/env python3
"""Build the JSONL corpus of the JSON benchmark (bench/json).

One record per Python source file of the local Python installation:

    {"id": N, "path": "stdlib/json/decoder.py", "text": "...source..."}

The files come from the directories the interpreter reports through sysconfig (stdlib,
platstdlib, purelib, platlib). The interpreter asked is `python3` from PATH (the "local"
installation, which may differ from the interpreter running this script), or --python.
Only *.py files that decode as UTF-8 are taken; identical contents are kept once; paths are
sorted so that the same installation always gives the same corpus.

Usage: make_corpus.py [--mb 200] [--python python3] OUTPUT
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile

SCHEMES = ("stdlib", "platstdlib", "purelib", "platlib")


def source_roots(python):
    """Ask the interpreter `python` for its sysconfig paths; fall back to our own."""
    exe = shutil.which(python) if python else None
    if exe:
        code = ("import json, sysconfig; p = sysconfig.get_paths(); "
                "print(json.dumps({k: p.get(k) for k in %r}))" % (SCHEMES,))
        try:
            out = subprocess.run([exe, "-c", code], check=True, capture_output=True,
                                 text=True, timeout=60).stdout
            paths = json.loads(out)
        except (OSError, subprocess.SubprocessError, ValueError) as e:
            print("make_corpus: cannot ask %s (%s); using %s" % (exe, e, sys.executable),
                  file=sys.stderr)
            paths = {k: sysconfig.get_paths().get(k) for k in SCHEMES}
    else:
        paths = {k: sysconfig.get_paths().get(k) for k in SCHEMES}
    roots = []
    for name in SCHEMES:
        p = paths.get(name)
        if p and os.path.isdir(p) and all(r[1] != os.path.realpath(p) for r in roots):
            roots.append((name, os.path.realpath(p)))
    return roots


def collect(roots):
    """Sorted list of (record path, file path) of every *.py file under the roots.

    purelib usually sits inside stdlib (lib/python3.X/site-packages): a file is listed once,
    under the first root that reaches it."""
    seen = set()
    files = []
    for name, root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for fn in filenames:
                if not fn.endswith(".py"):
                    continue
                full = os.path.join(dirpath, fn)
                real = os.path.realpath(full)
                if real in seen or not os.path.isfile(real):
                    continue
                seen.add(real)
                files.append((name + "/" + os.path.relpath(full, root), full))
    files.sort()
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("output")
    ap.add_argument("--mb", type=float, default=200.0,
                    help="stop once the corpus reaches this many MB (1e6 bytes); default 200")
    ap.add_argument("--python", default="python3",
                    help="interpreter whose installation is read; default python3 from PATH")
    args = ap.parse_args()
    target = int(args.mb * 1e6)
    if target <= 0:
        ap.error("--mb must be positive")

    roots = source_roots(args.python)
    if not roots:
        sys.exit("make_corpus: no source directory found")

    # Load every distinct UTF-8 source once; the lines are then written in sorted order.
    texts = []
    hashes = set()
    skipped = 0
    for rel, full in collect(roots):
        try:
            with open(full, "rb") as f:
                raw = f.read()
            text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            skipped += 1
            continue
        h = hashlib.sha256(raw).digest()
        if h in hashes:
            continue
        hashes.add(h)
        texts.append((rel, text))
    if not texts:
        sys.exit("make_corpus: no usable *.py file under %s" % ", ".join(r for _, r in roots))

    out_dir = os.path.dirname(os.path.abspath(args.output))
    os.makedirs(out_dir, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".corpus-", suffix=".tmp", dir=out_dir)
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; give the usual mode of a new file
    size = 0
    n = 0
    passes = 0
    try:
        with os.fdopen(fd, "wb") as f:
            # If the installation holds less than the target, the file list is repeated with
            # new ids (the texts repeat) until the size is reached: the parse cost per byte is
            # what is measured, so repetition does not distort it.
            while size < target:
                passes += 1
                for rel, text in texts:
                    line = json.dumps({"id": n, "path": rel, "text": text},
                                      ensure_ascii=False).encode("utf-8") + b"\n"
                    f.write(line)
                    size += len(line)
                    n += 1
                    if size >= target:
                        break
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, args.output)
    except BaseException:
        os.unlink(tmp)
        raise

    print("make_corpus: %s: %d records, %.1f MB (%d distinct files from %s; %d pass%s; "
          "%d non-UTF-8 skipped)" % (args.output, n, size / 1e6, len(texts),
                                     ", ".join(r for _, r in roots), passes,
                                     "" if passes == 1 else "es", skipped),
          file=sys.stderr)


if __name__ == "__main__":
    main()
