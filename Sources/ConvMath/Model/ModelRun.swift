/// A whole model run on one input: every layer's output, or the layer Keras would refuse.
///
///     let run = ModelRun(stack, input: .tensor(x))
///     run.outputs.last   // the model's output; run.error names the first layer that failed
public struct ModelRun: Sendable {
    /// Each layer's output, in order; empty when a layer failed.
    public let outputs: [Tensor]
    public let error: StackError?
    /// Trainable and non-trainable weights of every layer.
    public let paramCount: Int

    /// Runs `stack` (Input entries skipped) on `input` with the weights its entries carry.
    ///
    /// Keras builds every layer before it computes anything, so a shape error anywhere
    /// in the stack is reported before a missing weight or a bad token id.
    public init(_ stack: ModelStack, input: StageInput) {
        // Names are checked as Keras adds the layers, before it builds any.
        if let refused = stack.nameRefusal() {
            self.init(outputs: [], error: refused, paramCount: 0)
            return
        }
        let names = stack.automaticNames()
        var shape = input.layerShape
        var params = 0
        for (i, entry) in stack.entries.enumerated() {
            if case .input = entry.layer { continue }
            switch Stage.buildOutcome(entry.layer, on: shape, name: names[i]) {
            case .failure(let e):
                self.init(outputs: [], error: StackError(index: i, name: names[i], className: entry.layer.className, error: e), paramCount: 0)
                return
            case .success(let o):
                shape = o.shape
                params += o.paramCount
            }
        }
        var current = input
        var outputs: [Tensor] = []
        for (i, entry) in stack.entries.enumerated() {
            if case .input = entry.layer { continue }
            switch Stage.make(entry.layer, weights: entry.weights, input: current, name: names[i]) {
            case .failure(let e):
                self.init(outputs: [], error: StackError(index: i, name: names[i], className: entry.layer.className, error: e), paramCount: 0)
                return
            case .success(let stage):
                let out = stage.forward()
                outputs.append(out)
                current = .tensor(out)
            }
        }
        self.init(outputs: outputs, error: nil, paramCount: params)
    }

    private init(outputs: [Tensor], error: StackError?, paramCount: Int) {
        self.outputs = outputs
        self.error = error
        self.paramCount = paramCount
    }
}
