/// A Keras `Sequential` model described layer by layer, and its summary.
///
///     let stack = ModelStack([.embedding(inputDim: 10000, outputDim: 128, inputLength: 500),
///                             .conv1D(ConvArguments(filters: 32, kernelSize: 7))])
///     let rows = try stack.summary().get().rows   // (None, 500, 128), (None, 494, 32)
public struct ModelStack: Hashable, Sendable {
    /// A layer with the options that do not change its shape.
    public struct Entry: Hashable, Sendable {
        public var layer: ModelLayer
        /// nil takes Keras's automatic name.
        public var name: String?
        /// False moves the layer's weights to "Non-trainable params".
        public var trainable: Bool
        /// Weights given with the description; nil ones are seeded where they are needed.
        public var weights: LayerWeights
        /// True for an Input made from the next layer's `input_shape`: no item of the list a user wrote.
        public var implied = false

        public init(_ layer: ModelLayer, name: String? = nil, trainable: Bool = true, weights: LayerWeights = LayerWeights()) {
            self.layer = layer
            self.name = name
            self.trainable = trainable
            self.weights = weights
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    public init(_ layers: [ModelLayer]) {
        self.init(entries: layers.map { Entry($0) })
    }

    /// The model's input: an Input entry, or an Embedding's input_length (the Keras 2 way).
    public var inputShape: LayerShape? {
        switch entries.first?.layer {
        case let .input(shape)?: return LayerShape(shape)
        case let .embedding(_, _, length)?: return LayerShape([length])
        default: return nil
        }
    }

    /// Every row with its shape, count and receptive field, or the first layer Keras would refuse.
    ///
    /// Receptive fields are clamped to the model's input length (see `ReceptiveField`):
    /// a layer that takes the whole sequence at once (an RNN, Flatten, a global pool)
    /// shows `ReceptiveField.whole` when it sees every input step, and so does every
    /// layer after it. A total parameter count whose float32 size would not fit in an
    /// `Int` is refused at the layer that makes it too large.
    public func summary(style: FormulaStyle = .unicode) -> Result<StackSummary, StackError> {
        let names = automaticNames()
        guard let start = inputShape else {
            let first = entries.first?.layer
            return .failure(StackError(index: 0, name: names.first ?? "sequential", className: first?.className ?? "Sequential",
                                       error: LayerError("This model has not yet been built. Build the model first by calling `build()` or by calling the model on a batch of data.")))
        }
        if let refused = nameRefusal() { return .failure(refused) }
        var shape = start
        var field = ReceptiveField.input
        var rows: [StackRow] = []
        var total = 0
        // A model that reads token ids (an Embedding first) has a one-axis input: its length is the steps.
        let inputLength = start.steps ?? (start.dims.count == 1 ? start.dims[0] : nil)
        for (i, entry) in entries.enumerated() {
            if i == 0, case .input = entry.layer { continue }
            let outcome: LayerOutcome
            switch entry.layer.outcome(on: shape, name: names[i], style: style) {
            case .failure(let e): return .failure(StackError(index: i, name: names[i], className: entry.layer.className, error: e))
            case .success(let o): outcome = o
            }
            guard let sum = Checked.sum(total, outcome.paramCount), Checked.product(sum, 4) != nil else {
                return .failure(StackError(index: i, name: names[i], className: entry.layer.className,
                                           error: LayerError("The model's total parameter count is too large (its float32 size would exceed \(Int.max) bytes).")))
            }
            total = sum
            var rowField: ReceptiveField? = nil
            switch outcome.effect {
            case .keeps: break
            case let .window(size, strides):
                field = field.through(window: size, strides: strides)
                rowField = field.clamped(to: inputLength)
            case .whole:
                // The output sees every step of its input, so the window is the whole length;
                // when that reaches every model-input step it is simply `all`.
                let seen = shape.steps.map { field.through(window: $0, strides: 1).clamped(to: inputLength) } ?? .whole
                rowField = seen.size == nil || seen.size == inputLength ? .whole : seen
                field = .whole
            }
            rows.append(StackRow(index: i, name: names[i], className: entry.layer.className, outcome: outcome,
                                 trainable: entry.trainable, receptiveField: rowField))
            shape = outcome.shape
        }
        return .success(StackSummary(input: start, rows: rows))
    }

    /// The names Keras refuses, as it refuses them: a '/' as it makes a layer, then a name given twice
    /// (or given as the name Keras makes for another layer) as it adds the layers, before it builds any.
    public func nameRefusal() -> StackError? {
        let names = automaticNames()
        for (i, entry) in entries.enumerated() where entry.name?.contains("/") == true {
            return StackError(index: i, name: names[i], className: entry.layer.className,
                              error: LayerError("Argument `name` must be a string and cannot contain character `/`. Received: name=\(names[i]) (of type <class 'str'>)"))
        }
        // The Input's own name is apart.
        var used: Set<String> = []
        for (i, entry) in entries.enumerated() {
            if i == 0, case .input = entry.layer { continue }
            guard used.insert(names[i]).inserted else {
                return StackError(index: i, name: names[i], className: entry.layer.className,
                                  error: LayerError("All layers added to a Sequential model should have unique names. Name '\(names[i])' is already the name of a layer in this model. Update the `name` argument to pass a unique name."))
            }
        }
        return nil
    }

    /// Keras's names: the snake-case class, then `_1`, `_2`, … for each repeat; given names take no number.
    public func automaticNames() -> [String] {
        var seen: [String: Int] = [:]
        return entries.map { entry in
            if let name = entry.name { return name }
            let prefix = entry.layer.namePrefix
            let n = seen[prefix, default: 0]
            seen[prefix] = n + 1
            return n == 0 ? prefix : "\(prefix)_\(n)"
        }
    }
}
