/// Plays a script with no terminal and no real waiting: the same loop and session, on a manual clock.
///
/// A run stops once the script's own time passes `DemoParser.maxDuration` (`overran`).
/// Frames are kept in `frames` unless the playback streams them (`onFrame`), when
/// only the last one is kept.
public struct HeadlessPlayback {
    public let frames: [HeadlessRecorder.Frame]
    public let markers: [HeadlessRecorder.Marker]
    /// Playback seconds from the start to the end of the script.
    public let duration: Double
    public let title: String
    public let width: Int
    public let height: Int
    /// True when the script ran longer than `DemoParser.maxDuration` seconds of script time and was stopped.
    public let overran: Bool
    /// True when the run was stopped because it drew `HeadlessRecorder.cellBudget` cells (a huge size, a long run).
    public let overBudget: Bool
    /// True when the run was stopped because its lines built `DemoPlayer.scriptWorkLimit` values of layers.
    public let overWorked: Bool
    /// Input and weight values the script's lines built.
    public let workDone: Int
    /// How many frames were produced.
    public let frameCount: Int
    /// How many screens were rendered to produce them.
    public let drawCount: Int
    private let lastLines: [String]

    /// Runs `script` to its end at `width × height`; `speed` divides every time, as `--speed` does.
    ///
    /// With `onFrame` or `onMarker`, frames and markers are handed over as they are produced and not kept.
    /// With `keepsGrids`, each frame carries its grid (for `--svg`); `theme` colours it.
    public init(script: DemoScript, width: Int = 100, height: Int = 30, glyphs: Glyphs = .unicode, speed: Double = 1,
                theme: Theme = .dark, keepsGrids: Bool = false,
                onFrame: ((HeadlessRecorder.Frame) -> Void)? = nil, onMarker: ((HeadlessRecorder.Marker) -> Void)? = nil) {
        let recorder = HeadlessRecorder(width: width, height: height)
        recorder.keepsGrids = keepsGrids
        recorder.keepsFrames = onFrame == nil && onMarker == nil
        recorder.onFrame = onFrame
        recorder.onMarker = onMarker
        // An hour of playback whatever the speed: a slow --speed does not stretch the limit.
        recorder.timeLimit = DemoParser.maxDuration
        let clock = ScriptClock(base: recorder.clock, rate: speed)
        let player = DemoPlayer(script: script, clock: clock, headless: true)
        player.workLimit = DemoPlayer.scriptWorkLimit
        player.onMarker = { label, _ in recorder.mark(label) }
        var start = AppState()
        start.apply(.setTheme(theme))
        let loop = EventLoop(backend: recorder, clock: clock, screen: Screen(glyphs: glyphs), session: Session(state: start))
        loop.driver = player
        loop.run()
        recorder.finish()
        frames = recorder.frames
        markers = recorder.markers
        frameCount = recorder.frameCount
        drawCount = recorder.drawCount
        lastLines = recorder.lastFrame?.lines ?? []
        overran = recorder.overran
        overBudget = recorder.overBudget
        overWorked = player.overWorked
        workDone = player.workDone
        duration = recorder.clock.now()
        title = script.title
        self.width = width
        self.height = height
    }

    /// One frame as text, after a line `=== frame N t=SECONDS ===`.
    public static func frameText(_ f: HeadlessRecorder.Frame, number: Int) -> String {
        "=== frame \(number) t=\(seconds(f.time)) ===\n" + f.lines.joined(separator: "\n") + "\n"
    }

    /// The frames as text: each after a line `=== frame N t=SECONDS ===`.
    public var framesText: String {
        var out = ""
        for (i, f) in frames.enumerated() { out += Self.frameText(f, number: i + 1) }
        return out
    }

    /// The last screen as text, one line per row.
    public var finalFrame: String { lastLines.joined(separator: "\n") + "\n" }

    /// Seconds with three decimals, the same on every machine.
    static func seconds(_ t: Double) -> String {
        let ms = Int((t * 1000).rounded())
        let frac = String(ms % 1000)
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
    }
}
