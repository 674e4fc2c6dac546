import ConvViz
import Foundation

/// Builds the explorer's first state from the layer options, checking the whole layer as Keras would.
enum ExplorerSetup {
    static func state(from options: LayerOptions, order: StepOrder = .filterMajor) throws -> AppState {
        var spec = options.isEmpty && options.input == nil ? AppState.defaultSpec : options.spec(over: kerasDefaults)
        let input = try source(options.input, option: "--input", presets: DataPreset.inputPresets)
        if case .table(let name, let m, _) = input {
            // A file's shape is the input's shape; a different size asked for would silently pad or drop values.
            if let l = options.length, l != m.rows {
                throw CLIExit(message: "--input \(name) has \(m.rows) rows but --length is \(l); leave --length out to use the file's")
            }
            if let c = options.channels, c != m.columns {
                throw CLIExit(message: "--input \(name) has \(m.columns) columns but --channels is \(c); leave --channels out to use the file's")
            }
            spec.length = m.rows
            spec.channels = m.columns
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
    private static let kerasDefaults: Conv1DSpec = {
        var spec = AppState.defaultSpec
        spec.padding = .valid
        spec.activation = .linear
        return spec
    }()

    /// A preset name or a CSV file; the file must exist and parse.
    static func source(_ value: String?, option: String, presets: [DataPreset]) throws -> DataSource {
        guard let value else { return .preset(.random) }
        if let preset = DataPreset(rawValue: value), presets.contains(preset) { return .preset(preset) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: value, isDirectory: &isDirectory) else {
            let names = presets.map(\.rawValue).joined(separator: ", ")
            throw CLIExit(message: "\(option) '\(Sanitize.line(value))' is neither a preset (\(names)) nor a readable CSV file")
        }
        if isDirectory.boolValue {
            throw CLIExit(message: "\(option) '\(Sanitize.line(value))' is a directory, not a CSV file")
        }
        guard let data = FileManager.default.contents(atPath: value) else {
            throw CLIExit(message: "\(option): cannot read '\(Sanitize.line(value))' (permission denied?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIExit(message: "\(option) '\(Sanitize.line(value))' is not UTF-8 text")
        }
        do {
            let name = (value as NSString).lastPathComponent
            let table = try CSVTable.parseWithHeader(text, name: value)
            return .table(name: Sanitize.line(name), values: table.values, channelNames: option == "--input" ? table.header : nil)
        } catch let e as CSVTable.ParseError {
            throw CLIExit(message: "\(option): \(e.description)")
        }
    }
}
