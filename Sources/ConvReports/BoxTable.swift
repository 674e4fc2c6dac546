import TerminalText

/// A table of text cells drawn with a `BoxStyle`, each column as wide as its widest cell (in terminal columns).
public struct BoxTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment

        public init(_ header: String, _ alignment: Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as lines, a rule between every body row as Keras 3 draws it.
    public func lines(_ style: BoxStyle) -> [String] {
        let widths = columns.indices.map { c in
            ([columns[c].header] + rows.map { $0[c] }).map(\.displayWidth).max() ?? 0
        }
        func rule(_ r: BoxStyle.Rule) -> String {
            String(r.left) + widths.map { String(repeating: r.fill, count: $0 + 2) }.joined(separator: String(r.joint)) + String(r.right)
        }
        func line(_ cells: [String], bar: Character) -> String {
            let padded = cells.enumerated().map { c, text in
                " " + (columns[c].alignment == .right ? text.leftPadded(toColumns: widths[c]) : text.rightPadded(toColumns: widths[c])) + " "
            }
            return String(bar) + padded.joined(separator: String(bar)) + String(bar)
        }
        var out = [rule(style.top), line(columns.map(\.header), bar: style.headerBar), rule(style.headerRule)]
        for (i, row) in rows.enumerated() {
            if i > 0 { out.append(rule(style.rowRule)) }
            out.append(line(row, bar: style.bodyBar))
        }
        out.append(rule(style.bottom))
        return out
    }
}
