#ifndef CONVVIZ_CONV_KERNELS_H
#define CONVVIZ_CONV_KERNELS_H

#include <stddef.h>

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

/// xT[c*ldxT + p] = x[p*ldx + c] for p < rows, c < columns: a channels-first copy for the narrow kernel.
void convviz_transpose(const float *x, ptrdiff_t ldx, ptrdiff_t rows, ptrdiff_t columns, float *xT, ptrdiff_t ldxT);

/// Conv1D outputs at stride 1 for up to 4 filters, vectorized over 64 positions at a time instead
/// of over filters, so a group's last few filters (100 = 96 + 4) cost no more than their share.
///
/// - xT: the group's input channels first (channel c's row is ldxT floats, with at least 64 floats
///   of slack past the input's end), at the first output's first tap; output i's tap t reads
///   column i + t*d of each row.
/// - w: k*cg rows of 4 floats (filters past fValid hold zeros); bias: 4 floats or NULL; relu as above.
void convviz_conv1d_narrow(const float *xT, ptrdiff_t ldxT, ptrdiff_t cg, ptrdiff_t k, ptrdiff_t d,
                           const float *w, ptrdiff_t n, float *out, ptrdiff_t ldo, ptrdiff_t fValid,
                           const float *bias, int relu);

#endif
