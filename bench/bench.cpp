// Microbenchmarks: every operation x every native ISA x every size, next to
// the plain C loop and the peer libraries, registered from the operation
// list (src/ops.c) and the ISA table, not written out per kernel.
//
// Names: "<op>/<impl>/<n>", impl = an ISA name, "api" (the public entry
// point, dispatch included), "plain" (the C loop), "plain-fastmath" (the C
// loop with -ffast-math: complex products and reductions), "read",
// "read-prefetch" and "read-4streams" (reductions: the least work that reads
// the same arrays, the read-bandwidth limit), or a peer ("volk", ...).
// Counters: elem/ns (elements per nanosecond) and GB/s (bytes of the arrays
// read and written per second).
//
// Extra flags (before Google Benchmark's own):
//   --sizes=1024,32768   sizes to run (default 1024,32768,1048576,16777216)
//   --emulated           also run emulated ISAs (slow; off by default)
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

extern "C" {
#include "baselines.h"
#include "ops.h"
#include "vmath.h"
}

namespace {

struct Impl {
    std::string name;
    vmath_fn fn;
};

// Arrays of n elements of the op's types, values near [1, 2): no
// subnormals, NaNs or zero divisors, valid for sqrt, log and friends, so
// every kernel runs its fast path.
struct Arrays {
    void *in[3] = {nullptr, nullptr, nullptr};
    void *out = nullptr;
    // far: sin/cos/tan inputs beyond the f32 kernels' Cody-Waite range
    // (|x| from 2^14 to 2^124, log-uniform, both signs: sin_far_f32 below)
    Arrays(const vmath_op *op, size_t n, bool far = false)
    {
        for (int k = 0; k < 3; k++)
            in[k] = make(op->in, n);
        out = make(op->type, n);
        // asin and acos are NaN outside [-1, 1]: move their inputs to [-1, 1)
        if (std::strncmp(op->name, "asin_", 5) == 0 || std::strncmp(op->name, "acos_", 5) == 0)
            for (size_t i = 0; i < n; i++) {
                if (op->in == VMATH_T_F32)
                    static_cast<float *>(in[0])[i] = 2 * static_cast<float *>(in[0])[i] - 3;
                else
                    static_cast<double *>(in[0])[i] = 2 * static_cast<double *>(in[0])[i] - 3;
            }
        // sin, cos and tan: [1, 2) is one quadrant; spread the inputs over
        // [-1000, 1000) (the peers' argument reduction is exercised too).
        // (sincos has no entry in the op table: run_sincos below.)
        if (std::strncmp(op->name, "sin_", 4) == 0 || std::strncmp(op->name, "cos_", 4) == 0 ||
            std::strncmp(op->name, "tan_", 4) == 0)
            for (size_t i = 0; i < n; i++) {
                if (op->in == VMATH_T_F32)
                    static_cast<float *>(in[0])[i] = 2000 * static_cast<float *>(in[0])[i] - 3000;
                else
                    static_cast<double *>(in[0])[i] = 2000 * static_cast<double *>(in[0])[i] - 3000;
            }
        if (far && op->in == VMATH_T_F32)
            for (size_t i = 0; i < n; i++) {
                float m = static_cast<float *>(in[0])[i];  // [1, 2)
                static_cast<float *>(in[0])[i] = std::ldexp(i % 2 ? -m : m, 14 + (int)((i * 2654435761u) % 111));
            }
    }
    ~Arrays()
    {
        for (void *p : in)
            vmath_free(p);
        vmath_free(out);
    }
    static void *make(vmath_type t, size_t n)
    {
        size_t es = vmath_type_size(t);
        // at least 16 bytes: a reduction's result (up to a size_t or a cf32) lands in y[0]
        void *p = vmath_malloc(n * es > 16 ? n * es : 16);
        if (p == nullptr) {
            std::fprintf(stderr, "bench: out of memory\n");
            std::exit(1);
        }
        for (size_t i = 0; i < n; i++) {
            double v = 1.0 + (double)((i * 2654435761u) % 1000) / 1000.0;
            switch (t) {
            case VMATH_T_F32: static_cast<float *>(p)[i] = (float)v; break;
            case VMATH_T_F64: static_cast<double *>(p)[i] = v; break;
            case VMATH_T_CF32: static_cast<vmath_cf32 *>(p)[i] = {(float)v, (float)(3.0 - v)}; break;
            case VMATH_T_F16: static_cast<uint16_t *>(p)[i] = (uint16_t)(0x3c00 + i % 1024); break;   // [1, 2)
            case VMATH_T_BF16: static_cast<uint16_t *>(p)[i] = (uint16_t)(0x3f80 + i % 128); break;   // [1, 2)
            case VMATH_T_I8: static_cast<int8_t *>(p)[i] = (int8_t)(i % 200 - 100); break;
            case VMATH_T_U8: static_cast<uint8_t *>(p)[i] = (uint8_t)i; break;
            case VMATH_T_I16: static_cast<int16_t *>(p)[i] = (int16_t)(i * 37); break;
            case VMATH_T_I32: static_cast<int32_t *>(p)[i] = (int32_t)(i * 2654435761u); break;
            }
        }
        return p;
    }
};

// Bytes of the arrays read and written per element, for the GB/s counter.
size_t bytes_per_element(const vmath_op *op)
{
    vmath_shape_info sh = vmath_shape_of(op->shape);
    bool returns = op->shape == VMATH_SHAPE_CDOT || op->shape >= VMATH_SHAPE_R_V;  // no output array
    size_t out = returns ? 0 : vmath_type_size(op->type), in = vmath_type_size(op->in);
    if (sh.inout)  // y is read and written, the other inputs are read
        return 2 * out + (size_t)(sh.n_in - 1) * in;
    return out + (size_t)sh.n_in * in;
}

// The arrays of the last (op, n): every implementation of an op runs on the
// same inputs, one after another, so they are made once (filling four 16M
// arrays for every benchmark would dominate the suite's run time).
Arrays &arrays_for(const vmath_op *op, size_t n, bool far)
{
    static std::unique_ptr<Arrays> arr;
    static const vmath_op *arr_op;
    static size_t arr_n;
    static bool arr_far;
    if (!arr || arr_op != op || arr_n != n || arr_far != far) {
        arr.reset();
        arr.reset(new Arrays(op, n, far));
        arr_op = op;
        arr_n = n;
        arr_far = far;
    }
    return *arr;
}

void run(benchmark::State &state, const vmath_op *op, vmath_fn fn, size_t n, bool far = false)
{
    Arrays &arr = arrays_for(op, n, far);
    double s[2] = {1.25, 1.75};
    vmath_op_call(op, fn, arr.out, arr.in, s, n);  // warm up: pages, caches, a peer's lazy init
    for (auto _ : state) {
        vmath_op_call(op, fn, arr.out, arr.in, s, n);
        benchmark::DoNotOptimize(arr.out);
        benchmark::ClobberMemory();
    }
    double iters = (double)state.iterations();
    state.counters["elem/ns"] = benchmark::Counter(iters * (double)n / 1e9, benchmark::Counter::kIsRate);
    state.counters["GB/s"] =
        benchmark::Counter(iters * (double)(n * bytes_per_element(op)) / 1e9, benchmark::Counter::kIsRate);
}

// Every native ISA's kernel of one operation (`kernel` picks it from a
// table; emulated ISAs too if asked): an ISA without its own kernel runs its
// parent's, measured once, under the parent.
template <typename Get>
void add_isas(std::vector<Impl> &impls, bool emulated, Get kernel)
{
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        int avail = vmath_isa_available((vmath_isa)isa);
        if (!(avail == 1 || (avail == 2 && emulated)))
            continue;
        vmath_fn fn = kernel(vmath_kernels_of((vmath_isa)isa));
        vmath_isa parent = vmath_isa_parent((vmath_isa)isa);
        if (parent != VMATH_ISA_COUNT && vmath_kernels_of(parent) && fn == kernel(vmath_kernels_of(parent)))
            continue;
        impls.push_back({vmath_isa_name((vmath_isa)isa), fn});
    }
}

