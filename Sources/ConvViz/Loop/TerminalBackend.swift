/// A terminal the event loop can draw on and read from: ncurses in the app, a fake in tests.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows a grid; the backend only sends what changed.
    func draw(_ grid: Grid)
    /// Shows the grid `render` makes; a backend that may never show it (a later draw replacing it)
    /// can skip the rendering.
    func draw(rendering render: @escaping () -> Grid)
    /// Waits up to `timeout` seconds (nil: until something happens) and returns the next event, if any.
    func nextEvent(timeout: Double?) -> InputEvent?
    /// Real seconds the program spent stopped (Ctrl-Z until fg) since last asked, and resets the count.
    func takeStoppedSeconds() -> Double
}

extension TerminalBackend {
    public func draw(rendering render: @escaping () -> Grid) { draw(render()) }
    /// A backend that cannot be stopped, or cannot tell, reports none.
    public func takeStoppedSeconds() -> Double { 0 }
}
