#if canImport(CConvKernels)
import CConvKernels
#endif
#if canImport(Dispatch)
import Dispatch
#endif

/// One tile of a group's filters as the C kernels compute it.
struct KernelTile {
    var group: Int
    /// The first filter and how many the tile holds.
    var f0: Int
    var valid: Int
    /// Floats per packed row: 32, 48 or 64 for the blocked kernel, 4 for the narrow one.
    var width: Int
    /// Where its packed weights and its packed bias start.
    var weights: Int
    var bias: Int
    /// Vectorized over positions (stride 1, a group's last few filters) rather than over filters.
    var narrow: Bool
}

extension Conv1DLayer {
    /// The tiles of every group: 64-filter tiles, then one of 32, 48 or 64 for the rest of the
    /// multiple of 16 (100 = 64 + 32 + 4); at stride 1 a remainder of up to 8 filters, or a group
    /// of up to 8, goes to the narrow kernel in fours, which wastes no lanes; otherwise the last
    /// tile takes the remainder too.
    func kernelTiles() -> (tiles: [KernelTile], size: Int) {
        let fg = spec.filtersPerGroup, depth = spec.kernelSize * spec.channelsPerGroup
        let rest = fg % 16
        // A group of 9 to 16 filters stays in one wide tile: the narrow kernel writes each output row
        // in fours, which on a long input costs more memory traffic than the wasted lanes cost arithmetic.
        let narrowCount = spec.strides != 1 ? 0 : fg <= 8 ? fg : fg > 16 && (1...8).contains(rest) ? rest : 0
        var tiles: [KernelTile] = []
        var size = 0
        for g in 0..<spec.groups {
            var f = 0
            while f < fg - narrowCount {
                let left = fg - narrowCount - f
                let width = left > 64 ? 64 : [32, 48, 64].first { $0 >= left }!
                tiles.append(KernelTile(group: g, f0: g * fg + f, valid: min(width, left), width: width, weights: size, bias: 0, narrow: false))
                size += depth * width
                f += width
            }
            while f < fg {
                tiles.append(KernelTile(group: g, f0: g * fg + f, valid: min(4, fg - f), width: 4, weights: size, bias: 0, narrow: true))
                size += depth * 4
                f += 4
            }
        }
        // Each tile's bias after all the weights, so the kernel can add it as it stores.
        for i in tiles.indices {
            tiles[i].bias = size
            size += tiles[i].width
        }
        return (tiles, size)
    }

    /// The interior outputs through the C kernels, split over `threads` by position.
    func fast(positions: Range<Int>, into out: UnsafeMutablePointer<Float>, threads: Int) {
        guard !positions.isEmpty else { return }
        #if canImport(CConvKernels)
        let (tiles, size) = kernelTiles()
        // The layer never changes: its weights are packed once, which for a short input costs as much as the pass.
        let packed = packing.value.withLock { kept in
            if let kept { return kept }
            let made = packedWeights(tiles, size: size)
            kept = made
            return made
        }
        let chunks = max(1, min(threads, positions.count / 24))
        input.values.withUnsafeBufferPointer { x in
            packed.withUnsafeBufferPointer { pk in
                let shared = SharedBuffers(x: x.baseAddress!, packed: pk.baseAddress!, out: out)
                let run: @Sendable (Int) -> Void = { chunk in
                    let lo = positions.lowerBound + positions.count * chunk / chunks
                    let hi = positions.lowerBound + positions.count * (chunk + 1) / chunks
                    if lo < hi { compute(lo..<hi, tiles: tiles, buffers: shared) }
                }
                #if canImport(Dispatch)
                if chunks > 1 { DispatchQueue.concurrentPerform(iterations: chunks, execute: run); return }
                #endif
                run(0)
            }
        }
        #else
        reference(positions: positions, into: out)
        #endif
    }

