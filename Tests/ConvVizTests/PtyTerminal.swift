import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real binary on a pseudo-terminal whose reader we control: every byte it sends is counted, and
/// the reader can be as slow as a bad link. It answers status reports (DSR 5) as a terminal does, once
/// it has read everything before them.
final class PtyTerminal: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible { let description: String }

    let master: Int32
    let process: Process
    private let lock = NSLock()
    private var received: [UInt8] = []
    private var lastByteAt = Date()
    private var done = false
    private var bytesPerSecond: Double? = nil

    /// What the terminal answers when asked for its background colour (`rgb:ffff/ffff/ffff`), or nil for a terminal that does not say.
    private let background: String?

    /// Seconds between the two halves of the background answer: a slow link can split a reply.
    private let answerPause: Double

    init(_ arguments: [String], width: Int, height: Int, bytesPerSecond: Double? = nil,
         background: String? = nil, answerPause: Double = 0, environment: [String: String] = [:]) throws {
        self.background = background
        self.answerPause = answerPause
        // posix_openpt and friends are hidden from Swift on glibc; these are their Linux ioctls (TIOCSPTLCK, TIOCGPTN).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw Failure(description: "no pseudo-terminal")
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
            .merging(environment) { $1 }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        self.bytesPerSecond = bytesPerSecond
        try process.run()
        let thread = Thread { [self] in readLoop() }
        thread.start()
    }

    /// Reads the terminal (at `bytesPerSecond` when set) until the program ends or `stop` is called.
    private func readLoop() {
        let fd = master
        var buffer = [UInt8](repeating: 0, count: 65536)
        var tail: [UInt8] = []
        while true {
            let chunk = bytesPerSecond.map { max(Int($0 / 20), 1) } ?? buffer.count
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 100) <= 0 {
                if isDone { return }
                continue
            }
            let n = read(fd, &buffer, chunk)
            if n <= 0 { return }
            let bytes = Array(buffer[0..<n])
            append(bytes)
            // Answer each status request (and each background question, if this terminal knows it) once
            // it is read, in order, as a terminal answers once it has shown what came before.
            let question = Array("\u{1b}]11;?".utf8), status = Array("\u{1b}[5n".utf8)
            tail = Array((tail + bytes).suffix(n + question.count - 1))
            var i = 0
            while i < tail.count {
                if tail[i...].starts(with: status) {
                    _ = "\u{1b}[0n".withCString { write(fd, $0, 4) }
                    tail[i] = 0
                } else if let background, tail[i...].starts(with: question) {
                    let answer = Array("\u{1b}]11;\(background)\u{1b}\\".utf8), half = answer.count / 2
                    _ = answer[..<half].withUnsafeBytes { write(fd, $0.baseAddress, half) }
                    if answerPause > 0 { usleep(UInt32(answerPause * 1_000_000)) }
                    _ = answer[half...].withUnsafeBytes { write(fd, $0.baseAddress, answer.count - half) }
                    tail[i] = 0
                }
                i += 1
            }
            tail = Array(tail.suffix(question.count - 1))
            if bytesPerSecond != nil { usleep(50_000) }
        }
   }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    private var isDone: Bool { lock.withLock { done } }

    private func append(_ bytes: [UInt8]) {
        lock.withLock {
            received += bytes
            lastByteAt = Date()
        }
    }

    /// Bytes received so far.
    var count: Int { lock.withLock { received.count } }

    /// The received bytes from `offset` on.
    func bytes(from offset: Int) -> [UInt8] { lock.withLock { Array(received[min(offset, received.count)...]) } }

    /// Types text as keys.
    func send(_ text: String) {
        _ = text.withCString { write(master, $0, strlen($0)) }
    }

    /// Waits until nothing has arrived for `quiet` seconds (at most `limit`).
    func settle(quiet: Double = 0.3, limit: Double = 30) {
        let start = Date()
        while Date().timeIntervalSince(start) < limit {
            usleep(50_000)
            if lock.withLock({ Date().timeIntervalSince(lastByteAt) }) >= quiet { return }
        }
    }

    /// Gives the terminal a new size and tells the program, as a window manager's resize does.
    func resize(width: Int, height: Int) {
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(process.processIdentifier, SIGWINCH)
    }

    /// Waits for the program to end (at most `limit` seconds), then for its last bytes to arrive.
    func waitForExit(limit: Double = 120) {
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        settle(quiet: 0.3, limit: 5)
    }

    /// Seconds until `needle` appears in what arrives after `offset`, or nil within `limit`.
    func secondsUntil(_ needle: [UInt8], after offset: Int, limit: Double) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < limit {
            let tail = bytes(from: offset)
            if tail.count >= needle.count, (0...(tail.count - needle.count)).contains(where: { Array(tail[$0..<$0 + needle.count]) == needle }) {
                return Date().timeIntervalSince(start)
            }
            usleep(20_000)
        }
        return nil
    }

    /// Quits the program and stops reading.
    func stop() {
        send("q")
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        lock.withLock { done = true }
    }
}
