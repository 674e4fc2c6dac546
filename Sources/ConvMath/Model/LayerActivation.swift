#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The activation of a `Dense` or `Activation` layer: Conv1D's four, plus softmax over the last axis.
public enum LayerActivation: String, CaseIterable, Sendable, Hashable {
    case linear, relu, sigmoid, tanh, softmax

    /// The elementwise activation, or nil for softmax, which needs the whole last axis.
    public var elementwise: Activation? { Activation(rawValue: rawValue) }

    /// The next activation in the explorer's cycle.
    public var next: LayerActivation {
        let all = LayerActivation.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Applies the activation to one row of the last axis, in place.
    ///
    /// Softmax subtracts the row's maximum first, as Keras does, and is evaluated in
    /// double precision, then rounded once to float32.
    public func apply(row: UnsafeMutableBufferPointer<Float>) {
        if let act = elementwise {
            if act == .linear { return }
            for i in row.indices { row[i] = act.apply(row[i]) }
            return
        }
        guard let top = row.max() else { return }
        var total = 0.0
        for v in row { total += exp(Double(v - top)) }
        for i in row.indices { row[i] = Float(exp(Double(row[i] - top)) / total) }
    }

    /// The largest of `values` and Σ exp(v − max) over them: what a softmax subtracts and divides by.
    public static func softmaxParts(_ values: [Float]) -> (max: Float, total: Double) {
        guard let top = values.max() else { return (0, 0) }
        return (top, values.reduce(0.0) { $0 + exp(Double($1 - top)) })
    }

    /// Softmax of `values[index]` within `values`, the way `apply(row:)` computes it.
    public static func softmax(_ values: [Float], at index: Int) -> Float {
        var copy = values
        copy.withUnsafeMutableBufferPointer { LayerActivation.softmax.apply(row: $0) }
        return copy[index]
    }
}
