import ConvMath

/// How the current layer's tensors are indexed: Keras holds a sequence as (steps, channels),
/// PyTorch as (channels, steps), an Embedding's output included (its call names the transpose).
///
/// Labels follow it, so that a PyTorch screen reads `y[f0, 3]` beside `weight[0, :, :]`.
public struct TensorOrder: Equatable, Sendable {
    /// True when a sequence is indexed channel first.
    public var channelsFirst = false

    public static let keras = TensorOrder()

    /// `y[3, c0]`, or `y[c0, 3]` channel first.
    static func element(_ name: String, _ position: String, _ channel: String, channelsFirst: Bool) -> String {
        channelsFirst ? "\(name)[\(channel), \(position)]" : "\(name)[\(position), \(channel)]"
    }

    /// An output element: `y[3, c0]` or `y[c0, 3]`.
    public func y(_ position: Int, _ channel: String) -> String {
        Self.element("y", "\(position)", channel, channelsFirst: channelsFirst)
    }

    /// An input element: `x[3, c0]` or `x[c0, 3]`.
    public func x(_ position: Int, _ channel: String) -> String {
        Self.element("x", "\(position)", channel, channelsFirst: channelsFirst)
    }
}

extension AppState {
    /// The current layer's index order (see `TensorOrder`).
    public var tensorOrder: TensorOrder { TensorOrder(channelsFirst: framework == .pytorch) }
}
