/// A parsed JSON value that keeps each number's source text.
///
/// Keeping the text lets a float convert once, straight to float32, instead of
/// through a double, and lets integer fields reject `2.5` with a clear message.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A short name for the kind of value, for error messages: "a string", "null".
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// A float32 as JSON: its shortest round-trip text (`1.0`, `-0.5`, `1e-05`), or `"inf"`, `"-inf"` or `"nan"`.
    ///
    /// JSON has no number for an overflow: a string keeps the three apart (null would not), stays
    /// valid JSON, and reads back with Python's `float()` as the value Keras gives.
    public static func float(_ x: Float) -> JSONValue {
        if x.isFinite { return .number(JSONNumber(x.description)) }
        return .string(x.isNaN ? "nan" : x > 0 ? "inf" : "-inf")
    }

    /// An integer as JSON.
    public static func int(_ n: Int) -> JSONValue { .number(JSONNumber(String(n))) }
}
