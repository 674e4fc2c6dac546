import ConvViz
import Foundation

/// Builds the explorer's first state from the layer options, checking the whole layer as Keras would.
enum ExplorerSetup {
    static func state(from options: LayerOptions, order: StepOrder = .filterMajor) throws -> AppState {
        let (spec, input, kernel) = try layer(from: options)
        if let refusal = LayerLimits.refusal(spec) {
            throw CLIExit(message: "this layer is too big to explore: \(refusal)")
        }
        var state = AppState(spec: spec, seed: options.seed ?? 7, input: input, kernel: kernel)
        if options.framework == .pytorch {
            try applyTorch(options, to: &state)
        } else if case .failure(let e) = spec.validate() {
            throw CLIExit(message: "this layer is impossible: \(e.type): \(e.message)")
        }
        if order != state.order { state.apply(.toggleOrder) }
        return state
    }

    /// Shows the layer as PyTorch's nn.Conv1d with the options' padding and padding mode, or says why PyTorch refuses it.
    static func applyTorch(_ options: LayerOptions, to state: inout AppState) throws {
        state.apply(.set(.framework(.pytorch)))
        switch options.padding {
        case .count(let n)?: state.apply(.set(.torchPadding(n)))
        case .named(let p)?: state.apply(.set(.padding(p)))
        case nil: break
        }
        if let m = options.paddingMode { state.apply(.set(.paddingMode(m))) }
        if let e = state.layerError { throw CLIExit(message: "PyTorch raises \(e.type): \(e.message)") }
    }

    /// The layer the options describe, over the one set of defaults (`AppState.defaultSpec`) that
    /// `convviz`, `explore` and `explain` share: each option given changes one value.
    ///
    /// An input file sets the length and channels; a kernel file must have the layer's kernel shape.
    static func layer(from options: LayerOptions) throws -> (Conv1DSpec, DataSource, DataSource) {
        var spec = options.spec(over: AppState.defaultSpec)
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
        if case .table(let name, let m, _) = kernel, let wanted = LayerData.kernelShape(spec), wanted != (m.rows, m.columns) {
            throw CLIExit(message: "--kernel \(name) is \(m.rows) x \(m.columns) but this layer's kernel is \(wanted.rows) x \(wanted.columns) (kernel_size rows by channels/groups x filters columns)")
        }
        return (spec, input, kernel)
    }

    /// A preset name or a CSV file; the file must exist and parse.
    static func source(_ value: String?, option: String, presets: [DataPreset]) throws -> DataSource {
        guard let value else { return .preset(.random) }
        if let preset = DataPreset(rawValue: value), presets.contains(preset) { return .preset(preset) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: value, isDirectory: &isDirectory) else {
            if let repaired = SafeFile.repairedNameRefusal(value, doing: "open") { throw CLIExit(message: "\(option) \(repaired)") }
            let names = presets.map(\.rawValue).joined(separator: ", ")
            throw CLIExit(message: "\(option) '\(Sanitize.visible(value))' is neither a preset (\(names)) nor a readable CSV file")
        }
        if isDirectory.boolValue {
            throw CLIExit(message: "\(option) '\(Sanitize.visible(value))' is a directory, not a CSV file")
        }
        // A CSV of 10,000,000 rows by a few columns fits in 256 MB; a device or an endless FIFO is refused.
        let data: [UInt8]
        switch BoundedFile.read(value, maxBytes: 256 << 20, shown: value) {
        case .success(let bytes): data = bytes
        case .failure(let e): throw CLIExit(message: "\(option) \(e.description)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CLIExit(message: "\(option) '\(Sanitize.visible(value))' is not UTF-8 text")
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
