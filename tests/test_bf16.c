/* Tests of the bf16 GEMM and conversions (phi_gemm_bf16, phi_f32_to_bf16, phi_bf16_to_f32).

   1. The conversions against cases worked out by hand (ties, NaN, infinities, subnormals,
      overflow), then against an independent rounding written here in double arithmetic
      (frexp, rint, ldexp) on every bf16 value times several low halves.
   2. phi_gemm_bf16, in every kernel variant this machine has (or only $PHI_KERNEL's), against
      a naive triple loop in double over the inputs rounded by that independent rounding, on
      awkward shapes, the three products of training and the fourth transposition,
      accumulating or not, with padded strides; then against the scalar variant (which
      defines the result), across thread counts, and on special values.

   Tolerance, and why: the inputs are rounded the same way in the reference, and a product of
   two bf16 (8-bit significands) is exact in float, so a variant differs from the exact sum of
   the rounded products only by the float roundings of its additions: a sum of K + 1 terms
   (the products and C) in any order is within γ_{K+1} Σ|terms|, γ_n = n u / (1 - n u),
   u = 2^-24 (Higham, recursive summation). We allow 2 γ_{K+2} (Σ_k |a_ik b_kj| + |C_ij|), plus
   K 2^-126 for the hardware's flushing of subnormal partial sums: a rigorous bound for any
   order of summation and any blocking. Two variants differ by at most twice that. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

static phi_rng rng;

static uint32_t bits(float f) {
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static float from_bits(uint32_t u) {
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

/* The nearest bf16 (8 significant bits), ties to even, computed in double, independently of
   the library's bit trick: x = m 2^e with 1/2 <= |m| < 1, m 2^8 rounded to an integer by
   rint (the default rounding mode: nearest, ties to even). Subnormal floats become zeros of
   their sign, as the contract says; beyond the largest bf16 is infinity. Not for NaN. */
static float ref_bf16(float x) {
    int e;
    double m, r;
    if (fabsf(x) < FLT_MIN) return x < 0 || (x == 0 && signbit(x)) ? -0.0f : 0.0f;
    if (isinf(x)) return x;
    m = frexp((double)x, &e);
    r = ldexp(rint(ldexp(m, 8)), e - 8);
    if (r > FLT_MAX) return INFINITY;
    if (r < -FLT_MAX) return -INFINITY;
    return (float)r;
}

/* ---- conversions -------------------------------------------------------------------------- */

/* Each case is converted at several positions of a long array, so that the vector body and
   the scalar tail of every variant see it. */
static void check_conversions(void) {
    static const struct {
        uint32_t in;
        uint16_t out;
    } cases[] = {
        {0x3F800000u, 0x3F80}, /* 1 */
        {0x3F808000u, 0x3F80}, /* 1 + 2^-8, half a bf16 ulp: a tie, to the even 1 */
        {0x3F818000u, 0x3F82}, /* 1 + 3 2^-8: a tie, to the even 1 + 2^-6 */
        {0x3F808001u, 0x3F81}, /* just above the tie: up */
        {0x3F807FFFu, 0x3F80}, /* just below: down */
        {0xBF818000u, 0xBF82}, /* a negative tie: to even, away from zero here */
        {0x40490FDBu, 0x4049}, /* pi: 3.140625 */
        {0x00000000u, 0x0000}, {0x80000000u, 0x8000}, /* zeros keep their sign */
        {0x00000001u, 0x0000}, {0x807FFFFFu, 0x8000}, {0x00400000u, 0x0000}, /* subnormals: zero of their sign */
        {0x00800000u, 0x0080}, /* the smallest normal float is a bf16 */
        {0x00FFFFFFu, 0x0100}, /* rounding up carries into the exponent */
        {0x7F7F7FFFu, 0x7F7F}, /* the largest bf16 */
        {0x7F7F8000u, 0x7F80}, /* a tie above it, odd: up, to infinity */
        {0x7F7FFFFFu, 0x7F80}, /* FLT_MAX: infinity */
        {0x7F800000u, 0x7F80}, {0xFF800000u, 0xFF80}, /* infinities */
        {0x7FC00000u, 0x7FC0}, /* quiet NaN */
        {0x7F800001u, 0x7FC0}, /* signalling NaN, payload in the low half only: quiet, still a NaN */
        {0xFF812345u, 0xFFC1}, /* payload's top bits kept, sign kept */
        {0x7FFFFFFFu, 0x7FFF},
    };
    enum { NC = sizeof cases / sizeof *cases, LEN = 53 };
    float in[LEN];
    uint16_t out[LEN];
    size_t i, shift;
    for (shift = 0; shift < LEN; shift += 7) {
        for (i = 0; i < LEN; i++) in[i] = from_bits(cases[(i + shift) % NC].in);
        phi_f32_to_bf16(out, in, LEN);
        for (i = 0; i < LEN; i++)
            CHECK_MSG(out[i] == cases[(i + shift) % NC].out, "bf16(0x%08x) = 0x%04x, want 0x%04x",
                      (unsigned)cases[(i + shift) % NC].in, (unsigned)out[i], (unsigned)cases[(i + shift) % NC].out);
    }
    /* widening is exact, bf16 subnormals included */
    {
        static const uint16_t h[5] = {0x3F80, 0x0001, 0xFF80, 0x7FC1, 0x8000};
        float f[5];
        phi_bf16_to_f32(f, h, 5);
        CHECK(f[0] == 1.0f && f[1] == ldexpf(1.0f, -133) && isinf(f[2]) && f[2] < 0);
        CHECK(bits(f[3]) == 0x7FC10000u && bits(f[4]) == 0x80000000u);
    }
}

