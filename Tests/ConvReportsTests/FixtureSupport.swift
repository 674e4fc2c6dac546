import ConvMath
import Foundation
@testable import ConvReports

/// Loads the fixture files next to the tests and compares a result with a case's `expected`.
enum FixtureSupport {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The cases of a fixture file, or nil when the file is absent (the extra files are optional).
    static func cases(_ name: String) throws -> [JSONValue]? {
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let value = try JSONParser.parse([UInt8](try Data(contentsOf: url)))
        guard case .object(let top) = value, case .array(let cases)? = top["cases"] else { return [] }
        return cases
    }

    /// Why `result` differs from the case's `expected`, or nil when it matches.
    ///
    /// Linear/relu convs and max pools are compared bit for bit (their values are
    /// dyadic, so float32 sums are exact); sigmoid, tanh and averages within 1e-6.
    static func mismatch(case value: JSONValue, result: CaseResult) -> String? {
        guard case .object(let c) = value, case .object(let expected)? = c["expected"] else { return "no expected field" }
        let tolerance: Float = needsTolerance(c) ? 1e-6 : 0
        switch (expected["ok"], result) {
        case (.bool(true)?, .ok(let output, let params)):
            guard case .array(let shapeValues)? = expected["output_shape"] else { return "expected has no output_shape" }
            let shape = shapeValues.compactMap { v -> Int? in if case .number(let t) = v { return Int(t.text) } else { return nil } }
            if output.shape != shape { return "shape \(output.shape), expected \(shape)" }
            if case .number(let t)? = expected["param_count"], Int(t.text) != params { return "param_count \(params), expected \(t)" }
            guard let want = try? NumberArray.read(expected["output"]!, rank: shape.count, field: "expected") else { return "unreadable expected output" }
            for (i, (got, exp)) in zip(output.values, want.values).enumerated() {
                let same = tolerance == 0 ? got.bitPattern == exp.bitPattern || (got == 0 && exp == 0) : abs(got - exp) <= tolerance
                if !same { return "value \(i): \(got), expected \(exp)" }
            }
            return nil
        case (.bool(false)?, .error(let type, let message)):
            guard case .object(let e)? = expected["error"] else { return "expected has no error" }
            if e["type"] != .string(type) { return "error type \(type), expected \(e["type"].map { JSONWriter.text($0) } ?? "?")" }
            if e["message"] != .string(message) { return "message «\(message)», expected «\(e["message"].map { JSONWriter.text($0) } ?? "?")»" }
            return nil
        case (_, .ok):
            return "computed a result, expected an error: \(JSONWriter.text(expected["error"] ?? .null))"
        case (_, .error(let type, let message)):
            return "raised \(type): \(message), expected a result"
        case (_, .model), (_, .layerError):
            return "a single-layer case gave a whole-model result"
        }
    }

    static func id(of value: JSONValue) -> String {
        if case .object(let c) = value, case .string(let id)? = c["id"] { return id }
        return "?"
    }

    private static func needsTolerance(_ c: [String: JSONValue]) -> Bool {
        if case .string(let op)? = c["op"], op.contains("avg") { return true }
        if case .string(let act)? = c["activation"], act == "sigmoid" || act == "tanh" { return true }
        return false
    }
}
