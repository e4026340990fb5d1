/* The complex loops a user would write with C99 _Complex float, included by
 * plain.c (-O3 -march=native) and plain_fast.c (the same plus -ffast-math,
 * which drops the C99 Annex G NaN checks of the multiply). vmath_cf32 and
 * float _Complex have the same layout. */
#ifndef VMATH_BENCH_PLAIN_COMPLEX_H
#define VMATH_BENCH_PLAIN_COMPLEX_H

#include <complex.h>
#include <string.h>

#include "vmath.h"

static void cmul_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    float _Complex *cy = (float _Complex *)y;
    const float _Complex *ca = (const float _Complex *)a, *cb = (const float _Complex *)b;
    for (size_t i = 0; i < n; i++)
        cy[i] = ca[i] * cb[i];
}

static void cmulconj_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    float _Complex *cy = (float _Complex *)y;
    const float _Complex *ca = (const float _Complex *)a, *cb = (const float _Complex *)b;
    for (size_t i = 0; i < n; i++)
        cy[i] = ca[i] * conjf(cb[i]);
}

static void cscale_cf32(vmath_cf32 *y, const vmath_cf32 *x, vmath_cf32 s, size_t n)
{
    float _Complex *cy = (float _Complex *)y, cs;
    memcpy(&cs, &s, sizeof cs); /* the layout the casts rely on; clang 14 has no CMPLXF */
    const float _Complex *cx = (const float _Complex *)x;
    for (size_t i = 0; i < n; i++)
        cy[i] = cx[i] * cs;
}

#define PLAIN_COMPLEX_LOOPS                       \
    {"cmul_cf32", (vmath_fn)cmul_cf32},           \
    {"cmulconj_cf32", (vmath_fn)cmulconj_cf32},   \
    {"cscale_cf32", (vmath_fn)cscale_cf32},

#endif
