/// After a click on an output of a model's layer: the positions it depends on, on the model's input and on each layer's output.
enum DependencyNote {
    static func text(_ ctx: RenderContext) -> String {
        let state = ctx.state
        let dash = ctx.glyphs == .ascii ? "-" : "–"
        func span(_ range: ClosedRange<Int>?) -> String {
            guard let range else { return "none" }
            return range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)\(dash)\(range.upperBound) (\(range.count))"
        }
        var text = "y[\(state.cursor.position)] depends on model-input positions \(span(state.dependency.first ?? nil))"
        let through = state.dependency.indices.dropFirst().map { "\(state.model?.stack.automaticNames()[$0 - 1] ?? "") \(span(state.dependency[$0]))" }
        if !through.isEmpty { text += "; on " + through.joined(separator: ", ") }
        return text
    }
}
