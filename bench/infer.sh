#!/bin/sh
# Inference: what `phi sample` costs to start and to run, beside llama2.c's `run`.
#   1. a 134M-parameter model (L=12, C=768, NH=12, F=3072, V=32000, context 2048) saved by
#      `phi train`, so its checkpoint carries the AdamW moments (1.6 GB): load time, decoding
#      tokens/s, peak resident memory beside the parameter bytes;
#   2. the same for a GPT-2-124M-shaped model (V=50304);
#   3. with PHI_INFER_BIG=1: a phi-1.5-shaped model (L=24, C=2048, F=8192, NH=32, V=51200) as a
#      BF16 HuggingFace directory (2.8 GB, written by bench/make_model.c): peak memory.
# The peer: llama2.c's run.c, when LLAMA2C names a directory holding it (it cannot be fetched
# here), built with its own fastest flags (its Makefile's runomp) and run on random weights of
# the same shape (dim 768, hidden 2048: the same parameter count) on the same 2 threads.
# Medians of RUNS runs (default 5). Usage: sh bench/infer.sh (from the repository root, after make)
set -eu
RUNS=${RUNS:-5}
THREADS=${THREADS:-2}
B=build/bench
work=${TMPDIR:-/tmp}/phi-bench-infer
mkdir -p "$B" "$work"
${CC:-cc} -std=c99 -O2 -Wall -Wextra -o "$B/make_model" bench/make_model.c

median() { sort -g | awk '{v[NR] = $1} END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
rss_mb() { sed -n 's/.*Maximum resident set size (kbytes): *//p' "$1" | awk '{printf "%.0f", $1 / 1024}'; }

# One `phi sample` run: "load_s tokens_per_s rss_mb"
phi_run() { # model
    /usr/bin/time -v ./phi sample --model "$1" --ids 1 --max-new 128 --temperature 1 --threads "$THREADS" \
        >/dev/null 2>"$work/run.txt"
    load=$(sed -n 's/^phi sample: load \([0-9.]*\) s.*/\1/p' "$work/run.txt")
    tps=$(sed -n 's/.*generated [0-9]* tokens [0-9.]* s (\([0-9.]*\) tokens\/s).*/\1/p' "$work/run.txt")
    echo "$load $tps $(rss_mb "$work/run.txt")"
}

measure() { # label model params
    : >"$work/runs.txt"
    i=0
    while [ $i -lt "$RUNS" ]; do phi_run "$2" >>"$work/runs.txt"; i=$((i + 1)); done
    load=$(cut -d' ' -f1 "$work/runs.txt" | median)
    tps=$(cut -d' ' -f2 "$work/runs.txt" | median)
    rss=$(cut -d' ' -f3 "$work/runs.txt" | median)
    printf '%-34s load %5.2f s   %6.1f tokens/s   peak %5d MB = %.2f x the %d MB of fp32 parameters\n' \
        "$1" "$load" "$tps" "$rss" "$(echo "$rss $3" | awk '{print $1 / ($2 * 4 / 1048576)}')" \
        "$(echo "$3" | awk '{printf "%.0f", $1 * 4 / 1048576}')"
}

echo "phi sample, $THREADS threads, 128 new tokens, medians of $RUNS runs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
[ -f "$work/m134/checkpoint.bin" ] ||
    ./phi train --synthetic --layers 12 --dim 768 --heads 12 --vocab 32000 --batch 1 --seq 64 --steps 1 --val-frac 0 \
        --out "$work/m134" -q
[ -f "$work/m124/checkpoint.bin" ] ||
    ./phi train --synthetic --layers 12 --dim 768 --heads 12 --vocab 50304 --batch 1 --seq 64 --steps 1 --val-frac 0 \
        --out "$work/m124" -q
measure "134M checkpoint (with AdamW state)" "$work/m134/checkpoint.bin" 134221568
ours=$(cut -d' ' -f2 "$work/runs.txt" | median)
measure "GPT-2-124M shape (V=50304)" "$work/m124/checkpoint.bin" 162354816

if [ -n "${LLAMA2C:-}" ] && [ -f "$LLAMA2C/run.c" ]; then
    gcc -Ofast -fopenmp -march=native -o "$B/llama2c_run" "$LLAMA2C/run.c" -lm
    [ -f "$work/l134.bin" ] || "$B/make_model" llama2c "$work/l134.bin" 768 2048 12 12 32000 2048
    cp "$work/l134.bin.tok" "$work/tokenizer.bin"
    : >"$work/peer.txt"
    i=0
    while [ $i -lt "$RUNS" ]; do
        (cd "$work" && OMP_NUM_THREADS=$THREADS "$OLDPWD/$B/llama2c_run" l134.bin -t 1.0 -s $((i + 1)) -n 129 2>&1 >/dev/null) |
            sed -n 's/achieved tok\/s: //p' >>"$work/peer.txt"
        i=$((i + 1))
    done
    peer=$(median <"$work/peer.txt")
    printf '%-34s %6.1f tokens/s   phi.h %.1f tokens/s = %.2fx\n' "llama2.c run (same shape)" "$peer" "$ours" \
        "$(echo "$ours $peer" | awk '{print $1 / $2}')"
else
    echo "llama2.c: not measured (set LLAMA2C to a directory holding its run.c)"
fi

if [ "${PHI_INFER_BIG:-0}" = 1 ]; then
    mkdir -p "$work/phi15"
    [ -f "$work/phi15/model.safetensors" ] || "$B/make_model" hf "$work/phi15" 24 2048 8192 32 51200 2048
    RUNS=1 measure "phi-1.5 shape, BF16 HF directory" "$work/phi15" 1418270720
fi
