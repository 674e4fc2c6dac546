/// Random access to every step of a Conv1D layer, computed on demand.
///
/// Step `i` maps to (output position, filter) by `order`; nothing is stored per
/// step, so a trace over L = 10⁶ costs the same as one over L = 10.
public struct Trace: RandomAccessCollection, Sendable {
    public let layer: Conv1DLayer
    public let order: StepOrder

    public init(layer: Conv1DLayer, order: StepOrder = .positionMajor) {
        self.layer = layer
        self.order = order
    }

    public var startIndex: Int { 0 }
    /// `output_length × filters`.
    public var endIndex: Int { layer.outputLength * layer.spec.filters }

    public subscript(i: Int) -> Step {
        let (j, f) = coordinates(of: i)
        return Step(layer: layer, index: i, position: j, filter: f)
    }

    /// The (output position, filter) that step `i` computes.
    public func coordinates(of i: Int) -> (position: Int, filter: Int) {
        switch order {
        case .positionMajor:
            let f = layer.spec.filters
            return (i / f, i % f)
        case .filterMajor:
            let n = layer.outputLength
            return (i % n, i / n)
        }
    }

    /// The step index that computes output `position` of `filter`.
    public func index(position: Int, filter: Int) -> Int {
        switch order {
        case .positionMajor: return position * layer.spec.filters + filter
        case .filterMajor: return filter * layer.outputLength + position
        }
    }
}
