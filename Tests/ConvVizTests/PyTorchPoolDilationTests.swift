import Testing
@testable import ConvViz
import ConvMath

/// nn.MaxPool1d's dilation in the model explorer: D spaces the pool's taps, the label lists them,
/// only they are lit, and every output is what PyTorch's own pool gives.
@Suite struct PyTorchPoolDilationTests {
    /// A max pool of 3 taps, 2 apart, over 12 positions.
    static let maxPool = ExplorerModel(name: "max", stack: ModelStack([.maxPooling1D(PoolArguments(poolSize: 3, strides: 2))]),
                                       length: 12, channels: 2)

    @Test func dilationSpacesTheTapsAsPyTorchDoes() throws {
        var s = AppState(model: Self.maxPool)
        s.press(.char("D"))
        #expect(s.notice.contains("MaxPooling1D has no dilation") && s.notice.contains("press T"), "\(s.notice)")
        s.press(.char("T"))
        s.press(.char("D"))
        guard case .success(let stage)? = s.stage, case .pool(let pool) = stage else { Issue.record("no pool"); return }
        let x = stage.inputMatrix
        let torch = try TorchMaxPool1D(length: 12, channels: 2, kernelSize: 3, stride: 2, dilation: 2).apply(to: x.transposed()).get()
        #expect(stage.forward().matrix == torch.transposed(), "PyTorch's values, \(pool.outputLength) outputs")
        #expect(pool.outputLength == 4, "⌊(12 − 2·2 − 1)/2⌋ + 1")

        s.apply(.step(1))
        let frame = Screen().render(s, width: 100, height: 30)
        let text = frame.text
        #expect(text.contains("nn.MaxPool1d(kernel_size=3, stride=2, padding=0, dilation=2, ceil_mode=False)"), "\(text)")
        #expect(text.contains("reads inputs 2, 4, 6 of c0"), "\(text)")
        #expect(text.contains("(12 + 0 − 5)/2⌋ + 1 = 4"), "the length rule takes the dilated span off: \(text)")
        // The c0 row: the cells of positions 2, 4 and 6 are lit, the ones between them are not.
        let row = try #require(frame.lines.firstIndex { $0.hasPrefix(" c0 ") })
        let lit = Set(frame.styleLines[row].enumerated().filter { $0.element == "w" || $0.element == "t" }.map(\.offset))
        let axis = frame.lines[row - 1]
        func column(_ p: Int) throws -> Int { try #require(axis.range(of: " \(p) ").map { axis.distance(from: axis.startIndex, to: $0.upperBound) - 2 }) }
        for p in [2, 4, 6] { #expect(lit.contains(try column(p)), "position \(p) is a tap") }
        for p in [3, 5] { #expect(!lit.contains(try column(p)), "position \(p) lies between taps") }
    }

    /// An average has no dilation in PyTorch, and a script sets the max pool's as the key does.
    @Test func anAverageRefusesAndAScriptSetsIt() throws {
        var avg = AppState(model: ExplorerModel(name: "avg", stack: ModelStack([.averagePooling1D(PoolArguments(poolSize: 3, strides: 2))]),
                                                length: 12, channels: 2))
        avg.press(.char("T"))
        avg.press(.char("D"))
        #expect(avg.notice == "nn.AvgPool1d has no dilation; PyTorch's nn.MaxPool1d has one")

        var s = AppState(model: Self.maxPool)
        s.press(.char("T"))
        s.apply(.set(.parameter(.dilationRate, 3)))
        guard case .success(.pool(let pool))? = s.stage else { Issue.record("no pool"); return }
        #expect(pool.window.dilation == 3 && pool.outputLength == 3)
        s.press(.char("T"))
        #expect(s.notice.contains("back to padding='valid', no dilation"), "\(s.notice)")
        guard case .success(.pool(let keras))? = s.stage else { Issue.record("no pool"); return }
        #expect(keras.torch == nil && keras.window.dilation == 1)
    }
}

extension PyTorchPoolDilationTests {
    /// The key line offers d/D on nn.MaxPool1d only: not on Keras's pools, nor on nn.AvgPool1d.
    @Test func theKeyLineOffersDilationOnAPyTorchMaxPool() {
        var s = AppState(model: Self.maxPool)
        func keys() -> String { Screen().render(s, width: 100, height: 30).lines.first { $0.contains("k/K") } ?? "" }
        #expect(!keys().contains("d/D dil"), "\(keys())")
        s.press(.char("T"))
        s.apply(.step(1))
        #expect(keys().contains("d/D dil"), "\(keys())")
        var avg = AppState(model: ExplorerModel(name: "avg", stack: ModelStack([.averagePooling1D(PoolArguments(poolSize: 3, strides: 2))]),
                                                length: 12, channels: 2))
        avg.press(.char("T"))
        avg.apply(.step(1))
        #expect(Screen().render(avg, width: 100, height: 30).lines.contains { $0.contains("k/K") && !$0.contains("d/D") })
    }
}

extension PyTorchPoolDilationTests {
    /// A call too long for the header drops PyTorch's defaults, never the dilation; a Keras average is
    /// not sent to T for one; a window of pad cells only says what PyTorch gives.
    @Test func theShortCallKeepsTheDilationAndAPadOnlyWindowSaysMinusInfinity() throws {
        var s = AppState(model: Self.maxPool)
        s.press(.char("T"))
        s.press(.char("D"))
        s.apply(.step(1))
        let top = Screen().render(s, width: 60, height: 30).lines[0]
        #expect(top.contains("nn.MaxPool1d(kernel_size=3, stride=2, dilation=2)"), "\(top)")

        var keras = AppState(model: ExplorerModel(name: "avg", stack: ModelStack([.averagePooling1D(PoolArguments(poolSize: 3, strides: 2))]),
                                                  length: 12, channels: 2))
        keras.press(.char("D"))
        #expect(keras.notice == "AveragePooling1D has no dilation; PyTorch's nn.MaxPool1d has one")

        var pad = AppState(model: ExplorerModel(name: "pad", stack: ModelStack([.maxPooling1D(PoolArguments(poolSize: 2, strides: 1))]),
                                                length: 3, channels: 1))
        pad.press(.char("T"))
        pad.apply(.set(.torchPadding(1)))
        pad.apply(.set(.parameter(.dilationRate, 4)))
        guard case .success(.pool(let pool))? = pad.stage else { Issue.record("no pool: \(pad.notice)"); return }
        #expect(pool.outputLength == 1 && pool.forward()[0, 0] == -.infinity, "taps -1 and 3 both pad cells")
        let text = Screen().render(pad, width: 100, height: 30).text
        #expect(text.contains("reads only pad cells (2), so y = -inf") && !text.contains("and 2 pad cells"), "\(text)")
    }

    /// PyTorch pads both sides alike: every pad cell shows, also one that no window reaches.
    @Test func everyPadCellOfAPyTorchPoolShows() throws {
        var s = AppState(model: ExplorerModel(name: "avg", stack: ModelStack([.averagePooling1D(PoolArguments(poolSize: 4, strides: 3))]),
                                              length: 10, channels: 1))
        s.press(.char("T"))
        s.apply(.set(.torchPadding(2)))
        s.apply(.set(.ceilMode(true)))
        s.apply(.goto(3))
        let lines = Screen().render(s, width: 100, height: 30).lines
        let axis = try #require(lines.first { $0.hasPrefix(" pos ") })
        #expect(axis.split(separator: " ").filter { $0 == "pad" }.count == 4, "\(axis)")
        #expect(lines.contains { $0.contains("reads inputs 7..9 of c0 and 1 pad cell") })
    }
}
