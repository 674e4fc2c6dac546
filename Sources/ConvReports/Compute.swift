import Foundation

/// `convviz compute`: runs fixture-format cases and returns one result per case.
///
/// Input is one case object, an array of them, or a fixture file `{"cases": [...]}`.
/// A single case gives a single result object; an array or a fixture file gives
/// an array. Nothing here traps: text that is not JSON gives one ParseError result,
/// and an entry that is not a case gives an InvalidCase result naming its index
/// (0-based) and what is wrong, while the other entries still run.
public enum Compute {
    /// The results as JSON text (UTF-8), compact or indented, with a final newline.
    public static func run(_ input: Data, pretty: Bool = false) -> Data {
        Data((JSONWriter.text(resultsJSON(input), pretty: pretty) + "\n").utf8)
    }

    /// The results as `run` gives them, and why the whole input could not be read as JSON (nothing ran), if so.
    public static func runChecked(_ input: Data, pretty: Bool = false) -> (text: Data, unreadable: String?) {
        let found = cases(in: input)
        var reason: String?
        if case .unreadable(.error(_, let message)) = found { reason = message }
        return (Data((JSONWriter.text(json(of: found), pretty: pretty) + "\n").utf8), reason)
    }

    /// The results as a JSON value: an object for one case, an array otherwise.
    public static func resultsJSON(_ input: Data) -> JSONValue { json(of: cases(in: input)) }

    private static func json(of found: Cases) -> JSONValue {
        switch found {
        case .single(let value): return result(of: value, label: "case").json
        case .many(let values): return .array(values.enumerated().map { result(of: $1, label: "case \($0)").json })
        case .unreadable(let failure): return failure.json
        }
    }

    /// One result per case, in order (a single case or a parse error gives one).
    public static func results(_ input: Data) -> [CaseResult] {
        switch cases(in: input) {
        case .single(let value): return [result(of: value, label: "case")]
        case .many(let values): return values.enumerated().map { result(of: $1, label: "case \($0)") }
        case .unreadable(let failure): return [failure]
        }
    }

    /// Decodes and runs one case; `label` starts any InvalidCase message.
    public static func result(of value: JSONValue, label: String) -> CaseResult {
        do {
            return try ComputeCase.decode(value).run()
        } catch {
            return .error(type: CaseResult.invalidCaseType, message: "\(label): \(error.message)")
        }
    }

    private enum Cases {
        case single(JSONValue)
        case many([JSONValue])
        case unreadable(CaseResult)
    }

    private static func cases(in input: Data) -> Cases {
        let value: JSONValue
        do {
            value = try JSONParser.parse(input)
        } catch {
            return .unreadable(.error(type: CaseResult.parseErrorType, message: error.description))
        }
        switch value {
        case .array(let items): return .many(items)
        case .object(let fields) where fields["op"] == nil:
            if case .array(let items)? = fields["cases"] { return .many(items) }
            return .single(value)
        default: return .single(value)
        }
    }
}
