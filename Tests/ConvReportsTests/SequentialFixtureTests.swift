import Testing
@testable import ConvReports

/// Whole models: every layer's output of every `"op": "sequential"` case must match Keras 3.
@Suite struct SequentialFixtureTests {
    /// The shared cases, and cases the project never saw while it was written (gen_sequential_extra.py).
    @Test(arguments: ["sequential_cases.json", "sequential_extra_cases.json"])
    func everyLayerMatchesKeras(_ file: String) throws {
        let cases = try #require(try FixtureSupport.cases(file), "\(file) is missing from Tests/Fixtures")
        #expect(cases.count >= 100)
        var failed: [String] = [], exact = 0, errors = 0
        for (i, c) in cases.enumerated() {
            let result = Compute.result(of: c, label: "case \(i)")
            if Self.isExact(c) { exact += 1 }
            if case .layerError = result { errors += 1 }
            if let why = Self.mismatch(c, result) {
                failed.append(FixtureSupport.id(of: c))
                Issue.record("\(file) \(FixtureSupport.id(of: c)): \(why)")
            }
        }
        #expect(failed.isEmpty, "\(failed.count) of \(cases.count) cases failed: \(failed.joined(separator: ", "))")
        // Both kinds of comparison and both kinds of outcome are exercised.
        #expect(exact > 10 && exact < cases.count && errors > 5)
    }

    /// Stacks of Conv1D/Dense/Activation with linear or relu, max pools, Flatten, Dropout and Embedding are bit-exact.
    static func isExact(_ c: JSONValue) -> Bool {
        guard case .object(let fields) = c, case .array(let layers)? = fields["layers"] else { return false }
        return layers.allSatisfy { layer in
            guard case .object(let l) = layer, case .string(let cls)? = l["class"] else { return false }
            switch cls {
            case "Conv1D", "Dense", "Activation":
                if case .string(let act)? = l["activation"] { return act == "linear" || act == "relu" }
                return true
            case "MaxPooling1D", "GlobalMaxPooling1D", "Flatten", "Dropout", "Embedding": return true
            default: return false
            }
        }
    }

    /// Why the result differs from `expected`, or nil.
    static func mismatch(_ c: JSONValue, _ result: CaseResult) -> String? {
        guard case .object(let fields) = c, case .object(let expected)? = fields["expected"] else { return "no expected field" }
        switch (expected["ok"], result) {
        case (.bool(true)?, .model(let outputs, let params)):
            guard case .array(let shapes)? = expected["output_shapes"], case .array(let values)? = expected["outputs"] else { return "bad expected" }
            if case .number(let t)? = expected["param_count"], Int(t.text) != params { return "param_count \(params), expected \(t)" }
            guard outputs.count == values.count else { return "\(outputs.count) outputs, expected \(values.count)" }
            let exact = isExact(c)
            for (layer, (got, want)) in zip(outputs, values).enumerated() {
                guard case .array(let dims) = shapes[layer] else { return "bad expected shape" }
                let shape = dims.compactMap { $0.integerValue }
                if got.shape != shape { return "layer \(layer): shape \(got.shape), expected \(shape)" }
                guard let w = try? NumberArray.read(want, rank: shape.count, field: "expected") else { return "layer \(layer): unreadable expected" }
                for (i, (g, e)) in zip(got.values, w.values).enumerated() {
                    let same = exact ? g.bitPattern == e.bitPattern || (g == 0 && e == 0) : abs(g - e) <= 1e-5 * max(abs(e), 1)
                    if !same { return "layer \(layer) value \(i): \(g), expected \(e)\(exact ? " (bit-exact case)" : "")" }
                }
            }
            return nil
        case (.bool(false)?, .layerError(let type, let layer, let message)):
            guard case .object(let e)? = expected["error"] else { return "expected has no error" }
            if e["type"] != .string(type) || e["message"] != .string(message) { return "raised \(type): «\(message)», expected \(JSONWriter.text(.object(e)))" }
            if e["layer"]?.integerValue != layer { return "error at layer \(layer), expected \(JSONWriter.text(e["layer"] ?? .null))" }
            return nil
        default:
            return "got \(JSONWriter.text(result.json)), expected \(JSONWriter.text(.object(expected)))"
        }
    }
}
