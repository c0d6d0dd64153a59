/* phi_kernels.h - the hot numeric kernels of phi.h.  version 0.1.0, MIT licence (see phi.h).

   The transformer spends nearly all of its time here. Every kernel has a portable scalar
   reference that defines what it computes; SIMD variants (AVX2+FMA, AVX-512F, NEON) are
   chosen once at run time from what the CPU has, and tested against the reference.

   DO THIS
       Nothing: phi.h includes this file, and compiles its implementation where you define
       PHI_IMPLEMENTATION. Keep the two files side by side.

   CHOOSING A VARIANT
       Automatic by default: the widest the CPU and the operating system support. Override
       with the environment variable PHI_KERNEL=scalar|avx2|avx512|neon, or phi_kernels_force().
       SIMD code is compiled with per-function target attributes only, never with -mavx or
       -march, so one binary runs everywhere. tcc, MSVC and unknown compilers get the scalar
       variant. The bf16 GEMM goes with the variant: vdpbf16ps under avx512 where the CPU has
       AVX512_BF16, the scalar reference under every other; phi_cpu_features() says which.

   CONTENTS (each entry is a banner in the code: search for ">>name")
       >>dispatch      CPU features and the choice of a variant
       >>vec           small vector operations: dot, axpy, scale, sum, max
       >>gemm          matrix products (fp32 and bf16) and the linear layer (forward and backward)
       >>layernorm     LayerNorm forward and backward
       >>attention     causal softmax rows, rotary position embedding
       >>gelu          gelu_new (tanh approximation) forward and backward
       >>crossentropy  softmax cross-entropy over the vocabulary
       >>adamw         the AdamW update

   SHAPES (in every comment): N rows (tokens, B*T), C channels, OC output channels,
   T sequence length, NH heads, HS head size, R rotary dims, V vocabulary, n a flat length.
   Everything is float32, row-major, contiguous unless a stride says otherwise. Backward
   functions ACCUMULATE (+=) into their gradients, as training with several uses of a tensor
   needs; zero the gradients before a step. */
#ifndef PHI_KERNELS_H
#define PHI_KERNELS_H

#ifndef PHI_H
#error "include phi.h, not phi_kernels.h: phi.h includes it for you"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ============================================================================================
   >>dispatch: CPU features and the choice of a variant
   ============================================================================================ */

/* "auto" (or NULL) = the best the CPU has; else "scalar", "avx2", "avx512", "neon".
   A variant this CPU or build lacks is PHI_ERR_UNSUPPORTED, and the current choice stays.
   Not thread-safe against kernels running at the same moment: call it at start-up. */
PHIDEF phi_status phi_kernels_force(const char *variant);
PHIDEF const char *phi_kernels_name(void);              /* the variant in use */
PHIDEF int phi_kernels_available(const char *variant);   /* 1 if this CPU and build can run it */
/* One line: what the CPU has, what this build can use, what was chosen. */
PHIDEF const char *phi_cpu_features(void);

/* ============================================================================================
   >>vec: small vector operations
   ============================================================================================ */
PHIDEF float phi_vec_dot(const float *x, const float *y, size_t n);  /* sum x[i]*y[i] */
PHIDEF void phi_vec_axpy(float a, const float *x, float *y, size_t n); /* y[i] += a*x[i] */
PHIDEF void phi_vec_scale(float a, float *x, size_t n);               /* x[i] *= a */
PHIDEF float phi_vec_sum(const float *x, size_t n);                   /* sum x[i] */
PHIDEF float phi_vec_max(const float *x, size_t n);                   /* max x[i]; -inf if n == 0 */

/* ============================================================================================
   >>gemm: matrix products and the linear layer
   ============================================================================================
   C[M,N] = op(A)[M,K] · op(B)[K,N]  (or += with accumulate), where op(X) is X, or X
   transposed when trans_x is 1: a transposed operand is read in place, never copied out.
   lda, ldb, ldc are row strides in floats. Blocked and packed as BLIS does, and split over
   the pool's workers (NULL pool = the calling thread). Each element of C is computed by one
   worker in one fixed order, so the result does not depend on the number of threads.
   Only an allocation failure can make it fail. */
PHIDEF phi_status phi_gemm(phi_pool *pool, int trans_a, int trans_b, size_t M, size_t N, size_t K, const float *A,
                           size_t lda, const float *B, size_t ldb, float *C, size_t ldc, int accumulate);

/* The same product with bf16 operands: same arguments and contract as phi_gemm (fp32 A, B
   and C in memory, transposed operands read in place, the same bits on any thread count).
   Packing rounds A and B to bf16 as phi_f32_to_bf16 does; the products, exact in fp32, are
   summed in fp32 in blocks of K of a fixed depth, each block's sum then added to C. Within a
   block, pairs of k in order, the odd one first (t += a[k+1] b[k+1]; t += a[k] b[k]): the
   order in which vdpbf16ps sums. The scalar variant computes exactly that and defines the
   result; the AVX512-BF16 one (with the avx512 variant, where the CPU has AVX512_BF16) sums
   in that order too but flushes subnormal partial sums to zero, so the two agree within the
   rounding of the sums (bit for bit on the AMD Zen 4 tested). Error against the exact
   product of the rounded inputs: within about K 2^-24 Σ_k |a_ik b_kj|; the rounding of the
   inputs adds up to 2^-8 relative per product (bf16 keeps 8 significant bits). */
PHIDEF phi_status phi_gemm_bf16(phi_pool *pool, int trans_a, int trans_b, size_t M, size_t N, size_t K,
                                const float *A, size_t lda, const float *B, size_t ldb, float *C, size_t ldc,
                                int accumulate);

/* bf16 (the top half of a float32: sign, 8 exponent bits, 7 mantissa bits) as uint16_t.
   phi_f32_to_bf16: round to nearest, ties to even; NaN stays NaN (made quiet: its top half
   | 0x0040); subnormal floats become zeros of their sign, as the CPU's conversion instruction
   (vcvtneps2bf16) and its matrix units do, so that every variant converts alike. Finite
   values from 0x1.ffp127 up round to infinity. phi_bf16_to_f32 is exact.
   dst[n] = bf16(src[n]); dst[n] = float(src[n]). */
PHIDEF void phi_f32_to_bf16(uint16_t *dst, const float *src, size_t n);
PHIDEF void phi_bf16_to_f32(float *dst, const uint16_t *src, size_t n);

/* The linear layer y = x·Wᵀ + b, weights stored [out, in] as torch.nn.Linear does:
       out[N,OC] = inp[N,C] · w[OC,C]ᵀ + bias[OC]            (bias may be NULL)
   and its backward, each part skipped when its output is NULL:
       dinp[N,C]  += dout[N,OC] · w[OC,C]
       dw[OC,C]   += dout[N,OC]ᵀ · inp[N,C]
       dbias[OC]  += Σ_n dout[n,:]                                                          */
PHIDEF phi_status phi_matmul_forward(phi_pool *pool, float *out, const float *inp, const float *w, const float *bias,
                                     size_t N, size_t C, size_t OC);
PHIDEF phi_status phi_matmul_backward(phi_pool *pool, float *dinp, float *dw, float *dbias, const float *dout,
                                      const float *inp, const float *w, size_t N, size_t C, size_t OC);

/* ============================================================================================
   >>layernorm: LayerNorm forward and backward
   ============================================================================================
   out[n,:] = (inp[n,:] - mean[n]) * rstd[n] * w + b, with mean[n] and rstd[n] = 1/sqrt(var + eps)
   saved for the backward (var is the biased variance, as torch computes it). */
PHIDEF void phi_layernorm_forward(float *out, float *mean, float *rstd, const float *inp, const float *w,
                                  const float *b, size_t N, size_t C, float eps);
PHIDEF void phi_layernorm_backward(float *dinp, float *dw, float *db, const float *dout, const float *inp,
                                   const float *w, const float *mean, const float *rstd, size_t N, size_t C);

/* ============================================================================================
   >>attention: causal softmax rows, rotary position embedding
   ============================================================================================
   Row t of causal attention: att[j] = softmax_j(scale * preatt[j]) for j <= t, 0 for j > t
   (att and preatt hold T entries). The backward adds
       dpreatt[j] += scale * att[j] * (datt[j] - Σ_i att[i] * datt[i])      for j <= t.    */
PHIDEF void phi_softmax_causal_forward(float *att, const float *preatt, size_t t, size_t T, float scale);
PHIDEF void phi_softmax_causal_backward(float *dpreatt, const float *att, const float *datt, size_t t, float scale);

/* Partial rotary embedding, the "rotate_half" form of HF Phi: in each head, the first R dims
   (R even) are rotated by the token's position p; the other HS - R pass through:
       x[i]       = x[i] * cos(p θ_i) - x[i+R/2] * sin(p θ_i)
       x[i+R/2]   = x[i+R/2] * cos(p θ_i) + x[i] * sin(p θ_i)      θ_i = theta^(-2i/R), i < R/2
   phi_rope_table fills cos/sin [maxT, R/2]. x holds N tokens of NH heads of HS floats, token n
   starting at x + n*stride; its position is pos[n] (pos NULL: n). Forward and backward work
   in place; the backward rotates by -p (the transpose), which is the gradient. */
PHIDEF void phi_rope_table(float *cos_t, float *sin_t, size_t maxT, size_t R, float theta);
PHIDEF void phi_rope_forward(float *x, size_t N, size_t stride, size_t NH, size_t HS, size_t R, const float *cos_t,
                             const float *sin_t, const int32_t *pos);
PHIDEF void phi_rope_backward(float *dx, size_t N, size_t stride, size_t NH, size_t HS, size_t R,
                              const float *cos_t, const float *sin_t, const int32_t *pos);

/* ============================================================================================
   >>gelu: gelu_new, the tanh approximation
   ============================================================================================
   out = 0.5 x (1 + tanh(sqrt(2/π) (x + 0.044715 x³)));  dinp += dout * d out/dx. */
PHIDEF void phi_gelu_forward(float *out, const float *inp, size_t n);
PHIDEF void phi_gelu_backward(float *dinp, const float *inp, const float *dout, size_t n);

/* ============================================================================================
   >>crossentropy: softmax cross-entropy over the vocabulary
   ============================================================================================
   losses[n] = logsumexp(logits[n,:]) - logits[n, targets[n]]; a negative target (the ignore
   index, -100 by convention) gives loss 0. The backward recomputes the softmax rather than
   storing it ([N,V] would be huge):
       dlogits[n,v] += dlosses[n] * (softmax(logits[n,:])[v] - [v == targets[n]])
   and leaves rows with a negative target untouched. */
PHIDEF void phi_crossentropy_forward(float *losses, const float *logits, const int32_t *targets, size_t N, size_t V);
PHIDEF void phi_crossentropy_backward(float *dlogits, const float *logits, const int32_t *targets,
                                      const float *dlosses, size_t N, size_t V);

/* ============================================================================================
   >>adamw: the AdamW update
   ============================================================================================
   One step t (from 1) on n parameters, with decoupled weight decay (Loshchilov & Hutter) and
   gradients scaled by grad_scale first (1, or the factor of clipping by global norm):
       g = grad * grad_scale;  m = β1 m + (1-β1) g;  v = β2 v + (1-β2) g²
       param -= lr * ( (m / (1-β1^t)) / (sqrt(v / (1-β2^t)) + eps) + weight_decay * param ) */
PHIDEF void phi_adamw(float *param, const float *grad, float *m, float *v, size_t n, float lr, float beta1,
                      float beta2, float eps, float weight_decay, int t, float grad_scale);

#ifdef __cplusplus
}
#endif
#endif /* PHI_KERNELS_H */

/* ============================================================================================
   ============================================================================================
                                       IMPLEMENTATION
   ============================================================================================
   ============================================================================================
   Compiled inside phi.h's implementation (which defines PHI__IMPLEMENTATION_DONE first), so
   it may use phi.h's internals: phi__fail, phi__tls, the pool. */
#if defined(PHI_IMPLEMENTATION) && defined(PHI__IMPLEMENTATION_DONE) && !defined(PHI__KERNELS_IMPLEMENTATION_DONE)
#define PHI__KERNELS_IMPLEMENTATION_DONE

/* Which SIMD code this compiler can build. GNU-compatible compilers compile each SIMD function
   for its own instruction set through a target attribute; others get the scalar variant. */
#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__)) && \
    !defined(__TINYC__) && !defined(PHI_NO_SIMD)
#define PHI__X86 1
#include <cpuid.h>
#include <immintrin.h>
#define PHI__AVX2 __attribute__((target("avx2,fma")))
#define PHI__AVX512 __attribute__((target("avx512f,avx2,fma")))
#endif
#if defined(__aarch64__) && defined(__ARM_NEON) && (defined(__GNUC__) || defined(__clang__)) && !defined(PHI_NO_SIMD)
#define PHI__NEON_ON 1
#include <arm_neon.h>
/* Advanced SIMD is part of the AArch64 base instruction set, so NEON functions need no target
   attribute; the marker keeps them recognisable. */
#define PHI__NEON
#if defined(__linux__)
#include <sys/auxv.h>
#elif defined(__APPLE__)
#include <sys/sysctl.h>
#endif
#endif

#if defined(__SSE2__) && !defined(PHI_NO_SIMD)
#include <xmmintrin.h> /* SSE is part of x86-64: the packing transposes 4 x 4 blocks with it */
#endif

/* >>dispatch (implementation) -------------------------------------------------------------- */

/* One variant: the GEMM's register tile and cache blocking, and a pointer per kernel. */
typedef struct phi__ktable {
    const char *name;
    int mr, nr;             /* micro-kernel tile: MR rows x NR columns of C in registers */
    size_t mc, kc, nc;      /* cache blocks: A block mc x kc (L2), B panel kc x nc (L3) */
    /* C[MR,NR] (+)= a[kc,MR]ᵀ-packed · b[kc,NR]-packed */
    void (*ukr)(size_t kc, const float *a, const float *b, float *c, size_t ldc, int accumulate);
    float (*dot)(const float *x, const float *y, size_t n);
    void (*axpy)(float a, const float *x, float *y, size_t n);
    void (*scale)(float a, float *x, size_t n);
    float (*sum)(const float *x, size_t n);
    float (*vmax)(const float *x, size_t n);
    void (*layernorm_forward)(float *out, float *mean, float *rstd, const float *inp, const float *w, const float *b,
                              size_t N, size_t C, float eps);
    void (*layernorm_backward)(float *dinp, float *dw, float *db, const float *dout, const float *inp, const float *w,
                               const float *mean, const float *rstd, size_t N, size_t C);
    void (*softmax_forward)(float *att, const float *preatt, size_t t, size_t T, float scale);
    void (*softmax_backward)(float *dpreatt, const float *att, const float *datt, size_t t, float scale);
    void (*rope)(float *x, size_t N, size_t stride, size_t NH, size_t HS, size_t R, const float *cos_t,
                 const float *sin_t, const int32_t *pos, float sign);
    void (*gelu_forward)(float *out, const float *inp, size_t n);
    void (*gelu_backward)(float *dinp, const float *inp, const float *dout, size_t n);
    void (*crossentropy_forward)(float *losses, const float *logits, const int32_t *targets, size_t N, size_t V);
    void (*crossentropy_backward)(float *dlogits, const float *logits, const int32_t *targets, const float *dlosses,
                                  size_t N, size_t V);
    void (*adamw)(float *param, const float *grad, float *m, float *v, size_t n, float lr, float beta1, float beta2,
                  float eps, float weight_decay, float bc1, float bc2, float grad_scale);
} phi__ktable;

static const phi__ktable *phi__kernels(void); /* the variant in use (chosen on first call) */

/* The bf16 GEMM of a variant. Packed operands are 32-bit words, each a pair of bf16 along
   k: (k even) in the low half, (k odd) in the high half, as vdpbf16ps and AMX read them. */
typedef struct phi__btable {
    const char *name;
    int mr, nr;        /* micro-kernel tile */
    size_t mc, nc;     /* cache blocks; the depth is PHI__BF16_KC for every variant */
    /* C[MR,NR] (+)= a[kw,MR]-packed · b[kw,NR]-packed, kw pairs of k */
    void (*ukr)(size_t kw, const uint32_t *a, const uint32_t *b, float *c, size_t ldc, int accumulate);
    /* dst[kw,P] from the P rows src + r*ld (R of them, the rest zero), running along k */
    void (*pack_rows)(uint32_t *dst, int P, const float *src, size_t ld, int R, size_t kc);
    /* dst: ceil(n/P) slivers [kw,P]; column j of sliver s at depth k is src[k*ld + s*P + j] */
    void (*pack_cols)(uint32_t *dst, int P, const float *src, size_t ld, size_t n, size_t kc);
    void (*to_bf16)(uint16_t *dst, const float *src, size_t n);
} phi__btable;

/* All bf16 variants cut K in blocks of the same depth (pairs of k), so that they sum in the
   same order. */
#define PHI__BF16_KC 512
static const phi__btable *phi__bkernels(void); /* the bf16 GEMM of the variant in use */

/* What the CPU and the operating system support (the OS must save the wide registers). */
typedef struct phi__cpu {
    int avx2, fma, avx512f, neon;
    int avx512vbmi2; /* and BW, VBMI, LZCNT, POPCNT: the byte code of >>decontam */
    int avx512bf16;  /* and BW: vdpbf16ps and vcvtne2ps2bf16, the bf16 GEMM */
} phi__cpu;

