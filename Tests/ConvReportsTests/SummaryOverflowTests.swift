import ConvMath
import Foundation
import Testing
@testable import ConvReports

/// Huge, negative and ill-typed numbers in a description give a one-line error, never an overflow trap.
@Suite struct SummaryOverflowTests {
    /// The rendered summary, or the one-line error the command prints.
    func outcome(_ json: String) -> (ok: Bool, text: String) {
        do {
            return (true, try SummaryReport().render(json: Data(json.utf8)))
        } catch let e as SummaryInputError {
            return (false, e.message)
        } catch let e as StackError {
            return (false, e.description)
        } catch {
            return (false, "unexpected \(type(of: error))")
        }
    }

    func errorText(_ json: String) -> String? {
        let (ok, text) = outcome(json)
        return ok ? nil : text
    }

    @Test func reviewersCasesAreErrorsNotTraps() {
        let input = #"{"class": "Input", "shape": [10, 1]}"#
        #expect(errorText(#"{"layers":[\#(input),{"class":"Conv1D","filters":1,"kernel_size":9223372036854775807,"dilation_rate":9}]}"#)
            == "layer 2 (Conv1D): 'kernel_size' must be at most 1000000000, not 9223372036854775807")
        #expect(errorText(#"{"layers":[\#(input),{"class":"Dense","units":4611686018427387904}]}"#)
            == "layer 2 (Dense): 'units' must be at most 1000000000, not 4611686018427387904")
        #expect(errorText(#"{"layers":[{"class":"Embedding","input_dim":4611686018427387904,"output_dim":2,"input_length":3}]}"#)
            == "layer 1 (Embedding): 'input_dim' must be at most 1000000000, not 4611686018427387904")
        #expect(errorText(#"{"layers":[\#(input),{"class":"LSTM","units":3037000500}]}"#)
            == "layer 2 (LSTM): 'units' must be at most 1000000000, not 3037000500")
        #expect(errorText(#"{"layers":[{"class":"Input","shape":[10, 2000000000]}]}"#)
            == "layer 1 (Input): 'shape' must be at most 1000000000, not 2000000000")
    }

    @Test func productsOfAllowedSizesAreCheckedInConvMath() {
        let big = 1_000_000_000
        #expect(errorText(#"{"layers":[{"class":"Input","shape":[\#(big),\#(big),\#(big)]},{"class":"Flatten"}]}"#)?
            .hasPrefix("layer 2 flatten (Flatten): ValueError: The flattened size") == true)
        #expect(errorText(#"{"layers":[{"class":"Input","shape":[\#(big),\#(big)]},{"class":"Conv1D","filters":\#(big),"kernel_size":\#(big)}]}"#)?
            .contains("is too large") == true)
        #expect(errorText(#"{"layers":[{"class":"Input","shape":[10,\#(big)]},{"class":"LSTM","units":\#(big)}]}"#)?
            .contains("is too large") == true)
        #expect(errorText(#"{"layers":[{"class":"Input","shape":[\#(big),\#(big)]},{"class":"Flatten"},{"class":"Dense","units":\#(big)}]}"#)?
            .contains("is too large") == true)
        // Allowed extremes that fit still give a table, with fields clamped to the input length.
        let table = outcome(#"{"layers":[{"class":"Input","shape":[10,1]},{"class":"Conv1D","filters":1,"kernel_size":\#(big),"dilation_rate":\#(big),"padding":"same"}]}"#)
        #expect(table.ok && table.text.contains("│ 10 (jump 1)"))
        #expect(ParamFormula.dense(inputs: Int.max, units: 2, useBias: true) == nil)
        #expect(ReceptiveField(size: 5, jump: Int.max / 2).through(window: 9, strides: 7) == ReceptiveField(size: .max, jump: .max))
    }

    /// Random hostile values in every integer field of every class: each description renders or fails with one line.
    @Test func fuzzedFieldsNeverTrap() {
        var rng = LinearRandom(seed: 2026)
        let hostile: [String] = ["9223372036854775807", "-9223372036854775808", "9223372036854775808", "4611686018427387904",
                                 "3037000500", "1000000000", "999999999", "1000000001", "0", "-1", "1", "2", "7", "1e30",
                                 "2.5", "-0", "\"12\"", "null", "true", "[]", "[3]", "[9223372036854775807]", "{}"]
        let layers: [(String, [String])] = [
            ("Conv1D", ["filters", "kernel_size", "strides", "dilation_rate", "groups"]),
            ("MaxPooling1D", ["pool_size", "strides"]), ("AveragePooling1D", ["pool_size", "strides"]),
            ("Dense", ["units"]), ("LSTM", ["units"]), ("GRU", ["units"]), ("SimpleRNN", ["units"]),
            ("Embedding", ["input_dim", "output_dim", "input_length"]), ("Flatten", []), ("GlobalMaxPooling1D", []),
        ]
        let paddings = ["\"valid\"", "\"same\"", "\"causal\""]
        for _ in 0..<400 {
            func value() -> String { rng.pick(hostile) }
            var items = [#"{"class":"Input","shape":[\#(value()),\#(value())]}"#]
            for _ in 0..<rng.below(4) + 1 {
                let (name, fields) = rng.pick(layers)
                var parts = [#""class":"\#(name)""#]
                for field in fields where rng.below(5) > 0 { parts.append(#""\#(field)":\#(value())"#) }
                if name == "Conv1D" || name.hasSuffix("Pooling1D"), rng.below(2) == 0 { parts.append(#""padding":\#(rng.pick(paddings))"#) }
                if ["LSTM", "GRU", "SimpleRNN"].contains(name) { parts.append(#""return_sequences":\#(rng.below(2) == 0)"#) }
                items.append("{" + parts.joined(separator: ",") + "}")
            }
            let json = #"{"layers":[\#(items.joined(separator: ","))]}"#
            let (ok, text) = outcome(json)
            if ok {
                #expect(text.hasPrefix("Model:"), "\(json)")
            } else {
                #expect(!text.isEmpty && !text.contains("\n") && !text.hasPrefix("unexpected"), "\(json): \(text)")
            }
        }
    }
}

/// A small seeded generator for the fuzz loops, so a failure replays.
struct LinearRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 11
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
}
