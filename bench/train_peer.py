#!/usr/bin/python3
"""PyTorch training the phi architecture, the peer of bench/train.

Usage: train_peer.py --layers L --dim C --heads NH --vocab V --batch B --seq T --steps S
                     [--threads 2] [--warmup 2] [--peak-gflops 117] [--seed 1] [--no-tune]

The model is HuggingFace's PhiForCausalLM written as a plain nn.Module (the conventions of
tests/fixtures/make_phi_ref.py): token embedding [V, C]; per layer one pre-LayerNorm (eps 1e-5)
whose output h feeds both branches, x = x + dense(attn(q(h), k(h), v(h))) + fc2(gelu_new(fc1(h)));
causal attention over NH heads scaled by 1/sqrt(HS), partial non-interleaved rotary on the
first HS/2 dims of each head (theta 10000); F = 4C; final LayerNorm; untied lm_head with bias;
mean next-token cross-entropy. Initialisation as phi_model_init: weights N(0, 0.02), biases 0,
LayerNorm weights 1. Everything float32.

Each step trains on a fresh random batch (torch.randint, seeded) of B sequences of T tokens
with AdamW (lr 1e-4, betas (0.9, 0.95), weight decay 0.1 on the matrices only, not on biases
or LayerNorm parameters) after clipping the gradient norm to 1.0. W warm-up steps are not timed;
each of the S timed steps is timed whole (forward, backward, clip, AdamW step, zero_grad).

Per-step figures go to stderr; stdout gets exactly one line, a JSON object:
  {"tokens_per_s": median of B*T/step_time, "step_ms": median step time,
   "params": parameter count N, "flops_per_token": 6*N + 12*L*T*C,
   "mfu": tokens_per_s * flops_per_token / (peak_gflops * 1e9 * threads),
   "threads": n, "torch": version}

Threads: torch.set_num_threads(n) for ATen, and openblas_set_num_threads(n) when torch's BLAS
is OpenBLAS (Debian's python3-torch), since the former does not reach the latter.
Tuning, so that the peer is PyTorch at its best here rather than out of the box (--no-tune
turns both off): OMP_WAIT_POLICY=PASSIVE, and glibc malloc told to keep freed memory (see
keep_freed_memory); together 1.5x at shape (1) and 2.4x at shape (2) on this 2-core machine.

FLOPs per token, the PaLM / nanoGPT convention: 6 N for the forward (2 per parameter) and
backward (4) of every weight, the embedding table counted like the other matrices, plus
12 L T C for attention: the scores q.k and the weighted sum of v are 2 * 2 * T * C per token
and layer in the forward, times 3 with the backward. That counts the full T x T square although
causal attention needs only its lower triangle (what PyTorch's matmul path computes anyway).
"""

import argparse
import ctypes
import json
import math
import os
import statistics
import sys
import time

# ATen runs elementwise ops on libgomp's OpenMP workers and matmuls on OpenBLAS's own pthreads,
# two pools of --threads each on --threads cores. By default idle OpenMP workers spin after
# every op and take the cores from the BLAS threads of the next matmul (shape (1) here trains
# ~1.45x slower); passive workers sleep at once. libgomp reads this when it loads, so it is set
# before importing torch, hence the look at argv ahead of argparse. A value already in the
# environment wins.
if "--no-tune" not in sys.argv[1:]:
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import torch  # noqa: E402  (after the environment above)
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402

SDPA = getattr(F, "scaled_dot_product_attention", None)  # torch >= 2.0: fused attention


