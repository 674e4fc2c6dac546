import ArgumentParser
import ConvViz
import CursesBackend
import Foundation

/// `convviz play FILE`: replays a demo script in the explorer, or headless into text frames and a cast.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Replay a demo script (*.convdemo) in the explorer, or headless.",
        discussion: """
        Interactive keys, besides every explorer key:
          Space            pause / resume the script (its clock and the animation stop)
          Tab or }         jump to the next section
          Backspace or {   back to the start of this section (twice: the one before)
          Enter            continue after a 'pause' line
          q, Esc, Ctrl-C   quit

        Headless, nothing waits in real time and the output is the same for the
        same file: text frames, each after a line '=== frame N t=SECONDS ===',
        to --frames (or to standard output when neither --frames nor --cast is
        given), and an asciicast v2 recording to --cast. Existing files are not
        replaced without --force. The format is described in docs/demo-format.md.

        Examples:
          convviz play demos/01-one-filter.convdemo
          convviz play demos/04-padding.convdemo --speed 2
          convviz play demos/04-padding.convdemo --headless --cast padding.cast
          convviz play demos/04-padding.convdemo --headless --size 80x24 --frames - | tail -30
        """
    )

    @Argument(help: "The demo script to play.") var file: String
    @Option(help: "Multiply the script's timing by this factor (2 is twice as fast), 0.1...100.") var speed: Double = 1
    @Flag(help: "Run with no terminal and no real waiting; write frames and/or a cast.") var headless = false
    @Option(help: "Headless screen size, COLSxROWS (default 100x30).") var size: String?
    @Option(help: "Headless: write text frames to PATH, or - for standard output.") var frames: String?
    @Option(help: "Headless: write an asciicast v2 recording to PATH.") var cast: String?
    @Flag(help: "Replace existing --frames or --cast files.") var force = false
    @Flag(help: "Draw with ASCII only.") var ascii = false

    func validate() throws {
        guard speed >= 0.1, speed <= 100 else { throw ValidationError("--speed \(speed) is out of range: use 0.1...100") }
        if !headless, size != nil || frames != nil || cast != nil {
            throw ValidationError("--size, --frames and --cast need --headless")
        }
        if let s = size, Self.parseSize(s) == nil {
            throw ValidationError("--size '\(Sanitize.line(s))' is not valid: use COLSxROWS from 60x18 to 1000x500, e.g. 100x30")
        }
    }

    static func parseSize(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
              (ScreenLayout.minWidth...1000).contains(w), (ScreenLayout.minHeight...500).contains(h) else { return nil }
        return (w, h)
    }

    func run() throws {
        let script = try Self.load(file)
        if headless { try runHeadless(script) } else { try runInteractive(script) }
    }

    /// Reads and parses a script; every parse error is printed as FILE:LINE:COL: message.
    static func load(_ file: String) throws -> DemoScript {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIExit(message: "\(Sanitize.line(file)): \(FileManager.default.fileExists(atPath: file) ? "cannot be read" : "no such file")")
        }
        do {
            return try DemoParser(file: file).parse(String(decoding: data, as: UTF8.self))
        } catch {
            writeStderr(error.errors.dropLast().map { "\($0)\n" }.joined())
            throw CLIExit(message: error.errors.last.map(\.description) ?? "")
        }
    }

    private func runHeadless(_ script: DemoScript) throws {
        let (w, h) = size.flatMap(Self.parseSize) ?? (100, 30)
        // Refuse before doing the work, and again (atomically) when writing.
        for path in [frames, cast].compactMap({ $0 }) where path != "-" && !force && SafeFile.exists(path) {
            throw CLIExit(message: "\(Sanitize.line(path)) already exists; use --force to replace it")
        }
        let playback = HeadlessPlayback(script: script, width: w, height: h, glyphs: ascii ? .ascii : .unicode, speed: speed)
        do throws(SafeFile.Failure) {
            if let cast { try SafeFile.write(CastWriter.cast(playback), to: cast, force: force) }
            if frames == "-" || (frames == nil && cast == nil) {
                FileHandle.standardOutput.write(Data(playback.framesText.utf8))
            } else if let frames {
                try SafeFile.write(playback.framesText, to: frames, force: force)
            }
        } catch {
            throw CLIExit(message: error.description)
        }
    }

    private func runInteractive(_ script: DemoScript) throws {
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal() } catch let e as CursesTerminal.Unusable {
            throw CLIExit(message: e.description)
        }
        defer { terminal.close() }
        let glyphs: Glyphs = terminal.utf8 && !ascii ? .unicode : .ascii
        let clock = ScriptClock(base: MonotonicClock(), rate: speed)
        let loop = EventLoop(backend: terminal, clock: clock, screen: Screen(glyphs: glyphs))
        loop.driver = DemoPlayer(script: script, clock: clock, headless: false)
        loop.run()
    }
}