// sincos, two outputs and so outside the op table: f(s, c, x, n) on x in
// [-1000, 1000) as sin and cos above; GB/s counts x, s and c.
template <typename T>
void run_sincos(benchmark::State &state, vmath_fn fn, size_t n)
{
    auto f = reinterpret_cast<void (*)(T *, T *, const T *, size_t)>(fn);
    size_t bytes = n * sizeof(T) > 16 ? n * sizeof(T) : 16;
    T *x = static_cast<T *>(vmath_malloc(bytes)), *sn = static_cast<T *>(vmath_malloc(bytes)),
      *cs = static_cast<T *>(vmath_malloc(bytes));
    if (x == nullptr || sn == nullptr || cs == nullptr) {
        std::fprintf(stderr, "bench: out of memory\n");
        std::exit(1);
    }
    for (size_t i = 0; i < n; i++)
        x[i] = (T)(2000 * (1.0 + (double)((i * 2654435761u) % 1000) / 1000.0) - 3000);
    f(sn, cs, x, n);
    for (auto _ : state) {
        f(sn, cs, x, n);
        benchmark::DoNotOptimize(sn);
        benchmark::DoNotOptimize(cs);
        benchmark::ClobberMemory();
    }
    double iters = (double)state.iterations();
    state.counters["elem/ns"] = benchmark::Counter(iters * (double)n / 1e9, benchmark::Counter::kIsRate);
    state.counters["GB/s"] = benchmark::Counter(iters * (double)(3 * n * sizeof(T)) / 1e9, benchmark::Counter::kIsRate);
    vmath_free(x);
    vmath_free(sn);
    vmath_free(cs);
}

