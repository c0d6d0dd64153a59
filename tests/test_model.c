/* Tests of >>model. The oracle is a second implementation of PhiForCausalLM written here in
   double precision with plain loops (exact rotary angles, no kernels): it checks the
   forward's logits and loss, and gives central finite differences for the gradient of every
   parameter tensor. A committed fixture from PyTorch (tests/fixtures/make_phi_ref.py) is the
   independent check of both, when present.

   Tolerances: the forward runs in float32, whose accumulated rounding on this tiny model is
   ~1e-6 relative; logits must agree within 1e-5 relative to the largest logit. Finite
   differences in double with h = 1e-5 have O(h²) ~ 1e-10 error, so the gap is the float
   gradient's own error: we allow 1e-4 of the tensor's largest gradient + 1e-3 relative. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <math.h>
#include <stdlib.h>
#include <unistd.h>

static phi_config tiny(void) {
    phi_config c;
    memset(&c, 0, sizeof c);
    c.vocab_size = 61;
    c.hidden_size = 32;
    c.intermediate_size = 80;
    c.num_layers = 2;
    c.num_heads = 4;
    c.partial_rotary_factor = 0.5f;
    c.max_seq_len = 64;
    return c;
}

/* Weights far from zero (std 0.2) so that every gradient is large enough to check. */
static void init_big(phi_model *m, uint64_t seed) {
    phi_rng r;
    int i;
    size_t j;
    phi_rng_seed(&r, seed);
    for (i = 0; i < m->num_tensors; i++) {
        const phi_tensor *t = &m->tensors[i];
        int ln_w = strstr(t->name, "layernorm.weight") != NULL;
        for (j = 0; j < t->numel; j++)
            m->params[t->offset + j] = (float)((ln_w ? 1.0 : 0.0) + (t->ndim == 2 ? 0.2 : 0.1) * phi_rng_normal(&r));
    }
}

/* ---- the double-precision oracle ------------------------------------------------------- */

static const double *P(const phi_model *m, const double *p, const char *fmt, int l) {
    char name[80];
    const phi_tensor *t;
    snprintf(name, sizeof name, fmt, l);
    t = phi_model_tensor(m, name);
    PHI_ASSERT(t);
    return p + t->offset;
}

static void linear(double *out, const double *in, const double *w, const double *b, int N, int Cin, int Cout) {
    int n, o, c;
    for (n = 0; n < N; n++)
        for (o = 0; o < Cout; o++) {
            double s = b[o];
            for (c = 0; c < Cin; c++) s += in[n * Cin + c] * w[o * Cin + c];
            out[n * Cout + o] = s;
        }
}

static void layernorm(double *out, const double *x, const double *w, const double *b, int N, int C, double eps) {
    int n, c;
    for (n = 0; n < N; n++) {
        double mu = 0, var = 0;
        for (c = 0; c < C; c++) mu += x[n * C + c];
        mu /= C;
        for (c = 0; c < C; c++) var += (x[n * C + c] - mu) * (x[n * C + c] - mu);
        var /= C;
        for (c = 0; c < C; c++) out[n * C + c] = (x[n * C + c] - mu) / sqrt(var + eps) * w[c] + b[c];
    }
}

/* The mean loss over targets >= 0; logits [B*T, V] written when not NULL. */
static double oracle(const phi_model *m, const double *p, const int32_t *in, const int32_t *tg, int B, int T,
                     double *logits_out) {
    int C = m->cfg.hidden_size, F = m->cfg.intermediate_size, V = m->cfg.vocab_size, NH = m->cfg.num_heads;
    int HS = C / NH, R = (int)(HS * m->cfg.partial_rotary_factor), N = B * T, L = m->cfg.num_layers;
    double eps = m->cfg.layer_norm_eps, loss = 0;
    double *x = (double *)calloc((size_t)N * C, 8), *h = (double *)calloc((size_t)N * C, 8);
    double *q = (double *)calloc((size_t)N * C, 8), *k = (double *)calloc((size_t)N * C, 8);
    double *v = (double *)calloc((size_t)N * C, 8), *ao = (double *)calloc((size_t)N * C, 8);
    double *f1 = (double *)calloc((size_t)N * F, 8), *br = (double *)calloc((size_t)N * C, 8);
    double *lg = (double *)calloc((size_t)N * V, 8);
    int n, c, l, b, hd, t, j, i, count = 0;
    for (n = 0; n < N; n++)
        for (c = 0; c < C; c++) x[n * C + c] = P(m, p, "model.embed_tokens.weight", 0)[in[n] * C + c];
    for (l = 0; l < L; l++) {
        layernorm(h, x, P(m, p, "model.layers.%d.input_layernorm.weight", l), P(m, p, "model.layers.%d.input_layernorm.bias", l), N, C, eps);
        linear(q, h, P(m, p, "model.layers.%d.self_attn.q_proj.weight", l), P(m, p, "model.layers.%d.self_attn.q_proj.bias", l), N, C, C);
        linear(k, h, P(m, p, "model.layers.%d.self_attn.k_proj.weight", l), P(m, p, "model.layers.%d.self_attn.k_proj.bias", l), N, C, C);
        linear(v, h, P(m, p, "model.layers.%d.self_attn.v_proj.weight", l), P(m, p, "model.layers.%d.self_attn.v_proj.bias", l), N, C, C);
        for (b = 0; b < B; b++) /* rotary: a 2 x 2 rotation of (i, i + R/2) by angle t θ_i */
            for (t = 0; t < T; t++)
                for (hd = 0; hd < NH; hd++)
                    for (i = 0; i < R / 2; i++) {
                        double th = t * pow(m->cfg.rope_theta, -2.0 * i / R), cs = cos(th), sn = sin(th);
                        double *qq = q + (b * T + t) * C + hd * HS, *kk = k + (b * T + t) * C + hd * HS;
                        double a0 = qq[i], a1 = qq[i + R / 2], b0 = kk[i], b1 = kk[i + R / 2];
                        qq[i] = a0 * cs - a1 * sn;
                        qq[i + R / 2] = a1 * cs + a0 * sn;
                        kk[i] = b0 * cs - b1 * sn;
                        kk[i + R / 2] = b1 * cs + b0 * sn;
                    }
        for (b = 0; b < B; b++)
            for (hd = 0; hd < NH; hd++)
                for (t = 0; t < T; t++) {
                    double s[64], mx = -1e300, z = 0;
                    for (j = 0; j <= t; j++) {
                        double d = 0;
                        for (i = 0; i < HS; i++) d += q[(b * T + t) * C + hd * HS + i] * k[(b * T + j) * C + hd * HS + i];
                        s[j] = d / sqrt((double)HS);
                        if (s[j] > mx) mx = s[j];
                    }
                    for (j = 0; j <= t; j++) z += s[j] = exp(s[j] - mx);
                    for (i = 0; i < HS; i++) {
                        double o = 0;
                        for (j = 0; j <= t; j++) o += s[j] / z * v[(b * T + j) * C + hd * HS + i];
                        ao[(b * T + t) * C + hd * HS + i] = o;
                    }
                }
        linear(br, ao, P(m, p, "model.layers.%d.self_attn.dense.weight", l), P(m, p, "model.layers.%d.self_attn.dense.bias", l), N, C, C);
        for (i = 0; i < N * C; i++) x[i] += br[i];
        linear(f1, h, P(m, p, "model.layers.%d.mlp.fc1.weight", l), P(m, p, "model.layers.%d.mlp.fc1.bias", l), N, C, F);
        for (i = 0; i < N * F; i++) {
            double u = f1[i];
            f1[i] = 0.5 * u * (1 + tanh(sqrt(2 / 3.14159265358979323846) * (u + 0.044715 * u * u * u)));
        }
        linear(br, f1, P(m, p, "model.layers.%d.mlp.fc2.weight", l), P(m, p, "model.layers.%d.mlp.fc2.bias", l), N, F, C);
        for (i = 0; i < N * C; i++) x[i] += br[i];
    }
    layernorm(h, x, P(m, p, "model.final_layernorm.weight", 0), P(m, p, "model.final_layernorm.bias", 0), N, C, eps);
    linear(lg, h, P(m, p, "lm_head.weight", 0), P(m, p, "lm_head.bias", 0), N, C, V);
    for (n = 0; n < N; n++) {
        double mx = -1e300, z = 0;
        if (tg[n] < 0) continue;
        for (j = 0; j < V; j++) mx = lg[n * V + j] > mx ? lg[n * V + j] : mx;
        for (j = 0; j < V; j++) z += exp(lg[n * V + j] - mx);
        loss += log(z) + mx - lg[n * V + tg[n]];
        count++;
    }
    if (logits_out) memcpy(logits_out, lg, sizeof(double) * (size_t)N * V);
    free(x); free(h); free(q); free(k); free(v); free(ao); free(f1); free(br); free(lg);
    return count ? loss / count : 0;
}

/* ---- tests -------------------------------------------------------------------------------- */

static void batch(int32_t *in, int32_t *tg, int N, int V, uint64_t seed) {
    phi_rng r;
    int i;
    phi_rng_seed(&r, seed);
    for (i = 0; i < N; i++) {
        in[i] = (int32_t)phi_rng_below(&r, (uint64_t)V);
        tg[i] = (int32_t)phi_rng_below(&r, (uint64_t)V);
    }
}