static phi__cpu phi__cpu_detect(void) {
    phi__cpu c;
    memset(&c, 0, sizeof c);
#if defined(PHI__X86)
    {
        unsigned a, b, cx, d, xlo = 0, xhi = 0, cx_popcnt;
        int osxsave, avx;
        if (!__get_cpuid(1, &a, &b, &cx, &d)) return c;
        osxsave = (cx >> 27) & 1;
        avx = (cx >> 28) & 1;
        c.fma = (cx >> 12) & 1;
        cx_popcnt = cx;
        if (osxsave) __asm__ __volatile__("xgetbv" : "=a"(xlo), "=d"(xhi) : "c"(0)); /* XCR0 */
        (void)xhi;
        if (!avx || (xlo & 0x6) != 0x6) return c; /* the OS does not save YMM state */
        if (__get_cpuid_count(7, 0, &a, &b, &cx, &d)) {
            unsigned subleaves = a, bw = (b >> 30) & 1;
            c.avx2 = (b >> 5) & 1 && c.fma;
            c.avx512f = (b >> 16) & 1 && c.avx2 && (xlo & 0xE0) == 0xE0; /* opmask + ZMM state */
            c.avx512vbmi2 = c.avx512f && bw && (cx >> 1) & 1 && (cx >> 6) & 1 && (cx_popcnt >> 23) & 1;
            if (c.avx512f && bw && subleaves >= 1 && __get_cpuid_count(7, 1, &a, &b, &cx, &d))
                c.avx512bf16 = (a >> 5) & 1; /* leaf 7 subleaf 1, eax bit 5 */
        }
        if (c.avx512vbmi2 && (!__get_cpuid(0x80000001, &a, &b, &cx, &d) || !((cx >> 5) & 1))) c.avx512vbmi2 = 0; /* LZCNT */
    }
#elif defined(PHI__NEON_ON)
#if defined(__linux__)
    c.neon = (getauxval(AT_HWCAP) & (1ul << 1)) != 0; /* HWCAP_ASIMD */
#elif defined(__APPLE__)
    {
        int v = 0;
        size_t len = sizeof v;
        c.neon = sysctlbyname("hw.optional.neon", &v, &len, NULL, 0) == 0 && v;
    }
#elif defined(_WIN32)
    c.neon = IsProcessorFeaturePresent(PF_ARM_NEON_INSTRUCTIONS_AVAILABLE) != 0;
#else
    c.neon = 1; /* part of the AArch64 base architecture */
#endif
#endif
    return c;
}

/* ============================================================================================
   The scalar reference of every kernel. It defines what the kernels compute; sums run in
   double so that the reference is more accurate than any variant tested against it.
   ============================================================================================ */

/* >>vec (implementation) ------------------------------------------------------------------- */

static float phi__dot_scalar(const float *x, const float *y, size_t n) {
    double s = 0;
    size_t i;
    for (i = 0; i < n; i++) s += (double)x[i] * (double)y[i];
    return (float)s;
}

static void phi__axpy_scalar(float a, const float *x, float *y, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) y[i] += a * x[i];
}

static void phi__scale_scalar(float a, float *x, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) x[i] *= a;
}

static float phi__sum_scalar(const float *x, size_t n) {
    double s = 0;
    size_t i;
    for (i = 0; i < n; i++) s += x[i];
    return (float)s;
}

static float phi__max_scalar(const float *x, size_t n) {
    float m = -HUGE_VALF;
    size_t i;
    for (i = 0; i < n; i++)
        if (x[i] > m) m = x[i];
    return m;
}

PHIDEF float phi_vec_dot(const float *x, const float *y, size_t n) { return n ? phi__kernels()->dot(x, y, n) : 0.0f; }
PHIDEF void phi_vec_axpy(float a, const float *x, float *y, size_t n) {
    if (n) phi__kernels()->axpy(a, x, y, n);
}
PHIDEF void phi_vec_scale(float a, float *x, size_t n) {
    if (n) phi__kernels()->scale(a, x, n);
}
PHIDEF float phi_vec_sum(const float *x, size_t n) { return n ? phi__kernels()->sum(x, n) : 0.0f; }
PHIDEF float phi_vec_max(const float *x, size_t n) { return n ? phi__kernels()->vmax(x, n) : -HUGE_VALF; }

/* >>gemm (implementation) ------------------------------------------------------------------ */

/* The scalar micro-kernel: a 4 x 8 tile of C, accumulated in plain C. */
#define PHI__SCALAR_MR 4
#define PHI__SCALAR_NR 8
static void phi__ukr_scalar(size_t kc, const float *a, const float *b, float *c, size_t ldc, int accumulate) {
    float t[PHI__SCALAR_MR][PHI__SCALAR_NR];
    size_t k;
    int i, j;
    memset(t, 0, sizeof t);
    for (k = 0; k < kc; k++, a += PHI__SCALAR_MR, b += PHI__SCALAR_NR)
        for (i = 0; i < PHI__SCALAR_MR; i++)
            for (j = 0; j < PHI__SCALAR_NR; j++) t[i][j] += a[i] * b[j];
    for (i = 0; i < PHI__SCALAR_MR; i++)
        for (j = 0; j < PHI__SCALAR_NR; j++) c[i * ldc + j] = accumulate ? c[i * ldc + j] + t[i][j] : t[i][j];
}

/* Packing copies a block of op(A) into MR-row slivers (each stored k-major: a[k*MR + r]) and
   a panel of op(B) into NR-column slivers (b[k*NR + j]), zero-padded at the edges, so that
   the micro-kernel reads both operands contiguously whatever their layout or transposition.
   Two cases are plain copies (MR or NR consecutive floats per k); the other two transpose
   rows that run along k, 4 x 4 at a time in SSE or NEON
   registers (part of x86-64 and of AArch64). */

/* dst[k*P + r] = src[r*ld + k] for r < R, k < kc; rows R..P-1 of each k are zero. */
static void phi__pack_transpose(float *dst, int P, const float *src, size_t ld, int R, size_t kc) {
    size_t k = 0;
    int r = 0;
#if defined(__SSE2__) && !defined(PHI_NO_SIMD)
    for (; r + 4 <= R; r += 4) {
        const float *s0 = src + (size_t)r * ld, *s1 = s0 + ld, *s2 = s1 + ld, *s3 = s2 + ld;
        for (k = 0; k + 4 <= kc; k += 4) {
            __m128 a = _mm_loadu_ps(s0 + k), b = _mm_loadu_ps(s1 + k), c = _mm_loadu_ps(s2 + k), d = _mm_loadu_ps(s3 + k);
            _MM_TRANSPOSE4_PS(a, b, c, d);
            _mm_storeu_ps(dst + k * (size_t)P + (size_t)r, a);
            _mm_storeu_ps(dst + (k + 1) * (size_t)P + (size_t)r, b);
            _mm_storeu_ps(dst + (k + 2) * (size_t)P + (size_t)r, c);
            _mm_storeu_ps(dst + (k + 3) * (size_t)P + (size_t)r, d);
        }
        for (; k < kc; k++) {
            dst[k * (size_t)P + (size_t)r] = s0[k];
            dst[k * (size_t)P + (size_t)r + 1] = s1[k];
            dst[k * (size_t)P + (size_t)r + 2] = s2[k];
            dst[k * (size_t)P + (size_t)r + 3] = s3[k];
        }
    }
#elif defined(PHI__NEON_ON)
    for (; r + 4 <= R; r += 4) {
        const float *s0 = src + (size_t)r * ld, *s1 = s0 + ld, *s2 = s1 + ld, *s3 = s2 + ld;
        for (k = 0; k + 4 <= kc; k += 4) {
            float32x4_t a = vld1q_f32(s0 + k), b = vld1q_f32(s1 + k), c = vld1q_f32(s2 + k), d = vld1q_f32(s3 + k);
            /* 2 x 2 blocks of floats, then 2 x 2 blocks of pairs (as doubles) */
            float64x2_t ab0 = vreinterpretq_f64_f32(vtrn1q_f32(a, b)), ab1 = vreinterpretq_f64_f32(vtrn2q_f32(a, b));
            float64x2_t cd0 = vreinterpretq_f64_f32(vtrn1q_f32(c, d)), cd1 = vreinterpretq_f64_f32(vtrn2q_f32(c, d));
            vst1q_f32(dst + k * (size_t)P + (size_t)r, vreinterpretq_f32_f64(vtrn1q_f64(ab0, cd0)));
            vst1q_f32(dst + (k + 1) * (size_t)P + (size_t)r, vreinterpretq_f32_f64(vtrn1q_f64(ab1, cd1)));
            vst1q_f32(dst + (k + 2) * (size_t)P + (size_t)r, vreinterpretq_f32_f64(vtrn2q_f64(ab0, cd0)));
            vst1q_f32(dst + (k + 3) * (size_t)P + (size_t)r, vreinterpretq_f32_f64(vtrn2q_f64(ab1, cd1)));
        }
        for (; k < kc; k++) {
            dst[k * (size_t)P + (size_t)r] = s0[k];
            dst[k * (size_t)P + (size_t)r + 1] = s1[k];
            dst[k * (size_t)P + (size_t)r + 2] = s2[k];
            dst[k * (size_t)P + (size_t)r + 3] = s3[k];
        }
    }
#endif
    for (; r < P; r++) {
        const float *s = src + (size_t)r * ld;
        if (r < R)
            for (k = 0; k < kc; k++) dst[k * (size_t)P + (size_t)r] = s[k];
        else
            for (k = 0; k < kc; k++) dst[k * (size_t)P + (size_t)r] = 0;
    }
}

/* The copy case, for a whole block: dst holds ceil(n/P) slivers of P columns, each [kc][P];
   column j of sliver s is src[k*ld + s*P + j]. Each source row is read once, in order, and
   dealt out to the slivers: rows of op(A) or op(B) lie far apart in memory, and walking one
   sliver at a time down them would fetch every cache line several times. */
static void phi__pack_copy(float *dst, int P, const float *src, size_t ld, size_t n, size_t kc) {
    size_t k, s, slivers = (n + (size_t)P - 1) / (size_t)P;
    for (k = 0; k < kc; k++) {
        const float *row = src + k * ld;
        for (s = 0; s < slivers; s++) {
            float *d = dst + (s * kc + k) * (size_t)P;
            size_t j0 = s * (size_t)P, m = n - j0 < (size_t)P ? n - j0 : (size_t)P;
            memcpy(d, row + j0, m * sizeof(float));
            if (m < (size_t)P) memset(d + m, 0, ((size_t)P - m) * sizeof(float));
        }
    }
}

/* ---- bf16: conversion, the scalar micro-kernel and packing -------------------------------- */

/* One float to bf16: round to nearest even by adding 0x7FFF plus the lowest kept bit (a carry
   into the exponent is right, up to infinity); NaN and subnormals first (see phi_f32_to_bf16). */
static uint16_t phi__bf16(float f) {
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    if ((u & 0x7F800000u) == 0) return (uint16_t)((u >> 16) & 0x8000u);              /* zero, subnormal */
    if ((u & 0x7FFFFFFFu) > 0x7F800000u) return (uint16_t)((u >> 16) | 0x0040u);       /* NaN: quiet */
    return (uint16_t)((u + 0x7FFFu + ((u >> 16) & 1u)) >> 16);
}

static float phi__bf16_float(uint32_t h) { /* the bf16 in the low 16 bits of h, as a float */
    float f;
    h <<= 16;
    memcpy(&f, &h, sizeof f);
    return f;
}

static void phi__to_bf16_scalar(uint16_t *dst, const float *src, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) dst[i] = phi__bf16(src[i]);
}

PHIDEF void phi_f32_to_bf16(uint16_t *dst, const float *src, size_t n) {
    if (n) phi__bkernels()->to_bf16(dst, src, n);
}

PHIDEF void phi_bf16_to_f32(float *dst, const uint16_t *src, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) dst[i] = phi__bf16_float(src[i]);
}

/* The scalar bf16 micro-kernel, which defines the result: a 4 x 8 tile summed in float, per
   pair of k the odd product first. Products of two bf16 (8-bit significands) are exact in
   float, so only the additions round, and contracting them into FMAs changes nothing. */
#define PHI__BF16_SCALAR_MR 4
#define PHI__BF16_SCALAR_NR 8
static void phi__ukr_bf16_scalar(size_t kw, const uint32_t *a, const uint32_t *b, float *c, size_t ldc, int accumulate) {
    float t[PHI__BF16_SCALAR_MR][PHI__BF16_SCALAR_NR];
    size_t k;
    int i, j;
    memset(t, 0, sizeof t);
    for (k = 0; k < kw; k++, a += PHI__BF16_SCALAR_MR, b += PHI__BF16_SCALAR_NR)
        for (i = 0; i < PHI__BF16_SCALAR_MR; i++) {
            float a0 = phi__bf16_float(a[i] & 0xFFFFu), a1 = phi__bf16_float(a[i] >> 16);
            for (j = 0; j < PHI__BF16_SCALAR_NR; j++) {
                t[i][j] += a1 * phi__bf16_float(b[j] >> 16);
                t[i][j] += a0 * phi__bf16_float(b[j] & 0xFFFFu);
            }
        }
    for (i = 0; i < PHI__BF16_SCALAR_MR; i++)
        for (j = 0; j < PHI__BF16_SCALAR_NR; j++) c[i * ldc + j] = accumulate ? c[i * ldc + j] + t[i][j] : t[i][j];
}

/* The word of the pair (x[0], x[1] if there is one, else 0). */
static uint32_t phi__bf16_pair(const float *x, size_t step, int both) {
    return (uint32_t)phi__bf16(x[0]) | (both ? (uint32_t)phi__bf16(x[step]) << 16 : 0u);
}

/* The two packings of the fp32 GEMM (phi__pack_transpose, phi__pack_copy), for pairs of k. */
static void phi__pack_rows_bf16_scalar(uint32_t *dst, int P, const float *src, size_t ld, int R, size_t kc) {
    size_t k;
    int r;
    for (k = 0; k < kc; k += 2, dst += P)
        for (r = 0; r < P; r++) dst[r] = r < R ? phi__bf16_pair(src + (size_t)r * ld + k, 1, k + 1 < kc) : 0;
}

static void phi__pack_cols_bf16_scalar(uint32_t *dst, int P, const float *src, size_t ld, size_t n, size_t kc) {
    size_t k, j, kw = (kc + 1) / 2, slivers = (n + (size_t)P - 1) / (size_t)P;
    for (k = 0; k < kc; k += 2)
        for (j = 0; j < slivers * (size_t)P; j++)
            dst[(j / (size_t)P * kw + k / 2) * (size_t)P + j % (size_t)P] =
                j < n ? phi__bf16_pair(src + k * ld + j, ld, k + 1 < kc) : 0;
}

/* ---- the GEMM driver, for both precisions ------------------------------------------------ */

/* Everything the workers of one GEMM share. */
typedef struct phi__gemm_job {
    const phi__ktable *t;   /* fp32: the variant's micro-kernel */
    const phi__btable *bt;  /* bf16: its micro-kernel and packing; NULL for fp32 */
    size_t mr, nr, mc, kc, nc; /* the blocking of the one in use */
    int trans_a, trans_b, accumulate;
    size_t M, N, K, lda, ldb, ldc;
    const float *A, *B;
    float *C;
    size_t kstep;           /* depth of the K blocks: K cut in equal blocks of at most kc */
    int wr, wc;             /* workers as a wr x wc grid of rectangles of C */
    float *pack;            /* per worker: its A block, then its B panel (floats, or bf16 pairs) */
    size_t pack_stride;     /* 4-byte words per worker */
} phi__gemm_job;

/* The block of op(A) with rows [i0, i0+mc) and depth [k0, k0+kc), as MR-row slivers. */
static void phi__gemm_pack_a(const phi__gemm_job *g, float *dst, size_t i0, size_t mc, size_t k0, size_t kc) {
    const float *A = g->A + (g->trans_a ? k0 * g->lda + i0 : i0 * g->lda + k0);
    size_t ir, kw = g->bt ? (kc + 1) / 2 : kc; /* words per row of a sliver */
    int mr = (int)g->mr;
    if (g->trans_a) { /* A stored [K, M] */
        if (g->bt) g->bt->pack_cols((uint32_t *)(void *)dst, mr, A, g->lda, mc, kc);
        else phi__pack_copy(dst, mr, A, g->lda, mc, kc);
        return;
    }
    for (ir = 0; ir < mc; ir += g->mr, dst += g->mr * kw) { /* A stored [M, K] */
        int m = mc - ir < g->mr ? (int)(mc - ir) : mr;
        if (g->bt) g->bt->pack_rows((uint32_t *)(void *)dst, mr, A + ir * g->lda, g->lda, m, kc);
        else phi__pack_transpose(dst, mr, A + ir * g->lda, g->lda, m, kc);
    }
}

/* The panel of op(B) with depth [k0, k0+kc) and columns [j0, j0+nc), as NR-column slivers. */
static void phi__gemm_pack_b(const phi__gemm_job *g, float *dst, size_t k0, size_t kc, size_t j0, size_t nc) {
    const float *B = g->B + (g->trans_b ? j0 * g->ldb + k0 : k0 * g->ldb + j0);
    size_t jr, kw = g->bt ? (kc + 1) / 2 : kc;
    int nr = (int)g->nr;
    if (!g->trans_b) { /* B stored [K, N] */
        if (g->bt) g->bt->pack_cols((uint32_t *)(void *)dst, nr, B, g->ldb, nc, kc);
        else phi__pack_copy(dst, nr, B, g->ldb, nc, kc);
        return;
    }
    for (jr = 0; jr < nc; jr += g->nr, dst += g->nr * kw) { /* B stored [N, K]: the weights */
        int n = nc - jr < g->nr ? (int)(nc - jr) : nr;
        if (g->bt) g->bt->pack_rows((uint32_t *)(void *)dst, nr, B + jr * g->ldb, g->ldb, n, kc);
        else phi__pack_transpose(dst, nr, B + jr * g->ldb, g->ldb, n, kc);
    }
}

/* One worker's whole GEMM: its rectangle of C (an equal share of the rows, cut at multiples of
   MR, times an equal share of the NR-wide column slivers), through every block of K, packing
   what it needs itself. The workers never wait for each other, so a call costs one fork-join,
   which is what small products notice. Which worker computes an element never changes its
   value: the order of the sums is fixed by the blocking alone. */
