import ConvMath
import Foundation
import Testing
@testable import ConvViz

/// A sentence as the input: splitting, embeddings, files, labels on screen (the editor: TextEditorTests).
@Suite struct WordsTests {
    @Test func sentencesSplitAsKerasTextVectorizationDoes() throws {
        let s = try Sentence.parse("The plot wasn't GOOD, at all!").get()
        #expect(s.words == ["the", "plot", "wasnt", "good", "at", "all"])
        #expect(try Sentence.parse("tabs\tand  spaces\u{1B}[31m red").get().words == ["tabs", "and", "spaces", "red"])
        #expect(Sentence.parse("  ,.!  ") == .failure(WordsError("the text has no words")))
        let long = String(repeating: "w ", count: Sentence.maxWords + 1)
        #expect(throws: WordsError.self) { try Sentence.parse(long).get() }
    }

    @Test func randomEmbeddingGivesEachWordOneRowEverywhere() throws {
        let e = try #require(WordEmbedding.named("random:50")).get()
        let t = TextInput(sentence: try Sentence.parse("the dog saw the cat").get(), embedding: e)
        #expect(t.matrix.rows == 5 && t.matrix.columns == 50)
        let row = { (p: Int) in (0..<50).map { t.matrix[p, $0] } }
        #expect(row(0) == row(3))
        #expect(row(0) != row(1))
        // A second, independent lookup gives the same numbers: the seed is the word, not the run.
        #expect(WordEmbedding.random(width: 50).vector("the") == row(0))
        #expect(row(1).allSatisfy { abs($0) <= 0.05 })
        #expect(!t.outOfVocabulary.contains(true))
        #expect(WordEmbedding.named("random:0").map { (try? $0.get()) == nil } == true)
        #expect(WordEmbedding.named("random:4097").map { (try? $0.get()) == nil } == true)
        #expect(WordEmbedding.named("glove.txt") == nil)
    }

    @Test func tinyNamesItsDimensionsAndKnowsFunctionWords() {
        let tiny = TinyEmbedding.table
        #expect(tiny.dimensionNames == ["good", "bad", "not", "very", "film"])
        #expect(tiny.words.count >= 300)
        #expect(tiny.vector("good") == [1, 0, 0, 0, 0])
        #expect(tiny.vector("not") == [0, 0, 1, 0, 0])
        #expect(tiny.vector("the") == [0, 0, 0, 0, 0])
        #expect(tiny.vector("zyzzyva") == nil)
    }

    @Test func gloveFilesParseWithOrWithoutAHeader() throws {
        let glove = try EmbeddingFile.parse(Array("cat 0.5 0.25 -1\nsat 1 0 0\n".utf8), name: "g.txt").get()
        #expect(glove.width == 3 && glove.words == ["cat", "sat"])
        #expect(glove.vector("cat") == [0.5, 0.25, -1])
        let w2v = try EmbeddingFile.parse(Array("2 2\nDog 1 2\r\ncat 3 4\n".utf8), name: "w.txt").get()
        #expect(w2v.width == 2 && w2v.vector("dog") == [1, 2])
        let t = TextInput(sentence: try Sentence.parse("cat sat mat dog").get(), embedding: glove)
        #expect(t.outOfVocabulary == [false, false, true, true])
        #expect((0..<3).map { t.matrix[3, $0] } == [0, 0, 0])
    }

    @Test func badEmbeddingFilesNameTheLineAndColumn() {
        func message(_ text: String) -> String? {
            if case .failure(let e) = EmbeddingFile.parse(Array(text.utf8), name: "g.txt") { return e.description }
            return nil
        }
        #expect(message("cat 1 2 3\nsat 1 2\n") == "g.txt:2:1: row has 2 numbers but the first row has 3")
        // A UTF-16 file is one line saying so, not a word of NUL characters.
        if case .failure(let e) = EmbeddingFile.parse([0xFF, 0xFE] + Array("c\0a\0".utf8), name: "g.txt") {
            #expect(e.description == "g.txt: the file is UTF-16 text; save it as UTF-8")
        } else { Issue.record("a UTF-16 file was read") }
        #expect(message("cat 1 2\nsat 1 x2\n") == "g.txt:2:7: 'x2' is not a number")
        #expect(message("cat 1 -1e39\n") == "g.txt:1:7: '-1e39' is beyond float32's range (largest about 3.4e38)")
        #expect(message("2 3\ncat 1 2\n") == "g.txt:2:1: row has 2 numbers but the header says 3")
        #expect(message("99999999999999999999 3\ncat 1 2 3\n") == "g.txt:1:1: the header's numbers (99999999999999999999 words of 3) are too large; the width must be in 1...4096")
        #expect(message("cat 1 nan\n") == "g.txt:1:7: 'nan' is not a number")
        // Hexadecimal is not a number to numpy or Python either; a control character is shown, not hidden.
        #expect(message("cat 1 0x1p3\n") == "g.txt:1:7: '0x1p3' is not a number")
        #expect(message("cat 1 2\u{1B}[31m\n") == "g.txt:1:7: '2\\u{1B}[31m' is not a number")
        #expect(message("lonely\n") == "g.txt:1:7: 'lonely' has no numbers after it")
        #expect(message("\n\n") == "g.txt:1:1: no word vectors found")
        // word2vec's count must be the rows' (a file cut short), and a word must be UTF-8 to ever match.
        #expect(message("3 2\na 1 2\nb 3 4\n") == "g.txt:1:1: the header says 3 words but the file has 2 rows")
        if case .failure(let e) = EmbeddingFile.parse(Array("a 1\n".utf8) + [0x62, 0xFF, 0x20, 0x31, 0x0A], name: "g.txt") {
            #expect(e.description == "g.txt:2:1: the word has bytes that are not UTF-8")
        } else { Issue.record("a word that is not UTF-8 was read") }
        // An escape sequence in a word is made inert before it can be shown.
        let e = try? EmbeddingFile.parse(Array("a\u{1B}]0;x\u{07}b 1\n".utf8), name: "g.txt").get()
        #expect(e?.words == ["ab"])
    }

