/// One built layer of a model, at work on the real output of the layer before it.
public enum Stage: SteppedLayer {
    case conv(Conv1DLayer)
    case pool(PoolLayer)
    case globalPool(GlobalPoolLayer)
    case dense(DenseLayer)
    case embedding(EmbeddingLayer)
    case pass(PassLayer)

    public var outputLength: Int { outputSize.length }
    public var outputChannels: Int { outputSize.channels }

    /// Read through the concrete layer: an `any SteppedLayer` would box it on every read, and views read these per cell.
    private var outputSize: (length: Int, channels: Int) {
        switch self {
        case .conv(let l): return (l.outputLength, l.outputChannels)
        case .pool(let l): return (l.outputLength, l.outputChannels)
        case .globalPool(let l): return (l.outputLength, l.outputChannels)
        case .dense(let l): return (l.outputLength, l.outputChannels)
        case .embedding(let l): return (l.outputLength, l.outputChannels)
        case .pass(let l): return (l.outputLength, l.outputChannels)
        }
    }

    public func step(index: Int, position: Int, channel: Int) -> StageStep {
        switch self {
        case .conv(let l): return .conv(l.step(index: index, position: position, channel: channel))
        case .pool(let l): return .pool(l.step(index: index, position: position, channel: channel))
        case .globalPool(let l): return .globalPool(l.step(index: index, position: position, channel: channel))
        case .dense(let l): return .dense(l.step(index: index, position: position, channel: channel))
        case .embedding(let l): return .embedding(l.step(index: index, position: position, channel: channel))
        case .pass(let l): return .pass(l.step(index: index, position: position, channel: channel))
        }
    }

    /// The value of one output cell, computed by its step.
    public func value(position: Int, channel: Int) -> Float {
        step(index: 0, position: position, channel: channel).value
    }

    /// About how many input cells `value` reads for one output: what a view that reads many values pays for each.
    public var valueCost: Int {
        switch self {
        case .conv(let l): return l.spec.kernelSize * l.spec.channelsPerGroup
        case .pool(let l): return l.window.size
        case .globalPool: return max(inputMatrix.rows, 1)
        case .dense(let l): return max(l.inputs, 1)
        case .embedding: return 1
        case .pass(let l):
            if case .activation(.softmax) = l.kind { return max(l.input.isVector ? l.input.values.count : l.inputMatrix.columns, 1) }
            return 1
        }
    }

    /// True when `count` windows of cells at `offsets`, each `strides` after the one before, leave no gap.
    ///
    /// The first few windows decide: once the union of m windows is one interval and the next window
    /// overlaps it (m·s past the span), every further window only extends it, so a million outputs cost
    /// as much as a handful.
    static func windowsMeet(offsets: [Int], strides: Int, count: Int) -> Bool {
        guard let lo = offsets.first, let hi = offsets.last else { return false }
        let m = min(count, (hi - lo) / max(strides, 1) + 2)
        var cells = Set<Int>()
        for j in 0..<m { for o in offsets { cells.insert(j * strides + o) } }
        return cells.count == (m - 1) * strides + hi - lo + 1
    }

    /// The input as positions × channels (token ids as numbers for an Embedding).
    public var inputMatrix: Matrix {
        switch self {
        case .conv(let l): return l.input
        case .pool(let l): return l.input
        case .globalPool(let l): return l.input
        case .dense(let l): return l.isVector ? Matrix(rows: l.inputs, columns: 1, values: l.x) : Matrix(rows: l.rows, columns: l.inputs, values: l.x)
        case .embedding(let l): return Matrix(rows: l.tokens.count, columns: 1, values: l.tokens.map { Float($0) })
        case .pass(let l): return l.inputMatrix
        }
    }

    /// The whole output, computed by each layer's batch pass.
    public func forward() -> Tensor {
        switch self {
        case .conv(let l): return Tensor(l.forward())
        case .pool(let l): return Tensor(l.forward())
        case .globalPool(let l): return l.forward()
        case .dense(let l): return l.forward()
        case .embedding(let l): return l.forward()
        case .pass(let l): return l.forward()
        }
    }

