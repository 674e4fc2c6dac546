import ConvViz
import CursesBackend

/// Opens the terminal, runs the event loop and always gives the terminal back.
enum ExplorerRunner {
    /// Runs the explorer from `state`; with `askingTheme`, its theme follows the background colour the terminal reports.
    static func run(state: AppState, askingTheme: Bool, forceASCII: Bool, observer: ((InputEvent, Double, Session) -> Void)?) throws {
        let terminal = try open(askingBackground: askingTheme)
        defer { terminal.close() }
        var state = state
        if let theme = terminal.backgroundTheme { state.apply(.setTheme(theme)) }
        let glyphs: Glyphs = terminal.utf8 && !forceASCII ? .unicode : .ascii
        let loop = EventLoop(backend: terminal, clock: MonotonicClock(), screen: Screen(glyphs: glyphs), session: Session(state: state))
        loop.observer = observer
        loop.savePicture = ScreenPicture.save
        loop.run()
    }

    /// The terminal, or the one-line reason it cannot be used.
    static func open(askingBackground: Bool) throws -> CursesTerminal {
        do { return try CursesTerminal(askingBackground: askingBackground) } catch let e as CursesTerminal.Unusable {
            throw CLIExit(message: e.description)
        }
    }
}
