import ConvMath
import ConvReports
import Foundation
import Testing
@testable import ConvViz

/// The built-in `sentiment` model: hand-set weights that tell "good" from "not good", checked against `compute`.
@Suite struct SentimentModelTests {
    /// The explorer's score for `text`: the last layer's output once every step is done.
    static func score(_ text: String) throws -> Float {
        var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
        s.apply(.set(.text(try Sentence.parse(text).get())))
        s.apply(.stage(.to(3)))
        guard case .success(let last)? = s.stage else { throw WordsError("the model failed") }
        return last.value(position: 0, channel: 0)
    }

    @Test func notTurnsAPositiveScoreNegative() throws {
        let good = try Self.score("the plot was good"), notGood = try Self.score("the plot was not good")
        #expect(good > 0.5 && notGood < 0.5)
        let notBad = try Self.score("the acting was not bad"), boring = try Self.score("a boring film")
        #expect(notBad > 0.5 && boring < 0.5)
    }

    /// The maxima note names every channel, or ends with "…" where the rows run out: never cut in silence.
    @Test func theMaximaNoteIsWholeOrMarked() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
        s.apply(.set(.text(try Sentence.parse("The movie wasn't bad, it was GREAT!").get())))
        s.apply(.stage(.to(2)))
        s.apply(.last)
        for (w, h) in [(80, 24), (100, 30), (120, 40)] {
            let lines = Screen().render(s, width: w, height: h).lines
            let start = try #require(lines.firstIndex { $0.contains("the maxima came from") }, "\(w)x\(h)")
            let note = lines[start...].prefix { !$0.contains("step ") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let whole = note.joined(separator: " ").contains("c3 negated criticism 'wasnt' 'bad'")
            #expect(whole || note.last?.hasSuffix("…") == true, "\(w)x\(h): \(note)")
        }
    }

    /// The negated filters need the negation: a strong word alone ("excellent", "awful") leaves them at 0.
    @Test func negatedFiltersFireOnlyAfterANegation() throws {
        for (text, maxima) in [("the plot was excellent", [2, 0, 0, 0]), ("the plot was awful", [0, 0, 2, 0]),
                               ("not excellent", [0, 2, 0, 0]), ("hardly good", [0, 0.5, 0, 0])] as [(String, [Float])] {
            var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
            s.apply(.set(.text(try Sentence.parse(text).get())))
            s.apply(.stage(.to(2)))
            guard case .success(let pooled)? = s.stage else { Issue.record("the model failed"); continue }
            #expect((0..<4).map { pooled.value(position: $0, channel: 0) } == maxima, "\(text)")
        }
        #expect(try Self.score("the plot was excellent") > Self.score("the plot was good"))
    }

    @Test func theScoreIsWhatComputeGivesForTheSameWeights() throws {
        let text = "the plot was not good at all"
        let t = TextInput(sentence: try Sentence.parse(text).get(), embedding: TinyEmbedding.table)
        let m = SentimentModel.model
        let e = m.stack.entries
        let d = TinyEmbedding.dimensions.count
        func rows(_ v: [Float], _ width: Int) -> String {
            stride(from: 0, to: v.count, by: width).map { "[" + v[$0..<$0 + width].map { "\($0)" }.joined(separator: ",") + "]" }.joined(separator: ",")
        }
        let kernel = e[1].weights.kernel!, table = e[0].weights.embeddings!
        let nestedKernel = (0..<2).map { tap in "[" + rows(Array(kernel[(tap * d * 4)..<((tap + 1) * d * 4)]), 4) + "]" }.joined(separator: ",")
        let json = """
        {"op": "sequential", "input": [\(t.tokenIds.map(String.init).joined(separator: ","))], "layers": [
          {"class": "Embedding", "input_dim": \(table.count / d), "output_dim": \(d), "embeddings": [\(rows(table, d))]},
          {"class": "Conv1D", "filters": 4, "kernel_size": 2, "padding": "causal", "activation": "relu",
           "kernel": [\(nestedKernel)], "bias": [\(e[1].weights.bias!.map { "\($0)" }.joined(separator: ","))]},
          {"class": "GlobalMaxPooling1D"},
          {"class": "Dense", "units": 1, "activation": "sigmoid", "kernel": [[2],[-2],[-2],[1]], "bias": [0]}]}
        """
        let result = Compute.results(Data(json.utf8))
        guard case .model(let outputs, _)? = result.first else { Issue.record("compute failed: \(result)"); return }
        let score = try Self.score(text)
        #expect(outputs.last.map { Float($0.values[0]) } == score)
        // The global max picked "not good": negated praise fired, praise did not.
        #expect(outputs[2].values.map { Float($0) } == [0, 1, 0, 0])
    }

