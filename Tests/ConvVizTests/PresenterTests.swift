import Testing
@testable import ConvViz

/// The presenter is never lost: the status line says where the script is, captions stay long enough to read,
/// and section keys work the same while paused.
@Suite struct PresenterTests {
    static func frames(_ text: String) throws -> HeadlessPlayback {
        HeadlessPlayback(script: try DemoParser(file: "t").parse(text))
    }

    @Test func aCaptionReplacedAtOnceStaysForItsReadingTime() throws {
        let p = try Self.frames("caption \"one two three four five six seven eight\"\ncaption \"next\"\nwait 1s")
        let shownAt = try #require(p.frames.first { $0.lines.joined().contains("one two three") }?.time)
        let nextAt = try #require(p.frames.first { $0.lines.joined().contains(" next") }?.time)
        #expect(nextAt - shownAt >= DemoPlayer.readingTime("one two three four five six seven eight") - 1e-6)
        #expect(DemoPlayer.readingTime("one two three four five six seven eight") == 3)
    }

    @Test func aWaitOfTheScriptsOwnIsKept() throws {
        let p = try Self.frames("caption \"one two three four five six seven eight\"\nwait 0.5s\ncaption \"next\"\nwait 1s")
        let nextAt = try #require(p.frames.first { $0.lines.joined().contains(" next") }?.time)
        #expect(abs(nextAt - 0.5) < 0.05)
    }

    @Test func theStatusLineSaysWhereTheScriptIs() throws {
        let script = try DemoParser(file: "t").parse("title \"T\"\nsection \"A\"\ncaption \"a\"\npause\nsection \"B\"\ncaption \"b\"\nwait 5s")
        let clock = ScriptClock(base: ManualClock(), rate: 1)
        let player = DemoPlayer(script: script, clock: clock, headless: false)
        var session = Session()
        while player.advance(&session, at: 0) {}
        let screen = Screen()
        #expect(screen.render(session.state, width: 100, height: 30).lines.last!.contains("waiting for you · Space continues"))
        #expect(player.intercept(.key(.space), session: &session, at: 0.1))
        while player.advance(&session, at: 0.1) {}
        #expect(screen.render(session.state, width: 100, height: 30).lines.last!.contains("script playing  T › B"))
        #expect(player.intercept(.key(.space), session: &session, at: 0.2))
        #expect(screen.render(session.state, width: 100, height: 30).lines.last!.contains("script paused · Space resumes"))
        // Back while paused: the first press restarts B, a second soon after shows section A's own caption, at once.
        #expect(player.intercept(.key(.char("{")), session: &session, at: 5))
        #expect(session.state.section == "B" && session.state.caption == "b")
        #expect(player.intercept(.key(.backspace), session: &session, at: 5.5))
        #expect(session.state.section == "A" && session.state.caption == "a")
        // And forward again: B's caption, still paused.
        #expect(player.intercept(.key(.char("}")), session: &session, at: 6))
        #expect(session.state.section == "B" && session.state.caption == "b")
        #expect(player.presenterPaused)
        // What a key just did shows on the status line while the caption holds the notice's row.
        session.apply(.notify("saved convviz-screen-1.svg (dark theme)"), at: 6.5)
        let status = screen.render(session.state, width: 100, height: 30).lines.last!
        #expect(status.contains("saved convviz-screen-1.svg") && screen.render(session.state, width: 100, height: 30).text.contains(" b"), "\(status)")
    }
}

/// Jumping between sections rebuilds the screen a linear play showed, scrolling included.
@Suite struct SectionJumpTests {
    @Test func aSectionRestartedShowsTheRowsPlayShowed() throws {
        let script = try DemoParser(file: "t").parse("""
            title "T"
            section "A"
            set channels 16
            key Down x12
            caption "a"
            pause
            section "B"
            caption "b"
            wait 5s
            """)
        let player = DemoPlayer(script: script, clock: ScriptClock(base: ManualClock(), rate: 1), headless: false)
        var session = Session()
        session.measure(width: 100, height: 30)
        // As the event loop does: the screen is measured after each line.
        while player.advance(&session, at: 0) { session.remeasure() }
        let played = session.state.channelScroll
        #expect(played > 0 && played == 16 - session.state.visibleRows, "scrolled until the last row reached the bottom")
        #expect(player.intercept(.key(.space), session: &session, at: 0.1))
        while player.advance(&session, at: 0.1) { session.remeasure() }
        #expect(player.intercept(.key(.space), session: &session, at: 0.2))
        #expect(player.intercept(.key(.char("{")), session: &session, at: 5))
        #expect(session.state.section == "B" && session.state.channelScroll == played)
    }
}

/// A script is bounded in lines as in time.
@Suite struct ScriptSizeTests {
    @Test func aScriptHasAtMostTwoMillionLines() {
        let most = String(repeating: "#\n", count: DemoParser.maxLines)
        #expect((try? DemoParser(file: "most").parse(most)) != nil, "exactly the most lines, each ending in a newline")
        #expect((try? DemoParser(file: "most").parse(most + "#")) == nil, "one more, without its newline")
        #expect((try? DemoParser(file: "cr").parse(String(repeating: "#\r", count: DemoParser.maxLines + 1))) == nil, "lines ended by a lone CR")
        #expect((try? DemoParser(file: "ok").parse(String(repeating: "#\n", count: 1000))) != nil)
    }
}