/* Every bf16 (the top half) with low halves 0, 1, 0x7FFF, 0x8000 (the tie), 0x8001, 0xFFFF
   and a random one, against ref_bf16; NaN against the rule (top half, made quiet). */
static void check_conversions_exhaustive(void) {
    enum { LOWS = 7, N = 65536 * LOWS };
    float *in = (float *)malloc(N * sizeof(float));
    uint16_t *out = (uint16_t *)malloc(N * sizeof(uint16_t));
    static const uint32_t lows[LOWS - 1] = {0, 1, 0x7FFF, 0x8000, 0x8001, 0xFFFF};
    size_t i;
    int bad = 0;
    for (i = 0; i < N; i++) {
        uint32_t low = i % LOWS < LOWS - 1 ? lows[i % LOWS] : (uint32_t)(phi_rng_u64(&rng) & 0xFFFF);
        in[i] = from_bits((uint32_t)(i / LOWS) << 16 | low);
    }
    phi_f32_to_bf16(out, in, N);
    for (i = 0; i < N && bad < 10; i++) {
        uint32_t want = isnan(in[i]) ? (bits(in[i]) >> 16 | 0x0040) : bits(ref_bf16(in[i])) >> 16;
        if (out[i] != want) {
            test__fail(__FILE__, __LINE__, "bf16(0x%08x) = 0x%04x, want 0x%04x", (unsigned)bits(in[i]),
                       (unsigned)out[i], (unsigned)want);
            bad++;
        }
    }
    CHECK_EQ_INT(bad, 0);
    free(in);
    free(out);
}

/* ---- GEMM --------------------------------------------------------------------------------- */

static float *rnd(size_t n) {
    float *x = (float *)malloc((n ? n : 1) * sizeof(float));
    size_t i;
    for (i = 0; i < n; i++) x[i] = 2.0f * phi_rng_float(&rng) - 1.0f;
    return x;
}

static float *copy(const float *x, size_t n) {
    float *y = (float *)malloc((n ? n : 1) * sizeof(float));
    memcpy(y, x, n * sizeof(float));
    return y;
}

/* X rounded to bf16, in double */
static double *rounded(const float *X, size_t n) {
    double *r = (double *)malloc((n ? n : 1) * sizeof(double));
    size_t i;
    for (i = 0; i < n; i++) r[i] = ref_bf16(X[i]);
    return r;
}

/* op(X)(i,k) for a row-major X with row stride ld */
static double at(const double *X, size_t ld, int trans, size_t i, size_t k) {
    return trans ? X[k * ld + i] : X[i * ld + k];
}

