/// A Keras model as the explorer walks it: its layers and the shape of its input.
public struct ExplorerModel: Equatable, Sendable {
    /// What opens it again, written by `record`: a built-in's name (`imdb`) or a file's path.
    public var name: String
    /// Shown at the start of the strip: a file's own model name, else the file's name without its folder.
    public var title: String
    /// The layers, without an Input entry; weights a description gives are kept.
    public var stack: ModelStack
    /// Input steps (token count when the model starts with an Embedding).
    public var length: Int
    /// Input channels; 1 for token ids.
    public var channels: Int
    /// The sentence a text model reads until it is given another (`sentiment`'s).
    public var defaultText: String? = nil
    /// What each output channel of a layer looks for, by the layer's place in `stack`: a built-in
    /// model's hand-set filters (`praise`). They hold only while the layer keeps those weights.
    public var channelNames: [Int: [String]] = [:]
    /// What each input channel holds (`har`'s sensor signals), shown in place of c0, c1, … while they fit.
    public var inputChannelNames: [String]? = nil

    public init(name: String, stack: ModelStack, length: Int, channels: Int) {
        self.name = name
        self.title = name
        self.stack = stack
        self.length = length
        self.channels = channels
    }

    /// The most layers the explorer walks: far more than a teaching model has, and few enough that
    /// building, naming and drawing every layer stays instant (summary has no such limit).
    public static let maxLayers = 1_000

    /// A model from a description: its Input entry (or an Embedding's input_length) sets the input.
    public static func from(_ stack: ModelStack, name: String) -> Result<ExplorerModel, LayerError> {
        var entries = stack.entries
        var length: Int? = nil, channels = 1
        if case let .input(shape)? = entries.first?.layer {
            entries.removeFirst()
            guard shape.count == 2, let l = shape[0], let c = shape[1] else {
                return .failure(LayerError("the explorer needs an input shape [steps, channels] with both sizes known"))
            }
            (length, channels) = (l, c)
        } else if case let .embedding(_, _, inputLength)? = entries.first?.layer {
            length = inputLength ?? 20
        }
        guard let length, !entries.isEmpty else { return .failure(LayerError("the model needs an input shape and at least one layer")) }
        guard entries.count <= maxLayers else {
            return .failure(LayerError("\(entries.count) layers; the explorer walks at most \(maxLayers) (summary reads any number)"))
        }
        return .success(ExplorerModel(name: name, stack: ModelStack(entries: entries), length: length, channels: channels))
    }

    /// True when the model reads token ids.
    public var readsTokens: Bool {
        if case .embedding? = stack.entries.first?.layer { return true }
        return false
    }

    /// The input shape Keras would see.
    public var inputShape: LayerShape { readsTokens ? LayerShape([length]) : LayerShape([length, channels]) }

    /// The description with an Input entry in front, as `summary` takes it.
    public var summaryStack: ModelStack {
        ModelStack(entries: [ModelStack.Entry(.input(shape: inputShape.dims))] + stack.entries)
    }

    /// Names of the built-in models, as `--model` and the script line `model` take them.
    public static let builtinNames = ["sentiment", "imdb", "har", "dilated"]

    /// A built-in model by name.
    public static func builtin(_ name: String) -> ExplorerModel? {
        switch name {
        case "imdb":
            // The lecture's first IMDB model, at its real sizes.
            let relu = ConvArguments(filters: 32, kernelSize: 7, activation: .relu)
            return ExplorerModel(name: "imdb", stack: ModelStack([
                .embedding(inputDim: 10_000, outputDim: 128, inputLength: 500), .conv1D(relu),
                .maxPooling1D(PoolArguments(poolSize: 5)), .conv1D(relu), .globalMaxPooling1D(keepdims: false),
                .dense(units: 1, useBias: true, activation: .sigmoid),
            ]), length: 500, channels: 1)
        case "har":
            // The sensor tutorial's model: 128 steps of 9 signals, six activities.
            let relu = ConvArguments(filters: 64, kernelSize: 3, activation: .relu)
            var har = ExplorerModel(name: "har", stack: ModelStack([
                .conv1D(relu), .conv1D(relu), .dropout(rate: 0.5), .maxPooling1D(PoolArguments(poolSize: 2)), .flatten,
                .dense(units: 100, useBias: true, activation: .relu), .dense(units: 6, useBias: true, activation: .softmax),
            ]), length: 128, channels: 9)
            // UCI HAR's inertial signals, in its order: body acceleration, gyroscope, total acceleration, x y z each.
            har.inputChannelNames = ["body_x", "body_y", "body_z", "gyro_x", "gyro_y", "gyro_z", "total_x", "total_y", "total_z"]
            return har
        case "sentiment": return SentimentModel.model
        case "dilated":
            // WaveNet's recipe: causal Conv1D layers of k=2 with dilation 1, 2, 4, 8 see 16 past steps.
            return ExplorerModel(name: "dilated", stack: ModelStack([1, 2, 4, 8].map {
                .conv1D(ConvArguments(filters: 1, kernelSize: 2, padding: .causal, dilationRate: $0))
            }), length: 24, channels: 1)
        default:
            return nil
        }
    }
}

