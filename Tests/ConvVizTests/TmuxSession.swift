import Foundation
import Testing

/// Drives a program in a private tmux server, as a person at a terminal would.
///
/// The program runs under `sh` with a hold line, so after it exits the pane stays
/// alive and shows `[exited N]`, and tmux can still report whether the program left
/// the alternate screen and the cursor as it found them.
final class TmuxSession {
    static var available: Bool { TmuxSession.which("tmux") != nil }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built convviz binary, if `swift build` has made one.
    static var binary: String? {
        let path = packageRoot.appendingPathComponent(".build/debug/convviz").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    let socket: String

    init(_ arguments: [String], width: Int = 100, height: Int = 30, env: [String: String] = [:]) throws {
        socket = "convviz-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // A clean environment: `swift test` may set NO_COLOR and the like, which would change what we test.
        var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no",
                           "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSHomeDirectory()]
        environment.merge(env) { $1 }
        let envWords = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = arguments.map(Self.quote).joined(separator: " ")
        let shell = "env -i \(envWords) \(command); echo \"[exited $?]\"; exec sleep 600"
        // The server daemonizes from this call: it must not inherit a pipe we wait on.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", shell], capture: false)
        _ = try? tmux(["set-option", "-t", "main", "remain-on-exit", "on"])
        _ = try? tmux(["set-option", "-t", "main", "window-size", "manual"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Sends tmux key names (`Right`, `Space`, `q`, `C-c`).
    func keys(_ names: String...) throws { try tmux(["send-keys", "-t", "main"] + names) }

    /// Sends literal text, escape sequences included.
    /// Sends raw bytes in one write, as a terminal sends an escape sequence.
    func bytes(_ hex: String...) throws { try tmux(["send-keys", "-t", "main", "-H"] + hex) }
    /// Sends the UTF-8 bytes of `text` as they are, in one go.
    func bytes(contentsOf text: String) throws { try tmux(["send-keys", "-t", "main", "-H"] + text.utf8.map { String(format: "%02x", $0) }) }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    /// A left click at 0-based column x, row y, as an SGR mouse press and release.
    func click(x: Int, y: Int) throws {
        try type("\u{1b}[<0;\(x + 1);\(y + 1)M")
        try type("\u{1b}[<0;\(x + 1);\(y + 1)m")
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text.
    func screen() throws -> String { try tmux(["capture-pane", "-t", "main", "-p"]) }

    /// The screen with its colour and attribute escapes, as tmux re-encodes them.
    func styledScreen() throws -> String { try tmux(["capture-pane", "-t", "main", "-p", "-e"]) }

    /// Waits until the screen contains `text`; returns the screen, or records an issue after `seconds`.
    @discardableResult
    func wait(for text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let end = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < end {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \"\(text)\"; screen:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// tmux's view of the terminal: is the alternate screen on, is the cursor visible, is mouse reporting on.
    func terminalFlags() throws -> (alternate: Bool, cursor: Bool, mouse: Bool) {
        let out = try tmux(["display-message", "-t", "main", "-p", "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"])
        let f = out.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return (f[0] == "1", f[1] == "1", f[2] == "1")
    }

    /// The program's process id (the hold shell's child).
    func programPid() throws -> pid_t {
        let panePid = try tmux(["display-message", "-t", "main", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try Self.run("/usr/bin/pgrep", ["-P", panePid]).split(separator: "\n").first.map(String.init) ?? panePid
        return pid_t(child)!
    }

    /// Sends a signal to the program.
    func signal(_ sig: Int32) throws { kill(try programPid(), sig) }

    /// The program's resident memory in MB, from /proc.
    func residentMB() throws -> Double {
        let status = try String(contentsOfFile: "/proc/\(try programPid())/status", encoding: .utf8)
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Double(line.split(separator: " ")[1])! / 1024
    }

    /// CPU time (user + system) the program has used, in seconds, from /proc.
    func cpuSeconds() throws -> Double {
        let stat = try String(contentsOfFile: "/proc/\(try programPid())/stat", encoding: .utf8)
        // Fields after the command name, which is in parentheses and may hold spaces.
        let fields = stat[stat.range(of: ")")!.upperBound...].split(separator: " ")
        let ticks = Double(fields[11])! + Double(fields[12])!
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    @discardableResult
    func tmux(_ args: [String], capture: Bool = true) throws -> String {
        try Self.run(Self.which("tmux")!, ["-L", socket] + args, capture: capture)
    }

    /// Runs a program and returns its standard output.
    ///
    /// posix_spawn and waitpid rather than Foundation's Process: inside Swift Testing's
    /// concurrent tests on Linux, Process.waitUntilExit never saw the tmux client exit.
    static func run(_ path: String, _ args: [String], capture: Bool = true) throws -> String {
        var fds: [Int32] = [-1, -1]
        if capture { guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Test threads may block signals; the tmux server and the program must not inherit that mask.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        if capture { close(fds[1]) }
        guard rc == 0 else {
            if capture { close(fds[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT)
        }
        var output = [UInt8]()
        if capture {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n <= 0 { break }
                output += buffer[0..<n]
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// Why an end-to-end test cannot run here, or nil when it can.
var endToEndUnavailable: String? {
    if !TmuxSession.available { return "tmux is not installed (apt-get install tmux)" }
    if TmuxSession.binary == nil { return "the convviz binary is not built (swift build)" }
    return nil
}
