/* Primitives of the math algorithms' vector of doubles that every ISA
 * builds the same way from the ones its vd.h defines (src/<isa>/vd.h). */
#ifndef VMATH_VD_COMMON_H
#define VMATH_VD_COMMON_H
#include <string.h>

#define VM_SIGN UINT64_C(0x8000000000000000)

INLINE vd v_neg(vd a) { return v_from(v_xoru(v_bits(a), v_setu(VM_SIGN))); }
INLINE vd v_abs(vd a) { return v_from(v_andu(v_bits(a), v_setu(~VM_SIGN))); }
/* every lane of a in [2^-1022, Inf): positive, normal, finite (NaN: no) */
INLINE int v_all_pos_normal(vd a)
{
    return v_all(v_mand(v_gt(a, v_set(0x1.fffffffffffffp-1023)), v_lt(a, v_set(INFINITY))));
}
/* m with the sign of s where m's sign bit is clear (m >= +0, and not a NaN:
 * a NaN's sign bit, which v_copysign would set to s's, may be set and
 * stays): one operation fewer than v_copysign */
INLINE vd v_orsign(vd m, vd s) { return v_from(v_oru(v_bits(m), v_andu(v_bits(s), v_setu(VM_SIGN)))); }
/* |m| with the sign of s */
INLINE vd v_copysign(vd m, vd s)
{
    return v_from(v_oru(v_andu(v_bits(m), v_setu(~VM_SIGN)), v_andu(v_bits(s), v_setu(VM_SIGN))));
}

/* y = f(x) over arrays of doubles (the f64 math kernels), VM_LANES at a
 * time; the last n % VM_LANES go through a stack buffer, so nothing outside
 * x[0..n-1], y[0..n-1] is touched. Each step loads before it stores: y == x
 * works. */
INLINE void map_d(double *y, const double *x, size_t n, vd (*f)(vd))
{
    size_t i = 0;
    for (; i + VM_LANES <= n; i += VM_LANES)
        v_store(y + i, f(v_load(x + i)));
    if (i < n) {
        double buf[VM_LANES];
        vmath_tail_f64(buf, VM_LANES, x + i, n - i);
        v_store(buf, f(v_load(buf)));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* map_d with f2, f on two vectors at a time, for the first multiple of
 * 2 VM_LANES elements, then f */
INLINE void map_d_x2(double *y, const double *x, size_t n, vd (*f)(vd), void (*f2)(vd, vd, vd *, vd *))
{
    size_t i = 0;
    vd a, b;
    for (; i + 2 * VM_LANES <= n; i += 2 * VM_LANES) {
        f2(v_load(x + i), v_load(x + i + VM_LANES), &a, &b);
        v_store(y + i, a);
        v_store(y + i + VM_LANES, b);
    }
    if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_d(y + i, x + i, n - i, f);
}

/* map_d_x2 for a kernel written for n = 1 or 2 vectors, fn(n, x, y) (each
 * stage of both before the next: tanh, atan, tan): fn(2, ...) on pairs of
 * vectors, then map_d with its one-vector form f */
INLINE void map_d_n(double *y, const double *x, size_t n, vd (*f)(vd), void (*fn)(int, const vd *, vd *))
{
    size_t i = 0;
    vd a[2], b[2];
    for (; i + 2 * VM_LANES <= n; i += 2 * VM_LANES) {
        a[0] = v_load(x + i);
        a[1] = v_load(x + i + VM_LANES);
        fn(2, a, b);
        v_store(y + i, b[0]);
        v_store(y + i + VM_LANES, b[1]);
    }
    if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_d(y + i, x + i, n - i, f);
}

/* y = f(a, b) over arrays of doubles (pow, atan2, hypot), as map_d */
INLINE void map_d_vv(double *y, const double *a, const double *b, size_t n, vd (*f)(vd, vd))
{
    size_t i = 0;
    for (; i + VM_LANES <= n; i += VM_LANES)
        v_store(y + i, f(v_load(a + i), v_load(b + i)));
    if (i < n) {
        double ba[VM_LANES], bb[VM_LANES];
        vmath_tail_f64(ba, VM_LANES, a + i, n - i);
        vmath_tail_f64(bb, VM_LANES, b + i, n - i);
        v_store(ba, f(v_load(ba), v_load(bb)));
        memcpy(y + i, ba, (n - i) * sizeof *y);
    }
}

/* map_d_vv with f2, f on two vectors at a time, then f */
INLINE void map_d_vv_x2(double *y, const double *a, const double *b, size_t n, vd (*f)(vd, vd),
                        void (*f2)(vd, vd, vd, vd, vd *, vd *))
{
    size_t i = 0;
    vd r0, r1;
    for (; i + 2 * VM_LANES <= n; i += 2 * VM_LANES) {
        f2(v_load(a + i), v_load(b + i), v_load(a + i + VM_LANES), v_load(b + i + VM_LANES), &r0, &r1);
        v_store(y + i, r0);
        v_store(y + i + VM_LANES, r1);
    }
    if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_d_vv(y + i, a + i, b + i, n - i, f);
}

/* sincos: s = f's first output, c its second, as map_d; s or c may be x */
INLINE void map_d2(double *s, double *c, const double *x, size_t n, void (*f)(vd, vd *, vd *))
{
    size_t i = 0;
    vd a, b;
    for (; i + VM_LANES <= n; i += VM_LANES) {
        f(v_load(x + i), &a, &b);
        v_store(s + i, a);
        v_store(c + i, b);
    }
    if (i < n) {
        double bs[VM_LANES], bc[VM_LANES];
        vmath_tail_f64(bs, VM_LANES, x + i, n - i);
        f(v_load(bs), &a, &b);
        v_store(bs, a);
        v_store(bc, b);
        memcpy(s + i, bs, (n - i) * sizeof *s);
        memcpy(c + i, bc, (n - i) * sizeof *c);
    }
}

#endif