static double *params_double(const phi_model *m) {
    double *p = (double *)malloc(m->num_params * sizeof(double));
    size_t i;
    for (i = 0; i < m->num_params; i++) p[i] = m->params[i];
    return p;
}

TEST(layout_has_every_hf_tensor) {
    phi_model m;
    phi_config c = tiny();
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    CHECK_EQ_INT(m.num_tensors, 1 + 2 * 14 + 4);
    CHECK(phi_model_tensor(&m, "model.layers.1.self_attn.dense.bias") != NULL);
    CHECK(phi_model_tensor(&m, "model.layers.0.mlp.fc1.weight")->shape[0] == 80);
    CHECK(phi_model_tensor(&m, "model.layers.0.mlp.fc2.weight")->shape[1] == 80);
    CHECK(phi_model_tensor(&m, "lm_head.bias")->numel == 61);
    CHECK(phi_model_tensor(&m, "model.layers.2.mlp.fc1.weight") == NULL);
    /* 61*32 + 2*(2*32 + 3*32*32 + 3*32 + 32*32 + 32 + 80*32 + 80 + 32*80 + 32) + 2*32 + 61*32 + 61 */
    CHECK_EQ_INT(m.num_params, 61 * 32 + 2 * (64 + 3072 + 96 + 1024 + 32 + 2560 + 80 + 2560 + 32) + 64 + 61 * 32 + 61);
    phi_model_free(&m);
    c.num_heads = 5;
    CHECK(phi_model_create(&m, &c, NULL) == PHI_ERR_ARG && strstr(phi_errmsg(), "multiple of num_heads"));
}

TEST(forward_matches_the_double_oracle) {
    phi_model m;
    phi_config c = tiny();
    int32_t in[2 * 7], tg[2 * 7];
    double *p, *want = (double *)malloc(sizeof(double) * 14 * 61), wl, worst = 0, big = 0;
    float loss;
    int i;
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    init_big(&m, 7);
    batch(in, tg, 14, 61, 3);
    tg[5] = -100; /* ignored */
    CHECK(phi_model_forward(&m, in, tg, 2, 7, &loss) == PHI_OK);
    p = params_double(&m);
    wl = oracle(&m, p, in, tg, 2, 7, want);
    for (i = 0; i < 14 * 61; i++) {
        double d = fabs(phi_model_logits(&m)[i] - want[i]);
        if (d > worst) worst = d;
        if (fabs(want[i]) > big) big = fabs(want[i]);
    }
    CHECK(worst <= 1e-5 * big);
    CHECK(fabs(loss - wl) <= 1e-5 * fabs(wl));
    /* out-of-vocabulary tokens are refused, naming the position */
    in[3] = 61;
    CHECK(phi_model_forward(&m, in, tg, 2, 7, &loss) == PHI_ERR_ARG && strstr(phi_errmsg(), "position 3"));
    CHECK(phi_model_backward(&m) == PHI_OK || 1); /* state after a refused forward is not checked */
    free(p);
    free(want);
    phi_model_free(&m);
}

TEST(gradients_match_finite_differences_for_every_tensor) {
    phi_model m;
    phi_config c = tiny();
    int32_t in[2 * 7], tg[2 * 7];
    double *p;
    float loss;
    int i, bad = 0;
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    init_big(&m, 11);
    batch(in, tg, 14, 61, 5);
    tg[0] = -1;
    CHECK(phi_model_forward(&m, in, tg, 2, 7, &loss) == PHI_OK);
    phi_model_zero_grad(&m);
    CHECK(phi_model_backward(&m) == PHI_OK);
    p = params_double(&m);
    for (i = 0; i < m.num_tensors; i++) {
        const phi_tensor *t = &m.tensors[i];
        const float *g = m.grads + t->offset;
        size_t j, pick[4], k;
        double gmax = 0;
        for (j = 0; j < t->numel; j++)
            if (fabs(g[j]) > gmax) {
                gmax = fabs(g[j]);
                pick[0] = j;
            }
        pick[1] = t->numel / 3;
        pick[2] = t->numel - 1;
        pick[3] = (t->numel * 7) / 11;
        if (gmax == 0) { /* every tensor of this model is live: a zero gradient is a bug */
            test__fail(__FILE__, __LINE__, "%s: gradient is all zero", t->name);
            bad++;
            continue;
        }
        for (k = 0; k < 4; k++) {
            size_t e = t->offset + pick[k];
            double keep = p[e], lp, lm, fd;
            p[e] = keep + 1e-5;
            lp = oracle(&m, p, in, tg, 2, 7, NULL);
            p[e] = keep - 1e-5;
            lm = oracle(&m, p, in, tg, 2, 7, NULL);
            p[e] = keep;
            fd = (lp - lm) / 2e-5;
            if (fabs(m.grads[e] - fd) > 1e-4 * gmax + 1e-3 * fabs(fd)) {
                test__fail(__FILE__, __LINE__, "%s[%zu]: backward %.8g, finite differences %.8g", t->name, pick[k],
                           m.grads[e], fd);
                bad++;
            }
        }
    }
    CHECK_EQ_INT(bad, 0);
    free(p);
    phi_model_free(&m);
}

/* Same bits with 1 and 2 threads: every kernel splits work in a fixed way. */
TEST(threads_do_not_change_the_result) {
    phi_model a, b;
    phi_config c = tiny();
    phi_pool *pool;
    int32_t in[3 * 9], tg[3 * 9];
    float la = 0.0f, lb = 1.0f; /* different: a failed forward cannot pass the comparison */
    CHECK(phi_pool_create(&pool, 2) == PHI_OK);
    CHECK(phi_model_create(&a, &c, NULL) == PHI_OK && phi_model_create(&b, &c, pool) == PHI_OK);
    init_big(&a, 3);
    init_big(&b, 3);
    batch(in, tg, 27, 61, 9);
    CHECK(phi_model_forward(&a, in, tg, 3, 9, &la) == PHI_OK && phi_model_forward(&b, in, tg, 3, 9, &lb) == PHI_OK);
    CHECK(la == lb);
    phi_model_zero_grad(&a);
    phi_model_zero_grad(&b);
    CHECK(phi_model_backward(&a) == PHI_OK && phi_model_backward(&b) == PHI_OK);
    CHECK(memcmp(a.grads, b.grads, a.num_params * sizeof(float)) == 0);
    phi_model_free(&a);
    phi_model_free(&b);
    phi_pool_free(pool);
}

TEST(backward_needs_a_forward_with_targets) {
    phi_model m;
    phi_config c = tiny();
    int32_t in[4] = {1, 2, 3, 4};
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    CHECK(phi_model_backward(&m) == PHI_ERR_STATE);
    CHECK(phi_model_forward(&m, in, NULL, 1, 4, NULL) == PHI_OK);
    CHECK(phi_model_logits(&m) != NULL);
    CHECK(phi_model_backward(&m) == PHI_ERR_STATE && strstr(phi_errmsg(), "forward with targets"));
    CHECK(phi_model_forward(&m, in, NULL, 1, 65, NULL) == PHI_ERR_ARG); /* longer than max_seq_len */
    phi_model_free(&m);
}

/* The committed fixture of tests/fixtures/make_phi_ref.py: a float64 PyTorch implementation
   of PhiForCausalLM on the same tiny configuration. Logits, loss and every gradient must match
   within 1e-4 relative (to the tensor's largest entry: some gradients are exactly zero). */
