/* Tests of phi_kernels.h.

   1. The scalar reference of every kernel is checked against an independent computation in
      this file: a naive double-precision triple loop for GEMM, the formulas in double for the
      forward kernels, and central finite differences (in double) for every backward kernel.
   2. Every variant this machine can run (or only $PHI_KERNEL's, when it is set) then goes
      through the same checks, and its outputs are compared with the scalar variant's.

   Tolerances, and why:
   - GEMM: recursive summation of K products in float has |error| <= γ_K Σ_k |a_ik b_kj|,
     γ_K = K u / (1 - K u), u = 2^-24; two orders of summation differ by at most twice that.
     We allow 2 γ_K Σ|a||b| (+1e-30), per element: a rigorous bound, whatever the blocking.
   - exp-based kernels (softmax, cross-entropy, gelu): the SIMD exp is a polynomial with about
     2 ulp of relative error (vs libm's 0.5); tanh built on it has absolute error ~1e-7. With
     float rounding of the surrounding arithmetic we allow 2e-6 relative (4e-6 absolute for
     gelu's backward, whose sech² term is computed from tanh). gelu's forward is checked in
     absolute terms, 2e-7 |x| + 1e-6 |gelu x|: 1 + tanh cancels on the negative tail.
   - LayerNorm: mean and variance are accumulated in double in every variant; the remaining
     error is a few float roundings per element: 1e-5 relative to the row's scale.
   - AdamW, rope, axpy, scale: the same operations in the same order (SIMD lanes are exact
     IEEE operations); only FMA contraction can differ: 1e-6 relative.
   - Finite differences: central, h = 1e-3 on a double-precision forward, error O(h²) ~ 1e-6
     relative; the kernel's float gradient adds ~1e-6: we allow 1e-4 relative to the largest
     gradient entry. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <math.h>
#include <stdlib.h>

static phi_rng rng;

static float *rnd(size_t n, float scale) {
    float *x = (float *)malloc((n ? n : 1) * sizeof(float));
    size_t i;
    for (i = 0; i < n; i++) x[i] = scale * (2.0f * phi_rng_float(&rng) - 1.0f);
    return x;
}

static float *copy(const float *x, size_t n) {
    float *y = (float *)malloc((n ? n : 1) * sizeof(float));
    memcpy(y, x, n * sizeof(float));
    return y;
}

/* max_i |a_i - b_i| / (max_i |b_i|, or 1 if that is smaller) */
static double rel_diff(const float *a, const float *b, size_t n) {
    double d = 0, m = 1e-30;
    size_t i;
    for (i = 0; i < n; i++) {
        double e = fabs((double)a[i] - b[i]);
        if (e > d || e != e) d = e != e ? INFINITY : e;
        if (fabs(b[i]) > m) m = fabs(b[i]);
    }
    return d / (m > 1 ? m : 1);
}

/* ---- GEMM ------------------------------------------------------------------------------ */

static const size_t awkward[] = {1, 3, 7, 17, 63, 65, 127, 513};

/* op(X)(i,k) for a row-major X with row stride ld */
static double at(const float *X, size_t ld, int trans, size_t i, size_t k) {
    return trans ? X[k * ld + i] : X[i * ld + k];
}

/* One GEMM against the naive double loop, with the rigorous bound; strides are padded so
   that the kernels must honour lda, ldb, ldc. Returns 1 if every element is within bounds. */
static int gemm_case(phi_pool *pool, int ta, int tb, size_t M, size_t N, size_t K, int accumulate) {
    size_t lda = (ta ? M : K) + 3, ldb = (tb ? K : N) + 5, ldc = N + 2, i, j, k;
    size_t arows = ta ? K : M, brows = tb ? N : K;
    float *A = rnd(arows * lda, 1), *B = rnd(brows * ldb, 1), *C = rnd(M * ldc, 1), *C0 = copy(C, M * ldc);
    double gamma = (double)K * 0x1p-24 / (1 - (double)K * 0x1p-24);
    int ok = phi_gemm(pool, ta, tb, M, N, K, A, lda, B, ldb, C, ldc, accumulate) == PHI_OK;
    for (i = 0; i < M && ok; i++)
        for (j = 0; j < N; j++) {
            double s = accumulate ? C0[i * ldc + j] : 0, bound = 0;
            for (k = 0; k < K; k++) {
                double p = at(A, lda, ta, i, k) * at(B, ldb, tb, k, j);
                s += p;
                bound += fabs(p);
            }
            bound = 2 * gamma * (bound + (accumulate ? fabs(C0[i * ldc + j]) : 0)) + 1e-30;
            if (!(fabs(C[i * ldc + j] - s) <= bound)) {
                test__fail(__FILE__, __LINE__, "gemm ta=%d tb=%d M=%zu N=%zu K=%zu acc=%d: C[%zu,%zu] = %.9g, want %.9g +- %.3g",
                           ta, tb, M, N, K, accumulate, i, j, C[i * ldc + j], s, bound);
                ok = 0;
                break;
            }
        }
    /* the padding between rows of C is never written */
    for (i = 0; i < M && ok; i++)
        for (j = N; j < ldc; j++)
            if (C[i * ldc + j] != C0[i * ldc + j]) ok = 0;
    free(A);
    free(B);
    free(C);
    free(C0);
    return ok;
}

