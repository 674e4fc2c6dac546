/// Why a `--model` or `model` argument names no model: a one-line message.
public struct ModelLoadError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
