/// The model explorer: a stack of layers, each built on the real output of the one before.
extension AppState {
    /// Opens `model` at its first layer, first step.
    public init(model: ExplorerModel, seed: UInt64 = 7, input: DataSource = .preset(.random), kernel: DataSource = .preset(.random)) {
        self.init(spec: AppState.defaultSpec, seed: seed, input: input, kernel: kernel)
        loadModel(model)
    }

    /// Replaces whatever is shown by `m`, at its first layer.
    mutating func loadModel(_ m: ExplorerModel) {
        var m = m.inFramework(framework).model
        if case .words(let t) = inputSource {
            m = m.reading(TextInput(sentence: t.sentence, embedding: embedding))
        } else if let text = m.defaultText, case .success(let s) = Sentence.parse(text) {
            let t = TextInput(sentence: s, embedding: embedding)
            inputSource = .words(t)
            m = m.reading(t)
        }
        model = m
        stageIndex = 0
        cursor = (0, 0)
        wanted = cursor
        positionScroll = nil
        selectedInput = nil
        channelScroll = 0
        rebuildModel(from: -1)
    }

    /// A human name for layer `i`: `conv1d_1 (Conv1D)`.
    public func layerTitle(_ i: Int) -> String {
        guard let m = model, i < m.stack.entries.count else { return "" }
        return "\(m.stack.automaticNames()[i]) (\(m.stack.entries[i].layer.className))"
    }

    /// Rebuilds from layer `changed` on (−1: the model's input too), up to the current layer.
    ///
    /// The inputs of layers before `changed` are kept, so a change late in a long
    /// model recomputes only what follows it.
    mutating func rebuildModel(from changed: Int) {
        guard let m = model else { return }
        modelSummary = m.summaryStack.summary().mapError { e in
            StackError(index: e.index - 1, name: e.name, className: e.className, error: e.error)
        }
        // Building a model runs each layer, so a pool with an empty output fails where a summary lets it be.
        var shape = m.inputShape
        let names = m.stack.automaticNames()
        for (i, entry) in m.stack.entries.enumerated() {
            switch Stage.buildOutcome(entry.layer, on: shape, name: names[i]) {
            case .success(let o): shape = o.shape; continue
            case .failure(let e):
                if case .failure(let earlier)? = modelSummary, earlier.index <= i { break }
                modelSummary = .failure(StackError(index: i, name: names[i], className: entry.layer.className, error: e))
            }
            break
        }
        if changed < 0 || stageInputs.isEmpty {
            stageInputs = [modelInput(m)]
        } else {
            stageInputs.removeLast(max(stageInputs.count - (changed + 1), 0))
        }
        buildStage()
    }

    /// Builds the current layer on its input, computing the inputs of the layers before it that
    /// are not kept yet; inputs already kept (those of later layers too) are reused.
    private mutating func buildStage() {
        guard let m = model else { return }
        let names = m.stack.automaticNames()
        dependency = []
        var i = min(stageIndex, stageInputs.count - 1)
        while true {
            let entry = m.stack.entries[i]
            let input = stageInputs[i]
            let weights = ModelWeightsSeed.weights(entry, index: i, input: input.layerShape, seed: seed, kernelSource: kernelSource)
            switch Stage.make(entry.layer, weights: weights, input: input, name: names[i]) {
            case .failure(let e):
                stage = .failure(StackError(index: i, name: names[i], className: entry.layer.className, error: e))
            case .success(let s):
                if i < stageIndex {
                    stageInputs.append(.tensor(s.forward()))
                    i += 1
                    continue
                }
                stage = .success(s)
            }
            break
        }
        showStage()
    }

    /// Points the single-layer fields at the current stage, so the Conv1D panels draw a conv stage as they draw a lone layer.
    private mutating func showStage() {
        if case .success(let s)? = stage {
            inputCache = s.inputMatrix
            if case .conv(let l) = s {
                spec = l.spec
                layer = .success(l)
                if framework == .pytorch {
                    torchPadding = Self.torchPadding(computing: l.spec)
                    paddingMode = .zeros
                }
                unread = UnreadInputs(l.geometry, limit: 4)
            } else {
                layer = .failure(LayerError("\(layerTitle(stageIndex)) is not a Conv1D"))
                unread = nil
            }
        } else if case .failure(let e)? = stage {
            layer = .failure(e.error)
            unread = nil
        }
        clampCursor()
    }