/* Note: at(B, ldb, tb, k, j) reads op(B)(k, j): B stored [K,N] (tb=0) or [N,K] (tb=1). */
static void check_gemm(void) {
    size_t d, v, o;
    int ta, tb, fails = 0;
    const size_t others[2] = {7, 65};
    for (ta = 0; ta < 2; ta++)
        for (tb = 0; tb < 2; tb++)
            for (d = 0; d < 3; d++) /* each dimension through every awkward size */
                for (v = 0; v < sizeof awkward / sizeof *awkward; v++)
                    for (o = 0; o < 2; o++) {
                        size_t M = d == 0 ? awkward[v] : others[o], N = d == 1 ? awkward[v] : others[o];
                        size_t K = d == 2 ? awkward[v] : others[(o + 1) % 2];
                        if (!gemm_case(NULL, ta, tb, M, N, K, (int)((v + o) & 1))) fails++;
                    }
    CHECK_EQ_INT(fails, 0);
    CHECK(gemm_case(NULL, 0, 1, 513, 513, 513, 0));
    CHECK(gemm_case(NULL, 1, 0, 200, 300, 1000, 1)); /* several kc blocks, accumulating */
    /* K = 0: C = 0, or unchanged when accumulating */
    {
        float c[6] = {1, 2, 3, 4, 5, 6}, a = 0, b = 0;
        CHECK(phi_gemm(NULL, 0, 0, 2, 3, 0, &a, 1, &b, 3, c, 3, 1) == PHI_OK && c[5] == 6);
        CHECK(phi_gemm(NULL, 0, 0, 2, 3, 0, &a, 1, &b, 3, c, 3, 0) == PHI_OK && c[0] == 0 && c[5] == 0);
    }
}

/* Every element is computed by one worker in a fixed order: any thread count, same bits. */
static void check_gemm_threads(void) {
    size_t M = 700, N = 333, K = 900;
    float *A = rnd(M * K, 1), *B = rnd(N * K, 1), *C1 = rnd(M * N, 1), *C2 = copy(C1, M * N), *C3 = copy(C1, M * N);
    phi_pool *p2 = NULL, *p3 = NULL;
    CHECK(phi_pool_create(&p2, 2) == PHI_OK && phi_pool_create(&p3, 3) == PHI_OK);
    CHECK(phi_gemm(NULL, 0, 1, M, N, K, A, K, B, K, C1, N, 1) == PHI_OK);
    CHECK(phi_gemm(p2, 0, 1, M, N, K, A, K, B, K, C2, N, 1) == PHI_OK);
    CHECK(phi_gemm(p3, 0, 1, M, N, K, A, K, B, K, C3, N, 1) == PHI_OK);
    CHECK(memcmp(C1, C2, M * N * sizeof(float)) == 0);
    CHECK(memcmp(C1, C3, M * N * sizeof(float)) == 0);
    CHECK(gemm_case(p2, 0, 0, 513, 127, 65, 1));
    CHECK(gemm_case(p3, 1, 1, 65, 513, 127, 0));
    phi_pool_free(p2);
    phi_pool_free(p3);
    free(A);
    free(B);
    free(C1);
    free(C2);
    free(C3);
}

/* The linear layer and its three gradients, against loops in double; N from 1 (a decoding
   step, which takes the dot-product path) to 17 (the GEMM). */
