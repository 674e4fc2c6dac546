/// After a click on an output of a model's layer: the positions it depends on, on the model's input and on each layer's output.
enum DependencyNote {
    static func text(_ ctx: RenderContext) -> String {
        let state = ctx.state
        // Every position read, in a reader's list: a strided or dilated layer's gaps stay in view.
        func span(_ positions: [Int]) -> String {
            guard !positions.isEmpty else { return "none" }
            return positions.count == 1 ? "\(positions[0])" : "\(ctx.positionList(positions)) (\(positions.count))"
        }
        var text = "y[\(state.cursor.position)] depends on model-input positions \(span(state.dependency.first ?? []))"
        let through = state.dependency.indices.dropFirst().map { "\(state.model?.stack.automaticNames()[$0 - 1] ?? "") \(span(state.dependency[$0]))" }
        if !through.isEmpty { text += "; on " + through.joined(separator: ", ") }
        return text
    }
}
