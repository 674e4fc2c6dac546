/// After a click on an output of a model's layer: the positions it depends on, on the model's input
/// and on the output of each layer before, numbered as the strip numbers them.
enum DependencyNote {
    /// The note for the clicked output, or nil when none is clicked (or a step has moved on).
    static func text(_ state: AppState, glyphs: Glyphs) -> String? {
        let reads = state.currentDependency
        guard !reads.isEmpty else { return nil }
        func span(_ positions: PositionRuns) -> String {
            positions.isEmpty ? "none" : positions.count == 1 ? list(positions, glyphs: glyphs) : "\(list(positions, glyphs: glyphs)) (\(positions.count))"
        }
        // A vector output (a global pool's, a Dense's on a vector) has one index; a sequence's has a channel axis too.
        let vector: Bool = { if case .success(let s)? = state.stage { return s.outputsVector } else { return false } }()
        let y = vector ? "y[\(state.cursor.position)]" : state.tensorOrder.y(state.cursor.position, ":")
        var text = "\(y) depends on model-input positions \(span(reads[0]))"
        // A no-break space keeps "layer 1:" on one row when the note wraps (a plain one where only ASCII may be drawn).
        let space = glyphs == .ascii ? " " : "\u{00A0}"
        let through = reads.indices.dropFirst().map { "layer\(space)\($0): \(span(reads[$0]))" }
        if !through.isEmpty { text += "; on the output of " + through.joined(separator: ", ") }
        return text
    }

    /// Positions as runs, so gaps are never hidden: `0..14`, `6..8, 10..12, 14..16`, single cells as numbers
    /// (`0, 2, 4, …, 14`); with more than four runs, the first three, "…" and the last.
    static func list(_ positions: PositionRuns, glyphs: Glyphs) -> String {
        let runs = positions.runs
        let text = { (r: ClosedRange<Int>) in
            r.count == 1 ? "\(r.lowerBound)" : r.count == 2 ? "\(r.lowerBound), \(r.upperBound)" : "\(r.lowerBound)..\(r.upperBound)"
        }
        let shown = runs.count <= 4 ? runs.map(text) : runs.prefix(3).map(text) + ["\(glyphs.ellipsis)", text(runs[runs.count - 1])]
        return shown.joined(separator: ", ")
    }
}
