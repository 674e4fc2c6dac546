/// A layer of a stack that Keras would refuse, with where it stands.
public struct StackError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The layer's place in the description, from 0.
    public var index: Int
    public var name: String
    public var className: String
    public var error: LayerError

    public init(index: Int, name: String, className: String, error: LayerError) {
        self.index = index
        self.name = name
        self.className = className
        self.error = error
    }

    /// `layer 3 conv1d_1 (Conv1D): ValueError: …`, counting layers from 1 as people do.
    public var description: String { "layer \(index + 1) \(name) (\(className)): \(error)" }
}
