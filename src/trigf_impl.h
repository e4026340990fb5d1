/*
 * sin, cos, tan and sincos for f32, evaluated in f32 (twice the lanes of
 * the f64 evaluation in src/trig_impl.h), reduced in f32 for |x| <
 * VMF_TRIG_MAX = 12288; a vector with a lane beyond, +-Inf or NaN (one
 * compare and branch) is also reduced in f64 out of line, by src/trig_impl.h's
 * vm_trig_reduce (Cody-Waite below 2^20, Payne-Hanek above), and those lanes
 * take the same polynomials on that reduced argument (vmf_trig_big_reduce
 * below), so no lane's result depends on its neighbours. Over
 * all 2^32 inputs (docs/ulp.md): at most 0.838 ULP (sin), 0.837 (cos),
 * 0.917 (tan; 0.899 below 12288). ONE algorithm for the ISAs with FMA (scalar reference,
 * avx2, avx512, neon: the same bits); sse4.1 keeps the f64 kernels.
 * Measurements and the alternatives tried: docs/performance.md.
 * Included after src/trig_impl.h and the vf primitives of src/expf_impl.h,
 * plus vf_fnma(a, b, c) = c - a b fused and (the trig block of
 * src/<isa>/vf.h):
 *   vf_odd(q) -> vfm: bit 0 of the bits of q set,
 *   vf_swapneg(m, &a, &b): where m, (a, b) becomes (-b, a),
 *   vf_flipsign(y, q): y with its sign flipped where bit 1 of the bits of
 *   q is set (k mod 4 = 2 or 3),
 *   vf_via_vd3(x, f, &a, &b, &c): f, a kernel on vectors of doubles with
 *   three outputs, on the lanes of x (converted to double and back),
 *   vf_nlt(a, b) -> vfm: !(a < b), so also NaN lanes (one compare on x86).
 *
 * Reduction, of a = x itself (sin, cos, sincos and tan): a = k pi/2 + r
 * with k = a *
 * f32(2/pi) rounded to an integer (the low bits of kf = a f32(2/pi) + 1.5
 * 2^23 rounded: the quadrant), so |r| <= pi/4 + 4e-4. pi/2 = C1 + C2 + C3 +
 * 8e-20: C1 = pi/2 rounded down to f32, C2 > 0 of 11 bits (k C2 is exact:
 * |k| < 2^13), C3 the next 24 bits (tools/trigfconst.py).
 *   t1 = a - k C1 exactly (one FMA: both are multiples of 2^-24 and the
 *   difference is below 1), rh = t1 - k C2 rounded, rl = (t1 - rh) - k C2
 *   - k C3 (t1 - rh and the next step are exact, the last rounds at rl's
 *   scale),
 * so r = rh + rl within 2^-28.0 relative for every f32 |x| < VMF_TRIG_MAX
 * (at x = 0x1.a3b278p+12), checked over all of them against a long double
 * reduction (tools/trigf_reduce.c; that also checks the exactness claims).
 * The error is largest where r is small (the smallest, 2^-27.8, is at x =
 * 0x1.f9cbe2p+7): k times the 2^-64 left after C3 and the rounding of rl
 * (up to k C3) are then felt. VMF_TRIG_MAX = 12288 keeps k below 2^13 (k C2
 * exact) with some margin; the benchmarks' [-1000, 1000] is well inside.
 * The zeros: for x = -0, k = +0 and each step adds k (-Ci) = -0 (every Ci
 * is positive), so rh = -0 and rl = +0, and the sine below is written so
 * that its result keeps rh's zero: sin(-0) = -0 with no fix-up, and no ISA
 * needs |x| and x's sign for sin.
 *
 * sin and cos (vmf_trig_sc), u = rh^2 rounded, S and C of degree 2
 * (relative errors 2^-27.8 and 2^-33):
 *   sin(rh + rl) = rh + [u (rh S(u) - rl/2) + rl]  (rl (1 - u/2) ~ rl cos rh),
 *   cos(rh + rl) = 1 + [-rh^2/2 + (u^2 C(u) - rl rh)], the bracket one FMA
 *   (of -rh/2, exact, and rh).
 * The sine's bracket is at most 11% of the result, so only the final
 * addition rounds at the result's scale. The cosine's (|.| <= 0.31) is
 * rounded at its own scale first, up to a quarter of a result ULP where
 * |.| >= 1/4: 0.837 ULP at most (sin 0.838, from the 2^-28 of the
 * reduction at large |x|), 2 operations fewer than with the pair 1 -
 * rh^2/2 = hi + e (below), which would keep cos within 0.75. Then the
 * quadrant: sin of k pi/2 + r is sin r, cos r, -sin r, -cos r for k mod 4
 * = 0, 1, 2, 3; cos x = sin of quadrant k + 1 (the shift constant + 1).
 *
 * tan needs a numerator and a denominator as pairs with each part accurate
 * (vmf_trig_poly), but only their ratio has to be right: N(r) = r + r^3 (T3
 * + T5 u) and D(r) = 1 - r^2/2 + r^4 (T4 + T6 u), fitted together (N/D
 * within 2^-31.5 of tan; sine and cosine polynomials would need 2
 * operations more for 2^-27.8):
 * N(rh + rl) = rh + [rh u (T3 + T5 u) + rl hi], hi = 1 - rh^2/2 rounded,
 * D(rh + rl) = hi + [e - rl rh + u^2 (T4 + T6 u)], e = 1 - rh^2/2 - hi
 * (exact but for a rounding far below: 1 - hi is exact, then one FMA);
 * both brackets at most 15% of the result.
 *
 * tan = N / D (even k) or -D / N (odd k), numerator nh + nl and
 * denominator dh + dl as those unnormalized pairs:
 * q = (nh + nl) / (dh + dl) rounded (one reciprocal, one multiply), then
 * the remainder (nh - q dh) + nl - q dl corrects q once,
 * so the result is rounded once, after the errors of the two pairs (the
 * roundings inside the brackets, each up to a tenth of a result ULP) and of
 * nh - q dh, which the unnormalized heads leave inexact (|.| up to ~13% of
 * N: up to ~0.1 ULP): 0.899 ULP at most, against 0.892 with each pair
 * first normalized by Fast2Sum (4 operations more). Carrying the
 * numerator's low part negated (vmf_tan_div) keeps x's zero
 * through the quotient, so tan reduces x itself like sin on every ISA.
 *
 * Cost per vector (disassembly of the two-vector steps, each stage of both
 * vectors before the next): 7 operations in the reduction, 14 in the
 * polynomials, then the quadrant's select and sign and half of the range
 * check that two vectors share: 25 on AVX-512, where the select folds into
 * a masked addition, and 29.5 uops on AVX2 (vblendvps is 3 on Golden
 * Cove), of which 18.5 need the two FMA ports: there the quadrant's masks
 * come from vpermilps tables (port 5, see src/avx2/vf.h), not from shifts.
 * tan about 38 and one division.
 * The peers (SLEEF u35, libmvec, Highway) reduce modulo pi to one f32 and
 * evaluate one polynomial on |r| <= pi/2, 20 to 22 operations, but
 * near |r| = pi/2 the result is 1 - 0.57 and that rounding alone is worth
 * half an ULP, and so is the rounding of r: within 1 ULP, r is a pair (6
 * operations: 3 in the reduction, 2 in the sine, 1 in the cosine) and both
 * polynomials are evaluated on |r| <= pi/4 for the quadrant to select one
 * (about 7). Selecting one polynomial's coefficients per lane instead costs
 * as much as it saves: the two differ in form (rh + ... against 1 - rh^2/2
 * + ...), so each term needs its own select.
 */