    @Test func afterTheGlobalMaxTheScreenSaysWhichWordsWon() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
        s.apply(.set(.text(try Sentence.parse("the plot was not good at all").get())))
        s.apply(.stage(.to(2)))
        s.apply(.last)
        let text = Screen().render(s, width: 100, height: 30).text
        // The channel is the conv's filter, named for what it looks for; the filters that never fired are grouped.
        #expect(text.contains("the maxima came from: c1 negated praise 'not' 'good' · c0, c2, c3 are all 0"), "\(text)")
        // Before the last step only the channels computed so far are named: the note gives nothing away.
        s.apply(.goto(1))
        let early = Screen().render(s, width: 100, height: 30).text
        #expect(early.contains("the maxima came from: c1 negated praise 'not' 'good' · c0 is all 0\n"), "\(early)")
        s.apply(.first)
        #expect(Screen().render(s, width: 100, height: 30).text.contains("the maxima came from: c0 is all 0\n"))
        #expect(text.contains("0  negated praise"), "the input rows name the filters: \(text)")
        s.apply(.stage(.next))
        s.apply(.last)
        #expect(Screen().render(s, width: 100, height: 30).text.contains("below 0.5: negative"))
    }

    @Test func aPlayedScriptShowsTheWordsAndTheWindowNamesThem() throws {
        let script = try DemoParser(file: "s.convdemo").parse("""
        model sentiment
        text "the plot was not good at all"
        stage 2
        goto 5
        """)
        let last = try #require(HeadlessPlayback(script: script).frames.last).lines.joined(separator: "\n")
        #expect(last.contains("the  plot   was   not  good    at   all"))
        #expect(last.contains("y[4, f0] reads 'not' 'good'"))
    }

    /// The filters' names describe the hand-set weights: they show beside the conv's output rows and
    /// the next layer's input rows, and never on a layer that cannot keep those weights.
    @Test func theFiltersAreNamedWhileTheyKeepTheirWeights() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
        s.apply(.stage(.to(1)))
        let conv = Screen().render(s, width: 100, height: 30).lines
        for (f, name) in SentimentModel.filterNames.enumerated() {
            #expect(conv.contains { $0.hasPrefix(" f\(f) ") && $0.contains("  \(name) ") }, "f\(f) \(name): \(conv)")
        }
        #expect(conv.contains { $0.hasPrefix("── Kernel W[:,:,0] praise ") }, "the kernel's title names the filter: \(conv)")
        s.apply(.stage(.to(2)))
        #expect(Screen().render(s, width: 100, height: 30).text.contains("1  negated praise"))
        s.apply(.stage(.to(1)))
        s.apply(.adjust(.kernelSize, 1))
        guard case .conv1D(let a)? = s.model?.stack.entries[1].layer else { Issue.record("no conv"); return }
        #expect(a.kernelSize == 3)
        for layer in [1, 2] {
            s.apply(.stage(.to(layer)))
            let text = Screen().render(s, width: 100, height: 30).text
            #expect(text.contains("the given kernel has 40 values, but the layer needs 3 × 5 × 4 = 60"), "layer \(layer) after k=3: \(text)")
            #expect(!text.contains("praise") && !text.contains("criticism"), "layer \(layer) after k=3: \(text)")
        }
    }

    /// The conv's output and the global max's input are one tensor, so both axes name the same words;
    /// once a stride makes output j stand for another word, both fall back to positions.
    @Test func theLayerAfterTheConvNamesItsPositionsAsTheConvsOutputDid() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
        s.apply(.set(.text(try Sentence.parse("the plot was not good").get())))
        func axis(_ state: AppState, _ panel: String) throws -> String {
            let lines = Screen().render(state, width: 100, height: 30).lines
            let title = try #require(lines.firstIndex { $0.hasPrefix("── \(panel)") }, "\(panel): \(lines)")
            return lines[title + 1]
        }
        s.apply(.stage(.to(1)))
        let words = " word     the   plot    was    not   good"
        #expect(try axis(s, "Output").hasPrefix(words))
        s.apply(.stage(.to(2)))
        #expect(try axis(s, "Input").hasPrefix(" word   the  plot   was   not  good"))
        s.apply(.stage(.to(1)))
        s.apply(.adjust(.strides, 1))
        #expect(try axis(s, "Output").hasPrefix(" pos "))
        s.apply(.stage(.to(2)))
        #expect(try axis(s, "Input").hasPrefix(" pos "), "a stride-2 conv's output 1 is not the word 'plot'")
    }

    /// At 80 columns the header says which layer this is in a shorter form, never cut with "…".
    @Test func theHeaderNamesTheLayerInAFormThatFits() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
        s.apply(.stage(.to(2)))
        let narrow = Screen().render(s, width: 80, height: 24).lines[1].trimmingCharacters(in: .whitespaces)
        #expect(narrow.hasSuffix("params 0  layer 3 of 4"), "\(narrow)")
        let wide = Screen().render(s, width: 120, height: 40).lines[1]
        #expect(wide.contains("layer 3 of 4: global_max_pooling1d (GlobalMaxPooling1D)"), "\(wide)")
    }

    /// An Embedding's output rows are named by its dimensions; in the heatmap of a long text the
    /// names keep a gap before the first cell ("good █", never "good█").
    @Test func dimensionNamesKeepAGapBeforeTheHeatmap() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("sentiment")))
        s.apply(.set(.text(try Sentence.parse(Array(repeating: "good not bad very film the", count: 20).joined(separator: " ")).get())))
        let lines = Screen().render(s, width: 80, height: 24).lines
        let output = try #require(lines.firstIndex { $0.hasPrefix("── Output") })
        // The output being computed is the largest (1 of 1): it shows as ▓, so its highlight shows round the ink.
        #expect(lines[output...].first { $0.hasPrefix(" good") }?.hasPrefix(" good ▓") == true, "\(lines)")
        for name in ["good", "very", "film"] {
            let row = try #require(lines[output...].first { $0.hasPrefix(" \(name)") }, "\(name): \(lines)")
            #expect(row.hasPrefix(" \(name) "), "\(row)")
        }
    }
}
