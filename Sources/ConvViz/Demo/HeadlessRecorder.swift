/// A terminal with no terminal: it turns the screens drawn into frames, and waits by moving a manual clock.
///
/// Frames are plain text (trailing spaces trimmed), each with the time it was drawn.
/// A redraw that shows the same text as the previous frame is not a frame, and, as on
/// a real terminal, at most one frame is kept per `frameInterval` of playback time (the
/// last one drawn in it), so a fast `play` cannot produce frames without bound. Frames
/// and markers go to `onFrame` and `onMarker` as soon as they are final (for streaming);
/// with `keepsFrames` they are also kept in `frames` and `markers`. Call `finish()` at
/// the end to emit the last frame.
public final class HeadlessRecorder: TerminalBackend {
    /// One screen and when it appeared, in seconds of playback.
    public struct Frame: Equatable, Sendable {
        public let time: Double
        public let lines: [String]
        /// The screen with its styles, kept only when the recorder `keepsGrids` (for SVG).
        public var grid: Grid? = nil
    }

    /// A named point in the playback: a section or a marker.
    public struct Marker: Equatable, Sendable {
        public let time: Double
        public let label: String
    }

    /// At most one frame per this many seconds of playback: 30 frames a second, what a cast player shows.
    public static let frameInterval = 1.0 / 30

    public let size: (width: Int, height: Int)
    public let clock: ManualClock
    public private(set) var frames: [Frame] = []
    public private(set) var markers: [Marker] = []
    public var keepsFrames = true
    /// Frames carry their grid (styles and all), for writers that need more than the text.
    public var keepsGrids = false
    public var onFrame: ((Frame) -> Void)?
    public var onMarker: ((Marker) -> Void)?
    /// The playback time past which the run stops (the loop gets a hangup); nil: no limit.
    public var timeLimit: Double?
    /// True when the run was stopped at `timeLimit`.
    public private(set) var overran = false
    /// Most cells a run may draw in all (frames × width × height), so a huge `--size` cannot take hours and gigabytes.
    public static let cellBudget = 400_000_000
    /// True when the run was stopped because it drew `cellBudget` cells.
    public private(set) var overBudget = false
    private var cellsDrawn = 0
    /// The last frame emitted, and how many were.
    public private(set) var lastFrame: Frame?
    public private(set) var frameCount = 0
    /// How many screens were rendered, frames or not: what a run costs.
    public private(set) var drawCount = 0
    /// The newest screen drawn, not yet emitted: a later draw in the same interval replaces it.
    private var pending: Frame?
    /// Guards against a script or session that would never let the loop finish.
    private var waitsLeft = 50_000_000

    public init(width: Int, height: Int, clock: ManualClock = ManualClock()) {
        size = (width, height)
        self.clock = clock
    }

    public func draw(_ grid: Grid) {
        flushUnrendered()
        accept(grid, at: clock.now())
    }

    /// Keeps the screen unrendered until its interval is over: a later draw in the same
    /// interval replaces it, and a screen no frame shows is never rendered.
    public func draw(rendering render: @escaping () -> Grid) {
        let now = clock.now()
        if let u = unrendered, Self.slot(u.time) != Self.slot(now) { flushUnrendered() }
        unrendered = (now, render)
    }

    /// The screen drawn last and not yet rendered.
    private var unrendered: (time: Double, render: () -> Grid)?

    private func flushUnrendered() {
        guard let u = unrendered else { return }
        unrendered = nil
        accept(u.render(), at: u.time)
    }

    private func accept(_ grid: Grid, at time: Double) {
        drawCount += 1
        cellsDrawn += grid.width * grid.height
        if cellsDrawn > Self.cellBudget { overBudget = true }
        let lines = grid.trimmedLines
        if (pending ?? lastFrame)?.lines == lines { return }
        let frame = Frame(time: time, lines: lines, grid: keepsGrids ? grid : nil)
        if let p = pending, Self.slot(p.time) != Self.slot(frame.time) { emit(p) }
        pending = frame
    }

    public func nextEvent(timeout: Double?) -> InputEvent? {
        waitsLeft -= 1
        // Headless nothing ever types, so waiting with no deadline would be forever.
        guard let timeout, waitsLeft > 0, !overBudget else { return .hangup }
        if let limit = timeLimit, clock.now() + timeout > limit + 1e-9 {
            overran = true
            return .hangup
        }
        clock.advance(by: timeout)
        return nil
    }

    /// Records a marker at the current playback time, after every frame drawn before it.
    public func mark(_ label: String) {
        flushUnrendered()
        let m = Marker(time: clock.now(), label: label)
        if let p = pending, p.time < m.time { emit(p); pending = nil }
        if keepsFrames { markers.append(m) }
        onMarker?(m)
    }

    /// Emits the frame still pending: call once the loop has ended.
    public func finish() {
        flushUnrendered()
        if let p = pending { emit(p) }
        pending = nil
    }

    private func emit(_ frame: Frame) {
        if lastFrame?.lines == frame.lines { return }
        lastFrame = frame
        frameCount += 1
        if keepsFrames { frames.append(frame) }
        onFrame?(frame)
    }

    /// The interval a time falls in.
    static func slot(_ t: Double) -> Int { Int((t / frameInterval + 1e-6).rounded(.down)) }
}