/* generated by tools/trigfconst.py */
/* |r| <= 0.786634; sin poly max rel error 4.25e-09 (2^-27.8), cos poly 1.2e-10 (2^-33.0), tan ratio 3.28e-10 (2^-31.5); pi/2 - C1 - C2 - C3 = 8.33e-20 */
#define VMF_TRIG_MAX 0x1.8p+13f
#define VMF_TRIG_2PI 0x1.45f306p-1f
#define VMF_TRIG_C1 0x1.921fb4p+0f
#define VMF_TRIG_C2 0x1.444p-24f
#define VMF_TRIG_C3 0x1.68c234p-39f
#define VMF_SIN_S3 -0x1.555546p-3f
#define VMF_SIN_S5 0x1.110776p-7f
#define VMF_SIN_S7 -0x1.9952fep-13f
#define VMF_COS_C4 0x1.55554ap-5f
#define VMF_COS_C6 -0x1.6c0c28p-10f
#define VMF_COS_C8 0x1.99e80cp-16f
#define VMF_TAN_T3 -0x1.555554p-3f
#define VMF_TAN_T5 0x1.a26e4ap-8f
#define VMF_TAN_T4 0x1.455f1cp-5f
#define VMF_TAN_T6 -0x1.1be0bep-11f
/* end of generated block */

