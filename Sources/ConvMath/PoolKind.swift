/// What a pool keeps of its window: the largest value or the mean.
public enum PoolKind: String, CaseIterable, Sendable, Hashable {
    case max, average

    /// Keras's class for the windowed pool; its errors start with this name.
    public var kerasClassName: String { self == .max ? "MaxPooling1D" : "AveragePooling1D" }

    /// Keras's class for the pool over the whole length.
    public var kerasGlobalClassName: String { self == .max ? "GlobalMaxPooling1D" : "GlobalAveragePooling1D" }
}
