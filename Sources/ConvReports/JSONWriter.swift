/// Writes `JSONValue`s as compact or indented text.
///
/// Pretty output keeps arrays of scalars on one line, so a tensor row reads as a row.
public enum JSONWriter {
    /// The text of `value`; `pretty` indents objects and nested arrays by two spaces.
    public static func text(_ value: JSONValue, pretty: Bool = false) -> String {
        var out = ""
        write(value, pretty: pretty, indent: 0, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, pretty: Bool, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n.text
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            let flat = !pretty || items.allSatisfy { !$0.isContainer }
            writeList(items.map { (nil, $0) }, open: "[", close: "]", flat: flat, pretty: pretty, indent: indent, into: &out)
        case .object(let fields):
            writeList(fields.keys.sorted(by: fieldOrder).map { ($0, fields[$0]!) }, open: "{", close: "}", flat: !pretty, pretty: pretty, indent: indent, into: &out)
        }
    }

    private static func writeList(_ items: [(String?, JSONValue)], open: String, close: String, flat: Bool, pretty: Bool, indent: Int, into out: inout String) {
        out += open
        let pad = String(repeating: " ", count: indent + 2)
        for (n, (key, item)) in items.enumerated() {
            if n > 0 { out += flat && pretty ? ", " : "," }
            if !flat { out += "\n" + pad }
            if let key { writeString(key, into: &out); out += pretty ? ": " : ":" }
            write(item, pretty: pretty, indent: indent + 2, into: &out)
        }
        if !flat && !items.isEmpty { out += "\n" + String(repeating: " ", count: indent) }
        out += close
    }

    // Results read best as ok, then the payload, then the shape and count, then the rest alphabetically.
    private static func fieldOrder(_ a: String, _ b: String) -> Bool {
        let first = ["ok", "output", "output_shape", "param_count", "error", "type", "message"]
        switch (first.firstIndex(of: a), first.firstIndex(of: b)) {
        case let (x?, y?): return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a < b
        }
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += JSONString.literal(s)
    }
}

extension JSONValue {
    var isContainer: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }
}