    @Test func textSetsTheLayerShapeAndTheHeaderSaysIt() throws {
        var s = AppState()
        s.apply(.set(.embedding(.random(width: 50))))
        s.apply(.set(.text(try Sentence.parse("a quick brown fox jumps over the lazy dog").get())))
        #expect(s.spec.length == 9 && s.spec.channels == 50)
        let grid = Screen().render(s, width: 100, height: 30)
        #expect(grid.lines[1].contains("input (None, 9, 50)"))
        // The length is the text's: a key cannot change it behind the words' back.
        s.apply(.adjust(.length, 1))
        #expect(s.spec.length == 9 && s.notice.contains("press e"))
    }

    @Test func theWindowLabelNamesTheWordsItReads() throws {
        var s = AppState()
        s.apply(.set(.text(try Sentence.parse("the plot was not good at all").get())))
        s.apply(.goto(3))
        let text = Screen().render(s, width: 100, height: 30).text
        // k=3 'same': output 3 reads words 2, 3, 4.
        #expect(text.contains("reads 'was' 'not' 'good'"))
        #expect(text.contains("word    pad   the  plot   was   not  good    at   all   pad"))
    }

    /// A sensor model's channels are not words: `e` and `text` say so and leave the model as it was.
    /// A model of word-vector width reads a text's vectors; one with an Embedding reads its words.
    @Test func onlyAModelThatReadsWordsTakesAText() throws {
        var session = Session(state: AppState(model: try #require(ExplorerModel.builtin("har"))))
        session.press(.char("e"), at: 0)
        #expect(session.state.editor == nil)
        #expect(session.state.notice.contains("har reads 128×9 numbers, not words"), "\(session.state.notice)")
        var state = session.state
        state.apply(.set(.text(try Sentence.parse("the plot was not good").get())))
        #expect(state.model == session.state.model && state.notice.contains("not words"))
        let width = state.embedding.width
        let vectors = ExplorerModel(name: "vectors", stack: ModelStack([.conv1D(ConvArguments(filters: 2, kernelSize: 2))]), length: 7, channels: width)
        var words = AppState(model: vectors)
        words.apply(.set(.text(try Sentence.parse("the plot was not good").get())))
        #expect(words.notice.isEmpty && words.model?.length == 5, "\(words.notice)")
        // Now a text, it takes another embedding of another width.
        words.apply(.set(.embedding(.random(width: width + 3))))
        #expect(words.model?.channels == width + 3, "\(words.notice)")
        // A later layer's input is the layer before's output, not words.
        var dilated = AppState(model: try #require(ExplorerModel.builtin("dilated")))
        dilated.apply(.set(.embedding(.random(width: 1))))
        dilated.apply(.set(.text(try Sentence.parse("the plot was not good").get())))
        #expect(Screen().render(dilated, width: 100, height: 30).text.contains("Input x: 5 words × 1 number (random:1"), "\(dilated.notice)")
        dilated.apply(.stage(.to(1)))
        #expect(!Screen().render(dilated, width: 100, height: 30).text.contains("words ×"))
        var imdb = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        imdb.apply(.editText)
        #expect(imdb.editor != nil)
    }

    /// A text longer than the row scrolls to keep the cursor in view, and says that its start is off screen.
    @Test func csvHeadersNameTheChannels() throws {
        let table = try CSVTable.parseWithHeader("acc_x,acc_y\n1,2\n3,4\n", name: "s.csv")
        #expect(table.header == ["acc_x", "acc_y"] && table.values.rows == 2)
        var spec = AppState.defaultSpec
        spec.length = 2
        spec.channels = 2
        let s = AppState(spec: spec, input: .table(name: "s.csv", values: table.values, channelNames: table.header))
        let lines = Screen().render(s, width: 100, height: 30).lines
        #expect(lines.contains { $0.hasPrefix(" acc_x") } && lines.contains { $0.hasPrefix(" acc_y") })
        #expect(throws: (any Error).self) { try CSVTable.parse(String(repeating: "1,", count: 4097) + "1\n", name: "w.csv") }
        // Excel's byte order mark is skipped, before numbers and before a header alike.
        #expect(try CSVTable.parse("\u{FEFF}1,2\n3,4\n", name: "b.csv").values == [1, 2, 3, 4])
        #expect(try CSVTable.parseWithHeader("\u{FEFF}acc_x,acc_y\n1,2\n", name: "b.csv").header == ["acc_x", "acc_y"])
        // A spreadsheet quotes a name with a comma in it, and doubles a quote inside one.
        let quoted = try CSVTable.parseWithHeader("\"acc, x\",\"say \"\"hi\"\"\",z\n1,\"2\",3\n", name: "q.csv")
        #expect(quoted.header == ["acc, x", "say \"hi\"", "z"] && quoted.values.values == [1, 2, 3])
        // A quote inside a field's text (a width in inches) opens nothing.
        #expect(try CSVTable.parseWithHeader("width 3\",y\n1,2\n", name: "i.csv").header == ["width 3\"", "y"])
        // A doubled quote keeps the field quoted: the comma after it is text.
        #expect(try CSVTable.parseWithHeader("\"say \"\"hi\"\", there\",z\n1,3\n", name: "d.csv").header == ["say \"hi\", there", "z"])
    }

    /// Only decimal numbers are read: hexadecimal and a NUL byte are errors that show what the cell holds.
    @Test func csvCellsAreDecimalNumbers() {
        func message(_ text: String) -> String {
            do { _ = try CSVTable.parse(text, name: "x.csv"); return "" } catch { return "\(error)" }
        }
        #expect(message("1,2\n0x10,3\n").hasSuffix("x.csv:2:1: '0x10' is not a number"))
        #expect(message("1,2\u{0}\n3,4\n").hasSuffix("x.csv:1:3: '2\\u{0}' is not a number"))
        #expect(message("1,-2.5e-1\n3,+4\n").isEmpty)
        // A number past float32's reach is named as one, in a CSV and in a vectors file alike.
        #expect(message("1,1e400\n").hasSuffix("x.csv:1:3: '1e400' is beyond float32's range (largest about 3.4e38)"))
        #expect(message("1e40,2\n").hasSuffix("x.csv:1:1: '1e40' is beyond float32's range (largest about 3.4e38)"))
        // A first row of nan is a bad number, not a header naming channels "nan".
        #expect(message("nan,nan\n1,2\n").hasSuffix("x.csv:1:1: 'nan' is not a number"))
        // A spreadsheet's quotes are read through; another separator is named in the error.
        #expect((try? CSVTable.parse("\"1\",\"2\"\n3,4\n", name: "x.csv").values) == [1, 2, 3, 4])
        #expect(message("1\t2\n").hasSuffix("x.csv:1:1: no numbers found (values are separated by commas)"))
        #expect(message("1\n3;4\n").hasSuffix("'3;4' is not a number (values are separated by commas)"))
    }

    /// A script may name an input that does not exist; it says so instead of calling it "never read".
    @Test func selectingAnInputThatDoesNotExistSaysSo() {
        var s = AppState()
        s.apply(.selectInput(99_999))
        #expect(s.selectedInput == nil)
        #expect(s.notice == "there is no input 99999: the input has positions 0…11")
    }

    @Test func wideCharactersTakeTwoCellsAndNeverBreakTheGrid() {
        var g = Grid(width: 8, height: 1)
        let end = g.put("猫x", x: 0, y: 0)
        #expect(end == 3 && g.lines[0] == "猫x     ")
        #expect(g.lines[0].displayWidth == 8)
        // Half a wide character is never left behind.
        g.put("a", x: 1, y: 0)
        #expect(g.lines[0] == " ax     ")
        g.put("日本語", x: 3, y: 0, maxWidth: 4)
        #expect(g.lines[0].displayWidth == 8)
        #expect("extraordinary".fitted(to: 5) == "extr…" && "日本語".fitted(to: 5) == "日本…")
        #expect("😀".displayWidth == 2 && "é".displayWidth == 1)
        // A flag is two regional indicators that curses sends as two one-column characters; a lone one is one column.
        #expect("\u{1F1EB}\u{1F1F7}".displayWidth == 2 && "\u{1F1EB}".displayWidth == 1)
        var flag = Grid(width: 6, height: 1)
        #expect(flag.put("\u{1F1EB}\u{1F1F7}ab", x: 0, y: 0) == 4 && flag.lines[0].displayWidth == 6)
    }

    @Test func aRecordingStartsWithItsTextAndReplaysIt() throws {
        var s = AppState()
        s.apply(.set(.embedding(.random(width: 6))))
        s.apply(.set(.text(try Sentence.parse("Not bad, really.").get())))
        let recorder = DemoRecorder(initial: Session(state: s), at: 0)
        let text = recorder.finish(at: 0)
        #expect(text.contains("embedding random:6\ntext \"not bad really\"\n"))
        let replay = HeadlessPlayback(script: try DemoParser(file: "r.convdemo").parse(text))
        let last = try #require(replay.frames.last).lines.joined(separator: "\n")
        #expect(last.contains("input (None, 3, 6)") && last.contains("not   bad real…"))
    }
}