static double gamma_n(size_t n) { return (double)n * 0x1p-24 / (1 - (double)n * 0x1p-24); }

/* Elements of the last gemm_case's C that were bit-identical to the scalar variant's, of all
   compared: reported, not asserted (the contract promises the bound, not the bits). */
static size_t same_bits, compared;

/* One GEMM against the naive double loop with the bound above, and against the scalar
   variant (2x the bound); strides are padded so that the kernels must honour lda, ldb, ldc,
   and the padding of C must stay untouched. Returns 1 if all is well. */
static int gemm_case(phi_pool *pool, int ta, int tb, size_t M, size_t N, size_t K, int accumulate) {
    size_t lda = (ta ? M : K) + 3, ldb = (tb ? K : N) + 5, ldc = N + 2, i, j, k;
    size_t arows = ta ? K : M, brows = tb ? N : K;
    float *A = rnd(arows * lda), *B = rnd(brows * ldb), *C = rnd(M * ldc), *C0 = copy(C, M * ldc), *S = copy(C, M * ldc);
    double *RA = rounded(A, arows * lda), *RB = rounded(B, brows * ldb);
    const char *variant = phi_kernels_name();
    double g = gamma_n(K + 2);
    int ok = phi_gemm_bf16(pool, ta, tb, M, N, K, A, lda, B, ldb, C, ldc, accumulate) == PHI_OK;
    /* the scalar variant's result, for the comparison (then back to the variant under test) */
    ok = ok && phi_kernels_force("scalar") == PHI_OK &&
         phi_gemm_bf16(pool, ta, tb, M, N, K, A, lda, B, ldb, S, ldc, accumulate) == PHI_OK &&
         phi_kernels_force(variant) == PHI_OK;
    for (i = 0; i < M && ok; i++)
        for (j = 0; j < N; j++) {
            double s = accumulate ? C0[i * ldc + j] : 0, bound = 0, got = C[i * ldc + j], ref = S[i * ldc + j];
            for (k = 0; k < K; k++) {
                double p = at(RA, lda, ta, i, k) * at(RB, ldb, tb, k, j);
                s += p;
                bound += fabs(p);
            }
            bound = 2 * g * (bound + (accumulate ? fabs(C0[i * ldc + j]) : 0)) + (double)K * 0x1p-126;
            if (!(fabs(got - s) <= bound) || !(fabs(got - ref) <= 2 * bound)) {
                test__fail(__FILE__, __LINE__,
                           "gemm_bf16 [%s] ta=%d tb=%d M=%zu N=%zu K=%zu acc=%d: C[%zu,%zu] = %.9g, exact %.9g +- %.3g, scalar %.9g",
                           variant, ta, tb, M, N, K, accumulate, i, j, got, s, bound, ref);
                ok = 0;
                break;
            }
            compared++;
            same_bits += bits((float)got) == bits((float)ref);
        }
    for (i = 0; i < M && ok; i++) /* the padding between rows of C is never written */
        for (j = N; j < ldc; j++)
            if (bits(C[i * ldc + j]) != bits(C0[i * ldc + j])) ok = 0;
    free(A);
    free(B);
    free(C);
    free(C0);
    free(S);
    free(RA);
    free(RB);
    return ok;
}

static const size_t awkward[] = {1, 3, 7, 17, 63, 65, 127, 513};

/* Each dimension through every awkward size (the others 7 and 65: below and above a tile),
   every transposition, accumulating or not. */
