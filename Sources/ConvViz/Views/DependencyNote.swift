/// After a click on an output: the positions it depends on at each layer's input, down to the model's input.
struct DependencyNote {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.notes, state = ctx.state
        guard r.height > 0, !state.dependency.isEmpty else { return }
        let dash = ctx.glyphs == .ascii ? "-" : "–"
        func text(_ range: ClosedRange<Int>?) -> String {
            guard let range else { return "none" }
            return range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)\(dash)\(range.upperBound) (\(range.count))"
        }
        let first = "y[\(state.cursor.position)] depends on model-input positions \(text(state.dependency[0]))"
        var through: [String] = []
        for i in 1..<state.dependency.count { through.append("\(state.layerTitle(i - 1)) \(text(state.dependency[i]))") }
        grid.put(first, x: 1, y: r.y, style: .reader, maxWidth: r.width - 2)
        if !through.isEmpty, r.height > 1 {
            grid.put("through the outputs of " + through.joined(separator: ", "), x: 1, y: r.y + 1, style: .dim, maxWidth: r.width - 2)
        }
    }
}
