/// A tensor shape as Keras prints it: the batch axis first, always `None`.
///
/// Sizes may be unknown (`None`) too, as with an Embedding given no input length,
/// so a stack can still be summarised the way Keras 2 did.
public struct LayerShape: Hashable, Sendable, CustomStringConvertible {
    /// The axes after the batch axis; nil is an unknown size.
    public var dims: [Int?]

    public init(_ dims: [Int?]) {
        self.dims = dims
    }

    /// Keras's `ndim`, which counts the batch axis.
    public var rank: Int { dims.count + 1 }

    /// The steps axis of a `(None, steps, channels)` tensor, when that is what this is.
    public var steps: Int? { dims.count == 2 ? dims[0] : nil }

    /// The last axis: channels or features.
    public var last: Int? { dims.last ?? nil }

    /// Python's tuple text: `(None, 494, 32)`, and `(None,)` for a lone batch axis.
    public var description: String {
        let parts = ["None"] + dims.map { $0.map(String.init) ?? "None" }
        return parts.count == 1 ? "(None,)" : "(" + parts.joined(separator: ", ") + ")"
    }

    /// The shape numpy prints in some Keras errors: `[None 3 32]`.
    public var numpyText: String {
        "[" + (["None"] + dims.map { $0.map(String.init) ?? "None" }).joined(separator: " ") + "]"
    }
}
