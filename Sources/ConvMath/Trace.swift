/// The trace of a Conv1D layer: every multiply, step by step.
public typealias Trace = LayerTrace<Conv1DLayer>

/// Random access to every step of a layer, computed on demand.
///
/// Step `i` maps to (output position, channel) by `order`; nothing is stored per
/// step, so a trace over L = 10⁶ costs the same as one over L = 10.
public struct LayerTrace<Layer: SteppedLayer>: RandomAccessCollection, Sendable {
    public let layer: Layer
    public let order: StepOrder

    public init(layer: Layer, order: StepOrder = .positionMajor) {
        self.layer = layer
        self.order = order
    }

    public var startIndex: Int { 0 }
    /// `output_length × channels`.
    public var endIndex: Int { layer.outputLength * layer.outputChannels }

    public subscript(i: Int) -> Layer.StepType {
        let (j, f) = coordinates(of: i)
        return layer.step(index: i, position: j, channel: f)
    }

    /// The (output position, channel) that step `i` computes.
    public func coordinates(of i: Int) -> (position: Int, filter: Int) {
        switch order {
        case .positionMajor:
            let f = layer.outputChannels
            return (i / f, i % f)
        case .filterMajor:
            let n = layer.outputLength
            return (i % n, i / n)
        }
    }

    /// The step index that computes output `position` of channel `filter`.
    public func index(position: Int, filter: Int) -> Int {
        switch order {
        case .positionMajor: return position * layer.outputChannels + filter
        case .filterMajor: return filter * layer.outputLength + position
        }
    }
}
