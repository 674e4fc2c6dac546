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