#define VMF_TRIG_SHIFT 0x1.8p23f  /* kf - SHIFT = k exactly, k + SHIFT's bits end with k */

/* a = k pi/2 + rh + rl for 0 <= a < VMF_TRIG_MAX; returns kf, whose bits
 * end with k + off (off = 0 or 1: the shift constant is SHIFT + off). For
 * -a, k, rh and rl are exactly the negatives (vmf_trig2), the low bits of
 * kf those of k + off in two's complement */
static inline vf vmf_trig_reduce(vf a, float shift, vf *rh, vf *rl)
{
    vf kf = vf_fma(a, vf_set(VMF_TRIG_2PI), vf_set(shift));
    vf k = vf_sub(kf, vf_set(shift));
    vf t1 = vf_fma(k, vf_set(-VMF_TRIG_C1), a); /* exact */
    vf h = vf_fma(k, vf_set(-VMF_TRIG_C2), t1);
    vf l = vf_fma(k, vf_set(-VMF_TRIG_C2), vf_sub(t1, h)); /* t1 - k C2 - h, exactly */
    *rl = vf_fma(k, vf_set(-VMF_TRIG_C3), l);
    *rh = h;
    return kf;
}

/* for tan: N(rh + rl) ~ rh + st and D(rh + rl) ~ ch + ct, N/D ~ tan (|st|
 * <= 0.11 |rh|, |ct| <= 0.02 ch): N = r + r^3 (T3 + T5 u), D = 1 - r^2/2 +
 * r^4 (T4 + T6 u), u = r^2, fitted as a ratio (2^-31.5; sine and cosine
 * polynomials would need a coefficient more each). rl enters as rl D(rh) in
 * N and -rl N(rh) in D, which makes the first-order term of the ratio
 * rl (1 + (N/D)^2), tan's derivative; D(rh) is taken as hi and N(rh) as rh
 * (at most 2^-27.6 of D off, which the measured maximum includes).
 * *nst is the bracket negated, -st, from the negated coefficients and -(rl
 * hi) as -rl hi + 0 (one FMA, like the product it replaces): the bits of st
 * negated, and +0 where rh = +-0 (see vmf_tan_div) */
static inline void vmf_trig_poly(vf rh, vf rl, vf *nst, vf *ch, vf *ct)
{
    vf u = vf_mul(rh, rh);
    vf ps = vf_fma(u, vf_set(-VMF_TAN_T5), vf_set(-VMF_TAN_T3));
    vf pc = vf_fma(u, vf_set(VMF_TAN_T6), vf_set(VMF_TAN_T4));
    vf hm = vf_mul(rh, vf_set(-0.5f));
    vf hi = vf_fma(hm, rh, vf_set(1.0f)); /* 1 - rh^2/2 rounded, in [0.69, 1] */
    *nst = vf_fma(vf_mul(rh, u), ps, vf_fnma(rl, hi, vf_set(0.0f)));
    vf e = vf_fma(hm, rh, vf_sub(vf_set(1.0f), hi)); /* 1 - hi is exact */
    *ct = vf_fma(vf_mul(u, u), pc, vf_fnma(rh, rl, e));
    *ch = hi;
}

