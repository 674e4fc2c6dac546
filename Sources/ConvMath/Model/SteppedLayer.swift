/// A layer whose outputs can be computed one cell at a time: the heart of the explorer.
///
/// Outputs are laid out as positions × channels. A layer whose Keras output is a
/// vector `(n,)` has `n` positions and one channel, so every tensor reads as a row
/// of positions on screen.
public protocol SteppedLayer: Sendable {
    /// What one step shows: the cells it reads and how it combines them.
    associatedtype StepType
    /// Output positions.
    var outputLength: Int { get }
    /// Output channels (filters, units, …).
    var outputChannels: Int { get }
    /// The step that computes output `position` of `channel`; `index` is its place in a trace.
    func step(index: Int, position: Int, channel: Int) -> StepType
}

extension Conv1DLayer: SteppedLayer {
    public var outputChannels: Int { spec.filters }

    public func step(index: Int, position: Int, channel: Int) -> Step {
        Step(layer: self, index: index, position: position, filter: channel)
    }
}
