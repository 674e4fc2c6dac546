import ConvViz

/// One explorer frame rendered headless (state → grid), at a tiny and a huge length.
///
/// The two sizes must cost about the same: the views touch only what is on screen,
/// and the trace computes those steps on demand.
enum RenderBenchmarks {
    static var all: [Benchmark] {
        [frame(length: 10), frame(length: 1_000_000), frame(length: 1_000_000, zoom: .heatmap),
         paintPass(width: 120, height: 40), paintPass(width: 400, height: 120)]
    }

    /// Planning how a step is sent (`PaintPass`): the 500×128 layer in numbers, one step apart, as the backend gets them.
    static func paintPass(width: Int, height: Int) -> Benchmark {
        let spec = Conv1DSpec(length: 500, channels: 128, filters: 32, kernelSize: 7, padding: .valid, activation: .relu)
        var state = AppState(spec: spec, seed: 7)
        while state.zoom != .numbers { state.apply(.cycleZoom) }
        state.apply(.goto(3))
        let shown = Screen().render(state, width: width, height: height)
        state.apply(.goto(4))
        let next = Screen().render(state, width: width, height: height)
        return Benchmark(name: "paint-pass", size: "\(width)x\(height) step, 500x128 layer, numbers", work: .items(1, unit: "frames")) {
            Float(PaintPass.frames(shown: shown, next: next).count)
        }
    }

    /// Numbers by default, so both lengths draw the same kind and number of cells.
    static func frame(length: Int, zoom: Zoom = .numbers) -> Benchmark {
        let spec = Conv1DSpec(length: length, channels: 8, filters: 64, kernelSize: 9, padding: .same, activation: .relu)
        var state = AppState(spec: spec, seed: 7)
        // Half-way through, so the output panel shows computed and pending cells.
        state.apply(.goto(length * 64 / 2))
        while state.zoom != zoom { state.apply(.cycleZoom) }
        let screen = Screen()
        let frozen = state
        return Benchmark(name: "render", size: "100x30 frame (\(zoom.rawValue)), L=\(length) C=8 F=64 k=9 same", work: .items(1, unit: "frames")) {
            let grid = screen.render(frozen, width: 100, height: 30)
            return Float(grid.lines.count)
        }
    }
}