class Layer(nn.Module):
    def __init__(self, C, NH, F_):
        super().__init__()
        self.NH, self.HS = NH, C // NH
        self.ln = nn.LayerNorm(C, eps=1e-5)
        # q, k and v as one [3C, C] linear: the same function as three, in one larger GEMM
        self.qkv = nn.Linear(C, 3 * C)
        self.dense = nn.Linear(C, C)
        self.fc1 = nn.Linear(C, F_)
        self.fc2 = nn.Linear(F_, C)

    def forward(self, x, cos, sin, mask):
        B, T, C = x.shape
        NH, HS = self.NH, self.HS
        h = self.ln(x)
        q, k, v = self.qkv(h).view(B, T, 3, NH, HS).permute(2, 0, 3, 1, 4)  # each [B, NH, T, HS]
        q, k = rotary(q, cos, sin), rotary(k, cos, sin)
        if SDPA is not None:
            y = SDPA(q, k, v, is_causal=True)
        else:
            # the scale is folded into the score GEMM (baddbmm alpha) rather than a separate pass
            att = torch.baddbmm(mask, q.reshape(B * NH, T, HS), k.reshape(B * NH, T, HS).transpose(1, 2),
                                alpha=1.0 / math.sqrt(HS))
            y = torch.bmm(att.softmax(-1), v.reshape(B * NH, T, HS)).view(B, NH, T, HS)
        y = y.transpose(1, 2).reshape(B, T, C)
        return x + self.dense(y) + self.fc2(F.gelu(self.fc1(h), approximate="tanh"))


