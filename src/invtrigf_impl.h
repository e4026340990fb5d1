/*
 * f32 asin, acos, atan, atan2 evaluated in f32: twice the lanes of the f64
 * evaluation (src/invtrig_impl.h, which SSE4.1, without FMA, keeps). ONE
 * algorithm for the ISAs with FMA: the scalar reference, avx2, avx512 and
 * neon return the same bits. Written against the vf primitives of
 * src/expf_impl.h plus vf_sqrt (correctly rounded), vf_fnma(a, b, c) =
 * c - a b fused, vf_min(a, b) (a < b ? a : b; a NaN b passes), vf_mor (mask
 * or), vf_rsub_bits(k, x) (the float whose bits are k - bits(x), for
 * vmf_recip_est), vf_index16, vf_index16_clamp, vf_index16_bitsdiff and
 * vf_lookup16 (a 16-entry table, row number bits(x) >> 22), vf_orsign (or x's
 * sign bit in) and map_vv_f (the loop for two inputs). Maximum errors:
 * docs/ulp.md (atan 0.911, asin 0.748,
 * acos 0.680 ULP over all inputs; atan2 0.864 on 2*10^6 MPFR-checked pairs).
 *
 * asin and acos end in the same shape: a reduced argument v = vh + vl (a
 * pair: vl is the rounding error of vh, from an exact remainder), a
 * polynomial f(v) = v + v u P(u), u = v^2, |v| <= 1/2 (P of degree 4,
 * relative error of the whole 2^-27.6, a minimax of the relative error:
 * tools/invtrigfconst.py; degree 5 before), and a
 * result H + m f(v) + L with the constant H + L (0, pi/2, pi as hi + lo)
 * and m = +-1 or +-2 (exact products). H + m vh is split exactly by
 * Fast2Sum (|H| >= |m vh| or H = 0 in every case below) and everything else
 * is summed into the remainder, so only the last addition rounds at the
 * result's scale; the v u P term is at most 9% of the result, so its three
 * or so roundings cost well under 0.3 ULP beside the last addition's 0.5.
 *
 * atan(x) = sign(x) (th + atan v), a = |x| clamped to 2^30 (where atan
 * already rounds to pi/2, so +-Inf gives +-pi/2; NaN passes), with a table
 * of 16 rows (c, th = atan c, th an f32: c is searched so that atan c is
 * within 2^-36 of one, so th needs no low part; tools/invtrigfconst.py),
 * one per half binade of a in [1/16, 8) (row number: bits(a) >> 22), row
 * 0 for a < 1/16 (c = th = 0) and row 15 for a >= 8 (c = 16.05):
 *   v = (a - c) / (1 + a c) = tan(atan a - th),  |v| <= 0.122,
 * and atan v = v + v u Q(u), u = v^2, Q of degree 1. No pairs: a - c is
 * exact (Sterbenz) except in row 15, and v's three roundings (1 + a c, the
 * division, a - c in row 15) and that of v + v u Q cost at most 3 or 4
 * times |v| u, while th is chosen per row so that |v| stays small beside
 * the result's ULP (at most a third of the result, row 0 aside, where v = a
 * is exact): with the last addition th + w's half ULP, 0.911 ULP at most
 * (1/16 <= a < 1/2, where the rows are widest beside a). One division, two
 * table lookups (vf_index16, vf_lookup16) and 13 operations: before, three
 * intervals with pairs for v and the constant cost about twice as many.
 *
 * atan2(y, x) = sign(y) (H + sg (th + atan v)), with a table (c, th) like
 * atan's for the row of the ratio |y|/|x| (so no swap of the arguments): with
 * ax = |x|, ay = |y|,
 *   v = (ay - c ax) / (ax + c ay) = tan(atan(ay/ax) - th),
 * the numerator and denominator one FMA each, their quotient q plus its
 * correction ql = (n - q d) recip_est(d) (so of v's roundings only the
 * two FMAs' remain, as atan has a - c exact but rounds the division); sg =
 * -1 and H = pi (hi + lo) where x's sign bit is set, else 1 and 0; th is
 * on the grid of ulp(PI_HI - th) (2^-22 or 2^-23, within 2^-35.6 of
 * atan c), so sh = H_hi + sg th is exact (one FMA, sg = +-1), sg H's low
 * part is the addend of the correction's FMA and the result is one FMA
 * sh + sg (q + w) (sg's product exact: the same bits as with sg in the
 * numerator, one xor less), so only the last operation rounds at the
 * result's scale (before, a Fast2Sum of H_hi + sg th, one more addition
 * and the numerator's xor: 5 operations more; measured AVX2 1.25 -> 1.38,
 * AVX-512 2.06 -> 2.49 el/ns). The row comes from the integer
 * difference bits(ay) - bits(ax) (the difference of the two linear-in-the-
 * mantissa log2 estimates: log2(ay/ax) within 0.0861, so 6% to 11% of a
 * row's neighbour may land in it), clamped as in atan (vf_index16_bitsdiff):
 * one operation instead of recip_est, a Newton step and a product, and a
 * shorter chain to the division (measured: AVX2 1.08 -> 1.26 el/ns, AVX-512
 * 1.93 -> 2.07). So atan2 has its own table (tools/invtrigfconst.py: th per
 * row over the row's ratios widened so, |v| <= 0.137, |v| at most 0.185 of
 * 2^24 ULP of the result against 0.167 for atan's table with the exact row;
 * rows stored rotated for d's row number) and Q of degree 2. For
 * ay < 2^-90 the remainder could underflow, so ql = 0 there (q = ay/ax
 * rounded is the result then, in row 0): such vectors take the rare branch
 * below, so the fast path has no select for it.
 * Vectors with max(ax, ay) >= 2^65 (also Inf, a NaN y) or ay < 2^-90 (also
 * 0; two compares: a small max alone needs no scaling, which saved the
 * integer range check's extra operation, AVX2 +1.5%, AVX-512 +3%) take a
 * rare branch that scales ax and ay by 2^-64 (max >= 2^65) or 2^100 (ay <
 * 2^-90 and max <= 2^-40) (exact for every value that matters: a ratio below
 * 2^-150 is 0 anyway) and maps Inf and 0 to the pairs Annex F asks for (both
 * Inf: 1, 1, the angle pi/4 of the quadrant; one Inf: it 1, the other 0;
 * both 0: ax = 1), so the quadrant step gives +-0, +-pi/2, +-pi. A NaN x
 * alone takes the fast path: its NaN reaches the quotient. Measured: 0.864
 * ULP on test_atan2_dense's 2*10^6 pairs (th on the grid; before it 0.807 to 0.835 over 3 seeds),
 * 0.853 on 1.2*10^7 MPFR-checked pairs, most with the ratio within 14% of
 * a row boundary and the mantissa of |x| or |y| near 1/ln 2 (where the row
 * from the bits is most off). Before the bits' row: 0.805 and 0.875 (3*10^7
 * pairs). Before the table: the ratio min/max in
 * two intervals, v and pi/4 multiples as pairs, about 47 operations per
 * vector on AVX-512 against 43 now, with fewer selects (the AVX2 build's
 * blendv became a compare plus a blend each).
 *
 * asin(x) = sign(x) asin(a):  a <= 1/2: v = a, u = a^2,  H + m f(v) = f(a);
 *   a > 1/2: asin a = pi/2 - 2 asin(s), s = sqrt(h), h = (1 - a)/2 (exact),
 *   v = s + sl, sl = (h - s^2)/(2s) (the FMA gets h - s^2 exactly), u = h
 *   exactly. asin takes -2 sl as -K (h - s^2), K = 2.5625 a constant for
 *   1/s: what is left, 2 sl (1 - K s), is at most 0.15 ULP of the result
 *   (s in [0.28, 1/2], result below 1: |1 - K s| <= 0.28 and |sl| at most
 *   a quarter ULP of the result; below s = 0.28 ULP(result) doubles and
 *   halves again per binade of s): 0.709 ULP at most (P of degree 5),
 *   against 0.645 with recip_est(s), for one integer operation less per
 *   vector. acos keeps recip_est: its 2 asin(s) has no pi/2 to hide sl
 *   beside. u = a^2 or h is min(h, a^2) (h < 1/4 < a^2 exactly where
 *   a > 1/2).
 * acos(x): |x| <= 1/2: pi/2 - f(x); x > 1/2: 2 f(v); x < -1/2: pi - 2 f(v).
 * |x| > 1 and +-Inf give a negative h and a NaN s: the NaN Annex F asks
 * for; NaN passes. Subnormal and zero inputs of asin and atan come back
 * unchanged (sign included); acos(1) = +0.
 */
