/* Primitives of the math algorithms' vector of doubles that every ISA
 * builds the same way from the ones its vd.h defines (src/<isa>/vd.h). */
#ifndef VMATH_VD_COMMON_H
#define VMATH_VD_COMMON_H

#define VM_SIGN UINT64_C(0x8000000000000000)

INLINE vd v_neg(vd a) { return v_from(v_xoru(v_bits(a), v_setu(VM_SIGN))); }
INLINE vd v_abs(vd a) { return v_from(v_andu(v_bits(a), v_setu(~VM_SIGN))); }
/* |m| with the sign of s */
INLINE vd v_copysign(vd m, vd s)
{
    return v_from(v_oru(v_andu(v_bits(m), v_setu(~VM_SIGN)), v_andu(v_bits(s), v_setu(VM_SIGN))));
}

#endif
