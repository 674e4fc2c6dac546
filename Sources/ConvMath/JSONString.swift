/// A JSON string literal in which no control character appears raw.
public enum JSONString {
    /// `s` quoted for JSON, every control escaped: C0, DEL and C1 too (U+009B is a one-byte CSI
    /// on terminals that honour C1), so the text is inert wherever the JSON is shown.
    public static func literal(_ s: String) -> String {
        var out = "\""
        append(s, to: &out)
        return out + "\""
    }

    /// Appends the escaped characters of `s`, without quotes.
    public static func append(_ s: String, to out: inout String) {
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value):
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
    }
}
