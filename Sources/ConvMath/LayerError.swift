/// An error a layer raises instead of computing, worded like the library it mirrors.
///
/// `type` is the exception class (`ValueError`, `RuntimeError`) and `message`
/// its text, so the explorer can show exactly what Keras would say.
public struct LayerError: Error, Hashable, Sendable, CustomStringConvertible {
    public var type: String
    public var message: String
    /// True when the layer is possible but the weights given for it have another shape.
    public var refusesGivenWeights = false

    public init(type: String, _ message: String) {
        self.type = type
        self.message = message
    }

    /// Weights given for a layer that do not fit it: Keras's `set_weights` raises a ValueError.
    public static func givenWeights(_ message: String) -> LayerError {
        var e = LayerError(message)
        e.refusesGivenWeights = true
        return e
    }

    /// A `ValueError`, the class Keras raises for impossible layers.
    public init(_ message: String) {
        self.init(type: "ValueError", message)
    }

    public var description: String { "\(type): \(message)" }

    /// The type of the explorer's own refusal of a layer too big to hold (no framework raises it).
    public static let tooBigType = "too big"

    /// The type of a layer Keras builds but the explorer does not compute step by step (an LSTM).
    public static let notStepwiseType = "not step by step"

    /// True for the explorer's own refusals, which no framework raises.
    public var isExplorersOwn: Bool { type == Self.tooBigType || type == Self.notStepwiseType }
}
