/// Everything the explorer shows, changed only by `apply(_:)`.
///
/// The layer's data is rebuilt only when a setting that affects it changes, and
/// the cursor is kept as an (output position, filter) pair so that it survives
/// changes to the layer and to the order.
public struct AppState: Sendable {
    public internal(set) var spec: Conv1DSpec
    public private(set) var seed: UInt64
    public internal(set) var inputSource: DataSource
    public private(set) var kernelSource: DataSource
    /// The built layer, or the error Keras raises for `spec`.
    public internal(set) var layer: Result<Conv1DLayer, LayerError> {
        didSet {
            wideKernel = Self.needsWideCells(layer)
            outputMemo = OutputMemo()
            widestText = WidestTextMemo()
        }
    }
    /// The current layer's outputs computed so far, for layers whose outputs each sum many products.
    private(set) var outputMemo = OutputMemo()
    /// The widest exact texts of the current layer's rows, for the layout's cell widths.
    private(set) var widestText = WidestTextMemo()
    /// True when some weight needs more than a standard cell's five columns to read exactly
    /// (a model's fan-in scaled weights such as -0.0625); found once per layer, not per frame.
    public private(set) var wideKernel = false
    /// The first few runs of inputs no output reads; found once per layer, not per frame (O(outputs) when strided).
    public internal(set) var unread: UnreadInputs?
    /// The output cell the current step computes.
    public internal(set) var cursor: (position: Int, filter: Int) = (0, 0)
    /// The cell the user last moved to; a change that removes it clamps `cursor`, and undoing the change restores it.
    var wanted: (position: Int, filter: Int) = (0, 0)
    public internal(set) var order: StepOrder = .filterMajor
    public internal(set) var playing = false
    public internal(set) var speedIndex = AppState.defaultSpeedIndex
    public internal(set) var showHelp = false
    /// The help's page, when it has more than the screen holds.
    public internal(set) var helpPage = 0
    /// The legend overlay: what each colour and glyph means.
    public internal(set) var showLegend = false
    public internal(set) var theme: Theme = .dark
    /// True while `convviz record` writes down what is done.
    public internal(set) var recording = false
    /// Extra columns per number cell (0, 2 or 4), for projection; big terminals get more on their own.
    public internal(set) var cellGrowth = 0
    /// Counts presses of the picture key, so the event loop sees each request once.
    public internal(set) var pictureRequests = 0
    public internal(set) var zoom: Zoom = .auto
    /// First channel row shown in the input, kernel and computation panels.
    public internal(set) var channelScroll = 0
    /// Channel rows the screen showed last (set by the session from the layout), for PgUp and PgDn.
    public internal(set) var visibleRows = 8
    /// A hand-set first position of the input viewport; nil follows the kernel.
    public internal(set) var positionScroll: Int? = nil
    /// The step at which the user last panned: the pan holds there even with the window out of view.
    public internal(set) var pannedAtStep: Int? = nil
    /// The input positions the screen showed last (set by the session from the layout), for the pan keys.
    public internal(set) var inputShown: PositionViewport? = nil
    /// An input position clicked to show its readers.
    public internal(set) var selectedInput: Int? = nil
    public internal(set) var caption = ""
    public internal(set) var title = ""
    public internal(set) var section = ""
    /// Where a played script is, shown on the status line; `.none` in the plain explorer.
    public internal(set) var script: ScriptStatus = .none
    public internal(set) var shouldQuit = false
    /// A one-off message for the caption row, such as a change refused because the layer would be too big.
    public internal(set) var notice = ""

    /// Keras's Conv1D or PyTorch's nn.Conv1d (a single layer only).
    public internal(set) var framework: Framework = .keras
    /// PyTorch's `padding`: a count on each side, 'same' or 'valid' (used when `framework` is PyTorch).
    public internal(set) var torchPadding: TorchPadding = .explicit(1)
    /// PyTorch's `padding_mode`: what the pad cells hold.
    public internal(set) var paddingMode: TorchPaddingMode = .zeros
    /// The Keras padding a switch to PyTorch could not keep, and the PyTorch padding shown for it: a switch back restores it.
    var kerasPaddingKept: (keras: Padding, torch: TorchPadding)?

    /// The layer for `spec` and the cached values, built by Keras's rules or PyTorch's.
    func makeLayer() -> Result<Conv1DLayer, LayerError> {
        guard framework == .pytorch else {
            return Conv1DLayer.make(spec: spec, input: inputCache, kernel: kernelCache, bias: biasCache)
        }
        return torchModule.layer(kerasInput: inputCache, kernel: kernelCache, bias: biasCache, activation: spec.activation)
    }

    /// The `nn.Conv1d` these settings describe.
    public var torchModule: TorchConv1D {
        TorchConv1D(length: spec.length, inChannels: spec.channels, outChannels: spec.filters, kernelSize: spec.kernelSize,
                    stride: spec.strides, padding: torchPadding, dilation: spec.dilationRate, groups: spec.groups,
                    useBias: spec.useBias, paddingMode: paddingMode)
    }

