/// Weights that come with a model's description, checked against the layer they belong to.
extension ModelStack.Entry {
    /// Why the weights given for this layer do not fit it on an input of `shape`, or nil.
    ///
    /// Keras refuses weights of the wrong shape when they are set; seeding others in their place
    /// would show numbers the file never had.
    public func weightMismatch(input shape: LayerShape) -> String? {
        func check(_ name: String, _ values: [Float]?, _ dims: [Int]) -> String? {
            guard let values else { return nil }
            let need = dims.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
            guard values.count != need else { return nil }
            let size = dims.count > 1 ? dims.map(String.init).joined(separator: " × ") + " = " : ""
            return "the given \(name) has \(values.count) value\(values.count == 1 ? "" : "s"), but the layer needs \(size)\(need)"
        }
        switch layer {
        case let .conv1D(a):
            let spec = a.spec(length: shape.steps ?? 1, channels: shape.last ?? 1)
            return check("kernel", weights.kernel, [spec.kernelSize, spec.channelsPerGroup, spec.filters]) ?? check("bias", weights.bias, [spec.filters])
        case let .dense(units, _, _):
            return check("kernel", weights.kernel, [shape.last ?? 1, units]) ?? check("bias", weights.bias, [units])
        case let .embedding(v, d, _):
            return check("embeddings", weights.embeddings, [v, d])
        default:
            return nil
        }
    }
}

extension ModelStack {
    /// The first layer whose given weights do not fit it, as the error Keras raises, or nil.
    public func weightMismatch(in summary: StackSummary) -> StackError? {
        var shape = summary.input
        for row in summary.rows {
            let entry = entries[row.index]
            if let wrong = entry.weightMismatch(input: shape) {
                return StackError(index: row.index, name: row.name, className: row.className, error: .givenWeights(wrong))
            }
            shape = row.outcome.shape
        }
        return nil
    }
}
