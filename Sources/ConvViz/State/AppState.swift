/// Everything the explorer shows, changed only by `apply(_:)`.
///
/// The layer's data is rebuilt only when a setting that affects it changes, and
/// the cursor is kept as an (output position, filter) pair so that it survives
/// changes to the layer and to the order.
public struct AppState: Sendable {
    public private(set) var spec: Conv1DSpec
    public private(set) var seed: UInt64
    public private(set) var inputSource: DataSource
    public private(set) var kernelSource: DataSource
    /// The built layer, or the error Keras raises for `spec`.
    public private(set) var layer: Result<Conv1DLayer, LayerError>
    /// The first few runs of inputs no output reads; found once per layer, not per frame (O(outputs) when strided).
    public private(set) var unread: UnreadInputs?
    /// The output cell the current step computes.
    public internal(set) var cursor: (position: Int, filter: Int) = (0, 0)
    /// The cell the user last moved to; a change that removes it clamps `cursor`, and undoing the change restores it.
    var wanted: (position: Int, filter: Int) = (0, 0)
    public internal(set) var order: StepOrder = .filterMajor
    public internal(set) var playing = false
    public internal(set) var speedIndex = AppState.defaultSpeedIndex
    public internal(set) var showHelp = false
    public internal(set) var zoom: Zoom = .auto
    /// First channel row shown in the input, kernel and computation panels.
    public internal(set) var channelScroll = 0
    /// A hand-set first position of the input viewport; nil follows the kernel.
    public internal(set) var positionScroll: Int? = nil
    /// An input position clicked to show its readers.
    public internal(set) var selectedInput: Int? = nil
    public internal(set) var caption = ""
    public internal(set) var title = ""
    public internal(set) var section = ""
    /// The presenter's view of a played script, shown at the right of the caption bar.
    public internal(set) var scriptNote = ""
    public internal(set) var shouldQuit = false
    /// A one-off message for the caption row, such as a change refused because the layer would be too big.
    public internal(set) var notice = ""

    // Input and kernel values are cached so that changing, say, strides does not regenerate 32 MB.
    var inputCache: Matrix
    var kernelCache: [Float]
    var biasCache: [Float]

    /// Steps per second at each speed level.
    public static let speeds: [Double] = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 1024, 4096, 16384]
    static let defaultSpeedIndex = 3

    /// The teaching default: 3 channels, 4 filters, k=3 'same' with relu: pads on both sides, short exact numbers.
    public static let defaultSpec = Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: 3, strides: 1, padding: .same, activation: .relu)

    public init(spec: Conv1DSpec = AppState.defaultSpec, seed: UInt64 = 7, input: DataSource = .preset(.random), kernel: DataSource = .preset(.random)) {
        self.spec = spec
        self.seed = seed
        inputSource = input
        kernelSource = kernel
        inputCache = LayerData.input(spec, source: input, seed: seed)
        kernelCache = LayerData.kernel(spec, source: kernel, seed: seed)
        biasCache = LayerData.bias(spec, kernelSource: kernel, seed: seed)
        layer = Conv1DLayer.make(spec: spec, input: inputCache, kernel: kernelCache, bias: biasCache)
        unread = layer.value.map { UnreadInputs($0.geometry, limit: 4) }
    }

    /// The trace of the current layer in the current order, or nil when the layer is impossible.
    public var trace: Trace? {
        guard case .success(let l) = layer else { return nil }
        return Trace(layer: l, order: order)
    }

    /// The index of the current step in the trace.
    public var stepIndex: Int {
        trace?.index(position: cursor.position, filter: cursor.filter) ?? 0
    }

    /// The current step, or nil when the layer is impossible or has no outputs.
    public var currentStep: Step? {
        guard let t = trace, !t.isEmpty else { return nil }
        return t[stepIndex]
    }

    /// Steps per second.
    public var speed: Double { AppState.speeds[speedIndex] }

    /// The layer error to show, if the configuration is impossible.
    public var layerError: LayerError? {
        if case .failure(let e) = layer { return e }
        return nil
    }

    /// Rebuilds the values and the layer after `spec`, `seed` or a source changed.
    mutating func rebuild(input regenerateInput: Bool, kernel regenerateKernel: Bool) {
        if regenerateInput { inputCache = LayerData.input(spec, source: inputSource, seed: seed) }
        if regenerateKernel {
            kernelCache = LayerData.kernel(spec, source: kernelSource, seed: seed)
            biasCache = LayerData.bias(spec, kernelSource: kernelSource, seed: seed)
        }
        layer = Conv1DLayer.make(spec: spec, input: inputCache, kernel: kernelCache, bias: biasCache)
        unread = layer.value.map { UnreadInputs($0.geometry, limit: 4) }
        clampCursor()
    }

    /// Keeps the cursor on the same output cell when it still exists, else the nearest one.
    mutating func clampCursor() {
        guard case .success(let l) = layer else { return }
        cursor.position = min(max(wanted.position, 0), max(l.outputLength - 1, 0))
        cursor.filter = min(max(wanted.filter, 0), l.spec.filters - 1)
        channelScroll = min(channelScroll, max(spec.channels - 1, 0))
        if let p = selectedInput, p >= spec.length { selectedInput = nil }
        if l.outputLength == 0 { playing = false }
    }

    mutating func setSpec(_ newSpec: Conv1DSpec) {
        if let refusal = LayerLimits.refusal(newSpec) {
            notice = refusal
            return
        }
        let old = spec
        spec = newSpec
        let kernelChanged = old.kernelSize != newSpec.kernelSize || old.channelsPerGroup != newSpec.channelsPerGroup
            || old.filters != newSpec.filters
        let positional: Bool
        if case .preset(let p) = inputSource { positional = !p.dependsOnLength } else { positional = true }
        if positional && old.channels == newSpec.channels && old.length != newSpec.length {
            // Values depend only on their position, so a new length keeps the rows it shares with the old one.
            resizeInput(from: old.length)
            rebuild(input: false, kernel: kernelChanged)
        } else {
            rebuild(input: old.channels != newSpec.channels || old.length != newSpec.length, kernel: kernelChanged)
        }
    }

    /// Grows or shrinks the cached input to `spec.length` rows, computing only the new rows.
    private mutating func resizeInput(from oldLength: Int) {
        let c = spec.channels
        var values = inputCache.values
        if spec.length < oldLength {
            values.removeLast((oldLength - spec.length) * c)
        } else {
            let extra = LayerData.input(spec, source: inputSource, seed: seed, rows: oldLength..<spec.length)
            values += extra
        }
        inputCache = Matrix(rows: spec.length, columns: c, values: values)
    }

    mutating func setSeed(_ s: UInt64) {
        seed = s
        rebuild(input: true, kernel: true)
    }

    mutating func setSources(input: DataSource? = nil, kernel: DataSource? = nil) {
        if let i = input { inputSource = i }
        if let k = kernel { kernelSource = k }
        rebuild(input: input != nil, kernel: kernel != nil)
    }
}
