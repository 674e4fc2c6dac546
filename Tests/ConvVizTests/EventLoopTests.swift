import Testing
@testable import ConvViz

/// A terminal that replays scripted events and remembers every frame and wait.
final class FakeTerminal: TerminalBackend {
    var size: (width: Int, height: Int) = (100, 30)
    var events: [InputEvent]
    var frames: [Grid] = []
    var timeouts: [Double?] = []
    let clock: ManualClock

    init(events: [InputEvent], clock: ManualClock) {
        self.events = events
        self.clock = clock
    }

    func draw(_ grid: Grid) { frames.append(grid) }

    func nextEvent(timeout: Double?) -> InputEvent? {
        timeouts.append(timeout)
        if let t = timeout, events.isEmpty || t < 0.5 { clock.advance(by: t); if events.isEmpty { return nil } }
        return events.isEmpty ? .key(.char("q")) : events.removeFirst()
    }
}

@Suite struct EventLoopTests {
    @Test func pausedLoopBlocksWithoutATimeout() {
        let clock = ManualClock()
        let term = FakeTerminal(events: [.key(.right), .key(.right), .key(.char("q"))], clock: clock)
        let loop = EventLoop(backend: term, clock: clock)
        loop.run()
        #expect(term.timeouts.allSatisfy { $0 == nil })
        #expect(loop.session.state.stepIndex == 2)
        #expect(term.frames.count == 3)
    }

    @Test func playingAdvancesOneStepPerIntervalAndStopsAtTheEnd() {
        var session = Session()
        session.apply(.togglePlay, at: 0)
        #expect(session.nextDeadline(after: 0) == 0.5)   // 2 steps/s
        session.tick(at: 0.49)
        #expect(session.state.stepIndex == 0)
        session.tick(at: 0.5)
        #expect(session.state.stepIndex == 1)
        session.tick(at: 2.0)
        #expect(session.state.stepIndex == 4)
        // Every step due is taken, however late the tick: a recording's replay ticks over whole gaps.
        session.tick(at: 1000)
        #expect(session.state.stepIndex == 47)
        #expect(!session.state.playing)
        #expect(session.nextDeadline(after: 1000) == nil)
    }

    @Test func fastPlaybackTakesSeveralStepsPerFrame() {
        var session = Session(state: AppState(spec: Conv1DSpec(length: 1000, channels: 2, filters: 4, kernelSize: 3)))
        for _ in 0..<8 { session.apply(.speedUp, at: 0) }   // 1024 steps/s
        session.apply(.togglePlay, at: 0)
        let deadline = session.nextDeadline(after: 0)!
        #expect(deadline >= 1 / Session.maxFrameRate)
        session.tick(at: deadline)
        #expect(session.state.stepIndex >= 17)
    }

    @Test func clickOnAnOutputCellJumpsThere() {
        var session = Session()
        let screen = Screen().render(session.state, width: 100, height: 30)
        let layout = ScreenLayout(state: session.state, width: 100, height: 30)
        let x = layout.outputView.column(of: 7)! + 3
        let y = layout.output.y + 2 + 3
        session.handle(.click(x: x, y: y), at: 0, width: 100, height: 30)
        #expect(session.state.cursor == (7, 3))
        #expect(screen.width == 100)
    }

    @Test func escapeClosesHelpBeforeItQuits() {
        var session = Session()
        session.press(.char("?"), at: 0)
        #expect(session.state.showHelp)
        session.press(.escape, at: 0)
        #expect(!session.state.showHelp && !session.state.shouldQuit)
        session.press(.escape, at: 0)
        #expect(session.state.shouldQuit)
    }
}

/// Key P hands the screen on display to the picture writer, once per press, and shows what it says.
@Suite struct PictureKeyTests {
    @Test func thePictureKeySavesTheScreenShownAndSaysWhere() {
        let clock = ManualClock()
        let term = FakeTerminal(events: [.key(.char("t")), .key(.char("P")), .key(.right)], clock: clock)
        let loop = EventLoop(backend: term, clock: clock)
        var pictures: [Grid] = []
        loop.savePicture = { grid in pictures.append(grid); return "saved as x.svg" }
        loop.run()
        #expect(pictures.count == 1)
        #expect(pictures.first?.theme == .light, "the picture is in the theme on screen")
        #expect(pictures.first?.text.contains("step 1/48") == true)
        #expect(term.frames.contains { $0.text.contains("saved as x.svg") })
    }
}

/// A clock whose stops can be left out, as the real monotonic clock's.
final class StoppableClock: LoopClock {
    var raw = 0.0
    private(set) var excluded = 0.0
    func now() -> Double { raw - excluded }
    func discount(realSeconds seconds: Double) { excluded += seconds }
}

/// A terminal with no keys whose `stopAt`-th wait is overrun by `stop` seconds, as under Ctrl-Z then fg.
final class StoppedTerminal: TerminalBackend {
    var size: (width: Int, height: Int) = (100, 30)
    var frames: [Grid] = []
    var waits = 0
    let clock: StoppableClock, stopAt: Int, stop: Double
    init(clock: StoppableClock, stopAt: Int, stop: Double) { (self.clock, self.stopAt, self.stop) = (clock, stopAt, stop) }
    func draw(_ grid: Grid) { frames.append(grid) }
    func nextEvent(timeout: Double?) -> InputEvent? {
        waits += 1
        guard let t = timeout else { return .key(.char("q")) }
        clock.raw += t + (waits == stopAt ? stop : 0)
        return nil
    }
}