/* sin(rh + rl) and cos(rh + rl) rounded, for sin and cos (one rounding
 * at the result's scale each, but for cos a second one below it):
 *   sin = rh + [u (rh S(u) - rl/2) + rl]   (rl (1 - u/2) ~ rl cos(rh)),
 *   cos = 1 + [-rh^2/2 + (u^2 C(u) - rl rh)], the bracket one FMA,
 * u = rh^2. The sine's bracket is at most 11% of the result; the cosine's
 * is rounded at its own scale (|.| <= 0.31: up to a quarter of a result
 * ULP) before the final addition, which saves computing 1 - rh^2/2 as a
 * pair (see the top of the file).
 * Written in h = rh/2 and v = h rh = u/2 (both exact scalings of rh and u)
 * with the coefficients times powers of 2, so that every intermediate is
 * the one of the formulas above times a power of 2, rounded the same: 2 S(u),
 * 2 (rh S(u) - rl/2) = rh 2S(u) - rl and 4 C(u), and h serves both -rl/2
 * and -rh^2/2, one multiply fewer than u, rl/2 and rh/2 apart (14 operations).
 * The sine's bracket is evaluated negated: -2 S(u) from the negated
 * coefficients, nw = rl - rh 2S(u) and s = rh - (v nw - rl). Negation is
 * exact, so these are the bits of rh + (v w + rl), w = rh 2S(u) - rl; but
 * for rh = -0 (x = -0; rl = +0, v = +0) nw = +0, v nw - rl = +0 and s = -0,
 * where rh + (v w + rl) is -0 + +0 = +0. */
static inline void vmf_trig_sc(vf rh, vf rl, vf *s, vf *c)
{
    vf h = vf_mul(rh, vf_set(0.5f));
    vf v = vf_mul(h, rh);
    vf nps = vf_fma(v, vf_set(-8.0f * VMF_SIN_S7), vf_set(-4.0f * VMF_SIN_S5)); /* -2 S(u) */
    nps = vf_fma(v, nps, vf_set(-2.0f * VMF_SIN_S3));
    vf nw = vf_fma(rh, nps, rl);              /* -(rh 2S(u) - rl) */
    *s = vf_sub(rh, vf_fms(v, nw, rl));      /* rh + (v w + rl), and -0 for rh = -0 */
    vf pc = vf_fma(v, vf_set(16.0f * VMF_COS_C8), vf_set(8.0f * VMF_COS_C6));
    pc = vf_fma(v, pc, vf_set(4.0f * VMF_COS_C4));
    vf t = vf_fms(vf_mul(v, v), pc, vf_mul(rl, rh));
    *c = vf_add(vf_set(1.0f), vf_fnma(h, rh, t));
}

/*
 * Lanes beyond VMF_TRIG_MAX (the f32 reduction needs k C2 exact, k < 2^13):
 * r = x - k pi/2 from vm_trig_reduce in f64 (within 2^-51 |r| for every
 * f32: src/trig_impl.h), split into rh = r rounded to 24 bits (Veltkamp:
 * c = r (2^29 + 1), rh = c - (c - r), exact in f64 without FMA) and rl = r -
 * rh (exact in f64, then rounded to f32), and k mod 4 as 0..3 (kd minus kd
 * with its two low bits cleared: exact). The f32 reduction's pair is within
 * 2^-28 |r|, this one within 2^-48; the polynomials and quadrant steps are
 * the fast path's. Over all 2^32 inputs (docs/ulp.md) the maxima of sin
 * and cos stay those of the fast path; tan's is 0.917 ULP, at x =
 * -0x1.4faeb4p+85 (its N/D error and the quotient's correction land less
 * luckily than anywhere below 12288, 0.899). Before, these lanes took whole
 * f64 kernels (vm_sin ..., with Payne-Hanek lane by lane in scalar code):
 * results almost always correctly rounded, but sin on |x| in [2^14,
 * 2^124] (bench: sin_far_f32) ran at 0.61x SLEEF u10's AVX2 kernel and
 * 0.7x glibc's scalar sinf loop on Zen 3; now 1.5 times as fast.
 * +-Inf and NaN give r = NaN; their result is set to x - x (the NaN Annex F
 * asks for, the same bits in the scalar reference and every ISA), not left
 * to the NaN propagation of FMAs, which differs between ISAs.
 * Called only from the out-of-line vmf_*_beyond below, so that the fast
 * path keeps its constants in registers.
 */
static inline void vm_trigf_big_reduce(vd x, vd *rh, vd *rl, vd *k4)
{
    vd r, kd = vm_trig_reduce(x, &r);
    vd c = v_mul(r, v_set(0x1p29 + 1.0));
    vd h = v_sub(c, v_sub(c, r));
    *rh = h;
    *rl = v_sub(r, h);
    *k4 = v_sub(kd, v_from(v_andu(v_bits(kd), v_setu(~UINT64_C(3)))));
}

