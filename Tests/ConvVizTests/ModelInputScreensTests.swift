import Testing
@testable import ConvViz

/// What a model's layer says about the model's input: how much of it one output sees, and its rows' names.
@Suite struct ModelInputScreensTests {
    /// A Conv1D deep in a model says how many steps of the model's input one output sees, where it fits.
    @Test func aDeepConvSaysWhatItSeesOfTheModelsInput() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        s.apply(.stage(.to(3)))
        // Conv k=7 sees 7 words; the pool (5, stride 5) widens that to 7 + 4 = 11, 5 apart; the next k=7 to 11 + 6·5 = 41.
        #expect(Screen().render(s, width: 160, height: 48).text.contains("one output sees 41 input steps (layers 1–4)"))
        // At 80 columns it gives way whole: no half sentence, no added "…".
        let narrow = Screen().render(s, width: 80, height: 24).text
        #expect(!narrow.contains("sees") && !narrow.contains("padR=0 …"))
        // The first Conv1D sees just its own span, which the notes already give.
        s.apply(.stage(.to(1)))
        #expect(!Screen().render(s, width: 160, height: 48).text.contains("input steps"))
        var w = AppState(model: try #require(ExplorerModel.builtin("dilated")))
        w.apply(.stage(.to(3)))
        #expect(Screen().render(w, width: 100, height: 30).text.contains("through layers 1–4, one output sees 16 steps of the model's input"))
    }

    /// `har`'s input rows are its sensor signals, by name, in the input, the kernel and the products.
    @Test func harsInputChannelsAreItsSignals() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("har")))
        let lines = Screen().render(s, width: 100, height: 30).lines
        #expect(lines.filter { $0.hasPrefix(" body_x ") }.count == 2, "the input's and the kernel's rows")
        #expect(lines.contains { $0.contains(" body_x ") && $0.hasPrefix(" body_x ") && $0.dropFirst(8).contains("body_x") }, "and the products' row beside the kernel's")
        #expect(lines.contains { $0.contains("(body_x–") })
        // Another number of channels is no longer the sensors': the rows go back to c0, c1, ….
        s.apply(.adjust(.channels, 1))
        #expect(!Screen().render(s, width: 100, height: 30).text.contains("body_x"))
    }
}