static void phi__gemm_worker(void *ctx, size_t w0, size_t w1, int worker) {
    phi__gemm_job *g = (phi__gemm_job *)ctx;
    size_t w, mr = g->mr, nr = g->nr;
    size_t tiles = (g->M + mr - 1) / mr, slivers = (g->N + nr - 1) / nr;
    float *apack = g->pack + (size_t)worker * g->pack_stride;                        /* [mc/MR][kc][MR] */
    float *bpack = apack + (((g->mc + mr - 1) / mr * mr * g->kc + 15) & ~(size_t)15); /* [nc/NR][kc][NR] */
    float edge[32 * 64]; /* one tile at the borders: MR*NR of every variant fits */
    for (w = w0; w < w1; w++) {
        size_t gr = w / (size_t)g->wc, gc = w % (size_t)g->wc;
        size_t r0 = tiles * gr / (size_t)g->wr * mr, r1 = tiles * (gr + 1) / (size_t)g->wr * mr;
        size_t c0 = slivers * gc / (size_t)g->wc * nr, c1 = slivers * (gc + 1) / (size_t)g->wc * nr;
        size_t jc, pc, row0, s, ir;
        if (r1 > g->M) r1 = g->M;
        if (c1 > g->N) c1 = g->N;
        for (jc = c0; jc < c1; jc += g->nc) { /* a panel of B: columns [jc, jc+ncur) */
            size_t ncur = c1 - jc < g->nc ? c1 - jc : g->nc, nsl = (ncur + nr - 1) / nr;
            for (pc = 0; pc < g->K; pc += g->kstep) { /* ... and depth [pc, pc+kcur) */
                size_t kcur = g->K - pc < g->kstep ? g->K - pc : g->kstep;
                size_t kw = g->bt ? (kcur + 1) / 2 : kcur; /* words per row of a sliver */
                int acc = g->accumulate || pc > 0;
                phi__gemm_pack_b(g, bpack, pc, kcur, jc, ncur);
                for (row0 = r0; row0 < r1; row0 += g->mc) { /* a block of A: rows [row0, row0+mcur) */
                    size_t mcur = r1 - row0 < g->mc ? r1 - row0 : g->mc;
                    phi__gemm_pack_a(g, apack, row0, mcur, pc, kcur);
                    for (s = 0; s < nsl; s++) {
                        const float *b = bpack + s * nr * kw;
                        size_t col = jc + s * nr, n = ncur - s * nr < nr ? ncur - s * nr : nr;
                        for (ir = 0; ir < mcur; ir += mr) {
                            const float *a = apack + ir * kw;
                            float *c = g->C + (row0 + ir) * g->ldc + col, *out = c;
                            size_t m = mcur - ir < mr ? mcur - ir : mr, ldo = g->ldc, r, j;
                            int whole = m == mr && n == nr;
                            if (!whole) out = edge, ldo = nr; /* a border tile: compute it whole, keep the valid part */
                            if (g->bt)
                                g->bt->ukr(kw, (const uint32_t *)(const void *)a, (const uint32_t *)(const void *)b, out,
                                           ldo, whole && acc);
                            else
                                g->t->ukr(kcur, a, b, out, ldo, whole && acc);
                            if (whole) continue;
                            for (r = 0; r < m; r++)
                                for (j = 0; j < n; j++)
                                    c[r * g->ldc + j] = acc ? c[r * g->ldc + j] + edge[r * nr + j] : edge[r * nr + j];
                        }
                    }
                }
            }
        }
    }
}

/* Sets up and runs a GEMM whose job has t or bt and the blocking filled in. */
static phi_status phi__gemm_run(phi_pool *pool, phi__gemm_job *g, int trans_a, int trans_b, size_t M, size_t N,
                                size_t K, const float *A, size_t lda, const float *B, size_t ldb, float *C, size_t ldc,
                                int accumulate) {
    void *base;
    int workers = phi_pool_size(pool);
    size_t tiles, slivers, mr = g->mr, nr = g->nr, blocks;
    if (M == 0 || N == 0) return PHI_OK;
    if (K == 0) { /* an empty sum */
        size_t i;
        if (!accumulate)
            for (i = 0; i < M; i++) memset(C + i * ldc, 0, N * sizeof(float));
        return PHI_OK;
    }
    g->trans_a = trans_a;
    g->trans_b = trans_b;
    g->accumulate = accumulate;
    g->M = M;
    g->N = N;
    g->K = K;
    g->A = A;
    g->B = B;
    g->C = C;
    g->lda = lda;
    g->ldb = ldb;
    g->ldc = ldc;
    /* Split the rows when C is at least as tall as wide (each worker then packs all of B's
       panel, the smaller operand), the columns otherwise; never below four tiles a worker. */
    blocks = (K + g->kc - 1) / g->kc;
    g->kstep = (K + blocks - 1) / blocks; /* no short last block */
    if (g->bt) g->kstep += g->kstep & 1;  /* bf16: whole pairs of k in every block but the last */
    tiles = (M + mr - 1) / mr;
    slivers = (N + nr - 1) / nr;
    if (M >= N && tiles >= 4 * (size_t)workers) g->wr = workers, g->wc = 1;
    else if (slivers >= 4 * (size_t)workers) g->wr = 1, g->wc = workers;
    else if (tiles >= (size_t)workers) g->wr = workers, g->wc = 1;
    else g->wr = 1, g->wc = slivers < (size_t)workers ? (int)slivers : workers;
    g->pack_stride = (((g->mc + mr - 1) / mr * mr * g->kc + 15) & ~(size_t)15) + ((g->kc * (g->nc + nr) + 15) & ~(size_t)15);
    /* the packing buffers: this thread's scratch, kept between calls (no allocation per step) */
    base = phi__scratch(g->pack_stride * (size_t)workers * sizeof(float) + 64);
    if (!base) return phi__fail(PHI_ERR_NOMEM, "out of memory for the packing buffers of a %zux%zux%zu GEMM", M, N, K);
    g->pack = (float *)(void *)(((uintptr_t)base + 63) & ~(uintptr_t)63);
    phi_parallel_for(pool, (size_t)(g->wr * g->wc), phi__gemm_worker, g);
    return PHI_OK;
}

PHIDEF phi_status phi_gemm(phi_pool *pool, int trans_a, int trans_b, size_t M, size_t N, size_t K, const float *A,
                           size_t lda, const float *B, size_t ldb, float *C, size_t ldc, int accumulate) {
    phi__gemm_job g;
    memset(&g, 0, sizeof g);
    g.t = phi__kernels();
    g.mr = (size_t)g.t->mr, g.nr = (size_t)g.t->nr, g.mc = g.t->mc, g.kc = g.t->kc, g.nc = g.t->nc;
    return phi__gemm_run(pool, &g, trans_a, trans_b, M, N, K, A, lda, B, ldb, C, ldc, accumulate);
}

/* The buffers are sized in words as for fp32 with kc = PHI__BF16_KC floats; a bf16 block of
   that depth needs half of it. */
PHIDEF phi_status phi_gemm_bf16(phi_pool *pool, int trans_a, int trans_b, size_t M, size_t N, size_t K,
                                const float *A, size_t lda, const float *B, size_t ldb, float *C, size_t ldc,
                                int accumulate) {
    phi__gemm_job g;
    memset(&g, 0, sizeof g);
    g.bt = phi__bkernels();
    g.mr = (size_t)g.bt->mr, g.nr = (size_t)g.bt->nr, g.mc = g.bt->mc, g.kc = PHI__BF16_KC, g.nc = g.bt->nc;
    return phi__gemm_run(pool, &g, trans_a, trans_b, M, N, K, A, lda, B, ldb, C, ldc, accumulate);
}

/* A few rows (decoding: one token at a time) are dot products with the rows of w, split over
   the pool by output: packing w for the GEMM would cost more than the products themselves. */
#define PHI__GEMV_ROWS 8
typedef struct phi__gemv_job {
    float *out;
    const float *inp, *w, *bias;
    size_t N, C, OC;
} phi__gemv_job;

static void phi__gemv_outputs(void *ctx, size_t o0, size_t o1, int worker) {
    const phi__gemv_job *j = (const phi__gemv_job *)ctx;
    size_t n, o;
    (void)worker;
    for (n = 0; n < j->N; n++)
        for (o = o0; o < o1; o++)
            j->out[n * j->OC + o] = phi_vec_dot(j->inp + n * j->C, j->w + o * j->C, j->C) + (j->bias ? j->bias[o] : 0.0f);
}

PHIDEF phi_status phi_matmul_forward(phi_pool *pool, float *out, const float *inp, const float *w, const float *bias,
                                     size_t N, size_t C, size_t OC) {
    size_t n;
    phi_status st;
    if (N < PHI__GEMV_ROWS) {
        phi__gemv_job j;
        j.out = out, j.inp = inp, j.w = w, j.bias = bias, j.N = N, j.C = C, j.OC = OC;
        phi_parallel_for(pool, OC, phi__gemv_outputs, &j);
        return PHI_OK;
    }
    st = phi_gemm(pool, 0, 1, N, OC, C, inp, C, w, C, out, OC, 0); /* out = inp · wᵀ */
    if (st || !bias) return st;
    for (n = 0; n < N; n++) phi_vec_axpy(1.0f, bias, out + n * OC, OC);
    return PHI_OK;
}

PHIDEF phi_status phi_matmul_backward(phi_pool *pool, float *dinp, float *dw, float *dbias, const float *dout,
                                      const float *inp, const float *w, size_t N, size_t C, size_t OC) {
    phi_status st = PHI_OK;
    size_t n;
    if (dinp) st = phi_gemm(pool, 0, 0, N, C, OC, dout, OC, w, C, dinp, C, 1);              /* dout · w */
    if (!st && dw) st = phi_gemm(pool, 1, 0, OC, C, N, dout, OC, inp, C, dw, C, 1);         /* doutᵀ · inp */
    if (!st && dbias)
        for (n = 0; n < N; n++) phi_vec_axpy(1.0f, dout + n * OC, dbias, OC);
    return st;
}

/* >>layernorm (implementation) ------------------------------------------------------------- */

static void phi__layernorm_forward_scalar(float *out, float *mean, float *rstd, const float *inp, const float *w,
                                          const float *b, size_t N, size_t C, float eps) {
    size_t n, c;
    for (n = 0; n < N; n++) {
        const float *x = inp + n * C; /* [C] */
        float *o = out + n * C;       /* [C] */
        double m = 0, v = 0;
        float mf, s;
        for (c = 0; c < C; c++) m += x[c];
        m /= (double)C;
        for (c = 0; c < C; c++) v += (x[c] - m) * (x[c] - m);
        v /= (double)C;
        mf = (float)m;
        s = (float)(1.0 / sqrt(v + eps));
        for (c = 0; c < C; c++) o[c] = (x[c] - mf) * s * w[c] + b[c];
        mean[n] = mf;
        rstd[n] = s;
    }
}

/* With xhat = (x - mean) * rstd, the gradient through the normalisation is
   dx = rstd * (g - mean(g) - xhat * mean(g * xhat)),  g = w * dout. */
static void phi__layernorm_backward_scalar(float *dinp, float *dw, float *db, const float *dout, const float *inp,
                                           const float *w, const float *mean, const float *rstd, size_t N, size_t C) {
    size_t n, c;
    for (n = 0; n < N; n++) {
        const float *x = inp + n * C, *d = dout + n * C; /* [C] */
        float *dx = dinp + n * C;                          /* [C] */
        double gm = 0, gxm = 0;
        float mu = mean[n], s = rstd[n], gmf, gxmf;
        for (c = 0; c < C; c++) {
            float xhat = (x[c] - mu) * s, g = w[c] * d[c];
            gm += g;
            gxm += (double)g * xhat;
        }
        gmf = (float)(gm / (double)C);
        gxmf = (float)(gxm / (double)C);
        for (c = 0; c < C; c++) {
            float xhat = (x[c] - mu) * s;
            db[c] += d[c];
            dw[c] += xhat * d[c];
            dx[c] += s * (w[c] * d[c] - gmf - xhat * gxmf);
        }
    }
}

PHIDEF void phi_layernorm_forward(float *out, float *mean, float *rstd, const float *inp, const float *w,
                                  const float *b, size_t N, size_t C, float eps) {
    phi__kernels()->layernorm_forward(out, mean, rstd, inp, w, b, N, C, eps);
}
PHIDEF void phi_layernorm_backward(float *dinp, float *dw, float *db, const float *dout, const float *inp,
                                   const float *w, const float *mean, const float *rstd, size_t N, size_t C) {
    phi__kernels()->layernorm_backward(dinp, dw, db, dout, inp, w, mean, rstd, N, C);
}

/* >>attention (implementation) ------------------------------------------------------------- */

static void phi__softmax_forward_scalar(float *att, const float *preatt, size_t t, size_t T, float scale) {
    size_t j;
    float mx = -HUGE_VALF;
    double sum = 0, inv;
    for (j = 0; j <= t; j++)
        if (preatt[j] * scale > mx) mx = preatt[j] * scale;
    for (j = 0; j <= t; j++) {
        double e = exp((double)(preatt[j] * scale - mx));
        att[j] = (float)e;
        sum += e;
    }
    inv = 1.0 / sum;
    for (j = 0; j <= t; j++) att[j] = (float)(att[j] * inv);
    for (; j < T; j++) att[j] = 0;
}

static void phi__softmax_backward_scalar(float *dpreatt, const float *att, const float *datt, size_t t, float scale) {
    size_t j;
    double dot = 0;
    float d;
    for (j = 0; j <= t; j++) dot += (double)att[j] * datt[j];
    d = (float)dot;
    for (j = 0; j <= t; j++) dpreatt[j] += scale * att[j] * (datt[j] - d);
}

PHIDEF void phi_softmax_causal_forward(float *att, const float *preatt, size_t t, size_t T, float scale) {
    phi__kernels()->softmax_forward(att, preatt, t, T, scale);
}
PHIDEF void phi_softmax_causal_backward(float *dpreatt, const float *att, const float *datt, size_t t, float scale) {
    phi__kernels()->softmax_backward(dpreatt, att, datt, t, scale);
}

/* In float32, as HF computes it, so that our positions match a PyTorch run closely. */
PHIDEF void phi_rope_table(float *cos_t, float *sin_t, size_t maxT, size_t R, float theta) {
    size_t p, i, h = R / 2;
    for (i = 0; i < h; i++) {
        float inv_freq = 1.0f / powf(theta, (float)(2 * i) / (float)R);
        for (p = 0; p < maxT; p++) {
            float f = (float)p * inv_freq;
            cos_t[p * h + i] = cosf(f);
            sin_t[p * h + i] = sinf(f);
        }
    }
}

/* sign +1 rotates by the position (forward), -1 by its negative (backward). */
static void phi__rope_scalar(float *x, size_t N, size_t stride, size_t NH, size_t HS, size_t R, const float *cos_t,
                             const float *sin_t, const int32_t *pos, float sign) {
    size_t n, hd, i, h = R / 2;
    for (n = 0; n < N; n++) {
        size_t p = pos ? (size_t)pos[n] : n;
        const float *c = cos_t + p * h, *s = sin_t + p * h; /* [R/2] */
        for (hd = 0; hd < NH; hd++) {
            float *v = x + n * stride + hd * HS; /* [HS]: rotate v[0..R) */
            for (i = 0; i < h; i++) {
                float a = v[i], b = v[i + h], si = sign * s[i];
                v[i] = a * c[i] - b * si;
                v[i + h] = b * c[i] + a * si;
            }
        }
    }
}

PHIDEF void phi_rope_forward(float *x, size_t N, size_t stride, size_t NH, size_t HS, size_t R, const float *cos_t,
                             const float *sin_t, const int32_t *pos) {
    phi__kernels()->rope(x, N, stride, NH, HS, R, cos_t, sin_t, pos, 1.0f);
}
PHIDEF void phi_rope_backward(float *dx, size_t N, size_t stride, size_t NH, size_t HS, size_t R,
                              const float *cos_t, const float *sin_t, const int32_t *pos) {
    phi__kernels()->rope(dx, N, stride, NH, HS, R, cos_t, sin_t, pos, -1.0f);
}

/* >>gelu (implementation) ------------------------------------------------------------------ */

#define PHI__GELU_S 0.7978845608028654 /* sqrt(2/pi) */
#define PHI__GELU_C 0.044715

static void phi__gelu_forward_scalar(float *out, const float *inp, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        double x = inp[i];
        out[i] = (float)(0.5 * x * (1.0 + tanh(PHI__GELU_S * (x + PHI__GELU_C * x * x * x))));
    }
}

/* d/dx of 0.5 x (1 + tanh(u)), u = s (x + c x³):  0.5 (1 + tanh u) + 0.5 x (1 - tanh² u) s (1 + 3 c x²) */
static void phi__gelu_backward_scalar(float *dinp, const float *inp, const float *dout, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        double x = inp[i], th = tanh(PHI__GELU_S * (x + PHI__GELU_C * x * x * x));
        double g = 0.5 * (1.0 + th) + 0.5 * x * (1.0 - th * th) * PHI__GELU_S * (1.0 + 3.0 * PHI__GELU_C * x * x);
        dinp[i] += (float)(g * dout[i]);
    }
}

PHIDEF void phi_gelu_forward(float *out, const float *inp, size_t n) {
    if (n) phi__kernels()->gelu_forward(out, inp, n);
}
PHIDEF void phi_gelu_backward(float *dinp, const float *inp, const float *dout, size_t n) {
    if (n) phi__kernels()->gelu_backward(dinp, inp, dout, n);
}

/* >>crossentropy (implementation) ---------------------------------------------------------- */

static void phi__crossentropy_forward_scalar(float *losses, const float *logits, const int32_t *targets, size_t N,
                                             size_t V) {
    size_t n, v;
    for (n = 0; n < N; n++) {
        const float *l = logits + n * V; /* [V] */
        float mx = -HUGE_VALF;
        double sum = 0;
        if (targets[n] < 0) {
            losses[n] = 0;
            continue;
        }
        for (v = 0; v < V; v++)
            if (l[v] > mx) mx = l[v];
        for (v = 0; v < V; v++) sum += exp((double)(l[v] - mx));
        losses[n] = (float)(log(sum) + mx - l[targets[n]]);
    }
}

