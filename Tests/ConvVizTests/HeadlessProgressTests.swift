import Foundation
import Testing

/// A headless run that takes a while says where it is on a terminal, and clears the line when it ends.
@Suite(.serialized, .enabled(if: TmuxSession.binary != nil, "skipped: the convviz binary is not built"))
struct HeadlessProgressTests {
    /// Reseeding a ten-million-step layer a dozen times takes seconds: frames are counted as they go.
    static func slowScript() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-progress-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = dir.appendingPathComponent("slow.convdemo")
        let reseeds = (1...12).map { "set seed \($0)\nwait 0.1s\n" }.joined()
        try ("set length 10000000\nset channels 6\n" + reseeds).write(to: script, atomically: true, encoding: .utf8)
        return script
    }

    @Test func aSlowRunShowsItsProgressOnATerminalAndClearsIt() throws {
        let script = try Self.slowScript()
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        let out = script.deletingLastPathComponent().appendingPathComponent("frames.txt").path
        let t = try PtyTerminal([TmuxSession.binary!, "play", script.path, "--headless", "--frames", out], width: 100, height: 10)
        defer { t.stop() }
        t.waitForExit()
        let text = String(decoding: t.bytes(from: 0), as: UTF8.self)
        #expect(text.contains("slow.convdemo: frame ") && text.contains(" s into the script…"), "\(text.suffix(300))")
        #expect(text.hasSuffix("\r\u{1B}[K"), "the last progress line is cleared: \(text.suffix(80).debugDescription)")
        #expect(FileManager.default.fileExists(atPath: out))
    }

    /// Frames written to the terminal itself get no progress line among them.
    @Test func framesOnTheTerminalHaveNoProgressAmongThem() throws {
        let script = try Self.slowScript()
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        let t = try PtyTerminal([TmuxSession.binary!, "play", script.path, "--headless", "--size", "60x18"], width: 100, height: 10)
        defer { t.stop() }
        t.waitForExit()
        let text = String(decoding: t.bytes(from: 0), as: UTF8.self)
        #expect(text.contains("=== frame 1 ") && !text.contains("s into the script"), "\(text.prefix(300))")
    }

    /// A pipe or a log gets no progress lines: standard error stays empty on success.
    @Test func aSlowRunIsSilentOffATerminal() throws {
        let script = try Self.slowScript()
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        let r = try PackagePaths.run(["play", script.path, "--headless", "--frames", script.deletingLastPathComponent().appendingPathComponent("f.txt").path])
        #expect(r.status == 0 && r.err.isEmpty, "\(r.err)")
    }
}