/* rh + rl and kf (bits ending with k + off, as vmf_trig_reduce's, for
 * shift = VMF_TRIG_SHIFT + off) of every lane, through f64 */
static inline vf vmf_trig_big_reduce(vf x, float shift, vf *rh, vf *rl)
{
    vf k4;
    vf_via_vd3(x, vm_trigf_big_reduce, rh, rl, &k4);
    return vf_add(k4, vf_set(shift)); /* exact: ulp(shift) = 1 */
}

/* x - x (NaN) where x is +-Inf or NaN, else y */
static inline vf vmf_trig_nonfinite(vf x, vf y) { return vf_sel(vf_nlt(vf_abs(x), vf_set(INFINITY)), vf_sub(x, x), y); }

/* the lanes of x that take the f64 reduction (|x| >= VMF_TRIG_MAX, Inf, NaN) */
static inline vfm vmf_trig_big(vf x) { return vf_nlt(vf_abs(x), vf_set(VMF_TRIG_MAX)); }

/* some lane of x0 or x1 needs the f64 reduction (the two-vector steps) */
#if defined(VMATH_AVX512_VF_H) || defined(VMATH_AVX2_VF_H)
static inline int vmf_trig_any_big2(vf x0, vf x1) { return vf_any(vf_nlt(vf_absmax(x0, x1), vf_set(VMF_TRIG_MAX))); }
#else
static inline int vmf_trig_any_big2(vf x0, vf x1) { return vf_any(vf_mor(vmf_trig_big(x0), vmf_trig_big(x1))); }
#endif
/* the same for nv = 2 or 4 vectors */
static inline int vmf_trig_any_big_n(const vf *x, int nv)
{
    int any = 0;
    for (int j = 0; j < nv; j += 2)
        any |= vmf_trig_any_big2(x[j], x[j + 1]);
    return any;
}

/* kf of x (as vmf_trig_reduce's) and rh + rl, by the f32 reduction (far =
 * 0) or through f64 (far = 1; a constant at every call) */
static inline vf vmf_trig_reduce_by(int far, vf x, float shift, vf *rh, vf *rl)
{
    return far ? vmf_trig_big_reduce(x, shift, rh, rl) : vmf_trig_reduce(x, shift, rh, rl);
}

/* sin (is_sin) or cos of nv = 1, 2 or 4 vectors x (a constant: the loops
 * unroll), each reduced from x itself, not |x|: every step is
 * symmetric under negation (RN is; kf = x 2/pi + SHIFT rounds ties to even
 * with SHIFT even, so k(-x) = -k(x); the sine part is odd and the cosine
 * part even in (rh, rl)), so the results for -x are those for x with the
 * sign the quadrant gives, and neither |x| nor x's sign costs an operation;
 * x = -0 reduces to rh = -0 and its sine is -0 (see the top of the file).
 * Quadrant k for sin, k + 1 for cos (the shift constant + 1). Each stage
 * of all before the next (the reductions, then the
 * polynomials): the core takes the instructions in the order written, so
 * the long dependency chains overlap from the start (two vectors: AVX-512
 * 5% faster than two calls in a row at n = 1024, AVX2 1.5-2%; AVX2 on Zen
 * 3 takes four, 5% faster than two). Reduced in f32 (far = 0: every lane
 * below VMF_TRIG_MAX) or through f64 (far = 1: every lane; +-Inf and NaN
 * give NaN) */
static inline void vmf_trig_staged(const vf *x, vf *y, int nv, int is_sin, int far)
{
    float shift = is_sin ? VMF_TRIG_SHIFT : VMF_TRIG_SHIFT + 1.0f;
    vf rh[4], rl[4], q[4], s[4], c[4];
    for (int j = 0; j < nv; j++)
        q[j] = vmf_trig_reduce_by(far, x[j], shift, &rh[j], &rl[j]);
    for (int j = 0; j < nv; j++)
        vmf_trig_sc(rh[j], rl[j], &s[j], &c[j]);
    for (int j = 0; j < nv; j++) {
        y[j] = vf_flipsign(vf_sel(vf_odd(q[j]), c[j], s[j]), q[j]);
        if (far)
            y[j] = vmf_trig_nonfinite(x[j], y[j]);
    }
}

