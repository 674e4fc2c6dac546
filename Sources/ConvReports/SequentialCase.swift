import ConvMath

extension ComputeCase {
    /// Decodes `{"op": "sequential", "input": …, "layers": […]}`: `input` is `[L][C]`, or `[L]`
    /// token ids when the first layer is an Embedding. Layers are read as `summary` reads them,
    /// with their weights; a layer without the weights it needs
    /// fails when it is built, after Keras's own checks.
    static func sequential(_ f: CaseFields) throws(CaseError) -> ComputeCase {
        let stack: ModelStack
        do {
            stack = try SummaryDecoder.decode(.object(["layers": try f.required("layers")]), requireInput: false).stack
        } catch let e as SummaryInputError {
            throw CaseError(e.message)
        } catch {
            throw CaseError("\(error)")
        }
        if case .embedding? = stack.entries.first?.layer {
            let ids = try f.array("input", rank: 1).values
            guard ids.allSatisfy({ $0 == $0.rounded() && $0 >= 0 && $0 < 16_777_216 }) else {
                throw CaseError("field 'input' must list token ids: whole numbers from 0")
            }
            return .sequential(stack, input: .tokens(ids.map { Int($0) }))
        }
        let x = try f.array("input", rank: 2)
        return .sequential(stack, input: .tensor(Tensor(shape: x.shape, values: x.values)))
    }
}
