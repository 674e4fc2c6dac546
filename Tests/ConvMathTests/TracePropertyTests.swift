import Testing
@testable import ConvMath

/// For random valid layers, the trace, the batch forward pass and the geometry tell the same story.
@Suite struct TracePropertyTests {
    /// Random valid Keras layers with their data; invalid draws are skipped.
    static func layers(count: Int, seed: UInt64) -> [Conv1DLayer] {
        var rng = SeededRandom(seed: seed)
        var result: [Conv1DLayer] = []
        while result.count < count {
            let groups = [1, 1, 1, 2, 3].randomElement(using: &rng)!
            let strides = Int.random(in: 1...4, using: &rng)
            let spec = Conv1DSpec(
                length: Int.random(in: 0...24, using: &rng), channels: groups * Int.random(in: 1...3, using: &rng),
                filters: groups * Int.random(in: 1...3, using: &rng), kernelSize: Int.random(in: 1...6, using: &rng),
                strides: strides, padding: Padding.allCases.randomElement(using: &rng)!,
                dilationRate: strides > 1 ? 1 : Int.random(in: 1...3, using: &rng), groups: groups,
                activation: Activation.allCases.randomElement(using: &rng)!, useBias: Bool.random(using: &rng),
                dataFormat: DataFormat.allCases.randomElement(using: &rng)!)
            let x = Matrix(rows: spec.length, columns: spec.channels, values: (0..<spec.length * spec.channels).map { _ in rng.gridValue() })
            let kernel = (0..<spec.kernelSize * spec.channelsPerGroup * spec.filters).map { _ in rng.gridValue() / 2 }
            let bias = (0..<spec.filters).map { _ in rng.gridValue() / 4 }
            if case .success(let layer) = Conv1DLayer.make(spec: spec, input: x, kernel: kernel, bias: bias) {
                result.append(layer)
            }
        }
        return result
    }

    static let sample = layers(count: 300, seed: 0xC0FFEE)

    @Test func traceEqualsForwardBitForBit() {
        for layer in Self.sample {
            let out = layer.forward()
            for order in StepOrder.allCases {
                let trace = Trace(layer: layer, order: order)
                for step in trace {
                    let pre = layer.spec.useBias ? step.sum + step.bias : step.sum
                    let expected = out[step.position, step.filter]
                    let panel = layer.output(position: step.position, filter: step.filter)
                    if layer.spec.activation.apply(pre).bitPattern != expected.bitPattern || step.value.bitPattern != expected.bitPattern
                        || panel.bitPattern != expected.bitPattern {
                        Issue.record("\(layer.spec) order \(order) j=\(step.position) f=\(step.filter): trace \(step.value), output panel \(panel), forward \(expected)")
                        return
                    }
                }
            }
        }
    }

    @Test func readersAgreeWithTaps() {
        for layer in Self.sample {
            let g = layer.geometry
            let k = layer.spec.kernelSize, cg = layer.spec.channelsPerGroup
            var readersByTaps: [Int: Set<[Int]>] = [:]
            let trace = Trace(layer: layer)
            for j in 0..<layer.outputLength {
                let taps = trace[trace.index(position: j, filter: 0)].taps
                for t in 0..<k {
                    let tap = taps[t * cg]
                    #expect(tap.tap == t)
                    if case .input(let p) = tap.source { readersByTaps[p, default: []].insert([j, t]) }
                }
                let window = g.window(output: j)
                #expect(window.count == g.receptiveField && g.receptiveField == layer.spec.span, "\(layer.spec)")
                #expect(window.lowerBound == taps[0].position && window.upperBound == taps[(k - 1) * cg].position, "\(layer.spec) j=\(j)")
                let real = (0..<k).map { taps[$0 * cg] }.filter { !$0.isPad }.map(\.position)
                #expect(g.readPositions(output: j) == real, "\(layer.spec) j=\(j)")
            }
            var unread = Set<Int>()
            for p in 0..<layer.spec.length {
                let readers = Set(g.readers(ofInput: p).map { [$0.position, $0.tap] })
                if readers != readersByTaps[p, default: []] {
                    Issue.record("\(layer.spec) input \(p): readers \(readers.sorted { $0.lexicographicallyPrecedes($1) }), taps \(readersByTaps[p, default: []])")
                    return
                }
                if readers.isEmpty { unread.insert(p) }
            }
            let runs = Set(g.unreadInputs().flatMap { Array($0) })
            #expect(runs == unread, "\(layer.spec): unreadInputs \(g.unreadInputs()), never tapped \(unread.sorted())")
        }
    }

