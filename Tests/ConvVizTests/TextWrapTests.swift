import Testing
@testable import ConvViz

/// Wrapping captions and notes: whole words, long words cut across lines, and no work past the lines shown.
@Suite struct TextWrapTests {
    @Test func wordsStayWholeAndLongWordsAreCutAcrossLines() {
        #expect(TextWrap.lines("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWrap.lines("ab " + String(repeating: "x", count: 25) + " cd", width: 10)
                == ["ab", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx cd"])
        // Wide characters count two columns.
        #expect(TextWrap.lines("日本語日本語", width: 5) == ["日本", "語日", "本語"])
    }

    /// Past `maxLines` the last line ends in the ellipsis, whatever follows: one word of a million
    /// characters gives the same three lines as one of a hundred.
    @Test func pastMaxLinesTheRestIsAnEllipsis() {
        let short = TextWrap.lines(String(repeating: "x", count: 100), width: 10, maxLines: 3)
        let long = TextWrap.lines(String(repeating: "x", count: 1_000_000), width: 10, maxLines: 3)
        #expect(short == ["xxxxxxxxxx", "xxxxxxxxxx", "xxxxxxxxx…"])
        #expect(long == short)
        let words = TextWrap.lines(Array(repeating: "word", count: 200_000).joined(separator: " "), width: 20, maxLines: 2)
        #expect(words == ["word word word word", "word word word word…"])
    }

    /// A shape is never split mid-tuple: "(None," on one row and "98, 32)" on the next reads as two things.
    @Test func aShortTupleStaysOnOneLine() {
        let lines = TextWrap.lines("MaxPooling1D(pool_size=5) turns it into (None, 98, 32): five times shorter.", width: 47)
        #expect(lines.contains { $0.contains("(None, 98, 32):") }, "\(lines)")
        #expect(lines.allSatisfy { $0.count <= 47 })
        // A long parenthesised phrase still wraps like any words.
        let long = TextWrap.lines("a caption (with a long aside that is much wider than any tuple) ends", width: 20)
        #expect(long.count > 3 && long.allSatisfy { $0.count <= 20 }, "\(long)")
    }
}
