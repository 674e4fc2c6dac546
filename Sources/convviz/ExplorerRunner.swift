import ConvViz
import CursesBackend

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
        loop.savePicture = ScreenPicture.save
        loop.run()
    }
}
