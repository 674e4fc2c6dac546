/// A Keras `GlobalMaxPooling1D` or `GlobalAveragePooling1D` layer: one value per channel.
///
/// `keepdims` keeps a length-1 axis in the output shape; the values do not change.
public struct GlobalPoolSpec: Hashable, Sendable {
    public var kind: PoolKind
    public var keepdims: Bool
    public var dataFormat: DataFormat

    public init(kind: PoolKind, keepdims: Bool = false, dataFormat: DataFormat = .channelsLast) {
        self.kind = kind
        self.keepdims = keepdims
        self.dataFormat = dataFormat
    }

    /// The output shape without the batch axis: `[C]`, or `[1, C]` / `[C, 1]` with keepdims.
    public func outputShape(channels: Int) -> [Int] {
        guard keepdims else { return [channels] }
        return dataFormat == .channelsLast ? [1, channels] : [channels, 1]
    }

    /// Reduces `[length][channels]` over the length, or returns Keras's error.
    ///
    /// The average of an empty input is NaN in Keras too; the max has no identity and raises.
    public func apply(to input: Matrix) -> Result<[Float], LayerError> {
        if kind == .max && input.rows == 0 {
            return .failure(LayerError("Exception encountered when calling \(kind.kerasGlobalClassName).call(). zero-size array to reduction operation max which has no identity"))
        }
        let window = PoolWindow(length: input.rows, size: input.rows, strides: 1, padLeft: 0, outputLength: 1)
        return .success(window.reduce(input, kind: kind) { _ in input.rows }.values)
    }
}
