/* Tests of phi_kernels.h >>vec. Inputs are small integers so every result is exact and
   the expected values come from closed forms, not from a second implementation. */
#define PHI_IMPLEMENTATION
#include "../phi_kernels.h"
#include "test.h"

#include <math.h>

static float x[1000], y[1000];

static void fill(size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        x[i] = (float)(i + 1);
        y[i] = (float)(i + 1);
    }
}

TEST(dot_and_sum_match_closed_forms) {
    size_t sizes[] = {0, 1, 3, 7, 17, 63, 65, 127, 513, 1000};
    size_t k;
    for (k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        double n = (double)sizes[k];
        fill(sizes[k]);
        CHECK(phi_vec_sum(x, sizes[k]) == (float)(n * (n + 1) / 2));
        CHECK(phi_vec_dot(x, y, sizes[k]) == (float)(n * (n + 1) * (2 * n + 1) / 6));
    }
}

TEST(axpy_scale_and_max) {
    size_t i;
    fill(513);
    phi_vec_axpy(-2.0f, x, y, 513); /* y = i+1 - 2(i+1) = -(i+1) */
    for (i = 0; i < 513; i++)
        if (y[i] != -(float)(i + 1)) break;
    CHECK_EQ_INT(i, 513);
    phi_vec_scale(0.5f, x, 513);
    for (i = 0; i < 513; i++)
        if (x[i] != (float)(i + 1) / 2) break;
    CHECK_EQ_INT(i, 513);
    x[200] = 1e6f;
    CHECK(phi_vec_max(x, 513) == 1e6f);
    CHECK(phi_vec_max(y, 513) == -1.0f);
    CHECK(isinf(phi_vec_max(x, 0)) && phi_vec_max(x, 0) < 0);
}

int main(void) {
    RUN(dot_and_sum_match_closed_forms);
    RUN(axpy_scale_and_max);
    return test_summary();
}
