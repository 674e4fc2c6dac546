/// The order in which the trace visits (position, filter) pairs.
public enum StepOrder: String, CaseIterable, Sendable, Hashable {
    /// All filters at one position, then slide: the window moves every F steps.
    case positionMajor = "position"
    /// One filter across all positions, then the next filter: an output row fills left to right.
    case filterMajor = "filter"

    /// The other order.
    public var toggled: StepOrder { self == .positionMajor ? .filterMajor : .positionMajor }
}