    #if canImport(CConvKernels)
    /// Every tile's weights in the kernels' layout, then every tile's bias (zeros without one).
    private func packedWeights(_ tiles: [KernelTile], size: Int) -> [Float] {
        let fCount = spec.filters, depth = spec.kernelSize * spec.channelsPerGroup
        return [Float](unsafeUninitializedCapacity: size) { pk, count in
            count = size
            let base = pk.baseAddress!
            kernel.withUnsafeBufferPointer { w in
                bias.withUnsafeBufferPointer { bs in
                    for tile in tiles {
                        convviz_pack_tile(w.baseAddress! + tile.f0, fCount, depth, tile.valid, tile.width, base + tile.weights)
                        if spec.useBias {
                            convviz_pack_tile(bs.baseAddress! + tile.f0, 0, 1, tile.valid, tile.width, base + tile.bias)
                        } else {
                            (base + tile.bias).initialize(repeating: 0, count: tile.width)
                        }
                    }
                }
            }
        }
    }

    /// Interior outputs `range` for every tile, on the calling thread.
    private func compute(_ range: Range<Int>, tiles: [KernelTile], buffers: SharedBuffers) {
        let fCount = spec.filters, cg = spec.channelsPerGroup, k = spec.kernelSize, channels = spec.channels
        let s = spec.strides, d = spec.dilationRate, left = plan.left
        let lo = range.lowerBound, pk = buffers.packed, o = buffers.out + lo * fCount
        // Linear and relu finish in the kernel; sigmoid and tanh afterwards, in Swift.
        let inKernel = spec.activation == .linear || spec.activation == .relu
        let relu: Int32 = inKernel && spec.activation == .relu ? 1 : 0
        for tile in tiles where !tile.narrow {
            let b = inKernel && spec.useBias ? pk + tile.bias : nil
            let start = buffers.x + (lo * s - left) * channels + tile.group * cg
            convviz_conv1d_tile(start, channels, cg, k, s, d, pk + tile.weights, tile.width,
                                range.count, o + tile.f0, fCount, tile.valid, b, relu)
        }
        let narrow = tiles.filter(\.narrow)
        if !narrow.isEmpty { computeNarrow(range, tiles: narrow, buffers: buffers, withBias: inKernel && spec.useBias, relu: relu) }
        if !inKernel { finish(positions: range, into: buffers.out) }
    }

    /// Interior outputs `range` for the narrow tiles, which read the input channels first.
    private func computeNarrow(_ range: Range<Int>, tiles narrow: [KernelTile], buffers: SharedBuffers, withBias: Bool, relu: Int32) {
        let fCount = spec.filters, cg = spec.channelsPerGroup, k = spec.kernelSize, channels = spec.channels
        let d = spec.dilationRate, left = plan.left, pk = buffers.packed
        // The narrow kernel reads the input channels first. Each slice of at most 16,384 outputs is
        // transposed on its own (its rows j − padL … j − padL + (k − 1)·d, with 64 zeros of slack after
        // each for a last, partial block), so the copy stays small however long the input.
        let groups = Set(narrow.map(\.group)), slice = 16_384
        let ldT = min(slice, range.count) + (k - 1) * d + 64, lo = range.lowerBound
        let xT = UnsafeMutablePointer<Float>.allocate(capacity: spec.groups * cg * ldT)
        defer { xT.deallocate() }
        for first in stride(from: lo, to: range.upperBound, by: slice) {
            let count = min(slice, range.upperBound - first), rows = count + (k - 1) * d
            for g in groups {
                let start = xT + g * cg * ldT
                convviz_transpose(buffers.x + (first - left) * channels + g * cg, channels, rows, cg, start, ldT)
                for c in 0..<cg { (start + c * ldT + rows).initialize(repeating: 0, count: ldT - rows) }
            }
            for tile in narrow {
                let b = withBias ? pk + tile.bias : nil
                convviz_conv1d_narrow(xT + tile.group * cg * ldT, ldT, cg, k, d, pk + tile.weights, count,
                                      buffers.out + first * fCount + tile.f0, fCount, tile.valid, b, relu)
            }
        }
    }
    #endif
}

/// The buffers the forward pass's threads share: the input and the packed weights, read only,
/// and the output, where each thread writes its own rows. Hence unchecked: nothing is written twice.
struct SharedBuffers: @unchecked Sendable {
    let x: UnsafePointer<Float>
    let packed: UnsafePointer<Float>
    let out: UnsafeMutablePointer<Float>
}