static void phi__crossentropy_backward_scalar(float *dlogits, const float *logits, const int32_t *targets,
                                              const float *dlosses, size_t N, size_t V) {
    size_t n, v;
    for (n = 0; n < N; n++) {
        const float *l = logits + n * V; /* [V] */
        float *dl = dlogits + n * V;     /* [V] */
        float mx = -HUGE_VALF;
        double sum = 0, inv;
        if (targets[n] < 0) continue;
        for (v = 0; v < V; v++)
            if (l[v] > mx) mx = l[v];
        for (v = 0; v < V; v++) sum += exp((double)(l[v] - mx));
        inv = 1.0 / sum;
        for (v = 0; v < V; v++) dl[v] += (float)(dlosses[n] * (exp((double)(l[v] - mx)) * inv));
        dl[targets[n]] -= dlosses[n];
    }
}

PHIDEF void phi_crossentropy_forward(float *losses, const float *logits, const int32_t *targets, size_t N, size_t V) {
    phi__kernels()->crossentropy_forward(losses, logits, targets, N, V);
}
PHIDEF void phi_crossentropy_backward(float *dlogits, const float *logits, const int32_t *targets,
                                      const float *dlosses, size_t N, size_t V) {
    phi__kernels()->crossentropy_backward(dlogits, logits, targets, dlosses, N, V);
}

/* >>adamw (implementation) ----------------------------------------------------------------- */

/* bc1, bc2: the bias corrections 1 - β^t, computed once per step by phi_adamw. */
static void phi__adamw_scalar(float *param, const float *grad, float *m, float *v, size_t n, float lr, float beta1,
                              float beta2, float eps, float weight_decay, float bc1, float bc2, float grad_scale) {
    size_t i;
    for (i = 0; i < n; i++) {
        float g = grad[i] * grad_scale;
        float mi = beta1 * m[i] + (1.0f - beta1) * g;
        float vi = beta2 * v[i] + (1.0f - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        param[i] -= lr * ((mi / bc1) / (sqrtf(vi / bc2) + eps) + weight_decay * param[i]);
    }
}

PHIDEF void phi_adamw(float *param, const float *grad, float *m, float *v, size_t n, float lr, float beta1,
                      float beta2, float eps, float weight_decay, int t, float grad_scale) {
    float bc1 = (float)(1.0 - pow(beta1, t)), bc2 = (float)(1.0 - pow(beta2, t));
    if (n) phi__kernels()->adamw(param, grad, m, v, n, lr, beta1, beta2, eps, weight_decay, bc1, bc2, grad_scale);
}

/* The degree-6 minimax polynomial for e^r on [-ln2/2, ln2/2], from Cephes' expf (Moshier),
   shared by the SIMD variants. */
#define PHI__EXP_P0 1.9875691500e-4f
#define PHI__EXP_P1 1.3981999507e-3f
#define PHI__EXP_P2 8.3334519073e-3f
#define PHI__EXP_P3 4.1665795894e-2f
#define PHI__EXP_P4 1.6666665459e-1f
#define PHI__EXP_P5 5.0000001201e-1f

/* ============================================================================================
   The x86 variants. AVX2+FMA: 8 floats per register, 16 registers. AVX-512F: 16 floats per
   register, 32 registers. Every function carries its target attribute; the vector loops end
   in the scalar reference for the last few elements. Sums that decide a result's accuracy
   (means, variances, softmax denominators) are kept in double lanes.
   ============================================================================================ */
#ifdef PHI__X86

/* e^x (phi__exp8, phi__exp16, phi__exp4): x = n ln2 + r with |r| <= ln2/2, e^r by the
   polynomial below, 2^n built in the exponent bits; relative error about 2 ulp. Below -87.3
   the result is 0 (e^x is under 1.2e-38 there); a NaN stays a NaN, so that a diverging run
   shows it. */

PHI__AVX2 static inline __m256 phi__exp8(__m256 x) {
    __m256 n, r, p, lo = _mm256_set1_ps(-87.3f);
    __m256 under = _mm256_cmp_ps(x, lo, _CMP_LT_OQ); /* false for NaN */
    __m256i e;
    x = _mm256_min_ps(_mm256_set1_ps(88.37f), _mm256_max_ps(lo, x)); /* x second: a NaN passes through */
    n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504089f)), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x); /* ln2 in two parts: exact n*hi */
    r = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), r);
    p = _mm256_fmadd_ps(_mm256_set1_ps(PHI__EXP_P0), r, _mm256_set1_ps(PHI__EXP_P1));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(PHI__EXP_P2));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(PHI__EXP_P3));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(PHI__EXP_P4));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(PHI__EXP_P5));
    p = _mm256_fmadd_ps(p, _mm256_mul_ps(r, r), _mm256_add_ps(r, _mm256_set1_ps(1.0f)));
    e = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
    return _mm256_andnot_ps(under, _mm256_mul_ps(p, _mm256_castsi256_ps(e)));
}

/* tanh x = sign(x) (1 - e) / (1 + e) with e = e^(-2|x|): no overflow, absolute error ~1e-7. */
PHI__AVX2 static inline __m256 phi__tanh8(__m256 x) {
    __m256 sign = _mm256_set1_ps(-0.0f), ax = _mm256_andnot_ps(sign, x), one = _mm256_set1_ps(1.0f);
    __m256 e = phi__exp8(_mm256_mul_ps(ax, _mm256_set1_ps(-2.0f)));
    __m256 t = _mm256_div_ps(_mm256_sub_ps(one, e), _mm256_add_ps(one, e));
    return _mm256_or_ps(t, _mm256_and_ps(x, sign));
}

PHI__AVX2 static inline float phi__hsum8(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

PHI__AVX2 static inline float phi__hmax8(__m256 v) {
    __m128 s = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_max_ps(s, _mm_movehl_ps(s, s));
    s = _mm_max_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

/* Adds 8 floats to 4-wide double accumulators. */
PHI__AVX2 static inline void phi__acc8d(__m256d *lo, __m256d *hi, __m256 v) {
    *lo = _mm256_add_pd(*lo, _mm256_cvtps_pd(_mm256_castps256_ps128(v)));
    *hi = _mm256_add_pd(*hi, _mm256_cvtps_pd(_mm256_extractf128_ps(v, 1)));
}

PHI__AVX2 static inline double phi__hsum4d(__m256d v) {
    __m128d s = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

/* The AVX2 micro-kernel: a 6 x 16 tile of C in 12 registers; per k, two loads of b, six
   broadcasts of a and twelve FMAs. */
#define PHI__AVX2_MR 6
#define PHI__AVX2_NR 16
PHI__AVX2 static void phi__ukr_avx2(size_t kc, const float *a, const float *b, float *c, size_t ldc, int accumulate) {
    __m256 c00 = _mm256_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
    __m256 c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
    size_t k;
    int r;
    for (r = 0; r < 6; r++) { /* the tile of C is read at the end: ask for it now */
        __builtin_prefetch(c + r * ldc, 1, 3);
        __builtin_prefetch(c + r * ldc + 15, 1, 3);
    }
    for (k = 0; k < kc; k++, a += 6, b += 16) {
        __m256 b0 = _mm256_loadu_ps(b), b1 = _mm256_loadu_ps(b + 8), ai;
#define PHI__ROW(i)                                  \
    ai = _mm256_broadcast_ss(a + i);                 \
    c##i##0 = _mm256_fmadd_ps(ai, b0, c##i##0);      \
    c##i##1 = _mm256_fmadd_ps(ai, b1, c##i##1);
        PHI__ROW(0) PHI__ROW(1) PHI__ROW(2) PHI__ROW(3) PHI__ROW(4) PHI__ROW(5)
#undef PHI__ROW
    }
#define PHI__ROW(i)                                                                              \
    if (accumulate) {                                                                            \
        c##i##0 = _mm256_add_ps(c##i##0, _mm256_loadu_ps(c + i * ldc));                          \
        c##i##1 = _mm256_add_ps(c##i##1, _mm256_loadu_ps(c + i * ldc + 8));                      \
    }                                                                                            \
    _mm256_storeu_ps(c + i * ldc, c##i##0);                                                      \
    _mm256_storeu_ps(c + i * ldc + 8, c##i##1);
    PHI__ROW(0) PHI__ROW(1) PHI__ROW(2) PHI__ROW(3) PHI__ROW(4) PHI__ROW(5)
#undef PHI__ROW
}

PHI__AVX2 static float phi__dot_avx2(const float *x, const float *y, size_t n) {
    __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0; /* four chains hide the FMA latency */
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 8), _mm256_loadu_ps(y + i + 8), s1);
        s2 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 16), _mm256_loadu_ps(y + i + 16), s2);
        s3 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 24), _mm256_loadu_ps(y + i + 24), s3);
    }
    for (; i + 8 <= n; i += 8) s0 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i), s0);
    return phi__hsum8(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3))) + phi__dot_scalar(x + i, y + i, n - i);
}

PHI__AVX2 static void phi__axpy_avx2(float a, const float *x, float *y, size_t n) {
    __m256 va = _mm256_set1_ps(a);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) _mm256_storeu_ps(y + i, _mm256_fmadd_ps(va, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
    phi__axpy_scalar(a, x + i, y + i, n - i);
}

PHI__AVX2 static void phi__scale_avx2(float a, float *x, size_t n) {
    __m256 va = _mm256_set1_ps(a);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) _mm256_storeu_ps(x + i, _mm256_mul_ps(va, _mm256_loadu_ps(x + i)));
    phi__scale_scalar(a, x + i, n - i);
}

PHI__AVX2 static float phi__sum_avx2(const float *x, size_t n) {
    __m256d lo = _mm256_setzero_pd(), hi = lo;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) phi__acc8d(&lo, &hi, _mm256_loadu_ps(x + i));
    return (float)(phi__hsum4d(_mm256_add_pd(lo, hi)) + phi__sum_scalar(x + i, n - i));
}

PHI__AVX2 static float phi__max_avx2(const float *x, size_t n) {
    __m256 m = _mm256_set1_ps(-HUGE_VALF);
    size_t i = 0;
    float t;
    for (; i + 8 <= n; i += 8) m = _mm256_max_ps(m, _mm256_loadu_ps(x + i));
    t = phi__max_scalar(x + i, n - i);
    return phi__hmax8(m) > t ? phi__hmax8(m) : t;
}

PHI__AVX2 static void phi__layernorm_forward_avx2(float *out, float *mean, float *rstd, const float *inp,
                                                  const float *w, const float *b, size_t N, size_t C, float eps) {
    size_t n, c;
    for (n = 0; n < N; n++) {
        const float *x = inp + n * C; /* [C] */
        float *o = out + n * C;       /* [C] */
        __m256d lo = _mm256_setzero_pd(), hi = lo;
        __m256 vm, vs;
        double m = 0, v = 0;
        float mf, s;
        for (c = 0; c + 8 <= C; c += 8) phi__acc8d(&lo, &hi, _mm256_loadu_ps(x + c));
        m = phi__hsum4d(_mm256_add_pd(lo, hi));
        for (; c < C; c++) m += x[c];
        m /= (double)C;
        mf = (float)m;
        vm = _mm256_set1_ps(mf);
        lo = hi = _mm256_setzero_pd();
        for (c = 0; c + 8 <= C; c += 8) {
            __m256 d = _mm256_sub_ps(_mm256_loadu_ps(x + c), vm);
            phi__acc8d(&lo, &hi, _mm256_mul_ps(d, d));
        }
        v = phi__hsum4d(_mm256_add_pd(lo, hi));
        for (; c < C; c++) v += (double)(x[c] - mf) * (x[c] - mf);
        s = (float)(1.0 / sqrt(v / (double)C + eps));
        vs = _mm256_set1_ps(s);
        for (c = 0; c + 8 <= C; c += 8) {
            __m256 xh = _mm256_mul_ps(_mm256_sub_ps(_mm256_loadu_ps(x + c), vm), vs);
            _mm256_storeu_ps(o + c, _mm256_fmadd_ps(xh, _mm256_loadu_ps(w + c), _mm256_loadu_ps(b + c)));
        }
        for (; c < C; c++) o[c] = (x[c] - mf) * s * w[c] + b[c];
        mean[n] = mf;
        rstd[n] = s;
    }
}

PHI__AVX2 static void phi__layernorm_backward_avx2(float *dinp, float *dw, float *db, const float *dout,
                                                   const float *inp, const float *w, const float *mean,
                                                   const float *rstd, size_t N, size_t C) {
    size_t n, c;
    for (n = 0; n < N; n++) {
        const float *x = inp + n * C, *d = dout + n * C; /* [C] */
        float *dx = dinp + n * C;                          /* [C] */
        float mu = mean[n], s = rstd[n], gmf, gxmf;
        __m256 vmu = _mm256_set1_ps(mu), vs = _mm256_set1_ps(s), vgm, vgxm;
        __m256d g0 = _mm256_setzero_pd(), g1 = g0, gx0 = g0, gx1 = g0;
        double gm, gxm;
        for (c = 0; c + 8 <= C; c += 8) {
            __m256 xh = _mm256_mul_ps(_mm256_sub_ps(_mm256_loadu_ps(x + c), vmu), vs);
            __m256 g = _mm256_mul_ps(_mm256_loadu_ps(w + c), _mm256_loadu_ps(d + c));
            phi__acc8d(&g0, &g1, g);
            phi__acc8d(&gx0, &gx1, _mm256_mul_ps(g, xh));
        }
        gm = phi__hsum4d(_mm256_add_pd(g0, g1));
        gxm = phi__hsum4d(_mm256_add_pd(gx0, gx1));
        for (; c < C; c++) {
            float xh = (x[c] - mu) * s, g = w[c] * d[c];
            gm += g;
            gxm += (double)g * xh;
        }
        gmf = (float)(gm / (double)C);
        gxmf = (float)(gxm / (double)C);
        vgm = _mm256_set1_ps(gmf);
        vgxm = _mm256_set1_ps(gxmf);
        for (c = 0; c + 8 <= C; c += 8) {
            __m256 dd = _mm256_loadu_ps(d + c), xh = _mm256_mul_ps(_mm256_sub_ps(_mm256_loadu_ps(x + c), vmu), vs);
            __m256 t = _mm256_sub_ps(_mm256_sub_ps(_mm256_mul_ps(_mm256_loadu_ps(w + c), dd), vgm), _mm256_mul_ps(xh, vgxm));
            _mm256_storeu_ps(db + c, _mm256_add_ps(_mm256_loadu_ps(db + c), dd));
            _mm256_storeu_ps(dw + c, _mm256_fmadd_ps(xh, dd, _mm256_loadu_ps(dw + c)));
            _mm256_storeu_ps(dx + c, _mm256_fmadd_ps(vs, t, _mm256_loadu_ps(dx + c)));
        }
        for (; c < C; c++) {
            float xh = (x[c] - mu) * s;
            db[c] += d[c];
            dw[c] += xh * d[c];
            dx[c] += s * (w[c] * d[c] - gmf - xh * gxmf);
        }
    }
}

PHI__AVX2 static void phi__softmax_forward_avx2(float *att, const float *preatt, size_t t, size_t T, float scale) {
    size_t j, n = t + 1;
    __m256 vsc = _mm256_set1_ps(scale), vmx, vinv;
    __m256d lo = _mm256_setzero_pd(), hi = lo;
    float mx = -HUGE_VALF;
    double sum;
    if (scale >= 0) mx = scale * phi__max_avx2(preatt, n); /* rounding is monotonic: exact */
    else
        for (j = 0; j < n; j++)
            if (preatt[j] * scale > mx) mx = preatt[j] * scale;
    vmx = _mm256_set1_ps(mx);
    for (j = 0; j + 8 <= n; j += 8) {
        __m256 e = phi__exp8(_mm256_fmsub_ps(_mm256_loadu_ps(preatt + j), vsc, vmx));
        _mm256_storeu_ps(att + j, e);
        phi__acc8d(&lo, &hi, e);
    }
    sum = phi__hsum4d(_mm256_add_pd(lo, hi));
    for (; j < n; j++) {
        att[j] = expf(preatt[j] * scale - mx);
        sum += att[j];
    }
    vinv = _mm256_set1_ps((float)(1.0 / sum));
    for (j = 0; j + 8 <= n; j += 8) _mm256_storeu_ps(att + j, _mm256_mul_ps(_mm256_loadu_ps(att + j), vinv));
    for (; j < n; j++) att[j] = (float)(att[j] * (1.0 / sum));
    for (j = n; j < T; j++) att[j] = 0;
}

PHI__AVX2 static void phi__softmax_backward_avx2(float *dpreatt, const float *att, const float *datt, size_t t,
                                                float scale) {
    size_t j, n = t + 1;
    __m256d lo = _mm256_setzero_pd(), hi = lo;
    __m256 vd, vsc = _mm256_set1_ps(scale);
    double dot;
    float d;
    for (j = 0; j + 8 <= n; j += 8) phi__acc8d(&lo, &hi, _mm256_mul_ps(_mm256_loadu_ps(att + j), _mm256_loadu_ps(datt + j)));
    dot = phi__hsum4d(_mm256_add_pd(lo, hi));
    for (; j < n; j++) dot += (double)att[j] * datt[j];
    d = (float)dot;
    vd = _mm256_set1_ps(d);
    for (j = 0; j + 8 <= n; j += 8) {
        __m256 g = _mm256_mul_ps(_mm256_mul_ps(vsc, _mm256_loadu_ps(att + j)), _mm256_sub_ps(_mm256_loadu_ps(datt + j), vd));
        _mm256_storeu_ps(dpreatt + j, _mm256_add_ps(_mm256_loadu_ps(dpreatt + j), g));
    }
    for (; j < n; j++) dpreatt[j] += scale * att[j] * (datt[j] - d);
}

