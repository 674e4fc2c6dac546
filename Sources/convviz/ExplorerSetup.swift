import ConvViz
import Foundation

/// Builds the explorer's first state from the layer options, checking the whole layer as Keras would.
enum ExplorerSetup {
    static func state(from options: LayerOptions, order: StepOrder = .filterMajor) throws -> AppState {
        var spec = options.isEmpty && options.input == nil ? AppState.defaultSpec : options.spec(over: baseSpec(options))
        let input = try source(options.input, option: "--input", presets: DataPreset.inputPresets)
        if case .table(_, let m) = input {
            if options.length == nil { spec.length = m.rows }
            if options.channels == nil { spec.channels = m.columns }
        }
        let kernel = try source(options.kernel, option: "--kernel", presets: DataPreset.kernelPresets)
        if let refusal = LayerLimits.refusal(spec) {
            throw CLIExit(message: "this layer is too big to explore: \(refusal)")
        }
        if case .failure(let e) = spec.validate() {
            throw CLIExit(message: "this layer is impossible: \(e.type): \(e.message)")
        }
        var state = AppState(spec: spec, seed: options.seed ?? 7, input: input, kernel: kernel)
        if order != state.order { state.apply(.toggleOrder) }
        return state
    }

    /// When some options are given, padding and activation take Keras's defaults ('valid', linear),
    /// so `--length 500 --kernel-size 7` is exactly `Conv1D(..., kernel_size=7)`; sizes keep the teaching default.
    private static func baseSpec(_ options: LayerOptions) -> Conv1DSpec {
        var spec = AppState.defaultSpec
        spec.padding = .valid
        spec.activation = .linear
        return spec
    }

    /// A preset name or a CSV file; the file must exist and parse.
    static func source(_ value: String?, option: String, presets: [DataPreset]) throws -> DataSource {
        guard let value else { return .preset(.random) }
        if let preset = DataPreset(rawValue: value), presets.contains(preset) { return .preset(preset) }
        guard FileManager.default.fileExists(atPath: value) else {
            let names = presets.map(\.rawValue).joined(separator: ", ")
            throw CLIExit(message: "\(option) '\(Sanitize.line(value))' is neither a preset (\(names)) nor a readable CSV file")
        }
        let text: String
        do { text = try String(contentsOfFile: value, encoding: .utf8) } catch {
            throw CLIExit(message: "\(option): cannot read '\(Sanitize.line(value))': \(error.localizedDescription)")
        }
        do {
            let name = (value as NSString).lastPathComponent
            return .table(name: Sanitize.line(name), values: try CSVTable.parse(text, name: value))
        } catch let e as CSVTable.ParseError {
            throw CLIExit(message: "\(option): \(e.description)")
        }
    }
}
