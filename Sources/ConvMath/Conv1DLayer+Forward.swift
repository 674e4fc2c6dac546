extension Conv1DLayer {
    /// The geometry (padding and index arithmetic) of this layer.
    public var geometry: Conv1DGeometry { Conv1DGeometry(spec: spec, plan: plan) }

    /// Computes every output, `[output_length][filters]`, bit-identical to the trace.
    ///
    /// Each output accumulates taps in the trace's order (tap-major, then channel),
    /// but the inner loop runs over the filters of a group, so it is contiguous in
    /// both the kernel and the output row and vectorizes; zero pad taps add nothing and
    /// are skipped, copying pads (PyTorch's reflect, replicate, circular) read their source cell.
    /// Nothing is allocated inside the loops.
    public func forward() -> Matrix {
        let n = plan.outputLength, fCount = spec.filters
        var out = [Float](repeating: 0, count: max(n, 0) * fCount)
        forward(positions: 0..<max(n, 0), into: &out)
        return Matrix(rows: max(n, 0), columns: fCount, values: out)
    }

    /// Computes outputs for `positions` into `out`, whose row `j − positions.lowerBound` receives output j.
    public func forward(positions: Range<Int>, into out: inout [Float]) {
        let fCount = spec.filters, cg = spec.channelsPerGroup, fg = spec.filtersPerGroup
        let k = spec.kernelSize, channels = spec.channels, length = spec.length
        let groups = spec.groups
        precondition(out.count >= positions.count * fCount)
        input.values.withUnsafeBufferPointer { x in
            kernel.withUnsafeBufferPointer { w in
                out.withUnsafeMutableBufferPointer { o in
                    for j in positions {
                        let row = o.baseAddress! + (j - positions.lowerBound) * fCount
                        for f in 0..<fCount { row[f] = 0 }
                        for t in 0..<k {
                            // A zero pad adds nothing and is skipped; a copying pad reads the cell it copies.
                            guard let p = plan.source(of: inputPosition(output: j, tap: t), length: length) else { continue }
                            let xRow = x.baseAddress! + p * channels
                            for g in 0..<groups {
                                let f0 = g * fg
                                for c in 0..<cg {
                                    let xv = xRow[g * cg + c]
                                    let wRow = w.baseAddress! + (t * cg + c) * fCount + f0
                                    let oRow = row + f0
                                    for f in 0..<fg { oRow[f] += xv * wRow[f] }
                                }
                            }
                        }
                        let act = spec.activation
                        for f in 0..<fCount {
                            let pre = spec.useBias ? row[f] + bias[f] : row[f]
                            row[f] = act.apply(pre)
                        }
                    }
                }
            }
        }
    }
}
