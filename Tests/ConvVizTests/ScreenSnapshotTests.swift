import Testing
@testable import ConvViz

/// Whole screens as plain text at fixed sizes; each file in __Snapshots__ is reviewed by eye.
@Suite struct ScreenSnapshotTests {
    let screen = Screen()

    @Test func defaultScreen100x30() {
        assertSnapshot(screen.render(state(steps: 5), width: 100, height: 30), named: "default-100x30")
    }

    @Test func defaultScreen80x24() {
        assertSnapshot(screen.render(state(), width: 80, height: 24), named: "default-80x24")
    }

    @Test(arguments: Padding.allCases)
    func eachPaddingMode(_ padding: Padding) {
        let spec = Conv1DSpec(length: 8, channels: 2, filters: 2, kernelSize: 3, strides: 1, padding: padding, activation: .linear)
        assertSnapshot(screen.render(state(spec, steps: 3), width: 100, height: 26), named: "padding-\(padding.rawValue)")
    }

    @Test func asymmetricSameAtStride2() {
        let spec = Conv1DSpec(length: 6, channels: 1, filters: 1, kernelSize: 3, strides: 2, padding: .same)
        let g = screen.render(state(spec, steps: 2), width: 100, height: 24)
        assertSnapshot(g, named: "same-stride2")
        #expect(g.text.contains("pad 0 left │ 1 right"))
    }

    @Test func dilatedLayer() {
        let spec = Conv1DSpec(length: 12, channels: 2, filters: 2, kernelSize: 3, strides: 1, padding: .causal, dilationRate: 2)
        assertSnapshot(screen.render(state(spec, steps: 9), width: 100, height: 26), named: "dilated")
    }

    @Test func stridedLayerWithUnreadInputs() {
        let spec = Conv1DSpec(length: 9, channels: 2, filters: 2, kernelSize: 2, strides: 3, padding: .valid)
        assertSnapshot(screen.render(state(spec, steps: 2), width: 100, height: 26), named: "strided")
    }

    @Test func helpOverlay() {
        var s = state()
        s.apply(.toggleHelp)
        assertSnapshot(screen.render(s, width: 100, height: 30), named: "help-100x30")
        assertSnapshot(screen.render(s, width: 80, height: 24), named: "help-80x24")
        // The last page names the short labels panels use.
        s.apply(.helpPage(1))
        let last = screen.render(s, width: 100, height: 30).text
        #expect(last.contains("token id (Embedding input)") && last.contains("order: by filter/position/channel"))
        #expect(Screen(glyphs: .ascii).render(s, width: 100, height: 30).text.contains("...-major"))
    }

    @Test func helpInAPlayedScriptListsThePresenterKeys() {
        var s = state()
        s.apply(.toggleHelp)
        let g = Screen(extraKeys: DemoPlayer.presenterKeys).render(s, width: 100, height: 30)
        assertSnapshot(g, named: "help-play-100x30")
        for (keys, help) in DemoPlayer.presenterKeys.rows {
            #expect(g.text.contains(keys) && g.text.contains(help), "help misses \(keys)")
        }
    }

    @Test func tooSmall() {
        assertSnapshot(screen.render(state(), width: 50, height: 12), named: "too-small")
    }

    @Test func asciiMode() {
        let g = Screen(glyphs: .ascii).render(state(steps: 5), width: 100, height: 30)
        assertSnapshot(g, named: "ascii-100x30")
        #expect(g.lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
    }

    @Test func impossibleLayerShowsKerasError() {
        let spec = Conv1DSpec(length: 4, channels: 1, filters: 1, kernelSize: 6, padding: .valid)
        let g = screen.render(state(spec), width: 100, height: 30)
        assertSnapshot(g, named: "error-valid-kernel-too-long")
        #expect(g.text.contains("Computed output size would be zero or negative"))
    }

    @Test func seedLayersFitTheirTitles() {
        let wide = Conv1DSpec(length: 50, channels: 300, filters: 100, kernelSize: 4, padding: .same)
        let g = screen.render(state(wide, steps: 2), width: 100, height: 30)
        assertSnapshot(g, named: "seed-50x300")
        #expect(g.lines[3].hasSuffix("─"), "the input title line runs off the edge: \(g.lines[3])")
        let embedding = Conv1DSpec(length: 400, channels: 50, filters: 250, kernelSize: 3, activation: .relu)
        assertSnapshot(screen.render(state(embedding, steps: 7), width: 80, height: 24), named: "seed-400x50-80x24")
    }

    @Test func bigLayerUsesHeatmap() {
        let spec = Conv1DSpec(length: 500, channels: 128, filters: 32, kernelSize: 7, activation: .relu)
        let g = screen.render(state(spec, steps: 32 * 250), width: 100, height: 30)
        assertSnapshot(g, named: "seed-500x128")
    }
}
