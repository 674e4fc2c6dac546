import Foundation
import Testing
@testable import ConvViz

/// PyTorch in the explorer: nn.Conv1d's call, its integer padding and padding modes, its refusals.
@Suite struct PyTorchExplorerTests {
    static let script = """
        title "PyTorch padding"
        set framework pytorch
        set length 6
        set channels 1
        set filters 1
        set padding 2
        set padding_mode reflect
        caption "reflect"
        wait 1s
        set padding_mode replicate
        caption "replicate"
        wait 1s
        set padding_mode circular
        caption "circular"
        wait 1s
        """

    /// Every pad cell on screen holds the value of the input cell its label names: `(2)` shows x[2].
    static func padCellsHoldTheirSources(_ lines: [String]) -> (pads: Int, wrong: [String]) {
        guard let axis = lines.first(where: { $0.hasPrefix(" pos ") }), let row = lines.first(where: { $0.hasPrefix(" c0 ") }) else { return (0, ["no input rows"]) }
        let names = axis.split(separator: " ").dropFirst().map(String.init)
        let values = row.split(separator: " ").dropFirst().map(String.init)
        guard names.count == values.count else { return (0, ["\(names) vs \(values)"]) }
        let byPosition = Dictionary(zip(names, values).filter { !$0.0.hasPrefix("(") && $0.0 != "pad" }, uniquingKeysWith: { a, _ in a })
        var pads = 0, wrong: [String] = []
        for (name, value) in zip(names, values) where name == "pad" {
            pads += 1
            if value != "0" { wrong.append("a zero pad shows \(value)") }
        }
        for (name, value) in zip(names, values) where name.hasPrefix("(") {
            pads += 1
            let source = String(name.dropFirst().dropLast())
            if byPosition[source] != value { wrong.append("\(name) shows \(value), x[\(source)] is \(byPosition[source] ?? "?")") }
        }
        return (pads, wrong)
    }

    @Test func aScriptShowsEachPaddingModeAndWhatEachPadCellCopies() throws {
        let p = HeadlessPlayback(script: try DemoParser(file: "torch").parse(Self.script))
        for mode in ["reflect", "replicate", "circular"] {
            let frame = try #require(p.frames.last { $0.lines.contains(" \(mode)") || $0.lines.contains { $0.hasPrefix(" \(mode) ") || $0 == " \(mode)" } })
            let text = frame.lines.joined(separator: "\n")
            #expect(text.contains("nn.Conv1d(") && text.contains("padding=2") && text.contains("padding_mode='\(mode)'"), "\(text)")
            let check = Self.padCellsHoldTheirSources(frame.lines)
            #expect(check.pads == 4, "two pad cells on each side in \(mode)")
            #expect(check.wrong.isEmpty, "\(mode): \(check.wrong)")
        }
    }

    @Test(arguments: TorchPaddingMode.allCases)
    func eachPaddingModeInPyTorch(_ mode: TorchPaddingMode) {
        var state = AppState(spec: Conv1DSpec(length: 8, channels: 2, filters: 2, kernelSize: 3, strides: 1, padding: .same))
        state.apply(.set(.framework(.pytorch)))
        state.apply(.set(.torchPadding(2)))
        state.apply(.set(.paddingMode(mode)))
        state.apply(.step(1))
        let grid = Screen().render(state, width: 100, height: 30)
        assertSnapshot(grid, named: "pytorch-\(mode.rawValue)")
        #expect(Self.padCellsHoldTheirSources(grid.lines).wrong.isEmpty)
    }

    @Test func switchingKeepsTheLayerWherePyTorchCanSayItAndSaysWhatChanged() {
        var state = AppState()   // 'same', stride 1
        state.apply(.toggleFramework)
        #expect(state.framework == .pytorch && state.torchPadding == .same)
        #expect(state.layer.value?.outputLength == 12)
        state.apply(.adjust(.strides, 1))
        // PyTorch's own refusal, shown instead of the panels; the explorer keeps running.
        #expect(state.layerError?.message == "padding='same' is not supported for strided convolutions")
        #expect(Screen().render(state, width: 100, height: 30).text.contains("PyTorch raises ValueError"))

        var causal = AppState(spec: Conv1DSpec(length: 10, channels: 1, filters: 1, kernelSize: 3, strides: 1, padding: .causal))
        causal.apply(.toggleFramework)
        #expect(causal.notice.contains("F.pad(x, (2, 0))"))
        causal.apply(.set(.torchPadding(2)))
        causal.apply(.set(.paddingMode(.reflect)))
        causal.apply(.toggleFramework)
        #expect(causal.framework == .keras && causal.spec.padding == .same)
        #expect(causal.notice.contains("zeros only"))
        causal.apply(.set(.torchPadding(1)))
        #expect(causal.notice.contains("set framework pytorch"))
    }

