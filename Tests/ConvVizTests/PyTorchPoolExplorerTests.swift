import Testing
@testable import ConvViz
import ConvMath

/// The model explorer in PyTorch terms: pools as nn.MaxPool1d / nn.AvgPool1d with ceil_mode and
/// count_include_pad, checked against ConvMath's PyTorch pools computed on the same input.
@Suite struct PyTorchPoolExplorerTests {
    /// One average pool over 10 positions: windows of 4 cells, 3 apart.
    static let averagePool = ExplorerModel(name: "avg", stack: ModelStack([.averagePooling1D(PoolArguments(poolSize: 4, strides: 3))]),
                                           length: 10, channels: 2)

    static func outputs(_ s: AppState) throws -> Matrix {
        guard case .success(let stage)? = s.stage else { throw Failure.noStage }
        return stage.forward().matrix
    }

    enum Failure: Error { case noStage }

    /// What PyTorch's own pool gives on the stage's input, channels first.
    static func torchAverage(_ s: AppState, padding: Int, ceil: Bool, include: Bool) throws -> Matrix {
        guard case .success(let stage)? = s.stage else { throw Failure.noStage }
        let x = stage.inputMatrix
        let pool = TorchAvgPool1D(length: x.rows, channels: x.columns, kernelSize: 4, stride: 3, padding: padding,
                                  ceilMode: ceil, countIncludePad: include)
        return try pool.apply(to: x.transposed()).get().transposed()
    }

    /// A Keras 'same' pool becomes the PyTorch pool with the same windows wherever one exists
    /// (equal pads, or one more on the right at a stride above 1): the same shape and numbers.
    /// Where none exists, the notice says PyTorch cannot pad one side only.
    @Test func samePoolsBecomeThePyTorchPoolWithTheSameWindows() throws {
        var exact = 0
        for length in 1...12 {
            for k in 1...5 {
                for stride in 1...4 {
                    for pool in [ModelLayer.maxPooling1D(PoolArguments(poolSize: k, strides: stride, padding: .same)),
                                 .averagePooling1D(PoolArguments(poolSize: k, strides: stride, padding: .same))] {
                        var s = AppState(model: ExplorerModel(name: "p", stack: ModelStack([pool]), length: length, channels: 2))
                        let keras = try Self.outputs(s)
                        s.press(.char("T"))
                        let tag = "L=\(length) k=\(k) s=\(stride) \(pool.className): \(s.notice)"
                        if s.notice.contains("the same windows") {
                            exact += 1
                            #expect(try Self.outputs(s) == keras, "\(tag)")
                        } else {
                            #expect(s.notice.contains("cannot pad one side only"), "\(tag)")
                        }
                    }
                }
            }
        }
        #expect(exact > 300, "most 'same' pools have an exact PyTorch twin (\(exact))")
    }

    /// A pool PyTorch cannot match changes what the next one reads: the notice says how many
    /// outputs it gives instead of Keras's, that later shapes differ, and judges later pools on
    /// their PyTorch-side input; ceil_mode is set only where it adds a window.
    @Test func anInexactPoolSaysLaterShapesDiffer() throws {
        let stack = ModelStack([.averagePooling1D(PoolArguments(poolSize: 3, strides: 2, padding: .same)),
                                .maxPooling1D(PoolArguments(poolSize: 2, strides: 1, padding: .same)),
                                .averagePooling1D(PoolArguments(poolSize: 5, strides: 2, padding: .same)),
                                .flatten, .dense(units: 2, useBias: true, activation: .softmax)])
        var s = AppState(model: ExplorerModel(name: "m2", stack: stack, length: 10, channels: 1))
        s.press(.char("T"))
        let parts = s.notice.components(separatedBy: "; ")
        #expect(parts.contains("average_pooling1d 'same' → padding=0, ceil_mode=True: the same windows"), "\(s.notice)")
        #expect(parts.contains("max_pooling1d 'same' → padding=0: PyTorch cannot pad one side only, 4 outputs, not 5"), "\(s.notice)")
        #expect(parts.contains("later shapes differ"), "\(s.notice)")
        #expect(parts.contains("average_pooling1d_1 'same' → padding=1, ceil_mode=True: the same windows (on its PyTorch-side input)"), "\(s.notice)")
        // Keras refuses an empty 'valid' pool: the note says so rather than "gives 0".
        var third = s
        third.apply(.stage(.to(2)))
        #expect(Screen().render(third, width: 100, height: 30).text.contains("Keras AveragePooling1D: 'valid' raises (output size 0), 'same' 2"))
        s.press(.char("T"))
        #expect(s.notice == "Keras: the model's own layers", "\(s.notice)")
        // A later layer Keras refuses does not change how the pools before it translate.
        let failing = ModelStack(entries: stack.entries + [ModelStack.Entry(.maxPooling1D(PoolArguments(poolSize: 9, strides: 1)))])
        var f = AppState(model: ExplorerModel(name: "m2", stack: failing, length: 10, channels: 1))
        f.press(.char("T"))
        #expect(f.notice.contains("max_pooling1d 'same' → padding=0: PyTorch cannot pad one side only, 4 outputs, not 5"), "\(f.notice)")
        #expect(f.notice.contains("average_pooling1d_1 'same' → padding=1, ceil_mode=True: the same windows"), "\(f.notice)")
        // A Keras conv that fails in a PyTorch-mode model raises Keras's error, and says so.
        let conv = ExplorerModel(name: "c", stack: ModelStack([.conv1D(ConvArguments(filters: 4, kernelSize: 3, strides: 2, dilationRate: 2))]), length: 50, channels: 2)
        var c = AppState(model: conv)
        c.press(.char("T"))
        let text = Screen().render(c, width: 80, height: 24).text
        #expect(text.contains("Keras raises ValueError") && !text.contains("PyTorch raises"), "\(text)")
    }

