#!/bin/sh
# The n-gram scan of decontamination: MB/s of phi.h's phi_ngram_scan (build/bench/decontam_ngram,
# bench/decontam_ngram.c) against the 13-gram index of HumanEval + MBPP, beside a set-based scan
# in Python with lm-evaluation-harness's normalisation (bench/ngram_peer.py under
# /usr/bin/python3), on the same files in the same run; each the median of RUNS runs (default 5),
# the files read into memory and the indexes built first, untimed. Two corpora, each plus one
# planted file (40 HumanEval problems and 40 MBPP ones pasted whole, so that there are hits):
#   code: every .py file of /usr/lib/python3.11 (PY_SRC);
#   text: the English documentation of this system: .md, .txt and .pod files under /usr/share/doc
#         and /usr/share/perl, and /usr/share/common-licenses (TEXT_SRC).
# Ours on one thread (the per-core figure) and on THREADS threads (default: all CPUs); the
# Python scan on one. One-thread passes are timed in wall-clock and in CPU time: on a shared
# machine the CPU time is one core's work, the wall clock also counts the waits for a core (the
# load average is printed). Both count the document places whose n-gram is indexed: the counts
# must agree. For scale, lm-evaluation-harness's own Python path (its Janitor's clean_python,
# which normalises every window anew; bench/ngram_peer.py --janitor) runs JANITOR_RUNS times
# (default 1; 0 leaves it out). Usage: sh bench/decontam_ngram.sh (from the repository root, after make
# build/bench/decontam_ngram); PHI_DATA as for the tests.
set -eu
RUNS=${RUNS:-5}
JANITOR_RUNS=${JANITOR_RUNS:-1}
THREADS=${THREADS:-$(nproc 2>/dev/null || echo 1)}
PY_SRC=${PY_SRC:-/usr/lib/python3.11}
TEXT_SRC=${TEXT_SRC:-/usr/share/doc /usr/share/perl /usr/share/common-licenses}
B=build/bench
. tests/lib.sh
have_data humaneval/HumanEval.jsonl mbpp/mbpp.jsonl || exit 0
HE=$PHI_DATA/humaneval/HumanEval.jsonl
MBPP=$PHI_DATA/mbpp/mbpp.jsonl
work=$(mktemp -d "${TMPDIR:-/tmp}/phi-bench-ngram.XXXXXX")
trap 'rm -rf "$work"' EXIT

# the planted file: problems 0, 4, 8, ... of each benchmark, as a training set would hold them
/usr/bin/python3 - "$HE" "$MBPP" "$work/planted.txt" <<'EOF'
import json, sys
out = []
for path, fields in ((sys.argv[1], ("prompt", "canonical_solution")), (sys.argv[2], ("text", "code"))):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    for o in rows[::4][:40]:
        out.append("\n".join(o[k] for k in fields))
with open(sys.argv[3], "w", encoding="utf-8") as f:
    f.write("\n\n# ---- next ----\n\n".join(out))
EOF
{ find "$PY_SRC" -name '*.py' -type f | LC_ALL=C sort; echo "$work/planted.txt"; } >"$work/code.list"
# shellcheck disable=SC2086
{ find $TEXT_SRC -type f \( -name '*.md' -o -name '*.txt' -o -name '*.pod' -o -path '*/common-licenses/*' \) \
      ! -name allkeys.txt | LC_ALL=C sort; echo "$work/planted.txt"; } >"$work/text.list"

echo "n-gram scan (13-grams of HumanEval + MBPP), medians of $RUNS runs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc 2>/dev/null || echo '?') CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
for corpus in code text; do
    "$B/decontam_ngram" "$work/$corpus.list" "$HE" "$MBPP" --runs "$RUNS" --threads "$THREADS" >"$work/phi.txt" \
        2>"$work/phi.err" || { cat "$work/phi.err"; exit 1; }
    /usr/bin/python3 bench/ngram_peer.py "$work/$corpus.list" "$HE" "$MBPP" --runs "$RUNS" >"$work/peer.txt" \
        2>"$work/peer.err" || { cat "$work/peer.err"; exit 1; }
    read -r t1 c1 tt th files bytes places hits build <"$work/phi.txt"
    read -r tpy cpy _ _ places_py build_py <"$work/peer.txt"
    mb=$(echo "$bytes" | awk '{printf "%.1f", $1 / 1e6}')
    echo "$corpus: $files files, $mb MB; $places places with a benchmark 13-gram ($hits hits); index built in $(echo "$build" | awk '{printf "%.0f", $1 * 1000}') ms (Python set: $(echo "$build_py" | awk '{printf "%.0f", $1 * 1000}') ms)"
    mbs() { echo "$bytes $1" | awk '{printf "%.1f", $1 / 1e6 / $2}'; }
    printf '  %-50s %8s MB/s wall %8s MB/s CPU\n' "phi.h phi_ngram_scan, 1 thread" "$(mbs "$t1")" "$(mbs "$c1")"
    [ "$th" -gt 1 ] && printf '  %-50s %8s MB/s wall\n' "phi.h phi_ngram_scan, $th threads" "$(mbs "$tt")"
    printf '  %-50s %8s MB/s wall %8s MB/s CPU\n' "Python set scan (lm-eval-harness rules), 1 thread" "$(mbs "$tpy")" "$(mbs "$cpy")"
    if [ "$places" -eq "$places_py" ]; then
        printf '  %-50s %8sx wall     %8sx CPU (same places found)\n' "phi.h / Python, 1 thread each" \
            "$(echo "$tpy $t1" | awk '{printf "%.1f", $1 / $2}')" "$(echo "$cpy $c1" | awk '{printf "%.1f", $1 / $2}')"
    else
        echo "  the places differ (phi.h $places, Python $places_py): no ratio"
        exit 1
    fi
    if [ "$JANITOR_RUNS" -gt 0 ]; then
        /usr/bin/python3 bench/ngram_peer.py "$work/$corpus.list" "$HE" "$MBPP" --runs "$JANITOR_RUNS" --janitor \
            >"$work/jan.txt" 2>"$work/jan.err" || { cat "$work/jan.err"; exit 1; }
        read -r tj cj _ _ places_j _ <"$work/jan.txt"
        printf '  %-50s %8s MB/s wall %8s MB/s CPU (%s places; phi.h %sx in CPU time)\n' \
            "lm-eval-harness Janitor.clean_python way, 1 run" "$(mbs "$tj")" "$(mbs "$cj")" "$places_j" \
            "$(echo "$cj $c1" | awk '{printf "%.0f", $1 / $2}')"
    fi
done