TEST(matches_the_pytorch_fixture) {
    phi_safetensors st;
    phi_model m;
    phi_config c = tiny();
    const phi_st_tensor *ids, *t;
    int32_t in[14], tg[14];
    float loss, want_loss, *buf;
    unsigned char raw[64];
    int i, b, k, bad = 0;
    if (phi_safetensors_load(&st, "tests/fixtures/phi_tiny.safetensors") != PHI_OK) {
        test__fail(__FILE__, __LINE__, "%s", phi_errmsg());
        return;
    }
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    buf = (float *)malloc(sizeof(float) * 61 * 80 * 14);
    for (i = 0; i < m.num_tensors; i++) {
        t = phi_safetensors_find(&st, m.tensors[i].name);
        CHECK(t && t->numel == m.tensors[i].numel);
        if (t && t->numel == m.tensors[i].numel) CHECK(phi_safetensors_read_f32(&st, t, m.params + m.tensors[i].offset) == PHI_OK);
    }
    ids = phi_safetensors_find(&st, "ids"); /* I32 [2, 8], little-endian */
    CHECK(ids && ids->dtype == PHI_DTYPE_I32 && ids->numel == 16);
    CHECK(ids && phi_safetensors_read_raw(&st, ids, raw) == PHI_OK);
    for (b = 0; b < 2; b++)
        for (k = 0; k < 8; k++) {
            const unsigned char *q = raw + 4 * (b * 8 + k);
            int32_t v = (int32_t)((uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24);
            if (k < 7) in[b * 7 + k] = v;
            if (k > 0) tg[b * 7 + k - 1] = v;
        }
    CHECK(phi_model_forward(&m, in, tg, 2, 7, &loss) == PHI_OK);
    CHECK(phi_safetensors_read_f32(&st, phi_safetensors_find(&st, "loss"), &want_loss) == PHI_OK);
    CHECK(fabs(loss - want_loss) <= 1e-4 * fabs(want_loss));
    t = phi_safetensors_find(&st, "logits");
    CHECK(t && t->numel == 14 * 61);
    if (t) {
        double worst = 0, big = 0;
        CHECK(phi_safetensors_read_f32(&st, t, buf) == PHI_OK);
        for (i = 0; i < 14 * 61; i++) {
            if (fabs(phi_model_logits(&m)[i] - buf[i]) > worst) worst = fabs(phi_model_logits(&m)[i] - buf[i]);
            if (fabs(buf[i]) > big) big = fabs(buf[i]);
        }
        CHECK(worst <= 1e-4 * big);
    }
    phi_model_zero_grad(&m);
    CHECK(phi_model_backward(&m) == PHI_OK);
    for (i = 0; i < m.num_tensors; i++) {
        char name[160];
        size_t j;
        double worst = 0, big = 0;
        snprintf(name, sizeof name, "grad.%s", m.tensors[i].name);
        t = phi_safetensors_find(&st, name);
        if (!t || t->numel != m.tensors[i].numel || phi_safetensors_read_f32(&st, t, buf) != PHI_OK) {
            test__fail(__FILE__, __LINE__, "%s missing from the fixture", name);
            bad++;
            continue;
        }
        for (j = 0; j < t->numel; j++) {
            double d = fabs(m.grads[m.tensors[i].offset + j] - buf[j]);
            if (d > worst) worst = d;
            if (fabs(buf[j]) > big) big = fabs(buf[j]);
        }
        if (worst > 1e-4 * big) {
            test__fail(__FILE__, __LINE__, "%s: off by %.3g (largest %.3g)", name, worst, big);
            bad++;
        }
    }
    CHECK_EQ_INT(bad, 0);
    free(buf);
    phi_model_free(&m);
    phi_safetensors_free(&st);
}

/* A header built in the test: {"a": {...}} with the given JSON, then `data` bytes. */
static phi_status st_from(const char *header, size_t data, const char **why) {
    phi_safetensors st;
    size_t hl = strlen(header), n = 8 + hl + data, i;
    unsigned char *f = (unsigned char *)calloc(n, 1);
    phi_status s;
    for (i = 0; i < 8; i++) f[i] = (unsigned char)((uint64_t)hl >> (8 * i));
    memcpy(f + 8, header, hl);
    s = phi_safetensors_parse(&st, f, n, "t.safetensors");
    *why = phi_errmsg();
    if (s == PHI_OK) phi_safetensors_free(&st);
    free(f);
    return s;
}

TEST(hostile_safetensors_are_refused_clearly) {
    phi_safetensors st;
    const char *why;
    unsigned char eight[8] = {200, 0, 0, 0, 0, 0, 0, 0};
    CHECK(st_from("{\"a\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}}", 24, &why) == PHI_OK);
    CHECK(st_from("{\"a\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}}", 20, &why) == PHI_ERR_CORRUPT &&
          strstr(why, "outside the 20 bytes"));
    CHECK(st_from("{\"a\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,20]}}", 24, &why) == PHI_ERR_CORRUPT &&
          strstr(why, "20 bytes of data for 6 elements"));
    CHECK(st_from("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                  "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12, &why) == PHI_ERR_CORRUPT &&
          strstr(why, "overlap"));
    CHECK(st_from("{\"a\":{\"dtype\":\"Q4\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8, &why) == PHI_ERR_UNSUPPORTED);
    CHECK(st_from("{\"a\":{\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]}}", 8, &why) == PHI_ERR_CORRUPT);
    CHECK(st_from("{\"a\":{\"dtype\":\"F32\",\"shape\":[4611686018427387904,4],\"data_offsets\":[0,8]}}", 8, &why) == PHI_ERR_CORRUPT &&
          strstr(why, "not a sane size"));
    CHECK(st_from("{\"a\":{\"dtype\":\"F32\",\"shape\":[2]}}", 8, &why) == PHI_ERR_CORRUPT && strstr(why, "data_offsets"));
    CHECK(st_from("{\"a\":{\"dtype\":\"F32\",", 8, &why) == PHI_ERR_CORRUPT && strstr(why, "header JSON"));
    CHECK(st_from("[1]", 0, &why) == PHI_ERR_CORRUPT);
    CHECK(phi_safetensors_parse(&st, eight, 8, "short") == PHI_ERR_CORRUPT && strstr(phi_errmsg(), "header of 200 bytes"));
    CHECK(phi_safetensors_parse(&st, eight, 5, "tiny") == PHI_ERR_CORRUPT);
    CHECK(phi_safetensors_load(&st, "/nonexistent.safetensors") == PHI_ERR_IO);
}

TEST(half_precision_converts_exactly) {
    /* F16: 1.0 = 0x3C00, -2.5 = 0xC100, 2^-24 (subnormal) = 0x0001, inf = 0x7C00; BF16: 1.5 = 0x3FC0 */
    const char *hdr = "{\"h\":{\"dtype\":\"F16\",\"shape\":[4],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"BF16\",\"shape\":[1],\"data_offsets\":[8,10]}}";
    unsigned char f[256];
    size_t hl = strlen(hdr), i;
    unsigned char data[10] = {0x00, 0x3C, 0x00, 0xC1, 0x01, 0x00, 0x00, 0x7C, 0xC0, 0x3F};
    phi_safetensors st;
    float out[4];
    for (i = 0; i < 8; i++) f[i] = (unsigned char)((uint64_t)hl >> (8 * i));
    memcpy(f + 8, hdr, hl);
    memcpy(f + 8 + hl, data, 10);
    CHECK(phi_safetensors_parse(&st, f, 8 + hl + 10, "half") == PHI_OK);
    CHECK(phi_safetensors_read_f32(&st, phi_safetensors_find(&st, "h"), out) == PHI_OK);
    CHECK(out[0] == 1.0f && out[1] == -2.5f && out[2] == 0x1p-24f && isinf(out[3]));
    CHECK(phi_safetensors_read_f32(&st, phi_safetensors_find(&st, "b"), out) == PHI_OK && out[0] == 1.5f);
    phi_safetensors_free(&st);
    { /* the same from a file: only the header is read at load, each tensor widened in place */
        char path[] = "/tmp/phi-test-half-XXXXXX";
        int fd = mkstemp(path);
        CHECK(fd >= 0 && write(fd, f, 8 + hl + 10) == (long)(8 + hl + 10));
        close(fd);
        CHECK(phi_safetensors_load(&st, path) == PHI_OK);
        memset(out, 0, sizeof out);
        CHECK(phi_safetensors_read_f32(&st, phi_safetensors_find(&st, "h"), out) == PHI_OK);
        CHECK(out[0] == 1.0f && out[1] == -2.5f && out[2] == 0x1p-24f && isinf(out[3]));
        CHECK(phi_safetensors_read_f32(&st, phi_safetensors_find(&st, "b"), out) == PHI_OK && out[0] == 1.5f);
        phi_safetensors_free(&st);
        remove(path);
    }
}

static void write_text(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
}

static int same_logits(phi_model *a, phi_model *b, const int32_t *in, int T) {
    CHECK(phi_model_forward(a, in, NULL, 1, T, NULL) == PHI_OK && phi_model_forward(b, in, NULL, 1, T, NULL) == PHI_OK);
    return memcmp(phi_model_logits(a), phi_model_logits(b), sizeof(float) * (size_t)T * 61) == 0;
}

TEST(export_then_load_gives_identical_logits) {
    phi_model a, b;
    phi_config c = tiny();
    char dir[] = "/tmp/phi-test-hf-XXXXXX";
    int32_t in[9] = {1, 5, 9, 60, 0, 33, 2, 2, 7};
    CHECK(mkdtemp(dir) != NULL);
    CHECK(phi_model_create(&a, &c, NULL) == PHI_OK);
    init_big(&a, 21);
    CHECK(phi_model_export_hf(&a, dir) == PHI_OK);
    CHECK(phi_model_load_hf(&b, dir, NULL) == PHI_OK);
    CHECK(b.cfg.hidden_size == 32 && b.cfg.intermediate_size == 80 && b.cfg.partial_rotary_factor == 0.5f);
    CHECK(memcmp(a.params, b.params, a.num_params * sizeof(float)) == 0);
    CHECK(same_logits(&a, &b, in, 9));
    phi_model_free(&a);
    phi_model_free(&b);
}

/* The older MixFormer names (fused Wqkv, layers.N numbering), split over two shards. */
TEST(mixformer_names_and_shards_load) {
    phi_model a, b;
    phi_config c = tiny();
    char dir[] = "/tmp/phi-test-mix-XXXXXX", path[256];
    const char *names[2][20];
    size_t shp[40][2];
    const size_t *shapes[2][20];
    int nd[2][20], cnt[2] = {0, 0}, l, i;
    const float *data[2][20];
    int32_t in[5] = {3, 1, 4, 1, 5};
    static char nm[40][64];
    int used = 0;
    CHECK(mkdtemp(dir) != NULL);
    CHECK(phi_model_create(&a, &c, NULL) == PHI_OK);
    init_big(&a, 5);
#define ADD(shard, name_, idx, rows, cols)                                   \
    do {                                                                     \
        int k_ = cnt[shard]++;                                               \
        snprintf(nm[used], sizeof nm[used], "%s", name_);                    \
        names[shard][k_] = nm[used];                                         \
        shp[used][0] = (rows);                                               \
        shp[used][1] = (cols);                                               \
        shapes[shard][k_] = shp[used];                                       \
        nd[shard][k_] = (cols) ? 2 : 1;                                      \
        data[shard][k_] = a.params + a.tensors[idx].offset;                  \
        used++;                                                              \
    } while (0)
    ADD(0, "layers.0.wte.weight", 0, 61, 32);
    for (l = 0; l < 2; l++) {
        char n[64];
        int base = 1 + l * 14, sh = l; /* layer 0 in shard 0, layer 1 in shard 1 */
        snprintf(n, sizeof n, "layers.%d.ln.weight", l + 1); ADD(sh, n, base + 0, 32, 0);
        snprintf(n, sizeof n, "layers.%d.ln.bias", l + 1); ADD(sh, n, base + 1, 32, 0);
        snprintf(n, sizeof n, "layers.%d.mixer.Wqkv.weight", l + 1); ADD(sh, n, base + 2, 96, 32);
        snprintf(n, sizeof n, "layers.%d.mixer.Wqkv.bias", l + 1); ADD(sh, n, base + 5, 96, 0);
        snprintf(n, sizeof n, "layers.%d.mixer.out_proj.weight", l + 1); ADD(sh, n, base + 8, 32, 32);
        snprintf(n, sizeof n, "layers.%d.mixer.out_proj.bias", l + 1); ADD(sh, n, base + 9, 32, 0);
        snprintf(n, sizeof n, "layers.%d.mlp.fc1.weight", l + 1); ADD(sh, n, base + 10, 80, 32);
        snprintf(n, sizeof n, "layers.%d.mlp.fc1.bias", l + 1); ADD(sh, n, base + 11, 80, 0);
        snprintf(n, sizeof n, "layers.%d.mlp.fc2.weight", l + 1); ADD(sh, n, base + 12, 32, 80);
        snprintf(n, sizeof n, "layers.%d.mlp.fc2.bias", l + 1); ADD(sh, n, base + 13, 32, 0);
    }
    ADD(1, "layers.3.ln.weight", 29, 32, 0);
    ADD(1, "layers.3.ln.bias", 30, 32, 0);
    ADD(1, "layers.3.linear.weight", 31, 61, 32);
    ADD(1, "layers.3.linear.bias", 32, 61, 0);
#undef ADD
    for (i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/part-%d.safetensors", dir, i);
        CHECK(phi_safetensors_write(path, cnt[i], names[i], shapes[i], nd[i], data[i]) == PHI_OK);
    }
    snprintf(path, sizeof path, "%s/config.json", dir);
    write_text(path, "{\"model_type\":\"phi-msft\",\"vocab_size\":61,\"n_embd\":32,\"n_inner\":80,\"n_layer\":2,\"n_head\":4,"
                     "\"rotary_dim\":4,\"n_positions\":64,\"layer_norm_epsilon\":1e-05,\"activation_function\":\"gelu_new\"}");
    snprintf(path, sizeof path, "%s/model.safetensors.index.json", dir);
    {
        phi_buf idx = {0};
        phi_buf_printf(&idx, "{\"metadata\":{},\"weight_map\":{");
        for (i = 0; i < used; i++) phi_buf_printf(&idx, "%s\"%s\":\"part-%d.safetensors\"", i ? "," : "", nm[i], i < 11 ? 0 : 1);
        phi_buf_printf(&idx, "}}");
        write_text(path, idx.data);
        phi_buf_free(&idx);
    }
    CHECK(phi_model_load_hf(&b, dir, NULL) == PHI_OK);
    if (b.params) {
        CHECK(memcmp(a.params, b.params, a.num_params * sizeof(float)) == 0);
        CHECK(same_logits(&a, &b, in, 5));
        phi_model_free(&b);
    } else {
        test__fail(__FILE__, __LINE__, "%s", phi_errmsg());
    }
    phi_model_free(&a);
}

TEST(broken_directories_are_refused_clearly) {
    phi_model a, b;
    phi_config c = tiny();
    char dir[] = "/tmp/phi-test-bad-XXXXXX", path[256];
    CHECK(mkdtemp(dir) != NULL);
    CHECK(phi_model_load_hf(&b, dir, NULL) == PHI_ERR_IO && strstr(phi_errmsg(), "config.json"));
    CHECK(phi_model_create(&a, &c, NULL) == PHI_OK);
    CHECK(phi_model_export_hf(&a, dir) == PHI_OK);
    snprintf(path, sizeof path, "%s/config.json", dir); /* a config that no longer matches the weights */
    write_text(path, "{\"vocab_size\":61,\"hidden_size\":32,\"intermediate_size\":96,\"num_hidden_layers\":2,\"num_attention_heads\":4}");
    CHECK(phi_model_load_hf(&b, dir, NULL) == PHI_ERR_CORRUPT && strstr(phi_errmsg(), "mlp.fc1.weight"));
    write_text(path, "{\"vocab_size\":61,\"hidden_size\":32,\"num_hidden_layers\":3,\"num_attention_heads\":4,\"intermediate_size\":80}");
    CHECK(phi_model_load_hf(&b, dir, NULL) == PHI_ERR_CORRUPT && strstr(phi_errmsg(), "model.layers.2.") && strstr(phi_errmsg(), "missing"));
    write_text(path, "{\"vocab_size\":61,\"hidden_size\":32,\"num_hidden_layers\":2,\"num_attention_heads\":4,\"hidden_act\":\"relu\"}");
    CHECK(phi_model_load_hf(&b, dir, NULL) == PHI_ERR_UNSUPPORTED && strstr(phi_errmsg(), "relu"));
    write_text(path, "{\"vocab_size\":61,");
    CHECK(phi_model_load_hf(&b, dir, NULL) == PHI_ERR_PARSE && strstr(phi_errmsg(), "config.json:1:"));
    phi_model_free(&a);
}

TEST(learning_rate_schedule_follows_its_formula) {
    phi_optim o;
    memset(&o, 0, sizeof o);
    o.lr = 1.0f;
    o.warmup_steps = 10;
    o.total_steps = 110;
    CHECK(fabs(phi_optim_lr(&o, 0) - 0.1) < 1e-7);   /* linear warmup: (step + 1) / warmup */
    CHECK(fabs(phi_optim_lr(&o, 9) - 1.0) < 1e-7);
    CHECK(fabs(phi_optim_lr(&o, 60) - 0.55) < 1e-6); /* cosine half-way: 0.1 + 0.9 * 0.5 */
    CHECK(fabs(phi_optim_lr(&o, 110) - 0.1) < 1e-7); /* the floor, min_lr_frac 0.1 */
    CHECK(fabs(phi_optim_lr(&o, 500) - 0.1) < 1e-7);
    o.schedule = PHI_SCHEDULE_LINEAR;
    CHECK(fabs(phi_optim_lr(&o, 35) - (0.1 + 0.9 * 0.75)) < 1e-6);
    o.schedule = PHI_SCHEDULE_CONSTANT;
    CHECK(phi_optim_lr(&o, 100) == 1.0f);
}

TEST(a_nan_gradient_changes_nothing) {
    phi_model m;
    phi_config c = tiny();
    phi_optim o;
    float *before, norm;
    int32_t in[4] = {1, 2, 3, 4}, tg[4] = {2, 3, 4, 5};
    float loss;
    memset(&o, 0, sizeof o);
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    phi_model_init(&m, 1);
    CHECK(phi_model_forward(&m, in, tg, 1, 4, &loss) == PHI_OK);
    phi_model_zero_grad(&m);
    CHECK(phi_model_backward(&m) == PHI_OK);
    m.grads[100] = NAN;
    before = (float *)malloc(m.num_params * sizeof(float));
    memcpy(before, m.params, m.num_params * sizeof(float));
    CHECK(phi_model_update(&m, &o, 7, 1, &norm) == PHI_ERR_NONFINITE && strstr(phi_errmsg(), "step 7"));
    CHECK(memcmp(before, m.params, m.num_params * sizeof(float)) == 0);
    free(before);
    phi_model_free(&m);
}

/* Training end to end on one short sequence: the loss must fall to almost nothing. */
TEST(a_tiny_model_overfits_a_sequence) {
    phi_model m;
    phi_config c = tiny();
    phi_optim o;
    int32_t seq[33];
    float loss = 0, first = 0;
    int i, step;
    memset(&o, 0, sizeof o);
    o.lr = 1e-2f;
    o.warmup_steps = 10;
    o.total_steps = 300;
    o.weight_decay = -1;
    for (i = 0; i < 33; i++) seq[i] = (int32_t)((i * 17 + 3) % 61);
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    phi_model_init(&m, 42);
    for (step = 0; step < 300; step++) {
        CHECK(phi_model_forward(&m, seq, seq + 1, 1, 32, &loss) == PHI_OK);
        if (step == 0) first = loss;
        phi_model_zero_grad(&m);
        CHECK(phi_model_backward(&m) == PHI_OK);
        CHECK(phi_model_update(&m, &o, step, 1, NULL) == PHI_OK);
    }
    CHECK(first > 3.5f);
    CHECK(loss < 0.1f);
    { /* and greedy generation from its first four tokens reproduces the rest */
        int32_t out[28];
        int n = 0;
        CHECK(phi_model_generate(&m, seq, 4, 28, NULL, out, &n) == PHI_OK);
        CHECK_EQ_INT(n, 28);
        CHECK(memcmp(out, seq + 4, sizeof out) == 0);
    }
    phi_model_free(&m);
}

TEST(kv_cache_decoding_matches_the_full_forward) {
    phi_model m;
    phi_config c = tiny();
    int32_t seq[12] = {5, 9, 1, 60, 33, 2, 2, 47, 13, 0, 8, 21};
    float full[12 * 61], step[61];
    double worst = 0, big = 0;
    int t, v;
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    init_big(&m, 17);
    CHECK(phi_model_forward(&m, seq, NULL, 1, 12, NULL) == PHI_OK);
    memcpy(full, phi_model_logits(&m), sizeof full);
    for (v = 0; v < 12 * 61; v++) big = fabs(full[v]) > big ? fabs(full[v]) : big;
    CHECK(phi_model_decode(&m, seq, 5, 0, step) == PHI_OK); /* a prompt of 5 at once ... */
    for (v = 0; v < 61; v++) worst = fabs(step[v] - full[4 * 61 + v]) > worst ? fabs(step[v] - full[4 * 61 + v]) : worst;
    for (t = 5; t < 12; t++) { /* ... then one token at a time */
        CHECK(phi_model_decode(&m, seq + t, 1, t, step) == PHI_OK);
        for (v = 0; v < 61; v++) worst = fabs(step[v] - full[t * 61 + v]) > worst ? fabs(step[v] - full[t * 61 + v]) : worst;
    }
    CHECK(worst <= 1e-5 * big);
    CHECK(phi_model_decode(&m, seq, 1, 64, step) == PHI_ERR_ARG && strstr(phi_errmsg(), "context"));
    phi_model_free(&m);
}

TEST(sampling_follows_its_options) {
    float logits[4] = {0.0f, 1.0986123f, -1e9f, -1e9f}; /* p = 1/4, 3/4, 0, 0 */
    phi_sample_opts o;
    phi_rng r;
    int i, ones = 0;
    memset(&o, 0, sizeof o);
    CHECK(phi_sample(logits, 4, &o, &r) == 1); /* greedy */
    o.temperature = 1.0f;
    o.top_k = 1;
    phi_rng_seed(&r, 1);
    CHECK(phi_sample(logits, 4, &o, &r) == 1);
    o.top_k = 0;
    o.top_p = 0.5f; /* the most likely alone reaches 0.5 */
    CHECK(phi_sample(logits, 4, &o, &r) == 1);
    o.top_p = 0;
    for (i = 0; i < 4000; i++) {
        int32_t t = phi_sample(logits, 4, &o, &r);
        CHECK(t == 0 || t == 1);
        ones += t == 1;
    }
    /* Binomial(4000, 3/4): sd 27; six of them is a one-in-a-billion fluke */
    CHECK(abs(ones - 3000) < 6 * 27);
}

static const float *cmp_logits_base;
static int cmp_logit_desc(const void *a, const void *b) {
    float x = cmp_logits_base[*(const int *)a], y = cmp_logits_base[*(const int *)b];
    return x < y ? 1 : x > y ? -1 : *(const int *)a - *(const int *)b;
}

/* Top-k and top-p select without sorting the vocabulary: every draw must come from the set a
   full sort gives (here the nucleus of a flat distribution holds thousands of tokens, more
   than the first head phi_sample sorts), and the draws must spread over it. */
TEST(sampling_keeps_exactly_the_top_k_and_the_nucleus) {
    enum { V = 5000 };
    static float logits[V];
    static int order[V], rank[V], seen[V];
    phi_sample_opts o;
    phi_rng r;
    double total = 0, cut = 0;
    int i, nucleus = 0, outside = 0, distinct = 0;
    phi_rng_seed(&r, 5);
    for (i = 0; i < V; i++) logits[i] = (float)phi_rng_normal(&r), order[i] = i;
    cmp_logits_base = logits;
    qsort(order, V, sizeof *order, cmp_logit_desc);
    for (i = 0; i < V; i++) rank[order[i]] = i, total += exp(logits[i] - logits[order[0]]);
    for (i = 0; i < V && cut < 0.9 * total; i++) cut += exp(logits[order[i]] - logits[order[0]]);
    nucleus = i;
    CHECK(nucleus > 1000);
    memset(&o, 0, sizeof o);
    o.temperature = 1.0f;
    o.top_k = 40;
    for (i = 0; i < 4000; i++) {
        int32_t t = phi_sample(logits, V, &o, &r);
        outside += rank[t] >= 40;
        distinct += !seen[t]++;
    }
    CHECK_EQ_INT(outside, 0);
    CHECK(distinct >= 38);
    memset(seen, 0, sizeof seen);
    outside = distinct = 0;
    o.top_k = 0;
    o.top_p = 0.9f;
    for (i = 0; i < 4000; i++) {
        int32_t t = phi_sample(logits, V, &o, &r);
        outside += rank[t] >= nucleus + 1; /* float rounding may add the one at the edge */
        distinct += !seen[t]++;
    }
    CHECK_EQ_INT(outside, 0);
    CHECK(distinct > 1000);
}

/* One training step on a batch drawn from rng: the data stream is part of the state. */
static void train_step(phi_model *m, phi_rng *rng, int step) {
    int32_t seq[2 * 9];
    phi_optim o;
    float loss;
    int i;
    memset(&o, 0, sizeof o);
    o.lr = 3e-3f;
    o.warmup_steps = 5;
    o.total_steps = 20;
    for (i = 0; i < 18; i++) seq[i] = (int32_t)phi_rng_below(rng, 61);
    CHECK(phi_model_forward(m, seq, seq + 1, 1, 17, &loss) == PHI_OK);
    phi_model_zero_grad(m);
    CHECK(phi_model_backward(m) == PHI_OK);
    CHECK(phi_model_update(m, &o, step, 1, NULL) == PHI_OK);
}

TEST(resuming_from_a_checkpoint_is_bit_identical) {
    phi_model a, b;
    phi_config c = tiny();
    phi_rng ra, rb;
    char path[] = "/tmp/phi-test-ckpt-XXXXXX";
    int64_t step = 0;
    int i, fd = mkstemp(path);
    close(fd);
    CHECK(phi_model_create(&a, &c, NULL) == PHI_OK && phi_model_create(&b, &c, NULL) == PHI_OK);
    phi_model_init(&a, 9);
    phi_model_init(&b, 9);
    phi_rng_seed(&ra, 77);
    phi_rng_seed(&rb, 77);
    for (i = 0; i < 20; i++) train_step(&a, &ra, i); /* straight through */
    for (i = 0; i < 10; i++) train_step(&b, &rb, i); /* stop after 10 ... */
    CHECK(phi_checkpoint_save(&b, path, 10, &rb) == PHI_OK);
    phi_model_free(&b);
    memset(&rb, 0, sizeof rb);
    CHECK(phi_checkpoint_load(&b, path, NULL, &step, &rb) == PHI_OK); /* ... resume ... */
    CHECK(step == 10);
#ifndef _WIN32
    { /* little-endian hosts use the mapped file's pages as the parameters, written copy-on-write
         (big-endian ones convert them, so they read a copy) */
        const uint32_t one = 1;
        CHECK((b.map_ != NULL) == (*(const unsigned char *)&one == 1));
    }
#endif
    for (i = (int)step; i < 20; i++) train_step(&b, &rb, i);            /* ... and finish */
    CHECK(memcmp(a.params, b.params, a.num_params * sizeof(float)) == 0);
    CHECK(memcmp(a.m, b.m, a.num_params * sizeof(float)) == 0 && memcmp(a.v, b.v, a.num_params * sizeof(float)) == 0);
    remove(path);
    phi_model_free(&a);
    phi_model_free(&b);
}

/* phi_model_load is for running a model: the parameters come straight from the (mapped) file,
   the AdamW moments stay on disk, and nothing for training is allocated by running it. */
TEST(loading_for_inference_skips_the_optimizer_and_allocates_no_training_memory) {
    phi_model a, b;
    phi_config c = tiny();
    phi_rng r;
    char path[] = "/tmp/phi-test-infer-XXXXXX";
    int32_t seq[6] = {1, 5, 9, 2, 7, 3};
    float la[61], lb[61];
    int i, fd = mkstemp(path);
    close(fd);
    CHECK(phi_model_create(&a, &c, NULL) == PHI_OK);
    phi_model_init(&a, 4);
    phi_rng_seed(&r, 3);
    for (i = 0; i < 3; i++) train_step(&a, &r, i);
    CHECK(a.m != NULL && a.grads != NULL);
    CHECK(phi_checkpoint_save(&a, path, 3, &r) == PHI_OK);
    CHECK(phi_model_load(&b, path, NULL) == PHI_OK);
    CHECK(b.m == NULL && b.v == NULL && b.grads == NULL);
    CHECK(memcmp(a.params, b.params, a.num_params * sizeof(float)) == 0);
    CHECK(phi_model_decode(&a, seq, 6, 0, la) == PHI_OK && phi_model_decode(&b, seq, 6, 0, lb) == PHI_OK);
    CHECK(memcmp(la, lb, sizeof la) == 0);
    CHECK(phi_model_forward(&b, seq, NULL, 1, 6, NULL) == PHI_OK); /* inference forward: one layer's activations */
    CHECK(b.grads == NULL && b.m == NULL);
    for (i = 0; i < 61; i++) CHECK_NEAR(phi_model_logits(&b)[5 * 61 + i], lb[i], 1e-4); /* two summation orders */
    CHECK(phi_model_forward(&b, seq, seq + 1, 1, 5, NULL) == PHI_OK && phi_model_backward(&b) == PHI_OK); /* then training */
    CHECK(b.grads != NULL && b.m == NULL);
    remove(path);
    phi_model_free(&a);
    phi_model_free(&b);
    phi_model_free(&b); /* a second free is harmless */
}

TEST(damaged_checkpoints_are_refused_clearly) {
    phi_model m, r;
    phi_config c = tiny();
    phi_rng rng;
    phi_buf f = {0};
    char path[] = "/tmp/phi-test-bad-ckpt-XXXXXX";
    size_t cut;
    int fd = mkstemp(path), flips = 0, refused = 0;
    close(fd);
    phi_rng_seed(&rng, 1);
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    phi_model_init(&m, 3);
    CHECK(phi_checkpoint_save(&m, path, 5, &rng) == PHI_OK);
    CHECK(phi_file_read(path, &f) == PHI_OK);
    CHECK(phi_checkpoint_parse(&r, f.data, f.len, "ok", NULL, NULL, NULL) == PHI_OK);
    phi_model_free(&r);
    for (cut = 0; cut < f.len; cut += f.len / 97 + 1) { /* every truncation is refused */
        refused += phi_checkpoint_parse(&r, f.data, cut, "cut", NULL, NULL, NULL) == PHI_ERR_CORRUPT;
        flips++;
    }
    CHECK_EQ_INT(refused, flips);
    for (flips = 0, refused = 0, cut = 12; cut < f.len; cut += f.len / 211 + 1) { /* so is every flipped byte */
        f.data[cut] ^= 0x40;
        if (phi_checkpoint_parse(&r, f.data, f.len, "flip", NULL, NULL, NULL) == PHI_OK) phi_model_free(&r);
        else refused++;
        f.data[cut] ^= 0x40;
        flips++;
    }
    CHECK_EQ_INT(refused, flips);
    f.data[20 + 12] ^= 1; /* inside CONF: the checksum names the section */
    CHECK(phi_checkpoint_parse(&r, f.data, f.len, "x.ckpt", NULL, NULL, NULL) == PHI_ERR_CORRUPT &&
          strstr(phi_errmsg(), "x.ckpt: section CONF at byte 12 fails its checksum"));
    f.data[20 + 12] ^= 1;
    f.data[0] = 'X';
    CHECK(phi_checkpoint_parse(&r, f.data, f.len, "x.ckpt", NULL, NULL, NULL) == PHI_ERR_CORRUPT && strstr(phi_errmsg(), "not a phi checkpoint"));
    f.data[0] = 'P';
    f.data[8] = 2;
    CHECK(phi_checkpoint_parse(&r, f.data, f.len, "x.ckpt", NULL, NULL, NULL) == PHI_ERR_UNSUPPORTED && strstr(phi_errmsg(), "version 2"));
    CHECK(phi_checkpoint_load(&r, "/nonexistent.ckpt", NULL, NULL, NULL) == PHI_ERR_IO);
    remove(path);
    phi_buf_free(&f);
    phi_model_free(&m);
}

/* ---- >>data and the training loop ---- */

TEST(token_files_round_trip_and_refuse_damage) {
    char path[] = "/tmp/phi-test-tok-XXXXXX";
    int32_t ids[1000];
    phi_ids back = {0};
    size_t i;
    int vocab = 0, fd = mkstemp(path);
    phi_buf file = {0};
    close(fd);
    for (i = 0; i < 1000; i++) ids[i] = (int32_t)((i * 7919) % 50257);
    CHECK(phi_tokens_save(path, ids, 1000, 50257) == PHI_OK); /* 2 bytes a token */
    CHECK(phi_file_read(path, &file) == PHI_OK && file.len == 32 + 2000);
    CHECK(phi_tokens_load(&back, path, &vocab) == PHI_OK && back.len == 1000 && vocab == 50257);
    CHECK(back.data && memcmp(back.data, ids, sizeof ids) == 0);
    ids[5] = 100000; /* needs 4 bytes */
    CHECK(phi_tokens_save(path, ids, 1000, 0) == PHI_OK);
    CHECK(phi_tokens_load(&back, path, &vocab) == PHI_OK && back.len == 1000 && vocab == 0 && back.data[5] == 100000);
    CHECK(phi_tokens_save(path, ids, 1000, 50257) == PHI_ERR_ARG); /* 100000 is outside */
    CHECK(strstr(phi_errmsg(), "position 5") != NULL);
    { /* every truncation and a flipped byte in header and body are refused, naming the file */
        size_t cut;
        ids[5] = 5;
        CHECK(phi_tokens_save(path, ids, 1000, 50257) == PHI_OK);
        phi_buf_free(&file);
        CHECK(phi_file_read(path, &file) == PHI_OK);
        for (cut = 0; cut < file.len; cut += cut < 40 ? 1 : 97) {
            CHECK(phi_file_write_atomic(path, file.data, cut) == PHI_OK);
            CHECK(phi_tokens_load(&back, path, NULL) < 0 && back.len == 0 && strstr(phi_errmsg(), path));
        }
        for (cut = 8; cut < file.len; cut += cut < 32 ? 1 : 501) {
            file.data[cut] ^= 0x10;
            CHECK(phi_file_write_atomic(path, file.data, file.len) == PHI_OK);
            CHECK(phi_tokens_load(&back, path, NULL) < 0 && back.len == 0);
            file.data[cut] ^= 0x10;
        }
    }
    { /* a vocabulary past INT32_MAX under a valid checksum (the fuzzer found it): refused, not
         loaded as a negative size */
        unsigned char f[36] = "PHITOKS";
        uint32_t crc;
        f[8] = 1, f[12] = 4, f[16] = 1, f[27] = 0x80, f[32] = 5;
        crc = phi_crc32(phi_crc32(0, f, 28), f + 32, 4);
        f[28] = (unsigned char)crc, f[29] = (unsigned char)(crc >> 8), f[30] = (unsigned char)(crc >> 16),
        f[31] = (unsigned char)(crc >> 24);
        CHECK(phi_tokens_parse(&back, f, sizeof f, "big", &vocab) == PHI_ERR_CORRUPT && back.len == 0);
        CHECK(strstr(phi_errmsg(), "big: byte 24") != NULL);
        f[27] = 0x7F; /* 0x7F000000 is still an int: loads */
        crc = phi_crc32(phi_crc32(0, f, 28), f + 32, 4);
        f[28] = (unsigned char)crc, f[29] = (unsigned char)(crc >> 8), f[30] = (unsigned char)(crc >> 16),
        f[31] = (unsigned char)(crc >> 24);
        CHECK(phi_tokens_parse(&back, f, sizeof f, "big", &vocab) == PHI_OK && back.len == 1 && back.data[0] == 5 &&
              vocab == 0x7F000000);
    }
    phi_ids_free(&back);
    phi_buf_free(&file);
    remove(path);
}

TEST(windows_cover_the_stream_and_the_held_out_part_is_apart) {
    enum { N = 1001, T = 10 };
    static int32_t tok[N], in[4 * T], tg[4 * T];
    static int seen[100], held[100];
    phi_dataset d;
    size_t i, w;
    int b, t;
    for (i = 0; i < N; i++) tok[i] = (int32_t)i;
    CHECK(phi_dataset_init(&d, tok, NULL, N, T, 0.1, 42) == PHI_OK);
    CHECK(d.num_windows == 100 && d.num_val == 10 && d.num_train == 90);
    for (i = 0; i < d.num_val; i += 4) { /* held-out windows: inputs and next tokens */
        phi_dataset_val_batch(&d, i, 4, in, tg);
        for (b = 0; b < 4; b++) {
            CHECK(in[b * T] % T == 0);
            held[in[b * T] / T] = 1;
            for (t = 0; t < T; t++) CHECK(in[b * T + t] == in[b * T] + t && tg[b * T + t] == in[b * T + t] + 1);
        }
    }
    for (w = 0; w < 3 * 90; w += 3) { /* three epochs in batches of 3: each visits every training window once */
        phi_dataset_train_batch(&d, w, 3, in, tg);
        for (b = 0; b < 3; b++) {
            int k = in[b * T] / T;
            CHECK(!held[k]);
            seen[k]++;
            for (t = 0; t < T; t++) CHECK(tg[b * T + t] == in[b * T + t] + 1);
        }
        if (w + 3 == 90) /* after the first epoch */
            for (i = 0; i < 100; i++) CHECK(seen[i] == (held[i] ? 0 : 1));
    }
    for (i = 0; i < 100; i++) CHECK(seen[i] == (held[i] ? 0 : 3));
    { /* the order is a function of (seed, position) alone, and differs between epochs */
        phi_dataset e;
        int32_t a[T], ta[T], c[T], tc[T], first[90];
        int same = 0;
        CHECK(phi_dataset_init(&e, tok, NULL, N, T, 0.1, 42) == PHI_OK);
        for (i = 0; i < 90; i++) {
            phi_dataset_train_batch(&d, i, 1, a, ta);
            first[i] = a[0];
        }
        for (i = 0; i < 90; i++) {
            phi_dataset_train_batch(&e, 90 + i, 1, c, tc); /* e jumps straight to epoch 1 */
            phi_dataset_train_batch(&d, 90 + i, 1, a, ta);
            CHECK(a[0] == c[0]);
            same += a[0] == first[i];
        }
        CHECK(same < 20);
        phi_dataset_free(&e);
    }
    phi_dataset_free(&d);
    CHECK(phi_dataset_init(&d, tok, NULL, T, T, 0, 1) == PHI_ERR_ARG); /* T tokens: no window of T + 1 */
    CHECK(strstr(phi_errmsg(), "too few") != NULL);
}

TEST(the_loss_mask_ignores_masked_targets) {
    int32_t tok[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9}, in[8], tg[8];
    unsigned char mask[9] = {0, 0, 0, 1, 1, 0, 1, 1, 1};
    phi_dataset d;
    int t;
    CHECK(phi_dataset_init(&d, tok, mask, 9, 8, 0, 3) == PHI_OK && d.num_windows == 1);
    phi_dataset_train_batch(&d, 0, 1, in, tg);
    for (t = 0; t < 8; t++) CHECK(in[t] == t + 1 && tg[t] == (mask[t + 1] ? t + 2 : -1));
    phi_dataset_free(&d);
}

typedef struct stop_at {
    int64_t at, calls;
    float first_loss, last_loss, last_val;
} stop_at;

static int on_step_stop(void *user, const phi_train_stats *s) {
    stop_at *x = (stop_at *)user;
    if (!x->calls++) x->first_loss = s->loss;
    x->last_loss = s->loss;
    if (s->val_loss == s->val_loss) x->last_val = s->val_loss;
    return s->step == x->at;
}

/* The loss of a stream and of the held-out windows, against one forward per window (B = 1)
   weighted by the targets it counts; batches of 3 leave a short last batch. */
TEST(stream_and_held_out_losses_are_per_window_means) {
    enum { T = 8, N = 5 * T + 4 }; /* 5 whole windows and 3 tokens over */
    static int32_t tok[N], in[T], tg[T];
    static unsigned char mask[N];
    phi_config c = tiny();
    phi_model m;
    phi_dataset d;
    double total = 0, count = 0;
    float got = 0, l;
    size_t w, k, v;
    phi_rng r;
    phi_rng_seed(&r, 9);
    for (k = 0; k < N; k++) tok[k] = (int32_t)phi_rng_below(&r, 61), mask[k] = k % 3 != 0;
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    init_big(&m, 4);
    for (w = 0; w < 5; w++) {
        size_t n = 0;
        memcpy(in, tok + w * T, sizeof in);
        for (k = 0; k < T; k++) tg[k] = mask[w * T + k + 1] ? tok[w * T + k + 1] : -1, n += tg[k] >= 0;
        CHECK(phi_model_forward(&m, in, tg, 1, T, &l) == PHI_OK);
        total += (double)l * (double)n;
        count += (double)n;
    }
    CHECK(phi_model_stream_loss(&m, tok, mask, N, T, 3, &got) == PHI_OK);
    CHECK_NEAR(got, total / count, 1e-5);
    CHECK(phi_model_stream_loss(&m, tok, mask, T, T, 3, &got) == PHI_ERR_ARG); /* T tokens: no window */
    CHECK(strstr(phi_errmsg(), "not one whole window") != NULL);
    /* held out: 2 of the 5 windows, whichever the seed picks */
    CHECK(phi_dataset_init(&d, tok, NULL, N, T, 0.4, 3) == PHI_OK && d.num_val == 2);
    for (total = count = 0, v = 0; v < 2; v++) {
        w = d.windows[v];
        memcpy(in, tok + w * T, sizeof in);
        memcpy(tg, tok + w * T + 1, sizeof tg);
        CHECK(phi_model_forward(&m, in, tg, 1, T, &l) == PHI_OK);
        total += (double)l * T;
        count += T;
    }
    CHECK(phi_model_eval_loss(&m, &d, 3, 0, &got) == PHI_OK);
    CHECK_NEAR(got, total / count, 1e-5);
    phi_dataset_free(&d);
    phi_model_free(&m);
}

TEST(the_training_loop_resumes_exactly_and_stops_on_nan) {
    enum { N = 2000 };
    static int32_t tok[N];
    phi_config c = tiny();
    phi_model a, b;
    phi_dataset d;
    phi_train_opts o;
    phi_rng r;
    stop_at x;
    char path[] = "/tmp/phi-test-train-XXXXXX";
    phi_buf before = {0}, after = {0};
    int64_t step;
    size_t i;
    int fd = mkstemp(path);
    close(fd);
    phi_rng_seed(&r, 5);
    for (i = 0; i < N; i++) tok[i] = (int32_t)(i % 7 == 0 ? 0 : 1 + phi_rng_below(&r, 60)); /* a learnable pattern */
    CHECK(phi_dataset_init(&d, tok, NULL, N, 16, 0.1, 11) == PHI_OK);
    memset(&o, 0, sizeof o);
    o.batch = 2, o.accum = 2, o.steps = 12, o.eval_every = 4, o.ckpt_every = 6, o.ckpt_path = path;
    o.optim.lr = 3e-3f, o.optim.warmup_steps = 2;
    o.on_step = on_step_stop, o.user = &x;
    memset(&x, 0, sizeof x);
    CHECK(phi_model_create(&a, &c, NULL) == PHI_OK);
    phi_model_init(&a, 1);
    CHECK(phi_train(&a, &d, &o, 0) == PHI_OK && x.calls == 12); /* straight through */
    CHECK(x.last_loss < x.first_loss && x.last_val > 0 && x.last_val < 4.2f);
    CHECK(phi_model_create(&b, &c, NULL) == PHI_OK);
    phi_model_init(&b, 1);
    x.at = 5; /* stopped after step 5: a checkpoint is written on the way out */
    CHECK(phi_train(&b, &d, &o, 0) == PHI_OK);
    phi_model_free(&b);
    CHECK(phi_checkpoint_load(&b, path, NULL, &step, NULL) == PHI_OK && step == 5);
    x.at = 0;
    CHECK(phi_train(&b, &d, &o, step) == PHI_OK);
    CHECK(memcmp(a.params, b.params, a.num_params * sizeof(float)) == 0);
    CHECK(memcmp(a.m, b.m, a.num_params * sizeof(float)) == 0 && memcmp(a.v, b.v, a.num_params * sizeof(float)) == 0);
    /* a NaN: training stops naming the step, and the checkpoint file stays as it was */
    CHECK(phi_file_read(path, &before) == PHI_OK);
    b.params[b.tensors[1].offset] = NAN; /* the first LayerNorm weight */
    o.steps = 20;
    CHECK(phi_train(&b, &d, &o, 12) == PHI_ERR_NONFINITE);
    CHECK(strstr(phi_errmsg(), "step 13") != NULL);
    CHECK(phi_file_read(path, &after) == PHI_OK && after.len == before.len && memcmp(after.data, before.data, after.len) == 0);
    phi_buf_free(&before);
    phi_buf_free(&after);
    phi_model_free(&a);
    phi_model_free(&b);
    phi_dataset_free(&d);
    remove(path);
}

/* ---- text generation and the data of JSONL files, with the GPT-2 tokenizer ---- */

/* NULL when the public test data (PHI_DATA) lacks it: the test then skips (SKIP_NO_DATA) */
static phi_tokenizer *gpt2(void) {
    phi_tokenizer *t = NULL;
    if (!test_data("gpt2/encoder.json") || !test_data("gpt2/vocab.bpe")) return NULL;
    CHECK(phi_tokenizer_load(&t, test_data("gpt2")) == PHI_OK);
    return t;
}

TEST(generation_stops_at_stop_strings_and_the_stop_token) {
    phi_tokenizer *tok = gpt2();
    phi_config c = tiny();
    phi_model m;
    phi_generate_opts o;
    phi_buf all = {0}, cut = {0};
    const char *stop[2];
    char want[64];
    int stopped = -1;
    size_t at;
    if (!tok) SKIP_NO_DATA(); /* or it failed to load: then the test has failed already */
    c.vocab_size = 50257;
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    phi_model_init(&m, 3);
    memset(&o, 0, sizeof o);
    o.max_new = 24;
    CHECK(phi_generate(&m, tok, "def f(x):", 9, &o, &all, &stopped) == PHI_OK && stopped == 0);
    CHECK(all.len >= 8); /* 24 random tokens */
    /* a stop string from the middle of that text: the same text, cut where it first occurs */
    at = all.len / 2;
    memcpy(want, all.data + at, 3);
    want[3] = 0;
    stop[0] = "\x01never";
    stop[1] = want;
    o.stop = stop;
    o.num_stop = 2;
    CHECK(phi_generate(&m, tok, "def f(x):", 9, &o, &cut, &stopped) == PHI_OK && stopped == 1);
    CHECK(strstr(all.data, want) != NULL && cut.len == (size_t)(strstr(all.data, want) - all.data));
    CHECK(memcmp(cut.data, all.data, cut.len) == 0);
    { /* the stop token ends it, unwritten: the text of the tokens before it */
        phi_ids p = {0};
        int32_t ids[32];
        int n = 0;
        phi_buf head = {0};
        CHECK(phi_tokenizer_encode(tok, "def f(x):", 9, &p) == PHI_OK);
        CHECK(phi_model_generate(&m, p.data, (int)p.len, 24, NULL, ids, &n) == PHI_OK && n == 24);
        o.num_stop = 0;
        o.sample.stop_token = ids[3];
        o.sample.has_stop_token = 1;
        cut.len = 0;
        CHECK(phi_generate(&m, tok, "def f(x):", 9, &o, &cut, &stopped) == PHI_OK && stopped == 2);
        CHECK(phi_tokenizer_decode(tok, ids, (size_t)(ids[0] == ids[3] ? 0 : ids[1] == ids[3] ? 1 : ids[2] == ids[3] ? 2 : 3), &head) == PHI_OK);
        CHECK(cut.len == head.len && memcmp(cut.data, head.data ? head.data : "", head.len) == 0);
        phi_buf_free(&head);
        phi_ids_free(&p);
    }
    phi_buf_free(&all);
    phi_buf_free(&cut);
    phi_model_free(&m);
    phi_tokenizer_free(tok);
}


TEST(jsonl_documents_and_exercises_become_token_streams) {
    phi_tokenizer *tok = gpt2();
    char path[] = "/tmp/phi-test-jsonl-XXXXXX";
    phi_ids ids = {0}, a = {0}, b = {0}, want = {0};
    phi_buf mask = {0};
    phi_pool *pool = NULL;
    size_t docs = 0, i;
    int fd;
    if (!tok) SKIP_NO_DATA();
    fd = mkstemp(path);
    close(fd);
    write_text(path, "{\"text\": \"def f(x):\\n    return x\", \"prompt\": \"def g():\\n\", \"completion\": \"    return 1\\n\"}\n"
                     "{\"text\": \"caf\\u00e9 <|endoftext|>\", \"prompt\": \"# a\", \"completion\": \"b\"}\n");
    CHECK(phi_pool_create(&pool, 2) == PHI_OK);
    CHECK(phi_tokens_from_jsonl(path, "text", tok, pool, &ids, &docs) == PHI_OK && docs == 2);
    /* what it must be: each document encoded alone, then 50256 */
    CHECK(phi_tokenizer_encode(tok, "def f(x):\n    return x", 22, &want) == PHI_OK && phi_ids_push(&want, 50256) == PHI_OK);
    CHECK(phi_tokenizer_encode(tok, "caf\xc3\xa9 <|endoftext|>", 19, &want) == PHI_OK && phi_ids_push(&want, 50256) == PHI_OK);
    CHECK(ids.len == want.len && memcmp(ids.data, want.data, ids.len * sizeof(int32_t)) == 0);
    ids.len = 0;
    CHECK(phi_tokens_from_exercises(path, "prompt", "completion", tok, 0, &ids, &mask, &docs) == PHI_OK && docs == 2);
    CHECK(phi_tokenizer_encode(tok, "def g():\n", 9, &a) == PHI_OK && phi_tokenizer_encode(tok, "    return 1\n", 13, &b) == PHI_OK);
    CHECK(mask.len == ids.len && ids.len == a.len + b.len + 1 + 2 + 1 + 1); /* "# a" is 2 tokens, "b" 1 */
    for (i = 0; i < a.len && i < ids.len; i++) CHECK(ids.data[i] == a.data[i] && mask.data[i] == 0);
    for (i = 0; i < b.len && a.len + i < ids.len; i++) CHECK(ids.data[a.len + i] == b.data[i] && mask.data[a.len + i] == 1);
    CHECK(ids.data[a.len + b.len] == 50256 && mask.data[a.len + b.len] == 1);
    CHECK(mask.data[mask.len - 1] == 1 && mask.data[mask.len - 2] == 1 && mask.data[mask.len - 3] == 0);
    ids.len = 0, mask.len = 0;
    CHECK(phi_tokens_from_exercises(path, "prompt", "completion", tok, 1, &ids, &mask, &docs) == PHI_OK);
    for (i = 0; i < mask.len; i++) CHECK(mask.data[i] == 1);
    CHECK(phi_tokens_from_jsonl(path, "nope", tok, NULL, &ids, &docs) == PHI_ERR_PARSE);
    CHECK(strstr(phi_errmsg(), "record 1 has no string field \"nope\"") != NULL);
    phi_ids_free(&ids), phi_ids_free(&a), phi_ids_free(&b), phi_ids_free(&want);
    phi_buf_free(&mask);
    phi_pool_free(pool);
    phi_tokenizer_free(tok);
    remove(path);
}

/* The ownership rule at the top of phi.h: every _free accepts NULL and a value already freed. */
TEST(every_free_accepts_null_and_a_freed_value) {
    phi_model m;
    phi_safetensors st;
    phi_dataset d;
    phi_buf b = {0};
    phi_ids ids = {0};
    phi_json_doc doc;
    phi_config c = tiny();
    phi_model_free(NULL);
    phi_safetensors_free(NULL);
    phi_dataset_free(NULL);
    phi_buf_free(NULL);
    phi_ids_free(NULL);
    phi_json_doc_free(NULL);
    phi_tokenizer_free(NULL);
    phi_pool_free(NULL);
    phi_jsonl_close(NULL);
    CHECK(phi_jsonl_writer_close(NULL) == PHI_OK);
    CHECK(phi_model_create(&m, &c, NULL) == PHI_OK);
    phi_model_free(&m);
    phi_model_free(&m);
    CHECK(m.params == NULL && m.tensors == NULL);
    memset(&st, 0, sizeof st);
    phi_safetensors_free(&st);
    memset(&d, 0, sizeof d);
    phi_dataset_free(&d);
    CHECK(phi_buf_append(&b, "x", 1) == PHI_OK);
    phi_buf_free(&b);
    phi_buf_free(&b);
    CHECK(b.data == NULL);
    phi_ids_free(&ids);
    memset(&doc, 0, sizeof doc);
    CHECK(phi_json_parse(&doc, "[1]", 3, NULL) == PHI_OK);
    phi_json_doc_free(&doc);
    phi_json_doc_free(&doc);
    CHECK(doc.root == NULL);
}

int main(void) {
    RUN(every_free_accepts_null_and_a_freed_value);
    RUN(layout_has_every_hf_tensor);
    RUN(forward_matches_the_double_oracle);
    RUN(gradients_match_finite_differences_for_every_tensor);
    RUN(threads_do_not_change_the_result);
    RUN(backward_needs_a_forward_with_targets);
    RUN(matches_the_pytorch_fixture);
    RUN(hostile_safetensors_are_refused_clearly);
    RUN(half_precision_converts_exactly);
    RUN(export_then_load_gives_identical_logits);
    RUN(mixformer_names_and_shards_load);
    RUN(broken_directories_are_refused_clearly);
    RUN(learning_rate_schedule_follows_its_formula);
    RUN(a_nan_gradient_changes_nothing);
    RUN(a_tiny_model_overfits_a_sequence);
    RUN(kv_cache_decoding_matches_the_full_forward);
    RUN(sampling_follows_its_options);
    RUN(sampling_keeps_exactly_the_top_k_and_the_nucleus);
    RUN(resuming_from_a_checkpoint_is_bit_identical);
    RUN(loading_for_inference_skips_the_optimizer_and_allocates_no_training_memory);
    RUN(damaged_checkpoints_are_refused_clearly);
    RUN(token_files_round_trip_and_refuse_damage);
    RUN(windows_cover_the_stream_and_the_held_out_part_is_apart);
    RUN(the_loss_mask_ignores_masked_targets);
    RUN(stream_and_held_out_losses_are_per_window_means);
    RUN(the_training_loop_resumes_exactly_and_stops_on_nan);
    RUN(generation_stops_at_stop_strings_and_the_stop_token);
    RUN(jsonl_documents_and_exercises_become_token_streams);
    return test_summary();
}
