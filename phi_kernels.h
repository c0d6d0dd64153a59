/* phi_kernels.h - the hot numeric kernels of phi.h.  version 0.1.0, MIT licence (see phi.h).

   Every kernel has a portable scalar reference that defines what it computes; SIMD variants
   (AVX2+FMA, AVX-512F, NEON) are chosen at run time and tested against it. Same conventions
   as phi.h: declarations here, the implementation under PHI_KERNELS_IMPLEMENTATION (which
   PHI_IMPLEMENTATION implies) with its own include-once guard, PHI_KDEF for linkage.

   DO THIS
       #define PHI_IMPLEMENTATION     (or PHI_KERNELS_IMPLEMENTATION for the kernels alone)
       #include "phi_kernels.h"
   in exactly one C or C++ file.

   CONTENTS (each entry is a banner in the code: search for ">>name")
       >>vec        small vector operations: dot, axpy, scale, sum, max

   Shape legend, used in every comment: n = vector length. */
#ifndef PHI_KERNELS_H
#define PHI_KERNELS_H

#define PHI_KERNELS_VERSION_STRING "0.1.0"

#include <stddef.h>

#ifndef PHI_KDEF
#ifdef PHI_STATIC
#if defined(__GNUC__) || defined(__clang__)
#define PHI_KDEF static __attribute__((unused))
#else
#define PHI_KDEF static
#endif
#else
#define PHI_KDEF extern
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ============================================================================================
   >>vec: small vector operations
   ============================================================================================ */
PHI_KDEF float phi_vec_dot(const float *x, const float *y, size_t n);  /* sum x[i]*y[i] */
PHI_KDEF void phi_vec_axpy(float a, const float *x, float *y, size_t n); /* y[i] += a*x[i] */
PHI_KDEF void phi_vec_scale(float a, float *x, size_t n);               /* x[i] *= a */
PHI_KDEF float phi_vec_sum(const float *x, size_t n);                   /* sum x[i] */
PHI_KDEF float phi_vec_max(const float *x, size_t n);                   /* max x[i]; -inf if n == 0 */

#ifdef __cplusplus
}
#endif
#endif /* PHI_KERNELS_H */

#if defined(PHI_IMPLEMENTATION) && !defined(PHI_KERNELS_IMPLEMENTATION)
#define PHI_KERNELS_IMPLEMENTATION
#endif
#ifdef PHI_KERNELS_IMPLEMENTATION
#ifndef PHI__KERNELS_IMPLEMENTATION_DONE
#define PHI__KERNELS_IMPLEMENTATION_DONE

#include <math.h>

/* >>vec (implementation) ------------------------------------------------------------------- */

/* Sums are accumulated in double: the reference must be more accurate than any variant. */
PHI_KDEF float phi_vec_dot(const float *x, const float *y, size_t n) {
    double s = 0;
    size_t i;
    for (i = 0; i < n; i++) s += (double)x[i] * (double)y[i];
    return (float)s;
}

PHI_KDEF void phi_vec_axpy(float a, const float *x, float *y, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) y[i] += a * x[i];
}

PHI_KDEF void phi_vec_scale(float a, float *x, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) x[i] *= a;
}

PHI_KDEF float phi_vec_sum(const float *x, size_t n) {
    double s = 0;
    size_t i;
    for (i = 0; i < n; i++) s += x[i];
    return (float)s;
}

PHI_KDEF float phi_vec_max(const float *x, size_t n) {
    float m = -HUGE_VALF;
    size_t i;
    for (i = 0; i < n; i++)
        if (x[i] > m) m = x[i];
    return m;
}

#endif /* PHI__KERNELS_IMPLEMENTATION_DONE */
#endif /* PHI_KERNELS_IMPLEMENTATION */