PHI__AVX2 static void phi__rope_avx2(float *x, size_t N, size_t stride, size_t NH, size_t HS, size_t R,
                                     const float *cos_t, const float *sin_t, const int32_t *pos, float sign) {
    size_t n, hd, i, h = R / 2;
    __m256 vsign = _mm256_set1_ps(sign);
    for (n = 0; n < N; n++) {
        size_t p = pos ? (size_t)pos[n] : n;
        const float *c = cos_t + p * h, *s = sin_t + p * h; /* [R/2] */
        for (hd = 0; hd < NH; hd++) {
            float *v = x + n * stride + hd * HS; /* [HS] */
            for (i = 0; i + 8 <= h; i += 8) {
                __m256 a = _mm256_loadu_ps(v + i), b = _mm256_loadu_ps(v + h + i), vc = _mm256_loadu_ps(c + i);
                __m256 vs = _mm256_mul_ps(vsign, _mm256_loadu_ps(s + i));
                _mm256_storeu_ps(v + i, _mm256_sub_ps(_mm256_mul_ps(a, vc), _mm256_mul_ps(b, vs)));
                _mm256_storeu_ps(v + h + i, _mm256_add_ps(_mm256_mul_ps(b, vc), _mm256_mul_ps(a, vs)));
            }
            for (; i < h; i++) {
                float a = v[i], b = v[i + h], si = sign * s[i];
                v[i] = a * c[i] - b * si;
                v[i + h] = b * c[i] + a * si;
            }
        }
    }
}

PHI__AVX2 static void phi__gelu_forward_avx2(float *out, const float *inp, size_t n) {
    __m256 half = _mm256_set1_ps(0.5f), one = _mm256_set1_ps(1.0f), s = _mm256_set1_ps((float)PHI__GELU_S);
    __m256 cc = _mm256_set1_ps((float)PHI__GELU_C);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 x = _mm256_loadu_ps(inp + i), u = _mm256_mul_ps(_mm256_mul_ps(s, x), _mm256_fmadd_ps(cc, _mm256_mul_ps(x, x), one));
        _mm256_storeu_ps(out + i, _mm256_mul_ps(_mm256_mul_ps(half, x), _mm256_add_ps(one, phi__tanh8(u))));
    }
    phi__gelu_forward_scalar(out + i, inp + i, n - i);
}

PHI__AVX2 static void phi__gelu_backward_avx2(float *dinp, const float *inp, const float *dout, size_t n) {
    __m256 half = _mm256_set1_ps(0.5f), one = _mm256_set1_ps(1.0f), s = _mm256_set1_ps((float)PHI__GELU_S);
    __m256 cc = _mm256_set1_ps((float)PHI__GELU_C), c3 = _mm256_set1_ps((float)(3.0 * PHI__GELU_C));
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 x = _mm256_loadu_ps(inp + i), x2 = _mm256_mul_ps(x, x);
        __m256 th = phi__tanh8(_mm256_mul_ps(_mm256_mul_ps(s, x), _mm256_fmadd_ps(cc, x2, one)));
        __m256 sech2 = _mm256_fnmadd_ps(th, th, one);
        __m256 g = _mm256_fmadd_ps(_mm256_mul_ps(_mm256_mul_ps(half, x), sech2), _mm256_mul_ps(s, _mm256_fmadd_ps(c3, x2, one)),
                                   _mm256_mul_ps(half, _mm256_add_ps(one, th)));
        _mm256_storeu_ps(dinp + i, _mm256_fmadd_ps(g, _mm256_loadu_ps(dout + i), _mm256_loadu_ps(dinp + i)));
    }
    phi__gelu_backward_scalar(dinp + i, inp + i, dout + i, n - i);
}

/* The max of a row and the sum of e^(l - max), the denominator of its softmax. */
PHI__AVX2 static double phi__logits_norm_avx2(const float *l, size_t V, float *mx_out) {
    size_t v;
    float mx = phi__max_avx2(l, V);
    __m256 vmx = _mm256_set1_ps(mx);
    __m256d lo = _mm256_setzero_pd(), hi = lo;
    double sum;
    for (v = 0; v + 8 <= V; v += 8) phi__acc8d(&lo, &hi, phi__exp8(_mm256_sub_ps(_mm256_loadu_ps(l + v), vmx)));
    sum = phi__hsum4d(_mm256_add_pd(lo, hi));
    for (; v < V; v++) sum += expf(l[v] - mx);
    *mx_out = mx;
    return sum;
}

PHI__AVX2 static void phi__crossentropy_forward_avx2(float *losses, const float *logits, const int32_t *targets,
                                                     size_t N, size_t V) {
    size_t n;
    for (n = 0; n < N; n++) {
        float mx;
        double sum;
        if (targets[n] < 0) {
            losses[n] = 0;
            continue;
        }
        sum = phi__logits_norm_avx2(logits + n * V, V, &mx);
        losses[n] = (float)(log(sum) + mx - logits[n * V + (size_t)targets[n]]);
    }
}

PHI__AVX2 static void phi__crossentropy_backward_avx2(float *dlogits, const float *logits, const int32_t *targets,
                                                      const float *dlosses, size_t N, size_t V) {
    size_t n, v;
    for (n = 0; n < N; n++) {
        const float *l = logits + n * V; /* [V] */
        float *dl = dlogits + n * V;     /* [V] */
        float mx, k;
        __m256 vmx, vk;
        if (targets[n] < 0) continue;
        k = (float)(dlosses[n] / phi__logits_norm_avx2(l, V, &mx)); /* dloss / Σ e^(l - max) */
        vmx = _mm256_set1_ps(mx);
        vk = _mm256_set1_ps(k);
        for (v = 0; v + 8 <= V; v += 8)
            _mm256_storeu_ps(dl + v, _mm256_fmadd_ps(vk, phi__exp8(_mm256_sub_ps(_mm256_loadu_ps(l + v), vmx)), _mm256_loadu_ps(dl + v)));
        for (; v < V; v++) dl[v] += k * expf(l[v] - mx);
        dl[targets[n]] -= dlosses[n];
    }
}

PHI__AVX2 static void phi__adamw_avx2(float *param, const float *grad, float *m, float *v, size_t n, float lr,
                                      float beta1, float beta2, float eps, float weight_decay, float bc1, float bc2,
                                      float grad_scale) {
    __m256 b1 = _mm256_set1_ps(beta1), b2 = _mm256_set1_ps(beta2), nb1 = _mm256_set1_ps(1.0f - beta1);
    __m256 nb2 = _mm256_set1_ps(1.0f - beta2), vlr = _mm256_set1_ps(lr), veps = _mm256_set1_ps(eps);
    __m256 wd = _mm256_set1_ps(weight_decay), vbc1 = _mm256_set1_ps(bc1), vbc2 = _mm256_set1_ps(bc2);
    __m256 gs = _mm256_set1_ps(grad_scale);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) { /* the same operations, in the same order, as the scalar reference */
        __m256 g = _mm256_mul_ps(_mm256_loadu_ps(grad + i), gs), p = _mm256_loadu_ps(param + i);
        __m256 mi = _mm256_add_ps(_mm256_mul_ps(b1, _mm256_loadu_ps(m + i)), _mm256_mul_ps(nb1, g));
        __m256 vi = _mm256_add_ps(_mm256_mul_ps(b2, _mm256_loadu_ps(v + i)), _mm256_mul_ps(_mm256_mul_ps(nb2, g), g));
        __m256 upd = _mm256_div_ps(_mm256_div_ps(mi, vbc1), _mm256_add_ps(_mm256_sqrt_ps(_mm256_div_ps(vi, vbc2)), veps));
        _mm256_storeu_ps(m + i, mi);
        _mm256_storeu_ps(v + i, vi);
        _mm256_storeu_ps(param + i, _mm256_sub_ps(p, _mm256_mul_ps(vlr, _mm256_add_ps(upd, _mm256_mul_ps(wd, p)))));
    }
    phi__adamw_scalar(param + i, grad + i, m + i, v + i, n - i, lr, beta1, beta2, eps, weight_decay, bc1, bc2, grad_scale);
}

/* ---- AVX-512F ---------------------------------------------------------------------------- */

/* GCC 12's avx512fintrin.h builds "undefined" vectors as `__m512 __Y = __Y;`, which g++ then
   reports as maybe-uninitialized wherever those intrinsics are inlined (GCC bug 105593, fixed
   in GCC 13). The warning is about the compiler's header, not this code: silence only it,
   only here. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

PHI__AVX512 static inline __m512 phi__exp16(__m512 x) {
    __m512 n, r, p, lo = _mm512_set1_ps(-87.3f);
    __mmask16 keep = _mm512_cmp_ps_mask(x, lo, _CMP_NLT_UQ); /* x >= -87.3, or NaN */
    x = _mm512_min_ps(_mm512_set1_ps(88.37f), _mm512_max_ps(lo, x)); /* x second: a NaN passes through */
    n = _mm512_roundscale_ps(_mm512_mul_ps(x, _mm512_set1_ps(1.44269504089f)), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), x);
    r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
    p = _mm512_fmadd_ps(_mm512_set1_ps(PHI__EXP_P0), r, _mm512_set1_ps(PHI__EXP_P1));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(PHI__EXP_P2));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(PHI__EXP_P3));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(PHI__EXP_P4));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(PHI__EXP_P5));
    p = _mm512_fmadd_ps(p, _mm512_mul_ps(r, r), _mm512_add_ps(r, _mm512_set1_ps(1.0f)));
    return _mm512_maskz_mov_ps(keep, _mm512_scalef_ps(p, n)); /* p * 2^n, 0 below the range */
}

PHI__AVX512 static inline __m512 phi__tanh16(__m512 x) {
    __m512 one = _mm512_set1_ps(1.0f), ax = _mm512_abs_ps(x);
    __m512 e = phi__exp16(_mm512_mul_ps(ax, _mm512_set1_ps(-2.0f)));
    __m512 t = _mm512_div_ps(_mm512_sub_ps(one, e), _mm512_add_ps(one, e));
    return _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(t),
                                               _mm512_and_si512(_mm512_castps_si512(x), _mm512_set1_epi32((int)0x80000000u))));
}

/* Adds 16 floats to 8-wide double accumulators. */
PHI__AVX512 static inline void phi__acc16d(__m512d *lo, __m512d *hi, __m512 v) {
    *lo = _mm512_add_pd(*lo, _mm512_cvtps_pd(_mm512_castps512_ps256(v)));
    *hi = _mm512_add_pd(*hi, _mm512_cvtps_pd(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(v), 1))));
}

/* The end of a 12 x 32 micro-kernel (fp32 and bf16 alike): the tile in c00..cB1 added to C
   (accumulate) or stored over it. */
#define PHI__AVX512_TILE_ROW(i, r)                                                               \
    if (accumulate) {                                                                            \
        c##i##0 = _mm512_add_ps(c##i##0, _mm512_loadu_ps(c + r * ldc));                          \
        c##i##1 = _mm512_add_ps(c##i##1, _mm512_loadu_ps(c + r * ldc + 16));                     \
    }                                                                                            \
    _mm512_storeu_ps(c + r * ldc, c##i##0);                                                      \
    _mm512_storeu_ps(c + r * ldc + 16, c##i##1);
#define PHI__AVX512_TILE_STORE                                                                    \
    PHI__AVX512_TILE_ROW(0, 0) PHI__AVX512_TILE_ROW(1, 1) PHI__AVX512_TILE_ROW(2, 2)              \
    PHI__AVX512_TILE_ROW(3, 3) PHI__AVX512_TILE_ROW(4, 4) PHI__AVX512_TILE_ROW(5, 5)              \
    PHI__AVX512_TILE_ROW(6, 6) PHI__AVX512_TILE_ROW(7, 7) PHI__AVX512_TILE_ROW(8, 8)              \
    PHI__AVX512_TILE_ROW(9, 9) PHI__AVX512_TILE_ROW(A, 10) PHI__AVX512_TILE_ROW(B, 11)

/* The AVX-512 micro-kernel: a 12 x 32 tile of C in 24 registers; per k, two loads of b,
   twelve broadcasts of a (folded into the FMAs) and 24 FMAs. Prefetching the tile of C
   first gained 2-3% on every training shape (measured pairwise against the version
   without). */
#define PHI__AVX512_MR 12
#define PHI__AVX512_NR 32
PHI__AVX512 static void phi__ukr_avx512(size_t kc, const float *a, const float *b, float *c, size_t ldc, int accumulate) {
    __m512 c00 = _mm512_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
    __m512 c40 = c00, c41 = c00, c50 = c00, c51 = c00, c60 = c00, c61 = c00, c70 = c00, c71 = c00;
    __m512 c80 = c00, c81 = c00, c90 = c00, c91 = c00, cA0 = c00, cA1 = c00, cB0 = c00, cB1 = c00;
    size_t k;
    int r;
    for (r = 0; r < 12; r++) { /* the tile of C is read at the end: ask for it now, while we compute */
        __builtin_prefetch(c + r * ldc, 1, 3);
        __builtin_prefetch(c + r * ldc + 31, 1, 3);
    }
    for (k = 0; k < kc; k++, a += 12, b += 32) {
        __m512 b0 = _mm512_loadu_ps(b), b1 = _mm512_loadu_ps(b + 16), ai;
#define PHI__ROW(i, r)                               \
    ai = _mm512_set1_ps(a[r]);                       \
    c##i##0 = _mm512_fmadd_ps(ai, b0, c##i##0);      \
    c##i##1 = _mm512_fmadd_ps(ai, b1, c##i##1);
        PHI__ROW(0, 0) PHI__ROW(1, 1) PHI__ROW(2, 2) PHI__ROW(3, 3) PHI__ROW(4, 4) PHI__ROW(5, 5)
        PHI__ROW(6, 6) PHI__ROW(7, 7) PHI__ROW(8, 8) PHI__ROW(9, 9) PHI__ROW(A, 10) PHI__ROW(B, 11)
#undef PHI__ROW
    }
    PHI__AVX512_TILE_STORE
}

/* ---- AVX512-BF16: the bf16 GEMM of the avx512 variant, where the CPU has it ----------------- */

/* vdpbf16ps c, a, b adds to each float lane of c the products of its pair of bf16 in a and in
   b: c += a[2i+1] b[2i+1], then c += a[2i] b[2i], rounding each sum to float, with subnormal
   inputs and results taken as zero (Intel SDM; measured the same on AMD Zen 4). Twice the
   products per instruction of an fp32 FMA, at the same throughput. vcvtne2ps2bf16 converts
   16 + 16 floats as phi_f32_to_bf16 does. Both need AVX512_BF16; the shuffles need BW. */
#define PHI__AVX512BF16 __attribute__((target("avx512f,avx512bw,avx512bf16,avx2,fma")))

/* The micro-kernel: the fp32 one's 12 x 32 tile of C in 24 registers, per pair of k two loads
   of b (32 columns of pairs), twelve broadcasts of a pair of a and 24 vdpbf16ps. */
#define PHI__BF16_AVX512_MR 12
#define PHI__BF16_AVX512_NR 32
PHI__AVX512BF16 static void phi__ukr_bf16_avx512(size_t kw, const uint32_t *a, const uint32_t *b, float *c, size_t ldc,
                                                 int accumulate) {
    __m512 c00 = _mm512_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
    __m512 c40 = c00, c41 = c00, c50 = c00, c51 = c00, c60 = c00, c61 = c00, c70 = c00, c71 = c00;
    __m512 c80 = c00, c81 = c00, c90 = c00, c91 = c00, cA0 = c00, cA1 = c00, cB0 = c00, cB1 = c00;
    size_t k;
    int r;
    for (r = 0; r < 12; r++) { /* the tile of C is read at the end: ask for it now */
        __builtin_prefetch(c + r * ldc, 1, 3);
        __builtin_prefetch(c + r * ldc + 31, 1, 3);
    }
    for (k = 0; k < kw; k++, a += 12, b += 32) {
        __m512bh b0 = (__m512bh)_mm512_loadu_si512(b), b1 = (__m512bh)_mm512_loadu_si512(b + 16), ai;
#define PHI__ROW(i, r)                                        \
    ai = (__m512bh)_mm512_set1_epi32((int)a[r]);              \
    c##i##0 = _mm512_dpbf16_ps(c##i##0, ai, b0);              \
    c##i##1 = _mm512_dpbf16_ps(c##i##1, ai, b1);
        PHI__ROW(0, 0) PHI__ROW(1, 1) PHI__ROW(2, 2) PHI__ROW(3, 3) PHI__ROW(4, 4) PHI__ROW(5, 5)
        PHI__ROW(6, 6) PHI__ROW(7, 7) PHI__ROW(8, 8) PHI__ROW(9, 9) PHI__ROW(A, 10) PHI__ROW(B, 11)
#undef PHI__ROW
    }
    PHI__AVX512_TILE_STORE
}

/* Floats [0, n) of x (n <= 32), the rest zero, as 32 bf16: word i = the pair (2i, 2i+1). */
PHI__AVX512BF16 static inline __m512i phi__bf16x32(const float *x, size_t n) {
    __mmask16 m0 = n >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << n) - 1);
    __mmask16 m1 = n >= 32 ? (__mmask16)0xFFFF : n <= 16 ? (__mmask16)0 : (__mmask16)((1u << (n - 16)) - 1);
    __m512 lo = _mm512_maskz_loadu_ps(m0, x), hi = m1 ? _mm512_maskz_loadu_ps(m1, x + 16) : _mm512_setzero_ps();
    return (__m512i)_mm512_cvtne2ps_pbh(hi, lo);
}

/* Rows along k: four rows at a time, 32 k at a time, converted to 16 pairs each, then the 4 x 16
   words transposed in 4 x 4 blocks (one per 128-bit lane) and stored as 16 rows of 4 words. */
