/// Runs a demo script inside the event loop: commands become actions and key presses on the session.
///
/// Headless, it runs straight through (`pause` is skipped) and quits at the end.
/// Interactive, the presenter can pause the script clock (Space), jump between
/// sections (`}` forward, Backspace or `{` back) and use every explorer key;
/// the explorer stays open when the script ends.
public final class DemoPlayer: LoopDriver {
    public let script: DemoScript
    public let clock: ScriptClock
    public let headless: Bool
    /// Called with each section and marker label and the script time, e.g. to write cast markers.
    public var onMarker: ((String, Double) -> Void)?
    /// The most input and weight values the script's lines may build in all (every `set`, `model` and
    /// layer key rebuilds the layer); past it the run quits and `overWorked` says so. Nil: no limit.
    public var workLimit: Int?
    public private(set) var workDone = 0
    public private(set) var overWorked = false
    /// The limit `play` sets, live and headless: about 10 s of rebuilding, far beyond any lesson (DemoLessonTests checks).
    public static let scriptWorkLimit = 1_000_000_000
    /// What a rebuild of even the smallest layer counts for (about 60 µs), and a key press that rebuilds nothing (about 2 µs):
    /// two million `set seed` lines, or 200,000 lines of `key t x10000`, would otherwise run for minutes or hours.
    static let rebuildFloor = 10_000, pressCost = 500
    /// The script time at which the last command ran, once the script has finished.
    public private(set) var finishedAt: Double?
    /// The presenter's keys, for the help overlay; `intercept` handles them before the explorer's key map.
    public static let presenterKeys: (title: String, rows: [(keys: String, help: String)]) = ("Script", [
        ("Space", "pause / resume the script"),
        ("}", "next section"),
        ("Bksp {", "section start (twice: back)"),
        ("Enter Space", "continue after a pause"),
    ])

    public private(set) var presenterPaused = false

    /// The caption on screen, when it came up, and whether the script has waited since (a `wait` is the script's own timing).
    private var shownCaption: (text: String, at: Double, waited: Bool)?

    /// Seconds a caption needs to be read: a second to notice it, then 4 words a second.
    public static func readingTime(_ caption: String) -> Double {
        1 + Double(caption.split(separator: " ").count) / 4
    }

    /// The next line to run.
    private var pc = 0
    private var activity = Activity.idle
    private var resumePlaying = false
    /// The session before the first command, so that a section jump can rebuild the state from scratch.
    private var initial: Session?
    private var currentSectionStart: (index: Int, time: Double)?

    private enum Activity: Equatable {
        case idle
        case waiting(until: Double)
        case playing(target: Int)
        case presenter
    }

    public init(script: DemoScript, clock: ScriptClock, headless: Bool) {
        self.script = script
        self.clock = clock
        self.headless = headless
    }

    public func advance(_ session: inout Session, at time: Double) -> Bool {
        if initial == nil {
            initial = session
            session.apply(.script(.playing), at: time)
        }
        if presenterPaused { return false }
        switch activity {
        case .waiting(let until):
            if time + 1e-9 < until { return false }
            activity = .idle
        case .playing(let target):
            if session.state.playing && session.state.stepIndex < target { return false }
            activity = .idle
            // At more steps per second than frames, the last tick may overshoot the count asked for.
            if session.state.stepIndex > target { session.apply(.goto(target), at: time) }
            session.apply(.setPlaying(false), at: time)
            return true
        case .presenter: return false
        case .idle: break
        }
        guard pc < script.lines.count else {
            guard finishedAt == nil else { return false }
            finishedAt = time
            session.apply(.script(.ended), at: time)
            if headless { session.apply(.quit, at: time) }
            return true
        }
        let line = script.lines[pc]
        // A caption replaced before anyone could read it, with no wait of the script's own between, is held a little longer.
        if case .caption = line.command, let shown = shownCaption, !shown.waited, !shown.text.isEmpty {
            let due = shown.at + Self.readingTime(shown.text)
            if time + 1e-9 < due {
                activity = .waiting(until: due)
                shownCaption?.waited = true
                return false
            }
        }
        pc += 1
        run(line.command, on: &session, at: time, instant: false)
        return true
    }

    public func nextDeadline(after time: Double) -> Double? {
        guard !presenterPaused, case .waiting(let until) = activity else { return nil }
        return until
    }

    public func intercept(_ event: InputEvent, session: inout Session, at time: Double) -> Bool {
        guard case .key(let key) = event, finishedAt == nil || key != .space else { return false }
        switch key {
        case .space, .enter:
            if activity == .presenter {
                activity = .idle
                session.apply(.script(.playing), at: time)
                return true
            }
            guard key == .space else { return false }
            setPaused(!presenterPaused, session: &session, at: time)
            return true
        case .char("}"):
            let starts = script.sectionStarts
            if let next = starts.first(where: { $0 >= pc }) { jump(to: next, session: &session, at: time) }
            return true
        case .backspace, .char("{"):
            let starts = script.sectionStarts.filter { $0 < pc }
            guard let current = starts.last else { jump(to: 0, session: &session, at: time); return true }
            // A second press soon after a section starts goes to the one before, as in a music player.
            let recent = currentSectionStart.map { time - $0.time < 2 } ?? false
            jump(to: recent && starts.count > 1 ? starts[starts.count - 2] : current, session: &session, at: time)
            return true
        default:
            return false
        }
    }

