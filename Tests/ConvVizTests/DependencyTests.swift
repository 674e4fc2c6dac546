import Foundation
import Testing
@testable import ConvMath
@testable import ConvViz

/// A click on a model's output: the positions it reads through every layer, exact through strides and dilation.
@Suite struct DependencyTests {
    @Test func clickingAnOutputTracesItsReceptiveFieldToTheModelInput() throws {
        var state = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        state.apply(.stage(.to(3)))
        state.apply(.selectOutput(position: 10, filter: 0))
        // Conv 7 over pool 5 over conv 7: 41 words, starting at 10·5 = 50.
        #expect(state.dependency.first! == PositionRuns([50...90]))
        #expect(Screen().render(state, width: 100, height: 30).text.contains("y[10, :] depends on model-input positions 50..90 (41)"))
    }

    /// Dilation leaves gaps in what an output reads, and the note lists the positions, never the span around them.
    @Test func aDilatedStackReadsEveryOtherPositionAndSaysSo() throws {
        var state = AppState(model: try #require(ExplorerModel.builtin("dilated")))
        state.apply(.stage(.to(3)))
        state.apply(.selectOutput(position: 14, filter: 0))
        #expect(state.dependency.map(\.positions) == [Array(0...14), Array(stride(from: 0, through: 14, by: 2)), [2, 6, 10, 14], [6, 14]])
        #expect(DependencyNote.text(state, glyphs: .unicode) == "y[14, :] depends on model-input positions 0..14 (15); on the output of layer\u{00A0}1: 0, 2, 4, …, 14 (8), layer\u{00A0}2: 2, 6, 10, 14 (4), layer\u{00A0}3: 6, 14 (2)")
        // At 80 columns the note wraps onto the caption's rows and keeps its last layer.
        let lines = Screen().render(state, width: 80, height: 24).lines
        #expect(lines.contains { $0.contains("y[14, :] depends on") } && lines.contains { $0.contains("layer\u{00A0}3: 6, 14 (2)") } && lines.contains { $0.contains("layer\u{00A0}1: 0, 2") }, "\(lines.joined(separator: "\n"))")
        // A step moves on: the note and its highlights are the clicked output's only.
        state.apply(.step(1))
        #expect(state.currentDependency.isEmpty && DependencyNote.text(state, glyphs: .unicode) == nil)
    }

    /// Under a global pool every output of a strided conv is read: its windows meet, so the model's
    /// input is one run (not a run per cell); where a stride skips cells, each window is its own run.
    @Test func aStridedConvUnderAGlobalPoolReadsOneRun() throws {
        func trace(kernel: Int, strides: Int) throws -> AppState {
            let model = ExplorerModel(name: "g", stack: ModelStack([
                .conv1D(ConvArguments(filters: 2, kernelSize: kernel, strides: strides)), .globalMaxPooling1D(keepdims: false),
            ]), length: 1000, channels: 1)
            var state = AppState(model: model)
            state.apply(.stage(.to(1)))
            state.apply(.selectOutput(position: 1, filter: 0))
            return state
        }
        let meet = try trace(kernel: 5, strides: 2)
        #expect(meet.dependency[0].runs == [0...998], "498 windows of 5, 2 apart, end at 994 + 4")
        #expect(DependencyNote.text(meet, glyphs: .unicode)?.hasPrefix("y[1] depends on model-input positions 0..998 (999)") == true)
        #expect(Stage.windowsMeet(offsets: [0, 1, 2, 3, 4], strides: 2, count: 1_000_000))
        #expect(!Stage.windowsMeet(offsets: [0, 2], strides: 2, count: 1_000_000), "dilation 2 at stride 2 reads even cells only")
        #expect(!Stage.windowsMeet(offsets: [0, 3], strides: 2, count: 10), "cell 1 is never read")
        let gaps = try trace(kernel: 2, strides: 3)
        #expect(gaps.dependency[0].runs.prefix(3) == [0...1, 3...4, 6...7] && gaps.dependency[0].count == 666)
        // The note is the clicked output's: it leaves with a step and does not return with the next filter.
        var moved = meet
        moved.apply(.step(1))
        moved.apply(.step(-1))
        #expect(moved.currentDependency.isEmpty)
    }

    /// Runs keep the gaps in view: a stride of 4 over a kernel of 3 reads three, skips one.
    @Test func aListWithGapsIsWrittenInRuns() {
        func list(_ p: [Int]) -> String { DependencyNote.list(PositionRuns(p.map { $0...$0 }), glyphs: .unicode) }
        #expect(list([6, 7, 8, 10, 11, 12, 14, 15, 16]) == "6..8, 10..12, 14..16")
        #expect(list([0, 1, 3, 4, 6, 7, 9, 10]) == "0, 1, 3, 4, 6, 7, 9, 10")
        #expect(list([0, 1, 3, 4, 6, 7, 9, 10, 12, 13]) == "0, 1, 3, 4, 6, 7, …, 12, 13")
        #expect(list(Array(3...9)) == "3..9")
        #expect(list([2, 6, 10, 14, 18, 22]) == "2, 6, 10, …, 22")
        // A million positions are one run: the set never grows with the input.
        #expect(PositionRuns([0...999_999, 5...7]).runs == [0...999_999] && PositionRuns([0...9, 11...12]).contains(11))
        #expect(!PositionRuns([0...9, 11...12]).contains(10) && PositionRuns([0...9, 10...12]).runs == [0...12])
    }

    /// A stride longer than the kernel skips inputs: they are not in what a later output depends on.
    @Test func aStrideThatSkipsInputsLeavesThemOut() throws {
        var state = AppState(model: TestModels.strided)
        state.apply(.stage(.to(1)))
        state.apply(.selectOutput(position: 1, filter: 0))
        // y[1] reads outputs 1 and 2 of the first conv, which read inputs 3, 4 and 6, 7: input 5 is never read.
        #expect(state.dependency.map(\.positions) == [[3, 4, 6, 7], [1, 2]])
    }
}