    /// A long notice wraps like a caption, so what a key changed is read whole at 80×24.
    @Test func aLongNoticeWraps() throws {
        let stack = ModelStack([.maxPooling1D(PoolArguments(poolSize: 3, strides: 1, padding: .same)),
                                .averagePooling1D(PoolArguments(poolSize: 2, padding: .same)), .flatten,
                                .dense(units: 2, useBias: true, activation: .softmax)])
        var s = AppState(model: ExplorerModel(name: "m", stack: stack, length: 10, channels: 2))
        s.press(.char("T"))
        #expect(s.notice.count > 100)
        let layout = ScreenLayout(state: s, width: 80, height: 24)
        let rows = Screen().render(s, width: 80, height: 24).lines[layout.caption.y..<(layout.caption.y + layout.caption.height)]
        let shown = rows.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(layout.caption.height > 1 && shown == s.notice, "\(rows)")
    }

    @Test func theFrameworkKeyTurnsPoolsIntoPyTorchsAndBack() throws {
        var s = AppState(model: Self.averagePool)
        let keras = try Self.outputs(s)
        s.press(.char("T"))
        #expect(s.framework == .pytorch)
        var text = Screen().render(s, width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("nn.AvgPool1d(kernel_size=4, stride=3, padding=0, ceil_mode=False, count_include_pad=True)"), "\(text)")
        #expect(text.contains("input (N, 2, 10)") && text.contains("output (N, 2, 3)"), "\(text)")
        #expect(try Self.outputs(s) == Self.torchAverage(s, padding: 0, ceil: false, include: true))
        s.press(.char("T"))
        text = Screen().render(s, width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("AveragePooling1D(pool_size=4, strides=3, padding='valid')"), "\(text)")
        #expect(try Self.outputs(s) == keras)
    }

    @Test func paddingCeilModeAndCountIncludePadChangeTheDivisorAsPyTorchDoes() throws {
        var s = AppState(model: Self.averagePool)
        s.apply(.set(.framework(.pytorch)))
        s.apply(.set(.torchPadding(2)))
        s.press(.char("u"))   // ceil_mode on
        #expect(try Self.outputs(s) == Self.torchAverage(s, padding: 2, ceil: true, include: true))
        s.apply(.goto(s.stageTrace!.count - 1))   // channel-major: the last window of the last channel
        var text = Screen().render(s, width: 100, height: 30).lines.joined(separator: "\n")
        // Window 3 reads inputs 7..9 and one right pad cell, which count_include_pad counts.
        #expect(text.contains("reads inputs 7..9 of c1 and 1 pad cell, counted"), "\(text)")
        #expect(text.contains("over 3 real + 1 pad cell") && text.contains("/ 4 ="), "\(text)")
        #expect(text.contains("window 4 would start in the right pad"), "\(text)")
        s.press(.char("i"))   // count_include_pad off
        #expect(try Self.outputs(s) == Self.torchAverage(s, padding: 2, ceil: true, include: false))
        text = Screen().render(s, width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("count_include_pad=False") && text.contains("over 3 real cells") && text.contains("/ 3 ="), "\(text)")
        s.press(.char("p"))   // padding 2 is kernel_size/2: the key wraps to 0
        #expect(try Self.outputs(s) == Self.torchAverage(s, padding: 0, ceil: true, include: false))
    }

    /// PyTorch pads a max pool with -inf: the label says a pad cell can never win, not that it is counted.
    @Test func aMaxPoolsPadCellsNeverWin() throws {
        let model = ExplorerModel(name: "max", stack: ModelStack([.maxPooling1D(PoolArguments(poolSize: 4, strides: 3))]), length: 10, channels: 2)
        var s = AppState(model: model)
        s.apply(.set(.framework(.pytorch)))
        s.apply(.set(.torchPadding(1)))
        let text = Screen().render(s, width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("y[c0, 0] reads inputs 0..2 of c0 and 1 pad cell, never the max"), "PyTorch indexes (channels, steps): \(text)")
        #expect(!text.contains("counted"), "\(text)")
    }

