import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// End-to-end: record in a real terminal and replay headless; present a script and pause it.
@Suite(.serialized, .enabled(if: endToEndUnavailable == nil, "skipped: \(endToEndUnavailable ?? "")"))
struct DemoEndToEndTests {
    func headlessFinalFrame(_ file: String) throws -> String {
        let p = Process()
        p.executableURL = PackagePaths.binary
        p.arguments = ["play", file, "--headless", "--size", "100x30"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.lastIndex { $0.hasPrefix("=== frame ") })
        return lines[(start + 1)...].prefix(30).joined(separator: "\n")
    }

    @Test func recordedSessionReplaysToTheSameScreen() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-rec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("r.convdemo").path
        let t = try TmuxSession([TmuxSession.binary!, "record", file, "--length", "10", "--channels", "2", "--filters", "2", "--padding", "valid", "--activation", "linear"])
        try t.wait(for: "step 1/16")
        try t.keys("Right", "Right", "Right")
        usleep(300_000)
        try t.keys("K")
        usleep(200_000)
        try t.keys("p", "S", "Left")
        try t.wait(for: "strides=2")
        usleep(300_000)
        let live = try trimmed(t.screen())
        try t.keys("q")
        try t.wait(for: "[exited 0]")
        let script = try String(contentsOfFile: file, encoding: .utf8)
        #expect(script.contains("key Right x3"))
        // All but the status line, which says that a replay is a script.
        func panels(_ s: String) -> [Substring] { s.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2) }
        #expect(panels(try headlessFinalFrame(file)) == panels(live))
    }

    /// A recording ended by a signal (an SSH drop sends SIGHUP; kill sends SIGTERM) is saved as of the last key.
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func signalSavesTheRecording(_ sig: Int32) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-sig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("r.convdemo").path
        let t = try TmuxSession([TmuxSession.binary!, "record", file, "--length", "10", "--channels", "2", "--filters", "2", "--padding", "valid", "--activation", "linear"])
        try t.wait(for: "step 1/16")
        try t.keys("Right", "Right", "Right")
        try t.wait(for: "step 4/16")
        try t.keys("p", "S")
        try t.wait(for: "strides=2")
        usleep(300_000)
        let live = try trimmed(t.screen())
        try t.signal(sig)
        try t.wait(for: "[exited \(128 + sig)]")
        let script = try String(contentsOfFile: file, encoding: .utf8)
        #expect(script.contains("key Right x3"))
        #expect(script.contains("key S"))
        func panels(_ s: String) -> [Substring] { s.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2) }
        #expect(panels(try headlessFinalFrame(file)) == panels(live))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.convdemo"])
    }

    @Test func presenterPausesResumesAndQuits() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-play-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("p.convdemo").path
        try "title \"Pause test\"\nset length 200\nset speed 8\ncaption \"playing\"\nplay 1000\n".write(toFile: file, atomically: true, encoding: .utf8)
        let t = try TmuxSession([TmuxSession.binary!, "play", file])
        try t.wait(for: "playing")
        usleep(500_000)
        try t.keys("Space")
        try t.wait(for: "script paused")
        let paused = try step(t)
        usleep(800_000)
        #expect(try step(t) == paused, "the step counter stops while paused")
        try t.keys("Space")
        usleep(800_000)
        #expect(try step(t) > paused, "and runs again after Space")
        try t.keys("q")
        try t.wait(for: "[exited 0]")
        let flags = try t.terminalFlags()
        #expect(!flags.alternate && flags.cursor)
    }

    /// The screen's first 30 rows with trailing spaces trimmed, as headless frames are written.
    func trimmed(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(30)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// The step number on the status line.
    func step(_ t: TmuxSession) throws -> Int {
        let screen = try t.screen()
        let range = try #require(screen.range(of: #"step (\d+)/"#, options: .regularExpression))
        return Int(screen[range].dropFirst(5).dropLast()) ?? -1
    }
}
