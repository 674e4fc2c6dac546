/// The symbols a formula is written with: mathematical Unicode, or ASCII for plain terminals.
public enum FormulaStyle: Sendable, Hashable {
    case unicode, ascii

    /// Floor brackets around `x`: `⌊x⌋` or `floor(x)`.
    public func floor(_ x: String) -> String { self == .unicode ? "⌊\(x)⌋" : "floor(\(x))" }

    /// Ceiling brackets around `x`: `⌈x⌉` or `ceil(x)`.
    public func ceil(_ x: String) -> String { self == .unicode ? "⌈\(x)⌉" : "ceil(\(x))" }

    /// The minus sign between terms.
    public var minus: String { self == .unicode ? "−" : "-" }

    /// The multiplication dot.
    public var times: String { self == .unicode ? "·" : "*" }

    /// `a·b·c` (or `a*b*c`) from its factors.
    public func product(_ factors: [String]) -> String { factors.joined(separator: times) }
}
