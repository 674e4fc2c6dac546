/// After a click on an output of a model's layer: the positions it depends on, on the model's input
/// and on the output of each layer before, numbered as the strip numbers them.
enum DependencyNote {
    /// The note for the clicked output, or nil when none is clicked (or a step has moved on).
    static func text(_ state: AppState, glyphs: Glyphs) -> String? {
        let reads = state.currentDependency
        guard !reads.isEmpty else { return nil }
        func span(_ positions: [Int]) -> String {
            positions.isEmpty ? "none" : positions.count == 1 ? "\(positions[0])" : "\(list(positions, glyphs: glyphs)) (\(positions.count))"
        }
        var text = "\(state.tensorOrder.y(state.cursor.position, ":")) depends on model-input positions \(span(reads[0]))"
        let through = reads.indices.dropFirst().map { "layer \($0): \(span(reads[$0]))" }
        if !through.isEmpty { text += "; on the output of " + through.joined(separator: ", ") }
        return text
    }

    /// Positions as runs, so gaps are never hidden: `0..14`, `0, 2, 4, …, 14` for an even stride,
    /// `6..8, 10..12, 14..16` otherwise (the first runs, "…" and the last when there are many).
    static func list(_ positions: [Int], glyphs: Glyphs) -> String {
        guard let first = positions.first, let last = positions.last, positions.count > 1 else { return positions.map(String.init).joined() }
        let steps = Set(zip(positions, positions.dropFirst()).map { $1 - $0 })
        if steps == [1] { return "\(first)..\(last)" }
        if steps.count == 1 {
            return positions.count <= 5 ? positions.map(String.init).joined(separator: ", ")
                : positions.prefix(3).map(String.init).joined(separator: ", ") + ", \(glyphs.ellipsis), \(last)"
        }
        var runs: [ClosedRange<Int>] = []
        for p in positions {
            if let r = runs.last, r.upperBound + 1 == p { runs[runs.count - 1] = r.lowerBound...p } else { runs.append(p...p) }
        }
        let text = { (r: ClosedRange<Int>) in r.count == 1 ? "\(r.lowerBound)" : r.count == 2 ? "\(r.lowerBound), \(r.upperBound)" : "\(r.lowerBound)..\(r.upperBound)" }
        let shown = runs.count <= 4 ? runs.map(text) : runs.prefix(2).map(text) + ["\(glyphs.ellipsis)", text(runs[runs.count - 1])]
        return shown.joined(separator: ", ")
    }
}
