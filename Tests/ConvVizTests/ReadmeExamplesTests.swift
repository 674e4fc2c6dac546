import Foundation
import Testing

/// Every `convviz` example in the README runs by name, as a reader who ran the install line would
/// type it: shown sessions (`$ convviz …`) print what the README shows, one-shot commands exit 0,
/// and commands that open the explorer draw it and quit on `q`.
@Suite(.enabled(if: PackagePaths.binaryAvailable, "the binary is missing: run swift build first"))
struct ReadmeExamplesTests {
    struct Session { let command: String; let shown: [String] }

    static let readme = (try? String(contentsOf: PackagePaths.demos.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// `$ convviz …` lines in plain code blocks, each with the output lines shown under it.
    static var sessions: [Session] {
        var out: [Session] = [], current: Session? = nil, inBlock = false, isShell = false
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if inBlock, let c = current { out.append(c) }
                current = nil
                inBlock.toggle()
                isShell = line == "```sh"
                continue
            }
            guard inBlock, !isShell else { continue }
            if line.hasPrefix("$ ") {
                if let c = current { out.append(c) }
                current = Session(command: String(line.dropFirst(2)), shown: [])
            } else if let c = current {
                current = Session(command: c.command, shown: c.shown + [line])
            }
        }
        // A blank line between two sessions in one block belongs to neither.
        out = out.map { s in Session(command: s.command, shown: Array(s.shown.reversed().drop { $0.isEmpty }.reversed())) }
        return out.filter { $0.command.hasPrefix("convviz ") || $0.command.contains("| convviz ") }
    }

    /// `convviz …` lines in sh blocks, without their trailing comments.
    static var commands: [String] {
        var out: [String] = [], isShell = false
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("```") { isShell = line == "```sh" && !isShell; continue }
            guard isShell, line.hasPrefix("convviz ") else { continue }
            out.append(line.components(separatedBy: "  #")[0].trimmingCharacters(in: .whitespaces))
        }
        return out
    }

    /// A scratch directory where `demos` and `examples` are the repository's, so examples that write files write here.
    static func workingDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let root = PackagePaths.demos.deletingLastPathComponent()
        for name in ["demos", "examples"] {
            try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent(name), withDestinationURL: root.appendingPathComponent(name))
        }
        return dir
    }

    /// Runs `command` in `sh` with convviz on the PATH; returns its exit status and its output (stderr after stdout).
    static func run(_ command: String, in dir: URL) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command + " 2>&1"]
        p.currentDirectoryURL = dir
        p.environment = ["PATH": PackagePaths.binary.deletingLastPathComponent().path + ":/usr/bin:/bin", "LANG": "C.UTF-8",
                         "HOME": dir.path, "SWIFT_BACKTRACE": "enable=no"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func shownSessionsPrintWhatTheReadmeShows() throws {
        let sessions = Self.sessions
        #expect(sessions.count >= 6, "\(sessions.map(\.command))")
        let dir = try Self.workingDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for s in sessions {
            let (_, output) = try Self.run(s.command, in: dir)
            let lines = output.components(separatedBy: "\n")
            // A shown output may end in "..." where the README cuts it short.
            let shown = s.shown.prefix { $0 != "..." }
            let mismatch = zip(lines.prefix(shown.count), shown).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(lines.count >= shown.count, "\(s.command): \(lines.count) lines, the README shows \(shown.count)")
            #expect(mismatch == nil, "\(s.command), line \(mismatch?.offset ?? 0): got '\(mismatch?.element.0 ?? "")', the README shows '\(mismatch?.element.1 ?? "")'")
        }
    }

    @Test func oneShotCommandsExitCleanly() throws {
        let oneShot = Self.commands.filter { $0.contains("--headless") || $0.hasPrefix("convviz explain") || $0.hasPrefix("convviz summary") }
        #expect(oneShot.count >= 3, "\(oneShot)")
        let dir = try Self.workingDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for command in oneShot {
            let (status, output) = try Self.run(command, in: dir)
            #expect(status == 0, "\(command)\n\(output)")
        }
    }

    @Test(.enabled(if: TmuxSession.available, "tmux is not installed"))
    func explorerCommandsOpenTheExplorerAndQuit() throws {
        let interactive = Self.commands.filter { !$0.contains("--headless") && ($0.hasPrefix("convviz explore") || $0.hasPrefix("convviz play")) }
        #expect(interactive.count >= 10, "\(interactive)")
        let dir = try Self.workingDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for command in interactive {
            let words = try #require(Self.words(command))
            let tmux = try TmuxSession(["sh", "-c", "cd \(TmuxSession.quote(dir.path)) && " + ([PackagePaths.binary.path] + words.dropFirst()).map(TmuxSession.quote).joined(separator: " ")])
            let screen = try tmux.wait(for: "q quit", seconds: 20)
            #expect(!screen.contains("convviz:"), "\(command) printed an error:\n\(screen)")
            try tmux.keys("q")
            try tmux.wait(for: "[exited 0]")
        }
    }

    /// A command line split as sh would split it (double quotes only, which is all the README uses).
    static func words(_ command: String) -> [String]? {
        var words: [String] = [], current = "", quoted = false, started = false
        for c in command {
            if c == "\"" { quoted.toggle(); started = true; continue }
            if c == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
                continue
            }
            current.append(c)
            started = true
        }
        if started { words.append(current) }
        return quoted ? nil : words
    }
}
