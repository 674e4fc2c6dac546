/// Parses a CSV file of numbers into a matrix, reporting `FILE:LINE:COL: message` for bad input.
public enum CSVTable {
    /// A problem at a place in a CSV file.
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The most rows and columns a table may have: the explorer's length and channel ranges.
    public static let maxRows = Parameter.length.range.upperBound, maxColumns = Parameter.channels.range.upperBound

    /// Reads rows of comma-separated numbers; blank lines and `#` comments are skipped; rows must be equal length.
    public static func parse(_ text: String, name: String) throws -> Matrix {
        try parseWithHeader(text, name: name).values
    }

    /// Like `parse`, but a first row of names (`acc_x,acc_y,acc_z`) is read as the columns' names.
    ///
    /// The text is read in place as UTF-8, line by line, into one flat array of values, so a file of
    /// 20,000,000 short rows costs its own size and the values, not an array of lines and rows.
    public static func parseWithHeader(_ text: String, name: String) throws -> (values: Matrix, header: [String]?) {
        var reader = Reader(file: Sanitize.line(name))
        var text = text
        try text.withUTF8 { bytes in
            // A UTF-8 byte order mark (Excel writes one) is not part of the first value.
            var start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
                try reader.line(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                // "\r\n" (Windows), "\n" and a lone "\r" all end a line.
                start = end + (end + 1 < bytes.count && bytes[end] == 0x0D && bytes[end + 1] == 0x0A ? 2 : 1)
            }
        }
        guard reader.rows > 0, let width = reader.width else {
            throw ParseError(description: "\(reader.file):1:1: no numbers found\(reader.headerHint)")
        }
        return (Matrix(rows: reader.rows, columns: width, values: reader.values), reader.header)
    }

    /// The state of a parse: the values so far, the width every row must have, and where we are.
    private struct Reader {
        let file: String
        var values: [Float] = []
        var rows = 0
        var width: Int?
        var header: [String]?
        /// Said when a file turns out to hold no numbers: its "header" looked tab- or semicolon-separated.
        var headerHint = ""
        var lineNumber = 0

        init(file: String) { self.file = file }

        mutating func line(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            lineNumber += 1
            let fields = Self.fields(bytes)
            if fields.count == 1 && (fields[0].isEmpty || fields[0].first == UInt8(ascii: "#")) { return }
            if fields.first?.first == UInt8(ascii: "#") { return }
            // A header is a row of words: `nan` or `0x10` is a number written wrongly, reported as such below.
            if rows == 0, header == nil, fields.allSatisfy({ !$0.isEmpty && Float(String(decoding: $0, as: UTF8.self)) == nil }) {
                if fields.count > maxColumns { throw ParseError(description: "\(file):\(lineNumber):1: \(fields.count) columns; at most \(maxColumns)") }
                header = fields.map { Sanitize.line(String(decoding: $0, as: UTF8.self).split(separator: "\"\"", omittingEmptySubsequences: false).joined(separator: "\"")) }
                headerHint = Self.separatorHint(fields.map { String(decoding: $0, as: UTF8.self) }.joined())
                width = fields.count
                return
            }
            if rows >= maxRows {
                throw ParseError(description: "\(file):\(lineNumber):1: more than \(maxRows) rows, the longest input the explorer holds")
            }
            if fields.count > maxColumns { throw ParseError(description: "\(file):\(lineNumber):1: \(fields.count) columns; at most \(maxColumns)") }
            if let w = width, w != fields.count {
                throw ParseError(description: "\(file):\(lineNumber):1: row has \(fields.count) values but the \(rows == 0 ? "header names" : "first row has") \(w)")
            }
            for field in fields {
                let text = String(decoding: field, as: UTF8.self)
                guard let v = DecimalNumber.float(text) else {
                    // A field's slice keeps its offset in the line: the column the message points to.
                    throw ParseError(description: "\(file):\(lineNumber):\(field.startIndex + 1): '\(Sanitize.visible(String(text.prefix(20))))' \(DecimalNumber.refusal(text))\(Self.separatorHint(text))")
                }
                values.append(v)
            }
            width = fields.count
            rows += 1
        }

        /// The comma-separated fields of a line, each without the spaces and tabs around it; a comma
        /// inside double quotes (a spreadsheet's `"acc, x"` header) is part of its field.
        static func fields(_ bytes: UnsafeBufferPointer<UInt8>) -> [ArraySlice<UInt8>] {
            let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
            var out: [ArraySlice<UInt8>] = []
            let all = ArraySlice(bytes)
            var start = all.startIndex
            var quoted = false, i = all.startIndex
            while i < all.endIndex {
                defer { i += 1 }
                let quote = UInt8(ascii: "\"")
                // A quote opens quoting only at a field's start (a stray one, `3"`, is part of its text);
                // inside quotes a doubled quote is one quote, and a single one closes the field's quotes.
                if all[i] == quote && quoted {
                    if i + 1 < all.endIndex && all[i + 1] == quote { i += 1 } else { quoted = false }
                    continue
                }
                if all[i] == quote && all[start..<i].allSatisfy(blank) { quoted = true; continue }
                guard all[i] == UInt8(ascii: ","), !quoted else { continue }
                out.append(trim(all[start..<i], blank))
                start = i + 1
            }
            out.append(trim(all[start..<all.endIndex], blank))
            return out
        }

        /// The field without blanks around it, and without the double quotes a spreadsheet may put around it.
        static func trim(_ s: ArraySlice<UInt8>, _ blank: (UInt8) -> Bool) -> ArraySlice<UInt8> {
            var a = s.startIndex, b = s.endIndex
            while a < b && blank(s[a]) { a += 1 }
            while b > a && blank(s[b - 1]) { b -= 1 }
            let quote = UInt8(ascii: "\"")
            if b - a >= 2 && s[a] == quote && s[b - 1] == quote { (a, b) = (a + 1, b - 1) }
            return s[a..<b]
        }

        /// What to add to an error about `text` when it holds another separator: a tab-separated file reads as one column.
        static func separatorHint(_ text: String) -> String {
            text.contains("\t") || text.contains(";") ? " (values are separated by commas)" : ""
        }
    }
}

extension Substring {
    /// The substring without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