static void check_gemm(void) {
    size_t d, v, o;
    int ta, tb, fails = 0;
    const size_t others[2] = {7, 65};
    same_bits = compared = 0;
    for (ta = 0; ta < 2; ta++)
        for (tb = 0; tb < 2; tb++)
            for (d = 0; d < 3; d++)
                for (v = 0; v < sizeof awkward / sizeof *awkward; v++)
                    for (o = 0; o < 2; o++) {
                        size_t M = d == 0 ? awkward[v] : others[o], N = d == 1 ? awkward[v] : others[o];
                        size_t K = d == 2 ? awkward[v] : others[(o + 1) % 2];
                        if (!gemm_case(NULL, ta, tb, M, N, K, (int)((v + o) & 1))) fails++;
                    }
    CHECK_EQ_INT(fails, 0);
    /* the shapes of training, small: forward (0,1), input-grad (0,0) and weight-grad (1,0),
       with K across several blocks of depth, odd and even */
    CHECK(gemm_case(NULL, 0, 1, 200, 96, 1025, 0));
    CHECK(gemm_case(NULL, 0, 0, 130, 70, 1536, 1));
    CHECK(gemm_case(NULL, 1, 0, 96, 70, 2049, 1));
    CHECK(gemm_case(NULL, 0, 1, 513, 513, 513, 0));
    printf("  [%s, bf16 gemm %s] bit-identical to the scalar variant: %zu of %zu elements\n", phi_kernels_name(),
           strstr(phi_cpu_features(), "bf16 gemm: ") + 11, same_bits, compared);
    /* K = 0: C = 0, or unchanged when accumulating */
    {
        float c[6] = {1, 2, 3, 4, 5, 6}, a = 0, b = 0;
        CHECK(phi_gemm_bf16(NULL, 0, 0, 2, 3, 0, &a, 1, &b, 3, c, 3, 1) == PHI_OK && c[5] == 6);
        CHECK(phi_gemm_bf16(NULL, 0, 0, 2, 3, 0, &a, 1, &b, 3, c, 3, 0) == PHI_OK && c[0] == 0 && c[5] == 0);
    }
}

/* Every element is computed by one worker in a fixed order: any thread count, same bits. */
static void check_gemm_threads(void) {
    size_t M = 700, N = 333, K = 900;
    float *A = rnd(M * K), *B = rnd(N * K), *C1 = rnd(M * N), *C2 = copy(C1, M * N), *C3 = copy(C1, M * N);
    phi_pool *p2 = NULL, *p3 = NULL;
    CHECK(phi_pool_create(&p2, 2) == PHI_OK && phi_pool_create(&p3, 3) == PHI_OK);
    CHECK(phi_gemm_bf16(NULL, 0, 1, M, N, K, A, K, B, K, C1, N, 1) == PHI_OK);
    CHECK(phi_gemm_bf16(p2, 0, 1, M, N, K, A, K, B, K, C2, N, 1) == PHI_OK);
    CHECK(phi_gemm_bf16(p3, 0, 1, M, N, K, A, K, B, K, C3, N, 1) == PHI_OK);
    CHECK(memcmp(C1, C2, M * N * sizeof(float)) == 0);
    CHECK(memcmp(C1, C3, M * N * sizeof(float)) == 0);
    CHECK(gemm_case(p2, 0, 0, 513, 127, 65, 1));
    CHECK(gemm_case(p3, 1, 0, 65, 513, 127, 0));
    CHECK(gemm_case(p2, 1, 1, 127, 65, 513, 1));
    phi_pool_free(p2);
    phi_pool_free(p3);
    free(A);
    free(B);
    free(C1);
    free(C2);
    free(C3);
}

/* Values whose result says what the GEMM did: its inputs are rounded to bf16 (an fp32 GEMM
   would give other numbers), subnormal inputs are zeros, NaN and infinities propagate. */
