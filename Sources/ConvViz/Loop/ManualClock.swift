/// A clock that moves only when told, so replays and tests are instant and deterministic.
public final class ManualClock: LoopClock {
    public var time: Double

    public init(time: Double = 0) { self.time = time }

    public func now() -> Double { time }

    /// Moves the clock forward by `seconds`.
    public func advance(by seconds: Double) { time += seconds }
}