static void check_matmul_n(size_t N) {
    size_t C = 65, OC = 33, n, c, o;
    float *inp = rnd(N * C, 1), *w = rnd(OC * C, 1), *bias = rnd(OC, 1), *dout = rnd(N * OC, 1);
    float *out = rnd(N * OC, 1), *dinp = rnd(N * C, 1), *dw = rnd(OC * C, 1), *db = rnd(OC, 1);
    float *dinp0 = copy(dinp, N * C), *dw0 = copy(dw, OC * C), *db0 = copy(db, OC);
    double worst = 0;
    CHECK(phi_matmul_forward(NULL, out, inp, w, bias, N, C, OC) == PHI_OK);
    CHECK(phi_matmul_backward(NULL, dinp, dw, db, dout, inp, w, N, C, OC) == PHI_OK);
    for (n = 0; n < N; n++)
        for (o = 0; o < OC; o++) {
            double s = bias[o];
            for (c = 0; c < C; c++) s += (double)inp[n * C + c] * w[o * C + c];
            if (fabs(out[n * OC + o] - s) > worst) worst = fabs(out[n * OC + o] - s);
        }
    for (n = 0; n < N; n++)
        for (c = 0; c < C; c++) {
            double s = dinp0[n * C + c];
            for (o = 0; o < OC; o++) s += (double)dout[n * OC + o] * w[o * C + c];
            if (fabs(dinp[n * C + c] - s) > worst) worst = fabs(dinp[n * C + c] - s);
        }
    for (o = 0; o < OC; o++) {
        double sb = db0[o];
        for (c = 0; c < C; c++) {
            double s = dw0[o * C + c];
            for (n = 0; n < N; n++) s += (double)dout[n * OC + o] * inp[n * C + c];
            if (fabs(dw[o * C + c] - s) > worst) worst = fabs(dw[o * C + c] - s);
        }
        for (n = 0; n < N; n++) sb += dout[n * OC + o];
        if (fabs(db[o] - sb) > worst) worst = fabs(db[o] - sb);
    }
    /* sums of at most 66 terms of magnitude <= 1: 2 γ_66 * 66 = 5e-4 is the rigorous bound */
    CHECK(worst < 5e-4);
    /* NULL outputs are skipped */
    CHECK(phi_matmul_backward(NULL, NULL, NULL, NULL, dout, inp, w, N, C, OC) == PHI_OK);
    CHECK(phi_matmul_forward(NULL, out, inp, w, NULL, N, C, OC) == PHI_OK);
    free(inp); free(w); free(bias); free(dout); free(out); free(dinp); free(dw); free(db);
    free(dinp0); free(dw0); free(db0);
}

static void check_matmul(void) {
    size_t sizes[] = {1, 2, 7, 8, 17}, i;
    for (i = 0; i < sizeof sizes / sizeof *sizes; i++) check_matmul_n(sizes[i]);
}

/* ---- vector operations, against double loops --------------------------------------------- */

static void check_vec(void) {
    size_t v;
    for (v = 0; v < sizeof awkward / sizeof *awkward; v++) {
        size_t n = awkward[v], i;
        float *x = rnd(n, 3), *y = rnd(n, 3), *y0 = copy(y, n);
        double dot = 0, sum = 0, absdot = 0, abssum = 0, mx = -HUGE_VAL;
        for (i = 0; i < n; i++) {
            dot += (double)x[i] * y[i];
            absdot += fabs((double)x[i] * y[i]);
            sum += x[i];
            abssum += fabs(x[i]);
            if (x[i] > mx) mx = x[i];
        }
        /* dot: float lanes, bound 2 γ_n Σ|xy|; sum: double lanes, just the final rounding */
        CHECK(fabs(phi_vec_dot(x, y, n) - dot) <= 2 * (n * 0x1p-24) * absdot + 1e-30);
        CHECK(fabs(phi_vec_sum(x, n) - sum) <= 0x1p-23 * abssum + 1e-30);
        CHECK(phi_vec_max(x, n) == (float)mx);
        phi_vec_axpy(0.5f, x, y, n);
        for (i = 0; i < n; i++)
            if (fabs(y[i] - (y0[i] + 0.5 * x[i])) > 1e-6 * (fabs(y0[i]) + fabs(x[i]))) break;
        CHECK_EQ_INT(i, n);
        phi_vec_scale(-2.0f, y, n);
        for (i = 0; i < n; i++)
            if (fabs(y[i] + 2 * (y0[i] + 0.5 * x[i])) > 4e-6 * (fabs(y0[i]) + fabs(x[i]))) break;
        CHECK_EQ_INT(i, n);
        free(x);
        free(y);
        free(y0);
    }
    CHECK(isinf(phi_vec_max(NULL, 0)));
}

/* ---- LayerNorm ---------------------------------------------------------------------------- */

/* L = Σ out ⊙ r, computed in double from double inputs (the finite-difference oracle). */
static double ln_loss(const double *x, const double *w, const double *b, const float *r, size_t N, size_t C) {
    double L = 0;
    size_t n, c;
    for (n = 0; n < N; n++) {
        double m = 0, v = 0, s;
        for (c = 0; c < C; c++) m += x[n * C + c];
        m /= (double)C;
        for (c = 0; c < C; c++) v += (x[n * C + c] - m) * (x[n * C + c] - m);
        s = 1 / sqrt(v / (double)C + 1e-5);
        for (c = 0; c < C; c++) L += ((x[n * C + c] - m) * s * w[c] + b[c]) * r[n * C + c];
    }
    return L;
}

