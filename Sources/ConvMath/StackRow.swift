/// One row of a model summary: a layer's name, class, output shape and parameters, and where they come from.
public struct StackRow: Hashable, Sendable {
    /// The layer's place in the stack description, from 0 (an Input entry counts).
    public var index: Int
    /// Keras's name: `conv1d`, `conv1d_1`, … unless the description names it.
    public var name: String
    public var className: String
    public var outcome: LayerOutcome
    public var trainable: Bool
    /// Model-input steps one output of this layer sees; nil for layers that keep each step apart.
    public var receptiveField: ReceptiveField?

    public init(index: Int, name: String, className: String, outcome: LayerOutcome, trainable: Bool, receptiveField: ReceptiveField?) {
        self.index = index
        self.name = name
        self.className = className
        self.outcome = outcome
        self.trainable = trainable
        self.receptiveField = receptiveField
    }

    /// `conv1d (Conv1D)`, the first column of Keras's table.
    public var title: String { "\(name) (\(className))" }

    public var outputShape: LayerShape { outcome.shape }

    public var params: Int { outcome.paramCount }
}
