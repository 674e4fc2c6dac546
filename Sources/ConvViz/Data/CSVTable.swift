/// Parses a CSV file of numbers into a matrix, reporting `FILE:LINE:COL: message` for bad input.
public enum CSVTable {
    /// A problem at a place in a CSV file.
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads rows of comma-separated numbers; blank lines and `#` comments are skipped; rows must be equal length.
    public static func parse(_ text: String, name: String) throws -> Matrix {
        let file = Sanitize.line(name)
        var rows: [[Float]] = []
        for (i, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: " \t")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            var row: [Float] = []
            var col = 1
            for field in line.split(separator: ",", omittingEmptySubsequences: false) {
                let f = field.trimmingCharacters(in: " \t")
                guard let v = Float(f), v.isFinite else {
                    throw ParseError(description: "\(file):\(i + 1):\(col): '\(Sanitize.line(String(f.prefix(20))))' is not a number")
                }
                row.append(v)
                col += field.count + 1
            }
            if let width = rows.first?.count, width != row.count {
                throw ParseError(description: "\(file):\(i + 1):1: row has \(row.count) values but the first row has \(width)")
            }
            rows.append(row)
        }
        guard let m = Matrix(nested: rows), m.rows > 0 else {
            throw ParseError(description: "\(file):1:1: no numbers found")
        }
        return m
    }
}

extension Substring {
    /// The substring without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