    @Test func aWindowOnlyCeilModeMakesIsNamed() throws {
        var s = AppState(model: ExplorerModel(name: "max", stack: ModelStack([.maxPooling1D(PoolArguments(poolSize: 5))]), length: 18, channels: 1))
        s.apply(.set(.framework(.pytorch)))
        s.apply(.set(.ceilMode(true)))
        let stage = try #require(s.stage?.value)
        #expect(stage.outputLength == 4)
        s.apply(.goto(3))
        let text = Screen().render(s, width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("reads inputs 15..17 of c0, 2 past the end (a ceil_mode window)"), "\(text)")
        #expect(text.contains("keeps a last, partial window; ceil_mode=False gives 3 outputs"), "\(text)")
        assertSnapshot(Screen().render(s, width: 100, height: 30), named: "pytorch-maxpool-ceil")
    }

    /// A pool reads one channel: when the step is at c31, the input panel shows c31's row, lit.
    @Test func theInputRowsFollowThePoolsChannel() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        s.apply(.stage(.to(2)))
        s.apply(.last)
        let lines = Screen().render(s, width: 80, height: 24).lines
        #expect(lines.contains { $0.contains("reads inputs") && $0.contains("of c31") })
        #expect(lines.contains { $0.hasPrefix(" c31 ") }, "\(lines.joined(separator: "\n"))")
        s.apply(.first)
        let first = Screen().render(s, width: 80, height: 24).lines
        #expect(first.contains { $0.hasPrefix(" c0 ") }, "back at c0, the rows scrolled to show again")
    }

    @Test func pyTorchsRefusalsAndMisplacedKeysLeaveTheModelRunning() throws {
        var s = AppState(model: Self.averagePool)
        s.press(.char("u"))
        #expect(s.notice.contains("press T"), "\(s.notice)")
        s.apply(.set(.framework(.pytorch)))
        // More padding than PyTorch takes is PyTorch's error on screen, in its own words, and the model keeps running.
        s.apply(.set(.torchPadding(3)))
        let refused = Screen().render(s, width: 100, height: 30).lines.joined(separator: "\n")
        #expect(refused.contains("PyTorch raises RuntimeError") && refused.contains("pad should be at most half of effective kernel size, but got pad=3"), "\(refused)")
        s.apply(.set(.torchPadding(0)))
        #expect(s.stage?.value != nil)
        s.apply(.set(.padding(.same)))
        #expect(s.notice.contains("whole number of pad cells"), "\(s.notice)")
        // A length PyTorch cannot pool shows its own error, and a longer one brings the pool back.
        s.apply(.set(.parameter(.length, 3)))
        let text = Screen().render(s, width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("Output size is too small"), "\(text)")
        s.apply(.set(.parameter(.length, 10)))
        #expect(s.stage?.value != nil)
    }

    @Test func aModelsConvsReadAsTheNnConv1dThatComputesTheSame() throws {
        var s = AppState(model: try #require(ExplorerModel.builtin("dilated")))
        let keras = try Self.outputs(s)
        s.press(.char("T"))
        let text = Screen().render(s, width: 100, height: 30).lines.joined(separator: "\n")
        #expect(text.contains("F.pad(x, (1, 0)) then nn.Conv1d("), "\(text)")
        #expect(try Self.outputs(s) == keras)
        var imdb = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        imdb.press(.char("T"))
        imdb.apply(.stage(.next))
        let conv = Screen().render(imdb, width: 100, height: 30).lines.joined(separator: "\n")
        #expect(conv.contains("nn.Conv1d(in_channels=128") && conv.contains("padding='valid'"), "\(conv)")
        #expect(conv.contains("MaxPool1d"), "the strip names PyTorch's pool: \(conv)")
    }

    @Test func aScriptSetsCeilModeAndCountIncludePadAndARecordingKeepsTheFramework() throws {
        let script = try DemoParser(file: "pool").parse("""
            model imdb
            set framework pytorch
            stage 3
            set ceil_mode true
            set count_include_pad false
            """)
        let p = HeadlessPlayback(script: script)
        let text = try #require(p.frames.last).lines.joined(separator: "\n")
        #expect(text.contains("nn.MaxPool1d(kernel_size=5, stride=5, padding=0, ceil_mode=True)"), "\(text)")
        #expect(text.contains("no count_include_pad"), "a max pool refuses it: \(text)")
        #expect(DemoFormatter.setting(.ceilMode(true)) == "ceil_mode true")
        var s = AppState(model: try #require(ExplorerModel.builtin("imdb")))
        s.apply(.set(.framework(.pytorch)))
        #expect(DemoRecorder.setup(s).contains(.set(.framework(.pytorch))))
    }
}
