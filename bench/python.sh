#!/bin/sh
# The Python parser: MB/s of parsing every .py file of /usr/lib/python3.11 (668 files, 11 MB)
# on ONE thread, phi.h's phi_py_parse + phi_py_tree_free (build/bench/python, bench/python.c)
# beside CPython 3.11's ast.parse (bench/python_peer.py under /usr/bin/python3) on the same
# bytes in the same run; each the median of RUNS runs (default 5), the sources read into
# memory first and not timed; the ratio; the peak resident memory of both (sources included).
# Usage: sh bench/python.sh (from the repository root, after make build/bench/python)
set -eu
RUNS=${RUNS:-5}
SRC=${PY_SRC:-/usr/lib/python3.11}
B=build/bench
work=$(mktemp -d "${TMPDIR:-/tmp}/phi-bench-python.XXXXXX")
trap 'rm -rf "$work"' EXIT
find "$SRC" -name '*.py' | LC_ALL=C sort >"$work/list"

"$B/python" "$work/list" --runs "$RUNS" >"$work/phi.txt" 2>"$work/phi.err" ||
    { cat "$work/phi.err"; exit 1; }
/usr/bin/python3 bench/python_peer.py "$work/list" --runs "$RUNS" >"$work/peer.txt" 2>"$work/peer.err" ||
    { cat "$work/peer.err"; exit 1; }
read -r t_phi kb_phi files bytes rej_phi <"$work/phi.txt"
read -r t_py kb_py _ _ rej_py <"$work/peer.txt"

echo "Python parsing, 1 thread, $files files of $SRC ($(echo "$bytes" | awk '{printf "%.1f", $1 / 1e6}') MB), medians of $RUNS runs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
row() { # label seconds kB rejected
    printf '%-34s %8.1f MB/s   %7.3f s   peak %5.0f MB%s\n' "$1" "$(echo "$bytes $2" | awk '{print $1 / 1e6 / $2}')" "$2" \
        "$(echo "$3" | awk '{print $1 / 1024}')" "$([ "$4" -eq 0 ] || echo "   ($4 files rejected)")"
}
row "phi.h phi_py_parse + tree_free" "$t_phi" "$kb_phi" "$rej_phi"
row "CPython 3.11 ast.parse" "$t_py" "$kb_py" "$rej_py"
if [ "$rej_phi" -eq 0 ]; then
    printf '%-34s %8.2fx CPython\n' "phi.h / CPython" "$(echo "$t_py $t_phi" | awk '{print $1 / $2}')"
else
    echo "phi.h rejected $rej_phi of $files files that CPython parses, so its time is not a parser's: no ratio"
    sed -n 's/^python: first rejected file: /  first: /p' "$work/phi.err"
fi
