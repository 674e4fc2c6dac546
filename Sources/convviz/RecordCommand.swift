import ArgumentParser
import ConvViz
import CursesBackend
import Foundation

/// `convviz record FILE`: the explorer, saving what the user does as a demo script.
struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Open the explorer and save what you do as a demo script (*.convdemo).",
        discussion: """
        The script starts with 'set' lines for the starting layer, then one 'key'
        line per key press (quick repeats become 'key Right x3'), with 'wait'
        lines for the time between them: rounded to 0.1 s, and at most 3 s while
        nothing plays. Clicks become 'goto' and 'select' lines. It is written
        when you quit, or when a signal (SIGTERM, SIGHUP, SIGINT, ...) ends it (as of
        the last event), to a temporary file that then replaces FILE, so an
        interrupted recording never leaves a half-written file. An existing FILE
        is kept unless --force is given. Replay it with 'convviz play FILE'.

        So that the script replays on any machine, --input and --kernel take
        presets only, and --embedding takes tiny or random:D (not a file).

        Examples:
          convviz record lesson.convdemo
          convviz record strides.convdemo --length 9 --kernel-size 2 --strides 3
        """
    )

    @Argument(help: "The script to write.") var file: String
    @OptionGroup var layer: LayerOptions
    @OptionGroup var words: TextOptions
    @OptionGroup var view: ViewOptions
    @Flag(help: "Replace FILE if it exists.") var force = false

    func run() throws {
        // "-" reads as standard output, where the explorer itself draws: a file named "-" would surprise.
        if file == "-" { throw CLIExit(message: "record writes its script to a file, not to standard output (the explorer draws there); give a name such as lesson.convdemo") }
        if let refusal = SafeFile.refusal(file) { throw CLIExit(message: refusal) }
        // Even --force never writes the script over the model file it explores: the script would then name itself.
        if let model = view.model, ExplorerModel.builtin(model) == nil, SafeFile.sameFile(file, model) {
            throw CLIExit(message: "\(Sanitize.line(file)) is the --model file; record to another file")
        }
        if !force && SafeFile.exists(file) {
            throw CLIExit(message: "\(Sanitize.line(file)) already exists; use --force to replace it")
        }
        // Found now, not after a session the user cannot get back.
        if let refusal = SafeFile.creationRefusal(file) { throw CLIExit(message: refusal) }
        var state = try view.state(for: layer, text: words)
        let replayable: Bool
        switch state.inputSource {
        case .preset: replayable = true
        case .words(let t): replayable = t.embedding.isBuiltin
        case .table: replayable = false
        }
        guard replayable, case .preset = state.kernelSource else {
            throw CLIExit(message: "record supports preset --input and --kernel values and the tiny and random:D embeddings only, so that the script replays anywhere")
        }
        let clock = MonotonicClock()
        let recorder = DemoRecorder(initial: Session(state: state), at: clock.now())
        state.apply(.markRecording)
        // SIGTERM, SIGHUP (a dropped SSH session) or SIGINT saves the script as of the last event.
        LastWords.arm(path: file, temp: SafeFile.tempPath(for: file, tag: "interrupted"), replace: force)
        LastWords.update(Array(recorder.script.utf8))
        defer { LastWords.disarm() }
        try ExplorerRunner.run(state: state, askingTheme: ThemeChoice.asksTerminal(view.theme), forceASCII: view.ascii) { event, time, session in
            recorder.observe(event, at: time, session: session)
            LastWords.update(Array(recorder.script.utf8))
        }
        LastWords.disarm()
        let script = recorder.finish(at: clock.now())
        do throws(SafeFile.Failure) {
            try SafeFile.write(script, to: file, force: force)
        } catch {
            // The file could not be written after all (the directory went away, the disk filled):
            // the recording goes to standard output rather than being lost.
            try StandardOutput.write(script)
            throw CLIExit(message: "\(error.description); the script was printed to standard output instead")
        }
    }
}
