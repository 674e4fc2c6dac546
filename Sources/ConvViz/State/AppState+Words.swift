/// A sentence as the input: its words looked up in an embedding, and the labels they give the screen.
extension AppState {
    /// Makes `sentence` the input, one word per position; a model reads it through its first layer.
    mutating func setText(_ sentence: Sentence) {
        if let refusal = TextInput.refusal(words: sentence.words.count, width: embedding.width) { notice = refusal; return }
        if let refusal = textRefusal(width: embedding.width) { notice = refusal; return }
        let t = TextInput(sentence: sentence, embedding: embedding)
        if var m = model {
            m = m.reading(t)
            if !m.readsTokens, t.length * t.width > LayerLimits.maxInputValues { notice = "the text would be too large to hold"; return }
            inputSource = .words(t)
            model = m
            rebuildModel(from: -1)
            return
        }
        var next = spec
        next.length = t.length
        next.channels = t.width
        if let refusal = LayerLimits.refusal(next) { notice = refusal; return }
        let kernelChanged = next.channels != spec.channels || next.channelsPerGroup != spec.channelsPerGroup
        spec = next
        inputSource = .words(t)
        rebuild(input: true, kernel: kernelChanged)
    }

    /// Looks the text (now or later) up in `e`.
    mutating func setEmbedding(_ e: WordEmbedding) {
        embedding = e
        if case .words(let t) = inputSource { setText(t.sentence) }
    }

    /// Names for the current layer's input positions and channels, while they are still words and dimensions.
    ///
    /// Positions stay words through layers that keep each position to itself (Embedding, Dropout,
    /// Activation); after a Conv1D or a pool a position mixes several words, and the window label names them.
    public var inputLabels: InputLabels? {
        let named = model?.inputChannelNames.flatMap { $0.count == model?.channels ? InputLabels(positions: nil, outOfVocabulary: [], channels: $0) : nil }
        guard let base = inputSource.labels ?? named else { return nil }
        guard let m = model else { return base }
        var labels = base
        if m.readsTokens { labels.channels = nil }
        for i in 0..<min(stageIndex, m.stack.entries.count) {
            switch m.stack.entries[i].layer {
            case .embedding: if case .words(let t) = inputSource { labels.channels = t.embedding.dimensionNames }
            case .dropout, .activation: continue
            default: return nil
            }
        }
        return labels
    }

    /// Words for the current layer's input axis: the model's words while every layer before keeps
    /// position j standing for word j, so an axis reads as the layer before's output panel did.
    ///
    /// Unlike `inputLabels`, a stride-1 Conv1D that keeps the length passes the words on: its output
    /// panel names output j by word j, and the next layer's input is that same tensor.
    public var inputAxisWords: InputLabels? {
        if let strict = inputLabels { return strict }
        guard let base = inputSource.labels, base.positions != nil, let m = model else { return nil }
        let last = min(stageIndex, m.stack.entries.count, stageInputs.count - 1)
        for i in 0..<max(last, 0) {
            switch m.stack.entries[i].layer {
            case .embedding, .dropout, .activation: continue
            case .conv1D(let a) where a.strides == 1 && Self.keepsLength(stageInputs[i], stageInputs[i + 1]): continue
            default: return nil
            }
        }
        guard last == stageIndex else { return nil }
        return InputLabels(positions: base.positions, outOfVocabulary: base.outOfVocabulary, channels: nil)
    }

    private static func keepsLength(_ a: StageInput, _ b: StageInput) -> Bool {
        let x = a.layerShape.dims, y = b.layerShape.dims
        return x.count == 2 && y.count == 2 && x[0] == y[0]
    }

    /// Words for the current layer's output positions, when output j still stands for input word j:
    /// a stride-1 Conv1D that keeps the length ('same' centres its window on word j, 'causal' ends it there).
    public var outputWords: InputLabels? {
        guard let labels = inputAxisWords, labels.positions != nil else { return nil }
        if let s = otherStage {
            switch s {
            case .embedding:
                // An Embedding's output channels are the text embedding's dimensions.
                guard case .words(let t) = inputSource else { return nil }
                return InputLabels(positions: labels.positions, outOfVocabulary: labels.outOfVocabulary, channels: t.embedding.dimensionNames)
            case .pass: return InputLabels(positions: labels.positions, outOfVocabulary: labels.outOfVocabulary, channels: labels.channels)
            default: return nil
            }
        }
        guard let l = layer.value, l.spec.strides == 1, l.plan.outputLength == l.spec.length else { return nil }
        return InputLabels(positions: labels.positions, outOfVocabulary: labels.outOfVocabulary, channels: nil)
    }

    /// For each position of the current layer's input, the model-input words behind it (itself for a lone layer).
    public func wordsBehind(inputPositions ps: [Int]) -> [[Int]] {
        guard let labels = inputSource.labels, labels.positions != nil else { return ps.map { _ in [] } }
        guard model != nil else { return ps.map { [$0] } }
        return modelInputPositions(of: ps.map { PositionRuns([$0...$0]) }, atInputOf: stageIndex).map(\.positions)
    }

    /// Why the current model cannot read a text through an embedding `width` wide, or nil when it can.
    ///
    /// A model reads words through its Embedding, or as word vectors when its input has one channel
    /// a dimension; a sensor model's 9 channels are not words, and a text would silently make it another model.
    func textRefusal(width: Int) -> String? {
        guard let m = model, !m.readsTokens, m.channels != width else { return nil }
        if case .words = inputSource { return nil }
        return "\(m.title) reads \(m.length)×\(m.channels) numbers, not words: a text needs an Embedding first layer, "
            + "or an embedding \(m.channels) wide (random:\(m.channels)) for its \(m.channels) channel\(m.channels == 1 ? "" : "s")"
    }

    /// Opens the editor on the current text (empty when the input is not a text).
    mutating func openEditor() {
        if let refusal = textRefusal(width: embedding.width) { notice = refusal; return }
        if case .words(let t) = inputSource { editor = LineEditor(t.sentence.text) } else { editor = LineEditor("") }
        playing = false
    }

    /// Passes a key to the open editor; Enter applies the text, or says why it cannot.
    mutating func edit(_ key: Key) {
        guard var e = editor else { return }
        switch e.handle(key) {
        case .editing: editor = e
        case .cancel: editor = nil
        case .submit(let text):
            switch Sentence.parse(text) {
            case .failure(let why):
                e.problem = why.description
                editor = e
            case .success(let s):
                editor = nil
                setText(s)
            }
        }
    }
}
