import ConvMath

/// The batch forward pass on the seed lecture's layer and a few neighbours.
enum ForwardBenchmarks {
    static var all: [Benchmark] {
        [
            forward(length: 500, channels: 128, filters: 32, kernelSize: 7, padding: .valid),
            forward(length: 500, channels: 128, filters: 32, kernelSize: 7, padding: .same),
            forward(length: 400, channels: 50, filters: 100, kernelSize: 4, padding: .valid),
            forward(length: 50, channels: 300, filters: 100, kernelSize: 4, padding: .valid),
        ]
    }

    /// FLOPs = 2·out·F·k·(C/G): one multiply and one add per tap and channel.
    static func forward(length: Int, channels: Int, filters: Int, kernelSize: Int, padding: Padding) -> Benchmark {
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
        return Benchmark(name: "forward", size: "L=\(length) C=\(channels) F=\(filters) k=\(kernelSize) \(padding.rawValue)",
                         work: .flops(flops)) { layer.forward().values[0] }
    }
}
