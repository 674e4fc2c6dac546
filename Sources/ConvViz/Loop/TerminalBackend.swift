/// A terminal the event loop can draw on and read from: ncurses in the app, a fake in tests.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows a grid; the backend only sends what changed.
    func draw(_ grid: Grid)
    /// Waits up to `timeout` seconds (nil: until something happens) and returns the next event, if any.
    func nextEvent(timeout: Double?) -> InputEvent?
}

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
