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
            let winners = (0..<g.input.columns).map { c in
                (g.spec.keepdims ? g.step(index: 0, position: 0, channel: c) : g.step(index: 0, position: c, channel: 0)).winner
            }
            let behind = state.wordsBehind(inputPositions: winners.map { $0 ?? 0 })
            let names = state.channelNames(afterLayer: state.stageIndex - 1)
            // Channels that peak somewhere first, with their words; channels of one value (a filter that
            // never fired) after them, grouped by that value: "c0, c2, c3 are all 0".
            var items: [String] = [], flat: [(value: String, channels: [String])] = []
            // Only the channels already computed: the note must not give away a value the output still hides.
            let trace = state.stageTrace
            func computed(_ c: Int) -> Bool {
                guard let trace else { return true }
                return (g.spec.keepdims ? trace.index(position: 0, filter: c) : trace.index(position: c, filter: 0)) <= state.stepIndex
            }
            for (c, winner) in winners.enumerated() where computed(c) {
                let first = g.input[0, c]
                if winner == nil || (0..<g.input.rows).allSatisfy({ g.input[$0, c] == first }) {
                    let v = winner == nil ? "empty" : "all \(NumberText.fit(first, width: 8))"
                    if let i = flat.firstIndex(where: { $0.value == v }) { flat[i].channels.append("c\(c)") } else { flat.append((v, ["c\(c)"])) }
                    continue
                }
                let channel = "c\(c)" + (names.map { " \($0[c])" } ?? "")
                items.append("\(channel) " + (behind[c].isEmpty ? "position \(winner!)" : labels.quoted(behind[c])))
            }
            items += flat.map { "\($0.channels.joined(separator: ", ")) \($0.channels.count == 1 ? "is" : "are") \($0.value)" }
            guard !items.isEmpty else { break }
            // Wrapped rather than cut: the channel a caption talks about may be the last one.
            let text = "the maxima came from: " + items.joined(separator: " · ")
            let lines = TextWrap.lines(text, width: width, maxLines: 2, ellipsis: ctx.glyphs.ellipsis)
            out += lines.map { ($0, .label) }
        case .dense(let d) where d.units == 1 && d.activation == .sigmoid && state.stageIndex == (state.model?.stack.entries.count ?? 0) - 1:
            let trace = state.stageTrace
            let done = trace.map { state.stepIndex >= $0.count - 1 } ?? false
            guard done else { break }
            let score = stage.value(position: 0, channel: 0)
            let verdict = score > 0.5 ? "above 0.5: positive" : (score < 0.5 ? "below 0.5: negative" : "exactly 0.5: undecided")
            // The score and its verdict first: a long sentence is what gives way to the width.
            out.append(("score = \(NumberText.exact(score)), \(verdict), for \"\(t.sentence.text)\"", .current))
        default: break
        }
        return out.map { ($0.0.fitted(to: width, ellipsis: ctx.glyphs.ellipsis), $0.1) }
    }
}
