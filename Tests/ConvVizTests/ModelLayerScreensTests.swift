import Foundation
import Testing
@testable import ConvViz

/// What each kind of layer shows in the model explorer: dropout, a Dense's products and units, a
/// global max's winner, softmax's parts, every layer in PyTorch's terms, and the strip on a narrow screen.
@Suite struct ModelLayerScreensTests {
    /// PyTorch's dropout is the identity only in eval mode, and the panel says so.
    @Test func pytorchDropoutSaysEvalMode() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("har")))
        s.apply(.stage(.to(2)))
        #expect(Screen().render(s, width: 100, height: 30).text.contains("Dropout(rate=0.5) is the identity at inference"))
        s.apply(.set(.framework(.pytorch)))
        #expect(s.notice.hasPrefix("PyTorch: every layer as PyTorch code"))
        #expect(Screen().render(s, width: 100, height: 30).text.contains("nn.Dropout(p=0.5) is the identity in eval mode (model.eval())"))
    }

    /// Fewer or more units on a Dense keep the weights of the units that stay: unit 0 sums the same.
    @Test func changingUnitsKeepsTheOtherUnitsWeights() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("har")))
        s.apply(.stage(.to(6)))
        func z0() -> Float? {
            guard case .success(.dense(let d))? = s.stage else { return nil }
            return d.preActivation(row: 0, unit: 0)
        }
        let before = try #require(z0())
        for key: Character in ["f", "F", "F"] {
            s.apply(try #require(KeyMap.standard.action(for: .char(key))))
            #expect(z0() == before, "after \(key)")
        }
    }

    /// A global max's view shows its winner wherever it is, and a Dense's Σ row counts the products shown.
    @Test func theGlobalMaxWinnerIsInViewAndTheDenseCountsItsProducts() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        s.apply(.stage(.to(4)))
        s.apply(.cycleZoom)
        for index in 0..<32 {
            s.apply(.goto(index))
            guard case .success(let stage)? = s.stage, let trace = s.stageTrace else { Issue.record("no stage"); return }
            guard let winner = trace[s.stepIndex].winner else { continue }
            let view = ScreenLayout(state: s, width: 100, height: 30).inputView
            #expect(view.positions.contains(winner.position), "step \(index): winner \(winner.position) not in \(view.positions)")
            _ = stage
        }
        // A channel of one value (a filter that never fired) names no winner.
        var dead = 0
        for index in 0..<32 {
            s.apply(.goto(index))
            guard case .success(.globalPool(let g))? = s.stage else { Issue.record("not a global pool"); return }
            let column = (0..<g.input.rows).map { g.input[$0, index] }
            let text = Screen().render(s, width: 100, height: 30).text
            if Set(column).count == 1 {
                dead += 1
                #expect(text.contains("all 92 values are \(NumberText.exact(column[0])): no position stands out"), "c\(index)")
            } else {
                #expect(text.contains("the largest of 92 values is at position \(column.firstIndex(of: column.max()!)!)"), "c\(index)")
            }
        }
        #expect(dead > 0, "imdb has filters that never fire on its seeded input")
        // The Dense's products fill the rows it is given, and the Σ row counts the ones shown.
        s.apply(.stage(.to(5)))
        for (w, h) in [(80, 24), (100, 30), (120, 40)] {
            let lines = Screen().render(s, width: w, height: h).lines
            let rule = try #require(lines.firstIndex { $0.contains("= sigmoid(Σ x[i]·W[i, 0] + b[0]) over 32 inputs") })
            let sum = try #require(lines.firstIndex { $0.contains("Σ 32 products") })
            let terms = lines[(rule + 1)..<sum].map { $0.filter { $0 == "·" }.count }.reduce(0, +)
            #expect(sum - rule > 2 || w == 80, "\(w)x\(h): the products take more than one row")
            #expect(lines[sum].contains(terms == 32 ? "Σ 32 products = " : "Σ 32 products (\(terms) shown) = "), "\(w)x\(h): \(lines[sum])")
        }
    }

    /// On a narrow screen the strip abbreviates the other layers' names before it drops them,
    /// and keeps as much of its "Tab" hint as fits.
    @Test func theStripAbbreviatesBeforeItDropsNames() throws {
        var imdb = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        imdb.apply(.stage(.to(2)))
        let strip = Screen().render(imdb, width: 80, height: 24).lines[2]
        #expect(strip.contains("imdb: 1 Emb ▸ 2 Conv ▸ 3 MaxPool 98×32 ▸ 4 Conv ▸ 5 GMax ▸ 6 Dense") && strip.hasSuffix("Tab layer "), "\(strip)")
    }

    /// Softmax says over how many units; over one unit it says the answer is always 1.
    @Test func softmaxSaysOverHowManyUnits() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("har")))
        s.apply(.stage(.to(6)))
        #expect(Screen().render(s, width: 100, height: 30).text.contains("softmax over 6 units: exp(z0 − max) / Σ = "))
        // The notes give what the softmax reads besides z0: every z, their max and the sum of exponentials.
        guard case .success(.dense(let d))? = s.stage else { Issue.record("not a Dense"); return }
        let z = (0..<6).map { d.preActivation(row: 0, unit: $0) }
        let (top, total) = LayerActivation.softmaxParts(z)
        let text = Screen().render(s, width: 100, height: 30).text
        #expect(text.contains("each unit's z = Σ x·W + b: z0 \(NumberText.fit(z[0], width: 7))"), "\(text)")
        #expect(text.contains("max z\(z.firstIndex(of: top)!) = \(NumberText.fit(top, width: 7)), Σ exp(z − max) = \(NumberText.fit(Float(total), width: 7))"), "\(text)")
        #expect(abs(Float(exp(Double(z[0] - top)) / total) - d.step(index: 0, position: 0, channel: 0).value) < 1e-6)
        var torch = s
        torch.apply(.set(.framework(.pytorch)))
        #expect(Screen().render(torch, width: 100, height: 30).text.contains("each unit's z = Σ x·weight + bias: z0 "))
        let fewer = try #require(KeyMap.standard.action(for: .char("f")))
        for _ in 0..<5 { s.apply(fewer) }
        #expect(Screen().render(s, width: 100, height: 30).text.contains("softmax over 1 unit: always 1"))
    }

    /// After `T`, every layer of the IMDB model reads as PyTorch code with PyTorch's (N, C, L) shapes.
    @Test func theFrameworkKeyShowsEveryLayerInPyTorchsTerms() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        s.apply(.set(.framework(.pytorch)))
        func header() -> String { Screen().render(s, width: 120, height: 30).lines.prefix(2).joined(separator: "\n") }
        #expect(header().contains("nn.Embedding(num_embeddings=10000, embedding_dim=128), then x.transpose(1, 2) for nn.Conv1d"), "\(header())")
        #expect(header().contains("input (N, 500) → output (N, 128, 500)"), "\(header())")
        let narrow = Screen().render(s, width: 80, height: 24).lines[0]
        #expect(narrow.trimmingCharacters(in: .whitespaces).hasSuffix("then x.transpose(1, 2)"), "\(narrow)")
        s.apply(.stage(.to(4)))
        #expect(header().contains("torch.amax(x, dim=2)") && header().contains("input (N, 32, 92) → output (N, 32)"), "\(header())")
        // The strip holds shapes as PyTorch does, channels first, and names PyTorch's modules.
        let strip = Screen().render(s, width: 120, height: 30).lines[2]
        #expect(strip.contains("2 Conv1d 32×494 ▸ 3 MaxPool1d 32×98 ▸ 4 Conv1d 32×92 ▸ 5 GlobalMax 32 ▸ 6 Linear 1"), "\(strip)")
        s.apply(.stage(.to(5)))
        #expect(header().contains("nn.Linear(in_features=32, out_features=1), then torch.sigmoid"), "\(header())")
        #expect(Screen().render(s, width: 120, height: 30).text.contains("y[0] = sigmoid(Σ x[i]·weight[0, i] + bias[0]) over 32 inputs"))
        s.apply(.set(.framework(.keras)))
        #expect(header().contains("Dense(units=1, activation='sigmoid')") && header().contains("(None, 32)"), "\(header())")
    }

    /// A layer Keras builds but the explorer does not compute (an LSTM) is never shown as Keras's error.
    @Test func anLSTMIsNotComputedRatherThanRaised() throws {
        let stack = ModelStack([.conv1D(ConvArguments(filters: 4, kernelSize: 3)), .lstm(RecurrentArguments(units: 8)), .dense(units: 1, useBias: true)])
        var s = AppState(model: try ExplorerModel.from(ModelStack(entries: [ModelStack.Entry(.input(shape: [20, 2]))] + stack.entries), name: "rnn").get())
        s.apply(.stage(.to(1)))
        let text = Screen().render(s, width: 100, height: 30).text
        #expect(text.contains("layer 2 lstm (LSTM) is not computed step by step here"), "\(text)")
        #expect(text.contains("── not computed step by step ") && !text.contains("raises"), "\(text)")
        #expect(text.contains("Keras builds this LSTM"), "\(text)")
        s.apply(.stage(.next))
        #expect(s.notice == "layer 2 is not computed step by step, so the layers after it have no input")
    }

    /// A model's fan-in scaled weights (-0.0625) and their products read exactly where the taps fit:
    /// the kernel's and the products' cells widen rather than round, so the sum can be checked by hand.
    @Test func finerWeightsAndTheirProductsReadExactly() throws {
        for (name, size) in [("har", (80, 24)), ("har", (160, 48)), ("imdb", (160, 48))] {
            var s = AppState(model: try #require(ExplorerModel.builtin(name)))
            s.apply(.stage(.to(name == "har" ? 0 : 1)))
            s.apply(.cycleZoom)   // numbers
            let layout = ScreenLayout(state: s, width: size.0, height: size.1)
            let lines = Screen().render(s, width: size.0, height: size.1).lines
            #expect(s.wideKernel && layout.kernelCellWidth == 8, "\(name) at \(size)")
            let rows = lines[(layout.kernel.y + 2)..<(layout.kernel.y + 2 + layout.channelRows)]
            // har's weights are sixteenths; imdb's (fan-in 896) are finer still, so some stay marked as rounded.
            for row in rows where name == "har" {
                #expect(!row.contains("~"), "\(name) at \(size): \(row)")
            }
            #expect(layout.taps == s.spec.kernelSize, "every tap still shows: \(name) at \(size)")
        }
        // The default layer's quarter-step weights keep the standard cells.
        let plain = ScreenLayout(state: AppState(), width: 80, height: 24)
        #expect(plain.kernelCellWidth == 6 && plain.productCellWidth == 8)
    }

    /// nn.Linear works on the last axis, the positions of an (N, C, L) sequence: a Dense on a sequence is
    /// written with the transposes that make it mix each position's channels, as Keras's does.
    @Test func aDenseOnASequenceIsTransposedInPyTorch() throws {
        let stack = ModelStack(entries: [ModelStack.Entry(.input(shape: [10, 3])), ModelStack.Entry(.conv1D(ConvArguments(filters: 4, kernelSize: 3))),
                                         ModelStack.Entry(.dense(units: 2, useBias: true, activation: .softmax))])
        var s = AppState(model: try ExplorerModel.from(stack, name: "seq").get())
        s.apply(.set(.framework(.pytorch)))
        s.apply(.stage(.to(1)))
        let text = Screen().render(s, width: 120, height: 30).text
        #expect(text.contains("nn.Linear(in_features=4, out_features=2) on x.transpose(1, 2), then torch.softmax(x, dim=-1), transposed back"), "\(text)")
        #expect(text.contains("y[u0, 0] reads the 4 channels at position 0"), "\(text)")
        // Keras's softmax is over the channels, dim 1 of (N, C, L).
        let act = try ExplorerModel.from(ModelStack(entries: [ModelStack.Entry(.input(shape: [10, 3])), ModelStack.Entry(.activation(.softmax))]), name: "act").get()
        var a = AppState(model: act)
        a.apply(.set(.framework(.pytorch)))
        #expect(Screen().render(a, width: 120, height: 30).text.contains("torch.softmax(x, dim=1)"))
    }

    /// A softmax Activation is not a function of one value: the screen says it reads the position's
    /// channels and divides by their sum, and the value is that softmax.
    @Test func aSoftmaxActivationReadsEveryChannelOfItsPosition() throws {
        let act = try ExplorerModel.from(ModelStack(entries: [ModelStack.Entry(.input(shape: [6, 3])), ModelStack.Entry(.activation(.softmax))]), name: "act").get()
        var s = AppState(model: act)
        s.apply(.step(1))
        let text = Screen().render(s, width: 100, height: 30).text
        #expect(text.contains("y[1, c0] reads the 3 channels at position 1"), "\(text)")
        #expect(text.contains("Activation('softmax') over the channels at each position"), "\(text)")
        guard case .pass(let p)? = s.otherStage else { Issue.record("no activation stage"); return }
        let x = (0..<3).map { Double(p.inputMatrix[1, $0]) }, top = x.max()!
        let expected = exp(x[0] - top) / x.map { exp($0 - top) }.reduce(0, +)
        let shown = try #require(text.split(separator: "\n").first { $0.contains("y[1, c0] = exp(") }?.split(separator: " ").last.flatMap { Double($0) })
        #expect(abs(shown - expected) < 1e-6, "\(shown) vs \(expected)")
    }
}
