import ConvMath
import Foundation
import Testing
@testable import ConvReports

/// Huge sizes in a compute case give ok:false quickly (or a correct ok:true), never a trap, a hang or a huge allocation.
@Suite struct ComputeHostileSizesTests {
    private func results(_ text: String) -> [CaseResult] { Compute.results(Data(text.utf8)) }

    private func message(_ r: CaseResult) -> String? {
        if case .error(_, let m) = r { return m }
        return nil
    }

    private func output(_ r: CaseResult) -> [Float]? {
        if case .ok(let out, _) = r { return out.values }
        return nil
    }

    @Test func reviewersCasesAreRefused() {
        let torch = #""framework": "pytorch", "op": "conv1d", "input": [[1, 2, 3]], "weight": [[[1, 1]]]"#
        let r = results("""
            [{\(torch), "padding": 9223372036854775807},
             {\(torch), "padding": 100000000000},
             {"op": "maxpool1d", "input": [[1], [2], [3]], "pool_size": 9223372036854775807, "padding": "same"},
             {\(torch), "padding": -9223372036854775809},
             {\(torch), "stride": 1e300},
             {\(torch), "dilation": 2.0e6}]
            """)
        #expect(r.map(message) == [
            "case 0: field 'padding' must be at most 1000000",
            "case 1: field 'padding' must be at most 1000000",
            "case 2: field 'pool_size' must be at most 1000000",
            "case 3: field 'padding' must be at least -1000000",
            "case 4: field 'stride' must be at most 1000000",
            "case 5: field 'dilation' must be at most 1000000",
        ])
    }

    @Test func largestAllowedSizesRunQuicklyAndCorrectly() {
        let clock = ContinuousClock()
        let start = clock.now
        let r = results("""
            [{"op": "maxpool1d", "input": [[1], [5], [3]], "pool_size": 1000000, "strides": 1, "padding": "same"},
             {"op": "avgpool1d", "input": [[1], [2], [3]], "pool_size": 1000000, "strides": 1, "padding": "same"},
             {"op": "conv1d", "input": [[1], [2], [3]], "kernel": [[[1]], [[10]]], "dilation_rate": 1000000, "padding": "causal"},
             {"op": "conv1d", "input": [[1], [2], [3]], "kernel": [[[1]], [[10]]], "strides": 1000000, "padding": "same"},
             {"framework": "pytorch", "op": "maxpool1d", "input": [[1, 2, 3]], "kernel_size": 1000000, "padding": 500000, "stride": 1000000},
             {"framework": "pytorch", "op": "avgpool1d", "input": [[1, 2, 3]], "kernel_size": 1000000, "padding": 500000, "stride": 1000000,
              "count_include_pad": false},
             {"framework": "pytorch", "op": "conv1d", "input": [[1, 2, 3]], "weight": [[[1, 1]]], "dilation": 1000000},
             {"framework": "pytorch", "op": "conv1d", "input": [[1, 2, 3]], "weight": [[[1, 1]]], "padding": 1000000,
              "padding_mode": "replicate", "stride": 1000000, "bias": [0]}]
            """)
        #expect(output(r[0]) == [5, 5, 5])
        #expect(output(r[1]) == [2, 2, 2])
        // Causal: a tap a million cells back is always padding, so y[i] = 10·x[i] + 0.
        #expect(output(r[2]) == [10, 20, 30])
        // 'same' with one window: no pad is needed, y = 1·x[0] + 10·x[1].
        #expect(output(r[3]) == [21])
        #expect(output(r[4]) == [3])
        #expect(output(r[5]) == [2])
        #expect(message(r[6])?.contains("Kernel size can't be greater than actual input size") == true)
        // Replicate pads a million copies each side; windows start at padded cells 0, 10⁶ and 2·10⁶: 1+1, x[0]+x[1], 3+3.
        #expect(output(r[7]) == [2, 3, 6])
        #expect(clock.now - start < .seconds(20))
    }

    /// The clipped window visits the same real taps, in the same order, as the old tap-by-tap loop.
    @Test func clippedWindowMatchesTapByTap() {
        var rng = LinearRandom(seed: 7)
        for _ in 0..<2000 {
            let w = PoolWindow(length: rng.below(12), size: rng.below(9) + 1, strides: rng.below(4) + 1,
                               dilation: rng.below(4) + 1, padLeft: rng.below(12), outputLength: 8)
            for j in 0..<8 {
                let expected = (0..<w.size).filter { t in
                    let p = w.inputPosition(output: j, tap: t)
                    return p >= 0 && p < w.length
                }
                #expect(Array(w.realTaps(output: j)) == expected, "\(w) j=\(j)")
            }
        }
    }

    /// Random hostile values in every integer field: every case gives a result, none traps.
    @Test func fuzzedFieldsNeverTrap() {
        var rng = LinearRandom(seed: 99)
        let hostile = ["9223372036854775807", "-9223372036854775808", "99999999999999999999", "1000000", "1000001", "-1000000",
                       "999999", "0", "-1", "1", "2", "3", "1e30", "2.0", "2.5", "-0", "\"4\"", "null", "true", "[]"]
        let shapes: [(String, [String])] = [
            (#""op": "conv1d", "input": [[1], [2], [3], [4]], "kernel": [[[1]], [[2]]]"#,
             ["strides", "dilation_rate", "groups", "filters", "kernel_size"]),
            (#""op": "maxpool1d", "input": [[1], [2], [3], [4]]"#, ["pool_size", "strides"]),
            (#""op": "avgpool1d", "input": [[1], [2], [3], [4]]"#, ["pool_size", "strides"]),
            (#""framework": "pytorch", "op": "conv1d", "input": [[1, 2, 3, 4]], "weight": [[[1, 2]]]"#,
             ["stride", "padding", "dilation", "groups"]),
            (#""framework": "pytorch", "op": "maxpool1d", "input": [[1, 2, 3, 4]]"#, ["kernel_size", "stride", "padding", "dilation"]),
            (#""framework": "pytorch", "op": "avgpool1d", "input": [[1, 2, 3, 4]]"#, ["kernel_size", "stride", "padding"]),
        ]
        let extras = [#""padding": "same""#, #""padding": "causal""#, #""padding_mode": "reflect""#, #""padding_mode": "circular""#,
                      #""padding_mode": "replicate""#, #""ceil_mode": true"#, ""]
        var cases: [String] = []
        for _ in 0..<300 {
            let (base, fields) = rng.pick(shapes)
            var parts = [base]
            for field in fields where rng.below(3) > 0 { parts.append(#""\#(field)": \#(rng.pick(hostile))"#) }
            let extra = rng.pick(extras)
            if !extra.isEmpty, !parts.contains(where: { $0.contains(extra.prefix(10)) }) { parts.append(extra) }
            cases.append("{" + parts.joined(separator: ", ") + "}")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let r = results("[" + cases.joined(separator: ",\n") + "]")
        #expect(r.count == cases.count)
        #expect(clock.now - start < .seconds(60))
    }

    /// A small file can ask for a huge output: 20000 filters over 20000 positions, or PyTorch padding of a million
    /// over 2000 channels. Those cases are refused by the size policy; the others in the array still run.
    /// A small file can ask for a lot of work: a pool of 70,000 over 70,000 positions reads 4.9 × 10⁹ cells.
    /// It is refused before any is read; the same pool over half the positions would run.
    @Test func tooMuchWorkIsRefusedBeforeItStarts() {
        let rows = Array(repeating: "[1]", count: 70_000).joined(separator: ",")
        for op in ["maxpool1d", "avgpool1d"] {
            let r = results(#"{"op": "\#(op)", "input": [\#(rows)], "pool_size": 70000, "strides": 1, "padding": "same"}"#)
            #expect(r.map(message) == ["70000 outputs × 70000 reads each is more than the 4000000000 products a computed layer may take"])
        }
        let taps = Array(repeating: "[[1]]", count: 70_000).joined(separator: ",")
        let conv = results(#"{"op": "conv1d", "input": [\#(rows)], "kernel": [\#(taps)], "kernel_size": 70000, "filters": 1, "padding": "same", "use_bias": false}"#)
        #expect(conv.map(message) == ["70000 outputs × 70000 reads each is more than the 4000000000 products a computed layer may take"])
        #expect(LayerLimits.workRefusal(outputs: 35_000, reads: 70_000) == nil)
        #expect(LayerLimits.workRefusal(outputs: Int.max, reads: 2) != nil)
    }

    @Test func anOversizedOutputIsRefusedAndTheOtherCasesRun() {
        let rows = Array(repeating: "[0]", count: 20000).joined(separator: ",")
        let kernel = "[[" + "[" + Array(repeating: "1", count: 20000).joined(separator: ",") + "]" + "]]"
        let torchWeight = "[" + Array(repeating: "[[1]]", count: 2000).joined(separator: ",") + "]"
        let r = results("""
            [{"op": "conv1d", "input": [\(rows)], "kernel": \(kernel), "filters": 20000, "kernel_size": 1, "use_bias": false},
             {"op": "conv1d", "input": [[1], [2], [3]], "kernel": [[[1]], [[1]]], "filters": 1, "kernel_size": 2, "use_bias": false},
             {"framework": "pytorch", "op": "conv1d", "input": [[1, 2, 3]], "weight": \(torchWeight), "padding": 1000000}]
            """)
        #expect(r.count == 3)
        guard r.count == 3 else { return }
        if case .error(let type, let message) = r[0] {
            #expect(type == CaseResult.tooBigType && message.contains("more than 16000000 values"), "\(message)")
        } else { Issue.record("case 0 ran: \(r[0])") }
        #expect(output(r[1]) == [3, 5])
        if case .error(let type, _) = r[2] { #expect(type == CaseResult.tooBigType) } else { Issue.record("case 2 ran") }
    }
}
