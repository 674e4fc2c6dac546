import ConvMath

/// How the current layer's input and output are indexed: Keras holds a sequence as (steps, channels),
/// PyTorch as (channels, steps), except an Embedding's output, (steps, dims) in both.
///
/// Labels follow it, so that a PyTorch screen reads `y[f0, 3]` beside `weight[0, :, :]`.
public struct TensorOrder: Equatable, Sendable {
    /// True when the input is indexed channel first.
    public var inputChannelsFirst = false
    /// True when the output is indexed channel first.
    public var outputChannelsFirst = false

    public static let keras = TensorOrder()

    /// `y[3, c0]`, or `y[c0, 3]` channel first.
    static func element(_ name: String, _ position: String, _ channel: String, channelsFirst: Bool) -> String {
        channelsFirst ? "\(name)[\(channel), \(position)]" : "\(name)[\(position), \(channel)]"
    }

    /// An output element: `y[3, c0]` or `y[c0, 3]`.
    public func y(_ position: Int, _ channel: String) -> String {
        Self.element("y", "\(position)", channel, channelsFirst: outputChannelsFirst)
    }

    /// An input element: `x[3, c0]` or `x[c0, 3]`.
    public func x(_ position: Int, _ channel: String) -> String {
        Self.element("x", "\(position)", channel, channelsFirst: inputChannelsFirst)
    }
}

extension AppState {
    /// The current layer's index order (see `TensorOrder`).
    public var tensorOrder: TensorOrder {
        guard framework == .pytorch else { return .keras }
        guard let m = model, m.stack.entries.indices.contains(stageIndex) else { return TensorOrder(inputChannelsFirst: true, outputChannelsFirst: true) }
        // The input is channel first unless an Embedding made it, with only Dropout or Activation since.
        var input = true
        for entry in m.stack.entries[..<stageIndex].reversed() {
            if case .embedding = entry.layer { input = false; break }
            if case .dropout = entry.layer { continue }
            if case .activation = entry.layer { continue }
            break
        }
        switch m.stack.entries[stageIndex].layer {
        case .embedding: return TensorOrder(inputChannelsFirst: input, outputChannelsFirst: false)
        case .dropout, .activation: return TensorOrder(inputChannelsFirst: input, outputChannelsFirst: input)
        default: return TensorOrder(inputChannelsFirst: input, outputChannelsFirst: true)
        }
    }
}