def rotary(x, cos, sin):
    # x [B, NH, T, HS]; only the first R = HS/2 dims turn, in pairs (j, j + R/2) ("rotate_half")
    R = cos.shape[-1]
    xr, xp = x[..., :R], x[..., R:]
    x1, x2 = xr[..., :R // 2], xr[..., R // 2:]
    return torch.cat((xr * cos + torch.cat((-x2, x1), -1) * sin, xp), -1)


class Phi(nn.Module):
    def __init__(self, L, C, NH, V, T, F_=None):
        super().__init__()
        self.embed = nn.Embedding(V, C)
        self.layers = nn.ModuleList(Layer(C, NH, F_ or 4 * C) for _ in range(L))
        self.ln_f = nn.LayerNorm(C, eps=1e-5)
        self.lm_head = nn.Linear(C, V)
        for name, p in self.named_parameters():
            if p.dim() == 2:
                nn.init.normal_(p, 0.0, 0.02)
            elif name.endswith("ln.weight") or name.endswith("ln_f.weight"):
                nn.init.ones_(p)
            else:
                nn.init.zeros_(p)
        # cos/sin for every position, computed once (as HF does, in float32)
        R = (C // NH) // 2
        inv_freq = 1.0 / (10000.0 ** (torch.arange(0, R, 2).float() / R))
        ang = torch.outer(torch.arange(T).float(), inv_freq)
        ang = torch.cat((ang, ang), -1)
        self.register_buffer("cos", ang.cos(), persistent=False)
        self.register_buffer("sin", ang.sin(), persistent=False)
        # additive causal mask for the non-SDPA path: 0 on and below the diagonal, -inf above
        self.register_buffer("mask", torch.full((T, T), float("-inf")).triu(1), persistent=False)

    def forward(self, idx, targets):
        T = idx.shape[1]
        cos, sin, mask = self.cos[:T], self.sin[:T], self.mask[:T, :T]
        x = self.embed(idx)
        for layer in self.layers:
            x = layer(x, cos, sin, mask)
        logits = self.lm_head(self.ln_f(x))
        return F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.reshape(-1))


def keep_freed_memory():
    """glibc hands every block of 32 MB or more back to the kernel when it is freed, so each
    step page-faults its logits, gradients and AdamW temporaries in afresh (hundreds of MB at
    shape (2), most of the system time). Serving all blocks from the heap and never trimming it
    reuses those pages instead, which is what the allocators PyTorch's CPU tuning guide suggests
    (jemalloc, tcmalloc) achieve; neither is installed here."""
    try:
        libc = ctypes.CDLL(None)
        ok = libc.mallopt(-4, 0) == 1  # M_MMAP_MAX: no mmap-backed blocks
        ok &= libc.mallopt(-1, 2**31 - 1) == 1  # M_TRIM_THRESHOLD: keep up to 2 GB (an int) free
    except (OSError, AttributeError):
        ok = False
    return "malloc: " + ("freed memory kept for reuse (mallopt)" if ok else "mallopt unavailable, default glibc")


def set_blas_threads(n):
    """torch.set_num_threads sizes ATen's OpenMP pool but not the pthread pool of an OpenBLAS
    that torch links as its BLAS (Debian's build): that one would use every core whatever
    --threads says, so it is set here too. Returns a note for stderr."""
    try:
        with open("/proc/self/maps") as f:
            paths = sorted({ln.split()[-1] for ln in f if "blas" in ln and ln.split()[-1].startswith("/")})
    except OSError:
        return "BLAS threads: /proc/self/maps unreadable, left alone"
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
            lib.openblas_set_num_threads(n)
            return "BLAS threads: openblas_set_num_threads(%d) in %s" % (n, path)
        except (OSError, AttributeError):
            continue
    return "BLAS threads: no OpenBLAS loaded (%s), torch.set_num_threads only" % (", ".join(paths) or "none")


def main():
    ap = argparse.ArgumentParser(description="PyTorch training throughput on the phi architecture")
    for flag in ("--layers", "--dim", "--heads", "--vocab", "--batch", "--seq", "--steps"):
        ap.add_argument(flag, type=int, required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--peak-gflops", type=float, default=117.0, help="FMA peak per thread, GFLOP/s")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-tune", action="store_true",
                    help="PyTorch's out-of-the-box run: neither OMP_WAIT_POLICY nor mallopt is set")
    a = ap.parse_args()
    if min(a.layers, a.dim, a.heads, a.vocab, a.batch, a.seq, a.steps, a.threads) < 1 or a.warmup < 0:
        ap.error("sizes, --steps and --threads must be positive, --warmup non-negative")
    if a.dim % a.heads or (a.dim // a.heads) % 4:
        ap.error("--dim must split into heads whose size is a multiple of 4 (rotary on HS/2 in pairs)")

    torch.set_num_threads(a.threads)
    print(set_blas_threads(a.threads), file=sys.stderr)
    print("OMP_WAIT_POLICY=%s; %s" % (os.environ.get("OMP_WAIT_POLICY", "(unset)"),
          "malloc: glibc default (--no-tune)" if a.no_tune else keep_freed_memory()), file=sys.stderr)
    torch.manual_seed(a.seed)
    L, C, NH, V, B, T = a.layers, a.dim, a.heads, a.vocab, a.batch, a.seq
    model = Phi(L, C, NH, V, T)
    decay = [p for p in model.parameters() if p.dim() == 2]
    no_decay = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=1e-4, betas=(0.9, 0.95), eps=1e-8)
    n_params = sum(p.numel() for p in model.parameters())
    flops_per_token = 6 * n_params + 12 * L * T * C

    gen = torch.Generator().manual_seed(a.seed)
    times = []
    for step in range(a.warmup + a.steps):
        ids = torch.randint(0, V, (B, T + 1), generator=gen)
        inputs, targets = ids[:, :-1], ids[:, 1:]
        t0 = time.perf_counter()
        loss = model(inputs, targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        dt = time.perf_counter() - t0
        timed = step >= a.warmup
        if timed:
            times.append(dt)
        print("step %d%s: loss %.4f, %.1f ms, %.0f tokens/s" % (
            step + 1, "" if timed else " (warm-up)", loss.item(), dt * 1e3, B * T / dt), file=sys.stderr)

    tps = statistics.median(B * T / t for t in times)
    print(json.dumps({
        "tokens_per_s": round(tps, 1),
        "step_ms": round(statistics.median(times) * 1e3, 2),
        "params": n_params,
        "flops_per_token": flops_per_token,
        "mfu": round(tps * flops_per_token / (a.peak_gflops * 1e9 * a.threads), 4),
        "threads": a.threads,
        "torch": torch.__version__,
    }))


if __name__ == "__main__":
    main()
