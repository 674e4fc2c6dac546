import ConvMath
import Testing
@testable import ConvViz

/// Which rows the panels show: output pages that hold still, and scrolls that never show blank rows.
@Suite struct PanelRowsTests {
    /// Output rows turn by pages: the rows filled before the current one stay in view.
    @Test func outputRowsTurnByPages() {
        #expect((0..<4).map { ScreenLayout.firstRow(showing: $0, rows: 4, of: 64) } == [0, 0, 0, 0])
        #expect(ScreenLayout.firstRow(showing: 4, rows: 4, of: 64) == 4)
        #expect(ScreenLayout.firstRow(showing: 63, rows: 5, of: 64) == 59, "the last page is full")
        #expect(ScreenLayout.firstRow(showing: 3, rows: 0, of: 64) == 0)
    }

    /// A caption that wraps for a while takes filter rows from the end of the output's page, and
    /// does not turn it: the rows already filled stay where they were.
    @Test func aWrappedCaptionKeepsTheFilterPage() {
        var s = AppState()
        s.apply(.set(.parameter(.filters, 16)))
        s.apply(.selectOutput(position: 0, filter: 4))
        s.apply(.caption("One line."))
        let usual = ScreenLayout(state: s, width: 80, height: 24)
        s.apply(.caption(String(repeating: "A caption long enough to wrap onto two rows at eighty columns. ", count: 2)))
        let wrapped = ScreenLayout(state: s, width: 80, height: 24)
        #expect(usual.filterRows == 4 && wrapped.caption.height == 2 && wrapped.filterRows == 3, "\(usual.filterRows) → \(wrapped.filterRows)")
        // Paged by its own three rows the panel would turn to f3–f5; it keeps f4 at the top, where it was.
        #expect(usual.firstFilter == 4 && wrapped.firstFilter == 4, "the page stays: \(wrapped.firstFilter)")
        #expect(ScreenLayout.firstRow(showing: 5, rows: 4, page: 6, of: 64) == 2, "a filter below the fewer rows scrolls them")
        #expect(ScreenLayout.firstRow(showing: 7, rows: 4, page: 6, of: 64) == 6)
        #expect(ScreenLayout.firstRow(showing: 63, rows: 4, page: 6, of: 64) == 60)
    }

    /// ↓ never scrolls rows that all fit into blank ones, and a screen that grows brings back a row
    /// scrolled off at its smaller size.
    @Test func rowsThatFitNeverScrollIntoBlankRows() {
        var session = Session()
        for _ in 0..<3 { session.handle(.key(.down), at: 0, width: 80, height: 24) }
        #expect(session.state.channelScroll == 0)
        #expect(Screen().render(session.state, width: 80, height: 24).lines.contains { $0.hasPrefix(" c0 ") })
        var tall = Session(state: AppState(spec: Conv1DSpec(length: 12, channels: 6, filters: 4, kernelSize: 3, padding: .same)))
        tall.handle(.key(.down), at: 0, width: 60, height: 18)
        #expect(tall.state.channelScroll == 1, "at 60x18 the six channels do not fit")
        tall.handle(.resize(width: 100, height: 40), at: 0, width: 100, height: 40)
        #expect(tall.state.channelScroll == 0)
        let lines = Screen().render(tall.state, width: 100, height: 40).lines
        #expect(lines.contains { $0.hasPrefix(" c0 ") } && lines.contains { $0.hasPrefix(" c5 ") }, "\(lines)")
    }

    /// A layer that loses a channel while scrolled keeps its last row at the bottom of the rows shown.
    @Test func fewerChannelsKeepTheRowsFilled() {
        var s = AppState(spec: Conv1DSpec(length: 12, channels: 6, filters: 4, kernelSize: 3, padding: .same))
        s.visibleRows = 3
        s.apply(.scrollChannels(3))
        #expect(s.channelScroll == 3, "c3–c5")
        s.apply(.adjust(.channels, -1))
        #expect(s.spec.channels == 5 && s.channelScroll == 2, "c2–c4, not c3, c4 and a blank row: \(s.channelScroll)")
    }
}
