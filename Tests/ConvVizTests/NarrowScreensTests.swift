import ConvMath
import Foundation
import Testing
@testable import ConvViz

/// Narrow and short screens: what gives way first, and what never does (a result's value, an index, a count).
@Suite struct NarrowScreensTests {
    /// With rows off screen, the Σ row says how many products are shown, however narrow the panel;
    /// the bias then opens the next row instead of being dropped.
    @Test func theSumRowSaysHowManyProductsAreShown() {
        let s = AppState(spec: Conv1DSpec(length: 12, channels: 40, filters: 2, kernelSize: 3))
        for width in [80, 100] {
            let text = Screen().render(s, width: width, height: 24).text
            #expect(text.contains("Σ 120 products ("), "\(width): \(text)")
            #expect(text.contains("+ bias") || text.contains("+b "), "\(width): \(text)")
        }
        // Narrower, the count shortens but still says how many show, for taps off screen too.
        for spec in [s.spec, Conv1DSpec(length: 12, channels: 3, filters: 2, kernelSize: 9, padding: .same)] {
            for width in [60, 61, 62, 63, 64, 72] {
                let text = Screen().render(AppState(spec: spec), width: width, height: 24).text
                #expect(text.contains(" shown) = "), "\(spec.kernelSize) at \(width): \(text)")
            }
        }
    }

