/// Why a JSON value is not a usable case: the result's message, with the case's index.
public struct CaseError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