static void check_gemm_special(void) {
    float a[3], b[3], c[4];
    /* 1 + 2^-8 is a tie between the bf16 1 and 1 + 2^-7: to even, 1. In fp32: 1.00390625. */
    a[0] = 1.0f + 0x1p-8f, b[0] = 1.0f;
    CHECK(phi_gemm_bf16(NULL, 0, 0, 1, 1, 1, a, 1, b, 1, c, 1, 0) == PHI_OK && c[0] == 1.0f);
    /* 1 + 2^-8 + 2^-9 is above the tie: bf16 (1 + 2^-7)(1 + 2^-7) = 1 + 2^-6 + 2^-14, exact */
    a[0] = 1.0f + 0x1p-8f + 0x1p-9f, b[0] = a[0];
    CHECK(phi_gemm_bf16(NULL, 0, 0, 1, 1, 1, a, 1, b, 1, c, 1, 0) == PHI_OK && c[0] == 1.0f + 0x1p-6f + 0x1p-14f);
    /* a subnormal times 2^100 would be about 1e-9 in fp32: here it is zero */
    a[0] = 1e-39f, a[1] = 0.5f, b[0] = 0x1p100f, b[1] = 2.0f;
    CHECK(phi_gemm_bf16(NULL, 0, 0, 1, 1, 2, a, 2, b, 1, c, 1, 0) == PHI_OK && c[0] == 1.0f);
    /* NaN in row 0 of A reaches row 0 of C only; an infinity times 0 is NaN */
    a[0] = NAN, a[1] = 1.0f, b[0] = 2.0f, b[1] = 3.0f;
    CHECK(phi_gemm_bf16(NULL, 0, 0, 2, 2, 1, a, 1, b, 2, c, 2, 0) == PHI_OK && isnan(c[0]) && isnan(c[1]) &&
          c[2] == 2.0f && c[3] == 3.0f);
    a[0] = INFINITY, a[1] = 1.0f, b[0] = 0.0f, b[1] = 3.0f;
    CHECK(phi_gemm_bf16(NULL, 0, 0, 2, 2, 1, a, 1, b, 2, c, 2, 0) == PHI_OK && isnan(c[0]) && isinf(c[1]) &&
          c[2] == 0.0f && c[3] == 3.0f);
    /* accumulate adds to C in fp32: 1 + bf16(2^-9 + 2^-20) = 1 + 2^-9 exactly (not a bf16) */
    a[0] = 0x1p-9f + 0x1p-20f, b[0] = 1.0f, c[0] = 1.0f;
    CHECK(phi_gemm_bf16(NULL, 0, 0, 1, 1, 1, a, 1, b, 1, c, 1, 1) == PHI_OK && c[0] == 1.0f + 0x1p-9f);
}

/* The bf16 GEMM each variant uses, in phi_cpu_features(). */
static void check_reported(void) {
    const char *f = phi_cpu_features(), *g = strstr(f, "bf16 gemm: ");
    int hw = strstr(f, " avx512bf16;") != NULL || strstr(f, " avx512bf16 ") != NULL;
    CHECK(g != NULL);
    if (!g) return;
    if (strcmp(phi_kernels_name(), "avx512") == 0 && hw) CHECK_EQ_STR(g + 11, "avx512bf16");
    else CHECK_EQ_STR(g + 11, "scalar");
}

typedef struct named_check {
    const char *name;
    void (*fn)(void);
} named_check;

int main(void) {
    static const char *variants[] = {"scalar", "avx2", "avx512", "neon"};
    static const named_check checks[] = {{"bf16 conversions: cases by hand", check_conversions},
                                         {"bf16 conversions: every bf16 against rint", check_conversions_exhaustive},
                                         {"gemm_bf16: every shape and transposition", check_gemm},
                                         {"gemm_bf16: same bits on 1, 2, 3 threads", check_gemm_threads},
                                         {"gemm_bf16: rounding, subnormals, NaN, inf", check_gemm_special},
                                         {"gemm_bf16: the variant is reported", check_reported}};
    const char *only = getenv("PHI_KERNEL");
    size_t i, c;
    int ran = 0;
    phi_rng_seed(&rng, 2026);
    for (i = 0; i < sizeof variants / sizeof *variants; i++) {
        char name[96];
        if (only && only[0] && strcmp(only, "auto") != 0 && strcmp(only, variants[i]) != 0) continue;
        if (!phi_kernels_available(variants[i])) continue;
        for (c = 0; c < sizeof checks / sizeof *checks; c++) {
            CHECK(phi_kernels_force(variants[i]) == PHI_OK);
            snprintf(name, sizeof name, "%s [%s]", checks[c].name, variants[i]);
            test__run(name, checks[c].fn);
        }
        ran++;
    }
    if (only && only[0] && strcmp(only, "auto") != 0 && !ran) {
        fprintf(stderr, "FAIL PHI_KERNEL=%s is not available on this machine: %s\n", only, phi_cpu_features());
        test__failed++;
    }
    printf("# variants tested: %d (%s)\n", ran, phi_cpu_features());
    return test_summary();
}