/* generated by tools/invtrigfconst.py */
/* max rel error of z + z u P(u) on [0, 1/2]: asin 2^-27.6 */
#define VMF_ASIN_P0 0x1.5555c8p-3f
#define VMF_ASIN_P1 0x1.330204p-4f
#define VMF_ASIN_P2 0x1.747bbep-5f
#define VMF_ASIN_P3 0x1.8c3dcep-6f
#define VMF_ASIN_P4 0x1.595d0ap-5f
#define VMF_PI2_HI 0x1.921fb6p+0f
#define VMF_PI2_LO -0x1.777a5cp-25f
#define VMF_PI_HI 0x1.921fb6p+1f
#define VMF_PI_LO -0x1.777a5cp-24f
#define VMF_ASIN_K 0x1.48p+1f  /* 1/s for asin's sl: 2 / (0.2815 + 1/2), rounded */
#define VMF_PI2_LOR -0x1.de12cap-26f  /* PI2_LO / PI2_HI, for PI_HI = 2 PI2_HI too */
/* atan's table: |v| <= 0.1211 (row 0: |v| = a < 1/16), elsewhere |v| / atan(a) <= 0.330; th = atan(c) within 2^-37.4; v + v u Q(u): rel error 2^-24.1 */
#define VMF_ATAN_Q0 -0x1.555456p-2f
#define VMF_ATAN_Q1 0x1.9558acp-3f
static const float vmf_atan_c[16] = { 0x1.34a7d2p+1f, 0x1.b722eap+1f, 0x1.3449c4p+2f, 0x1.b7809cp+2f, 0x1.00dda4p+4f, 0.0f, 0x1.2b0b0ep-4f, 0x1.bf6124p-4f, 0x1.2a7af6p-3f, 0x1.c0284ap-3f, 0x1.2a13b4p-2f, 0x1.be7c1p-2f, 0x1.27373p-1f, 0x1.bc6986p-1f, 0x1.38d0bp+0f, 0x1.a51beep+0f };
static const float vmf_atan_th[16] = { 0x1.2d7c7ap+0f, 0x1.49842ep+0f, 0x1.5db91cp+0f, 0x1.6d1b04p+0f, 0x1.8232c8p+0f, 0.0f, 0x1.2a8378p-4f, 0x1.bd9cfp-4f, 0x1.2864bep-3f, 0x1.b933e8p-3f, 0x1.220fc6p-2f, 0x1.a50922p-2f, 0x1.0bcaaap-1f, 0x1.6e007ap-1f, 0x1.c51858p-1f, 0x1.064a88p+0f };
/* atan2's table: |v| <= 0.1367, |v| / (2^24 ulp(result)) <= 0.187; v + v u Q(u): rel error 2^-31.0 */
#define VMF_ATAN2_Q0 -0x1.555554p-2f
#define VMF_ATAN2_Q1 0x1.998e6p-3f
#define VMF_ATAN2_Q2 -0x1.1e4aeep-3f
static const float vmf_atan2_c[16] = { 0x1.2eb8cep+0f, 0x1.8a4fbep+0f, 0x1.2a809ep+1f, 0x1.a51196p+1f, 0x1.289516p+2f, 0x1.a3487ep+2f, 0x1.e4754p+3f, 0.0f, 0x1.212496p-4f, 0x1.abb726p-4f, 0x1.200a02p-3f, 0x1.af7c54p-3f, 0x1.1f6ee8p-2f, 0x1.b68446p-2f, 0x1.1d1636p-1f, 0x1.b02a68p-1f };
static const float vmf_atan2_th[16] = { 0x1.bcd6ep-1f, 0x1.fd6b78p-1f, 0x1.2a6baap+0f, 0x1.469342p+0f, 0x1.5bb72ap+0f, 0x1.6b58d2p+0f, 0x1.813d2p+0f, 0.0f, 0x1.20aap-4f, 0x1.aa2bcp-4f, 0x1.1e298p-3f, 0x1.a9442p-3f, 0x1.1838ep-2f, 0x1.9e525p-2f, 0x1.042p-1f, 0x1.66ef28p-1f };
/* end of generated block */

