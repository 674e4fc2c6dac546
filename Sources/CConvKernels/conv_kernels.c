// A register-blocked Conv1D micro-kernel in portable C (clang vector extensions), compiled
// once per CPU level by target_clones: AVX-512 where the CPU has it (its 32 registers hold a
// block of 12 positions x 32 filters, 8 x 48 or 6 x 64, of sums), AVX2+FMA, and plain x86-64
// elsewhere. The loader picks the clone at start-up, so one binary runs on any x86-64
// machine; other architectures build the plain version.
#include "conv_kernels.h"
#include <string.h>

typedef float v16 __attribute__((vector_size(64)));
typedef int v16i __attribute__((vector_size(64)));

// Unaligned loads and stores; macros, since a v16 argument in a plain function would change
// the calling convention between the clones.
#define load16(p) ({ v16 v_; memcpy(&v_, (p), sizeof v_); v_; })
#define store16(p, v) do { v16 v_ = (v); memcpy((p), &v_, sizeof v_); } while (0)

// CONVVIZ_NO_CLONES builds one version for the compiler's target (a check of the AVX2 and plain
// versions on a machine that would pick AVX-512).
#if defined(__x86_64__) && defined(__clang__) && !defined(CONVVIZ_NO_CLONES)
#define CONVVIZ_CLONES __attribute__((target_clones("avx512f", "arch=x86-64-v3", "default")))
#else
#define CONVVIZ_CLONES
#endif

// One block of outputs first .. first+BLOCK-1 for a tile of NV*16 filters (output indices past
// last repeat the last one and are not stored, so a short tail costs one block instead of a
// slow scalar loop). Adds taps t0 ..< t1, channels c0 ..< c1 of each, to the sums in out (or
// to zero when fresh), in that order: each sum grows in the trace's order.
#define DEFINE_BLOCK(NAME, NV, BLOCK)                                                                  \
static inline __attribute__((always_inline)) void NAME(const float *x, ptrdiff_t ldx, ptrdiff_t cg,    \
        ptrdiff_t s, ptrdiff_t d, const float *w, ptrdiff_t t0, ptrdiff_t t1, ptrdiff_t c0, ptrdiff_t c1, \
        int fresh, ptrdiff_t first, ptrdiff_t last, float *out, ptrdiff_t ldo, ptrdiff_t fValid,       \
        const float *bias, int relu) {                                                                  \
    enum { WIDTH = NV * 16 };                                                                          \
    v16 acc[BLOCK][NV];                                                                                \
    const float *rows[BLOCK];                                                                          \
    for (int i = 0; i < BLOCK; i++) {                                                                  \
        ptrdiff_t j = first + i <= last ? first + i : last;                                            \
        rows[i] = x + j * s * ldx;                                                                     \
        if (fresh) {                                                                                   \
            for (int v = 0; v < NV; v++) acc[i][v] = (v16){0};                                         \
        } else if (fValid == WIDTH) {                                                                  \
            for (int v = 0; v < NV; v++) acc[i][v] = load16(out + j * ldo + 16 * v);                   \
        } else {                                                                                       \
            float tmp[WIDTH] = {0};                                                                    \
            memcpy(tmp, out + j * ldo, (size_t)fValid * sizeof(float));                                \
            for (int v = 0; v < NV; v++) acc[i][v] = load16(tmp + 16 * v);                             \
        }                                                                                              \
    }                                                                                                  \
    for (ptrdiff_t t = t0; t < t1; t++) {                                                              \
        const float *wt = w + t * cg * WIDTH;                                                          \
        ptrdiff_t offset = t * d * ldx;                                                                \
        for (ptrdiff_t c = c0; c < c1; c++) {                                                          \
            v16 b[NV];                                                                                 \
            for (int v = 0; v < NV; v++) b[v] = load16(wt + c * WIDTH + 16 * v);                       \
            for (int i = 0; i < BLOCK; i++) {                                                          \
                float xv = rows[i][offset + c];                                                        \
                for (int v = 0; v < NV; v++) acc[i][v] += xv * b[v];                                   \
            }                                                                                          \
        }                                                                                              \
    }                                                                                                  \
    v16 b[NV];                                                                                         \
    if (bias) for (int v = 0; v < NV; v++) b[v] = load16(bias + 16 * v);                               \
    for (int i = 0; i < BLOCK && first + i <= last; i++) {                                             \
        float tmp[WIDTH];                                                                              \
        float *o = out + (first + i) * ldo;                                                            \
        float *dst = fValid == WIDTH ? o : tmp;                                                        \
        for (int v = 0; v < NV; v++) {                                                                 \
            v16 y = acc[i][v];                                                                         \
            if (bias) y = y + b[v];                                                                    \
            if (relu) y = (v16)((v16i)y & (y > 0)); /* +0 where not y > 0: NaN and -0 too */          \
            store16(dst + 16 * v, y);                                                                  \
        }                                                                                              \
        if (dst == tmp) memcpy(o, tmp, (size_t)fValid * sizeof(float));                                \
    }                                                                                                  \
}

