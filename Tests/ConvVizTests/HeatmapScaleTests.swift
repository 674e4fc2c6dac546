@testable import ConvViz
import Testing

/// A heatmap: a shade says how big a value is against the others in view, and a column which position it is.
struct HeatmapScaleTests {
    /// A heatmap's scale spans every row, so a strong row scrolling into view never reshades the others.
    @Test func scrollingTheRowsKeepsEachShade() throws {
        let (length, channels) = (200, 20)
        var values: [Float] = []
        for p in 0..<length { for c in 0..<channels { values.append(c == channels - 1 ? 8 : Float(p % 9 - 4) / 4) } }
        var s = AppState(spec: Conv1DSpec(length: length, channels: channels, filters: 2, kernelSize: 3),
                         input: .table(name: "t.csv", values: Matrix(rows: length, columns: channels, values: values)))
        #expect(!ScreenLayout(state: s, width: 80, height: 24).numbers, "the case is a heatmap")
        // Rows c0–c18 hold the same values: c0, shown first, and the row beside c19, shown last, must look alike.
        func cells(_ c: Int) -> String? {
            Screen().render(s, width: 80, height: 24).lines.first { $0.hasPrefix(" c\(c) ") }.map { String($0.dropFirst(5)) }
        }
        let first = try #require(cells(0))
        s.visibleRows = ScreenLayout(state: s, width: 80, height: 24).channelRows
        s.apply(.scrollChannels(channels))
        #expect(cells(19) != nil, "the strong row is in view")
        #expect(cells(18) == first)
    }

    /// IMDB's first Conv1D (32 filters of 7 × 128): an output row keeps its shades whether the screen has
    /// room for one more filter row or not (a lesson's caption taking a line decides that).
    @Test func anOutputRowKeepsItsShadesWhateverRowsShow() throws {
        var s = AppState(spec: Conv1DSpec(length: 500, channels: 128, filters: 32, kernelSize: 7, padding: .valid))
        s.apply(.goto(494 * 3 + 20))
        func row(_ f: Int, height: Int) -> (String?, Int) {
            let layout = ScreenLayout(state: s, width: 80, height: height)
            #expect(!layout.outputNumbers, "the case is a heatmap")
            let line = Screen().render(s, width: 80, height: height).lines.last { $0.hasPrefix(" f\(f) ") }
            return (line.map { String($0.dropFirst(5)) }, layout.filterRows)
        }
        let (_, tallRows) = row(0, height: 30), (_, shortRows) = row(0, height: 24)
        #expect(tallRows > shortRows, "the taller screen shows more filter rows")
        var compared = 0
        for f in 0..<shortRows {
            guard let tall = row(f, height: 30).0, let short = row(f, height: 24).0 else { continue }
            #expect(short == tall, "f\(f)")
            if tall.contains(where: { "░▒▓█".contains($0) }) { compared += 1 }
        }
        #expect(compared >= 3, "rows with shades to compare")
    }

    /// 'causal' and 'same' at stride 1 keep the length: y[j] sits under x[j], so the pad cells stand out beside the outputs.
    @Test(arguments: [Padding.causal, .same])
    func eachOutputSitsUnderItsInput(_ padding: Padding) throws {
        var spec = Conv1DSpec(length: 60, channels: 1, filters: 1, kernelSize: 3, padding: padding)
        spec.dilationRate = 4
        var s = AppState(spec: spec)
        s.apply(.goto(40))
        let layout = ScreenLayout(state: s, width: 80, height: 24)
        #expect(!layout.numbers && !layout.outputNumbers, "the case is a heatmap")
        for j in [0, 39, 59] { #expect(layout.outputView.column(of: j) == layout.inputView.column(of: j), "position \(j)") }
        let axes = Screen().render(s, width: 80, height: 24).lines.filter { $0.hasPrefix(" p ") }
        #expect(axes.count == 2 && axes[0] == axes[1], "\(axes)")
        // 'valid' shortens the output: nothing to line up, so it starts at the left as before.
        spec.padding = .valid
        let valid = ScreenLayout(state: AppState(spec: spec), width: 80, height: 24)
        #expect(valid.outputView.x == valid.inputView.x)
    }

    /// In numbers too, where every input cell fits one width: output j under input j, and no input position lost for it.
    @Test func numbersLineUpWhenEveryCellFits() {
        for padding in [Padding.causal, .same] {
            let s = AppState(spec: Conv1DSpec(length: 7, channels: 1, filters: 1, kernelSize: 3, padding: padding))
            let layout = ScreenLayout(state: s, width: 80, height: 24)
            #expect(layout.numbers && layout.inputView.cellWidth == layout.outputView.cellWidth, "\(padding)")
            for j in 0..<7 { #expect(layout.outputView.column(of: j) == layout.inputView.column(of: j), "\(padding) position \(j)") }
        }
        // The default layer at 80 columns would lose input positions to wider cells: it keeps its own widths.
        let tight = ScreenLayout(state: AppState(), width: 80, height: 24)
        #expect(tight.inputView.cellWidth == ScreenLayout.numberCellWidth && tight.outputView.x == tight.inputView.x)
        // Each press of the zoom key still widens the cells by two where they line up (160×48).
        var zoomed = AppState()
        let before = ScreenLayout(state: zoomed, width: 160, height: 48)
        zoomed.apply(.cycleCellSize)
        let after = ScreenLayout(state: zoomed, width: 160, height: 48)
        #expect(after.inputView.cellWidth == before.inputView.cellWidth + 2 && after.outputView.column(of: 5) == after.inputView.column(of: 5))
    }

    /// A "more" mark never touches the label before it ("17›", "70›"): a row of numbers keeps a column for it,
    /// and a heatmap label that would touch it is left out.
    @Test func moreMarksStandApartFromLabels() throws {
        var dilated = AppState(model: try #require(ExplorerModel.builtin("dilated")))
        for stage in 0..<4 {
            for (w, h) in [(80, 24), (100, 30), (120, 40), (160, 48)] {
                for axis in Screen().render(dilated, width: w, height: h).lines where axis.hasPrefix(" pos ") || axis.hasPrefix(" p ") {
                    let chars = Array(axis)
                    for (i, c) in chars.enumerated() where c == "›" && i > 0 { #expect(chars[i - 1] == " ", "layer \(stage + 1) \(w)x\(h): \(axis)") }
                }
            }
            dilated.apply(.stage(.next))
        }
        for length in 100...260 {
            var spec = Conv1DSpec(length: length, channels: 2, filters: 2, kernelSize: 4, padding: .same)
            spec.dilationRate = 3
            let s = AppState(spec: spec)
            for (w, h) in [(80, 24), (100, 30), (120, 40)] {
                let axes = Screen().render(s, width: w, height: h).lines.filter { $0.hasPrefix(" p ") }
                for axis in axes {
                    let chars = Array(axis)
                    for (i, c) in chars.enumerated() where c == "›" && i > 0 { #expect(chars[i - 1] == " ", "L=\(length) \(w)x\(h): \(axis)") }
                }
            }
        }
    }
}