/* 1/x within 5.1% for normal x, est(-x) = -est(x): the float whose bits are
 * 0x7ef311c3 - bits(x) (integer arithmetic: the same on every ISA) */
static inline vf vmf_recip_est(vf x) { return vf_rsub_bits(0x7ef311c3u, x); }

/* sign(x) (th + v + v u Q(u)), v = (a - c)/(1 + a c), (c, th) of a's row
 * (a clamped to [3/64, 10]: rows 0 to 15, NaN: some row) */
static inline vf vmf_atan(vf x)
{
    vf a = vf_min(vf_set(0x1p30f), vf_abs(x)); /* NaN passes */
    vfi i = vf_index16_clamp(a, 0.046875f, 10.0f);
    vf c = vf_lookup16(vmf_atan_c, i);
    vf th = vf_lookup16(vmf_atan_th, i);
    vf v = vf_div(vf_sub(a, c), vf_fma(a, c, vf_set(1.0f)));
    vf u = vf_mul(v, v);
    vf q = vf_fma(u, vf_set(VMF_ATAN_Q1), vf_set(VMF_ATAN_Q0));
    vf w = vf_fma(vf_mul(v, u), q, v);
    return vf_orsign(vf_add(th, w), x); /* th + w >= +0 or NaN from a = |x| */
}

