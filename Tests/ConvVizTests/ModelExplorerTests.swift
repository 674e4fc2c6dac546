import Foundation
import Testing
@testable import ConvMath
@testable import ConvViz

/// The model explorer: each layer at work on the real output of the one before, with the numbers Keras computes.
@Suite struct ModelExplorerTests {
    /// The built-in model's layers with the weights the explorer seeded, run whole by `ModelRun` (compute's engine).
    func reference(_ state: AppState) throws -> ModelRun {
        let m = try #require(state.model)
        var entries = m.stack.entries
        var shape = m.inputShape
        for i in entries.indices {
            entries[i].weights = ModelWeightsSeed.weights(entries[i], index: i, input: shape, seed: state.seed, kernelSource: state.kernelSource)
            shape = try entries[i].layer.outcome(on: shape, name: "l\(i)").get().shape
        }
        return ModelRun(ModelStack(entries: entries), input: state.stageInputs[0])
    }

    @Test func imdbShowsTheStripAndEveryLayerAgreesWithCompute() throws {
        var state = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        let run = try reference(state)
        #expect(run.error == nil && run.outputs.count == 6)
        let screen = Screen()
        let first = screen.render(state, width: 100, height: 30).text
        #expect(first.contains("imdb: 1 Embedding 500×128 ▸ 2 Conv1D ▸ 3 MaxPool ▸ 4 Conv1D ▸ 5 GlobalMax ▸ 6 Dense"))
        // With room, every layer's output shape.
        #expect(screen.render(state, width: 140, height: 30).text.contains("imdb: 1 Embedding 500×128 ▸ 2 Conv1D 494×32 ▸ 3 MaxPool 98×32 ▸ 4 Conv1D 92×32 ▸ 5 GlobalMax 32 ▸ 6 Dense 1"))
        #expect(first.hasPrefix(" Embedding(input_dim=10000, output_dim=128)"))
        let classes = ["Embedding", "Conv1D", "MaxPooling1D", "Conv1D", "GlobalMaxPooling1D", "Dense"]
        for layer in 0..<6 {
            if layer > 0 { state.apply(.stage(.next)) }
            #expect(state.stageIndex == layer)
            let trace = try #require(state.stageTrace)
            let out = run.outputs[layer].matrix
            // The first, a middle and the last step of each layer, as the computation panel shows them.
            for index in [0, trace.count / 2, trace.count - 1] {
                state.apply(.goto(index))
                let (j, c) = trace.coordinates(of: index)
                let text = screen.render(state, width: 100, height: 30).text
                let lines = text.split(separator: "\n").map(String.init)
                #expect(lines[0].hasPrefix(" " + classes[layer] + "("), "layer \(layer + 1) header: \(lines[0])")
                let want = out[j, c]
                #expect(trace[index].value.bitPattern == want.bitPattern, "layer \(layer + 1) step \(index): \(trace[index].value) vs compute \(want)")
                let shown = NumberText.fit(want, width: 12)
                #expect(lines.contains { $0.contains("] = ") && $0.hasSuffix("= \(shown)") || $0.contains("= \(shown) ") || $0.hasSuffix("= \(shown)") || $0.hasSuffix("→ \(shown)") },
                        "layer \(layer + 1) step \(index) does not show \(shown):\n\(text)")
            }
        }
        state.apply(.stage(.next))
        #expect(state.stageIndex == 5 && state.notice.contains("last layer"))
    }

    @Test func poolingStepShowsTheWindowOnTheConvOutputsAndTheWinner() throws {
        let stack = ModelStack([
            .conv1D(ConvArguments(filters: 2, kernelSize: 3, activation: .relu)), .maxPooling1D(PoolArguments(poolSize: 2)),
            .globalAveragePooling1D(keepdims: false), .dense(units: 2, useBias: true),
        ])
        var state = AppState(model: ExplorerModel(name: "small", stack: stack, length: 10, channels: 2), input: .preset(.sine))
        state.apply(.stage(.next))
        state.apply(.step(3))
        guard case .pool(let pool)? = state.otherStage, let step = state.stageTrace?[state.stepIndex], case .pool(let s) = step else {
            Issue.record("layer 2 is not a pool step")
            return
        }
        let text = Screen().render(state, width: 100, height: 30).text
        #expect(text.hasPrefix(" MaxPooling1D(pool_size=2, strides=2, padding='valid')"))
        let conv = try reference(state).outputs[0].matrix
        // The pool's input is the conv's real output, and the winner is the largest of its window.
        #expect(pool.input == conv)
        let window = s.realPositions
        let best = window.map { conv[$0, s.channel] }.max()!
        #expect(s.value == best && conv[s.winner!, s.channel] == best)
        #expect(text.contains("reads inputs \(window.first!)..\(window.last!) of c\(s.channel)"))
        #expect(text.contains("the largest is x\(s.winner!) = \(NumberText.fit(best, width: 12))"))
    }

    @Test func aChangeToOneLayerFlowsToTheLayersAfterIt() throws {
        var state = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        state.apply(.stage(.to(2)))
        state.apply(.adjust(.kernelSize, 1))   // pool_size 5 → 6
        let rows = try #require(try state.modelSummary?.get().rows)
        // ⌊(494 − 6)/6⌋ + 1 = 82 positions, and the conv after it follows: 82 − 7 + 1 = 76.
        #expect(rows.map { $0.outcome.shape.description }.suffix(4) == ["(None, 82, 32)", "(None, 76, 32)", "(None, 32)", "(None, 1)"])
        state.apply(.set(.parameter(.kernelSize, 495)))
        // ⌊(494 − 495)/495⌋ + 1 = 0 positions: Keras refuses the pool itself when it builds the model.
        #expect(state.modelSummary.map { if case .failure(let e) = $0 { return e.index } else { return -1 } } == 2)
        #expect(Screen().render(state, width: 100, height: 30).text.contains("Computed output size would be"))
    }

    @Test func scriptLinesOpenAModelAndMoveBetweenLayers() throws {
        let script = try DemoParser(file: "t").parse("model har\nstage next\nstage 5\nstage prev\n")
        var session = Session(state: AppState())
        let player = DemoPlayer(script: script, clock: ScriptClock(base: ManualClock()), headless: true)
        while player.advance(&session, at: 0) {}
        #expect(session.state.stageIndex == 3)
        #expect(session.state.model?.stack.entries[0].layer == .conv1D(ConvArguments(filters: 64, kernelSize: 3, activation: .relu)))
        var state = session.state
        state.apply(.set(.parameter(.filters, 12)))
        #expect(state.notice.contains("MaxPooling1D has no filters"))
        #expect(DemoFormatter.line(.model(session.state.model!)) == "model har")
        #expect(DemoFormatter.line(.stage(.to(4))) == "stage 5")
    }

    /// When a layer fails, the layers before it keep their shapes and parameters, and the failing
    /// Conv1D's call names the dilation that makes it too wide.
    @Test func aFailingLayerLeavesTheLayersBeforeItWhole() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        s.apply(.set(.text(try Sentence.parse("this movie was not good at all, i hated it").get())))
        let lines = Screen().render(s, width: 100, height: 30).lines
        #expect(lines[1].contains("input (None, 10) → output (None, 10, 5)  params 1675"), "\(lines[1])")
        #expect(lines[2].contains("1 Embedding 10×5 ▸ 2 Conv1D 4×32 ▸ 3 MaxPool error ▸ 4 Conv1D ?"), "\(lines[2])")
        // The failing pool takes a pool's keys, named as Keras names them.
        s.apply(.stage(.to(2)))
        let hints = Screen().render(s, width: 100, height: 30).lines[3]
        #expect(hints.contains("k/K pool") && hints.contains("T PyTorch") && !hints.contains("dil"), "\(hints)")
        // A failing Conv1D's call wraps as a working one's does, the error on the row after it.
        var short = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        short.apply(.set(.text(try Sentence.parse("a fine film").get())))
        short.apply(.stage(.to(1)))
        let top = Screen().render(short, width: 80, height: 24).lines
        #expect(top[0].hasPrefix(" Conv1D(filters=32, kernel_size=7") && top[1].contains("activation='relu')")
                && top[2].contains("cannot be built on its input"), "\(top.prefix(3))")
        let wide = ExplorerModel(name: "wide", stack: ModelStack([.conv1D(ConvArguments(filters: 2, kernelSize: 10, dilationRate: 2))]), length: 16, channels: 1)
        let header = Screen().render(AppState(model: wide), width: 100, height: 30).lines[0]
        #expect(header.contains("kernel_size=10, strides=1, padding='valid', dilation_rate=2"), "\(header)")
    }

    /// Every hint on the status line ends before the pinned `? help` with a space between, at any width.
    @Test func statusHintsNeverTouchThePinnedHelp() throws {
        var model = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        var single = AppState()
        // A long count ("step 12345/64000") leaves the zoom mode too little room: it is cut, never overwritten.
        var far = AppState(spec: Conv1DSpec(length: 2000, channels: 4, filters: 32, kernelSize: 3))
        far.apply(.goto(12345))
        for width in 60...130 {
            for state in [model, single, far] {
                let status = Screen().render(state, width: width, height: 24).lines.last!
                let help = try #require(status.range(of: "? help"), "\(width): \(status)")
                #expect(status[status.index(before: help.lowerBound)] == " ", "\(width): \(status)")
            }
        }
        let zoom = try #require(KeyMap.standard.action(for: .char("z")))
        model.apply(zoom)
        single.apply(zoom)
        for state in [model, single] {
            let status = Screen().render(state, width: 80, height: 24).lines.last!
            #expect(!status.contains("step?"), "\(status)")
        }
    }

    /// A layer whose weights could not be held (a Dense of 10⁶ units on 10⁵ features: 10¹¹ weights) is
    /// refused with the sizes, before any weight is seeded; the layers before it still run.
    @Test func aLayerTooBigToHoldIsRefusedNotAllocated() throws {
        let model = ExplorerModel(name: "big", stack: ModelStack([.flatten, .dense(units: 1_000_000, useBias: true)]), length: 1000, channels: 100)
        var s = AppState(model: model)
        #expect(s.stageTrace?.isEmpty == false)
        s.apply(.stage(.next))
        guard case .failure(let e)? = s.stage else { Issue.record("the Dense was built"); return }
        #expect(e.error.type == LayerError.tooBigType)
        #expect(e.error.message == "Dense has 100001000000 weights, more than the 16000000 the explorer holds")
        let text = Screen().render(s, width: 100, height: 30).text
        #expect(text.contains("too big for the explorer") && text.contains("100001000000 weights"), "\(text)")
        #expect(!text.contains("Keras raises"), "\(text)")
    }

    /// A Conv1D inside a model says where its input comes from, as the other layers do, when the row has room.
    @Test func aModelsConvNamesItsInput() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        s.apply(.stage(.to(1)))
        #expect(Screen().render(s, width: 160, height: 48).text.contains("128 channels (c0–c10 shown, ↑↓), output of layer 1: embedding (Embedding) ──"))
        #expect(!Screen().render(s, width: 80, height: 24).text.contains("output of"), "gives way to the padding on a narrow screen")
    }

    /// A model file of a hundred thousand layers is refused in a line; a thousand still load.
    @Test func theExplorerWalksAtMostAThousandLayers() {
        func model(_ n: Int) -> Result<ExplorerModel, LayerError> {
            ExplorerModel.from(ModelStack([.input(shape: [10, 2])] + Array(repeating: .dropout(rate: 0), count: n)), name: "deep")
        }
        #expect(model(1_000).value != nil)
        // The strip keeps the current layer in view, with the first and the last.
        var s = AppState(model: model(1_000).value!)
        s.apply(.stage(.to(499)))
        let strip = Screen().render(s, width: 80, height: 24).lines[2]
        #expect(strip.contains("1 ▸ … ▸") && strip.contains("500 Dropout 10×2") && strip.trimmingCharacters(in: .whitespaces).hasSuffix("… ▸ 1000"), "\(strip)")
        guard case .failure(let e) = model(100_000) else { Issue.record("100,000 layers loaded"); return }
        #expect(e.message == "100000 layers; the explorer walks at most 1000 (summary reads any number)")
    }
}
