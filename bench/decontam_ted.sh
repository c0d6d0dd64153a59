#!/bin/sh
# AST decontamination (>>decontam): build/bench/decontam_ted (bench/decontam_ted.c) and its
# Python peer (bench/decontam_ted_peer.py: the Zhang-Shasha of tests/ted_ref.py under
# /usr/bin/python3), in the same run.
#   1. TED pairs/s on one thread, HumanEval-sized trees (the 164 entry-point functions), both
#      label modes: all 26,896 ordered pairs (ours), and a sample of SAMPLE pairs (default 2000)
#      timed by both, whose ratio is printed. Medians of RUNS runs (default 5; the peer: PEER_RUNS, default 1).
#   2. Screening throughput: function units/s of the .py files of /usr/lib/python3.11 (parse
#      included) against every HumanEval + MBPP function at tau = 0.8, on THREADS threads (default 2).
# Usage: sh bench/decontam_ted.sh (from the repository root, after make build/bench/decontam_ted)
set -eu
RUNS=${RUNS:-5}
PEER_RUNS=${PEER_RUNS:-1}
THREADS=${THREADS:-2}
SAMPLE=${SAMPLE:-2000}
SRC=${PY_SRC:-/usr/lib/python3.11}
DATA=${PHI_DATA:-../shared/data}
B=build/bench
if [ ! -f "$DATA/humaneval/HumanEval.jsonl" ] || [ ! -f "$DATA/mbpp/mbpp.jsonl" ]; then
    echo "decontam_ted: skipped: needs $DATA/humaneval/HumanEval.jsonl and $DATA/mbpp/mbpp.jsonl (make data)"
    exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/phi-bench-ted.XXXXXX")
trap 'rm -rf "$work"' EXIT
find "$SRC" -name '*.py' | LC_ALL=C sort >"$work/list"

"$B/decontam_ted" "$DATA" "$work/list" "$work/sample" --runs "$RUNS" --threads "$THREADS" --sample "$SAMPLE" \
    >"$work/phi.txt" 2>"$work/phi.err" || { cat "$work/phi.err"; exit 1; }
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
echo "Tree edit distance, 1 thread, HumanEval entry points, medians of $RUNS runs (peer: $PEER_RUNS) ($cpu, load $(cut -d' ' -f1 /proc/loadavg))"
for mode in canonical ast; do
    read -r _ _ all t_all cpu_all n_s t_s mean <<EOF2
$(grep "^pairs $mode " "$work/phi.txt")
EOF2
    /usr/bin/python3 bench/decontam_ted_peer.py "$work/sample.$mode" --runs "$PEER_RUNS" >"$work/peer.txt" 2>"$work/peer.err" ||
        { cat "$work/peer.err"; exit 1; }
    read -r t_py n_py _ <"$work/peer.txt"
    printf '  %-9s (mean %s nodes)  phi.h phi_ted: %8.0f pairs/s (all %s pairs; %.0f pairs/s of CPU time)\n' "$mode" "$mean" \
        "$(echo "$all $t_all" | awk '{print $1 / $2}')" "$all" "$(echo "$all $cpu_all" | awk '{print $1 / $2}')"
    printf '  %-9s %-15s phi.h phi_ted: %8.0f pairs/s   Python Zhang-Shasha: %6.0f pairs/s   %.0fx (the same %s pairs)\n' "" "" \
        "$(echo "$n_s $t_s" | awk '{print $1 / $2}')" "$(echo "$n_py $t_py" | awk '{print $1 / $2}')" \
        "$(echo "$t_py $t_s" | awk '{print $1 / $2}')" "$n_s"
done
read -r _ thr files bytes units t_scr matches matched notpy <<EOF2
$(grep '^screen ' "$work/phi.txt")
EOF2
read -r _ skipped small size ident labels post pre exact <<EOF2
$(grep '^stages ' "$work/phi.txt")
EOF2
echo "AST screening at tau 0.8 (floor 20 nodes), $thr threads: $files files of $SRC ($(echo "$bytes" | awk '{printf "%.1f", $1 / 1e6}') MB), $units functions, parse included"
printf '  phi.h: %8.0f function units/s (%.3f s); %s pairs similar, %s functions with at least one\n' \
    "$(echo "$units $t_scr" | awk '{print $1 / $2}')" "$t_scr" "$matches" "$matched"
echo "  pairs decided by: size range $skipped, floor $small, size $size, identical $ident, label multiset $labels, post-order $post, pre-order $pre, TED $exact"