/* atan2's fast path for ax, ay in range, in two stages: the row's th, nn,
 * dd and the quotient q = nn / dd */
static inline vf vmf_atan2_quot(vf ax, vf ay, vf *nn, vf *dd, vf *th)
{
    /* the row of ay/ax from bits(ay) - bits(ax) (bits(3/64) - bits(1) to bits(10) - bits(1)) */
    vfi i = vf_index16_bitsdiff(ay, ax, -0x2400000, 0x1a00000);
    vf c = vf_lookup16(vmf_atan2_c, i);
    *th = vf_lookup16(vmf_atan2_th, i);
    *nn = vf_fnma(c, ax, ay); /* ay - c ax: sg is applied at the end */
    *dd = vf_fma(c, ay, ax);
    return vf_div(*nn, *dd);
}

/* then the correction, the polynomial and the quadrant; tiny: lanes with
 * ay < 2^-90 may be present (their remainder could underflow: ql = 0 there) */
static inline vf vmf_atan2_fin(vf q, vf nn, vf dd, vf th, vf ay, vf x, vf y, int tiny)
{
    /* the quadrant's H = hi + lo (0, or pi for x's sign bit set) by sg = +-1:
     * exact products; th is on the grid of ulp(PI_HI - th), so sg th + hi
     * is exact (sh), and lo goes into the quotient's correction */
    vf sg = vf_orsign(vf_set(1.0f), x);
    vf hi = vf_fnma(sg, vf_set(VMF_PI2_HI), vf_set(VMF_PI2_HI));
    vf lo = vf_fma(sg, vf_set(VMF_PI2_LO), vf_set(-VMF_PI2_LO)); /* sg times H's low part: 0 or -PI_LO */
    vf sh = vf_fma(sg, th, hi);
    vf ql = vf_fma(vf_fnma(q, dd, nn), vmf_recip_est(dd), lo);
    if (tiny)
        ql = vf_sel(vf_lt(ay, vf_set(0x1p-90f)), lo, ql);
    vf u = vf_mul(q, q);
    vf p = vf_fma(u, vf_fma(u, vf_set(VMF_ATAN2_Q2), vf_set(VMF_ATAN2_Q1)), vf_set(VMF_ATAN2_Q0));
    vf w = vf_fma(vf_mul(q, u), p, ql);
    vf r = vf_fma(sg, vf_add(q, w), sh); /* sh + sg (q + w): the same bits as q, w with sg in nn */
    return vf_orsign(r, y); /* r >= +0 or NaN */
}

