import Testing
@testable import ConvViz

/// Sentences on screen: words as column headers at both sizes, wide CJK words, and words too long for a cell.
@Suite struct WordSnapshotTests {
    static func sentence(_ text: String, steps: Int = 3) throws -> AppState {
        var s = AppState()
        s.apply(.set(.text(try Sentence.parse(text).get())))
        s.apply(.step(steps))
        return s
    }

    @Test func sentenceAt80x24() throws {
        assertSnapshot(Screen().render(try Self.sentence("The plot was not good at all."), width: 80, height: 24), named: "words-80x24")
    }

    @Test func sentenceAt100x30() throws {
        assertSnapshot(Screen().render(try Self.sentence("The plot was not good at all."), width: 100, height: 30), named: "words-100x30")
    }

    @Test func cjkWordsKeepTheGrid() throws {
        let s = try Self.sentence("i love 東京 and 日本語 😀 films", steps: 2)
        let grid = Screen().render(s, width: 100, height: 30)
        assertSnapshot(grid, named: "words-cjk")
        // Every row is exactly as wide as the screen: wide characters take two cells, never one or three.
        for line in grid.lines { #expect(line.displayWidth == 100, "\(line)") }
        #expect(grid.text.contains("out of vocabulary: 東京 日本語 😀"))
    }

    @Test func aLongWordIsShortenedWithAnEllipsis() throws {
        let s = try Self.sentence("an extraordinarily incomprehensible film", steps: 1)
        let grid = Screen().render(s, width: 80, height: 24)
        assertSnapshot(grid, named: "words-long")
        #expect(grid.text.contains("extr…"))
    }

    @Test func theSentimentModelAtEachLayer() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
        for i in 0..<4 {
            s.apply(.stage(.to(i)))
            s.apply(.last)
            assertSnapshot(Screen().render(s, width: 100, height: 30), named: "sentiment-layer\(i + 1)")
        }
    }
}