extension ExplorerModel {
    /// The model with its pools in `framework`'s terms: PyTorch's nearest `nn.MaxPool1d` /
    /// `nn.AvgPool1d`, or Keras's own again; `changed` says what each pool became and where shapes differ.
    public func inFramework(_ framework: Framework) -> (model: ExplorerModel, changed: [String]) {
        var m = self, changed: [String] = []
        let names = stack.automaticNames()
        // Each pool's input length on the side being built: an inexact pool before it changes what it reads.
        // Going back to Keras, the PyTorch model as it is says what each pool was translated from.
        func length(atInputOf i: Int) -> Int? {
            let side = framework == .pytorch ? m : self
            if i == 0 { return side.length }
            // Only the layers before it: a later layer that fails must not hide this one's input.
            let before = ModelStack(entries: Array(side.summaryStack.entries.prefix(i + 1)))
            let rows = (try? before.summary().get().rows) ?? []
            return rows.first { $0.index == i }?.outcome.shape.steps ?? nil
        }
        var differs = false
        for (i, entry) in stack.entries.enumerated() {
            guard case (let kind, var a)? = entry.layer.windowedPool else { continue }
            let input = length(atInputOf: i)
            if framework == .pytorch {
                guard a.torch == nil else { continue }
                let (nearest, exact) = TorchPoolOptions.nearest(to: a, length: input)
                a.torch = nearest
                m.stack.entries[i].layer = .windowedPool(kind, a)
                guard a.padding == .same else { continue }
                let options = "padding=\(nearest.padding)\(nearest.ceilMode ? ", ceil_mode=True" : "")"
                if exact {
                    changed.append("\(names[i]) 'same' → \(options): the same windows" + (differs ? " (on its PyTorch-side input)" : ""))
                    continue
                }
                let l = input ?? 0
                let keras = PaddingPlan.keras(length: l, span: a.poolSize, strides: a.effectiveStrides, padding: .same).outputLength
                let torch = PoolWindow.torchLengths(length: l, kernelSize: a.poolSize, padding: 0, stride: a.effectiveStrides, ceilMode: nearest.ceilMode).kept
                changed.append("\(names[i]) 'same' → \(options): PyTorch cannot pad one side only, "
                               + (torch == keras ? "windows shifted" : "\(torch) outputs, not \(keras); later shapes differ"))
                differs = differs || torch != keras
            } else {
                if let t = a.torch, t != TorchPoolOptions.nearest(to: a, length: input).options {
                    changed.append("\(names[i]): back to padding='\(a.padding.rawValue)'" + (t.dilation != 1 ? ", no dilation" : ""))
                }
                a.torch = nil
                m.stack.entries[i].layer = .windowedPool(kind, a)
            }
        }
        return (m, changed)
    }

    /// The model reading `text`: an Embedding first layer takes the text's vocabulary and vectors
    /// (so token ids name real words); any other first layer reads the word vectors themselves.
    public func reading(_ text: TextInput) -> ExplorerModel {
        var m = self
        m.length = text.length
        if case let .embedding(_, _, inputLength)? = stack.entries.first?.layer {
            let layer = ModelLayer.embedding(inputDim: text.vocabulary.count + TextInput.firstWordId, outputDim: text.width,
                                             inputLength: inputLength == nil ? nil : text.length)
            m.stack.entries[0] = ModelStack.Entry(layer, name: stack.entries[0].name, weights: LayerWeights(embeddings: text.embeddingTable))
        } else {
            m.channels = text.width
        }
        return m
    }
}