static inline vf vmf_atan2_main(vf ax, vf ay, vf x, vf y, int tiny)
{
    vf nn, dd, th, q = vmf_atan2_quot(ax, ay, &nn, &dd, &th);
    return vmf_atan2_fin(q, nn, dd, th, ay, x, y, tiny);
}

/* the lanes that need the rare branch: m = max(ax, ay) >= 2^65 or NaN
 * (NaN if y is NaN; a NaN x alone passes the fast path as NaN), or ay <
 * 2^-90 (zero too). A small m alone needs no scaling: with ay >= 2^-90 the
 * remainder's and nn's underflow cost at most 2^-150 / dd <= 2^-56
 * absolute (dd >= c ay; row 7: nn = ay exact, the result ay/ax), far below
 * ulp(result) */
static inline vfm vmf_atan2_rare(vf ax, vf ay)
{
    return vf_mor(vf_nlt(vf_max(ax, ay), vf_set(0x1p65f)), vf_lt(ay, vf_set(0x1p-90f)));
}

/* the rare branch: ax and ay scaled by 2^-64 (max >= 2^65) or 2^100 (ay <
 * 2^-90 and max <= 2^-40; after it ay >= 2^-49), Inf and 0 mapped */
static inline vf vmf_atan2_scaled(vf ax, vf ay, vf x, vf y)
{
    vf m = vf_max(ax, ay);
    vfm down = vf_nlt(m, vf_set(0x1p65f));
    vfm up = vf_mand(vf_lt(ay, vf_set(0x1p-90f)), vf_mnot(vf_gt(m, vf_set(0x1p-40f))));
    vf f = vf_sel(down, vf_set(0x1p-64f), vf_sel(up, vf_set(0x1p100f), vf_set(1.0f)));
    ax = vf_mul(ax, f);
    ay = vf_mul(ay, f);
    vfm ix = vf_eq(ax, vf_set(INFINITY)), iy = vf_eq(ay, vf_set(INFINITY));
    vf ax1 = vf_sel(ix, vf_set(1.0f), vf_sel(iy, vf_mul(ax, vf_set(0.0f)), ax)); /* NaN stays */
    vf ay1 = vf_sel(iy, vf_set(1.0f), vf_sel(ix, vf_mul(ay, vf_set(0.0f)), ay));
    ax = vf_sel(vf_mand(vf_eq(ax1, vf_set(0.0f)), vf_eq(ay1, vf_set(0.0f))), vf_set(1.0f), ax1);
    return vmf_atan2_main(ax, ay1, x, y, 1);
}

static inline vf vmf_atan2(vf y, vf x)
{
    vf ax = vf_abs(x), ay = vf_abs(y);
    if (vf_any(vmf_atan2_rare(ax, ay)))
        return vmf_atan2_scaled(ax, ay, x, y);
    return vmf_atan2_main(ax, ay, x, y, 0);
}

/* vmf_atan2 on four vectors, each stage of all before the next and one
 * test of the rare branch for all: the bits of vmf_atan2 on each. For AVX2
 * (map_vv_f4; Zen 3: 4-8% faster than map_vv_f's two calls, where two
 * staged gained nothing: the division's chain is long) */
static inline void vmf_atan2_4(const vf *y, const vf *x, vf *r)
{
    vf ax[4], ay[4], nn[4], dd[4], th[4], q[4];
    vfm rare = vmf_atan2_rare(ax[0] = vf_abs(x[0]), ay[0] = vf_abs(y[0]));
    for (int j = 1; j < 4; j++)
        rare = vf_mor(rare, vmf_atan2_rare(ax[j] = vf_abs(x[j]), ay[j] = vf_abs(y[j])));
    if (vf_any(rare)) {
        for (int j = 0; j < 4; j++)
            r[j] = vmf_atan2(y[j], x[j]);
        return;
    }
    for (int j = 0; j < 4; j++)
        q[j] = vmf_atan2_quot(ax[j], ay[j], &nn[j], &dd[j], &th[j]);
    for (int j = 0; j < 4; j++)
        r[j] = vmf_atan2_fin(q[j], nn[j], dd[j], th[j], ay[j], x[j], y[j], 0);
}

