import ConvMath

/// A summary description that cannot be read, with a one-line message that says what and where.
public struct SummaryInputError: Error, Equatable, CustomStringConvertible {
    public var message: String

    /// A value of megabytes echoed in the message is cut in its middle, so the answer stays a line.
    public init(_ message: String) {
        self.message = Sanitize.clipped(message)
    }

    public var description: String { message }
}
