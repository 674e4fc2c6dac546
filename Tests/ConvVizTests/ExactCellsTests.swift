import Testing
@testable import ConvMath
@testable import ConvViz

/// Cells grow, where there is room, so that values a learner checks by hand read exactly rather than rounded.
@Suite struct ExactCellsTests {
    /// A short output's sixteenths (`-0.3125`) get the columns they need at 80×24 and 100×30.
    @Test func aShortOutputShowsItsSixteenthsWhole() {
        var s = AppState(spec: Conv1DSpec(length: 8, channels: 2, filters: 2, kernelSize: 3, padding: .same))
        s.apply(.last)
        for (width, height) in [(80, 24), (100, 30)] {
            let text = Screen().render(s, width: width, height: height).text
            let layer = s.layer.value!
            let outputs = (0..<8).map { NumberText.exact(layer.output(position: $0, filter: 0)) }
            #expect(outputs.contains { $0.count == 7 }, "the case needs a seven-character value: \(outputs)")
            let row = text.split(separator: "\n").first { $0.hasPrefix(" f0 ") }.map(String.init) ?? ""
            #expect(row.split(separator: " ").map(String.init) == ["f0"] + outputs, "\(width)×\(height): \(row)")
        }
    }

    /// A later layer reads the one before: its input shows `-0.625` as the earlier output panel did, never `-0.6~`.
    @Test func aLaterLayersInputKeepsTheEarlierOutputsDigits() throws {
        var state = AppState(model: TestModels.strided)
        state.apply(.stage(.to(1)))
        let layer = try #require(state.layer.value)
        let texts = (0..<layer.spec.length).map { NumberText.exact(layer.input[$0, 0]) }
        #expect(texts.contains { $0.count == 6 }, "the case needs a six-character value: \(texts)")
        let text = Screen().render(state, width: 100, height: 30).text
        let row = text.split(separator: "\n").first { $0.hasPrefix(" c0 ") }.map(String.init) ?? ""
        #expect(row.split(separator: " ").map(String.init) == ["c0"] + texts, "\(row)")
    }

    /// The widths found for one layer are never reused for the next: moving from the first layer, whose
    /// quarter-grid input fits standard cells, to the second, which needs six columns, widens them.
    @Test func widthsAreFoundAgainForEachLayer() throws {
        var state = AppState(model: TestModels.strided)
        _ = Screen().render(state, width: 100, height: 30)
        state.apply(.stage(.to(1)))
        let layer = try #require(state.layer.value)
        let texts = (0..<layer.spec.length).map { NumberText.exact(layer.input[$0, 0]) }
        let row = Screen().render(state, width: 100, height: 30).lines.first { $0.hasPrefix(" c0 ") } ?? ""
        #expect(row.split(separator: " ").map(String.init) == ["c0"] + texts, "\(row)")
        state.apply(.stage(.to(0)))
        let first = Screen().render(state, width: 100, height: 30).lines.first { $0.hasPrefix(" c0 ") } ?? ""
        #expect(!first.contains("~") && first.split(separator: " ").allSatisfy { $0.count <= ScreenLayout.numberCellWidth }, "\(first)")
    }

    /// Values that already fit keep their cells: a scrolling quarter-grid input shows as many positions as before.
    @Test func valuesThatFitKeepTheirCells() {
        let s = AppState(spec: Conv1DSpec(length: 30, channels: 3, filters: 2, kernelSize: 3))
        let layout = ScreenLayout(state: s, width: 100, height: 30)
        #expect(layout.numbers && layout.inputView.cellWidth == ScreenLayout.numberCellWidth)
    }
}