/* vmf_trig_staged on one vector: sin or cos of x below VMF_TRIG_MAX */
static inline vf vmf_trig_fast(vf x, int is_sin)
{
    vf y;
    vmf_trig_staged(&x, &y, 1, is_sin, 0);
    return y;
}

/* sin or cos of nv vectors, one with a lane beyond VMF_TRIG_MAX (the range
 * is tested first): every lane through the f64 reduction, staged as the
 * fast path (the chains through the conversions overlap), then the lanes
 * below VMF_TRIG_MAX from the fast path, in the vectors that have any (on
 * Zen 3, minima of 12 interleaved runs at n = 1024, against one vector at
 * a time: |x| < 10^5 2436 -> 1937 ns, sin_far_f32 4336 -> 4034; the fast
 * path staged over the nv vectors too was slower, 2231 ns); computing both
 * everywhere was slower (sin_far_f32 5141 against 4627 ns) */
static inline void vmf_trig_beyond(const vf *x, vf *y, int nv, int is_sin)
{
    vmf_trig_staged(x, y, nv, is_sin, 1);
    for (int j = 0; j < nv; j++) {
        vfm big = vmf_trig_big(x[j]);
        if (vf_any(vf_mnot(big)))
            y[j] = vf_sel(big, y[j], vmf_trig_fast(x[j], is_sin));
    }
}
static __attribute__((noinline)) void vmf_sin_beyond(const vf *x, vf *y, int nv) { vmf_trig_beyond(x, y, nv, 1); }
static __attribute__((noinline)) void vmf_cos_beyond(const vf *x, vf *y, int nv) { vmf_trig_beyond(x, y, nv, 0); }

static inline vf vmf_trig(vf x, int is_sin)
{
    if (vf_any(vmf_trig_big(x))) {
        vf y;
        if (is_sin)
            vmf_sin_beyond(&x, &y, 1);
        else
            vmf_cos_beyond(&x, &y, 1);
        return y;
    }
    return vmf_trig_fast(x, is_sin);
}
static inline vf vmf_sin(vf x) { return vmf_trig(x, 1); }
static inline vf vmf_cos(vf x) { return vmf_trig(x, 0); }

/* vmf_trig on nv = 2 or 4 vectors with one range check per two, staged
 * (vmf_trig_staged); the bits of vmf_trig on each (map_f2, map_f4). The
 * range check comes first: a step with a lane beyond VMF_TRIG_MAX runs
 * vmf_trig_beyond on its vectors instead */
static inline void vmf_trig_n(const vf *x, vf *y, int nv, int is_sin)
{
    if (vmf_trig_any_big_n(x, nv)) {
        /* a copy made here: passing x itself had GCC store the inputs to
         * the stack on every step, for this rare call (AVX2 sin and cos
         * about 2% faster on Zen 3; the same for tan and sincos measured
         * no gain) */
        vf xc[4];
        for (int j = 0; j < nv; j++)
            xc[j] = x[j];
        if (is_sin)
            vmf_sin_beyond(xc, y, nv);
        else
            vmf_cos_beyond(xc, y, nv);
        return;
    }
    vmf_trig_staged(x, y, nv, is_sin, 0);
}
static inline void vmf_trig2(vf x0, vf x1, int is_sin, vf *y0, vf *y1)
{
    vf x[2] = {x0, x1}, y[2];
    vmf_trig_n(x, y, 2, is_sin);
    *y0 = y[0];
    *y1 = y[1];
}
static inline void vmf_sin2(vf x0, vf x1, vf *y0, vf *y1) { vmf_trig2(x0, x1, 1, y0, y1); }
static inline void vmf_cos2(vf x0, vf x1, vf *y0, vf *y1) { vmf_trig2(x0, x1, 0, y0, y1); }
static inline void vmf_sin4(const vf *x, vf *y) { vmf_trig_n(x, y, 4, 1); }
static inline void vmf_cos4(const vf *x, vf *y) { vmf_trig_n(x, y, 4, 0); }

/* sin x and cos x from s = sin r and c = cos r for quadrant k (q = kf of
 * the reduction): odd k gives sin x = +-cos r and cos x = -+sin r, so (s,
 * c) becomes (c, -s) (vf_swapneg), and then both take the sign of bit 1 of
 * k (one table or shift for both, no k + 1) */