@Suite struct StopTests {
    /// Time the program was stopped is left out: the caption due after a 2 s wait is shown, not skipped
    /// for the one due 4 s later, and the script's clock reads as if the stop never happened.
    @Test func aStopDuringAWaitSkipsNothing() throws {
        let script = try DemoParser(file: "t").parse("caption \"one\"\nwait 2s\ncaption \"two\"\nwait 2s\ncaption \"three\"\nwait 2s")
        let base = StoppableClock()
        let clock = ScriptClock(base: base)
        let term = StoppedTerminal(clock: base, stopAt: 1, stop: 8)
        let loop = EventLoop(backend: term, clock: clock)
        loop.driver = DemoPlayer(script: script, clock: clock, headless: false)
        loop.run()
        let captions = term.frames.map { $0.lines.joined(separator: "\n") }
        #expect(captions.contains { $0.contains(" two") }, "the caption after the stopped wait is shown")
        #expect(base.excluded >= 7.9 && base.excluded <= 8.1, "\(base.excluded)")
        #expect(clock.now() < 7, "the script ran about 6 s, not 14: \(clock.now())")
    }
}

/// A terminal stopped by Ctrl-Z for `stop` seconds inside its first wait, which still ends when it was due.
final class SuspendedTerminal: TerminalBackend {
    var size: (width: Int, height: Int) = (100, 30)
    var frames: [(time: Double, text: String)] = []
    var waits = 0, stoppedToReport = 0.0
    let clock: StoppableClock, stop: Double
    init(clock: StoppableClock, stop: Double) { (self.clock, self.stop) = (clock, stop) }
    func draw(_ grid: Grid) { frames.append((clock.raw, grid.lines.joined(separator: "\n"))) }
    func nextEvent(timeout: Double?) -> InputEvent? {
        waits += 1
        guard let t = timeout else { return .key(.char("q")) }
        clock.raw += t
        if waits == 1 { stoppedToReport = stop }
        return nil
    }
    func takeStoppedSeconds() -> Double { defer { stoppedToReport = 0 }; return stoppedToReport }
}

@Suite struct SuspendTests {
    /// Ctrl-Z for 4 s inside a 10 s wait: the next caption still comes 10 s of running time later, 14 s of real time.
    @Test func aStopInsideAWaitIsLeftOut() throws {
        let script = try DemoParser(file: "t").parse("caption \"one\"\nwait 10s\ncaption \"two\"\nwait 1s")
        let base = StoppableClock()
        let clock = ScriptClock(base: base)
        let term = SuspendedTerminal(clock: base, stop: 4)
        let loop = EventLoop(backend: term, clock: clock)
        loop.driver = DemoPlayer(script: script, clock: clock, headless: false)
        loop.run()
        let two = try #require(term.frames.first { $0.text.contains(" two") })
        #expect(abs(two.time - 14) < 0.01, "two came at \(two.time) s of real time")
        #expect(base.excluded == 4)
    }
}

@Suite struct BigRebuildTests {
    /// A key that rebuilds a big layer first draws a frame saying so, then the rebuilt layer.
    @Test func aBigRebuildIsAnnouncedBeforeItStarts() {
        let clock = ManualClock()
        let term = FakeTerminal(events: [.key(.char("r")), .key(.char("q"))], clock: clock)
        let big = Conv1DSpec(length: 2000, channels: 1024, filters: 2, kernelSize: 3)
        let loop = EventLoop(backend: term, clock: clock, session: Session(state: AppState(spec: big)))
        loop.run()
        let notices = term.frames.map { $0.lines.joined(separator: "\n") }.filter { $0.contains("building the layer: 2000 x 1024 inputs and 3 x 1024 x 2 weights…") }
        #expect(notices.count == 1)
        #expect(!(term.frames.last?.lines.joined().contains("building the layer") ?? true), "the notice goes once the layer is built")
        // A key typed into the text editor builds nothing, so it says nothing.
        let typed = FakeTerminal(events: [.key(.char("e")), .key(.char("k")), .key(.escape), .key(.char("q"))], clock: ManualClock())
        let editor = EventLoop(backend: typed, clock: typed.clock, session: Session(state: AppState(spec: big)))
        editor.observer = { event, _, session in
            if event == .key(.char("k")) { #expect(session.state.editor != nil, "k went to the editor") }
        }
        editor.run()
        #expect(!typed.frames.contains { $0.lines.joined().contains("building the layer") })
        // From the help, the key closes it before the notice, so the notice is seen and the help is gone.
        let fromHelp = FakeTerminal(events: [.key(.char("?")), .key(.char("r")), .key(.char("q"))], clock: ManualClock())
        EventLoop(backend: fromHelp, clock: fromHelp.clock, session: Session(state: AppState(spec: big))).run()
        let announced = fromHelp.frames.filter { $0.lines.joined().contains("building the layer") }
        #expect(announced.count == 1 && !announced[0].lines.joined().contains("Esc closes"), "the notice shows without the help over it")
        // A small layer rebuilds at once, without the notice.
        let small = FakeTerminal(events: [.key(.char("r")), .key(.char("q"))], clock: ManualClock())
        EventLoop(backend: small, clock: small.clock).run()
        #expect(!small.frames.contains { $0.lines.joined().contains("building the layer") })
    }
}
