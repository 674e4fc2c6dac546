import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real binary in a private tmux server, as a person at a terminal would.
final class DemoTmux {
    static let available: Bool = {
        let ok = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
            && PackagePaths.binaryAvailable
        if !ok { print("tmux tests skipped: tmux or the convviz binary is missing") }
        return ok
    }()

    let socket = "convviz-test-\(UUID().uuidString.prefix(8))"

    /// Starts `args` on the binary in a COLSxROWS pane; the pane keeps a shell after it exits, to check the terminal.
    init(_ args: [String], width: Int = 100, height: Int = 30) throws {
        let quoted = ([PackagePaths.binary.path] + args).map { "'\($0)'" }.joined(separator: " ")
        let command = "env TERM=xterm-256color LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no sh -c '\"$@\"; echo \"[exited $?]\"; exec sleep 3600' sh \(quoted)"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", command])
        try tmux(["set-option", "-t", "main", "window-size", "manual"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        // The server that new-session starts would inherit Foundation's pipes and keep waitUntilExit
        // from returning, so that one command goes through system(), which only waits for the client.
        guard args.contains("new-session") == false else {
            let line = (["tmux", "-L", socket] + args).map(Self.shellQuoted).joined(separator: " ")
            _ = system(line + " </dev/null >/dev/null 2>&1")
            return ""
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["tmux", "-L", socket] + args
        p.standardError = FileHandle.nullDevice
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func shellQuoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

    /// The screen, one line per row, trailing spaces trimmed.
    func screen() throws -> String {
        let text = try tmux(["capture-pane", "-t", "main", "-p"])
        return text.split(separator: "\n", omittingEmptySubsequences: false).prefix(30)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// Waits until the screen contains `text`, for at most `seconds`.
    func wait(for text: String, seconds: Double = 10) throws -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if try screen().contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    func value(_ format: String) throws -> String {
        try tmux(["display-message", "-t", "main", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// End-to-end: record in a real terminal and replay headless; present a script and pause it.
@Suite(.serialized, .enabled(if: DemoTmux.available, "tmux or the convviz binary is missing"))
struct DemoTmuxTests {
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
        let t = try DemoTmux(["record", file, "--length", "10", "--channels", "2", "--filters", "2"])
        #expect(try t.wait(for: "step 1/20"))
        try t.keys("Right", "Right", "Right")
        usleep(300_000)
        try t.keys("K")
        usleep(200_000)
        try t.keys("p", "S", "Left")
        #expect(try t.wait(for: "strides=2"))
        usleep(300_000)
        let live = try t.screen()
        try t.keys("q")
        #expect(try t.wait(for: "[exited 0]"))
        let script = try String(contentsOfFile: file, encoding: .utf8)
        #expect(script.contains("key Right x3"))
        #expect(try headlessFinalFrame(file) == live)
    }

    @Test func presenterPausesResumesAndQuits() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-play-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("p.convdemo").path
        try "title \"Pause test\"\nset length 200\nset speed 8\ncaption \"playing\"\nplay 1000\n".write(toFile: file, atomically: true, encoding: .utf8)
        let t = try DemoTmux(["play", file])
        #expect(try t.wait(for: "playing"))
        usleep(500_000)
        try t.keys("Space")
        #expect(try t.wait(for: "script paused"))
        let paused = try step(t)
        usleep(800_000)
        #expect(try step(t) == paused, "the step counter stops while paused")
        try t.keys("Space")
        usleep(800_000)
        #expect(try step(t) > paused, "and runs again after Space")
        try t.keys("q")
        #expect(try t.wait(for: "[exited 0]"))
        #expect(try t.value("#{alternate_on}") == "0")
        #expect(try t.value("#{cursor_flag}") == "1")
    }

    /// The step number on the status line.
    func step(_ t: DemoTmux) throws -> Int {
        let screen = try t.screen()
        let range = try #require(screen.range(of: #"step (\d+)/"#, options: .regularExpression))
        return Int(screen[range].dropFirst(5).dropLast()) ?? -1
    }
}