static inline void vmf_sincos_quadrant(vf q, vf *s, vf *c)
{
    vf_swapneg(vf_odd(q), c, s);
    *s = vf_flipsign(*s, q);
    *c = vf_flipsign(*c, q);
}

/* sin and cos of nv = 1 or 2 vectors, staged and reduced as in
 * vmf_trig_staged (far = 0: f32, far = 1: f64) */
static inline void vmf_sincos_staged(const vf *x, vf *s, vf *c, int nv, int far)
{
    vf rh[2], rl[2], q[2];
    for (int j = 0; j < nv; j++)
        q[j] = vmf_trig_reduce_by(far, x[j], VMF_TRIG_SHIFT, &rh[j], &rl[j]);
    for (int j = 0; j < nv; j++)
        vmf_trig_sc(rh[j], rl[j], &s[j], &c[j]);
    for (int j = 0; j < nv; j++) {
        vmf_sincos_quadrant(q[j], &s[j], &c[j]);
        if (far) {
            s[j] = vmf_trig_nonfinite(x[j], s[j]);
            c[j] = vmf_trig_nonfinite(x[j], c[j]);
        }
    }
}

/* the f32 path of vmf_sincos */
static inline void vmf_sincos_fast(vf x, vf *s, vf *c) { vmf_sincos_staged(&x, s, c, 1, 0); }

/* as vmf_trig_beyond: nv = 1 or 2 vectors, one with a lane beyond
 * VMF_TRIG_MAX */
static __attribute__((noinline)) void vmf_sincos_beyond(const vf *x, vf *s, vf *c, int nv)
{
    vmf_sincos_staged(x, s, c, nv, 1);
    for (int j = 0; j < nv; j++) {
        vfm big = vmf_trig_big(x[j]);
        if (vf_any(vf_mnot(big))) {
            vf fs, fc;
            vmf_sincos_fast(x[j], &fs, &fc);
            s[j] = vf_sel(big, s[j], fs);
            c[j] = vf_sel(big, c[j], fc);
        }
    }
}

/* the bits of vmf_sin and vmf_cos, from one reduction (of x, as vmf_trig) */
static inline void vmf_sincos(vf x, vf *sin_x, vf *cos_x)
{
    if (vf_any(vmf_trig_big(x)))
        vmf_sincos_beyond(&x, sin_x, cos_x, 1);
    else
        vmf_sincos_fast(x, sin_x, cos_x);
}

/* vmf_sincos on two vectors, as vmf_trig2 (range check first): the bits of
 * vmf_sincos on each */
static inline void vmf_sincos2(vf x0, vf x1, vf *sn0, vf *cs0, vf *sn1, vf *cs1)
{
    vf x[2] = {x0, x1}, s[2], c[2];
    if (vmf_trig_any_big2(x0, x1))
        vmf_sincos_beyond(x, s, c, 2);
    else
        vmf_sincos_staged(x, s, c, 2, 0);
    *sn0 = s[0];
    *cs0 = c[0];
    *sn1 = s[1];
    *cs1 = c[1];
}

/* (nh + nl) / (dh + dl), rounded once (see the top of the file), with the
 * numerator's low part negated, nnl = -nl, and the correction's remainder
 * computed negated: na = t dh - nh, nrem = t dl + (na + nnl), then t - nrem
 * rcp. Every negation is exact, so these are the bits of t + rem rcp with
 * rem = (nh - t dh) + nl - t dl; but for x = +-0 (nh = x, nnl = +0, dh = 1,
 * dl = +0) t = x, na = nrem = +0 and t - (+0) keeps x's zero, where t +
 * rem rcp gives +0.
 * The last step is -rcp nrem + t, not -nrem rcp + t: GCC 12 for AArch64
 * folds the negation of an FMA's result into the FMA (FNMADD), which gives
 * +0 where -(+0) is -0, and so made the scalar reference's tan(-0) +0;
 * rcp is never zero. */
static inline vf vmf_tan_div(vf nh, vf nnl, vf dh, vf dl)
{
    vf rcp = vf_div(vf_set(1.0f), vf_add(dh, dl));
    vf t = vf_mul(vf_sub(nh, nnl), rcp);
    vf nrem = vf_fma(t, dl, vf_add(vf_fms(t, dh, nh), nnl));
    return vf_fnma(rcp, nrem, t);
}

