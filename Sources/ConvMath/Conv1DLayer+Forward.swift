#if canImport(CConvKernels)
import CConvKernels
#endif
#if canImport(Dispatch)
import Dispatch
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Conv1DLayer {
    /// The geometry (padding and index arithmetic) of this layer.
    public var geometry: Conv1DGeometry { Conv1DGeometry(spec: spec, plan: plan) }

    /// Computes every output, `[output_length][filters]`.
    ///
    /// Outputs whose taps all read real cells (all but a few at each end) go through a
    /// register-blocked kernel (`CConvKernels`), the rest through `forwardReference`. Both
    /// add each output's products in the trace's order, tap-major then channel; the kernel
    /// fuses each multiply and add (FMA) where the CPU has it, so it is bit-identical to the
    /// trace when the sums are exact (dyadic values, as every fixture and preset) and
    /// within a few units in the last place otherwise. `threads` nil uses every core
    /// for a layer of more than about 4 million multiplies; 1 keeps to the calling thread.
    public func forward(threads: Int? = nil) -> Matrix {
        let n = max(plan.outputLength, 0), fCount = spec.filters
        // Every cell is written below (the edges by the reference loop, the rest by the kernel), so no zero fill.
        let out = [Float](unsafeUninitializedCapacity: n * fCount) { o, count in
            count = n * fCount
            guard let base = o.baseAddress else { return }
            let inner = interior
            reference(positions: 0..<inner.lowerBound, into: base)
            reference(positions: inner.upperBound..<n, into: base)
            fast(positions: inner, into: base, threads: threads ?? automaticThreads(outputs: inner.count))
        }
        return Matrix(rows: n, columns: fCount, values: out)
    }

    /// Every output by the plain loop the trace follows, bit-identical to the trace: the reference the fast path is tested against.
    public func forwardReference() -> Matrix {
        let n = max(plan.outputLength, 0), fCount = spec.filters
        var out = [Float](repeating: 0, count: n * fCount)
        out.withUnsafeMutableBufferPointer { o in
            if let base = o.baseAddress { reference(positions: 0..<n, into: base) }
        }
        return Matrix(rows: n, columns: fCount, values: out)
    }

    /// The outputs whose every tap reads a real input cell: `j·s − padL ≥ 0` and `j·s − padL + (k−1)·d ≤ L − 1`.
    public var interior: Range<Int> {
        let n = max(plan.outputLength, 0), s = spec.strides, left = plan.left
        let lo = min(ceilDiv(left, s), n)
        let hi = floorDiv(spec.length - 1 - (spec.kernelSize - 1) * spec.dilationRate + left, s) + 1
        return lo..<max(min(hi, n), lo)
    }

    /// Both cores when the work is worth handing half to a second thread: below about ten million
    /// multiply-adds (the two smaller of issue 12's layers) that costs more than it saves.
    private func automaticThreads(outputs: Int) -> Int {
        let macs = Double(outputs) * Double(spec.filters) * Double(spec.kernelSize * spec.channelsPerGroup)
        return macs > 10e6 ? Self.cores : 1
    }

    /// The cores this process may use.
    static let cores: Int = {
        #if canImport(Glibc) || canImport(Darwin)
        return max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1)
        #else
        return 1
        #endif
    }()

    /// Outputs `positions` by the plain loop into row j of `out`.
    ///
    /// The inner loop runs over the filters of a group, contiguous in both the kernel and
    /// the output row; zero pad taps add nothing and are skipped, copying pads (PyTorch's
    /// reflect, replicate, circular) read their source cell.
    func reference(positions: Range<Int>, into out: UnsafeMutablePointer<Float>) {
        guard !positions.isEmpty else { return }
        let fCount = spec.filters, cg = spec.channelsPerGroup, fg = spec.filtersPerGroup
        let k = spec.kernelSize, channels = spec.channels, length = spec.length, groups = spec.groups
        input.values.withUnsafeBufferPointer { x in
            kernel.withUnsafeBufferPointer { w in
                for j in positions {
                    let row = out + j * fCount
                    for f in 0..<fCount { row[f] = 0 }
                    for t in 0..<k {
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
                }
            }
        }
        finish(positions: positions, into: out)
    }

    /// Adds the bias and applies the activation to rows `positions`.
    ///
    /// Linear and relu get loops of their own, which vectorize; they compute what `Activation.apply` does.
    func finish(positions: Range<Int>, into out: UnsafeMutablePointer<Float>) {
        let fCount = spec.filters, act = spec.activation, useBias = spec.useBias
        bias.withUnsafeBufferPointer { b in
            for j in positions {
                let row = out + j * fCount
                switch act {
                case .linear:
                    if useBias { for f in 0..<fCount { row[f] = row[f] + b[f] } }
                case .relu:
                    if useBias {
                        for f in 0..<fCount { let v = row[f] + b[f]; row[f] = v > 0 ? v : 0 }
                    } else {
                        for f in 0..<fCount { let v = row[f]; row[f] = v > 0 ? v : 0 }
                    }
                case .sigmoid, .tanh:
                    for f in 0..<fCount { row[f] = act.apply(useBias ? row[f] + b[f] : row[f]) }
                }
            }
        }
    }
}
