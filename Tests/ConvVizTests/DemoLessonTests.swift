import Foundation
import Testing
@testable import ConvViz

/// Every shipped lesson replays headless to its committed final frame, within 30 s – 3 min, as a valid cast.
@Suite struct DemoLessonTests {
    static let lessons = PackagePaths.lessons

    func playback(_ name: String) throws -> HeadlessPlayback {
        let text = try String(contentsOf: PackagePaths.demos.appendingPathComponent(name), encoding: .utf8)
        return HeadlessPlayback(script: try DemoParser(file: name).parse(text))
    }

    @Test func thereAreLessons() {
        #expect(Self.lessons.count >= 8)
    }

    @Test(arguments: lessons)
    func replaysToGoldenWithValidCast(_ name: String) throws {
        let p = try playback(name)
        assertGolden(p.finalFrame, named: "demo-" + name.replacingOccurrences(of: ".convdemo", with: ""))
        #expect((30...180).contains(p.duration), "\(name) lasts \(p.duration) s")
        #expect(!p.framesText.contains("\u{1B}"))
        try checkCast(p, halvesRepaints: true)
        // Far inside the work a headless run may do: the limit stops only scripts that would run away.
        #expect(p.workDone > 0 && p.workDone * 100 < DemoPlayer.scriptWorkLimit, "\(name) built \(p.workDone) values")
        #expect(!p.overWorked)
    }

    /// Plays `lines` under a work limit of `limit`, with a presenter's `keys`; the player and the frames drawn.
    func played(_ lines: [String], limit: Int, keys: [InputEvent] = []) throws -> (DemoPlayer, FakeTerminal) {
        let script = try DemoParser(file: "t").parse((lines + ["caption \"end\""]).joined(separator: "\n"))
        let manual = ManualClock(), clock = ScriptClock(base: manual)
        let player = DemoPlayer(script: script, clock: clock, headless: keys.isEmpty)
        player.workLimit = limit
        let term = FakeTerminal(events: keys, clock: manual)
        let loop = EventLoop(backend: term, clock: clock)
        loop.driver = player
        loop.run()
        return (player, term)
    }

    /// A script whose lines rebuild a layer again and again stops at the work limit instead of running for hours;
    /// a small layer's rebuild counts for 10,000 values, a key press that rebuilds nothing for 500.
    @Test func rebuildingWithoutEndStopsAtTheWorkLimit() throws {
        let (big, bigTerm) = try played(["set length 1000", "set channels 20"] + (0..<100).map { "set seed \($0)" }, limit: 500_000)
        #expect(big.overWorked && big.workDone > 500_000 && big.workDone <= 500_000 + 20_000 + 3 * 20 * 4, "\(big.workDone)")
        #expect(bigTerm.frames.allSatisfy { !$0.text.contains("end") }, "the script stopped before its last line")
        let (small, _) = try played((0..<100).map { "set seed \($0)" }, limit: 500_000)
        #expect(small.overWorked && small.workDone == 510_000, "\(small.workDone)")
        let (keys, _) = try played(Array(repeating: "key t x100", count: 20), limit: 500_000)
        #expect(keys.overWorked && keys.workDone == 550_000, "\(keys.workDone)")
        // Keys typed into the text editor build nothing but the text Enter applies.
        let (typed, _) = try played(["key e", "key K x100", "key Escape"], limit: 500_000)
        #expect(!typed.overWorked && typed.workDone <= 10_000 + 101 * 500, "\(typed.workDone)")
        // A presenter's section jumps replay earlier lines without counting them, and start the count afresh.
        let (jumped, _) = try played(["section \"a\""] + (0..<5).map { "set seed \($0)" } + ["section \"b\"", "wait 100s"], limit: 100_000,
                                     keys: Array(repeating: InputEvent.key(.char("{")), count: 50) + [.key(.char("q"))])
        #expect(!jumped.overWorked && jumped.workDone <= 50_000, "\(jumped.workDone)")
        // Lines that rebuild nothing cost nothing however big the layer.
        let (calm, calmTerm) = try played(["set length 1000", "set channels 20"] + (0..<100).map { $0 % 2 == 0 ? "set speed 4" : "set order position" }, limit: 50_000)
        #expect(!calm.overWorked && calmTerm.frames.last?.text.contains("end") == true)
    }

