import Synchronization

/// Seeded weights for the layers of a model whose description gives none.
///
/// Values sit on a quarter grid, like the single layer's, so every sum on screen is exact.
/// Each layer draws from its own seed, so changing one layer leaves the others' weights alone.
enum ModelWeightsSeed {
    static let denseStream: UInt64 = 11, embeddingStream: UInt64 = 12, denseBiasStream: UInt64 = 13

    /// The weights of layer `index` on an input of `shape`: the given ones when they fit, else seeded.
    static func weights(_ entry: ModelStack.Entry, index: Int, input shape: LayerShape, seed: UInt64, kernelSource: DataSource) -> LayerWeights {
        let layerSeed = seed &+ UInt64(index) &* 1_000_003
        let given = entry.weights
        switch entry.layer {
        case let .conv1D(args):
            let spec = args.spec(length: shape.steps ?? 1, channels: shape.last ?? 1)
            let kernel = given.kernel?.count == spec.kernelSize * spec.channelsPerGroup * spec.filters ? given.kernel : nil
            let bias = given.bias?.count == spec.filters ? given.bias : nil
            let seeded = LayerData.kernel(spec, source: kernelSource, seed: layerSeed).map { $0 * fanInScale(spec.kernelSize * spec.channelsPerGroup) }
            return LayerWeights(kernel: kernel ?? seeded,
                                bias: bias ?? LayerData.bias(spec, kernelSource: kernelSource, seed: layerSeed))
        case let .dense(units, _, _):
            let n = shape.last ?? 1
            let rng = SeededValues(seed: layerSeed)
            // Addressed by (input, unit) rather than the flat index, so changing the units keeps the other units' weights.
            let kernel = given.kernel?.count == n * units ? given.kernel! : (0..<(n * units)).map {
                Float(rng.integer(in: -4...4, stream: denseStream, index: ($0 % units) << 32 | ($0 / units))) / 4 * fanInScale(n)
            }
            let bias = given.bias?.count == units ? given.bias! : (0..<units).map { Float(rng.integer(in: -2...2, stream: denseBiasStream, index: $0)) / 8 }
            return LayerWeights(kernel: kernel, bias: bias)
        case let .embedding(v, d, _):
            if given.embeddings?.count == v * d { return given }
            return LayerWeights(embeddings: seededEmbeddings(vocabulary: v, width: d, seed: layerSeed))
        default:
            return given
        }
    }

    /// The last table `seededEmbeddings` made: IMDB's is 10,000 × 128 values, and every move between
    /// layers that rebuilds the Embedding would draw them all again.
    private static let lastEmbeddings = Mutex<(key: [UInt64], table: [Float])?>(nil)

    /// A seeded `vocabulary × width` table of quarter-grid values, drawn once for the same three numbers.
    static func seededEmbeddings(vocabulary v: Int, width d: Int, seed: UInt64) -> [Float] {
        let key = [UInt64(v), UInt64(d), seed]
        if let last = lastEmbeddings.withLock({ $0 }), last.key == key { return last.table }
        let rng = SeededValues(seed: seed)
        let table = (0..<(v * d)).map { Float(rng.integer(in: -4...4, stream: embeddingStream, index: $0)) / 4 }
        lastEmbeddings.withLock { $0 = (key, table) }
        return table
    }

    /// A power of two near 1/√fan-in, so deep layers keep values of a readable size and every sum stays exact.
    static func fanInScale(_ fanIn: Int) -> Float {
        let k = Int((Double(max(fanIn, 1)).squareRoot().log2Value).rounded())
        return k <= 0 ? 1 : 1 / Float(1 << min(k, 20))
    }

    /// Seeded token ids in `0 ..< vocabulary`.
    static func tokens(count: Int, vocabulary: Int, seed: UInt64) -> [Int] {
        let rng = SeededValues(seed: seed)
        return (0..<count).map { rng.integer(in: 0...max(vocabulary - 1, 0), stream: LayerData.inputStream, index: $0) }
    }
}

private extension Double {
    var log2Value: Double {
        var x = self, n = 0.0
        while x >= 2 { x /= 2; n += 1 }
        return n + (x - 1)
    }
}