/* asin polynomial: f(v) = v + v u P(u) */
static inline vf vmf_asin_poly(vf u)
{
    vf p = vf_fma(u, vf_set(VMF_ASIN_P4), vf_set(VMF_ASIN_P3));
    p = vf_fma(u, p, vf_set(VMF_ASIN_P2));
    p = vf_fma(u, p, vf_set(VMF_ASIN_P1));
    return vf_fma(u, p, vf_set(VMF_ASIN_P0));
}

/*
 * asin and acos: the sum H + m f(v) + L of the comment above, written out
 * with the fewest operations (on AVX-512 a vsqrtps occupies the divider
 * about as long as 15-20 other operations take on the two vector ports,
 * so every operation beyond those costs time): m = -2 or 1 is folded into
 * the multiply that makes mv = m vh, the remainder m vl = (h - s^2) m/(2s)
 * is fused with the low part of H into one constant-plus-product c (zeroed
 * in the lanes a <= 1/2, where vl = 0), the polynomial term is added to c
 * and then the error t of H's high part plus m vh: the result rounds at
 * sh + w (before: three operations more per vector, the same maxima).
 */
/* h = (1 - |x|)/2, exact: the square root's argument, for asin and acos */
static inline vf vmf_asin_h(vf x) { return vf_fma(vf_abs(x), vf_set(-0.5f), vf_set(0.5f)); }

/* asin a = a + ... (a <= 1/2), pi/2 - 2 asin(s + sl) (a > 1/2), s = sqrt(h),
 * h = (1 - a)/2 (exact), sl = (h - s^2)/(2s): m = 1 or -2, -2 sl = -(h -
 * s^2) est(s); u = a^2 or h */
static inline vf vmf_asin_finish(vf x, vf h, vf s)
{
    vf a = vf_abs(x);
    vfm big = vf_gt(a, vf_set(0.5f));
    vf rem = vf_fnma(s, s, h); /* h - s^2, exact (vl = 0 where a <= 1/2: c below) */
    vf u = vf_min(h, vf_mul(a, a)); /* h where a > 1/2, else a^2 */
    vf p = vmf_asin_poly(u);
    /* hi + mv = sh + t exactly (Fast2Sum), hi = PI2_HI where a > 1/2, else
     * 0 (sh = a, t = 0). AVX-512 folds the selects into a masked
     * multiply, a masked add and a zero-masked add, the others into the
     * constant (an and, where their selects are blends): the same bits,
     * as mv >= +0 in the lanes a <= 1/2 */
#ifdef VMATH_AVX512_VF_H
    vf mv = vf_sel(big, vf_mul(s, vf_set(-2.0f)), a);
    vf sh = vf_sel(big, vf_add(mv, vf_set(VMF_PI2_HI)), mv);
    vf t = vf_selz(big, vf_add(vf_sub(vf_set(VMF_PI2_HI), sh), mv));
#else
    /* -2s as s's bits + 0x80800000 (sign and exponent + 1; at a = 1,
     * -2^-126 for -0, which changes no result): min(s, a) is s where
     * a > 1/2, else a, and an and plus an integer subtraction replace the
     * multiply and the blendv */
    vf mv = vf_log_unscale(vf_min(s, a), vf_selz(big, vf_set(INFINITY)));
    vf hi = vf_selz(big, vf_set(VMF_PI2_HI));
    vf sh = vf_add(hi, mv);
    vf t = vf_add(vf_sub(hi, sh), mv);
#endif
    /* the low part of pi/2 and m vl (both 0 where a <= 1/2), then the
     * polynomial term, and only then t: the square root's chain to the
     * result is 3 operations shorter than with t in the constant first (t
     * + PI2_HI LOR, then the rest), with as many operations; the same
     * results for all 2^32 inputs, and on Zen 3 asin 451 -> 416 ns at n =
     * 1024 (minima of 12 interleaved runs). acos, tried the same way,
     * changed results and ran slower */
    vf c = vf_selz(big, vf_fma(rem, vf_set(-VMF_ASIN_K), vf_set(VMF_PI2_LO)));
    vf w = vf_add(vf_fma(vf_mul(mv, u), p, c), t);
    return vf_orsign(vf_add(sh, w), x); /* sh + w >= +0 or NaN */
}

