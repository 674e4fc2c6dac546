import ConvMath

/// One decoded case, ready to run: a layer, its data and its layout.
enum ComputeCase {
    case kerasConv(Conv1DSpec, input: Matrix, kernel: [Float], bias: [Float]?)
    case kerasPool(PoolSpec, input: Matrix)
    case kerasGlobalPool(GlobalPoolSpec, input: Matrix)
    case torchConv(TorchConv1D, input: Matrix, weight: [Float], bias: [Float]?)
    case torchMaxPool(TorchMaxPool1D, input: Matrix)
    case torchAvgPool(TorchAvgPool1D, input: Matrix)
    /// A whole `keras.Sequential` stack with its weights.
    case sequential(ModelStack, input: StageInput)
    /// The library refuses the arguments themselves (an unknown padding string, say).
    case refused(LayerError)

    /// Decodes a case object; Keras unless `"framework": "pytorch"`.
    static func decode(_ value: JSONValue) throws(CaseError) -> ComputeCase {
        let fields = try CaseFields(value)
        guard case .string(let op) = try fields.required("op") else {
            throw CaseError("field 'op' must be a string")
        }
        let framework: String
        switch fields["framework"] ?? .null {
        case .null: framework = "keras"
        case .string(let s): framework = s.lowercased()
        case let v: throw CaseError("field 'framework' must be \"keras\" or \"pytorch\", not \(v.kindName)")
        }
        // Everything here is computed in float32, as Keras and PyTorch do by default.
        switch fields["dtype"] {
        case nil, .null?, .string("float32")?, .string("torch.float32")?: break
        case let v?: throw CaseError("field 'dtype' is \(JSONWriter.text(v)): compute works in float32 only")
        }
        // Keras refuses a '/' in a layer's name as it makes the layer.
        if framework == "keras", case .string(let name)? = fields["name"], name.contains("/") {
            return .refused(LayerError("Argument `name` must be a string and cannot contain character `/`. Received: name=\(name) (of type <class 'str'>)"))
        }
        let decoded: ComputeCase
        switch framework {
        case "keras" where op == "sequential": decoded = try sequential(fields)
        case "keras": decoded = try keras(fields, op: op)
        case "pytorch", "torch": decoded = try torch(fields, op: op)
        default: throw CaseError("field 'framework' must be \"keras\" or \"pytorch\", not \"\(framework)\"")
        }
        // A refused layer may be refused before every field is read.
        if case .refused = decoded { return decoded }
        try fields.rejectUnknown(torch: framework != "keras")
        return decoded
    }

    /// The output's shape, when the arguments are valid; checked against the size policy before any work.
    var outputShape: [Int]? {
        switch self {
        case let .kerasConv(spec, _, _, _): return spec.validate().value.map { [$0.outputLength, spec.filters] }
        case let .kerasPool(spec, _): return spec.validate().value.map { [$0.outputLength, spec.channels] }
        case .kerasGlobalPool: return nil
        case let .torchConv(conv, _, _, _): return conv.validate().value.map { [conv.outChannels, $0.outputLength] }
        case let .torchMaxPool(pool, _): return pool.validate().value.map { [pool.channels, $0.outputLength] }
        case let .torchAvgPool(pool, _): return pool.validate().value.map { [pool.channels, $0.outputLength] }
        case .sequential, .refused: return nil
        }
    }

    /// Why the case is too big to run (its output, or for a model any layer's), or nil.
    var sizeRefusal: String? {
        if case let .kerasConv(spec, _, _, _) = self, let refusal = LayerLimits.refusal(spec) { return refusal }
        if case let .sequential(stack, _) = self, case .success(let summary) = stack.summary() {
            for row in summary.rows {
                if let refusal = LayerLimits.outputRefusal(row.outputShape.dims.map { $0 ?? 1 }) { return "layer \(row.index) (\(row.name)): \(refusal)" }
            }
        }
        if let refusal = outputShape.flatMap(LayerLimits.outputRefusal) { return refusal }
        return workRefusal
    }

    /// Why the case is too much work: outputs × the cells each one reads (a pool of 200,000 over 200,000 positions).
    private var workRefusal: String? {
        guard let shape = outputShape else { return nil }
        let outputs = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
        switch self {
        case let .kerasConv(spec, _, _, _): return LayerLimits.workRefusal(outputs: outputs, reads: spec.kernelSize * spec.channelsPerGroup)
        case let .kerasPool(spec, _): return LayerLimits.workRefusal(outputs: outputs, reads: spec.poolSize)
        case let .torchConv(conv, _, _, _): return LayerLimits.workRefusal(outputs: outputs, reads: conv.kernelSize * (conv.inChannels / max(conv.groups, 1)))
        case let .torchMaxPool(pool, _): return LayerLimits.workRefusal(outputs: outputs, reads: pool.kernelSize)
        case let .torchAvgPool(pool, _): return LayerLimits.workRefusal(outputs: outputs, reads: pool.kernelSize)
        default: return nil
        }
    }

    /// Runs the case. Layouts are the fixtures': channels_first and PyTorch outputs are `[C][L]`.
    func run() -> CaseResult {
        if let refusal = sizeRefusal { return .error(type: CaseResult.tooBigType, message: refusal) }
        switch self {
        case let .kerasConv(spec, input, kernel, bias):
            switch Conv1DLayer.make(spec: spec, input: input, kernel: kernel, bias: bias) {
            case .failure(let e): return CaseResult(e)
            case .success(let layer):
                let out = layer.forward()
                return .ok(output: NumberArray(spec.dataFormat == .channelsLast ? out : out.transposed()), paramCount: spec.paramCount)
            }
        case let .kerasPool(spec, input):
            return result(spec.apply(to: input).map { spec.dataFormat == .channelsLast ? $0 : $0.transposed() }, params: 0)
        case let .kerasGlobalPool(spec, input):
            switch spec.apply(to: input) {
            case .failure(let e): return CaseResult(e)
            case .success(let v): return .ok(output: NumberArray(shape: spec.outputShape(channels: v.count), values: v), paramCount: 0)
            }
        case let .torchConv(conv, input, weight, bias):
            return result(conv.forward(input: input, weight: weight, bias: bias), params: conv.paramCount)
        case let .torchMaxPool(pool, input):
            return result(pool.apply(to: input), params: 0)
        case let .torchAvgPool(pool, input):
            return result(pool.apply(to: input), params: 0)
        case let .sequential(stack, input):
            let run = ModelRun(stack, input: input)
            if let e = run.error {
                return .layerError(type: e.error.type, layer: e.index, message: e.error.message)
            }
            return .model(outputs: run.outputs.map { NumberArray(shape: $0.shape, values: $0.values) }, paramCount: run.paramCount)
        case .refused(let e):
            return CaseResult(e)
        }
    }

    private func result(_ r: Result<Matrix, LayerError>, params: Int) -> CaseResult {
        switch r {
        case .failure(let e): return CaseResult(e)
        case .success(let m): return .ok(output: NumberArray(m), paramCount: params)
        }
    }
}
