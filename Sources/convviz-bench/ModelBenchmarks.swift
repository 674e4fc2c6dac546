import ConvViz

/// One frame of the model explorer on the last layers of a stack, at L = 10 and L = 1,000,000.
///
/// Each layer's input is computed once when the layer opens (not measured here); a frame
/// then costs what is on screen, so both lengths should draw in about the same time.
enum ModelBenchmarks {
    static var all: [Benchmark] {
        [10, 1_000_000].flatMap { length in [2, 3, 4].map { frame(length: length, stage: $0) } }
    }

    /// The acceptance stack: Conv1D(16, 9, 'same') → MaxPooling1D(4) → Conv1D(16, 5) → GlobalMaxPooling1D → Dense(2).
    static func stack(length: Int) -> ExplorerModel {
        ExplorerModel(name: "bench", stack: ModelStack([
            .conv1D(ConvArguments(filters: 16, kernelSize: 9, padding: .same, activation: .relu)),
            .maxPooling1D(PoolArguments(poolSize: 4)),
            .conv1D(ConvArguments(filters: 16, kernelSize: 5, activation: .relu)),
            .globalMaxPooling1D(keepdims: false),
            .dense(units: 2, useBias: true),
        ]), length: length, channels: 4)
    }

    static func frame(length: Int, stage: Int) -> Benchmark {
        var state = AppState(model: stack(length: length))
        state.apply(.stage(.to(stage)))
        state.apply(.last)
        let screen = Screen()
        let frozen = state
        let name = ["conv1d", "max_pooling1d", "conv1d_1", "global_max_pooling1d", "dense"][stage]
        return Benchmark(name: "model-frame", size: "100x30 frame at the last step of layer \(stage + 1) (\(name)), L=\(length) C=4", work: .items(1, unit: "frames")) {
            let grid = screen.render(frozen, width: 100, height: 30)
            return Float(grid.lines.count)
        }
    }
}
