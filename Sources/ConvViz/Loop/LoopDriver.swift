/// A source of actions consulted by the event loop on every iteration: a demo script being played.
///
/// It is one more event source beside the terminal and the timer, so a script
/// drives the same `Session` as a person, through the same loop.
public protocol LoopDriver: AnyObject {
    /// Runs the next command due at `time`, if any, and returns true; false when nothing is due.
    func advance(_ session: inout Session, at time: Double) -> Bool
    /// When the driver next needs to run, or nil when it waits for input or the session's animation.
    func nextDeadline(after time: Double) -> Double?
    /// Takes a terminal event meant for the driver (the presenter's keys); false passes it to the session.
    func intercept(_ event: InputEvent, session: inout Session, at time: Double) -> Bool
}
