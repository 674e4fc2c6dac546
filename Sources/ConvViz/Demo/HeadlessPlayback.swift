/// Plays a script with no terminal and no real waiting: the same loop and session, on a manual clock.
public struct HeadlessPlayback {
    public let frames: [HeadlessRecorder.Frame]
    public let markers: [HeadlessRecorder.Marker]
    /// Playback seconds from the start to the end of the script.
    public let duration: Double
    public let title: String
    public let width: Int
    public let height: Int

    /// Runs `script` to its end at `width × height`; `speed` divides every time, as `--speed` does.
    public init(script: DemoScript, width: Int = 100, height: Int = 30, glyphs: Glyphs = .unicode, speed: Double = 1) {
        let recorder = HeadlessRecorder(width: width, height: height)
        let clock = ScriptClock(base: recorder.clock, rate: speed)
        let player = DemoPlayer(script: script, clock: clock, headless: true)
        player.onMarker = { label, _ in recorder.mark(label) }
        let loop = EventLoop(backend: recorder, clock: clock, screen: Screen(glyphs: glyphs))
        loop.driver = player
        loop.run()
        frames = recorder.frames
        markers = recorder.markers
        duration = recorder.clock.now()
        title = script.title
        self.width = width
        self.height = height
    }

    /// The frames as text: each after a line `=== frame N t=SECONDS ===`.
    public var framesText: String {
        var out = ""
        for (i, f) in frames.enumerated() {
            out += "=== frame \(i + 1) t=\(Self.seconds(f.time)) ===\n"
            out += f.lines.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// The last screen as text, one line per row.
    public var finalFrame: String { (frames.last?.lines ?? []).joined(separator: "\n") + "\n" }

    /// Seconds with three decimals, the same on every machine.
    static func seconds(_ t: Double) -> String {
        let ms = Int((t * 1000).rounded())
        let frac = String(ms % 1000)
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
    }
}
