/// A source of "now" in seconds; the real loop uses a monotonic clock, tests a manual one.
public protocol LoopClock: AnyObject {
    func now() -> Double
    /// How many real seconds a backend must wait for `seconds` of this clock to pass.
    func realSeconds(_ seconds: Double) -> Double
}

extension LoopClock {
    /// Clocks that run at real speed need no conversion; a script clock at `--speed X` divides.
    public func realSeconds(_ seconds: Double) -> Double { seconds }
}
