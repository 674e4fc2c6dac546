import ArgumentParser
import ConvMath
import ConvViz

/// The layer options shared by explore, record and explain.
///
/// Each value is checked on its own here (one line naming option, value and range);
/// combinations are checked by `Conv1DSpec.validate()`, which words them as Keras does.
struct LayerOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Input length L (positions), \(Parameter.length.rangeText) (default \(AppState.defaultSpec.length)).", transform: LayerOptions.whole(.length)) var length: Int?
    @Option(parsing: .unconditional, help: "Input channels C, \(Parameter.channels.rangeText) (default \(AppState.defaultSpec.channels)).", transform: LayerOptions.whole(.channels)) var channels: Int?
    @Option(parsing: .unconditional, help: "Filters F (output channels), \(Parameter.filters.rangeText) (default \(AppState.defaultSpec.filters)).", transform: LayerOptions.whole(.filters)) var filters: Int?
    @Option(name: .customLong(Parameter.kernelSize.optionName), parsing: .unconditional, help: "Kernel size k, \(Parameter.kernelSize.rangeText) (default \(AppState.defaultSpec.kernelSize)).", transform: LayerOptions.whole(.kernelSize)) var kernelSize: Int?
    @Option(parsing: .unconditional, help: "Stride s, \(Parameter.strides.rangeText) (default \(AppState.defaultSpec.strides)).", transform: LayerOptions.whole(.strides)) var strides: Int?
    @Option(parsing: .unconditional, help: "Padding: valid, same, causal, or (with --framework pytorch) a whole number of cells on each side, \(Parameter.torchPaddingRange.lowerBound)...\(Parameter.torchPaddingRange.upperBound) (default \(AppState.defaultSpec.padding.rawValue); Keras's own is valid).",
            completion: .list(PaddingArgument.allValueStrings), transform: PaddingArgument.parse)
    var padding: PaddingArgument?
    @Option(help: "Keras's Conv1D or PyTorch's nn.Conv1d (default keras).") var framework: Framework?
    @Option(name: .customLong("padding-mode"), help: "PyTorch's padding_mode (with --framework pytorch; default zeros).") var paddingMode: TorchPaddingMode?
    @Option(name: .customLong(Parameter.dilationRate.optionName), parsing: .unconditional, help: "Dilation rate d, \(Parameter.dilationRate.rangeText) (default 1).", transform: LayerOptions.whole(.dilationRate)) var dilationRate: Int?
    @Option(parsing: .unconditional, help: "Groups G, \(Parameter.groups.rangeText); must divide channels and filters (default 1).", transform: LayerOptions.whole(.groups)) var groups: Int?
    @Option(help: "Activation (default \(AppState.defaultSpec.activation.rawValue); Keras's own is linear).") var activation: Activation?
    @Flag(name: .customLong("no-bias"), help: "Build the layer with use_bias=False.") var noBias = false
    // Unconditional, so that "--seed -1" is read as a value (and refused) rather than as a missing one.
    @Option(parsing: .unconditional, help: "Seed for the random input and weights, 0...\(Int64.max) (2^63-1; default 7).", transform: LayerOptions.seed)
    var seed: UInt64?

    /// Reads a whole number for `p`; a word, or a number past any whole number's reach, gets the range to use.
    static func whole(_ p: Parameter) -> (String) throws -> Int {
        { text in
            guard let v = Int(text) else { throw ValidationError("use a whole number in \(p.rangeText)") }
            return v
        }
    }

    /// A seed in the range a script's `set seed` accepts, so that `record` never writes a script `play` refuses.
    static func seed(_ text: String) throws -> UInt64 {
        guard let v = Int64(text), v >= 0 else {
            throw ValidationError("use a whole number in 0...\(Int64.max)")
        }
        return UInt64(v)
    }
    @Option(help: "Input values: a preset (random, ramp, sine, ones, impulse, steps) or a CSV file of L rows by C columns.") var input: String?
    @Option(help: "Kernel values: a preset (random, ones, average, edge, identity) or a CSV file of k rows by (C/G)*F columns.") var kernel: String?

    /// The parameters in the order `validate` lists their values; names and ranges are the explorer's.
    static let parameters: [Parameter] = [.length, .channels, .filters, .kernelSize, .strides, .dilationRate, .groups]

    func validate() throws {
        if framework != .pytorch {
            if case .count(let n)? = padding { throw ValidationError("--padding \(n): a number of pad cells is PyTorch's padding; add --framework pytorch, or use valid, same or causal") }
            if paddingMode != nil { throw ValidationError("--padding-mode is PyTorch's; add --framework pytorch") }
        }
        if framework == .pytorch, padding == .named(.causal) {
            throw ValidationError("--padding causal: PyTorch has no causal padding; F.pad(x, ((k - 1) * d, 0)) then padding 0 does it")
        }
        let values: [Int?] = [length, channels, filters, kernelSize, strides, dilationRate, groups]
        for (value, p) in zip(values, Self.parameters) {
            if let v = value, !p.range.contains(v) {
                throw ValidationError("--\(p.optionName) \(v) is out of range: use \(p.rangeText)")
            }
        }
    }

    /// True when no layer option was given, so the caller may use its own default.
    var isEmpty: Bool {
        length == nil && channels == nil && filters == nil && kernelSize == nil && strides == nil && padding == nil
            && dilationRate == nil && groups == nil && activation == nil && !noBias && framework == nil && paddingMode == nil
    }

    /// The spec these options describe, each missing value taken from `base`.
    func spec(over base: Conv1DSpec) -> Conv1DSpec {
        var s = base
        if let v = length { s.length = v }
        if let v = channels { s.channels = v }
        if let v = filters { s.filters = v }
        if let v = kernelSize { s.kernelSize = v }
        if let v = strides { s.strides = v }
        if case .named(let v)? = padding { s.padding = v }
        if let v = dilationRate { s.dilationRate = v }
        if let v = groups { s.groups = v }
        if let v = activation { s.activation = v }
        if noBias { s.useBias = false }
        return s
    }
}