    /// The input positions that outputs `outputs` read: each tap of a strided or dilated window, not the
    /// span between, and the input cell a copying pad holds.
    ///
    /// Layers that see the whole input (a global pool, a Dense or a Flatten onto a vector) read every position.
    /// Work grows with the runs and taps, not the positions: a million contiguous outputs are one run each tap.
    public func inputPositions(of outputs: PositionRuns) -> PositionRuns {
        let length = inputMatrix.rows
        guard length > 0, !outputs.isEmpty else { return PositionRuns([]) }
        let all = PositionRuns([0...(length - 1)])
        var ranges: [ClosedRange<Int>] = []
        // The cells windows of `size` taps `dilation` apart, sliding by `strides` from `-padLeft`, read for each run of outputs.
        func windows(size: Int, strides: Int, dilation: Int, padLeft: Int, source: (Int) -> Int?) {
            let offsets = (0..<size).map { $0 * dilation - padLeft }
            for run in outputs.runs {
                let (a, b) = (run.lowerBound, run.upperBound)
                if strides == 1 {
                    ranges += offsets.map { (a + $0)...(b + $0) }
                } else if Self.windowsMeet(offsets: offsets, strides: strides, count: b - a + 1) {
                    ranges.append((a * strides + offsets[0])...(b * strides + offsets[offsets.count - 1]))
                } else {
                    // Windows with gaps between them (a stride longer than the kernel): each output's own cells.
                    for j in a...b {
                        if dilation == 1 { ranges.append((j * strides + offsets[0])...(j * strides + offsets[offsets.count - 1])) }
                        else { ranges += offsets.map { (j * strides + $0)...(j * strides + $0) } }
                    }
                }
            }
            // Pad cells: none are read, or (a copying padding) the input cells they copy.
            var inside: [ClosedRange<Int>] = []
            for r in ranges {
                if r.lowerBound < 0 { for p in r.lowerBound..<min(0, r.upperBound + 1) { if let q = source(p) { inside.append(q...q) } } }
                if r.upperBound >= length { for p in max(length, r.lowerBound)...r.upperBound { if let q = source(p) { inside.append(q...q) } } }
                let lo = max(r.lowerBound, 0), hi = min(r.upperBound, length - 1)
                if lo <= hi { inside.append(lo...hi) }
            }
            ranges = inside
        }
        switch self {
        case .conv(let l):
            windows(size: l.spec.kernelSize, strides: l.spec.strides, dilation: l.spec.dilationRate, padLeft: l.plan.left) {
                l.plan.source(of: $0, length: length)
            }
        case .pool(let l):
            let w = l.window
            windows(size: w.size, strides: w.strides, dilation: w.dilation, padLeft: w.padLeft) { _ in nil }
        case .globalPool:
            return all
        case .dense(let l):
            if l.isVector { return all }
            ranges = outputs.runs
        case .embedding:
            ranges = outputs.runs
        case .pass(let l):
            if case .flatten = l.kind {
                let c = max(l.inputMatrix.columns, 1)
                ranges = outputs.runs.map { ($0.lowerBound / c)...($0.upperBound / c) }
            } else if case .activation(.softmax) = l.kind, l.input.isVector {
                return all
            } else {
                ranges = outputs.runs
            }
        }
        return PositionRuns(ranges.compactMap { r in
            let lo = max(r.lowerBound, 0), hi = min(r.upperBound, length - 1)
            return lo <= hi ? lo...hi : nil
        })
    }
}

/// One step of any stage.
public enum StageStep: Sendable {
    case conv(Step)
    case pool(PoolStep)
    case globalPool(GlobalPoolStep)
    case dense(DenseStep)
    case embedding(EmbeddingStep)
    case pass(PassStep)

    public var value: Float {
        switch self {
        case .conv(let s): return s.value
        case .pool(let s): return s.value
        case .globalPool(let s): return s.value
        case .dense(let s): return s.value
        case .embedding(let s): return s.value
        case .pass(let s): return s.value
        }
    }
}