PHI__AVX512BF16 static void phi__pack_rows_bf16_avx512(uint32_t *dst, int P, const float *src, size_t ld, int R,
                                                       size_t kc) {
    size_t k0;
    int r, i;
    for (r = 0; r < P; r += 4) /* P is a multiple of 4 */
        for (k0 = 0; k0 < kc; k0 += 32) {
            __m512i w[4], t0, t1, t2, t3, u[4];
            size_t kp = k0 / 2, nk = kc - k0 < 32 ? kc - k0 : 32, np = (nk + 1) / 2;
            for (i = 0; i < 4; i++) w[i] = r + i < R ? phi__bf16x32(src + (size_t)(r + i) * ld + k0, nk) : _mm512_setzero_si512();
            t0 = _mm512_unpacklo_epi32(w[0], w[1]); /* per lane: w0[0] w1[0] w0[1] w1[1] */
            t1 = _mm512_unpackhi_epi32(w[0], w[1]); /*           w0[2] w1[2] w0[3] w1[3] */
            t2 = _mm512_unpacklo_epi32(w[2], w[3]);
            t3 = _mm512_unpackhi_epi32(w[2], w[3]);
            u[0] = _mm512_unpacklo_epi64(t0, t2); /* per lane l: the pair 4l of rows r..r+3 */
            u[1] = _mm512_unpackhi_epi64(t0, t2); /* 4l + 1 */
            u[2] = _mm512_unpacklo_epi64(t1, t3); /* 4l + 2 */
            u[3] = _mm512_unpackhi_epi64(t1, t3); /* 4l + 3 */
            for (i = 0; i < 4; i++) {
                uint32_t *d = dst + (kp + (size_t)i) * (size_t)P + (size_t)r;
                if ((size_t)i < np) _mm_storeu_si128((__m128i *)(void *)d, _mm512_castsi512_si128(u[i]));
                if ((size_t)i + 4 < np) _mm_storeu_si128((__m128i *)(void *)(d + 4 * P), _mm512_extracti32x4_epi32(u[i], 1));
                if ((size_t)i + 8 < np) _mm_storeu_si128((__m128i *)(void *)(d + 8 * P), _mm512_extracti32x4_epi32(u[i], 2));
                if ((size_t)i + 12 < np) _mm_storeu_si128((__m128i *)(void *)(d + 12 * P), _mm512_extracti32x4_epi32(u[i], 3));
            }
        }
}

/* bf16 lane 2j from lane j (row k), 2j + 1 from lane 16 + j (row k + 1): the pairs of a column */
static const uint16_t phi__bf16_interleave[32] = {0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23,
                                                  8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31};

/* Columns: rows k and k + 1 of the source, 16 columns at a time, converted by one
   vcvtne2ps2bf16 and interleaved into 16 pairs by one vpermw. */
PHI__AVX512BF16 static void phi__pack_cols_bf16_avx512(uint32_t *dst, int P, const float *src, size_t ld, size_t n,
                                                       size_t kc) {
    const __m512i idx = _mm512_loadu_si512(phi__bf16_interleave);
    size_t k, s, j, kw = (kc + 1) / 2, slivers = (n + (size_t)P - 1) / (size_t)P;
    for (k = 0; k < kc; k += 2) {
        const float *r0 = src + k * ld;
        int two = k + 1 < kc;
        for (s = 0; s < slivers; s++) {
            uint32_t *d = dst + (s * kw + k / 2) * (size_t)P;
            for (j = 0; j < (size_t)P; j += 16) {
                size_t col = s * (size_t)P + j, m = col >= n ? 0 : n - col < 16 ? n - col : 16, sm = (size_t)P - j;
                __mmask16 lm = (__mmask16)((1u << m) - 1);
                __m512 x0 = _mm512_setzero_ps(), x1 = x0;
                if (m) x0 = _mm512_maskz_loadu_ps(lm, r0 + col);
                if (m && two) x1 = _mm512_maskz_loadu_ps(lm, r0 + ld + col);
                _mm512_mask_storeu_epi32(d + j, sm < 16 ? (__mmask16)((1u << sm) - 1) : (__mmask16)0xFFFF,
                                         _mm512_permutexvar_epi16(idx, (__m512i)_mm512_cvtne2ps_pbh(x1, x0)));
            }
        }
    }
}

PHI__AVX512BF16 static void phi__to_bf16_avx512(uint16_t *dst, const float *src, size_t n) {
    size_t i;
    for (i = 0; i + 16 <= n; i += 16)
        _mm256_storeu_si256((__m256i *)(void *)(dst + i), (__m256i)_mm512_cvtneps_pbh(_mm512_loadu_ps(src + i)));
    phi__to_bf16_scalar(dst + i, src + i, n - i);
}

PHI__AVX512 static float phi__dot_avx512(const float *x, const float *y, size_t n) {
    __m512 s0 = _mm512_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    size_t i = 0;
    for (; i + 64 <= n; i += 64) {
        s0 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i), _mm512_loadu_ps(y + i), s0);
        s1 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i + 16), _mm512_loadu_ps(y + i + 16), s1);
        s2 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i + 32), _mm512_loadu_ps(y + i + 32), s2);
        s3 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i + 48), _mm512_loadu_ps(y + i + 48), s3);
    }
    for (; i + 16 <= n; i += 16) s0 = _mm512_fmadd_ps(_mm512_loadu_ps(x + i), _mm512_loadu_ps(y + i), s0);
    return _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(s0, s1), _mm512_add_ps(s2, s3))) +
           phi__dot_scalar(x + i, y + i, n - i);
}

PHI__AVX512 static void phi__axpy_avx512(float a, const float *x, float *y, size_t n) {
    __m512 va = _mm512_set1_ps(a);
    size_t i = 0;
    for (; i + 16 <= n; i += 16) _mm512_storeu_ps(y + i, _mm512_fmadd_ps(va, _mm512_loadu_ps(x + i), _mm512_loadu_ps(y + i)));
    phi__axpy_scalar(a, x + i, y + i, n - i);
}

PHI__AVX512 static void phi__scale_avx512(float a, float *x, size_t n) {
    __m512 va = _mm512_set1_ps(a);
    size_t i = 0;
    for (; i + 16 <= n; i += 16) _mm512_storeu_ps(x + i, _mm512_mul_ps(va, _mm512_loadu_ps(x + i)));
    phi__scale_scalar(a, x + i, n - i);
}

PHI__AVX512 static float phi__sum_avx512(const float *x, size_t n) {
    __m512d lo = _mm512_setzero_pd(), hi = lo;
    size_t i = 0;
    for (; i + 16 <= n; i += 16) phi__acc16d(&lo, &hi, _mm512_loadu_ps(x + i));
    return (float)(_mm512_reduce_add_pd(_mm512_add_pd(lo, hi)) + phi__sum_scalar(x + i, n - i));
}

PHI__AVX512 static float phi__max_avx512(const float *x, size_t n) {
    __m512 m = _mm512_set1_ps(-HUGE_VALF);
    size_t i = 0;
    float t, v;
    for (; i + 16 <= n; i += 16) m = _mm512_max_ps(m, _mm512_loadu_ps(x + i));
    t = phi__max_scalar(x + i, n - i);
    v = _mm512_reduce_max_ps(m);
    return v > t ? v : t;
}

PHI__AVX512 static void phi__layernorm_forward_avx512(float *out, float *mean, float *rstd, const float *inp,
                                                      const float *w, const float *b, size_t N, size_t C, float eps) {
    size_t n, c;
    for (n = 0; n < N; n++) {
        const float *x = inp + n * C; /* [C] */
        float *o = out + n * C;       /* [C] */
        __m512d lo = _mm512_setzero_pd(), hi = lo;
        __m512 vm, vs;
        double m, v;
        float mf, s;
        for (c = 0; c + 16 <= C; c += 16) phi__acc16d(&lo, &hi, _mm512_loadu_ps(x + c));
        m = _mm512_reduce_add_pd(_mm512_add_pd(lo, hi));
        for (; c < C; c++) m += x[c];
        m /= (double)C;
        mf = (float)m;
        vm = _mm512_set1_ps(mf);
        lo = hi = _mm512_setzero_pd();
        for (c = 0; c + 16 <= C; c += 16) {
            __m512 d = _mm512_sub_ps(_mm512_loadu_ps(x + c), vm);
            phi__acc16d(&lo, &hi, _mm512_mul_ps(d, d));
        }
        v = _mm512_reduce_add_pd(_mm512_add_pd(lo, hi));
        for (; c < C; c++) v += (double)(x[c] - mf) * (x[c] - mf);
        s = (float)(1.0 / sqrt(v / (double)C + eps));
        vs = _mm512_set1_ps(s);
        for (c = 0; c + 16 <= C; c += 16) {
            __m512 xh = _mm512_mul_ps(_mm512_sub_ps(_mm512_loadu_ps(x + c), vm), vs);
            _mm512_storeu_ps(o + c, _mm512_fmadd_ps(xh, _mm512_loadu_ps(w + c), _mm512_loadu_ps(b + c)));
        }
        for (; c < C; c++) o[c] = (x[c] - mf) * s * w[c] + b[c];
        mean[n] = mf;
        rstd[n] = s;
    }
}

PHI__AVX512 static void phi__layernorm_backward_avx512(float *dinp, float *dw, float *db, const float *dout,
                                                       const float *inp, const float *w, const float *mean,
                                                       const float *rstd, size_t N, size_t C) {
    size_t n, c;
    for (n = 0; n < N; n++) {
        const float *x = inp + n * C, *d = dout + n * C; /* [C] */
        float *dx = dinp + n * C;                          /* [C] */
        float mu = mean[n], s = rstd[n], gmf, gxmf;
        __m512 vmu = _mm512_set1_ps(mu), vs = _mm512_set1_ps(s), vgm, vgxm;
        __m512d g0 = _mm512_setzero_pd(), g1 = g0, gx0 = g0, gx1 = g0;
        double gm, gxm;
        for (c = 0; c + 16 <= C; c += 16) {
            __m512 xh = _mm512_mul_ps(_mm512_sub_ps(_mm512_loadu_ps(x + c), vmu), vs);
            __m512 g = _mm512_mul_ps(_mm512_loadu_ps(w + c), _mm512_loadu_ps(d + c));
            phi__acc16d(&g0, &g1, g);
            phi__acc16d(&gx0, &gx1, _mm512_mul_ps(g, xh));
        }
        gm = _mm512_reduce_add_pd(_mm512_add_pd(g0, g1));
        gxm = _mm512_reduce_add_pd(_mm512_add_pd(gx0, gx1));
        for (; c < C; c++) {
            float xh = (x[c] - mu) * s, g = w[c] * d[c];
            gm += g;
            gxm += (double)g * xh;
        }
        gmf = (float)(gm / (double)C);
        gxmf = (float)(gxm / (double)C);
        vgm = _mm512_set1_ps(gmf);
        vgxm = _mm512_set1_ps(gxmf);
        for (c = 0; c + 16 <= C; c += 16) {
            __m512 dd = _mm512_loadu_ps(d + c), xh = _mm512_mul_ps(_mm512_sub_ps(_mm512_loadu_ps(x + c), vmu), vs);
            __m512 t = _mm512_sub_ps(_mm512_sub_ps(_mm512_mul_ps(_mm512_loadu_ps(w + c), dd), vgm), _mm512_mul_ps(xh, vgxm));
            _mm512_storeu_ps(db + c, _mm512_add_ps(_mm512_loadu_ps(db + c), dd));
            _mm512_storeu_ps(dw + c, _mm512_fmadd_ps(xh, dd, _mm512_loadu_ps(dw + c)));
            _mm512_storeu_ps(dx + c, _mm512_fmadd_ps(vs, t, _mm512_loadu_ps(dx + c)));
        }
        for (; c < C; c++) {
            float xh = (x[c] - mu) * s;
            db[c] += d[c];
            dw[c] += xh * d[c];
            dx[c] += s * (w[c] * d[c] - gmf - xh * gxmf);
        }
    }
}

PHI__AVX512 static void phi__softmax_forward_avx512(float *att, const float *preatt, size_t t, size_t T, float scale) {
    size_t j, n = t + 1;
    __m512 vsc = _mm512_set1_ps(scale), vmx, vinv;
    __m512d lo = _mm512_setzero_pd(), hi = lo;
    float mx = -HUGE_VALF;
    double sum;
    if (scale >= 0) mx = scale * phi__max_avx512(preatt, n); /* rounding is monotonic: exact */
    else
        for (j = 0; j < n; j++)
            if (preatt[j] * scale > mx) mx = preatt[j] * scale;
    vmx = _mm512_set1_ps(mx);
    for (j = 0; j + 16 <= n; j += 16) {
        __m512 e = phi__exp16(_mm512_fmsub_ps(_mm512_loadu_ps(preatt + j), vsc, vmx));
        _mm512_storeu_ps(att + j, e);
        phi__acc16d(&lo, &hi, e);
    }
    sum = _mm512_reduce_add_pd(_mm512_add_pd(lo, hi));
    for (; j < n; j++) {
        att[j] = expf(preatt[j] * scale - mx);
        sum += att[j];
    }
    vinv = _mm512_set1_ps((float)(1.0 / sum));
    for (j = 0; j + 16 <= n; j += 16) _mm512_storeu_ps(att + j, _mm512_mul_ps(_mm512_loadu_ps(att + j), vinv));
    for (; j < n; j++) att[j] = (float)(att[j] * (1.0 / sum));
    for (j = n; j < T; j++) att[j] = 0;
}

PHI__AVX512 static void phi__softmax_backward_avx512(float *dpreatt, const float *att, const float *datt, size_t t,
                                                    float scale) {
    size_t j, n = t + 1;
    __m512d lo = _mm512_setzero_pd(), hi = lo;
    __m512 vd, vsc = _mm512_set1_ps(scale);
    double dot;
    float d;
    for (j = 0; j + 16 <= n; j += 16)
        phi__acc16d(&lo, &hi, _mm512_mul_ps(_mm512_loadu_ps(att + j), _mm512_loadu_ps(datt + j)));
    dot = _mm512_reduce_add_pd(_mm512_add_pd(lo, hi));
    for (; j < n; j++) dot += (double)att[j] * datt[j];
    d = (float)dot;
    vd = _mm512_set1_ps(d);
    for (j = 0; j + 16 <= n; j += 16) {
        __m512 g = _mm512_mul_ps(_mm512_mul_ps(vsc, _mm512_loadu_ps(att + j)), _mm512_sub_ps(_mm512_loadu_ps(datt + j), vd));
        _mm512_storeu_ps(dpreatt + j, _mm512_add_ps(_mm512_loadu_ps(dpreatt + j), g));
    }
    for (; j < n; j++) dpreatt[j] += scale * att[j] * (datt[j] - d);
}

PHI__AVX512 static void phi__rope_avx512(float *x, size_t N, size_t stride, size_t NH, size_t HS, size_t R,
                                         const float *cos_t, const float *sin_t, const int32_t *pos, float sign) {
    size_t n, hd, i, h = R / 2;
    __m512 vsign = _mm512_set1_ps(sign);
    for (n = 0; n < N; n++) {
        size_t p = pos ? (size_t)pos[n] : n;
        const float *c = cos_t + p * h, *s = sin_t + p * h; /* [R/2] */
        for (hd = 0; hd < NH; hd++) {
            float *v = x + n * stride + hd * HS; /* [HS] */
            for (i = 0; i + 16 <= h; i += 16) {
                __m512 a = _mm512_loadu_ps(v + i), b = _mm512_loadu_ps(v + h + i), vc = _mm512_loadu_ps(c + i);
                __m512 vs = _mm512_mul_ps(vsign, _mm512_loadu_ps(s + i));
                _mm512_storeu_ps(v + i, _mm512_sub_ps(_mm512_mul_ps(a, vc), _mm512_mul_ps(b, vs)));
                _mm512_storeu_ps(v + h + i, _mm512_add_ps(_mm512_mul_ps(b, vc), _mm512_mul_ps(a, vs)));
            }
            for (; i < h; i++) {
                float a = v[i], b = v[i + h], si = sign * s[i];
                v[i] = a * c[i] - b * si;
                v[i + h] = b * c[i] + a * si;
            }
        }
    }
}

PHI__AVX512 static void phi__gelu_forward_avx512(float *out, const float *inp, size_t n) {
    __m512 half = _mm512_set1_ps(0.5f), one = _mm512_set1_ps(1.0f), s = _mm512_set1_ps((float)PHI__GELU_S);
    __m512 cc = _mm512_set1_ps((float)PHI__GELU_C);
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m512 x = _mm512_loadu_ps(inp + i), u = _mm512_mul_ps(_mm512_mul_ps(s, x), _mm512_fmadd_ps(cc, _mm512_mul_ps(x, x), one));
        _mm512_storeu_ps(out + i, _mm512_mul_ps(_mm512_mul_ps(half, x), _mm512_add_ps(one, phi__tanh16(u))));
    }
    phi__gelu_forward_scalar(out + i, inp + i, n - i);
}

PHI__AVX512 static void phi__gelu_backward_avx512(float *dinp, const float *inp, const float *dout, size_t n) {
    __m512 half = _mm512_set1_ps(0.5f), one = _mm512_set1_ps(1.0f), s = _mm512_set1_ps((float)PHI__GELU_S);
    __m512 cc = _mm512_set1_ps((float)PHI__GELU_C), c3 = _mm512_set1_ps((float)(3.0 * PHI__GELU_C));
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m512 x = _mm512_loadu_ps(inp + i), x2 = _mm512_mul_ps(x, x);
        __m512 th = phi__tanh16(_mm512_mul_ps(_mm512_mul_ps(s, x), _mm512_fmadd_ps(cc, x2, one)));
        __m512 sech2 = _mm512_fnmadd_ps(th, th, one);
        __m512 g = _mm512_fmadd_ps(_mm512_mul_ps(_mm512_mul_ps(half, x), sech2), _mm512_mul_ps(s, _mm512_fmadd_ps(c3, x2, one)),
                                   _mm512_mul_ps(half, _mm512_add_ps(one, th)));
        _mm512_storeu_ps(dinp + i, _mm512_fmadd_ps(g, _mm512_loadu_ps(dout + i), _mm512_loadu_ps(dinp + i)));
    }
    phi__gelu_backward_scalar(dinp + i, inp + i, dout + i, n - i);
}