    /// The model being walked, or nil for a single Conv1D layer.
    public internal(set) var model: ExplorerModel? = nil
    /// The current layer of the model, from 0.
    public internal(set) var stageIndex = 0
    /// The current layer built on the real output of the one before, or the first layer up to it that fails.
    public internal(set) var stage: Result<Stage, StackError>? = nil
    /// Every layer's shape, or the first layer Keras would refuse, for the strip.
    public internal(set) var modelSummary: Result<StackSummary, StackError>? = nil
    /// The summary rows of the layers that build: all of them, or those before the one that fails.
    public internal(set) var modelRows: [StackRow] = []
    /// For a clicked output of the current layer: the input positions it depends on at each layer's input, from the model's input.
    public internal(set) var dependency: [PositionRuns] = []
    /// The output position `dependency` was traced for; a step to another output clears it (`currentDependency`).
    var dependencyPosition: Int?
    /// The input of each layer up to the current one, computed once per configuration.
    var stageInputs: [StageInput] = []

    /// The embedding a text's words are looked up in (`--embedding`, a script's `embedding` line).
    public internal(set) var embedding: WordEmbedding = TinyEmbedding.table
    /// The one-line text editor, while it is open (key e): it takes every key until Enter or Esc.
    public internal(set) var editor: LineEditor? = nil

    // Input and kernel values are cached so that changing, say, strides does not regenerate 32 MB.
    var inputCache: Matrix
    var kernelCache: [Float]
    var biasCache: [Float]

    /// Steps per second at each speed level.
    public static let speeds: [Double] = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 1024, 4096, 16384]
    /// The speeds `--speed` and `set speed` accept, in steps per second: the nearest level is used.
    public static let speedRange = speeds.first!...speeds.last!
    /// `0.25...16384`, as help and errors write it.
    public static let speedRangeText = "\(speedRange.lowerBound)...\(Int(speedRange.upperBound))"
    static let defaultSpeedIndex = 3
    /// The speed the explorer starts at, in steps per second.
    public static var defaultSpeed: Double { speeds[defaultSpeedIndex] }

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
        wideKernel = Self.needsWideCells(layer)
    }

    /// The trace of the current layer in the current order, or nil when the layer is impossible.
    public var trace: Trace? {
        guard case .success(let l) = layer else { return nil }
        return Trace(layer: l, order: order)
    }

    /// The trace of the current layer of any kind: the model's current stage, or the single Conv1D.
    public var stageTrace: LayerTrace<Stage>? {
        if model != nil {
            guard case .success(let s)? = stage else { return nil }
            return LayerTrace(layer: s, order: order)
        }
        guard case .success(let l) = layer else { return nil }
        return LayerTrace(layer: .conv(l), order: order)
    }

    /// The current layer when the model's current layer is not a Conv1D (those use `layer` and `trace`).
    public var otherStage: Stage? {
        guard model != nil, case .success(let s)? = stage else { return nil }
        if case .conv = s { return nil }
        return s
    }

    /// The index of the current step in the trace.
    public var stepIndex: Int {
        stageTrace?.index(position: cursor.position, filter: cursor.filter) ?? 0
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
        if model != nil {
            rebuildModel(from: regenerateInput ? -1 : 0)
            return
        }
        if regenerateInput { inputCache = LayerData.input(spec, source: inputSource, seed: seed) }
        if regenerateKernel {
            kernelCache = LayerData.kernel(spec, source: kernelSource, seed: seed)
            biasCache = LayerData.bias(spec, kernelSource: kernelSource, seed: seed)
        }
        layer = makeLayer()
        unread = layer.value.map { UnreadInputs($0.geometry, limit: 4) }
        clampCursor()
    }

    /// Rows the input panel has in all: one for token ids or a vector, else one per channel.
    public var inputRows: Int {
        if let s = otherStage, s.isTokens || s.isOnVector { return 1 }
        return inputCache.columns
    }

    /// The furthest first row a scroll reaches: the input's last row at the bottom of the rows shown,
    /// so rows that all fit never scroll off into blank ones.
    var lastChannelScroll: Int { max(inputRows - visibleRows, 0) }

    /// Keeps the cursor on the same output cell when it still exists, else the nearest one.
    mutating func clampCursor() {
        guard let t = stageTrace else { return }
        cursor.position = min(max(wanted.position, 0), max(t.layer.outputLength - 1, 0))
        cursor.filter = min(max(wanted.filter, 0), max(t.layer.outputChannels - 1, 0))
        channelScroll = min(channelScroll, lastChannelScroll)
        if let p = selectedInput, p >= inputCache.rows { selectedInput = nil }
        if t.isEmpty { playing = false }
    }

    mutating func setSpec(_ newSpec: Conv1DSpec) {
        if let refusal = LayerLimits.refusal(newSpec) {
            notice = refusal
            return
        }
        if case .words(let t) = inputSource, newSpec.length != t.length || newSpec.channels != t.width {
            notice = newSpec.length != t.length
                ? "the length is the text's \(plural(t.length, "word")): press e to edit the text"
                : "the channels are the embedding's \(t.width) numbers per word"
            return
        }
        if case .table(let name, let m, _) = kernelSource, let shape = LayerData.kernelShape(newSpec), shape != (m.rows, m.columns) {
            // A kernel file is never padded with zeros or cut to fit another shape.
            notice = "the kernel is \(name) (\(m.rows) x \(m.columns)); this change needs \(shape.rows) x \(shape.columns)"
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
