/// The clock a script runs on: another clock sped up by `--speed`, and stopped while the presenter pauses.
///
/// Because both the script's waits and the session's animation read this clock,
/// pausing it stops both at once, and `--speed 2` makes both twice as fast.
public final class ScriptClock: LoopClock {
    public let base: any LoopClock
    /// Script seconds per real second.
    public let rate: Double
    /// Script time at `anchor`.
    private var origin: Double
    /// The base clock's reading when the script clock last started; nil while stopped.
    private var anchor: Double?

    public init(base: any LoopClock, rate: Double = 1) {
        self.base = base
        self.rate = rate
        origin = 0
        anchor = base.now()
    }

    public var isRunning: Bool { anchor != nil }

    public func now() -> Double {
        guard let a = anchor else { return origin }
        return origin + (base.now() - a) * rate
    }

    public func realSeconds(_ seconds: Double) -> Double { seconds / rate }

    public func discount(realSeconds seconds: Double) { base.discount(realSeconds: seconds) }

    /// Stops the clock where it is.
    public func stop() {
        origin = now()
        anchor = nil
    }

    /// Starts the clock again from where it stopped.
    public func start() {
        if anchor == nil { anchor = base.now() }
    }
}
