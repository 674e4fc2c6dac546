import ConvMath

/// The outcome of one case: the tensor computed, or the error raised instead.
public enum CaseResult: Equatable, Sendable {
    case ok(output: NumberArray, paramCount: Int)
    case error(type: String, message: String)
    /// Every layer's output of a sequential case.
    case model(outputs: [NumberArray], paramCount: Int)
    /// The layer of a sequential case that Keras could not build, counted from 0.
    case layerError(type: String, layer: Int, message: String)

    /// Kinds of error that are not the library's: the input was not JSON, or not a case.
    public static let parseErrorType = "ParseError"
    public static let invalidCaseType = "InvalidCase"
    /// A case whose layer or output is beyond the size policy (`LayerLimits`): refused before any work.
    public static let tooBigType = "TooBig"

    init(_ error: LayerError) { self = .error(type: error.type, message: error.message) }

    /// `{"ok": true, "output", "output_shape", "param_count"}` or `{"ok": false, "error": {"type", "message"}}`.
    public var json: JSONValue {
        switch self {
        case .ok(let output, let params):
            return .object([
                "ok": .bool(true),
                "output": Self.nested(output.values[...], shape: output.shape[...]),
                "output_shape": .array(output.shape.map(JSONValue.int)),
                "param_count": .int(params),
            ])
        case .error(let type, let message):
            return .object(["ok": .bool(false), "error": .object(["type": .string(type), "message": .string(message)])])
        case .model(let outputs, let params):
            return .object([
                "ok": .bool(true),
                "outputs": .array(outputs.map { Self.nested($0.values[...], shape: $0.shape[...]) }),
                "output_shapes": .array(outputs.map { .array($0.shape.map(JSONValue.int)) }),
                "param_count": .int(params),
            ])
        case .layerError(let type, let layer, let message):
            return .object(["ok": .bool(false), "error": .object(["type": .string(type), "layer": .int(layer), "message": .string(message)])])
        }
    }

    /// Nests row-major values by `shape`; a dimension of 0 gives `[]`.
    private static func nested(_ values: ArraySlice<Float>, shape: ArraySlice<Int>) -> JSONValue {
        guard let n = shape.first else { return .float(values.first ?? .nan) }
        let inner = shape.dropFirst()
        let size = inner.reduce(1, *)
        return .array((0..<n).map { i in
            let start = values.startIndex + i * size
            return nested(values[start..<start + size], shape: inner)
        })
    }
}

extension NumberArray {
    /// A 2-D array from a matrix.
    init(_ m: Matrix) { self.init(shape: [m.rows, m.columns], values: m.values) }
}