// 24 sums in registers each; a 16-filter tile is left out on purpose: 24 positions of one
// vector need a load per multiply-add and run at less than half the speed of these.
DEFINE_BLOCK(block64, 4, 6)
DEFINE_BLOCK(block48, 3, 8)
DEFINE_BLOCK(block32, 2, 12)

// Weight rows per pass over the outputs: 32 KB of a tile (256 rows of 32 filters), which stay
// in a core's L1 cache while every block of outputs reads them. Splitting the taps and channels
// into passes keeps each output's products in the trace's order: a pass resumes the sums the
// one before stored.
#define PASS_ROWS (8192 / width)

CONVVIZ_CLONES
void convviz_conv1d_tile(const float *x, ptrdiff_t ldx, ptrdiff_t cg, ptrdiff_t k, ptrdiff_t s, ptrdiff_t d,
                         const float *w, ptrdiff_t width, ptrdiff_t n, float *out, ptrdiff_t ldo, ptrdiff_t fValid,
                         const float *bias, int relu) {
    int fresh = 1;
    ptrdiff_t tapsPerPass = cg >= PASS_ROWS ? 1 : PASS_ROWS / cg;
    for (ptrdiff_t t0 = 0; t0 < k; t0 += tapsPerPass) {
        ptrdiff_t t1 = t0 + tapsPerPass < k ? t0 + tapsPerPass : k;
        // A tap wider than a pass is split by channel.
        ptrdiff_t step = t1 - t0 == 1 && cg > PASS_ROWS ? PASS_ROWS : cg;
        for (ptrdiff_t c0 = 0; c0 < cg; c0 += step) {
            ptrdiff_t c1 = c0 + step < cg ? c0 + step : cg;
            // The last pass adds the bias and applies relu as it stores, as the trace does after the sum.
            int final = t1 == k && c1 == cg;
            const float *b = final ? bias : 0;
            int r = final && relu;
            if (width == 64) {
                for (ptrdiff_t j = 0; j < n; j += 6) block64(x, ldx, cg, s, d, w, t0, t1, c0, c1, fresh, j, n - 1, out, ldo, fValid, b, r);
            } else if (width == 48) {
                for (ptrdiff_t j = 0; j < n; j += 8) block48(x, ldx, cg, s, d, w, t0, t1, c0, c1, fresh, j, n - 1, out, ldo, fValid, b, r);
            } else {
                for (ptrdiff_t j = 0; j < n; j += 12) block32(x, ldx, cg, s, d, w, t0, t1, c0, c1, fresh, j, n - 1, out, ldo, fValid, b, r);
            }
            fresh = 0;
        }
    }
}

CONVVIZ_CLONES
void convviz_pack_tile(const float *w, ptrdiff_t ldw, ptrdiff_t rows, ptrdiff_t valid, ptrdiff_t width, float *dst) {
    for (ptrdiff_t r = 0; r < rows; r++) {
        const float *src = w + r * ldw;
        float *row = dst + r * width;
        ptrdiff_t f = 0;
        for (; f < valid; f++) row[f] = src[f];
        for (; f < width; f++) row[f] = 0;
    }
}

CONVVIZ_CLONES
void convviz_transpose(const float *x, ptrdiff_t ldx, ptrdiff_t rows, ptrdiff_t columns, float *xT, ptrdiff_t ldxT) {
    for (ptrdiff_t c = 0; c < columns; c++) {
        float *dst = xT + c * ldxT;
        for (ptrdiff_t p = 0; p < rows; p++) dst[p] = x[p * ldx + c];
    }
}

// Positions per block of the narrow kernel: 4 vectors of 16, for up to 4 filters (16 sums).
#define NARROW 64

CONVVIZ_CLONES
void convviz_conv1d_narrow(const float *xT, ptrdiff_t ldxT, ptrdiff_t cg, ptrdiff_t k, ptrdiff_t d,
                           const float *w, ptrdiff_t n, float *out, ptrdiff_t ldo, ptrdiff_t fValid,
                           const float *bias, int relu) {
    for (ptrdiff_t j = 0; j < n; j += NARROW) {
        v16 acc[4][4];
        for (int f = 0; f < 4; f++)
            for (int v = 0; v < 4; v++) acc[f][v] = (v16){0};
        for (ptrdiff_t t = 0; t < k; t++) {
            for (ptrdiff_t c = 0; c < cg; c++) {
                const float *base = xT + c * ldxT + t * d + j;
                const float *wr = w + (t * cg + c) * 4;
                v16 xv[4];
                for (int v = 0; v < 4; v++) xv[v] = load16(base + 16 * v);
                for (int f = 0; f < 4; f++) {
                    float wf = wr[f];
                    for (int v = 0; v < 4; v++) acc[f][v] += xv[v] * wf;
                }
            }
        }
        for (int f = 0; f < fValid; f++) {
            for (int v = 0; v < 4; v++) {
                v16 y = acc[f][v];
                if (bias) y = y + bias[f];
                if (relu) y = (v16)((v16i)y & (y > 0));
                float lanes[16];
                store16(lanes, y);
                for (int l = 0; l < 16 && j + 16 * v + l < n; l++) out[(j + 16 * v + l) * ldo + f] = lanes[l];
            }
        }
    }
}