    private func setPaused(_ on: Bool, session: inout Session, at time: Double) {
        presenterPaused = on
        if on {
            resumePlaying = session.state.playing
            session.apply(.setPlaying(false), at: time)
            clock.stop()
            session.apply(.script(.paused), at: time)
        } else {
            clock.start()
            session.apply(.script(.playing), at: time)
            if resumePlaying { session.apply(.setPlaying(true), at: clock.now()) }
        }
    }

    /// Rebuilds the state at line `index` by running everything before it without waiting.
    private func jump(to index: Int, session: inout Session, at time: Double) {
        guard let initial else { return }
        session = initial
        // A jump is the presenter's, not the script's: what runs after it is counted afresh, so a lesson
        // replayed section by section all afternoon never meets a limit meant for runaway scripts.
        workDone = 0
        // Measured after each line, as the event loop does, so keys scroll and page as they did in play.
        for line in script.lines[..<index] {
            run(line.command, on: &session, at: time, instant: true)
            session.remeasure()
        }
        pc = index
        activity = .idle
        finishedAt = nil
        // Paused, the script would not run the section's opening lines, so the screen would
        // still show the old section; its caption and layer come up at once instead.
        if presenterPaused {
            while pc < script.lines.count, script.lines[pc].command.isInstant {
                run(script.lines[pc].command, on: &session, at: time, instant: true)
                session.remeasure()
                pc += 1
            }
        }
        session.apply(.script(presenterPaused ? .paused : .playing), at: time)
    }

    /// Counts `rebuilds` rebuilds of the current layer (each at least `rebuildFloor`: a small layer's rebuild still
    /// takes tens of microseconds) and `presses` other key presses, and quits past `workLimit`.
    /// A section jump's replay (`instant`) is not counted again: a presenter may jump back and forth all day.
    private func charge(rebuilds: Int = 0, presses: Int = 0, instant: Bool, session: inout Session, at time: Double) {
        guard let workLimit, !instant else { return }
        workDone += rebuilds * max(session.state.layerValues, Self.rebuildFloor) + presses * Self.pressCost
        if workDone > workLimit, !overWorked {
            overWorked = true
            session.apply(.quit, at: time)
        }
    }

    private func run(_ command: DemoCommand, on session: inout Session, at time: Double, instant: Bool) {
        switch command {
        case .title(let t): session.apply(.title(t), at: time)
        case .section(let t):
            session.apply(.section(t), at: time)
            currentSectionStart = (pc, time)
            if !instant { onMarker?(t, time) }
        case .caption(let t):
            session.apply(.caption(t), at: time)
            if !instant { shownCaption = (t, time, false) }
        case .set(let s):
            session.apply(.set(s), at: time)
            // Speed and order rebuild nothing.
            if case .speed = s { break }
            if case .order = s { break }
            charge(rebuilds: 1, instant: instant, session: &session, at: time)
        case .play(let n):
            guard let trace = session.state.stageTrace, !trace.isEmpty else { return }
            let target = min(session.state.stepIndex + n, trace.count - 1)
            if instant { session.apply(.goto(target), at: time); return }
            guard target > session.state.stepIndex else { return }
            session.apply(.setPlaying(true), at: time)
            activity = .playing(target: target)
        case .step(let n): session.apply(.step(n), at: time)
        case .goto(.first): session.apply(.first, at: time)
        case .goto(.last): session.apply(.last, at: time)
        case .goto(.step(let n)): session.apply(.goto(n - 1), at: time)
        case .wait(let d):
            if !instant { activity = .waiting(until: time + d) }
            shownCaption?.waited = true
        case .key(let key, let count):
            for _ in 0..<count {
                // A key typed into the text editor builds nothing, except Enter, which applies the text.
                let rebuilds = session.state.editor != nil ? key == .enter : DemoParser.changesTheLayer(key)
                session.press(key, at: time)
                charge(rebuilds: rebuilds ? 1 : 0, presses: rebuilds ? 0 : 1, instant: instant, session: &session, at: time)
            }
        case .pause:
            guard !instant, !headless else { return }
            activity = .presenter
            session.apply(.script(.waiting), at: time)
        case .marker(let t): if !instant { onMarker?(t, time) }
        case .selectInput(let p): session.apply(.selectInput(p), at: time)
        case .model(let m):
            session.apply(.loadModel(m), at: time)
            charge(rebuilds: 1, instant: instant, session: &session, at: time)
        case .stage(let move):
            session.apply(.stage(move), at: time)
            charge(rebuilds: 1, instant: instant, session: &session, at: time)
        }
    }
}