    /// The model's input: seeded token ids, or values from the input source.
    private func modelInput(_ m: ExplorerModel) -> StageInput {
        if m.readsTokens, case .words(let t) = inputSource { return .tokens(t.tokenIds) }
        if case let .embedding(v, _, _)? = m.stack.entries.first?.layer {
            return .tokens(ModelWeightsSeed.tokens(count: m.length, vocabulary: v, seed: seed))
        }
        let shape = Conv1DSpec(length: m.length, channels: m.channels, filters: 1, kernelSize: 1)
        return .tensor(Tensor(LayerData.input(shape, source: inputSource, seed: seed)))
    }

    /// Tab, Shift-Tab and `stage N`: the next layer's input is the current one's real output.
    mutating func moveStage(_ move: Action.StageMove) {
        guard let m = model else {
            notice = "one layer only: open a model with --model imdb or --model har to walk its layers"
            return
        }
        let target: Int
        switch move {
        case .next: target = stageIndex + 1
        case .previous: target = stageIndex - 1
        case .to(let i): target = i
        }
        guard target >= 0, target < m.stack.entries.count else {
            notice = target < 0 ? "this is the model's first layer" : "this is the model's last layer"
            return
        }
        if target > stageIndex, case .failure(let e)? = stage {
            notice = "layer \(e.index + 1) fails, so the layers after it have no input"
            return
        }
        stageIndex = target
        cursor = (0, 0)
        wanted = cursor
        positionScroll = nil
        selectedInput = nil
        channelScroll = 0
        playing = false
        // Nothing changed, so every input computed so far still holds: going back and forth costs no forward pass.
        buildStage()
    }

    /// What a layer-changing key or `set` line asks of the current layer; nil values cycle or toggle.
    enum LayerChange {
        case parameter(Parameter, Int)
        case padding(Padding?)
        case activation(String?)
        case useBias(Bool?)
        /// A PyTorch pool's padding (nil cycles 0 … kernel_size/2), ceil_mode and count_include_pad (nil toggles).
        case torchPoolPadding(Int?)
        case ceilMode(Bool?)
        case countIncludePad(Bool?)
    }

    mutating func adjustModel(_ p: Parameter, by delta: Int) {
        guard let current = value(of: p) else { return changeModelLayer(.parameter(p, 0)) }
        changeModelLayer(.parameter(p, current + delta))
    }

    /// `set NAME VALUE` in a model: layer settings act on the current layer, the rest as for one layer.
    mutating func applyToModel(_ setting: Setting) {
        switch setting {
        case .parameter(let p, let v): changeModelLayer(.parameter(p, v))
        case .padding(let v): changeModelLayer(.padding(v))
        case .activation(let v): changeModelLayer(.activation(v.rawValue))
        case .layerActivation(let v): changeModelLayer(.activation(v.rawValue))
        case .useBias(let v): changeModelLayer(.useBias(v))
        case .torchPadding(let v): changeModelLayer(.torchPoolPadding(v))
        case .ceilMode(let v): changeModelLayer(.ceilMode(v))
        case .countIncludePad(let v): changeModelLayer(.countIncludePad(v))
        case .paddingMode: notice = "padding_mode is a single nn.Conv1d's: a model's convs pad with zeros"
        default: apply(setting)
        }
    }

    /// The current value of a whole-number parameter on the current layer (or the model's input), if it has one.
    func value(of p: Parameter) -> Int? {
        guard let m = model else { return p.value(in: spec) }
        switch (p, m.stack.entries[stageIndex].layer) {
        case (.length, _): return m.length
        case (.channels, _): return m.readsTokens ? nil : m.channels
        case (.filters, .conv1D(let a)): return a.filters
        case (.kernelSize, .conv1D(let a)): return a.kernelSize
        case (.strides, .conv1D(let a)): return a.strides
        case (.dilationRate, .conv1D(let a)): return a.dilationRate
        case (.groups, .conv1D(let a)): return a.groups
        case (.kernelSize, .maxPooling1D(let a)), (.kernelSize, .averagePooling1D(let a)): return a.poolSize
        case (.strides, .maxPooling1D(let a)), (.strides, .averagePooling1D(let a)): return a.effectiveStrides
        case (.filters, .dense(let units, _, _)): return units
        default: return nil
        }
    }

