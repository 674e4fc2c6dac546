/// Splits one script line into words and quoted texts, remembering each one's column.
struct DemoTokenizer {
    /// A word or a quoted text; `quoted` texts have their quotes removed and `\"`, `\\` unescaped.
    struct Token: Equatable {
        var text: String
        var column: Int
        var quoted: Bool
    }

    /// Why a line could not be split.
    struct Failure: Error {
        var column: Int
        var message: String
    }

    /// Characters that draw nothing: zero-width spaces and joiners, direction marks and overrides, a byte order mark.
    static func invisible(_ u: Unicode.Scalar) -> Bool {
        [0x061C, 0x180E, 0xFEFF].contains(u.value) || (0x200B...0x200F).contains(u.value) || (0x202A...0x202E).contains(u.value)
            || (0x2060...0x2069).contains(u.value)
    }

    /// The tokens of `line`; `#` outside quotes starts a comment.
    static func tokens(_ line: String) throws(Failure) -> [Token] {
        var result: [Token] = []
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            if c == "#" { break }
            let start = i
            if c == "\"" {
                var text = ""
                i += 1
                var closed = false
                while i < chars.count {
                    let d = chars[i]
                    if d == "\\", i + 1 < chars.count, chars[i + 1] == "\"" || chars[i + 1] == "\\" {
                        text.append(chars[i + 1]); i += 2; continue
                    }
                    if d == "\"" { closed = true; i += 1; break }
                    text.append(d); i += 1
                }
                guard closed else { throw Failure(column: start + 1, message: "missing closing quote") }
                if i < chars.count, chars[i] != " ", chars[i] != "\t", chars[i] != "#", chars[i] != "\r" {
                    throw Failure(column: i + 1, message: "expected a space after the closing quote")
                }
                result.append(Token(text: text, column: start + 1, quoted: true))
            } else {
                var text = ""
                while i < chars.count, chars[i] != " ", chars[i] != "\t", chars[i] != "\r" {
                    if chars[i] == "\"" { throw Failure(column: i + 1, message: "a quote cannot start inside a word; put a space before it") }
                    // A control or invisible character in a word would not show in the error that quotes it
                    // ("unknown command 'set' (did you mean 'set'?)" for a stray byte order mark).
                    if let u = chars[i].unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || Self.invisible($0) }) {
                        let hex = String(u.value, radix: 16, uppercase: true)
                        let kind = Self.invisible(u) ? "an invisible character" : "a control character"
                        throw Failure(column: i + 1, message: "\(kind) (U+\(String(repeating: "0", count: max(4 - hex.count, 0)) + hex)) in a word; outside quotes a line holds only printable text")
                    }
                    text.append(chars[i]); i += 1
                }
                result.append(Token(text: text, column: start + 1, quoted: false))
            }
        }
        return result
    }
}
