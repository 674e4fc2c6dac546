/// A summary description that cannot be read, with a one-line message that says what and where.
public struct SummaryInputError: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
