import Testing
@testable import ConvViz

/// Layers at the edges must draw something sensible and never trap.
@Suite struct EdgeScreensTests {
    @Test(arguments: [
        Conv1DSpec(length: 0, channels: 2, filters: 2, kernelSize: 3, padding: .same),
        Conv1DSpec(length: 0, channels: 2, filters: 2, kernelSize: 3, padding: .causal),
        Conv1DSpec(length: 1, channels: 1, filters: 1, kernelSize: 1),
        Conv1DSpec(length: 5, channels: 4, filters: 4, kernelSize: 2, groups: 2),
        Conv1DSpec(length: 5, channels: 3, filters: 4, kernelSize: 2, groups: 2),
        Conv1DSpec(length: 30, channels: 1, filters: 1, kernelSize: 40, padding: .same),
        Conv1DSpec(length: 9, channels: 1, filters: 1, kernelSize: 3, strides: 2, dilationRate: 2),
        Conv1DSpec(length: 64, channels: 300, filters: 100, kernelSize: 4, padding: .same),
    ])
    func drawsWithoutTrapping(_ spec: Conv1DSpec) {
        var s = AppState(spec: spec)
        for size in [(60, 18), (80, 24), (100, 30), (160, 50), (300, 100)] {
            let g = Screen().render(s, width: size.0, height: size.1)
            #expect(g.text.contains("Conv1D("), "\(spec) at \(size)")
        }
        for size in [(1, 1), (0, 0), (20, 5), (59, 40), (200, 17)] {
            let g = Screen().render(s, width: size.0, height: size.1)
            #expect(size.0 < 20 || size.1 < 5 || g.text.contains("too small"), "\(spec) at \(size)")
        }
        for action in [Action.last, .step(-1), .togglePlay, .toggleHelp, .cycleZoom, .scrollChannels(50), .scrollPositions(-50)] {
            s.apply(action)
            _ = Screen(glyphs: .ascii).render(s, width: 80, height: 24)
        }
    }

    /// Output rows turn by pages: the rows filled before the current one stay in view.
    @Test func outputRowsTurnByPages() {
        #expect((0..<4).map { ScreenLayout.firstRow(showing: $0, rows: 4, of: 64) } == [0, 0, 0, 0])
        #expect(ScreenLayout.firstRow(showing: 4, rows: 4, of: 64) == 4)
        #expect(ScreenLayout.firstRow(showing: 63, rows: 5, of: 64) == 59, "the last page is full")
        #expect(ScreenLayout.firstRow(showing: 3, rows: 0, of: 64) == 0)
    }

    /// With rows off screen, the Σ row says how many products are shown, however narrow the panel;
    /// the bias then opens the next row instead of being dropped.
    @Test func theSumRowSaysHowManyProductsAreShown() {
        let s = AppState(spec: Conv1DSpec(length: 12, channels: 40, filters: 2, kernelSize: 3))
        for width in [80, 100] {
            let text = Screen().render(s, width: width, height: 24).text
            #expect(text.contains("Σ 120 products ("), "\(width): \(text)")
            #expect(text.contains("+ bias") || text.contains("+b "), "\(width): \(text)")
        }
    }

    @Test func emptySameOutputSaysThereAreNoSteps() {
        let s = AppState(spec: Conv1DSpec(length: 0, channels: 2, filters: 2, kernelSize: 3, padding: .same))
        let text = Screen().render(s, width: 100, height: 30).text
        #expect(text.contains("output (None, 0, 2)"))
        #expect(text.contains("no steps"))
    }

    @Test func groupsShowWhichChannelsAFilterReads() {
        var s = AppState(spec: Conv1DSpec(length: 5, channels: 4, filters: 4, kernelSize: 2, groups: 2))
        s.apply(.selectOutput(position: 0, filter: 3))
        let text = Screen().render(s, width: 100, height: 30).text
        #expect(text.contains("(other group)"))
        #expect(text.contains("Σ 4 products"))
    }
}
