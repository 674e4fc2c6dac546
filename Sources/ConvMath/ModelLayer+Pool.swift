extension ModelLayer {
    /// A windowed pool's kind and arguments; nil for any other layer.
    public var windowedPool: (kind: PoolKind, arguments: PoolArguments)? {
        switch self {
        case .maxPooling1D(let a): return (.max, a)
        case .averagePooling1D(let a): return (.average, a)
        default: return nil
        }
    }

    /// The windowed pool of `kind` with `arguments`: `MaxPooling1D` or `AveragePooling1D`.
    public static func windowedPool(_ kind: PoolKind, _ arguments: PoolArguments) -> ModelLayer {
        kind == .max ? .maxPooling1D(arguments) : .averagePooling1D(arguments)
    }
}
