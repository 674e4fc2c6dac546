/// A terminal with no terminal: it keeps every distinct screen drawn as a frame, and waits by moving a manual clock.
///
/// Frames are kept as plain text (trailing spaces trimmed), each with the time it
/// was drawn; a redraw that shows the same text as the previous frame is not a frame.
public final class HeadlessRecorder: TerminalBackend {
    /// One screen and when it appeared, in seconds of playback.
    public struct Frame: Equatable, Sendable {
        public let time: Double
        public let lines: [String]
    }

    /// A named point in the playback: a section or a marker.
    public struct Marker: Equatable, Sendable {
        public let time: Double
        public let label: String
    }

    public let size: (width: Int, height: Int)
    public let clock: ManualClock
    public private(set) var frames: [Frame] = []
    public private(set) var markers: [Marker] = []
    /// Guards against a script or session that would never let the loop finish.
    private var waitsLeft = 50_000_000

    public init(width: Int, height: Int, clock: ManualClock = ManualClock()) {
        size = (width, height)
        self.clock = clock
    }

    public func draw(_ grid: Grid) {
        let lines = grid.lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
        if frames.last?.lines == lines { return }
        frames.append(Frame(time: clock.now(), lines: lines))
    }

    public func nextEvent(timeout: Double?) -> InputEvent? {
        waitsLeft -= 1
        // Headless nothing ever types, so waiting with no deadline would be forever.
        guard let timeout, waitsLeft > 0 else { return .hangup }
        clock.advance(by: timeout)
        return nil
    }

    /// Records a marker at the current playback time.
    public func mark(_ label: String) {
        markers.append(Marker(time: clock.now(), label: label))
    }
}