    /// However narrow the panel, the step's sum and its value show whole: a result never ends in "…".
    @Test(arguments: [Activation.sigmoid, .tanh, .relu, .linear])
    func theSumAndTheValueShowWholeAtEveryWidth(_ activation: Activation) {
        for spec in [Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: 3, padding: .same, activation: activation),
                     Conv1DSpec(length: 500, channels: 128, filters: 32, kernelSize: 7, activation: activation),
                     Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: 3, activation: activation, useBias: false)] {
            var s = AppState(spec: spec)
            for _ in 0..<5 {
                s.apply(.step(1))
                guard let step = s.currentStep else { continue }
                for width in 60...66 {
                    let layout = ScreenLayout(state: s, width: width, height: 24)
                    let rows = Screen().render(s, width: width, height: 24).lines
                    let bottom = layout.computation.y + layout.computation.height - 1
                    let result = [rows[bottom - 1], rows[bottom]].map { String($0.dropFirst(layout.computation.x)) }.joined(separator: "\n")
                    #expect(result.contains(NumberText.exact(step.sum)), "\(spec) at \(width): \(result)")
                    #expect(result.contains(NumberText.exact(step.value)), "\(spec) at \(width): \(result)")
                    #expect(!result.contains("…"), "\(spec) at \(width): \(result)")
                }
            }
        }
    }

    /// Positions of six or seven digits never run together on an axis: a label that cannot fit its
    /// cell is drawn only where it leaves a space, and a product's header drops its x.
    @Test(arguments: [1_000_000, 10_000_000])
    func longPositionsStayApart(_ length: Int) {
        var s = AppState(spec: Conv1DSpec(length: length, channels: 1, filters: 4, kernelSize: 3, padding: .same, activation: .relu))
        s.apply(.last)
        s.apply(.cycleZoom)   // numbers
        let layout = ScreenLayout(state: s, width: 80, height: 24)
        let lines = Screen().render(s, width: 80, height: 24).lines
        let axis = lines[layout.input.y + 1].split(separator: " ").filter { $0 != "pos" && $0 != "‹" && $0 != "pad" }
        #expect(axis.count >= 3, "\(lines[layout.input.y + 1])")
        for label in axis {
            #expect(Int(label).map { layout.inputView.positions.contains($0) } == true, "a merged or foreign label: \(label)")
        }
        let header = lines[layout.kernel.y + 1].split(separator: " ").drop { $0 != "x·w" }.dropFirst()
        #expect(!header.isEmpty && header.allSatisfy { $0.count < ComputationPanel.cellWidth }, "\(lines[layout.kernel.y + 1])")
    }

    /// A window label cut for room keeps the output's whole index, or is left out: `y[123456, f12…`
    /// would name another filter.
    @Test func aCutWindowLabelKeepsItsWholeIndex() {
        var s = AppState(spec: Conv1DSpec(length: 200_000, channels: 1, filters: 2000, kernelSize: 9, padding: .same))
        s.apply(.goto(1999 * 200_000 + 123_456))
        var labelled = 0
        for width in 60...90 {
            let layout = ScreenLayout(state: s, width: width, height: 24)
            let marker = Screen().render(s, width: width, height: 24).lines[layout.input.y + layout.input.height - 1]
            if marker.contains("y[") { #expect(marker.contains("y[123456, f1999]"), "\(width): \(marker)"); labelled += 1 }
        }
        #expect(labelled > 0, "some width has room for the label")
    }

    /// Channel c4000 is never cut to "c4…" beside its products: the label column takes the gutter's width.
    @Test func productRowsNameTheirChannelWhole() {
        var s = AppState(spec: Conv1DSpec(length: 12, channels: 4096, filters: 2, kernelSize: 3))
        s.apply(.scrollChannels(4000))
        let layout = ScreenLayout(state: s, width: 100, height: 30)
        let rows = Screen().render(s, width: 100, height: 30).lines[(layout.kernel.y + 2)..<(layout.kernel.y + 2 + layout.channelRows)]
        for row in rows {
            let products = row.dropFirst(layout.computation.x).split(separator: " ")
            #expect(products.first.map { $0.hasPrefix("c4") && !$0.contains("…") } == true, "\(row)")
        }
    }

    /// A window label is whole, cut where enough of it still reads, or left out: never a stub like "y[1…".
    @Test func aWindowLabelIsNeverAStub() {
        for k in [7, 30, 50] {
            var s = AppState(spec: Conv1DSpec(length: 40, channels: 2, filters: 4, kernelSize: k, padding: .causal))
            s.apply(.last)
            for width in 60...66 {
                let layout = ScreenLayout(state: s, width: width, height: 24)
                let marker = Screen().render(s, width: width, height: 24).lines[layout.input.y + layout.input.height - 1]
                let label = marker.split(separator: " ").filter { !$0.contains("▲") && !$0.contains("─") }.joined(separator: " ")
                // The list alone ("inputs 0..39", or its first input and "…") is short but never a stub: it says what is read.
                #expect(label.isEmpty || label.count >= InputPanel.shortestLabel - 2 || label.hasPrefix("inputs "), "k=\(k) at \(width): \(marker)")
            }
        }
    }

    /// On the smallest screen every layer of every built-in model keeps a row of input and of output:
    /// the key hints give way first, then a caption's later rows, which end in "…".
    @Test func theSmallestScreenKeepsARowOfEveryPanel() throws {
        // PyTorch's calls are the longest: a causal conv is an F.pad then an nn.Conv1d of seven rows at 60 columns.
        for (name, framework) in ExplorerModel.builtinNames.flatMap({ [($0, Framework.keras), ($0, .pytorch)] }) {
            var s = AppState(model: try #require(ExplorerModel.builtin(name)))
            s.apply(.set(.framework(framework)))
            for layer in 0..<s.model!.stack.entries.count {
                s.apply(.stage(.to(layer)))
                for caption in ["", String(repeating: "a long caption ", count: 20)] {
                    s.apply(.caption(caption))
                    for width in [60, 80, 120] {
                        let layout = ScreenLayout(state: s, width: width, height: ScreenLayout.minHeight)
                        let lines = Screen().render(s, width: width, height: ScreenLayout.minHeight).lines
                        let where_ = "\(name) (\(framework)) layer \(layer) at \(width), caption \(caption.count):\n" + lines.joined(separator: "\n")
                        #expect(layout.filterRows >= 1 && layout.output.y + layout.output.height <= layout.status.y, "\(where_)")
                        #expect(layout.channelRows >= 1 && layout.input.y >= layout.caption.y + layout.caption.height, "\(where_)")
                        let outputTitle = try #require(lines.firstIndex { $0.hasPrefix("── Output") }, "\(where_)")
                        #expect(outputTitle + 2 < lines.count - 1, "a row under the output's axis: \(where_)")
                        if !caption.isEmpty {
                            #expect(lines[layout.caption.y + layout.caption.height - 1].trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(where_)")
                        }
                    }
                }
            }
        }
    }

    /// A lone PyTorch conv at the smallest size keeps an output row too, its call cut with "…" if need be.
    @Test func aLonePyTorchConvAtTheSmallestSizeKeepsItsOutputRow() {
        var s = AppState()
        s.apply(.set(.framework(.pytorch)))
        for width in [60, 61, 63, 70] {
            let layout = ScreenLayout(state: s, width: width, height: ScreenLayout.minHeight)
            let lines = Screen().render(s, width: width, height: ScreenLayout.minHeight).lines
            let screen = lines.joined(separator: "\n")
            #expect(layout.filterRows >= 1 && layout.output.y + layout.output.height <= layout.status.y, "\(width):\n\(screen)")
            #expect(lines[layout.output.y + 2].hasPrefix(" f0 "), "\(width):\n\(screen)")
        }
    }

    /// At 80 columns an nn.Conv1d call leaves PyTorch's defaults out to stay on two rows, so the sentiment
    /// model's 'not' row stays on screen; a wide screen gives every argument.
    @Test func aNarrowPyTorchCallLeavesItsDefaultsOut() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
        s.apply(.set(.text(try Sentence.parse("the plot was not good").get())))
        s.apply(.stage(.to(1)))
        s.apply(.set(.framework(.pytorch)))
        let narrow = Screen().render(s, width: 80, height: 24).lines
        #expect(narrow[0].contains("nn.Conv1d(in_channels=5, out_channels=4, kernel_size=2,"), "\(narrow)")
        #expect(narrow[1].contains("stride=1, padding=0), then torch.relu"), "\(narrow)")
        #expect(narrow.contains { $0.hasPrefix(" not ") }, "the 'not' row: \(narrow)")
        let wide = Screen().render(s, width: 160, height: 48).text
        #expect(wide.contains("dilation=1, groups=1, bias=True, padding_mode='zeros')"), "\(wide)")
        // The activation counts too: a call that fits two rows only without it gives way as well.
        var lone = AppState()
        lone.apply(.set(.framework(.pytorch)))
        lone.apply(.set(.padding(.valid)))
        let call = HeaderView.callLines(lone, width: 78)
        #expect(call.count == 2 && call[1].hasSuffix("then torch.relu"), "\(call)")
        // A call too long for its activation ends its row with the comma that the one-row form has.
        lone.apply(.adjust(.strides, 1))
        let wrapped = HeaderView.callLines(lone, width: 52)
        for width in 40...140 {
            let rows = HeaderView.callLines(lone, width: width)
            #expect(rows.allSatisfy { $0.count <= width }, "width \(width): \(rows)")
            if rows.count > 1, rows.last!.trimmingCharacters(in: .whitespaces) == "then torch.relu" {
                #expect(rows[rows.count - 2].hasSuffix("),"), "width \(width): \(rows)")
            }
        }
        #expect(wrapped.count >= 3 && wrapped[wrapped.count - 2].hasSuffix("),") && wrapped.last!.trimmingCharacters(in: .whitespaces) == "then torch.relu", "\(wrapped)")
    }

    /// However narrow the screen, a step's result keeps its value whole: the working gives way first.
    @Test func aLayersResultKeepsItsValueAtEveryWidth() throws {
        var checked = 0
        for name in ExplorerModel.builtinNames {
            var s = AppState(model: try #require(ExplorerModel.builtin(name)))
            for layer in 0..<s.model!.stack.entries.count {
                s.apply(.stage(.to(layer)))
                guard let trace = s.stageTrace, s.otherStage != nil else { continue }
                for i in Set([0, 1, trace.count / 2, trace.count - 1]) where i >= 0 && i < trace.count {
                    let step = trace[i]
                    for width in 58...66 {
                        let lines = StageText.lines(step, glyphs: .unicode, width: width, productRows: 1)
                        let value = NumberText.exact(step.value)
                        let results = lines.filter { $0.1 == .current } + (lines.last { $0.1 == .label && $0.0.hasPrefix("Σ") }.map { [$0] } ?? [])
                        for (text, _) in results {
                            #expect(text.displayWidth <= width, "\(name) layer \(layer) step \(i) at \(width): \(text)")
                        }
                        #expect(results.contains { $0.0.contains(value) } || value == "1", "\(name) layer \(layer) step \(i) at \(width): \(lines)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 100)
    }

    /// At 80 columns a note takes a shorter form rather than losing its point to "…".
    @Test func notesKeepTheirPointAt80Columns() throws {
        let causal = AppState(spec: Conv1DSpec(length: 7, channels: 1, filters: 1, kernelSize: 3, padding: .causal))
        #expect(Screen().render(causal, width: 80, height: 24).text.contains("y[j] never sees inputs after j·s"))
        let uneven = AppState(spec: Conv1DSpec(length: 6, channels: 1, filters: 1, kernelSize: 3, strides: 2, padding: .same))
        #expect(Screen().render(uneven, width: 80, height: 24).text.contains("= 1 → left 0, right 1"))
        var torch = AppState(spec: Conv1DSpec(length: 10, channels: 1, filters: 1, kernelSize: 3, padding: .same))
        torch.apply(.set(.framework(.pytorch)))
        torch.apply(.set(.torchPadding(2)))
        let torchText = Screen().render(torch, width: 80, height: 24).text
        #expect(torchText.contains("ZeroPadding1D((2, 2)) then 'valid' 12") && torchText.contains("output length = "), "\(torchText)")
        var har = AppState(model: try #require(ExplorerModel.builtin("har")))
        har.apply(.stage(.to(2)))
        let text = Screen().render(har, width: 80, height: 24).text
        #expect(text.contains("Dropout(rate=0.5)") && text.contains("by 1/(1−0.5))"), "\(text)")
    }
}