/* the numerator and denominator pairs of tan(k pi/2 + rh + rl), the
 * numerator's low part negated (nnl, for vmf_tan_div): q = kf of the
 * reduction; odd k gives -D / N by vf_swapneg (the sign rides in the
 * exchange, exact: on AVX-512 as many operations as an exchange, on AVX2
 * one more per exchange, for the 4 that |x| and a final flip by k and x's
 * sign would cost); for the low parts -(-dl) = dl becomes nnl and -nnl =
 * nl the denominator's */
static inline void vmf_tan_pairs(vf q, vf rh, vf rl, vf *nh, vf *nnl, vf *dh, vf *dl)
{
    *nh = rh;
    vmf_trig_poly(rh, rl, nnl, dh, dl);
    vf_swapneg(vf_odd(q), nh, dh);
    vf_swapneg(vf_odd(q), dl, nnl);
}

/* tan of nv = 1, 2 or 4 vectors (a constant, so the loops unroll), each
 * stage of every vector before the next: the core takes the instructions
 * in the order written, so the long chains (reduction, pairs, division,
 * correction: some 70 cycles) overlap from the start. AVX-512 takes two
 * vectors per step (map_f2); AVX2 four (map_f4): on Zen 3 tan's chain
 * outruns the scheduler with two (four: 11% faster at n = 1024). Reduced
 * as in vmf_trig_staged (far = 0: f32, far = 1: f64) */
static inline void vmf_tan_staged(const vf *x, vf *y, int nv, int far)
{
    vf rh[4], rl[4], q[4], nh[4], nl[4], dh[4], dl[4];
    for (int j = 0; j < nv; j++)
        q[j] = vmf_trig_reduce_by(far, x[j], VMF_TRIG_SHIFT, &rh[j], &rl[j]);
    for (int j = 0; j < nv; j++)
        vmf_tan_pairs(q[j], rh[j], rl[j], &nh[j], &nl[j], &dh[j], &dl[j]);
    for (int j = 0; j < nv; j++) {
        y[j] = vmf_tan_div(nh[j], nl[j], dh[j], dl[j]);
        if (far)
            y[j] = vmf_trig_nonfinite(x[j], y[j]);
    }
}

/* vmf_tan_staged on one vector: tan of x below VMF_TRIG_MAX, reduced from x
 * itself (tan is odd, and the negated low parts keep the sign of zero, so
 * no |x| and no final flip) */
static inline vf vmf_tan_fast(vf x)
{
    vf y;
    vmf_tan_staged(&x, &y, 1, 0);
    return y;
}

/* as vmf_trig_beyond (nv = 1, 2 or 4) */
static __attribute__((noinline)) void vmf_tan_beyond(const vf *x, vf *y, int nv)
{
    vmf_tan_staged(x, y, nv, 1);
    for (int j = 0; j < nv; j++) {
        vfm big = vmf_trig_big(x[j]);
        if (vf_any(vf_mnot(big)))
            y[j] = vf_sel(big, y[j], vmf_tan_fast(x[j]));
    }
}

static inline vf vmf_tan(vf x)
{
    if (vf_any(vmf_trig_big(x))) {
        vf y;
        vmf_tan_beyond(&x, &y, 1);
        return y;
    }
    return vmf_tan_fast(x);
}

/* vmf_tan on nv = 2 or 4 vectors, staged (vmf_tan_staged); the bits of
 * vmf_tan on each vector; range check first, as vmf_trig_n. */
static inline void vmf_tan_n(const vf *x, vf *y, int nv)
{
    if (vmf_trig_any_big_n(x, nv)) {
        vmf_tan_beyond(x, y, nv);
        return;
    }
    vmf_tan_staged(x, y, nv, 0);
}
static inline void vmf_tan2(vf x0, vf x1, vf *y0, vf *y1)
{
    vf x[2] = {x0, x1}, y[2];
    vmf_tan_n(x, y, 2);
    *y0 = y[0];
    *y1 = y[1];
}
static inline void vmf_tan4(const vf *x, vf *y) { vmf_tan_n(x, y, 4); }
