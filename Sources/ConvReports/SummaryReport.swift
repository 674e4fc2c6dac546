import Foundation
import TerminalText

/// Keras 3's `model.summary()` table for a stack, plus what a learner needs beyond it:
/// each conv or pool layer's receptive field on the model input, and the formulas behind
/// every length and parameter count.
public struct SummaryReport: Sendable {
    public var style: BoxStyle
    /// Only Keras's three columns and totals, to compare with Keras output line by line.
    public var kerasOnly: Bool
    /// The widest table that reads unwrapped (a terminal's width), or nil for no limit: a table wider than it
    /// leaves its receptive-field column to the notes below, one line per layer.
    public var maxWidth: Int?

    public init(style: BoxStyle = .unicode, kerasOnly: Bool = false) {
        self.style = style
        self.kerasOnly = kerasOnly
    }

    /// Decodes a description and renders it; a stack Keras would refuse throws its `StackError`.
    public func render(json data: Data) throws -> String {
        let (stack, name) = try SummaryDecoder.decode(data)
        return try render(stack, title: name)
    }

    /// Renders a stack; one Keras would refuse throws its `StackError`, counting layers as the list gives them.
    public func render(_ stack: ModelStack, title name: String) throws -> String {
        // An error counts the layers as the list gives them: an Input made from input_shape is not one.
        let implied = stack.entries.filter(\.implied).count
        func counted(_ e: StackError) -> StackError { var e = e; e.index -= implied; return e }
        let summary = try stack.summary(style: style.formulas).mapError(counted).get()
        // Weights that do not fit their layer are refused here as the explorer and Keras refuse them.
        if let wrong = stack.weightMismatch(in: summary) { throw counted(wrong) }
        return render(summary, title: name)
    }

    public func render(_ summary: StackSummary, title: String = "sequential") -> String {
        func table(fields: Bool) -> [String] {
            var columns = [BoxTable.Column("Layer (type)"), BoxTable.Column("Output Shape"), BoxTable.Column("Param #", .right)]
            if fields { columns.append(BoxTable.Column("Receptive field")) }
            let rows = summary.rows.map { row in
                [row.title, row.outputShape.description, NumberText.grouped(row.params)] + (fields ? [fieldText(row)] : [])
            }
            return BoxTable(columns: columns, rows: rows).lines(style)
        }
        var boxed = table(fields: !kerasOnly)
        let fieldsInNotes = !kerasOnly && maxWidth.map { limit in boxed.contains { $0.displayWidth > limit } } == true
        if fieldsInNotes { boxed = table(fields: false) }
        var lines = ["Model: \"\(title)\""] + boxed
        lines += totals(summary)
        if !kerasOnly { lines += [""] + notes(summary, listingFields: fieldsInNotes) }
        return lines.joined(separator: "\n") + "\n"
    }

    func totals(_ s: StackSummary) -> [String] {
        func amount(_ n: Int) -> String { "\(NumberText.grouped(n)) (\(NumberText.memory(bytes: StackSummary.bytes(params: n))))" }
        return [" Total params: \(amount(s.totalParams))",
                " Trainable params: \(amount(s.trainableParams))",
                " Non-trainable params: \(amount(s.nonTrainableParams))"]
    }

    /// `41 (jump 5)` for a sliding window; a layer that takes every step at once has no next jump.
    func fieldText(_ row: StackRow) -> String {
        guard let field = row.receptiveField else { return "" }
        guard let size = field.size else { return "all" }
        return row.outcome.effect == .whole ? "\(size)" : "\(size) (jump \(field.jump))"
    }

    /// The lines under the table: input, length formulas, parameter formulas, and what the field means.
    func notes(_ s: StackSummary, listingFields: Bool = false) -> [String] {
        let f = style.formulas
        let width = s.rows.map(\.name.displayWidth).max() ?? 0
        func label(_ name: String) -> String { " " + name.rightPadded(toColumns: width) + "  " }
        var lines = ["Input: \(s.input)"]
        let lengths = s.rows.compactMap { row in row.outcome.lengthFormula.map { (row.name, $0) } }
        if !lengths.isEmpty {
            lines.append("Lengths (valid: \(LengthFormula(padding: .valid, length: 0, span: 1, strides: 1).symbolic(f)); same, causal: \(LengthFormula(padding: .same, length: 0, span: 1, strides: 1).symbolic(f))):")
            for (name, formula) in lengths {
                var text = label(name) + formula.padding.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + formula.numeric(f)
                if formula.padding != .valid { text += "  (pad \(formula.plan.left) left, \(formula.plan.right) right)" }
                lines.append(text)
            }
        }
        let counts = s.rows.compactMap { row in row.outcome.params.map { (row.name, $0) } }
        if !counts.isEmpty {
            lines.append("Params:")
            for (name, p) in counts { lines.append(label(name) + "\(p.symbolic) = \(p.numeric) = \(NumberText.grouped(p.value))") }
        }
        if s.rows.contains(where: { $0.receptiveField != nil }) {
            let steps = s.input.dims.first.flatMap { $0 }.map { " (of \($0))" } ?? ""
            lines.append("Receptive field: the input steps\(steps) one output of the layer depends on:")
            lines.append(" rf += (window \(f.minus) 1)\(f.times)jump, then jump \(f == .unicode ? "×=" : "*=") strides;")
            lines.append(" a conv's window is its span d\(f.times)(k \(f.minus) 1) + 1;")
            lines.append(" a global pool or an RNN takes the whole length.")
            if listingFields {
                for row in s.rows where row.receptiveField != nil { lines.append(label(row.name) + fieldText(row)) }
            }
        }
        return lines
    }
}
