#!/usr/bin/python3
"""PyTorch's bf16 matmul (oneDNN), the peer of bench/gemm_bf16, run as its child.

Usage: gemm_bf16_peer.py --threads N

Reads requests on stdin, one a line:
    case <i> <M> <N> <K> <trans_a> <trans_b> <reps> <warmup_ms>
and answers each with one line "peer <i> <GFLOP/s> <GFLOP/s by CPU time> ..." (a pair per
timed call: by wall time, and by the process's CPU time, which others' load does not inflate),
after untimed calls for at least warmup_ms (at least one). Operands are bf16 tensors made once
per case (uniform [-1, 1), seeded by i): A [M,K] (or [K,M] read transposed, .t()), B [K,N] (or
[N,K] read transposed), C [M,N] bf16, written with torch.matmul(a, b, out=c). So the peer
converts nothing and writes bf16 C without accumulating, where phi_gemm_bf16 converts fp32
operands while packing, and reads and writes fp32 C: the peer does less work per call.

Before answering, it waits until its OpenMP workers have stopped spinning (its CPU time stops
growing), so that they do not steal the CPUs from the parent's next timed calls.
"""

import argparse
import sys
import time

import torch


def quiesce():
    for _ in range(60):
        c0 = time.process_time()
        time.sleep(0.05)
        if time.process_time() - c0 < 0.002:
            return


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    cur, ops = None, None
    print("ready torch %s threads %d" % (torch.__version__, torch.get_num_threads()), flush=True)
    for line in sys.stdin:
        f = line.split()
        if len(f) != 9 or f[0] != "case":
            print("gemm_bf16_peer: bad request: %r" % line, file=sys.stderr)
            return 1
        i, M, N, K, ta, tb, reps, warm = (int(x) for x in f[1:])
        if cur != i:
            g = torch.Generator().manual_seed(1000 + i)
            a = (torch.rand((K, M) if ta else (M, K), generator=g) * 2 - 1).bfloat16()
            b = (torch.rand((N, K) if tb else (K, N), generator=g) * 2 - 1).bfloat16()
            ops = (a.t() if ta else a, b.t() if tb else b, torch.empty(M, N, dtype=torch.bfloat16))
            cur = i
        a, b, c = ops
        until = time.perf_counter() + warm / 1e3
        while True:
            torch.matmul(a, b, out=c)
            if time.perf_counter() >= until:
                break
        rates = []
        for _ in range(reps):
            c0, t0 = time.process_time(), time.perf_counter()
            torch.matmul(a, b, out=c)
            t1, c1 = time.perf_counter(), time.process_time()
            rates.append("%.6g %.6g" % (2.0 * M * N * K / (t1 - t0) / 1e9, 2.0 * M * N * K / max(c1 - c0, 1e-9) / 1e9))
        quiesce()
        print("peer %d %s" % (i, " ".join(rates)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
