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
        try checkCast(p)
    }

    /// The cast is valid asciicast v2 and its output, replayed on a screen model, ends on the final frame.
    func checkCast(_ p: HeadlessPlayback) throws {
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
                #expect(data.replacingOccurrences(of: "\u{1B}[H\u{1B}[2J", with: "").contains("\u{1B}") == false)
                screen.feed(data)
            }
        }
        #expect(markers == p.markers.map(\.label))
        #expect(!markers.isEmpty)
        // The recording lasts as long as the lesson, closing wait included.
        #expect(abs(last - p.duration) < 1e-6, "cast ends at \(last) s, the script at \(p.duration) s")
        #expect(screen.text == p.finalFrame)
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
        #expect(cast.replacingOccurrences(of: "\\u001b[H\\u001b[2J", with: "").contains("\\u001b") == false)
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
        let s = HeadlessPlayback(script: script, onFrame: { streamed += CastWriter.event($0); frames += 1 },
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

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        rows = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    mutating func feed(_ data: String) {
        var rest = Substring(data)
        while let c = rest.first {
            if rest.hasPrefix("\u{1B}[H") { x = 0; y = 0; rest = rest.dropFirst(3); continue }
            if rest.hasPrefix("\u{1B}[2J") { rows = Array(repeating: Array(repeating: " ", count: width), count: height); rest = rest.dropFirst(4); continue }
            rest = rest.dropFirst()
            switch c {
            case "\r": x = 0
            case "\n": y = min(y + 1, height - 1)
            case "\r\n": x = 0; y = min(y + 1, height - 1)
            default:
                if x < width, y < height { rows[y][x] = c }
                x += 1
            }
        }
    }

    /// The screen as text, trailing spaces trimmed on each row.
    var text: String {
        rows.map { String(String($0).reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
    }
}
