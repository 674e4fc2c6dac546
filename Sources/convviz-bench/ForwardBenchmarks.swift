import ConvMath

/// The batch forward pass on the seed lecture's layer and a few neighbours.
enum ForwardBenchmarks {
    static var all: [Benchmark] {
        // The three layers of issue 12, single-threaded (as the PyTorch comparison runs) and with every core.
        let layers: [(Int, Int, Int, Int, Padding)] = [(500, 128, 32, 7, .valid), (400, 50, 100, 4, .valid), (50, 300, 100, 4, .valid)]
        return layers.map { forward(length: $0.0, channels: $0.1, filters: $0.2, kernelSize: $0.3, padding: $0.4, threads: 1) }
            + layers.map { forward(length: $0.0, channels: $0.1, filters: $0.2, kernelSize: $0.3, padding: $0.4, threads: nil) }
            + [forward(length: 500, channels: 128, filters: 32, kernelSize: 7, padding: .same, threads: 1),
               forward(length: 1_000_000, channels: 8, filters: 16, kernelSize: 9, padding: .same, threads: nil),
               forward(length: 1_000_000, channels: 8, filters: 16, kernelSize: 9, padding: .same, threads: 1)]
    }

    /// FLOPs = 2·out·F·k·(C/G): one multiply and one add per tap and channel.
    static func forward(length: Int, channels: Int, filters: Int, kernelSize: Int, padding: Padding, threads: Int?) -> Benchmark {
        let spec = Conv1DSpec(length: length, channels: channels, filters: filters, kernelSize: kernelSize, padding: padding, activation: .relu)
        var seed: UInt32 = 12345
        func next() -> Float {
            seed = seed &* 1_664_525 &+ 1_013_904_223
            return Float(Int(seed >> 20) - 2048) / 2048
        }
        let x = Matrix(rows: length, columns: channels, values: (0..<length * channels).map { _ in next() })
        let kernel = (0..<kernelSize * channels * filters).map { _ in next() / 16 }
        let bias = (0..<filters).map { _ in next() }
        let layer = try! Conv1DLayer.make(spec: spec, input: x, kernel: kernel, bias: bias).get()
        let flops = 2.0 * Double(layer.outputLength * filters * kernelSize * spec.channelsPerGroup)
        let mode = threads == 1 ? "1 thread" : "all cores"
        return Benchmark(name: "forward", size: "L=\(length) C=\(channels) F=\(filters) k=\(kernelSize) \(padding.rawValue), \(mode)",
                         work: .flops(flops)) { layer.forward(threads: threads).values[0] }
    }
}
