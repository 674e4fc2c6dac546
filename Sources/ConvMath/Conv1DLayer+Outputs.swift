extension Conv1DLayer {
    /// The outputs of `filters` at position `j`, each bit-identical to `output(position:filter:)`.
    ///
    /// Eight filters of one group run side by side: each lane adds its own products in the order
    /// the one-filter loop does, so every sum has the same bits; only independent sums share an
    /// instruction. Filters left over, or split by a group's edge, take the one-filter loop.
    public func outputs(position j: Int, filters: Range<Int>) -> [Float] {
        var out: [Float] = []
        out.reserveCapacity(filters.count)
        var f = filters.lowerBound
        while f < filters.upperBound {
            let groupEnd = (f / spec.filtersPerGroup + 1) * spec.filtersPerGroup
            guard min(groupEnd, filters.upperBound) - f >= 8 else {
                out.append(output(position: j, filter: f))
                f += 1
                continue
            }
            let sums = eightSums(position: j, filter: f)
            for i in 0..<8 { out.append(spec.activation.apply(spec.useBias ? sums[i] + biasValue(filter: f + i) : sums[i])) }
            f += 8
        }
        return out
    }

    /// The sums of products of filters `f ..< f + 8` (one group) at position `j`, before bias and activation.
    private func eightSums(position j: Int, filter f: Int) -> SIMD8<Float> {
        let cg = spec.channelsPerGroup, c0 = firstChannel(filter: f), filters = spec.filters
        let length = spec.length, channels = spec.channels
        var acc = SIMD8<Float>()
        input.values.withUnsafeBufferPointer { x in
            kernel.withUnsafeBufferPointer { w in
                let base = UnsafeRawPointer(w.baseAddress!)
                for t in 0..<spec.kernelSize {
                    let row = plan.source(of: inputPosition(output: j, tap: t), length: length).map { $0 * channels + c0 }
                    var k = t * cg * filters + f
                    for c in 0..<cg {
                        // A zero pad still multiplies, as a tap does, so the sum is the same bit for bit.
                        let v = row.map { x[$0 + c] } ?? 0
                        acc += SIMD8(repeating: v) * base.loadUnaligned(fromByteOffset: k * MemoryLayout<Float>.stride, as: SIMD8<Float>.self)
                        k += filters
                    }
                }
            }
        }
        return acc
    }
}
