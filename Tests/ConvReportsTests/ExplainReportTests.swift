import Testing
@testable import ConvReports

@Suite struct ExplainReportTests {
    func explain(length: Int, kernel: Int = 3, strides: Int = 1, padding: Padding = .valid, dilation: Int = 1,
                 channels: Int = 1, filters: Int = 1, groups: Int = 1) -> ExplainReport {
        ExplainReport(spec: Conv1DSpec(length: length, channels: channels, filters: filters, kernelSize: kernel, strides: strides,
                                       padding: padding, dilationRate: dilation, groups: groups))
    }

    @Test func sameStridedIsAsymmetric() {
        let r = explain(length: 6, strides: 2, padding: .same)
        #expect(r.error == nil)
        for line in ["input shape: (None, 6, 1)", "output shape: (None, 3, 1)", "padding: same  padL=0  padR=1",
                     "output length = ⌈6 / 2⌉ = 3", "params = k·(C/G)·F + F = 3·1·1 + 1 = 4",
                     "output 0 reads: 0, 1, 2", "output 2 (last) reads: 4, 5, 6 (pad)", "never read: none",
                     "keras: keras.layers.Conv1D(filters=1, kernel_size=3, strides=2, padding='same', dilation_rate=1, groups=1, activation='linear', use_bias=True)",
                     "pytorch: x = F.pad(x, (0, 1))  # PyTorch refuses padding='same' at stride > 1"] {
            #expect(r.lines.contains(line), "missing: \(line)")
        }
        #expect(r.text.contains("same total pad = max((3 − 1)·2 + 3 − 6, 0) = 1"))
        #expect(r.text.contains("the extra pad cell goes on the right"))
        #expect(r.text.contains("nn.Conv1d(in_channels=1, out_channels=1, kernel_size=3, stride=2, padding=0, dilation=1, groups=1, bias=True)"))
    }

    @Test func causalStridedNeverReadsInput7() {
        let r = explain(length: 8, strides: 2, padding: .causal)
        #expect(r.lines.contains("never read: input 7"))
        #expect(r.lines.contains("padding: causal  padL=2  padR=0"))
        #expect(r.lines.contains("output 0 reads: -2 (pad), -1 (pad), 0"))
        #expect(r.text.contains("note: input 7 comes after the last window, which ends at input 6; its value cannot change the output."))
        #expect(r.text.contains("pytorch: x = F.pad(x, (2, 0))"))
    }

    @Test func validKernelLongerThanInputIsKerasError() {
        let r = explain(length: 3, kernel: 4, strides: 2)
        #expect(r.error?.message.hasPrefix("Computed output size would be zero or negative") == true)
        #expect(r.lines.last == "error: \(r.error!)")
        #expect(r.lines.contains("output length = ⌊(3 − 4)/2⌋ + 1 = 0"))
        #expect(!r.text.contains("pytorch:"))
    }

    @Test func otherImpossibleLayers() {
        #expect(explain(length: 10, strides: 2, dilation: 2).error?.message.contains("`strides > 1` not supported") == true)
        #expect(explain(length: 10, channels: 3, filters: 4, groups: 2).error != nil)
    }

