/// Drives a session with a backend and a clock until the user quits: the one loop for real and test terminals.
///
/// When paused it blocks in `nextEvent(timeout: nil)`, so it uses no CPU;
/// when playing it sleeps exactly until the next step is due.
public final class EventLoop<Backend: TerminalBackend, Clock: LoopClock> {
    public let backend: Backend
    public let clock: Clock
    public let screen: Screen
    public var session: Session
    /// Called after every event with the session, e.g. to record what the user did.
    public var observer: ((InputEvent, Double, Session) -> Void)?
    /// A script consulted every iteration (`convviz play`); nil for the plain explorer.
    public var driver: (any LoopDriver)?
    /// Saves a picture of the screen (key P) and returns what to tell the user; nil: the key does nothing.
    public var savePicture: ((Grid) -> String)?

    public init(backend: Backend, clock: Clock, screen: Screen = Screen(), session: Session = Session()) {
        self.backend = backend
        self.clock = clock
        self.screen = screen
        self.session = session
    }

    /// Real seconds past a deadline beyond which the wait is taken to have been a stop.
    static var longestStall: Double { 1 }

    /// Draws the current state now.
    public func draw() {
        let size = backend.size, state = session.state, screen = screen
        backend.draw { screen.render(state, width: size.width, height: size.height) }
    }

    /// Runs until the state asks to quit.
    public func run() {
        runDriver(at: clock.now(), pending: false)
        draw()
        while !session.state.shouldQuit {
            runOnce()
        }
    }

    /// Waits for one event or deadline, handles it, and redraws if anything changed.
    public func runOnce() {
        let now = clock.now()
        let deadline = [session.nextDeadline(after: now), driver?.nextDeadline(after: now)].compactMap { $0 }.min()
        let timeout = deadline.map { clock.realSeconds(max($0 - now, 0)) }
        let event = backend.nextEvent(timeout: timeout)
        // Time stopped by Ctrl-Z is left out even when the wait it fell in had not run out: a caption
        // shown before the stop gets its whole time on screen after fg.
        let stopped = backend.takeStoppedSeconds()
        if stopped > 0 { clock.discount(realSeconds: stopped) }
        var after = clock.now()
        // A wait that ran over its deadline by more than a second was a stop (Ctrl-Z, SIGSTOP), not a
        // slow frame: that time is left out, so play and a script's captions go on where they were.
        if let deadline, let timeout, clock.realSeconds(after - now) - timeout > EventLoop.longestStall {
            clock.discount(realSeconds: clock.realSeconds(after - max(deadline, now)))
            after = clock.now()
        }
        var changed = session.tick(at: after)
        if let event {
            // The presenter's keys (pause, sections) belong to the script, not to the explorer.
            if driver?.intercept(event, session: &session, at: after) != true {
                let size = backend.size
                // A key that rebuilds a big layer takes a while: the screen says so before the work starts.
                if case .key(let key) = event, let work = session.state.rebuildWork,
                   !ScreenLayout(state: session.state, width: size.width, height: size.height).tooSmall,
                   session.state.editor == nil ? session.keyMap.changesTheLayer(key) && session.keyMap.action(for: key) != .editText : key == .enter {
                    // The key closes the help as it acts (Session.press): it is closed first, so the notice shows.
                    if session.state.showHelp { session.apply(.toggleHelp, at: after) }
                    session.apply(.notify("building the layer: \(work)…"), at: after)
                    draw()
                }
                let pictures = session.state.pictureRequests
                session.handle(event, at: after, width: size.width, height: size.height)
                observer?(event, after, session)
                if session.state.pictureRequests != pictures, let savePicture {
                    // The picture is of the screen as it was when the key was pressed.
                    let message = savePicture(screen.render(session.state, width: size.width, height: size.height))
                    session.apply(.notify(message), at: after)
                }
            }
            changed = true
        }
        // The last state is drawn even when it quits: a script's closing lines are part of its last frame.
        if runDriver(at: after, pending: changed) && !(event.map(isQuit) ?? false) { draw() }
    }

    /// True for the keys that quit the explorer, whose last frame nobody would see.
    private func isQuit(_ event: InputEvent) -> Bool {
        if case .hangup = event { return true }
        if case .key(let k) = event { return session.state.shouldQuit && session.keyMap.action(for: k) == .quit }
        return false
    }

    /// Runs every script command due at `time`; returns true when there is a change to draw.
    ///
    /// Commands due at the same instant make one frame: a terminal (or a cast player) would show
    /// only the last of them anyway, and drawing each would cost a render per line (a script of a
    /// million `step` lines would take minutes).
    @discardableResult
    private func runDriver(at time: Double, pending: Bool) -> Bool {
        guard let driver else { return pending }
        var pending = pending
        let size = backend.size
        // A script's keys page and pan by what the screen shows, as a person's do.
        session.measure(width: size.width, height: size.height)
        while !session.state.shouldQuit, driver.advance(&session, at: time) {
            pending = true
            session.measure(width: size.width, height: size.height)
        }
        return pending
    }
}
