import ConvMath

/// Why a JSON value is not a usable case: the result's message, with the case's index.
public struct CaseError: Error, Equatable, Sendable {
    public var message: String

    /// A value of megabytes echoed in the message is cut in its middle, so the answer stays a line.
    public init(_ message: String) { self.message = Sanitize.clipped(message) }
}
