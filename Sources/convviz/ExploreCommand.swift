import ArgumentParser
import ConvViz
import CursesBackend

/// `convviz explore`: the interactive explorer (also what `convviz` alone opens).
struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer of a Conv1D layer (the default command).",
        discussion: """
        With no options it opens a teaching-ready layer: 12 positions x 3 channels,
        4 filters of kernel_size 3, 'same' padding, relu. Press Space to play,
        Right to step, ? for every key, q to quit.

        Examples:
          convviz
          convviz explore --length 8 --kernel-size 3 --strides 2 --padding causal
          convviz explore --length 500 --channels 128 --filters 32 --kernel-size 7
        """
    )

    @OptionGroup var layer: LayerOptions
    @Option(help: "Step order: filter (one filter slides along the whole input, then the next) or position (all filters at one position, then slide).") var order: String = "filter"
    @Option(help: "Playback speed in steps per second.") var speed: Double?
    @Flag(help: "Draw with ASCII only, even on a UTF-8 terminal.") var ascii = false

    func validate() throws {
        guard StepOrder(rawValue: order) != nil else {
            throw ValidationError("--order '\(order)' is not valid: use position or filter")
        }
        if let s = speed, !(s > 0 && s <= 16384) {
            throw ValidationError("--speed \(s) is out of range: use a number of steps per second in 0.25...16384")
        }
    }

    func run() throws {
        var state = try ExplorerSetup.state(from: layer, order: StepOrder(rawValue: order) ?? .filterMajor)
        if let s = speed { state.apply(.set(.speed(s))) }
        try ExplorerRunner.run(state: state, forceASCII: ascii, observer: nil)
    }
}

/// Opens the terminal, runs the event loop and always gives the terminal back.
enum ExplorerRunner {
    static func run(state: AppState, forceASCII: Bool, observer: ((InputEvent, Double, Session) -> Void)?) throws {
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal() } catch let e as CursesTerminal.Unusable {
            throw CLIExit(message: e.description)
        }
        defer { terminal.close() }
        let glyphs: Glyphs = terminal.utf8 && !forceASCII ? .unicode : .ascii
        let loop = EventLoop(backend: terminal, clock: MonotonicClock(), screen: Screen(glyphs: glyphs), session: Session(state: state))
        loop.observer = observer
        loop.run()
    }
}
