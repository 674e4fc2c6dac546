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
    public static func parseWithHeader(_ text: String, name: String) throws -> (values: Matrix, header: [String]?) {
        let file = Sanitize.line(name)
        var rows: [[Float]] = []
        var header: [String]? = nil
        for (i, line) in text.textLines.enumerated() {
            let trimmed = line.trimmingCharacters(in: " \t")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " \t") }
            if rows.isEmpty, header == nil, fields.allSatisfy({ !$0.isEmpty && Float($0) == nil }) {
                header = fields.map { Sanitize.line($0) }
                if fields.count > maxColumns { throw ParseError(description: "\(file):\(i + 1):1: \(fields.count) columns; at most \(maxColumns)") }
                continue
            }
            if rows.count >= maxRows {
                throw ParseError(description: "\(file):\(i + 1):1: more than \(maxRows) rows, the longest input the explorer holds")
            }
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
            if let width = rows.first?.count ?? header?.count, width != row.count {
                throw ParseError(description: "\(file):\(i + 1):1: row has \(row.count) values but the \(rows.isEmpty ? "header names" : "first row has") \(width)")
            }
            if row.count > maxColumns { throw ParseError(description: "\(file):\(i + 1):1: \(row.count) columns; at most \(maxColumns)") }
            rows.append(row)
        }
        guard let m = Matrix(nested: rows), m.rows > 0 else {
            throw ParseError(description: "\(file):1:1: no numbers found")
        }
        return (m, header)
    }
}

extension Substring {
    /// The substring without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