    /// A Keras padding PyTorch cannot take ('same' at a stride, 'causal') comes back on the way back to Keras,
    /// unless PyTorch's padding was changed in between.
    @Test(arguments: [(Padding.same, 2), (.causal, 1), (.causal, 3)])
    func goingToPyTorchAndBackKeepsTheKerasLayer(_ padding: Padding, _ strides: Int) {
        var state = AppState(spec: Conv1DSpec(length: 12, channels: 1, filters: 1, kernelSize: 3, strides: strides, padding: padding))
        let outputs = state.layer.value?.outputLength
        state.apply(.toggleFramework)
        state.apply(.toggleFramework)
        #expect(state.framework == .keras && state.spec.padding == padding && state.layer.value?.outputLength == outputs)
        #expect(state.notice.contains("padding='\(padding.rawValue)' again"))

        state.apply(.toggleFramework)
        state.apply(.cyclePadding)
        state.apply(.toggleFramework)
        #expect(state.spec.padding != padding || padding == .same, "a PyTorch padding the user chose is what comes back")
    }

    /// PyTorch holds a sequence as (channels, steps): its screens index y[f, j] beside weight[f, :, :],
    /// Keras's y[j, f]; an Embedding's output too, since its call names the transpose for nn.Conv1d.
    @Test func eachFrameworkIndexesInItsOwnOrder() throws {
        var s = AppState()
        s.apply(.goto(14))   // filter-major: filter 1, position 2
        let keras = Screen().render(s, width: 100, height: 30).text
        #expect(keras.contains("y[2, f1] reads") && keras.contains("y[2, f1] = relu(Σ x·w + b)"), "\(keras)")
        s.apply(.set(.framework(.pytorch)))
        let torch = Screen().render(s, width: 100, height: 30).text
        #expect(torch.contains("y[f1, 2] reads") && torch.contains("y[f1, 2] = relu(Σ x·w + b)"), "\(torch)")
        s.apply(.goto(2))
        #expect(Screen().render(s, width: 100, height: 30).text.contains("Kernel weight[0, :, :] ──") )
        #expect(Screen().render(s, width: 100, height: 30).text.contains("y[f0, 2] = relu("), "filter 0, position 2")

        let stack = ModelStack([.embedding(inputDim: 20, outputDim: 3, inputLength: 6), .dropout(rate: 0.5),
                                .conv1D(ConvArguments(filters: 2, kernelSize: 2)), .dropout(rate: 0.5), .maxPooling1D(PoolArguments(poolSize: 2))])
        var m = AppState(model: try ExplorerModel.from(stack, name: "orders").get())
        m.apply(.set(.framework(.pytorch)))
        for (layer, expected) in [(0, "y[:, 1] reads token id"), (1, "y[c0, 1] reads x[c0, 1]"), (3, "y[c0, 1] reads x[c0, 1]"), (4, "y[c0, 1] reads inputs 2..3 of c0")] {
            m.apply(.stage(.to(layer)))
            m.apply(.goto(1))
            let text = Screen().render(m, width: 100, height: 30).text
            #expect(text.contains(expected), "layer \(layer): \(text)")
            #expect(!text.contains("Dense") && !text.contains("Conv1D "), "the strip names PyTorch's modules: \(text)")
        }
    }

    @Test func thePaddingKeyCyclesPyTorchsPaddings() {
        var state = AppState(spec: Conv1DSpec(length: 10, channels: 1, filters: 1, kernelSize: 3, strides: 1, padding: .valid))
        state.apply(.toggleFramework)
        var seen: [TorchPadding] = [state.torchPadding]
        for _ in 0..<4 { state.apply(.cyclePadding); seen.append(state.torchPadding) }
        #expect(seen == [.valid, .same, .explicit(1), .explicit(2), .valid])
        state.apply(.cyclePaddingMode)
        #expect(state.paddingMode == .reflect)
    }
}

/// `--framework pytorch` on the command line: explain's facts and refusals, explore's and record's start.
@Suite(.enabled(if: PackagePaths.binaryAvailable, "the binary is missing: run swift build first"))
struct PyTorchCommandLineTests {
    func run(_ args: [String]) throws -> PackagePaths.Run { try PackagePaths.run(args) }

