/// Notes under a text model's later layers: which words won each global max, and what the final score says.
enum StageWordsNote {
    /// The lines to show for the current layer, or none.
    static func lines(_ ctx: RenderContext, stage: Stage, step: StageStep?, width: Int) -> [(String, Style)] {
        let state = ctx.state
        guard case .words(let t) = state.inputSource else { return [] }
        let labels = InputLabels(positions: t.sentence.words, outOfVocabulary: t.outOfVocabulary, channels: nil)
        var out: [(String, Style)] = []
        switch stage {
        case .globalPool(let g) where g.spec.kind == .max:
            // Each channel's winner is a position of the layer before, whose window reaches back to some words.
            let items = (0..<g.input.columns).map { c -> String in
                let step = g.spec.keepdims ? g.step(index: 0, position: 0, channel: c) : g.step(index: 0, position: c, channel: 0)
                guard let p = step.winner else { return "c\(c): none" }
                let column = (0..<g.input.rows).map { g.input[$0, c] }
                if column.allSatisfy({ $0 == column[0] }) { return "c\(c) (all \(NumberText.fit(column[0], width: 8)))" }
                let words = state.wordsBehind(inputPosition: p)
                let text = words.isEmpty ? "position \(p)" : labels.quoted(words)
                return "c\(c) \(text)"
            }
            out.append(("each channel's maximum came from: " + items.joined(separator: " · "), .label))
        case .dense(let d) where d.units == 1 && d.activation == .sigmoid && state.stageIndex == (state.model?.stack.entries.count ?? 0) - 1:
            let trace = state.stageTrace
            let done = trace.map { state.stepIndex >= $0.count - 1 } ?? false
            guard done else { break }
            let score = stage.value(position: 0, channel: 0)
            let verdict = score > 0.5 ? "above 0.5: positive" : (score < 0.5 ? "below 0.5: negative" : "exactly 0.5: undecided")
            out.append(("score for \"\(t.sentence.text)\" = \(NumberText.fit(score, width: 12)), \(verdict)", .current))
        default: break
        }
        return out.map { ($0.0.fitted(to: width, ellipsis: ctx.glyphs.ellipsis), $0.1) }
    }
}
