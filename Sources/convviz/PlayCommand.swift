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
          }                jump to the next section (Tab is the next layer of a model)
          Backspace or {   back to the start of this section (twice: the one before)
          Enter or Space   continue after a 'pause' line
          q, Esc, Ctrl-C   quit

        Headless, nothing waits in real time and the output is the same for the
        same file: text frames, each after a line '=== frame N t=SECONDS ===',
        to --frames (or to standard output when none of --frames, --cast and
        --svg is given), an asciicast v2 recording to --cast, and one SVG per
        frame to --svg. Existing files are not replaced without --force. The
        format is described in docs/demo-format.md.

        Examples:
          convviz play demos/01-one-filter.convdemo
          convviz play demos/04-padding.convdemo --speed 2
          convviz play demos/04-padding.convdemo --headless --cast padding.cast
          convviz play demos/04-padding.convdemo --headless --size 80x24 | tail -25
        """
    )

    @Argument(help: "The demo script to play.") var file: String
    @Option(parsing: .unconditional, help: "Multiply the script's timing by this factor (2 is twice as fast), 0.1...100.",
            transform: ViewOptions.number(in: "a factor in 0.1...100")) var speed: Double = 1
    @Flag(help: "Run with no terminal and no real waiting; write frames and/or a cast.") var headless = false
    @Option(parsing: .unconditional, help: "Headless screen size, COLSxROWS from 60x18 to 1000x500 (default 100x30).") var size: String?
    @Option(help: "Headless: write text frames to PATH, or - for standard output.") var frames: String?
    @Option(help: "Headless: write an asciicast v2 recording to PATH, or - for standard output.") var cast: String?
    @Flag(help: "Replace existing --frames, --cast or --svg output.") var force = false
    @Flag(help: "Draw with ASCII only.") var ascii = false
    @Option(help: "Headless: write every frame as an SVG image (frame-0001.svg, …) into the folder DIR, for slides.") var svg: String?
    @Option(help: "Colours: dark, light or contrast (default: the terminal's COLORFGBG hint, else its reported background colour, else dark).") var theme: Theme?

    func validate() throws {
        guard speed >= 0.1, speed <= 100 else { throw ValidationError("--speed \(speed) is out of range: use 0.1...100") }
        if !headless, size != nil || frames != nil || cast != nil || svg != nil {
            throw ValidationError("--size, --frames, --cast and --svg need --headless")
        }
        if let s = size, Self.parseSize(s) == nil {
            throw ValidationError("--size '\(Sanitize.visible(s))' is not valid: use COLSxROWS from 60x18 to 1000x500, e.g. 100x30")
        }
    }

    static func parseSize(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
              (ScreenLayout.minWidth...1000).contains(w), (ScreenLayout.minHeight...500).contains(h) else { return nil }
        return (w, h)
    }

    func run() throws {
        let (script, reads) = try Self.load(file)
        if headless { try runHeadless(script, reads: reads) } else { try runInteractive(script) }
    }

    /// Paths of the model and word-vector files a script's lines read, so no output replaces one.
    private final class FilesRead { var paths: [String] = [] }

    /// Reads and parses a script, with the files its lines read; every parse error is printed as FILE:LINE:COL: message.
    static func load(_ file: String) throws -> (DemoScript, reads: [String]) {
        // The explorer reads keys from standard input, so a script never comes from there: "-" is a file's name.
        if file == "-", !FileManager.default.fileExists(atPath: "-") {
            throw CLIExit(message: "play reads its script from a file, not standard input; save it first (e.g. as lesson.convdemo)")
        }
        let data = try BoundedFile.input(file == "-" ? "./-" : file, maxBytes: BoundedFile.maxScriptBytes)
        if let refusal = TextEncoding.refusal([UInt8](data)) { throw CLIExit(message: "\(Sanitize.line(file)):\(refusal)") }
        do {
            let folder = (file as NSString).deletingLastPathComponent
            let dir = folder.isEmpty ? nil : folder
            let reads = FilesRead()
            func resolved(_ value: String) -> String { dir.map { value.hasPrefix("/") ? value : ($0 as NSString).appendingPathComponent(value) } ?? value }
            let parser = DemoParser(file: file, loadModel: { reads.paths.append(resolved($0)); return ModelFile.load($0, relativeTo: dir) },
                                    loadEmbedding: { reads.paths.append(resolved($0)); return EmbeddingLoader.load($0, relativeTo: dir) })
            return (try parser.parse(String(decoding: data, as: UTF8.self)), reads.paths)
        } catch {
            let lines = error.lines()
            // Every line carries the prefix, as a single error's does.
            writeStderr(lines.dropLast().map { "convviz: \(Sanitize.errorLine($0))\n" }.joined())
            throw CLIExit(message: lines.last ?? "")
        }
    }

    private func runHeadless(_ script: DemoScript, reads: [String]) throws {
        let (w, h) = size.flatMap(Self.parseSize) ?? (100, 30)
        let outputs = [frames, cast].compactMap { $0 }.filter { $0 != "-" }
        // Nothing is written anywhere unless every output is a distinct file that is not the script.
        if let frames, let cast, frames != "-", SafeFile.sameFile(frames, cast) {
            throw CLIExit(message: "--frames and --cast name the same file \(Sanitize.line(cast)); give two different paths")
        }
        for path in outputs where SafeFile.sameFile(path, file) {
            throw CLIExit(message: "\(Sanitize.line(path)) is the script being played; write the output somewhere else")
        }
        // A file the script reads (a `model` or `embedding` line's) is never replaced, even with --force.
        for path in outputs {
            for read in reads where SafeFile.exists(read) && SafeFile.sameFile(path, read) {
                throw CLIExit(message: "\(Sanitize.line(path)) is a file the script reads; write the output somewhere else")
            }
        }
        if frames == "-" && cast == "-" {
            throw CLIExit(message: "--frames - and --cast - both name standard output; send one of them to a file")
        }
        // Refuse before doing the work, and again (atomically) when writing.
        for path in outputs {
            if let refusal = SafeFile.refusal(path) { throw CLIExit(message: refusal) }
        }
        for path in outputs where !force && SafeFile.exists(path) {
            throw CLIExit(message: "\(Sanitize.line(path)) already exists; use --force to replace it")
        }
        for path in outputs where !SafeFile.exists(path) {
            if let refusal = SafeFile.creationRefusal(path) { throw CLIExit(message: refusal) }
        }
        // The SVG folder's frame-NNNN.svg files would collide with a --frames or --cast file inside it.
        if let svg {
            // Many files cannot go to standard output: "-" would silently become a folder named "-".
            if svg == "-" { throw CLIExit(message: "--svg writes one file per frame, so it needs a folder, not - (standard output)") }
            for path in outputs where SafeFile.sameFile(path, svg) {
                throw CLIExit(message: "--svg and \(path == frames ? "--frames" : "--cast") name the same path \(Sanitize.line(svg)); give two different paths")
            }
            for path in outputs where SafeFile.sameFile(SafeFile.directory(of: path), svg) {
                throw CLIExit(message: "\(Sanitize.line(path)) is inside the --svg folder \(Sanitize.line(svg)); write it somewhere else")
            }
            // --force replaces the folder's frame-NNNN.svg files: the script and the files it reads are never one.
            for path in [file] + reads where SafeFile.exists(path) && SafeFile.sameFile(SafeFile.directory(of: path), svg)
                && ((path as NSString).lastPathComponent.hasPrefix("frame-") && path.hasSuffix(".svg")) {
                throw CLIExit(message: "\(Sanitize.line(path)) is inside the --svg folder \(Sanitize.line(svg)), which --force may replace; write the frames to another folder")
            }
        }
        // Frames and cast events are streamed to temporary files as they are produced, and moved into place at the end.
        var writers: [SafeFile.Writer] = []
        var overran = false
        // Why the run was cut short; nothing is written then.
        var stopped: String?
        var pictures: SVGFolder?
        do throws(SafeFile.Failure) {
            SafeFile.cleanUpOnSignals()
            let castOut = try cast.flatMap { path throws(SafeFile.Failure) in path == "-" ? nil : try SafeFile.Writer(path: path) }
            if let castOut { writers.append(castOut) }
            let castToStdout = cast == "-"
            let toStdout = frames == "-" || (frames == nil && cast == nil && svg == nil)
            pictures = try svg.map { dir throws(SafeFile.Failure) in try SVGFolder(path: dir, force: force) }
            let framesOut = try frames.flatMap { path throws(SafeFile.Failure) in path == "-" ? nil : try SafeFile.Writer(path: path) }
            if let framesOut { writers.append(framesOut) }
            let stdout = StdoutText()
            // A cast goes to its file, or to standard output with --cast -.
            func castWrite(_ text: String) { if castToStdout { stdout.write(text) } else { castOut?.write(text) } }
            castWrite(CastWriter.header(width: w, height: h, title: script.title))
            var n = 0
            var castStream = CastStream()
            let progress = HeadlessProgress(file: file, framesToTerminal: (toStdout || castToStdout) && isatty(1) != 0)
            defer { progress.finish() }
            let playback = HeadlessPlayback(
                script: script, width: w, height: h, glyphs: ascii ? .ascii : .unicode, speed: speed,
                theme: ThemeChoice.resolve(theme), keepsGrids: pictures != nil,
                onFrame: { f in
                    n += 1
                    progress.frame(n, time: f.time)
                    if let grid = f.grid { pictures?.write(grid, number: n) }
                    castWrite(castStream.event(f))
                    if toStdout || framesOut != nil {
                        let text = HeadlessPlayback.frameText(f, number: n)
                        if toStdout { stdout.write(text) } else { framesOut?.write(text) }
                    }
                },
                onMarker: { m in castWrite(CastWriter.event(m)) })
            castWrite(CastWriter.end(at: playback.duration))
            stdout.flush()
            overran = playback.overran
            if playback.overBudget {
                let frames = HeadlessRecorder.cellBudget / (w * h)
                stopped = "stopped after drawing \(HeadlessRecorder.cellBudget / 1_000_000) million cells (about \(frames) frames at \(w)x\(h)); use a smaller --size"
            }
            if playback.overWorked {
                stopped = Self.overWorkedMessage
            }
            if overran { stopped = "stopped after \(Int(DemoParser.maxDuration)) s of playback; a headless run lasts at most an hour (at --speed \(speed))" }
            if let failure = stdout.failure { stopped = failure.message }
            if let failure = pictures?.failure { throw failure }
            if stopped == nil {
                for w in writers { try w.commit(force: force) }
                try pictures?.commit()
            }
        } catch {
            writers.forEach { $0.abort() }
            pictures?.discard()
            throw CLIExit(message: error.description)
        }
        if let stopped {
            writers.forEach { $0.abort() }
            pictures?.discard()
            throw CLIExit(message: "\(Sanitize.line(file)): \(stopped)")
        }
    }

    private func runInteractive(_ script: DemoScript) throws {
        let terminal = try ExplorerRunner.open(askingBackground: ThemeChoice.asksTerminal(theme))
        defer { terminal.close() }
        let glyphs: Glyphs = terminal.utf8 && !ascii ? .unicode : .ascii
        let clock = ScriptClock(base: MonotonicClock(), rate: speed)
        var start = AppState()
        start.apply(.setTheme(terminal.backgroundTheme ?? ThemeChoice.resolve(theme)))
        let loop = EventLoop(backend: terminal, clock: clock, screen: Screen(glyphs: glyphs, extraKeys: DemoPlayer.presenterKeys),
                             session: Session(state: start))
        loop.savePicture = ScreenPicture.save
        let player = DemoPlayer(script: script, clock: clock, headless: false)
        // Live too, a script that rebuilds a huge layer without end stops, rather than leave a blank screen for minutes.
        player.workLimit = DemoPlayer.scriptWorkLimit
        loop.driver = player
        loop.run()
        terminal.close()
        if player.overWorked { throw CLIExit(message: "\(Sanitize.line(file)): \(Self.overWorkedMessage)") }
    }

    /// Why a run that built too much stopped.
    static let overWorkedMessage = "stopped: its lines would take too long to run (a billion layer values built); each line that changes the layer rebuilds it, so use fewer of them, or a smaller layer"
}

/// Standard output written in blocks, so streamed frames cost few system calls; the first failed
/// write is kept (and nothing more is written) for the run to report once it ends.
private final class StdoutText {
    private var buffer = ""
    private(set) var failure: CLIExit?

    func write(_ text: String) {
        guard failure == nil else { return }
        buffer += text
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard failure == nil else { return }
        do { try StandardOutput.write(buffer) } catch { failure = error }
        buffer = ""
    }
}