vmath_fn find_baseline(const baseline *list, const char *op)
{
    for (const baseline *b = list; b->op != nullptr; b++)
        if (std::strcmp(b->op, op) == 0)
            return b->fn;
    return nullptr;
}

// Registers sincos_f32 or sincos_f64: every native ISA's kernel, the public entry
// point, the plain loop, the -ffast-math libmvec loops and SLEEF where they
// exist.
template <typename T>
void register_sincos(const char *op, const std::vector<size_t> &sizes, bool emulated)
{
    std::vector<Impl> impls;
    add_isas(impls, emulated, [op](const vmath_kernels *k) {
        return std::strcmp(op, "sincos_f32") == 0 ? (vmath_fn)k->sincos_f32 : (vmath_fn)k->sincos_f64;
    });
    impls.push_back({"api", std::strcmp(op, "sincos_f32") == 0 ? (vmath_fn)vmath_sincos_f32 : (vmath_fn)vmath_sincos_f64});
    const struct {
        const char *name;
        const baseline *list;
    } lists[] = {{"plain", plain_loops}, {"libmvec", libmvec_loops}, {"libmvec-avx2", libmvec_avx2_loops}};
    for (const auto &l : lists)
        if (vmath_fn fn = find_baseline(l.list, op))
            impls.push_back({l.name, fn});
    const struct {
        const char *name;
        const baseline *list;
        int available;
    } sleef[] = {{"sleef", sleef_kernels, sleef_available()},
                 {"sleef_u35", sleef_u35_kernels, sleef_available()},
                 {"sleef-avx2", sleef_kernels_avx2, sleef_available_avx2()},
                 {"sleef_u35-avx2", sleef_u35_kernels_avx2, sleef_available_avx2()}};
    for (const auto &l : sleef)
        if (vmath_fn fn = l.available ? find_baseline(l.list, op) : nullptr)
            impls.push_back({l.name, fn});
    for (size_t n : sizes)
        for (const Impl &im : impls) {
            std::string name = std::string(op) + "/" + im.name + "/" + std::to_string(n);
            vmath_fn fn = im.fn;
            benchmark::RegisterBenchmark(name.c_str(), [fn, n](benchmark::State &st) { run_sincos<T>(st, fn, n); });
        }
}

void add_list(std::vector<Impl> &impls, const char *name, const baseline *list, const vmath_op *op)
{
    for (const baseline *b = list; b->op != nullptr; b++)
        if (std::strcmp(b->op, op->name) == 0)
            impls.push_back({name, b->fn});
}

}  // namespace

