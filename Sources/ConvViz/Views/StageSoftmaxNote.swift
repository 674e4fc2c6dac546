import ConvMath

/// Notes under a Dense with softmax: every unit's z, their max and the sum of exponentials, the
/// three things a softmax reads that one unit's step cannot show.
enum StageSoftmaxNote {
    /// The lines for the current step, or none when it is not a softmax over several units.
    static func lines(_ ctx: RenderContext, step: StageStep?, width: Int) -> [(String, Style)] {
        guard case .dense(let s)? = step, s.layer.activation == .softmax, s.layer.units > 1 else { return [] }
        let m = ctx.glyphs == .ascii ? "-" : "−", sum = ctx.glyphs.sum
        let z = (0..<s.layer.units).map { s.layer.preActivation(row: s.row, unit: $0) }
        let (top, sumOfExp) = LayerActivation.softmaxParts(z)
        let total = Float(sumOfExp)
        // Each z is rounded to fit: the note is for reading the rule, the panel above has the exact values.
        var items: [String] = []
        // In PyTorch's terms, as the rule above it: nn.Linear's weight and bias.
        let terms = ctx.state.framework == .pytorch ? "weight + bias" : "W + b"
        var line = "each unit's z = \(sum) x\(ctx.glyphs.product)\(terms):"
        for (u, v) in z.enumerated() {
            let item = " z\(u) \(NumberText.fit(v, width: 7))"
            if line.count + item.count + 2 > width { items.append(" \(ctx.glyphs.ellipsis)"); break }
            line += item
            items.append(item)
        }
        if items.last == " \(ctx.glyphs.ellipsis)" { line += " \(ctx.glyphs.ellipsis)" }
        let which = z.firstIndex(of: top).map { "z\($0)" } ?? "z"
        let t = NumberText.fit(total, width: 7)
        return [(line, .dim),
                ("max \(which) = \(NumberText.fit(top, width: 7)), \(sum) exp(z \(m) max) = \(t), y[u] = exp(zu \(m) max) / \(t)", .dim)]
    }
}
