#ifndef CONVVIZ_CONV_KERNELS_H
#define CONVVIZ_CONV_KERNELS_H

#include <stddef.h>

/// The widths of a packed filter tile the kernel computes at once: 32, 48 or 64 filters.
#define CONVVIZ_TILE 32

/// Conv1D outputs whose every tap reads a real input cell, for one group and one tile of
/// up to `width` filters, summed in the trace's order (tap-major, then channel).
///
/// - x: the input cell of the first output's first tap, at the group's first channel;
///   output i's tap t reads row i*s + t*d (rows are ldx floats apart), channels 0 ..< cg.
/// - w: the packed tile, k*cg rows of `width` floats, 32, 48 or 64 (filters past fValid hold zeros).
/// - out: output i's filters land at out[i*ldo + f] for f < fValid; the sums are stored, not added.
/// - bias: `width` floats added to each finished sum (padded with zeros), or NULL; relu: nonzero
///   to keep max(sum + bias, 0) as `x > 0 ? x : 0`, the way Activation.relu does.
void convviz_conv1d_tile(const float *x, ptrdiff_t ldx, ptrdiff_t cg, ptrdiff_t k, ptrdiff_t s, ptrdiff_t d,
                         const float *w, ptrdiff_t width, ptrdiff_t n, float *out, ptrdiff_t ldo, ptrdiff_t fValid,
                         const float *bias, int relu);

/// Copies `rows` rows of `valid` floats, `ldw` apart in w, into rows of `width` floats at dst,
/// zero-filling each row past `valid`: a tile of the kernel in the layout convviz_conv1d_tile reads.
void convviz_pack_tile(const float *w, ptrdiff_t ldw, ptrdiff_t rows, ptrdiff_t valid, ptrdiff_t width, float *dst);

#endif