int main(int argc, char **argv)
{
    std::vector<size_t> sizes = {1024, 32768, 1048576, 16777216};
    bool emulated = false;
    std::vector<char *> rest;
    for (int i = 0; i < argc; i++) {
        if (std::strncmp(argv[i], "--sizes=", 8) == 0) {
            sizes.clear();
            for (char *p = argv[i] + 8; *p;) {
                char *end;
                unsigned long long v = std::strtoull(p, &end, 10);
                if (end == p) {
                    std::fprintf(stderr, "bench: bad --sizes value '%s'\n", argv[i] + 8);
                    return 2;
                }
                sizes.push_back((size_t)v);
                p = *end == ',' ? end + 1 : end;
            }
        } else if (std::strcmp(argv[i], "--emulated") == 0) {
            emulated = true;
        } else {
            rest.push_back(argv[i]);
        }
    }

    for (size_t i = 0; i < vmath_op_count; i++) {
        const vmath_op *op = &vmath_ops[i];
        std::vector<Impl> impls;
        add_isas(impls, emulated, [op](const vmath_kernels *k) { return vmath_op_kernel(k, op); });
        impls.push_back({"api", op->api});
        add_list(impls, "plain", plain_loops, op);
        add_list(impls, "plain-fastmath", plain_fast_loops, op);
        add_list(impls, "volk", volk_kernels, op);
        add_list(impls, "openblas", openblas_kernels, op);
        if (sleef_available()) {
            add_list(impls, "sleef", sleef_kernels, op);
            add_list(impls, "sleef_u35", sleef_u35_kernels, op);
        }
        add_list(impls, "libmvec", libmvec_loops, op);
        if (sleef_available_avx2()) {
            add_list(impls, "sleef-avx2", sleef_kernels_avx2, op);
            add_list(impls, "sleef_u35-avx2", sleef_u35_kernels_avx2, op);
        }
        add_list(impls, "libmvec-avx2", libmvec_avx2_loops, op);
        if (hwy_available())
            add_list(impls, "hwy", hwy_kernels, op);
        if (hwy_available_avx2())
            add_list(impls, "hwy-avx2", hwy_kernels_avx2, op);
        add_list(impls, "plain-fastmath", plain_fast_reduce, op);
        add_list(impls, "read", read_limit, op);
        add_list(impls, "read-prefetch", read_limit_prefetch, op);
        add_list(impls, "read-4streams", read_limit_streams, op);
        for (size_t n : sizes) {  // n outside: consecutive benchmarks share arrays_for()
            for (const Impl &im : impls) {
                std::string name = std::string(op->name) + "/" + im.name + "/" + std::to_string(n);
                vmath_fn fn = im.fn;
                benchmark::RegisterBenchmark(name.c_str(), [op, fn, n](benchmark::State &st) { run(st, op, fn, n); });
            }
            // sin_f32 again on arguments up to 2^124 (Arrays' far inputs):
            // the reductions for large |x| (Highway's sin is not accurate
            // there, the others are)
            if (std::strcmp(op->name, "sin_f32") == 0)
                for (const Impl &im : impls) {
                    std::string name = std::string("sin_far_f32/") + im.name + "/" + std::to_string(n);
                    vmath_fn fn = im.fn;
                    benchmark::RegisterBenchmark(name.c_str(),
                                                 [op, fn, n](benchmark::State &st) { run(st, op, fn, n, true); });
                }
        }
    }
    register_sincos<float>("sincos_f32", sizes, emulated);
    register_sincos<double>("sincos_f64", sizes, emulated);
    // Call overhead: the public entry point against the kernel it dispatches
    // to, at n = 1.
    const vmath_op *add = vmath_op_find("add_f32");
    vmath_isa best = vmath_isa_active();
    vmath_fn direct = vmath_op_kernel(vmath_kernels_of(best), add);
    benchmark::RegisterBenchmark("add_f32/api/1", [add](benchmark::State &st) { run(st, add, add->api, 1); });
    benchmark::RegisterBenchmark((std::string("add_f32/") + vmath_isa_name(best) + "/1").c_str(),
                                 [add, direct](benchmark::State &st) { run(st, add, direct, 1); });

    int n_rest = (int)rest.size();
    benchmark::Initialize(&n_rest, rest.data());
    benchmark::AddCustomContext("vmath_active_isa", vmath_isa_name(best));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
