/// One built layer of a model, at work on the real output of the layer before it.
public enum Stage: SteppedLayer {
    case conv(Conv1DLayer)
    case pool(PoolLayer)
    case globalPool(GlobalPoolLayer)
    case dense(DenseLayer)
    case embedding(EmbeddingLayer)
    case pass(PassLayer)

    public var outputLength: Int { base.outputLength }
    public var outputChannels: Int { base.outputChannels }

    private var base: any SteppedLayer {
        switch self {
        case .conv(let l): return l
        case .pool(let l): return l
        case .globalPool(let l): return l
        case .dense(let l): return l
        case .embedding(let l): return l
        case .pass(let l): return l
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

    /// The input positions that outputs `positions` read, in order: each tap of a strided or dilated window,
    /// not the span between, and the input cell a copying pad holds; empty when none.
    ///
    /// Layers that see the whole input (a global pool, a Dense or a Flatten onto a vector) read every position.
    public func inputPositions(of positions: [Int]) -> [Int] {
        let length = inputMatrix.rows
        guard length > 0, !positions.isEmpty else { return [] }
        var read = Set<Int>()
        switch self {
        case .conv(let l):
            for j in positions {
                for t in 0..<l.spec.kernelSize {
                    if let p = l.plan.source(of: l.inputPosition(output: j, tap: t), length: length) { read.insert(p) }
                }
            }
        case .pool(let l):
            let w = l.window
            for j in positions { for t in 0..<w.size { read.insert(w.inputPosition(output: j, tap: t)) } }
        case .globalPool:
            return Array(0..<length)
        case .dense(let l):
            if l.isVector { return Array(0..<length) }
            read = Set(positions)
        case .embedding:
            read = Set(positions)
        case .pass(let l):
            if case .flatten = l.kind {
                let c = max(l.inputMatrix.columns, 1)
                read = Set(positions.map { $0 / c })
            } else if case .activation(.softmax) = l.kind, l.input.isVector {
                return Array(0..<length)
            } else {
                read = Set(positions)
            }
        }
        return read.filter { $0 >= 0 && $0 < length }.sorted()
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