    /// The PyTorch lines run in order: permute in, pad, build, copy weight and bias, call, permute back.
    @Test func pytorchLinesRunInOrder() {
        let r = explain(length: 6, strides: 2, padding: .same)
        let code = r.lines.filter { $0.hasPrefix("pytorch: ") }
        #expect(code == [
            "pytorch: x = x.permute(0, 2, 1)  # Keras (N, L, C) → PyTorch (N, C, L) = (N, 1, 6)",
            "pytorch: x = F.pad(x, (0, 1))  # PyTorch refuses padding='same' at stride > 1",
            "pytorch: conv = nn.Conv1d(in_channels=1, out_channels=1, kernel_size=3, stride=2, padding=0, dilation=1, groups=1, bias=True)",
            "pytorch: with torch.no_grad(): conv.weight.copy_(torch.as_tensor(kernel).permute(2, 1, 0))  # Keras (k, C/G, F) → PyTorch (F, C/G, k)",
            "pytorch: with torch.no_grad(): conv.bias.copy_(torch.as_tensor(bias))  # (F,) = (1,)",
            "pytorch: y = conv(x)  # (N, 1, 3)",
            "pytorch: y = y.permute(0, 2, 1)  # back to Keras (N, L', F) = (N, 3, 1)",
        ])
        #expect(!r.text.contains("conv.weight = "))
        let noBias = ExplainReport(spec: Conv1DSpec(length: 9, channels: 2, filters: 3, kernelSize: 3, padding: .causal, dilationRate: 2,
                                                   activation: .relu, useBias: false))
        let lines = noBias.lines.filter { $0.hasPrefix("pytorch: ") }.map { String($0.split(separator: "#")[0]) }
        #expect(lines == [
            "pytorch: x = x.permute(0, 2, 1)  ",
            "pytorch: x = F.pad(x, (4, 0))  ",
            "pytorch: conv = nn.Conv1d(in_channels=2, out_channels=3, kernel_size=3, stride=1, padding=0, dilation=2, groups=1, bias=False)",
            "pytorch: with torch.no_grad(): conv.weight.copy_(torch.as_tensor(kernel).permute(2, 1, 0))  ",
            "pytorch: y = torch.relu(conv(x))  ",
            "pytorch: y = y.permute(0, 2, 1)  ",
        ])
    }

    @Test func pytorchPaddingForEachMode() {
        #expect(explain(length: 10).text.contains("padding=0, dilation=1"))
        #expect(explain(length: 10, padding: .same).text.contains("padding='same'"))
        #expect(!explain(length: 10, padding: .same).text.contains("F.pad"))
        // 'same' at stride 2 with nothing to pad needs no F.pad: L=6, k=2, s=2 gives (0, 0).
        #expect(!explain(length: 6, kernel: 2, strides: 2, padding: .same).text.contains("F.pad"))
    }

    @Test(arguments: [
        // (L, k, s, line): windows of k cells every s cells under 'valid'
        (8, 2, 3, "never read: inputs 2, 5 (2 of 8)"),
        (9, 2, 4, "never read: inputs 2..3, 6..8 (5 of 9)"),
        (8, 3, 4, "never read: inputs 3, 7 (2 of 8)"),
        (8, 3, 5, "never read: inputs 3..4"),
        (8, 3, 6, "never read: inputs 3..7"),
        (8, 1, 1, "never read: none"),
    ])
    func unreadRunsAreListed(_ c: (Int, Int, Int, String)) {
        #expect(explain(length: c.0, kernel: c.1, strides: c.2).lines.contains(c.3))
    }

    @Test func asciiStyleHasNoUnicodeInFormulas() {
        let r = ExplainReport(spec: Conv1DSpec(length: 6, channels: 1, filters: 1, kernelSize: 3, strides: 2, padding: .same), style: .ascii)
        #expect(r.lines.contains("output length = ceil(6 / 2) = 3"))
        #expect(r.lines.contains("params = k*(C/G)*F + F = 3*1*1 + 1 = 4"))
    }

    /// The reasons given for unread inputs, and the receptive field, match what Keras does (issue: wrong reasons).
    @Test func unreadReasonsAndTheReceptiveFieldAreRight() {
        var spec = Conv1DSpec(length: 2, channels: 1, filters: 2, kernelSize: 2, strides: 1, padding: .same)
        spec.dilationRate = 3
        let dilated = ExplainReport(spec: spec, style: .unicode)
        #expect(dilated.lines.contains("never read: input 1"))
        #expect(dilated.text.contains("note: input 1 falls between the taps of the windows that span it (dilation_rate=3 skips 2 between taps)"))
        #expect(!dilated.text.contains("last window ends at input 3"), "3 is a pad cell")
        var wide = Conv1DSpec(length: 5, channels: 1, filters: 1, kernelSize: 3, strides: 1, padding: .same)
        wide.dilationRate = 4
        #expect(ExplainReport(spec: wide, style: .unicode).text.contains("receptive field: 9 input positions, of which each output reads 3 (k taps, 3 skipped between taps); with L = 5, at most 5 of them are real inputs"))
        // 'valid' has no pad cells to make up the rest: it says so, never "the rest pad cells".
        let tooLong = ExplainReport(spec: Conv1DSpec(length: 3, channels: 1, filters: 1, kernelSize: 4, strides: 2, padding: .valid), style: .unicode).text
        #expect(tooLong.contains("with L = 3, no window fits: 'valid' adds no pad cells") && !tooLong.contains("pad cells;") && !tooLong.contains("rest pad"), "\(tooLong)")
        let empty = ExplainReport(spec: Conv1DSpec(length: 0, channels: 1, filters: 1, kernelSize: 3, strides: 1, padding: .same), style: .unicode)
        #expect(empty.lines.filter { $0.hasPrefix("pytorch:") } == ["pytorch: PyTorch refuses an empty input (L = 0): nn.Conv1d raises a RuntimeError, where Keras returns an empty output (N, 0, 1)"])
    }
}