    @Test func explainGivesPyTorchsRefusalInItsOwnWords() throws {
        let r = try run(["explain", "--framework", "pytorch", "--padding", "same", "--strides", "2"])
        #expect(r.status == 1)
        #expect(r.out.contains("PyTorch refuses this module: ValueError: padding='same' is not supported for strided convolutions"))
        #expect(r.err == "convviz: PyTorch raises ValueError: padding='same' is not supported for strided convolutions\n")
        // Then what Keras does with the same layer (ceil(12/2) = 6 outputs, one pad cell, on the right), and PyTorch's way to it.
        #expect(r.out.contains("keras: layers.Conv1D(filters=4, kernel_size=3, strides=2, padding='same') accepts it: padL=0 padR=1, output (None, 6, 4)"))
        #expect(r.out.contains("pytorch instead: F.pad(x, (0, 1)) then nn.Conv1d(..., stride=2, padding=0) gives the same 6 outputs"))
    }

    @Test func explainGivesPyTorchsFactsThenTheKerasEquivalent() throws {
        let r = try run(["explain", "--framework", "pytorch", "--padding", "2", "--padding-mode", "reflect", "--length", "6"])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("pytorch: nn.Conv1d(in_channels=3, out_channels=4, kernel_size=3, stride=1, padding=2") == true)
        #expect(lines.contains("output shape: (N, 4, 8)"))
        #expect(lines.contains("pad cells (reflect): left copy inputs 2, 1, right copy inputs 4, 3"))
        #expect(lines.last?.hasPrefix("keras: no padding_mode: tf.pad(x, [[0, 0], [2, 2], [0, 0]], mode='REFLECT')") == true)
        let same = try run(["explain", "--framework", "pytorch", "--padding", "1"])
        #expect(same.out.contains("keras: layers.Conv1D(filters=4, kernel_size=3") && same.out.contains("padding='same')  # the same pad cells"))
    }

    /// The facts Keras's report gives are there in PyTorch's too: span, parameters with their numbers,
    /// which inputs the first and last outputs read, and the inputs none reads (pad copies counted).
    @Test func explainInPyTorchGivesTheSameFactsAsKeras() throws {
        let r = try run(["explain", "--framework", "pytorch", "--length", "8", "--strides", "2", "--padding", "0"])
        let lines = r.out.split(separator: "\n").map(String.init)
        for fact in ["span = d·(k − 1) + 1 = 1·(3 − 1) + 1 = 3", "receptive field: 3 input positions", "params = F·(C/G)·k + F = 4·3·3 + 4 = 40",
                     "weight shape: (4, 3, 3)  bias shape: (4,)", "output 0 reads: 0, 1, 2", "output 2 (last) reads: 4, 5, 6", "never read: input 7"] {
            #expect(lines.contains(fact), "missing \(fact):\n\(r.out)")
        }
        let circular = try run(["explain", "--framework", "pytorch", "--length", "12", "--kernel-size", "2", "--strides", "4", "--padding", "1", "--padding-mode", "circular"])
        #expect(circular.out.contains("never read: inputs 1..2, 5..6, 9..10 (counting the inputs the pad cells copy"), "\(circular.out)")
        let one = try run(["explain", "--kernel-size", "1"])
        #expect(one.out.contains("receptive field: 1 input position\n"), "\(one.out)")
        // PyTorch allows a stride with a dilation, which Keras refuses: every window's taps are walked.
        let both = try run(["explain", "--framework", "pytorch", "--length", "31", "--kernel-size", "4", "--strides", "4", "--dilation-rate", "3", "--padding", "0"])
        #expect(both.out.contains("never read: inputs 1..2, 5, 24, 27..28, 30\n") && !both.out.contains("note:"), "\(both.out)")
        // A layer too big to hold is refused in a line, never allocated (it used to abort).
        let big = try run(["explain", "--framework", "pytorch", "--length", "2000", "--kernel-size", "1023", "--channels", "4096", "--filters", "4096"])
        #expect(big.status == 1 && big.err.contains("more than the 16000000 weights"), "\(big.status) \(big.err)")
    }

    @Test func integerPaddingAndPaddingModeAreRefusedForKeras() throws {
        let r = try run(["explain", "--padding", "2"])
        #expect(r.status == 64 && r.err.contains("add --framework pytorch"))
        let m = try run(["explain", "--padding-mode", "reflect"])
        #expect(m.status == 64 && m.err.contains("--padding-mode is PyTorch's"))
    }
}