PHI__AVX512 static double phi__logits_norm_avx512(const float *l, size_t V, float *mx_out) {
    size_t v;
    float mx = phi__max_avx512(l, V);
    __m512 vmx = _mm512_set1_ps(mx);
    __m512d lo = _mm512_setzero_pd(), hi = lo;
    double sum;
    for (v = 0; v + 16 <= V; v += 16) phi__acc16d(&lo, &hi, phi__exp16(_mm512_sub_ps(_mm512_loadu_ps(l + v), vmx)));
    sum = _mm512_reduce_add_pd(_mm512_add_pd(lo, hi));
    for (; v < V; v++) sum += expf(l[v] - mx);
    *mx_out = mx;
    return sum;
}

PHI__AVX512 static void phi__crossentropy_forward_avx512(float *losses, const float *logits, const int32_t *targets,
                                                         size_t N, size_t V) {
    size_t n;
    for (n = 0; n < N; n++) {
        float mx;
        double sum;
        if (targets[n] < 0) {
            losses[n] = 0;
            continue;
        }
        sum = phi__logits_norm_avx512(logits + n * V, V, &mx);
        losses[n] = (float)(log(sum) + mx - logits[n * V + (size_t)targets[n]]);
    }
}

PHI__AVX512 static void phi__crossentropy_backward_avx512(float *dlogits, const float *logits, const int32_t *targets,
                                                          const float *dlosses, size_t N, size_t V) {
    size_t n, v;
    for (n = 0; n < N; n++) {
        const float *l = logits + n * V; /* [V] */
        float *dl = dlogits + n * V;     /* [V] */
        float mx, k;
        __m512 vmx, vk;
        if (targets[n] < 0) continue;
        k = (float)(dlosses[n] / phi__logits_norm_avx512(l, V, &mx));
        vmx = _mm512_set1_ps(mx);
        vk = _mm512_set1_ps(k);
        for (v = 0; v + 16 <= V; v += 16)
            _mm512_storeu_ps(dl + v, _mm512_fmadd_ps(vk, phi__exp16(_mm512_sub_ps(_mm512_loadu_ps(l + v), vmx)), _mm512_loadu_ps(dl + v)));
        for (; v < V; v++) dl[v] += k * expf(l[v] - mx);
        dl[targets[n]] -= dlosses[n];
    }
}

PHI__AVX512 static void phi__adamw_avx512(float *param, const float *grad, float *m, float *v, size_t n, float lr,
                                          float beta1, float beta2, float eps, float weight_decay, float bc1, float bc2,
                                          float grad_scale) {
    __m512 b1 = _mm512_set1_ps(beta1), b2 = _mm512_set1_ps(beta2), nb1 = _mm512_set1_ps(1.0f - beta1);
    __m512 nb2 = _mm512_set1_ps(1.0f - beta2), vlr = _mm512_set1_ps(lr), veps = _mm512_set1_ps(eps);
    __m512 wd = _mm512_set1_ps(weight_decay), vbc1 = _mm512_set1_ps(bc1), vbc2 = _mm512_set1_ps(bc2);
    __m512 gs = _mm512_set1_ps(grad_scale);
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m512 g = _mm512_mul_ps(_mm512_loadu_ps(grad + i), gs), p = _mm512_loadu_ps(param + i);
        __m512 mi = _mm512_add_ps(_mm512_mul_ps(b1, _mm512_loadu_ps(m + i)), _mm512_mul_ps(nb1, g));
        __m512 vi = _mm512_add_ps(_mm512_mul_ps(b2, _mm512_loadu_ps(v + i)), _mm512_mul_ps(_mm512_mul_ps(nb2, g), g));
        __m512 upd = _mm512_div_ps(_mm512_div_ps(mi, vbc1), _mm512_add_ps(_mm512_sqrt_ps(_mm512_div_ps(vi, vbc2)), veps));
        _mm512_storeu_ps(m + i, mi);
        _mm512_storeu_ps(v + i, vi);
        _mm512_storeu_ps(param + i, _mm512_sub_ps(p, _mm512_mul_ps(vlr, _mm512_add_ps(upd, _mm512_mul_ps(wd, p)))));
    }
    phi__adamw_scalar(param + i, grad + i, m + i, v + i, n - i, lr, beta1, beta2, eps, weight_decay, bc1, bc2, grad_scale);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#endif /* PHI__X86 */

/* ============================================================================================
   The NEON variant (AArch64): 4 floats per register, 32 registers.
   The algorithms of the AVX2 variant, four lanes wide: the vector loops end in the scalar
   reference for the last few elements, and the sums that decide a result's accuracy are kept
   in double lanes (float64x2_t). No target attribute: NEON is part of the base ISA.
   ============================================================================================ */
#ifdef PHI__NEON_ON


/* e^x as phi__exp8 computes it: clamp, x = n ln2 + r, the degree-6 polynomial, 2^n in the
   exponent bits. */
PHI__NEON static inline float32x4_t phi__exp4(float32x4_t x) {
    float32x4_t n, r, p;
    uint32x4_t under = vcltq_f32(x, vdupq_n_f32(-87.3f)); /* false for NaN */
    int32x4_t e;
    x = vminq_f32(vmaxq_f32(x, vdupq_n_f32(-87.3f)), vdupq_n_f32(88.37f)); /* FMAX/FMIN keep a NaN */
    n = vrndnq_f32(vmulq_f32(x, vdupq_n_f32(1.44269504089f))); /* to nearest, ties to even */
    r = vfmsq_f32(x, n, vdupq_n_f32(0.693359375f));           /* ln2 in two parts: exact n*hi */
    r = vfmsq_f32(r, n, vdupq_n_f32(-2.12194440e-4f));
    p = vfmaq_f32(vdupq_n_f32(PHI__EXP_P1), vdupq_n_f32(PHI__EXP_P0), r);
    p = vfmaq_f32(vdupq_n_f32(PHI__EXP_P2), p, r);
    p = vfmaq_f32(vdupq_n_f32(PHI__EXP_P3), p, r);
    p = vfmaq_f32(vdupq_n_f32(PHI__EXP_P4), p, r);
    p = vfmaq_f32(vdupq_n_f32(PHI__EXP_P5), p, r);
    p = vfmaq_f32(vaddq_f32(r, vdupq_n_f32(1.0f)), p, vmulq_f32(r, r));
    e = vshlq_n_s32(vaddq_s32(vcvtq_s32_f32(n), vdupq_n_s32(127)), 23);
    return vbslq_f32(under, vdupq_n_f32(0.0f), vmulq_f32(p, vreinterpretq_f32_s32(e)));
}

/* tanh x = sign(x) (1 - e) / (1 + e) with e = e^(-2|x|): no overflow, absolute error ~1e-7. */
PHI__NEON static inline float32x4_t phi__tanh4(float32x4_t x) {
    float32x4_t one = vdupq_n_f32(1.0f), e = phi__exp4(vmulq_f32(vabsq_f32(x), vdupq_n_f32(-2.0f)));
    float32x4_t t = vdivq_f32(vsubq_f32(one, e), vaddq_f32(one, e));
    uint32x4_t sign = vandq_u32(vreinterpretq_u32_f32(x), vdupq_n_u32(0x80000000u));
    return vreinterpretq_f32_u32(vorrq_u32(vreinterpretq_u32_f32(t), sign));
}

/* Adds 4 floats to 2-wide double accumulators. */
PHI__NEON static inline void phi__acc4d(float64x2_t *lo, float64x2_t *hi, float32x4_t v) {
    *lo = vaddq_f64(*lo, vcvt_f64_f32(vget_low_f32(v)));
    *hi = vaddq_f64(*hi, vcvt_high_f64_f32(v));
}

PHI__NEON static inline double phi__hsum2d(float64x2_t lo, float64x2_t hi) { return vaddvq_f64(vaddq_f64(lo, hi)); }

/* The NEON micro-kernel: an 8 x 12 tile of C in 24 registers; per k, two loads of a, three
   of b, and 24 FMAs that take their a from a lane (no broadcasts). 29 of 32 registers. */
#define PHI__NEON_MR 8
#define PHI__NEON_NR 12
PHI__NEON static void phi__ukr_neon(size_t kc, const float *a, const float *b, float *c, size_t ldc, int accumulate) {
    float32x4_t c00 = vdupq_n_f32(0.0f), c01 = c00, c02 = c00, c10 = c00, c11 = c00, c12 = c00;
    float32x4_t c20 = c00, c21 = c00, c22 = c00, c30 = c00, c31 = c00, c32 = c00;
    float32x4_t c40 = c00, c41 = c00, c42 = c00, c50 = c00, c51 = c00, c52 = c00;
    float32x4_t c60 = c00, c61 = c00, c62 = c00, c70 = c00, c71 = c00, c72 = c00;
    size_t k;
    int r;
    for (r = 0; r < 8; r++) { /* the tile of C is read at the end: ask for it now */
        __builtin_prefetch(c + r * ldc, 1, 3);
        __builtin_prefetch(c + r * ldc + 11, 1, 3);
    }
    for (k = 0; k < kc; k++, a += 8, b += 12) {
        float32x4_t a0 = vld1q_f32(a), a1 = vld1q_f32(a + 4);
        float32x4_t b0 = vld1q_f32(b), b1 = vld1q_f32(b + 4), b2 = vld1q_f32(b + 8);
#define PHI__ROW(i, av, lane)                                \
    c##i##0 = vfmaq_laneq_f32(c##i##0, b0, av, lane);        \
    c##i##1 = vfmaq_laneq_f32(c##i##1, b1, av, lane);        \
    c##i##2 = vfmaq_laneq_f32(c##i##2, b2, av, lane);
        PHI__ROW(0, a0, 0) PHI__ROW(1, a0, 1) PHI__ROW(2, a0, 2) PHI__ROW(3, a0, 3)
        PHI__ROW(4, a1, 0) PHI__ROW(5, a1, 1) PHI__ROW(6, a1, 2) PHI__ROW(7, a1, 3)
#undef PHI__ROW
    }
#define PHI__ROW(i)                                                                              \
    if (accumulate) {                                                                            \
        c##i##0 = vaddq_f32(c##i##0, vld1q_f32(c + i * ldc));                                    \
        c##i##1 = vaddq_f32(c##i##1, vld1q_f32(c + i * ldc + 4));                                \
        c##i##2 = vaddq_f32(c##i##2, vld1q_f32(c + i * ldc + 8));                                \
    }                                                                                            \
    vst1q_f32(c + i * ldc, c##i##0);                                                             \
    vst1q_f32(c + i * ldc + 4, c##i##1);                                                         \
    vst1q_f32(c + i * ldc + 8, c##i##2);
    PHI__ROW(0) PHI__ROW(1) PHI__ROW(2) PHI__ROW(3) PHI__ROW(4) PHI__ROW(5) PHI__ROW(6) PHI__ROW(7)
#undef PHI__ROW
}

PHI__NEON static float phi__dot_neon(const float *x, const float *y, size_t n) {
    float32x4_t s0 = vdupq_n_f32(0.0f), s1 = s0, s2 = s0, s3 = s0; /* four chains hide the FMA latency */
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 = vfmaq_f32(s0, vld1q_f32(x + i), vld1q_f32(y + i));
        s1 = vfmaq_f32(s1, vld1q_f32(x + i + 4), vld1q_f32(y + i + 4));
        s2 = vfmaq_f32(s2, vld1q_f32(x + i + 8), vld1q_f32(y + i + 8));
        s3 = vfmaq_f32(s3, vld1q_f32(x + i + 12), vld1q_f32(y + i + 12));
    }
    for (; i + 4 <= n; i += 4) s0 = vfmaq_f32(s0, vld1q_f32(x + i), vld1q_f32(y + i));
    return vaddvq_f32(vaddq_f32(vaddq_f32(s0, s1), vaddq_f32(s2, s3))) + phi__dot_scalar(x + i, y + i, n - i);
}

PHI__NEON static void phi__axpy_neon(float a, const float *x, float *y, size_t n) {
    float32x4_t va = vdupq_n_f32(a);
    size_t i = 0;
    for (; i + 4 <= n; i += 4) vst1q_f32(y + i, vfmaq_f32(vld1q_f32(y + i), va, vld1q_f32(x + i)));
    phi__axpy_scalar(a, x + i, y + i, n - i);
}

PHI__NEON static void phi__scale_neon(float a, float *x, size_t n) {
    float32x4_t va = vdupq_n_f32(a);
    size_t i = 0;
    for (; i + 4 <= n; i += 4) vst1q_f32(x + i, vmulq_f32(va, vld1q_f32(x + i)));
    phi__scale_scalar(a, x + i, n - i);
}

PHI__NEON static float phi__sum_neon(const float *x, size_t n) {
    float64x2_t lo = vdupq_n_f64(0.0), hi = lo;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) phi__acc4d(&lo, &hi, vld1q_f32(x + i));
    return (float)(phi__hsum2d(lo, hi) + phi__sum_scalar(x + i, n - i));
}

/* maxNum ignores a NaN as the reference's "x > m" does (vmaxq would return the NaN). */
PHI__NEON static float phi__max_neon(const float *x, size_t n) {
    float32x4_t m = vdupq_n_f32(-HUGE_VALF);
    size_t i = 0;
    float t, v;
    for (; i + 4 <= n; i += 4) m = vmaxnmq_f32(m, vld1q_f32(x + i));
    t = phi__max_scalar(x + i, n - i);
    v = vmaxnmvq_f32(m);
    return v > t ? v : t;
}

PHI__NEON static void phi__layernorm_forward_neon(float *out, float *mean, float *rstd, const float *inp,
                                                  const float *w, const float *b, size_t N, size_t C, float eps) {
    size_t n, c;
    for (n = 0; n < N; n++) {
        const float *x = inp + n * C; /* [C] */
        float *o = out + n * C;       /* [C] */
        float64x2_t lo = vdupq_n_f64(0.0), hi = lo;
        float32x4_t vm, vs;
        double m, v;
        float mf, s;
        for (c = 0; c + 4 <= C; c += 4) phi__acc4d(&lo, &hi, vld1q_f32(x + c));
        m = phi__hsum2d(lo, hi);
        for (; c < C; c++) m += x[c];
        m /= (double)C;
        mf = (float)m;
        vm = vdupq_n_f32(mf);
        lo = hi = vdupq_n_f64(0.0);
        for (c = 0; c + 4 <= C; c += 4) {
            float32x4_t d = vsubq_f32(vld1q_f32(x + c), vm);
            phi__acc4d(&lo, &hi, vmulq_f32(d, d));
        }
        v = phi__hsum2d(lo, hi);
        for (; c < C; c++) v += (double)(x[c] - mf) * (x[c] - mf);
        s = (float)(1.0 / sqrt(v / (double)C + eps));
        vs = vdupq_n_f32(s);
        for (c = 0; c + 4 <= C; c += 4) {
            float32x4_t xh = vmulq_f32(vsubq_f32(vld1q_f32(x + c), vm), vs);
            vst1q_f32(o + c, vfmaq_f32(vld1q_f32(b + c), xh, vld1q_f32(w + c)));
        }
        for (; c < C; c++) o[c] = (x[c] - mf) * s * w[c] + b[c];
        mean[n] = mf;
        rstd[n] = s;
    }
}

PHI__NEON static void phi__layernorm_backward_neon(float *dinp, float *dw, float *db, const float *dout,
                                                   const float *inp, const float *w, const float *mean,
                                                   const float *rstd, size_t N, size_t C) {
    size_t n, c;
    for (n = 0; n < N; n++) {
        const float *x = inp + n * C, *d = dout + n * C; /* [C] */
        float *dx = dinp + n * C;                          /* [C] */
        float mu = mean[n], s = rstd[n], gmf, gxmf;
        float32x4_t vmu = vdupq_n_f32(mu), vs = vdupq_n_f32(s), vgm, vgxm;
        float64x2_t g0 = vdupq_n_f64(0.0), g1 = g0, gx0 = g0, gx1 = g0;
        double gm, gxm;
        for (c = 0; c + 4 <= C; c += 4) {
            float32x4_t xh = vmulq_f32(vsubq_f32(vld1q_f32(x + c), vmu), vs);
            float32x4_t g = vmulq_f32(vld1q_f32(w + c), vld1q_f32(d + c));
            phi__acc4d(&g0, &g1, g);
            phi__acc4d(&gx0, &gx1, vmulq_f32(g, xh));
        }
        gm = phi__hsum2d(g0, g1);
        gxm = phi__hsum2d(gx0, gx1);
        for (; c < C; c++) {
            float xh = (x[c] - mu) * s, g = w[c] * d[c];
            gm += g;
            gxm += (double)g * xh;
        }
        gmf = (float)(gm / (double)C);
        gxmf = (float)(gxm / (double)C);
        vgm = vdupq_n_f32(gmf);
        vgxm = vdupq_n_f32(gxmf);
        for (c = 0; c + 4 <= C; c += 4) {
            float32x4_t dd = vld1q_f32(d + c), xh = vmulq_f32(vsubq_f32(vld1q_f32(x + c), vmu), vs);
            float32x4_t t = vsubq_f32(vsubq_f32(vmulq_f32(vld1q_f32(w + c), dd), vgm), vmulq_f32(xh, vgxm));
            vst1q_f32(db + c, vaddq_f32(vld1q_f32(db + c), dd));
            vst1q_f32(dw + c, vfmaq_f32(vld1q_f32(dw + c), xh, dd));
            vst1q_f32(dx + c, vfmaq_f32(vld1q_f32(dx + c), vs, t));
        }
        for (; c < C; c++) {
            float xh = (x[c] - mu) * s;
            db[c] += d[c];
            dw[c] += xh * d[c];
            dx[c] += s * (w[c] * d[c] - gmf - xh * gxmf);
        }
    }
}

PHI__NEON static void phi__softmax_forward_neon(float *att, const float *preatt, size_t t, size_t T, float scale) {
    size_t j, n = t + 1;
    float32x4_t vsc = vdupq_n_f32(scale), vmx, vinv;
    float64x2_t lo = vdupq_n_f64(0.0), hi = lo;
    float mx = -HUGE_VALF;
    double sum;
    if (scale >= 0) mx = scale * phi__max_neon(preatt, n); /* rounding is monotonic: exact */
    else
        for (j = 0; j < n; j++)
            if (preatt[j] * scale > mx) mx = preatt[j] * scale;
    vmx = vdupq_n_f32(mx);
    for (j = 0; j + 4 <= n; j += 4) {
        /* multiply, then subtract, as the reference rounds: the max's own term is exactly 0 */
        float32x4_t e = phi__exp4(vsubq_f32(vmulq_f32(vld1q_f32(preatt + j), vsc), vmx));
        vst1q_f32(att + j, e);
        phi__acc4d(&lo, &hi, e);
    }
    sum = phi__hsum2d(lo, hi);
    for (; j < n; j++) {
        att[j] = expf(preatt[j] * scale - mx);
        sum += att[j];
    }
    vinv = vdupq_n_f32((float)(1.0 / sum));
    for (j = 0; j + 4 <= n; j += 4) vst1q_f32(att + j, vmulq_f32(vld1q_f32(att + j), vinv));
    for (; j < n; j++) att[j] = (float)(att[j] * (1.0 / sum));
    for (j = n; j < T; j++) att[j] = 0;
}

PHI__NEON static void phi__softmax_backward_neon(float *dpreatt, const float *att, const float *datt, size_t t,
                                                float scale) {
    size_t j, n = t + 1;
    float64x2_t lo = vdupq_n_f64(0.0), hi = lo;
    float32x4_t vd, vsc = vdupq_n_f32(scale);
    double dot;
    float d;
    for (j = 0; j + 4 <= n; j += 4) phi__acc4d(&lo, &hi, vmulq_f32(vld1q_f32(att + j), vld1q_f32(datt + j)));
    dot = phi__hsum2d(lo, hi);
    for (; j < n; j++) dot += (double)att[j] * datt[j];
    d = (float)dot;
    vd = vdupq_n_f32(d);
    for (j = 0; j + 4 <= n; j += 4) {
        float32x4_t g = vmulq_f32(vmulq_f32(vsc, vld1q_f32(att + j)), vsubq_f32(vld1q_f32(datt + j), vd));
        vst1q_f32(dpreatt + j, vaddq_f32(vld1q_f32(dpreatt + j), g));
    }
    for (; j < n; j++) dpreatt[j] += scale * att[j] * (datt[j] - d);
}

PHI__NEON static void phi__rope_neon(float *x, size_t N, size_t stride, size_t NH, size_t HS, size_t R,
                                     const float *cos_t, const float *sin_t, const int32_t *pos, float sign) {
    size_t n, hd, i, h = R / 2;
    float32x4_t vsign = vdupq_n_f32(sign);
    for (n = 0; n < N; n++) {
        size_t p = pos ? (size_t)pos[n] : n;
        const float *c = cos_t + p * h, *s = sin_t + p * h; /* [R/2] */
        for (hd = 0; hd < NH; hd++) {
            float *v = x + n * stride + hd * HS; /* [HS] */
            for (i = 0; i + 4 <= h; i += 4) {
                float32x4_t a = vld1q_f32(v + i), b = vld1q_f32(v + h + i), vc = vld1q_f32(c + i);
                float32x4_t vs = vmulq_f32(vsign, vld1q_f32(s + i));
                vst1q_f32(v + i, vsubq_f32(vmulq_f32(a, vc), vmulq_f32(b, vs)));
                vst1q_f32(v + h + i, vaddq_f32(vmulq_f32(b, vc), vmulq_f32(a, vs)));
            }
            for (; i < h; i++) {
                float a = v[i], b = v[i + h], si = sign * s[i];
                v[i] = a * c[i] - b * si;
                v[i + h] = b * c[i] + a * si;
            }
        }
    }
}

PHI__NEON static void phi__gelu_forward_neon(float *out, const float *inp, size_t n) {
    float32x4_t half = vdupq_n_f32(0.5f), one = vdupq_n_f32(1.0f), s = vdupq_n_f32((float)PHI__GELU_S);
    float32x4_t cc = vdupq_n_f32((float)PHI__GELU_C);
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        float32x4_t x = vld1q_f32(inp + i), u = vmulq_f32(vmulq_f32(s, x), vfmaq_f32(one, cc, vmulq_f32(x, x)));
        vst1q_f32(out + i, vmulq_f32(vmulq_f32(half, x), vaddq_f32(one, phi__tanh4(u))));
    }
    phi__gelu_forward_scalar(out + i, inp + i, n - i);
}

