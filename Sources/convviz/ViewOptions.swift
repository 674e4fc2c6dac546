import ArgumentParser
import ConvViz

/// How the explorer plays and draws, shared by explore and record.
struct ViewOptions: ParsableArguments {
    @Option(help: "Step order: filter (one filter slides along the whole input, then the next) or position (all filters at one position, then slide).")
    var order: StepOrder = .filterMajor
    @Option(parsing: .unconditional, help: "Playback speed in steps per second, \(AppState.speedRangeText) (default \(NumberText.fixed(AppState.defaultSpeed, decimals: 2))).",
            transform: ViewOptions.number(in: "a number of steps per second in \(AppState.speedRangeText)")) var speed: Double?
    @Flag(help: "Draw with ASCII only, even on a UTF-8 terminal.") var ascii = false
    @Option(help: "Colours: dark, light or contrast (default: the terminal's COLORFGBG hint, else its reported background colour, else dark; key t cycles).")
    var theme: Theme?
    @Option(help: "Walk a whole model, layer by layer: sentiment, imdb, har, dilated, or a summary JSON file (layers may carry their weights).")
    var model: String?

    /// Reads a number, or says what to use: `use` names the unit and the range.
    static func number(in use: String) -> (String) throws -> Double {
        { text in
            guard let v = DecimalNumber.double(text) else { throw ValidationError("use \(use)") }
            return v
        }
    }

    func validate() throws {
        if let s = speed, !AppState.speedRange.contains(s) {
            throw ValidationError("--speed \(s) is out of range: use a number of steps per second in \(AppState.speedRangeText)")
        }
    }

    /// The explorer's first state for these layer and text options, in this order and at this speed.
    func state(for layer: LayerOptions, text: TextOptions) throws -> AppState {
        try text.checkConflicts(with: layer)
        var state = try ExplorerSetup.state(from: layer, order: order)
        if let model {
            switch ModelFile.load(model) {
            case .failure(let e): throw CLIExit(message: "--model: \(e.message)")
            case .success(let m):
                let sizes = [layer.length, layer.channels, layer.filters, layer.kernelSize, layer.strides, layer.dilationRate, layer.groups]
                if sizes.contains(where: { $0 != nil }) || layer.padding != nil || layer.activation != nil {
                    throw CLIExit(message: "--model sets every layer itself; leave out the layer options (keep --seed, --input, --kernel)")
                }
                // A table of another shape would be cut or padded with zeros without a word.
                if case .table(let name, let values, _) = state.inputSource, !m.readsTokens, (values.rows, values.columns) != (m.length, m.channels) {
                    throw CLIExit(message: "--input \(name) has \(values.rows) rows by \(values.columns) columns; the model '\(Sanitize.line(m.title))' reads \(m.length) steps of \(m.channels) channels")
                }
                state.apply(.loadModel(m))
            }
        }
        try text.apply(to: &state)
        if let s = speed { state.apply(.set(.speed(s))) }
        state.apply(.setTheme(ThemeChoice.resolve(theme)))
        return state
    }
}