    /// PyTorch's conv, stride and dilation together included, against the formula of semantics.md.
    @Test func torchConvMatchesTheFormula() {
        var rng = SeededRandom(seed: 7)
        var checked = 0
        while checked < 300 {
            let groups = [1, 1, 2].randomElement(using: &rng)!
            let conv = TorchConv1D(
                length: Int.random(in: 1...20, using: &rng), inChannels: groups * Int.random(in: 1...2, using: &rng),
                outChannels: groups * Int.random(in: 1...2, using: &rng), kernelSize: Int.random(in: 1...5, using: &rng),
                stride: Int.random(in: 1...3, using: &rng), padding: .explicit(Int.random(in: 0...3, using: &rng)),
                dilation: Int.random(in: 1...3, using: &rng), groups: groups, useBias: Bool.random(using: &rng),
                paddingMode: TorchPaddingMode.allCases.randomElement(using: &rng)!)
            let cg = conv.inChannels / groups, fg = conv.outChannels / groups
            let x = Matrix(rows: conv.inChannels, columns: conv.length, values: (0..<conv.inChannels * conv.length).map { _ in rng.gridValue() })
            let w = (0..<conv.outChannels * cg * conv.kernelSize).map { _ in rng.gridValue() }
            let b = (0..<conv.outChannels).map { _ in rng.gridValue() }
            guard case .success(let plan) = conv.validate(), case .success(let y) = conv.forward(input: x, weight: w, bias: b) else { continue }
            checked += 1
            for f in 0..<conv.outChannels {
                for j in 0..<plan.outputLength {
                    var acc: Float = 0
                    for t in 0..<conv.kernelSize {
                        guard let p = conv.paddingMode.source(of: j * conv.stride + t * conv.dilation - plan.left, length: conv.length) else { continue }
                        for c in 0..<cg { acc += x[(f / fg) * cg + c, p] * w[(f * cg + c) * conv.kernelSize + t] }
                    }
                    if conv.useBias { acc += b[f] }
                    if acc != y[f, j] {
                        Issue.record("\(conv) f=\(f) j=\(j): \(y[f, j]), formula \(acc)")
                        return
                    }
                }
            }
        }
    }

    /// In every padding mode the trace's taps and the forward pass agree bit for bit, and each pad tap holds
    /// the value of the input cell it says it copies (0 for zeros).
    @Test(arguments: TorchPaddingMode.allCases)
    func torchTraceEqualsForwardInEveryPaddingMode(_ mode: TorchPaddingMode) {
        var rng = SeededRandom(seed: 11)
        var checked = 0, padTaps = 0
        while checked < 150 {
            let groups = [1, 1, 2].randomElement(using: &rng)!
            let conv = TorchConv1D(
                length: Int.random(in: 1...12, using: &rng), inChannels: groups * Int.random(in: 1...2, using: &rng),
                outChannels: groups * Int.random(in: 1...2, using: &rng), kernelSize: Int.random(in: 1...4, using: &rng),
                stride: Int.random(in: 1...3, using: &rng), padding: .explicit(Int.random(in: 0...3, using: &rng)),
                dilation: Int.random(in: 1...2, using: &rng), groups: groups, useBias: Bool.random(using: &rng), paddingMode: mode)
            let x = Matrix(rows: conv.inChannels, columns: conv.length, values: (0..<conv.inChannels * conv.length).map { _ in rng.gridValue() })
            let w = (0..<conv.outChannels * (conv.inChannels / groups) * conv.kernelSize).map { _ in rng.gridValue() }
            let b = (0..<conv.outChannels).map { _ in rng.gridValue() }
            guard case .success(let layer) = conv.layer(input: x, weight: w, bias: b) else { continue }
            checked += 1
            let y = layer.forward()
            let trace = Trace(layer: layer, order: .filterMajor)
            for i in 0..<trace.count {
                let step = trace[i]
                var acc: Float = 0
                for tap in step.taps {
                    if tap.isPad {
                        padTaps += 1
                        #expect(tap.x == (tap.copies.map { x[tap.channel, $0] } ?? 0), "\(conv): pad at \(tap.position)")
                        #expect((tap.copies == nil) == (mode == .zeros))
                    }
                    if tap.copies != nil || !tap.isPad { acc += tap.product }
                }
                if conv.useBias { acc += b[step.filter] }
                if acc != y[step.position, step.filter] || step.value != acc || layer.output(position: step.position, filter: step.filter) != acc {
                    Issue.record("\(conv) j=\(step.position) f=\(step.filter): forward \(y[step.position, step.filter]), taps \(acc), step \(step.value)")
                    return
                }
            }
        }
        #expect(padTaps > 100, "pads were exercised")
    }
}