PHI__NEON static void phi__gelu_backward_neon(float *dinp, const float *inp, const float *dout, size_t n) {
    float32x4_t half = vdupq_n_f32(0.5f), one = vdupq_n_f32(1.0f), s = vdupq_n_f32((float)PHI__GELU_S);
    float32x4_t cc = vdupq_n_f32((float)PHI__GELU_C), c3 = vdupq_n_f32((float)(3.0 * PHI__GELU_C));
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        float32x4_t x = vld1q_f32(inp + i), x2 = vmulq_f32(x, x);
        float32x4_t th = phi__tanh4(vmulq_f32(vmulq_f32(s, x), vfmaq_f32(one, cc, x2)));
        float32x4_t sech2 = vfmsq_f32(one, th, th); /* 1 - th² */
        float32x4_t g = vfmaq_f32(vmulq_f32(half, vaddq_f32(one, th)), vmulq_f32(vmulq_f32(half, x), sech2),
                                  vmulq_f32(s, vfmaq_f32(one, c3, x2)));
        vst1q_f32(dinp + i, vfmaq_f32(vld1q_f32(dinp + i), g, vld1q_f32(dout + i)));
    }
    phi__gelu_backward_scalar(dinp + i, inp + i, dout + i, n - i);
}

/* The max of a row and the sum of e^(l - max), the denominator of its softmax. */
PHI__NEON static double phi__logits_norm_neon(const float *l, size_t V, float *mx_out) {
    size_t v;
    float mx = phi__max_neon(l, V);
    float32x4_t vmx = vdupq_n_f32(mx);
    float64x2_t lo = vdupq_n_f64(0.0), hi = lo;
    double sum;
    for (v = 0; v + 4 <= V; v += 4) phi__acc4d(&lo, &hi, phi__exp4(vsubq_f32(vld1q_f32(l + v), vmx)));
    sum = phi__hsum2d(lo, hi);
    for (; v < V; v++) sum += expf(l[v] - mx);
    *mx_out = mx;
    return sum;
}

PHI__NEON static void phi__crossentropy_forward_neon(float *losses, const float *logits, const int32_t *targets,
                                                     size_t N, size_t V) {
    size_t n;
    for (n = 0; n < N; n++) {
        float mx;
        double sum;
        if (targets[n] < 0) {
            losses[n] = 0;
            continue;
        }
        sum = phi__logits_norm_neon(logits + n * V, V, &mx);
        losses[n] = (float)(log(sum) + mx - logits[n * V + (size_t)targets[n]]);
    }
}

PHI__NEON static void phi__crossentropy_backward_neon(float *dlogits, const float *logits, const int32_t *targets,
                                                      const float *dlosses, size_t N, size_t V) {
    size_t n, v;
    for (n = 0; n < N; n++) {
        const float *l = logits + n * V; /* [V] */
        float *dl = dlogits + n * V;     /* [V] */
        float mx, k;
        float32x4_t vmx, vk;
        if (targets[n] < 0) continue;
        k = (float)(dlosses[n] / phi__logits_norm_neon(l, V, &mx)); /* dloss / Σ e^(l - max) */
        vmx = vdupq_n_f32(mx);
        vk = vdupq_n_f32(k);
        for (v = 0; v + 4 <= V; v += 4)
            vst1q_f32(dl + v, vfmaq_f32(vld1q_f32(dl + v), vk, phi__exp4(vsubq_f32(vld1q_f32(l + v), vmx))));
        for (; v < V; v++) dl[v] += k * expf(l[v] - mx);
        dl[targets[n]] -= dlosses[n];
    }
}

PHI__NEON static void phi__adamw_neon(float *param, const float *grad, float *m, float *v, size_t n, float lr,
                                      float beta1, float beta2, float eps, float weight_decay, float bc1, float bc2,
                                      float grad_scale) {
    float32x4_t b1 = vdupq_n_f32(beta1), b2 = vdupq_n_f32(beta2), nb1 = vdupq_n_f32(1.0f - beta1);
    float32x4_t nb2 = vdupq_n_f32(1.0f - beta2), vlr = vdupq_n_f32(lr), veps = vdupq_n_f32(eps);
    float32x4_t wd = vdupq_n_f32(weight_decay), vbc1 = vdupq_n_f32(bc1), vbc2 = vdupq_n_f32(bc2);
    float32x4_t gs = vdupq_n_f32(grad_scale);
    size_t i = 0;
    for (; i + 4 <= n; i += 4) { /* the same operations, in the same order, as the scalar reference */
        float32x4_t g = vmulq_f32(vld1q_f32(grad + i), gs), p = vld1q_f32(param + i);
        float32x4_t mi = vaddq_f32(vmulq_f32(b1, vld1q_f32(m + i)), vmulq_f32(nb1, g));
        float32x4_t vi = vaddq_f32(vmulq_f32(b2, vld1q_f32(v + i)), vmulq_f32(vmulq_f32(nb2, g), g));
        float32x4_t upd = vdivq_f32(vdivq_f32(mi, vbc1), vaddq_f32(vsqrtq_f32(vdivq_f32(vi, vbc2)), veps));
        vst1q_f32(m + i, mi);
        vst1q_f32(v + i, vi);
        vst1q_f32(param + i, vsubq_f32(p, vmulq_f32(vlr, vaddq_f32(upd, vmulq_f32(wd, p)))));
    }
    phi__adamw_scalar(param + i, grad + i, m + i, v + i, n - i, lr, beta1, beta2, eps, weight_decay, bc1, bc2, grad_scale);
}
#endif /* PHI__NEON_ON */

/* ============================================================================================
   The variants' tables, and choosing one
   ============================================================================================
   Blocking (mc, kc, nc) was tuned with bench/gemm: the packed A block (mc x kc) stays in L2,
   each B sliver (kc x NR) in L1, the B panel (kc x nc) in L3. */
#define PHI__KTABLE_KERNELS(v)                                                                              \
    phi__dot_##v, phi__axpy_##v, phi__scale_##v, phi__sum_##v, phi__max_##v, phi__layernorm_forward_##v,     \
        phi__layernorm_backward_##v, phi__softmax_forward_##v, phi__softmax_backward_##v, phi__rope_##v,     \
        phi__gelu_forward_##v, phi__gelu_backward_##v, phi__crossentropy_forward_##v,                      \
        phi__crossentropy_backward_##v, phi__adamw_##v

static const phi__ktable phi__k_scalar = {"scalar", PHI__SCALAR_MR, PHI__SCALAR_NR, 64, 256, 2048,
                                          phi__ukr_scalar, PHI__KTABLE_KERNELS(scalar)};
#ifdef PHI__X86
static const phi__ktable phi__k_avx2 = {"avx2", PHI__AVX2_MR, PHI__AVX2_NR, 144, 256, 4096,
                                        phi__ukr_avx2, PHI__KTABLE_KERNELS(avx2)};
static const phi__ktable phi__k_avx512 = {"avx512", PHI__AVX512_MR, PHI__AVX512_NR, 192, 512, 4096,
                                          phi__ukr_avx512, PHI__KTABLE_KERNELS(avx512)};
#endif
#ifdef PHI__NEON_ON
static const phi__ktable phi__k_neon = {"neon", PHI__NEON_MR, PHI__NEON_NR, 128, 256, 2048,
                                        phi__ukr_neon, PHI__KTABLE_KERNELS(neon)};
#endif

/* The bf16 GEMMs: the reference everywhere, vdpbf16ps with the avx512 variant where the CPU
   has AVX512_BF16. (AMX tiles would come here, behind their own check.) */
static const phi__btable phi__b_scalar = {"scalar", PHI__BF16_SCALAR_MR, PHI__BF16_SCALAR_NR, 64, 2048,
                                          phi__ukr_bf16_scalar, phi__pack_rows_bf16_scalar,
                                          phi__pack_cols_bf16_scalar, phi__to_bf16_scalar};
#ifdef PHI__X86
static const phi__btable phi__b_avx512bf16 = {"avx512bf16", PHI__BF16_AVX512_MR, PHI__BF16_AVX512_NR, 192, 4096,
                                              phi__ukr_bf16_avx512, phi__pack_rows_bf16_avx512,
                                              phi__pack_cols_bf16_avx512, phi__to_bf16_avx512};
#endif

static const phi__ktable *phi__k_current;
static phi__cpu phi__k_cpu;
static char phi__k_features[256];

/* The bf16 GEMM goes with the variant: AVX512-BF16 under avx512 (where the CPU has it), the
   reference under every other (scalar, or a CPU without bf16 arithmetic). */
static const phi__btable *phi__b_for(const phi__ktable *t) {
#ifdef PHI__X86
    if (t == &phi__k_avx512 && phi__k_cpu.avx512bf16) return &phi__b_avx512bf16;
#endif
    (void)t;
    return &phi__b_scalar;
}
static const phi__btable *phi__bkernels(void) { return phi__b_for(phi__kernels()); }

/* The table of a variant, if this CPU and build can run it. */
static const phi__ktable *phi__k_lookup(const char *name) {
    if (strcmp(name, "scalar") == 0) return &phi__k_scalar;
#ifdef PHI__X86
    if (strcmp(name, "avx2") == 0 && phi__k_cpu.avx2) return &phi__k_avx2;
    if (strcmp(name, "avx512") == 0 && phi__k_cpu.avx512f) return &phi__k_avx512;
#endif
#ifdef PHI__NEON_ON
    if (strcmp(name, "neon") == 0 && phi__k_cpu.neon) return &phi__k_neon;
#endif
    return NULL;
}

static const phi__ktable *phi__k_best(void) {
    static const char *order[] = {"avx512", "avx2", "neon", "scalar"};
    size_t i;
    for (i = 0; i < sizeof order / sizeof *order; i++)
        if (phi__k_lookup(order[i])) return phi__k_lookup(order[i]);
    return &phi__k_scalar;
}

static void phi__k_describe(void) {
    static const char *names[] = {"scalar", "avx2", "avx512", "neon"};
    char avail[64] = "";
    size_t i;
    for (i = 0; i < sizeof names / sizeof *names; i++)
        if (phi__k_lookup(names[i])) {
            strcat(avail, avail[0] ? " " : "");
            strcat(avail, names[i]);
        }
    snprintf(phi__k_features, sizeof phi__k_features, "cpu:%s%s%s%s%s%s%s; kernels: %s (available: %s); bf16 gemm: %s",
#if defined(__x86_64__) || defined(_M_X64)
             " x86-64",
#elif defined(__aarch64__) || defined(_M_ARM64)
             " aarch64",
#else
             " other",
#endif
             phi__k_cpu.avx2 ? " avx2" : "", phi__k_cpu.fma ? " fma" : "", phi__k_cpu.avx512f ? " avx512f" : "", phi__k_cpu.avx512vbmi2 ? " avx512vbmi2" : "",
             phi__k_cpu.avx512bf16 ? " avx512bf16" : "", phi__k_cpu.neon ? " neon" : "", phi__k_current->name, avail,
             phi__b_for(phi__k_current)->name);
}

/* Runs once: detect the CPU, honour $PHI_KERNEL (a variant this CPU lacks falls back to the
   best one, with a warning through the log callback; phi_kernels_force() reports it as an
   error instead). */
static void phi__k_init(void) {
    const char *want = getenv("PHI_KERNEL");
    phi__k_cpu = phi__cpu_detect();
    phi__k_current = phi__k_best();
    if (want && want[0] && strcmp(want, "auto") != 0) {
        const phi__ktable *t = phi__k_lookup(want);
        if (t) phi__k_current = t;
        else phi__log(PHI_LOG_WARN, "PHI_KERNEL=%s: not available on this CPU or build; using %s", want, phi__k_current->name);
    }
    phi__k_describe();
}

#if defined(PHI__X86) && defined(PHI__NG_SIMD)
/* Whether >>decontam's byte code may use AVX-512 (BW, VBMI, VBMI2): with the avx512 variant. */
static int phi__k_bytes_avx512(void) { return phi__kernels() == &phi__k_avx512 && phi__k_cpu.avx512vbmi2; }
#endif

#ifdef PHI_NO_THREADS
static const phi__ktable *phi__kernels(void) {
    if (!phi__k_current) phi__k_init();
    return phi__k_current;
}
#else
static pthread_once_t phi__k_once = PTHREAD_ONCE_INIT;
static const phi__ktable *phi__kernels(void) {
    pthread_once(&phi__k_once, phi__k_init);
    return phi__k_current;
}
#endif

PHIDEF phi_status phi_kernels_force(const char *variant) {
    const phi__ktable *t;
    phi__kernels();
    if (!variant || !variant[0] || strcmp(variant, "auto") == 0) t = phi__k_best();
    else if (!(t = phi__k_lookup(variant))) {
        phi_status st = strcmp(variant, "scalar") && strcmp(variant, "avx2") && strcmp(variant, "avx512") &&
                                strcmp(variant, "neon")
                            ? PHI_ERR_ARG
                            : PHI_ERR_UNSUPPORTED;
        return phi__fail(st, st == PHI_ERR_ARG ? "unknown kernel variant '%s' (scalar, avx2, avx512, neon or auto)"
                                               : "kernel variant '%s' is not available here: %s",
                         variant, phi__k_features);
    }
    phi__k_current = t;
    phi__k_describe();
    return PHI_OK;
}

PHIDEF const char *phi_kernels_name(void) { return phi__kernels()->name; }
PHIDEF int phi_kernels_available(const char *variant) {
    phi__kernels();
    return variant && phi__k_lookup(variant) != NULL;
}
PHIDEF const char *phi_cpu_features(void) {
    phi__kernels();
    return phi__k_features;
}

#endif /* PHI__KERNELS_IMPLEMENTATION_DONE */