    /// Changes the current layer (or the model's input) and rebuilds what follows; refuses what the layer does not have.
    mutating func changeModelLayer(_ change: LayerChange) {
        guard var m = model else { return }
        let i = stageIndex
        var entry = m.stack.entries[i]
        let className = entry.layer.className
        func refuse(_ what: String) { notice = "\(className) has no \(what)" }
        switch (change, entry.layer) {
        case (.parameter(.length, _), _) where inputSource.isWords:
            notice = "the length is the text's word count: press e to edit the text"
            return
        case (.parameter(.channels, _), _) where inputSource.isWords:
            notice = "the width is the embedding's: use --embedding or a script's embedding line"
            return
        case (.parameter(.length, let v), _):
            m.length = min(max(v, 1), 10_000_000)
            if !m.readsTokens, m.length * m.channels > LayerLimits.maxInputValues { notice = "the input would be too large to hold"; return }
            model = m
            return rebuildModel(from: -1)
        case (.parameter(.channels, let v), _):
            guard !m.readsTokens else { notice = "the model reads token ids: its width is the Embedding's output_dim"; return }
            m.channels = min(max(v, 1), 4096)
            model = m
            return rebuildModel(from: -1)
        case (.parameter(let p, let v), .conv1D(var a)):
            let clamped = min(max(v, p.range.lowerBound), p.range.upperBound)
            switch p {
            case .filters: a.filters = clamped
            case .kernelSize: a.kernelSize = clamped
            case .strides: a.strides = clamped
            case .dilationRate: a.dilationRate = clamped
            case .groups: a.groups = clamped
            default: break
            }
            entry.layer = .conv1D(a)
        case (.parameter(let p, let v), .maxPooling1D(var a)), (.parameter(let p, let v), .averagePooling1D(var a)):
            switch p {
            case .kernelSize: a.poolSize = min(max(v, 1), 1024)
            case .strides: a.strides = min(max(v, 1), 1024)
            default: return refuse(p == .filters ? "filters: it keeps every channel" : p.rawValue)
            }
            if case .maxPooling1D = entry.layer { entry.layer = .maxPooling1D(a) } else { entry.layer = .averagePooling1D(a) }
        case (.parameter(.filters, let v), .dense(_, let bias, let act)):
            entry.layer = .dense(units: min(max(v, 1), 4096), useBias: bias, activation: act)
        case (.parameter(let p, _), _):
            return refuse(p.rawValue)
        case (.padding(let v), .conv1D(var a)):
            a.padding = v ?? a.padding.next
            entry.layer = .conv1D(a)
        case (.padding(nil), .maxPooling1D(let a)) where a.torch != nil, (.padding(nil), .averagePooling1D(let a)) where a.torch != nil:
            return changeModelLayer(.torchPoolPadding(nil))
        case (.padding(.valid?), .maxPooling1D(let a)) where a.torch != nil, (.padding(.valid?), .averagePooling1D(let a)) where a.torch != nil:
            return changeModelLayer(.torchPoolPadding(0))
        case (.padding, .maxPooling1D(let a)) where a.torch != nil, (.padding, .averagePooling1D(let a)) where a.torch != nil:
            notice = "PyTorch pools take a whole number of pad cells, not a name"
            return
        case (.torchPoolPadding, .maxPooling1D(var a)), (.torchPoolPadding, .averagePooling1D(var a)),
             (.ceilMode, .maxPooling1D(var a)), (.ceilMode, .averagePooling1D(var a)),
             (.countIncludePad, .maxPooling1D(var a)), (.countIncludePad, .averagePooling1D(var a)):
            guard var t = a.torch else {
                notice = "padding=N, ceil_mode, count_include_pad are PyTorch's: press T first"
                return
            }
            let isMax: Bool = { if case .maxPooling1D = entry.layer { return true } else { return false } }()
            switch change {
            case .torchPoolPadding(let v):
                // The key stays within what PyTorch takes; a script may ask for more and gets PyTorch's error on screen.
                let most = a.poolSize / 2
                t.padding = v ?? (t.padding >= most ? 0 : t.padding + 1)
            case .ceilMode(let v): t.ceilMode = v ?? !t.ceilMode
            case .countIncludePad(let v):
                if isMax { return refuse("count_include_pad: a max never divides") }
                t.countIncludePad = v ?? !t.countIncludePad
            default: break
            }
            a.torch = t
            entry.layer = isMax ? .maxPooling1D(a) : .averagePooling1D(a)
        case (.padding(let v), .maxPooling1D(var a)), (.padding(let v), .averagePooling1D(var a)):
            a.padding = v ?? (a.padding == .valid ? .same : .valid)
            if a.padding == .causal { return refuse("causal padding") }
            if case .maxPooling1D = entry.layer { entry.layer = .maxPooling1D(a) } else { entry.layer = .averagePooling1D(a) }
        case (.activation(let name), .conv1D(var a)):
            guard let act = name.map({ Activation(rawValue: $0) }) ?? a.activation.next else { return refuse("softmax activation here") }
            a.activation = act
            entry.layer = .conv1D(a)
        case (.activation(let name), .dense(let units, let bias, let act)):
            guard let next = name.map({ LayerActivation(rawValue: $0) }) ?? act.next else { return }
            entry.layer = .dense(units: units, useBias: bias, activation: next)
        case (.activation(let name), .activation(let act)):
            guard let next = name.map({ LayerActivation(rawValue: $0) }) ?? act.next else { return }
            entry.layer = .activation(next)
        case (.useBias(let v), .conv1D(var a)):
            a.useBias = v ?? !a.useBias
            entry.layer = .conv1D(a)
        case (.useBias(let v), .dense(let units, let bias, let act)):
            entry.layer = .dense(units: units, useBias: v ?? !bias, activation: act)
        case (.padding, _): return refuse("padding")
        case (.activation, _): return refuse("activation")
        case (.useBias, _): return refuse("bias")
        case (.torchPoolPadding, _): return refuse("integer padding here: only a PyTorch pool takes one in a model")
        case (.ceilMode, _): return refuse("ceil_mode: only a pool has one")
        case (.countIncludePad, _): return refuse("count_include_pad: only an average pool has one")
        }
        m.stack.entries[i] = entry
        model = m
        rebuildModel(from: i)
    }