/// PyTorch's pools window by window, on random layers, against a plain reading of PyTorch's documentation.
@Suite struct TorchPoolPropertyTests {
    /// `nn.MaxPool1d` / `nn.AvgPool1d` as the documentation states them, one window at a time.
    static func reference(_ x: Matrix, kind: PoolKind, k: Int, s: Int, p: Int, d: Int = 1, ceil: Bool, include: Bool) -> Matrix {
        let l = x.rows
        let top = l + 2 * p - d * (k - 1) - 1
        var n = (ceil ? (top + s - 1) / s : top / s) + 1
        // "sliding windows are allowed to go off-bounds if they start within the left padding or the input"
        if ceil && (n - 1) * s >= l + p { n -= 1 }
        var out = Matrix(rows: n, columns: x.columns)
        for j in 0..<n {
            let start = j * s - p
            let real = (0..<k).map { start + $0 * d }.filter { $0 >= 0 && $0 < l }
            for c in 0..<x.columns {
                if kind == .max {
                    out[j, c] = real.map { x[$0, c] }.reduce(-Float.infinity) { $1 > $0 ? $1 : $0 }
                } else {
                    var sum: Float = 0
                    for i in real { sum += x[i, c] }
                    let divisor = include ? min(start + k, l + p) - start : real.count
                    out[j, c] = sum / Float(divisor)
                }
            }
        }
        return out
    }

    @Test func stepsEqualTheBatchPassAndTheDocumentedRule() {
        var rng = SeededRandom(seed: 11)
        var checked = 0
        for _ in 0..<400 {
            let l = Int.random(in: 1...24, using: &rng), c = Int.random(in: 1...3, using: &rng)
            let k = Int.random(in: 1...6, using: &rng), s = Int.random(in: 1...4, using: &rng)
            let p = Int.random(in: 0...(k / 2), using: &rng)
            let ceil = Bool.random(using: &rng), include = Bool.random(using: &rng)
            let kind: PoolKind = Bool.random(using: &rng) ? .max : .average
            // Only nn.MaxPool1d spaces its taps.
            let d = kind == .max ? Int.random(in: 1...3, using: &rng) : 1
            var x = Matrix(rows: l, columns: c)
            for i in 0..<l { for ch in 0..<c { x[i, ch] = rng.gridValue() } }
            let args = PoolArguments(poolSize: k, strides: s, torch: TorchPoolOptions(padding: p, ceilMode: ceil, countIncludePad: include, dilation: d))
            guard case .success(let layer) = PoolLayer.make(kind: kind, arguments: args, input: x) else {
                #expect(l + 2 * p < d * (k - 1) + 1, "PyTorch refuses only a window longer than the padded input: L=\(l) k=\(k) p=\(p) d=\(d)")
                continue
            }
            var steps = Matrix(rows: layer.outputLength, columns: c)
            for j in 0..<layer.outputLength {
                for ch in 0..<c { steps[j, ch] = layer.step(index: 0, position: j, channel: ch).value }
                // Each tap is real, a pad cell, or past the padded input (a ceil_mode window): counted one by one.
                let step = layer.step(index: 0, position: j, channel: 0)
                let taps = (0..<k).map { j * s - p + $0 * d }
                #expect(Array(step.taps) == taps && Array(step.realPositions) == taps.filter { $0 >= 0 && $0 < l })
                #expect(step.pastPadding == taps.filter { $0 >= l + p }.count, "L=\(l) k=\(k) s=\(s) p=\(p) d=\(d) j=\(j)")
                #expect(taps.allSatisfy { step.realPositions.contains($0) == ($0 >= 0 && $0 < l) })
            }
            let expected = Self.reference(x, kind: kind, k: k, s: s, p: p, d: d, ceil: ceil, include: include)
            #expect(steps == expected, "L=\(l) k=\(k) s=\(s) p=\(p) d=\(d) ceil=\(ceil) include=\(include) \(kind)")
            #expect(layer.forward() == steps)
            checked += 1
        }
        #expect(checked > 300)
    }
}
