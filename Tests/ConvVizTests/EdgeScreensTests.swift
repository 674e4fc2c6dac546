import ConvMath
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

    /// At 80×24 the way out is never cut: a refused layer's advice wraps, and a script waiting
    /// for the presenter says "Space continues" (the speed and mode give way to it).
    @Test func whatToDoNextIsNeverCutAt80x24() {
        var s = AppState(spec: Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: 4, strides: 2, padding: .causal, dilationRate: 2))
        let refused = Screen().render(s, width: 80, height: 24).lines.joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(refused.contains("the step is kept where it still makes sense."), "\(refused)")
        s.apply(.script(.waiting))
        let status = Screen().render(s, width: 80, height: 24).lines.last!
        #expect(status.contains("waiting for you · Space continues") && status.contains("? help"), "\(status)")
    }

    /// In the heatmap an output keeps its shade as later outputs are computed: the scale is over
    /// every output in view, not over the ones computed so far.
    @Test func anOutputKeepsItsShadeAsTheStepsGoOn() {
        for model in [false, true] {
            var s = model ? AppState(model: ExplorerModel.builtin("har")!) : AppState(spec: Conv1DSpec(length: 60, channels: 3, filters: 4, kernelSize: 3))
            if model { s.apply(.stage(.to(3))) }
            func cell() -> Character {
                let layout = ScreenLayout(state: s, width: 80, height: 24)
                let line = Array(Screen().render(s, width: 80, height: 24).lines[layout.output.y + 2])
                return line[layout.outputView.column(of: 0)!]
            }
            #expect(!ScreenLayout(state: s, width: 80, height: 24).outputNumbers)
            let first = cell()
            s.apply(.goto(40))
            #expect(cell() == first, model ? "har's pool" : "a Conv1D")
        }
    }

    /// The window label writes a run of four or more inputs as a range for every kernel size,
    /// lists dilated taps, and says "input" for one.
    @Test func theWindowLabelReadsTheSameForEveryKernelSize() {
        func label(_ spec: Conv1DSpec, step: Int) -> String {
            var s = AppState(spec: spec)
            s.apply(.goto(step))
            return Screen().render(s, width: 100, height: 30).lines.first { $0.contains(" reads ") } ?? ""
        }
        #expect(label(Conv1DSpec(length: 20, channels: 3, filters: 4, kernelSize: 5), step: 3).contains("y[3, f0] reads inputs 3..7"))
        #expect(label(Conv1DSpec(length: 20, channels: 3, filters: 4, kernelSize: 7), step: 2).contains("y[2, f0] reads inputs 2..8"))
        #expect(label(Conv1DSpec(length: 20, channels: 3, filters: 4, kernelSize: 3), step: 2).contains("y[2, f0] reads inputs 2, 3, 4"))
        #expect(label(Conv1DSpec(length: 20, channels: 3, filters: 4, kernelSize: 3, dilationRate: 2), step: 0).contains("reads inputs 0, 2, 4"))
        #expect(label(Conv1DSpec(length: 20, channels: 1, filters: 1, kernelSize: 2, padding: .causal, dilationRate: 4), step: 0).contains("y[0, f0] reads input 0 "))
        // Short of room at 80 columns, a dilated window's list keeps its ends (never "reads i…").
        var dilated = AppState(spec: Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: 5, padding: .same, dilationRate: 2))
        dilated.apply(.goto(3))
        let row = Screen().render(dilated, width: 80, height: 24).lines.first { $0.contains("▲") } ?? ""
        #expect(row.contains("inputs 1, …, 7") && !row.contains("reads i…"), "\(row)")
    }

    /// A playing script shows ▶ through its waits; the presenter's pause shows ‖.
    @Test func theGlyphSaysWhetherAScriptPlays() {
        var s = AppState()
        s.apply(.script(.playing))
        #expect(Screen().render(s, width: 80, height: 24).lines.last!.hasPrefix(" ▶ step 1/48"))
        s.apply(.script(.paused))
        #expect(Screen().render(s, width: 80, height: 24).lines.last!.hasPrefix(" ‖ step 1/48"))
        // A recorded session says so, in either glyph set.
        var r = AppState()
        r.apply(.markRecording)
        #expect(Screen().render(r, width: 80, height: 24).lines.last!.hasPrefix(" ‖ step 1/48 ● rec"))
        #expect(Screen(glyphs: .ascii).render(r, width: 80, height: 24).lines.last!.contains(" * rec"))
    }

    /// Every press of Z shows: cells grow by two columns a press, then go back, at any size.
    @Test func everyZoomPressShows() {
        for (w, h) in [(80, 24), (140, 40), (160, 48)] {
            var s = AppState()
            var widths: [Int] = []
            for _ in 0..<4 {
                widths.append(ScreenLayout(state: s, width: w, height: h).inputView.cellWidth)
                s.apply(.cycleCellSize)
            }
            #expect(widths[1] == widths[0] + 2 && widths[2] == widths[1] + 2 && widths[3] == widths[0], "\(w)x\(h): \(widths)")
        }
    }

    /// `]` and `[` pan from what the screen shows, 8 positions a press, both ways, to either end;
    /// the pan holds at its step even with the window out of view, and a step brings the window back.
    @Test func panKeysMoveTheViewBothWays() {
        var session = Session(state: AppState(spec: Conv1DSpec(length: 60, channels: 3, filters: 4, kernelSize: 3)))
        session.apply(.cycleZoom, at: 0)
        #expect(ScreenLayout(state: session.state, width: 80, height: 24).numbers)
        session.apply(.goto(40), at: 0)
        func first() -> Int { ScreenLayout(state: session.state, width: 80, height: 24).inputView.first }
        func press(_ c: Character) { session.handle(.key(.char(c)), at: 0, width: 80, height: 24) }
        let start = first()
        press("]")
        #expect(first() == start + 8, "] pans right even when the window leaves the view")
        press("[")
        press("[")
        #expect(first() == start - 8)
        for _ in 0..<20 { press("[") }
        #expect(first() == 0 && session.state.notice.contains("first positions are in view"))
        for _ in 0..<20 { press("]") }
        let last = ScreenLayout(state: session.state, width: 80, height: 24).inputView
        #expect(last.first + last.count == 60, "the last page ends at the last input")
        session.apply(.step(1), at: 0)
        let window = 41...43
        let view = ScreenLayout(state: session.state, width: 80, height: 24).inputView
        #expect(view.positions.contains(window.lowerBound) && view.positions.contains(window.upperBound), "a step shows the window again")
    }

    /// The kernel and the products show the same taps, as many as fit side by side: a weight's
    /// product is never missing while the weight shows, or the other way round.
    @Test func theKernelAndTheProductsShowTheSameTaps() {
        for k in 1...12 {
            for width in stride(from: 60, through: 180, by: 4) {
                let s = AppState(spec: Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: k, padding: .same))
                let layout = ScreenLayout(state: s, width: width, height: 30)
                let rows = Screen().render(s, width: width, height: 30).lines
                let header = rows[layout.kernel.y + 1]
                let kernelHeader = String(header.prefix(layout.kernel.width)), productsHeader = String(header.dropFirst(layout.kernel.width))
                let weights = kernelHeader.split(separator: " ").filter { $0.hasPrefix("t") && $0 != "tap" }.count
                let products = productsHeader.split(separator: " ").filter { $0 != "…" && $0 != "x·w" }.count
                #expect(weights == layout.taps && products == layout.taps, "k=\(k) at \(width): \(header)")
                #expect(header.contains("…") == (layout.taps < k), "k=\(k) at \(width): \(header)")
                if layout.taps < k {
                    let oneMore = KernelPanel.width(taps: layout.taps + 1, of: k, gutter: layout.gutter)
                        + ComputationPanel.width(taps: layout.taps + 1, of: k, labelWidth: 3)
                    #expect(oneMore > width, "k=\(k) at \(width): \(layout.taps + 1) taps fit")
                }
            }
        }
        let five = ScreenLayout(state: AppState(spec: Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: 5, padding: .same)), width: 80, height: 24)
        #expect(five.taps == 5, "kernel_size 5 shows whole at 80×24")
    }

    /// Numbers only while a whole window fits: a big terminal never hides a tap the products read.
    @Test func aWindowWiderThanTheViewIsDrawnAsAHeatmap() {
        for (width, height) in [(80, 24), (160, 48)] {
            let wide = AppState(spec: Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: 3, padding: .same, dilationRate: 13))
            let layout = ScreenLayout(state: wide, width: width, height: height)
            #expect(!layout.numbers, "a 27-cell window at \(width)×\(height)")
            #expect(Screen().render(wide, width: width, height: height).text.contains("y[0, f0] reads input 0"))
            let narrow = AppState(spec: Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: 3, padding: .same, dilationRate: 4))
            #expect(ScreenLayout(state: narrow, width: width, height: height).numbers, "a 9-cell window at \(width)×\(height)")
            // A layer Keras refuses has no window: its 12 inputs stay numbers however long the kernel.
            let refused = AppState(spec: Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: 13, padding: .valid))
            #expect(ScreenLayout(state: refused, width: width, height: height).numbers, "kernel_size 13 refused at \(width)×\(height)")
        }
    }

    /// A kernel with more rows than the panel shows says which, as the input does, in the room it has.
    @Test func theKernelSaysWhichRowsItShows() {
        let s = AppState(spec: Conv1DSpec(length: 12, channels: 12, filters: 2, kernelSize: 3))
        for (width, height) in [(80, 24), (100, 30)] {
            let rows = ScreenLayout(state: s, width: width, height: height).channelRows
            let text = Screen().render(s, width: width, height: height).text
            #expect(text.contains("Kernel W[:,:,0] (c0–c\(rows - 1) shown)") || text.contains("Kernel W[:,:,0] \(rows)/12 rows"), "\(width)×\(height)")
        }
        let all = AppState(spec: Conv1DSpec(length: 12, channels: 2, filters: 2, kernelSize: 3))
        #expect(Screen().render(all, width: 80, height: 24).text.contains("── Kernel W[:,:,0] ──"))
    }

    /// Z says on the status line how many columns it gave, and when a window filling the view leaves none.
    @Test func theZoomKeySaysWhatItGave() {
        var s = AppState()
        s.apply(.cycleCellSize)
        #expect(Screen().render(s, width: 80, height: 24).lines.last?.contains(" Z+2 ") == true)
        var full = AppState(spec: Conv1DSpec(length: 12, channels: 1, filters: 1, kernelSize: 11))
        full.apply(.cycleCellSize)
        let status = Screen().render(full, width: 80, height: 24).lines.last ?? ""
        #expect(status.contains("Z+0: window fills view"), "\(status)")
        full.apply(.cycleCellSize)
        full.apply(.cycleCellSize)
        #expect(Screen().render(full, width: 80, height: 24).lines.last?.contains("Z+") == false, "back to normal cells")
        // In the heatmap a press changes nothing on screen yet: the status says what it is kept for.
        var heat = AppState(spec: Conv1DSpec(length: 500, channels: 4, filters: 2, kernelSize: 3))
        heat.apply(.cycleCellSize)
        #expect(Screen().render(heat, width: 80, height: 24).lines.last?.contains("heatmap  Z+2: numbers only") == true)
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
