/*
 * Peak-normalise an audio buffer with vmath: a small real program built
 * against the installed package (see examples/CMakeLists.txt and
 * examples/Makefile).
 *
 * It synthesises one second of a 440 Hz tone with a DC offset, removes the
 * offset, scales the buffer so its peak is -1 dBFS, hard-limits it to
 * [-1, 1] and checks the result.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <vmath.h>

#define RATE 48000

int main(void)
{
    size_t n = RATE;
    float *buf = vmath_malloc(n * sizeof *buf);
    float *mag = vmath_malloc(n * sizeof *mag);
    if (buf == NULL || mag == NULL) {
        fprintf(stderr, "normalize: out of memory\n");
        return 1;
    }
    for (size_t i = 0; i < n; i++)
        buf[i] = 0.25f + 0.3f * sinf(2.0f * 3.14159265f * 440.0f * (float)i / RATE);

    /* remove the DC offset (the mean), in place */
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += buf[i];
    vmath_add_scalar_f32(buf, buf, (float)(-sum / (double)n), n);

    /* peak magnitude */
    vmath_abs_f32(mag, buf, n);
    float peak = 0;
    for (size_t i = 0; i < n; i++)
        peak = mag[i] > peak ? mag[i] : peak;

    /* scale to -1 dBFS and limit to [-1, 1] */
    float target = powf(10.0f, -1.0f / 20.0f);
    vmath_mul_scalar_f32(buf, buf, target / peak, n);
    vmath_clamp_f32(buf, buf, -1.0f, 1.0f, n);

    vmath_abs_f32(mag, buf, n);
    float new_peak = 0;
    for (size_t i = 0; i < n; i++)
        new_peak = mag[i] > new_peak ? mag[i] : new_peak;

    printf("vmath %s on %s: peak %.4f -> %.4f (target %.4f)\n", vmath_version(),
           vmath_isa_name(vmath_isa_active()), peak, new_peak, target);
    int ok = fabsf(new_peak - target) < 1e-5f;
    vmath_free(mag);
    vmath_free(buf);
    return ok ? 0 : 1;
}