    /// The cast is valid asciicast v2 and its output, replayed on a screen model, ends on the final frame;
    /// a lesson's cast is at most half the size a repaint per frame would take.
    func checkCast(_ p: HeadlessPlayback, halvesRepaints: Bool = false) throws {
        let cast = CastWriter.cast(p)
        let rows = cast.split(separator: "\n").map(String.init)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(rows[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 100)
        #expect(header["height"] as? Int == 30)
        #expect(header["title"] as? String == p.title)
        var last = 0.0, markers: [String] = []
        var screen = CastScreen(width: 100, height: 30)
        for row in rows.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [Any])
            let t = try #require(event[0] as? Double), code = try #require(event[1] as? String), data = try #require(event[2] as? String)
            #expect(t >= last)
            last = t
            if code == "m" { markers.append(data) }
            if code == "o" {
                #expect(!CastScreen.withoutKnownSequences(data).contains("\u{1B}"), "only home, clear, cursor position and erase")
                screen.feed(data)
            }
        }
        #expect(markers == p.markers.map(\.label))
        #expect(!markers.isEmpty)
        // The recording lasts as long as the lesson, closing wait included.
        #expect(abs(last - p.duration) < 1e-6, "cast ends at \(last) s, the script at \(p.duration) s")
        #expect(screen.text == p.finalFrame)
        // Written as changes, the cast is at most half of what a full repaint per frame would take.
        let repaints = p.frames.map { CastWriter.event($0).utf8.count }.reduce(0, +)
        let diffs = p.frames.reduce(into: (CastStream(), 0)) { acc, f in acc.1 += acc.0.event(f).utf8.count }.1
        #expect(diffs <= repaints)
        if halvesRepaints { #expect(diffs * 2 <= repaints, "\(diffs) bytes of changes vs \(repaints) of repaints") }
    }

