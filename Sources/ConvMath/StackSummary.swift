/// A stack's rows and totals: what `model.summary()` prints.
public struct StackSummary: Hashable, Sendable {
    /// The model's input shape, before the first row.
    public var input: LayerShape
    public var rows: [StackRow]

    public init(input: LayerShape, rows: [StackRow]) {
        self.input = input
        self.rows = rows
    }

    public var totalParams: Int { rows.reduce(0) { $0 + $1.params } }

    public var trainableParams: Int { rows.reduce(0) { $0 + ($1.trainable ? $1.params : 0) } }

    public var nonTrainableParams: Int { totalParams - trainableParams }

    /// Bytes of float32 weights, the size Keras prints next to each total.
    public static func bytes(params: Int) -> Int { params * 4 }
}
