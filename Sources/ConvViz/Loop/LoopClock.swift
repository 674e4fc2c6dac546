/// A source of "now" in seconds; the real loop uses a monotonic clock, tests a manual one.
public protocol LoopClock: AnyObject {
    func now() -> Double
    /// How many real seconds a backend must wait for `seconds` of this clock to pass.
    func realSeconds(_ seconds: Double) -> Double
    /// Leaves out `seconds` of real time the program could not run (stopped by Ctrl-Z or SIGSTOP),
    /// so that nothing timed (play, a script's waits) jumps ahead when it runs again.
    func discount(realSeconds seconds: Double)
}

extension LoopClock {
    /// Clocks that run at real speed need no conversion; a script clock at `--speed X` divides.
    public func realSeconds(_ seconds: Double) -> Double { seconds }
    /// A clock that only moves when told (tests, replays) has no stops to leave out.
    public func discount(realSeconds seconds: Double) {}
}