    /// After every event the replayed screen shows that frame, wide characters and shrinking rows included.
    @Test func everyFrameOfACastOfChangesShowsAsDrawn() throws {
        let script = try DemoParser(file: "wide").parse("""
            title "wide"
            embedding random:4
            text "猫 犬 the 鳥 cat 魚 dog"
            caption "宽字符 wide characters 🙂 here"
            play 10
            caption "short"
            play 5
            caption "再见 猫猫"
            wait 1s
            """)
        let p = HeadlessPlayback(script: script)
        var stream = CastStream(), screen = CastScreen(width: 100, height: 30)
        #expect(p.frames.count > 10)
        for f in p.frames {
            let row = try #require(try JSONSerialization.jsonObject(with: Data(stream.event(f).utf8)) as? [Any])
            screen.feed(try #require(row[2] as? String))
            #expect(screen.text == f.lines.joined(separator: "\n") + "\n", "frame at \(f.time)")
        }
    }

    @Test func sameFileSameBytes() throws {
        let a = try playback(Self.lessons[0]), b = try playback(Self.lessons[0])
        #expect(a.framesText == b.framesText)
        #expect(CastWriter.cast(a) == CastWriter.cast(b))
    }

    @Test func hostileCaptionIsInert() throws {
        let script = try DemoParser(file: "x").parse("title \"T\u{1B}[31m\"\ncaption \"red \u{1B}[31mtext\u{07} here\"\nwait 1s\nmarker \"\u{1B}]0;x\u{07}m\"")
        let p = HeadlessPlayback(script: script)
        #expect(p.finalFrame.contains("red text here"))
        #expect(!p.framesText.contains("\u{1B}") && !p.framesText.contains("\u{07}"))
        let cast = CastWriter.cast(p)
        #expect(!cast.contains("\u{1B}") && !cast.contains("\u{07}"), "raw control bytes never appear, only JSON escapes")
        #expect(!CastScreen.withoutKnownSequences(cast.replacingOccurrences(of: "\\u001b", with: "\u{1B}")).contains("\u{1B}"))
    }

    /// A fast `play` draws at most one frame per 1/30 s of playback, and the streamed output equals the kept one.
    @Test func fastPlayFramesAreCappedAndStreamedAlike() throws {
        let script = try DemoParser(file: "fast").parse("title \"F\"\nset length 20000\nset speed 16384\nsection \"s\"\nplay 20000\nmarker \"end\"\nwait 1s")
        let kept = HeadlessPlayback(script: script)
        let seconds = kept.duration
        #expect(kept.frames.count <= Int(seconds * 30) + 4, "\(kept.frames.count) frames in \(seconds) s")
        #expect(kept.frames.count == kept.frameCount)
        for (a, b) in zip(kept.frames, kept.frames.dropFirst()) {
            #expect(HeadlessRecorder.slot(a.time) < HeadlessRecorder.slot(b.time) || a.time == b.time)
        }
        var streamed = CastWriter.header(width: 100, height: 30, title: script.title)
        var frames = 0
        var stream = CastStream()
        let s = HeadlessPlayback(script: script, onFrame: { streamed += stream.event($0); frames += 1 },
                                 onMarker: { streamed += CastWriter.event($0) })
        streamed += CastWriter.end(at: s.duration)
        #expect(s.frames.isEmpty && s.frameCount == frames && frames == kept.frameCount)
        #expect(s.finalFrame == kept.finalFrame)
        #expect(streamed == CastWriter.cast(kept))
        try checkCast(kept)
    }

    /// A script that would run for days stops at an hour of script time instead of buffering frames.
    @Test func longPlayStopsAtTheTimeLimit() throws {
        let script = try DemoParser(file: "long").parse("set length 1000000\nset speed 0.25\nplay 1000000")
        let p = HeadlessPlayback(script: script, onFrame: { _ in })
        #expect(p.overran)
        #expect(p.duration <= DemoParser.maxDuration + 1)
        #expect(p.frameCount < 2000)
        #expect(!HeadlessPlayback(script: try DemoParser(file: "ok").parse("wait 2s")).overran)
    }
}

/// Just enough of a terminal to replay a cast's output: cursor home, clear screen, CR, LF and text.
struct CastScreen {
    let width: Int, height: Int
    var rows: [[Character]]
    var x = 0, y = 0
    /// The second cell of a wide character.
    static let continuation: Character = "\u{0}"

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        rows = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    /// `data` without the sequences a cast may hold: home, clear, cursor position, erase to end of line.
    static func withoutKnownSequences(_ data: String) -> String {
        data.replacingOccurrences(of: "\u{1B}\\[[0-9]+;[0-9]+H|\u{1B}\\[H|\u{1B}\\[2J|\u{1B}\\[K", with: "", options: .regularExpression)
    }

    mutating func feed(_ data: String) {
        var rest = Substring(data)
        while let c = rest.first {
            if rest.hasPrefix("\u{1B}[") {
                let body = rest.dropFirst(2)
                guard let end = body.firstIndex(where: { $0.isLetter }) else { return }
                let args = body[..<end].split(separator: ";").map { Int($0) ?? 1 }
                switch body[end] {
                case "H": (y, x) = args.count == 2 ? (args[0] - 1, args[1] - 1) : (0, 0)
                case "J": rows = Array(repeating: Array(repeating: " ", count: width), count: height)
                case "K": for i in max(x, 0)..<width { rows[y][i] = " " }
                default: break
                }
                rest = body[body.index(after: end)...]
                continue
            }
            rest = rest.dropFirst()
            switch c {
            case "\r": x = 0
            case "\n": y = min(y + 1, height - 1)
            case "\r\n": x = 0; y = min(y + 1, height - 1)
            default:
                let w = c.isASCII ? 1 : DisplayWidth.of(c)
                if x < width, y < height { rows[y][x] = c }
                if w == 2, x + 1 < width, y < height { rows[y][x + 1] = Self.continuation }
                x += w
            }
        }
    }

    /// The screen as text, trailing spaces trimmed on each row.
    var text: String {
        rows.map { String(String($0.filter { $0 != Self.continuation }).reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
    }
}
