import Testing
@testable import ConvViz

/// A recording replays to the state the person saw, whatever the timing of their keys.
@Suite struct DemoRecorderTests {
    /// A terminal that types a fixed list of (seconds from the last event, event) and then quits.
    final class ScriptedTerminal: TerminalBackend {
        var events: [(Double, InputEvent)]
        let clock: ManualClock
        var lastGrid: Grid?
        var size = (width: 100, height: 30)

        init(_ events: [(Double, InputEvent)], clock: ManualClock) {
            self.events = events
            self.clock = clock
        }

        func draw(_ grid: Grid) { lastGrid = grid }

        func nextEvent(timeout: Double?) -> InputEvent? {
            guard let (gap, event) = events.first else { return .key(.char("q")) }
            if let t = timeout, t < gap {
                clock.advance(by: t)
                events[0].0 = gap - t
                return nil
            }
            clock.advance(by: gap)
            events.removeFirst()
            return event
        }
    }

    /// Keys a screen too small to draw ignored are not written: the script replays to the layer the person had.
    @Test func keysATooSmallScreenIgnoredAreNotRecorded() {
        let clock = ManualClock(time: 100)
        let terminal = ScriptedTerminal([(0.5, .key(.char("K"))), (0.5, .key(.char("f")))], clock: clock)
        terminal.size = (50, 12)
        let loop = EventLoop(backend: terminal, clock: clock)
        let recorder = DemoRecorder(initial: loop.session, at: clock.now())
        loop.observer = { recorder.observe($0, at: $1, session: $2) }
        loop.run()
        let script = recorder.finish(at: clock.now())
        #expect(!script.contains("key K") && !script.contains("key f"), "\(script)")
        #expect(loop.session.state.spec == AppState().spec)
    }

    func roundTrip(_ events: [(Double, InputEvent)], start: AppState = AppState()) throws -> (live: String, replay: String, script: String) {
        let clock = ManualClock(time: 100)
        let terminal = ScriptedTerminal(events, clock: clock)
        let loop = EventLoop(backend: terminal, clock: clock, session: Session(state: start))
        let recorder = DemoRecorder(initial: loop.session, at: clock.now())
        loop.observer = { recorder.observe($0, at: $1, session: $2) }
        loop.run()
        let script = recorder.finish(at: clock.now())
        let replay = HeadlessPlayback(script: try DemoParser(file: "rec").parse(script))
        let live = (terminal.lastGrid?.lines ?? []).map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
        // The status line differs by design: a replay says that a script is playing.
        func screen(_ text: String) -> String { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\n") }
        return (screen(live), screen(replay.finalFrame), script)
    }

    @Test func keysAndParametersReplay() throws {
        let r = try roundTrip([(0.5, .key(.right)), (0.1, .key(.right)), (0.1, .key(.right)), (1.2, .key(.char("K"))),
                               (7, .key(.char("p"))), (0.3, .key(.left)), (0.2, .click(x: 30, y: 6))],
                              start: AppState(spec: Conv1DSpec(length: 10, channels: 2, filters: 2, kernelSize: 3, strides: 2)))
        #expect(r.live == r.replay)
        #expect(r.script.contains("key Right x3"))
        #expect(r.script.contains("set strides 2"))
        #expect(r.script.contains("wait 3.0s"), "idle time is capped")
    }

    /// A held layer key is recorded in lines of at most 100 repeats, as a script may hold, and replays.
    @Test func aHeldLayerKeyIsSplitIntoLinesAScriptMayHold() throws {
        let r = try roundTrip(Array(repeating: (0.05, InputEvent.key(.char("N"))), count: 150) + [(0.3, .key(.right))])
        #expect(r.live == r.replay)
        #expect(r.script.contains("key N x100\nkey N x50\n"), "\(r.script)")
    }

    @Test(arguments: [0.37, 1.23, 2.96, 5.55])
    func playingWithOddTimingReplays(_ gap: Double) throws {
        let r = try roundTrip([(0.2, .key(.space)), (gap, .key(.char("+"))), (gap, .key(.char("K"))), (gap, .key(.space)), (0.4, .key(.right))])
        #expect(r.live == r.replay, "\(r.script)")
    }

    @Test func playingToTheEndThenRestartingReplays() throws {
        let r = try roundTrip([(0.1, .key(.char("+"))), (0.1, .key(.char("+"))), (0.1, .key(.space)), (30.07, .key(.space)), (1.33, .key(.space))])
        #expect(r.live == r.replay, "\(r.script)")
    }

    /// Scrolling stops where the last row reaches the bottom; the recording stops there too, so
    /// the replay shows the same rows (its shadow measures the screen the person saw).
    @Test func scrollingPastTheLastRowReplays() throws {
        let r = try roundTrip(Array(repeating: (0.05, InputEvent.key(.down)), count: 12) + [(0.3, .key(.up)), (0.3, .key(.right))],
                              start: AppState(spec: Conv1DSpec(length: 12, channels: 16, filters: 4, kernelSize: 3, padding: .same)))
        #expect(r.live == r.replay, "\(r.script)")
        #expect(r.live.contains("(c9–c14 shown"), "the scroll stopped at c10–c15, then went up one: \(r.live)")
    }

    @Test func pyTorchKeysReplay() throws {
        let r = try roundTrip([(0.3, .key(.char("T"))), (0.4, .key(.char("m"))), (0.2, .key(.char("p"))), (0.5, .key(.right))])
        #expect(r.live == r.replay, "\(r.script)")
        #expect(r.live.contains("nn.Conv1d(") && r.live.contains("padding_mode='reflect'"))
        #expect(r.script.contains("key T") && r.script.contains("key m"))
    }
}
