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

    /// Steps of the model's input one output of the current layer sees, through every layer up to it
    /// (from the summary's receptive fields); nil outside a model or once a layer has seen them all.
    var modelInputSeen: Int? {
        guard model != nil else { return nil }
        return modelRows.first { $0.index == stageIndex + 1 }?.receptiveField?.size
    }

    /// Where the current layer's input comes from, as its input panel's title says it.
    var stageInputSource: String {
        // The strip numbers the layers and Keras names them: both, so "conv1d_2" is found as layer 3.
        stageIndex == 0 ? "the model's input" : "output of layer \(stageIndex): \(layerTitle(stageIndex - 1))"
    }

    /// `stageInputSource` without the layer's name, for a narrow title: "output of layer 3".
    var stageInputSourceShort: String {
        stageIndex == 0 ? "the model's input" : "output of layer \(stageIndex)"
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
            switch Stage.buildOutcome(entry.layer, on: shape, name: names[i]).flatMap(Self.fitsTheExplorer(entry, input: shape)) {
            case .success(let o): shape = o.shape; continue
            case .failure(let e):
                if case .failure(let earlier)? = modelSummary, earlier.index <= i { break }
                modelSummary = .failure(StackError(index: i, name: names[i], className: entry.layer.className, error: e))
            }
            break
        }
        switch modelSummary {
        case .success(let s)?: modelRows = s.rows
        case .failure(let e)?:
            // The layers before the failing one still have their shapes and parameters.
            let before = ModelStack(entries: Array(m.summaryStack.entries.prefix(e.index + 1)))
            modelRows = (try? before.summary().get().rows) ?? []
        case nil: modelRows = []
        }
        if changed < 0 || stageInputs.isEmpty {
            stageInputs = [modelInput(m)]
        } else {
            stageInputs.removeLast(max(stageInputs.count - (changed + 1), 0))
        }
        buildStage()
    }

    /// The outcome, or a refusal: weights in the file that do not fit the layer (as Keras refuses
    /// them), or weights or an output too big for the explorer to hold.
    static func fitsTheExplorer(_ entry: ModelStack.Entry, input shape: LayerShape) -> (LayerOutcome) -> Result<LayerOutcome, LayerError> {
        { outcome in
            if let wrong = entry.weightMismatch(input: shape) { return .failure(.givenWeights(wrong)) }
            return LayerLimits.refusal(outcome, className: entry.layer.className).map { .failure(LayerError(type: LayerError.tooBigType, $0)) } ?? .success(outcome)
        }
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
            // Checked before any weight is seeded: a layer too big to hold is refused, not allocated.
            let outcome = Stage.buildOutcome(entry.layer, on: input.layerShape, name: names[i]).flatMap(Self.fitsTheExplorer(entry, input: input.layerShape))
            let built = outcome.flatMap { _ in
                Stage.make(entry.layer, weights: ModelWeightsSeed.weights(entry, index: i, input: input.layerShape, seed: seed, kernelSource: kernelSource),
                           input: input, name: names[i])
            }
            switch built {
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
            if case .to = move {
                notice = "the model has \(m.stack.entries.count) layers: there is no layer \(target + 1)"
            } else {
                notice = target < 0 ? "this is the model's first layer" : "this is the model's last layer"
            }
            return
        }
        if target > stageIndex, case .failure(let e)? = stage {
            let why = e.error.type == LayerError.notStepwiseType ? "is not computed step by step" : "fails"
            notice = "layer \(e.index + 1) \(why), so the layers after it have no input"
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

    /// The input positions a clicked output depends on, at each layer's input back to the model's input.
    mutating func traceDependency(of position: Int) {
        guard case .success(let s)? = stage, model != nil else { return }
        var reads: [PositionRuns] = Array(repeating: PositionRuns([]), count: stageIndex + 1)
        reads[stageIndex] = s.inputPositions(of: PositionRuns([position...position]))
        for i in stride(from: stageIndex - 1, through: 0, by: -1) {
            guard !reads[i + 1].isEmpty else { break }
            reads[i] = modelInputPositions(of: [reads[i + 1]], atInputOf: i + 1, downTo: i)[0]
        }
        dependency = reads
        dependencyPosition = position
    }

    /// For each set of positions at the input of layer `layer`, the positions at the input of layer `last`
    /// (the model's input by default) they read; each layer between is built once for all the sets.
    func modelInputPositions(of sets: [PositionRuns], atInputOf layer: Int, downTo last: Int = 0) -> [PositionRuns] {
        guard let m = model else { return sets }
        let names = m.stack.automaticNames()
        var out = sets
        var i = layer - 1
        while i >= last, i < stageInputs.count, out.contains(where: { !$0.isEmpty }) {
            let w = ModelWeightsSeed.weights(m.stack.entries[i], index: i, input: stageInputs[i].layerShape, seed: seed, kernelSource: kernelSource)
            guard case .success(let earlier) = Stage.make(m.stack.entries[i].layer, weights: w, input: stageInputs[i], name: names[i]) else {
                return sets.map { _ in PositionRuns([]) }
            }
            out = out.map(earlier.inputPositions(of:))
            i -= 1
        }
        return out
    }

    /// What the current output depends on, when it is the one clicked; empty once a step moves on.
    public var currentDependency: [PositionRuns] { dependencyPosition == cursor.position ? dependency : [] }

}