/* Central differences of f over each entry of p (doubles), compared with the kernel's grad. */
#define FD_CHECK(p, n, grad, loss_expr)                                                       \
    do {                                                                                      \
        size_t i_;                                                                            \
        double worst_ = 0, scale_ = 1e-12;                                                    \
        for (i_ = 0; i_ < (n); i_++) {                                                        \
            double keep_ = (p)[i_], lp_, lm_, g_;                                             \
            (p)[i_] = keep_ + 1e-3;                                                           \
            lp_ = (loss_expr);                                                                \
            (p)[i_] = keep_ - 1e-3;                                                           \
            lm_ = (loss_expr);                                                                \
            (p)[i_] = keep_;                                                                  \
            g_ = (lp_ - lm_) / 2e-3;                                                          \
            if (fabs(g_ - (grad)[i_]) > worst_) worst_ = fabs(g_ - (grad)[i_]);               \
            if (fabs(g_) > scale_) scale_ = fabs(g_);                                         \
        }                                                                                     \
        if (!(worst_ <= 1e-4 * scale_))                                                       \
            test__fail(__FILE__, __LINE__, "finite differences of %s: off by %.3g (scale %.3g)", #grad, worst_, scale_); \
    } while (0)

static double *to_double(const float *x, size_t n) {
    double *d = (double *)malloc((n ? n : 1) * sizeof(double));
    size_t i;
    for (i = 0; i < n; i++) d[i] = x[i];
    return d;
}

static void check_layernorm(void) {
    size_t shapes[][2] = {{3, 1}, {5, 7}, {4, 17}, {2, 63}, {3, 65}, {2, 127}, {2, 513}};
    size_t s;
    for (s = 0; s < sizeof shapes / sizeof *shapes; s++) {
        size_t N = shapes[s][0], C = shapes[s][1], n, c;
        float *x = rnd(N * C, 2), *w = rnd(C, 1), *b = rnd(C, 1), *r = rnd(N * C, 1);
        float *out = rnd(N * C, 1), *mean = rnd(N, 1), *rstd = rnd(N, 1);
        float *dx = (float *)calloc(N * C, sizeof(float)), *dw = (float *)calloc(C, sizeof(float));
        float *db = (float *)calloc(C, sizeof(float));
        double *xd = to_double(x, N * C), *wd = to_double(w, C), *bd = to_double(b, C), worst = 0;
        for (c = 0; c < N * C; c++) x[c] += 10.0f; /* an offset mean, which naive one-pass formulas get wrong */
        for (c = 0; c < N * C; c++) xd[c] = x[c];
        phi_layernorm_forward(out, mean, rstd, x, w, b, N, C, 1e-5f);
        for (n = 0; n < N; n++) {
            double m = 0, v = 0, sd;
            for (c = 0; c < C; c++) m += x[n * C + c];
            m /= (double)C;
            for (c = 0; c < C; c++) v += (x[n * C + c] - m) * (x[n * C + c] - m);
            sd = 1 / sqrt(v / (double)C + 1e-5);
            CHECK(fabs(mean[n] - m) <= 1e-6 * fabs(m));
            CHECK(fabs(rstd[n] - sd) <= 1e-6 * sd);
            for (c = 0; c < C; c++) {
                double want = (x[n * C + c] - m) * sd * w[c] + b[c];
                double e = fabs(out[n * C + c] - want) / (fabs((x[n * C + c] - m) * sd * w[c]) + fabs(b[c]) + 1);
                if (e > worst) worst = e;
            }
        }
        CHECK(worst < 1e-5);
        /* backward: the gradient of L = Σ out ⊙ r is dout = r */
        phi_layernorm_backward(dx, dw, db, r, x, w, mean, rstd, N, C);
        if (C > 1) FD_CHECK(xd, N * C, dx, ln_loss(xd, wd, bd, r, N, C));
        FD_CHECK(wd, C, dw, ln_loss(xd, wd, bd, r, N, C));
        FD_CHECK(bd, C, db, ln_loss(xd, wd, bd, r, N, C));
        free(x); free(w); free(b); free(r); free(out); free(mean); free(rstd); free(dx); free(dw); free(db);
        free(xd); free(wd); free(bd);
    }
}

/* ---- attention: causal softmax, rope ------------------------------------------------------ */

static double sm_loss(const double *pre, const float *r, size_t t, double scale) {
    double m = -HUGE_VAL, s = 0, L = 0;
    size_t j;
    for (j = 0; j <= t; j++) m = pre[j] * scale > m ? pre[j] * scale : m;
    for (j = 0; j <= t; j++) s += exp(pre[j] * scale - m);
    for (j = 0; j <= t; j++) L += exp(pre[j] * scale - m) / s * r[j];
    return L;
}

static void check_softmax(void) {
    size_t v;
    for (v = 0; v < sizeof awkward / sizeof *awkward; v++) {
        size_t T = awkward[v] + 2, t = awkward[v] - 1, j;
        float scale = 0.125f, *pre = rnd(T, 8), *att = rnd(T, 1), *r = rnd(T, 1), *dpre = (float *)calloc(T, sizeof(float));
        double *pd = to_double(pre, T), sum = 0, m = -HUGE_VAL, s = 0, worst = 0;
        phi_softmax_causal_forward(att, pre, t, T, scale);
        for (j = 0; j <= t; j++) m = pre[j] * scale > m ? pre[j] * scale : m;
        for (j = 0; j <= t; j++) s += exp(pre[j] * (double)scale - m);
        for (j = 0; j <= t; j++) {
            double want = exp(pre[j] * (double)scale - m) / s;
            if (fabs(att[j] - want) > worst) worst = fabs(att[j] - want) / want;
            sum += att[j];
        }
        CHECK(worst < 2e-6);
        CHECK(fabs(sum - 1) < 1e-5);
        for (j = t + 1; j < T; j++) CHECK(att[j] == 0);
        /* backward: dL/datt = r */
        phi_softmax_causal_backward(dpre, att, r, t, scale);
        FD_CHECK(pd, t + 1, dpre, sm_loss(pd, r, t, scale));
        for (j = t + 1; j < T; j++) CHECK(dpre[j] == 0);
        free(pre); free(att); free(r); free(dpre); free(pd);
    }
    { /* a negative scale takes the max the other way */
        float pre[3] = {1, 2, 3}, att[3];
        phi_softmax_causal_forward(att, pre, 2, 3, -1.0f);
        CHECK(att[0] > att[1] && att[1] > att[2] && fabs(att[0] + att[1] + att[2] - 1) < 1e-6);
    }
}

static void check_rope(void) {
    size_t N = 9, NH = 3, HS = 20, R = 16, stride = NH * HS + 5, maxT = 40, n, hd, i, h = R / 2;
    float *cs = rnd(maxT * h, 1), *sn = rnd(maxT * h, 1), *x = rnd(N * stride, 1), *x0 = copy(x, N * stride);
    float *y = rnd(N * stride, 1), *y0 = copy(y, N * stride);
    int32_t pos[9] = {0, 1, 2, 39, 5, 5, 7, 30, 1};
    double worst = 0, lhs = 0, rhs = 0;
    phi_rope_table(cs, sn, maxT, R, 10000.0f);
    for (i = 0; i < h; i++) { /* the table: θ_i = theta^(-2i/R), in float as HF */
        double th = pow(10000.0, -2.0 * (double)i / (double)R);
        CHECK(fabs(cs[39 * h + i] - cos(39 * th)) < 2e-5 && fabs(sn[39 * h + i] - sin(39 * th)) < 2e-5);
    }
    phi_rope_forward(x, N, stride, NH, HS, R, cs, sn, pos);
    for (n = 0; n < N; n++)
        for (hd = 0; hd < NH; hd++) {
            const float *a = x0 + n * stride + hd * HS, *b = x + n * stride + hd * HS;
            for (i = 0; i < h; i++) {
                double c = cs[pos[n] * h + i], s = sn[pos[n] * h + i];
                double e1 = fabs(b[i] - (a[i] * c - a[i + h] * s)), e2 = fabs(b[i + h] - (a[i + h] * c + a[i] * s));
                if (e1 > worst) worst = e1;
                if (e2 > worst) worst = e2;
            }
            for (i = R; i < HS; i++) CHECK(b[i] == a[i]); /* the rest passes through */
        }
    for (n = 0; n < N; n++) /* and the gaps between tokens are untouched */
        for (i = NH * HS; i < stride; i++) CHECK(x[n * stride + i] == x0[n * stride + i]);
    CHECK(worst < 1e-6);
    /* the backward is the transpose: <R x, y> = <x, Rᵀ y> */
    phi_rope_backward(y, N, stride, NH, HS, R, cs, sn, pos);
    for (i = 0; i < N * stride; i++) {
        lhs += (double)x[i] * y0[i];
        rhs += (double)x0[i] * y[i];
    }
    CHECK(fabs(lhs - rhs) < 1e-5 * (fabs(lhs) + 1));
    /* pos NULL means positions 0..N-1 */
    memcpy(y, x0, N * stride * sizeof(float));
    memcpy(y0, x0, N * stride * sizeof(float));
    phi_rope_forward(y, N, stride, NH, HS, R, cs, sn, NULL);
    for (n = 0; n < N; n++) pos[n] = (int32_t)n;
    phi_rope_forward(y0, N, stride, NH, HS, R, cs, sn, pos);
    CHECK(memcmp(y, y0, N * stride * sizeof(float)) == 0);
    free(cs); free(sn); free(x); free(x0); free(y); free(y0);
}

/* ---- gelu ------------------------------------------------------------------------------- */

static double gelu_d(double x) { return 0.5 * x * (1 + tanh(sqrt(2 / 3.14159265358979323846) * (x + 0.044715 * x * x * x))); }

static void check_gelu(void) {
    size_t v;
    for (v = 0; v < sizeof awkward / sizeof *awkward; v++) {
        size_t n = awkward[v] + 16, i;
        float *x = rnd(n, 6), *out = rnd(n, 1), *dout = rnd(n, 1), *dx = (float *)calloc(n, sizeof(float));
        double worst = 0;
        x[0] = 0;
        if (n > 3) {
            x[1] = 20;
            x[2] = -20; /* saturated tails */
            x[3] = 1e-4f;
        }
        phi_gelu_forward(out, x, n);
        /* 0.5 x (1 + tanh u) cancels on the negative tail: any float tanh (ours ~1.2e-7 absolute,
           libm's 6e-8) gives an absolute error of 0.5 |x| err(tanh), plus rounding of the result.
           Allowed: 2e-7 |x| + 1e-6 |gelu(x)|; worst is that error over its allowance. */
        for (i = 0; i < n; i++) {
            double e = fabs(out[i] - gelu_d(x[i])) / (2e-7 * fabs(x[i]) + 1e-6 * fabs(gelu_d(x[i])) + 1e-30);
            if (e > worst) worst = e;
        }
        CHECK(worst <= 1);
        phi_gelu_backward(dx, x, dout, n);
        for (i = 0; i < n; i++) {
            double g = (gelu_d(x[i] + 1e-4) - gelu_d(x[i] - 1e-4)) / 2e-4 * dout[i];
            if (fabs(dx[i] - g) > 4e-6 + 1e-6 * fabs(g)) break; /* FD in double: O(h²) = 1e-8 */
        }
        CHECK_EQ_INT(i, n);
        free(x); free(out); free(dout); free(dx);
    }
}

/* ---- cross-entropy ------------------------------------------------------------------------ */

static double ce_loss(const double *l, const int32_t *tg, const float *dl, size_t N, size_t V) {
    double L = 0;
    size_t n, v;
    for (n = 0; n < N; n++) {
        double m = -HUGE_VAL, s = 0;
        if (tg[n] < 0) continue;
        for (v = 0; v < V; v++) m = l[n * V + v] > m ? l[n * V + v] : m;
        for (v = 0; v < V; v++) s += exp(l[n * V + v] - m);
        L += (log(s) + m - l[n * V + (size_t)tg[n]]) * dl[n];
    }
    return L;
}

static void check_crossentropy(void) {
    size_t v;
    for (v = 0; v < sizeof awkward / sizeof *awkward; v++) {
        size_t N = 4, V = awkward[v], n;
        float *l = rnd(N * V, 5), *loss = rnd(N, 1), *dl = rnd(N, 1), *g = (float *)calloc(N * V, sizeof(float));
        int32_t tg[4];
        double *ld = to_double(l, N * V);
        tg[0] = 0;
        tg[1] = (int32_t)(V - 1);
        tg[2] = -100; /* ignored */
        tg[3] = (int32_t)(V / 2);
        phi_crossentropy_forward(loss, l, tg, N, V);
        for (n = 0; n < N; n++) {
            float one = 1;
            double want = tg[n] < 0 ? 0 : ce_loss(ld + n * V, tg + n, &one, 1, V);
            CHECK(fabs(loss[n] - want) <= 2e-6 * (fabs(want) + 1));
        }
        phi_crossentropy_backward(g, l, tg, dl, N, V);
        FD_CHECK(ld, N * V, g, ce_loss(ld, tg, dl, N, V));
        for (n = 0; n < V; n++) CHECK(g[2 * V + n] == 0); /* the ignored row is untouched */
        free(l); free(loss); free(dl); free(g); free(ld);
    }
    { /* a NaN logit gives a NaN loss, in every variant: a diverging run must show it */
        float l[20], loss;
        int32_t t = 3;
        size_t i;
        for (i = 0; i < 20; i++) l[i] = (float)i;
        l[17] = NAN;
        phi_crossentropy_forward(&loss, l, &t, 1, 20);
        CHECK(loss != loss);
    }
    { /* -inf logits (a mask) get probability exactly 0 */
        float l[20], g[20] = {0}, dl = 1;
        int32_t t = 4; /* a finite logit: the target's own gradient is p - 1 */
        size_t i;
        for (i = 0; i < 20; i++) l[i] = i % 2 ? -INFINITY : (float)i;
        phi_crossentropy_backward(g, l, &t, &dl, 1, 20);
        for (i = 1; i < 20; i += 2) CHECK(g[i] == 0);
    }
    { /* huge logits do not overflow */
        float l[3] = {1000, 0, -1000}, loss;
        int32_t t = 1;
        phi_crossentropy_forward(&loss, l, &t, 1, 3);
        CHECK(fabs(loss - 1000) < 1e-3);
    }
}

/* ---- AdamW -------------------------------------------------------------------------------- */

/* Two steps of the formula of phi_kernels.h, in double, on awkward lengths. */
static void check_adamw(void) {
    size_t v;
    for (v = 0; v < sizeof awkward / sizeof *awkward; v++) {
        size_t n = awkward[v] + 8, i;
        float *p = rnd(n, 1), *g = rnd(n, 1), *m = (float *)calloc(n, sizeof(float)), *vv = (float *)calloc(n, sizeof(float));
        double *pd = to_double(p, n), *md = (double *)calloc(n, sizeof(double)), *vd = (double *)calloc(n, sizeof(double));
        double worst = 0;
        int t;
        for (t = 1; t <= 2; t++) {
            double bc1 = 1 - pow(0.9, t), bc2 = 1 - pow(0.95, t);
            phi_adamw(p, g, m, vv, n, 1e-2f, 0.9f, 0.95f, 1e-8f, 0.1f, t, 0.5f);
            for (i = 0; i < n; i++) {
                double gg = g[i] * 0.5;
                md[i] = 0.9 * md[i] + 0.1 * gg;
                vd[i] = 0.95 * vd[i] + 0.05 * gg * gg;
                pd[i] -= 1e-2 * ((md[i] / bc1) / (sqrt(vd[i] / bc2) + 1e-8) + 0.1 * pd[i]);
            }
        }
        for (i = 0; i < n; i++) {
            double e = fabs(p[i] - pd[i]) / (fabs(pd[i]) + 1e-2);
            if (e > worst) worst = e;
        }
        CHECK(worst < 1e-5); /* float vs double over two steps; the update itself is ~1e-2 */
        free(p); free(g); free(m); free(vv); free(pd); free(md); free(vd);
    }
}

/* ---- a variant against the scalar variant, on the same inputs ----------------------------- */

static void compare_with_scalar(const char *variant) {
    size_t N = 5, C = 513, V = 1000, T = 300, n = 4099, i;
    float *x = rnd(N * C, 3), *w = rnd(C, 1), *b = rnd(C, 1), *d = rnd(N * C, 1);
    float *o1 = rnd(N * C, 1), *o2 = copy(o1, N * C), *m1 = rnd(N, 1), *m2 = rnd(N, 1), *r1 = rnd(N, 1), *r2 = rnd(N, 1);
    float *g1 = rnd(N * C, 1), *g2 = copy(g1, N * C), *dw1 = rnd(C, 1), *dw2 = copy(dw1, C), *db1 = rnd(C, 1), *db2 = copy(db1, C);
    float *lg = rnd(N * V, 8), *l1 = rnd(N, 1), *l2 = rnd(N, 1), *dl = rnd(N, 1), *e1 = rnd(N * V, 1), *e2 = copy(e1, N * V);
    float *p1 = rnd(n, 1), *p2 = copy(p1, n), *gr = rnd(n, 1), *am1 = rnd(n, 0.1f), *am2 = copy(am1, n);
    float *av1 = rnd(n, 0.1f), *av2;
    int32_t tg[5] = {3, 999, -100, 0, 512};
    for (i = 0; i < n; i++) av1[i] = fabsf(av1[i]);
    av2 = copy(av1, n);

#define BOTH(call1, call2)                                \
    do {                                                  \
        CHECK(phi_kernels_force("scalar") == PHI_OK);     \
        call1;                                            \
        CHECK(phi_kernels_force(variant) == PHI_OK);      \
        call2;                                            \
    } while (0)

    BOTH(phi_layernorm_forward(o1, m1, r1, x, w, b, N, C, 1e-5f), phi_layernorm_forward(o2, m2, r2, x, w, b, N, C, 1e-5f));
    CHECK(rel_diff(o2, o1, N * C) < 1e-5 && rel_diff(m2, m1, N) < 1e-6 && rel_diff(r2, r1, N) < 1e-6);
    BOTH(phi_layernorm_backward(g1, dw1, db1, d, x, w, m1, r1, N, C), phi_layernorm_backward(g2, dw2, db2, d, x, w, m1, r1, N, C));
    CHECK(rel_diff(g2, g1, N * C) < 1e-5 && rel_diff(dw2, dw1, C) < 1e-5 && rel_diff(db2, db1, C) < 1e-6);
    BOTH(phi_gelu_forward(o1, x, N * C), phi_gelu_forward(o2, x, N * C));
    CHECK(rel_diff(o2, o1, N * C) < 2e-6);
    BOTH(phi_gelu_backward(g1, x, d, N * C), phi_gelu_backward(g2, x, d, N * C));
    CHECK(rel_diff(g2, g1, N * C) < 4e-6);
    BOTH(phi_softmax_causal_forward(o1, x, T - 1, T, 0.3f), phi_softmax_causal_forward(o2, x, T - 1, T, 0.3f));
    CHECK(rel_diff(o2, o1, T) < 2e-6);
    BOTH(phi_softmax_causal_backward(g1, o1, d, T - 1, 0.3f), phi_softmax_causal_backward(g2, o1, d, T - 1, 0.3f));
    CHECK(rel_diff(g2, g1, T) < 2e-6);
    BOTH(phi_crossentropy_forward(l1, lg, tg, N, V), phi_crossentropy_forward(l2, lg, tg, N, V));
    CHECK(rel_diff(l2, l1, N) < 2e-6);
    BOTH(phi_crossentropy_backward(e1, lg, tg, dl, N, V), phi_crossentropy_backward(e2, lg, tg, dl, N, V));
    CHECK(rel_diff(e2, e1, N * V) < 2e-6);
    BOTH(phi_adamw(p1, gr, am1, av1, n, 1e-3f, 0.9f, 0.95f, 1e-8f, 0.1f, 3, 0.7f),
         phi_adamw(p2, gr, am2, av2, n, 1e-3f, 0.9f, 0.95f, 1e-8f, 0.1f, 3, 0.7f));
    CHECK(rel_diff(p2, p1, n) < 1e-6 && rel_diff(am2, am1, n) < 1e-6 && rel_diff(av2, av1, n) < 1e-6);
    BOTH(o1[0] = phi_vec_dot(x, d, N * C), o2[0] = phi_vec_dot(x, d, N * C));
    CHECK(fabs(o2[0] - o1[0]) <= 2 * (N * C * 0x1p-24) * N * C * 3);
#undef BOTH
    free(x); free(w); free(b); free(d); free(o1); free(o2); free(m1); free(m2); free(r1); free(r2);
    free(g1); free(g2); free(dw1); free(dw2); free(db1); free(db2); free(lg); free(l1); free(l2); free(dl);
    free(e1); free(e2); free(p1); free(p2); free(gr); free(am1); free(am2); free(av1); free(av2);
}

/* ---- dispatch ----------------------------------------------------------------------------- */

TEST(dispatch_reports_and_refuses_clearly) {
    const char *f = phi_cpu_features();
    CHECK(strstr(f, "kernels: ") != NULL && strstr(f, "available: scalar") != NULL);
    CHECK(phi_kernels_available("scalar"));
    CHECK(!phi_kernels_available("sse9"));
    CHECK(phi_kernels_force("sse9") == PHI_ERR_ARG && strstr(phi_errmsg(), "unknown kernel variant 'sse9'"));
#if defined(__x86_64__)
    CHECK(phi_kernels_force("neon") == PHI_ERR_UNSUPPORTED && strstr(phi_errmsg(), "not available here"));
#elif defined(__aarch64__)
    CHECK(phi_kernels_force("avx2") == PHI_ERR_UNSUPPORTED && strstr(phi_errmsg(), "not available here"));
#endif
    CHECK(phi_kernels_force("scalar") == PHI_OK && strcmp(phi_kernels_name(), "scalar") == 0);
    CHECK(strstr(phi_cpu_features(), "kernels: scalar") != NULL);
    CHECK(phi_kernels_force(NULL) == PHI_OK); /* back to the best */
}

/* ---- every variant through every check ----------------------------------------------------- */

static const char *variant_now;
static void check_vs_scalar(void) { compare_with_scalar(variant_now); }

typedef struct named_check {
    const char *name;
    void (*fn)(void);
} named_check;
int main(void) {
    static const char *variants[] = {"scalar", "avx2", "avx512", "neon"};
    const char *only = getenv("PHI_KERNEL");
    size_t i;
    int ran = 0;
    phi_rng_seed(&rng, 2024);
    RUN(dispatch_reports_and_refuses_clearly);
    for (i = 0; i < sizeof variants / sizeof *variants; i++) {
        char name[64];
        if (only && only[0] && strcmp(only, "auto") != 0 && strcmp(only, variants[i]) != 0) continue;
        if (!phi_kernels_available(variants[i])) continue;
        static const named_check checks[] = {
            {"vector operations", check_vec},     {"gemm: every shape and transposition", check_gemm},
            {"gemm: same bits on 1, 2, 3 threads", check_gemm_threads}, {"linear layer forward/backward", check_matmul},
            {"layernorm", check_layernorm},       {"causal softmax", check_softmax},
            {"rotary embedding", check_rope},     {"gelu", check_gelu},
            {"cross-entropy", check_crossentropy}, {"adamw", check_adamw},
            {"agrees with the scalar variant", check_vs_scalar}};
        size_t c;
        CHECK(phi_kernels_force(variants[i]) == PHI_OK);
        variant_now = variants[i];
        for (c = 0; c < sizeof checks / sizeof *checks; c++) {
            if (checks[c].fn == check_vs_scalar && strcmp(variants[i], "scalar") == 0) continue;
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
