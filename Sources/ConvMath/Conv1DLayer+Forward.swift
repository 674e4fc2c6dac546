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

    /// Both cores when the work is worth a thread's start-up (about 20 µs).
    private func automaticThreads(outputs: Int) -> Int {
        let macs = Double(outputs) * Double(spec.filters) * Double(spec.kernelSize * spec.channelsPerGroup)
        return macs > 4e6 ? Self.cores : 1
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
    private func reference(positions: Range<Int>, into out: UnsafeMutablePointer<Float>) {
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
    private func finish(positions: Range<Int>, into out: UnsafeMutablePointer<Float>) {
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

    /// The interior outputs through the blocked kernel, split over `threads` by position.
    private func fast(positions: Range<Int>, into out: UnsafeMutablePointer<Float>, threads: Int) {
        guard !positions.isEmpty else { return }
        #if canImport(CConvKernels)
        let fCount = spec.filters, cg = spec.channelsPerGroup, fg = spec.filtersPerGroup
        let k = spec.kernelSize, depth = k * cg
        // Each group's filters in tiles of 32, the last of 32, 48 or 64 (whichever holds the rest:
        // 100 filters are 32 + 32 + 48), depth rows each, zeros past the last filter.
        var tiles: [(group: Int, f0: Int, valid: Int, width: Int, offset: Int)] = []
        var size = 0
        for g in 0..<spec.groups {
            var f = 0
            while f < fg {
                let rest = fg - f
                let width = rest > 64 ? 64 : [32, 48, 64].first { $0 >= rest }!
                tiles.append((g, g * fg + f, min(width, fg - f), width, size))
                size += depth * width
                f += width
            }
        }
        let tileList = tiles
        // The bias of each tile follows its weights, so the kernel can add it as it stores.
        let biasOffset = size
        size += tiles.reduce(0) { $0 + $1.width }
        let packed = [Float](unsafeUninitializedCapacity: size) { pk, count in
            count = size
            kernel.withUnsafeBufferPointer { w in
                bias.withUnsafeBufferPointer { bs in
                    var b = biasOffset
                    for tile in tiles {
                        convviz_pack_tile(w.baseAddress! + tile.f0, fCount, depth, tile.valid, tile.width, pk.baseAddress! + tile.offset)
                        if spec.useBias {
                            convviz_pack_tile(bs.baseAddress! + tile.f0, 0, 1, tile.valid, tile.width, pk.baseAddress! + b)
                        } else {
                            (pk.baseAddress! + b).initialize(repeating: 0, count: tile.width)
                        }
                        b += tile.width
                    }
                }
            }
        }
        // Linear and relu finish in the kernel; sigmoid and tanh afterwards, in Swift.
        let inKernel = spec.activation == .linear || spec.activation == .relu
        let relu: Int32 = spec.activation == .relu ? 1 : 0
        let chunks = max(1, min(threads, positions.count / 24))
        let useBias = spec.useBias
        let s = spec.strides, d = spec.dilationRate, left = plan.left, channels = spec.channels
        input.values.withUnsafeBufferPointer { xBuffer in
            packed.withUnsafeBufferPointer { pkBuffer in
                let shared = SharedBuffers(x: xBuffer.baseAddress!, packed: pkBuffer.baseAddress!, out: out)
                let run: @Sendable (Int) -> Void = { chunk in
                    let x = shared.x, pk = shared.packed, out = shared.out
                    let lo = positions.lowerBound + positions.count * chunk / chunks
                    let hi = positions.lowerBound + positions.count * (chunk + 1) / chunks
                    guard lo < hi else { return }
                    var b = biasOffset
                    for tile in tileList {
                        let xStart = x + (lo * s - left) * channels + tile.group * cg
                        convviz_conv1d_tile(xStart, channels, cg, k, s, d, pk + tile.offset, tile.width,
                                            hi - lo, out + lo * fCount + tile.f0, fCount, tile.valid,
                                            inKernel && useBias ? pk + b : nil, inKernel ? relu : 0)
                        b += tile.width
                    }
                    if !inKernel { finish(positions: lo..<hi, into: out) }
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
}

/// The buffers the forward pass's threads share: the input and packed weights, read only, and
/// the output, where each thread writes its own rows. Hence unchecked: nothing is written twice.
private struct SharedBuffers: @unchecked Sendable {
    let x: UnsafePointer<Float>
    let packed: UnsafePointer<Float>
    let out: UnsafeMutablePointer<Float>
}