/* asin or acos (finish: vmf_asin_finish or vmf_acos_finish) of x */
static inline vf vmf_asinacos(vf x, vf (*finish)(vf, vf, vf))
{
    vf h = vmf_asin_h(x);
    return finish(x, h, vf_sqrt(h));
}

/* the same on nv = 2 or 4 vectors, every square root issued before any
 * finishes: the chain through the square root is long (AVX2 on Zen 3 was
 * latency-bound; acos takes four there, 7% faster than two, asin two: four
 * gained nothing); the same bits as vmf_asinacos on each */
static inline void vmf_asinacos_n(const vf *x, vf *y, int nv, vf (*finish)(vf, vf, vf))
{
    vf h[4], s[4];
    for (int j = 0; j < nv; j++)
        h[j] = vmf_asin_h(x[j]);
    for (int j = 0; j < nv; j++)
        s[j] = vf_sqrt(h[j]);
    for (int j = 0; j < nv; j++)
        y[j] = finish(x[j], h[j], s[j]);
}
static inline void vmf_asinacos2(vf x0, vf x1, vf *y0, vf *y1, vf (*finish)(vf, vf, vf))
{
    vf x[2] = {x0, x1}, y[2];
    vmf_asinacos_n(x, y, 2, finish);
    *y0 = y[0];
    *y1 = y[1];
}

static inline vf vmf_asin(vf x) { return vmf_asinacos(x, vmf_asin_finish); }
static inline void vmf_asin2(vf x0, vf x1, vf *y0, vf *y1) { vmf_asinacos2(x0, x1, y0, y1, vmf_asin_finish); }

/* acos x = pi/2 - asin x (|x| <= 1/2: m = -1), 2 asin(s + sl) (x > 1/2) and
 * pi - 2 asin(s + sl) (x < -1/2): m = 2 sign(x), m sl = (h - s^2) est(ss),
 * ss = sign(x) s (est(-s) = -est(s): the sign bit is the top bit). The sum
 * is written with nv = -m vh (ss (-2) or x) and hi - nv: the same bits. */
static inline vf vmf_acos_finish(vf x, vf h, vf s)
{
    vf a = vf_abs(x);
    vfm big = vf_gt(a, vf_set(0.5f));
    vf rem = vf_selz(big, vf_fnma(s, s, h)); /* h - s^2, exact; 0 where vl = 0 */
    vf u = vf_min(h, vf_mul(a, a)); /* h where a > 1/2, else a^2 */
    vf ss = vf_orsign(s, x); /* s >= +0 or NaN */
    vf nv = vf_sel(big, vf_mul(ss, vf_set(-2.0f)), x);
    vf est = vmf_recip_est(ss);
    /* PI2_HI, or where a > 1/2 PI2_HI -+ PI2_HI = 0 or PI_HI (exact) for
     * x's sign: two operations, no compare of x or blend */
#ifdef VMATH_AVX512_VF_H
    vf hi = vf_sel(big, vf_sub(vf_set(VMF_PI2_HI), vf_orsign(vf_set(VMF_PI2_HI), x)), vf_set(VMF_PI2_HI)); /* a masked subtraction */
#else
    vf hi = vf_sub(vf_set(VMF_PI2_HI), vf_selz(big, vf_orsign(vf_set(VMF_PI2_HI), x)));
#endif
    vf p = vmf_asin_poly(u);
    vf sh = vf_sub(hi, nv);
    vf t = vf_sub(vf_sub(hi, sh), nv); /* hi - nv = sh + t exactly */
    vf c = vf_fma(rem, est, vf_fma(hi, vf_set(VMF_PI2_LOR), t));
    vf w = vf_fnma(vf_mul(nv, u), p, c);
    return vf_add(sh, w);
}

static inline vf vmf_acos(vf x) { return vmf_asinacos(x, vmf_acos_finish); }
static inline void vmf_acos2(vf x0, vf x1, vf *y0, vf *y1) { vmf_asinacos2(x0, x1, y0, y1, vmf_acos_finish); }
static inline void vmf_acos4(const vf *x, vf *y) { vmf_asinacos_n(x, y, 4, vmf_acos_finish); }