    /// The input positions a clicked output depends on, at each layer's input back to the model's input.
    mutating func traceDependency(of position: Int) {
        guard case .success(let s)? = stage, model != nil else { return }
        var ranges: [ClosedRange<Int>?] = Array(repeating: nil, count: stageIndex + 1)
        ranges[stageIndex] = s.inputRange(of: position...position)
        for i in stride(from: stageIndex - 1, through: 0, by: -1) {
            guard let r = ranges[i + 1] else { break }
            ranges[i] = modelInputRanges(of: [r], atInputOf: i + 1, downTo: i)[0]
        }
        dependency = ranges
    }

    /// For each range of positions at the input of layer `layer`, the positions at the input of layer `last`
    /// (the model's input by default) it depends on; each layer between is built once for all the ranges.
    func modelInputRanges(of ranges: [ClosedRange<Int>?], atInputOf layer: Int, downTo last: Int = 0) -> [ClosedRange<Int>?] {
        guard let m = model else { return ranges }
        let names = m.stack.automaticNames()
        var out = ranges
        var i = layer - 1
        while i >= last, i < stageInputs.count, out.contains(where: { $0 != nil }) {
            let w = ModelWeightsSeed.weights(m.stack.entries[i], index: i, input: stageInputs[i].layerShape, seed: seed, kernelSource: kernelSource)
            guard case .success(let earlier) = Stage.make(m.stack.entries[i].layer, weights: w, input: stageInputs[i], name: names[i]) else {
                return ranges.map { _ in nil }
            }
            out = out.map { $0.flatMap(earlier.inputRange(of:)) }
            i -= 1
        }
        return out
    }
}
