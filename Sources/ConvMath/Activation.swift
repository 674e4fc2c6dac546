#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Keras activation applied after the bias.
public enum Activation: String, CaseIterable, Sendable, Hashable {
    case linear, relu, sigmoid, tanh

    /// The next activation in the explorer's cycle: linear → relu → sigmoid → tanh → linear.
    public var next: Activation {
        let all = Activation.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Applies the activation, rounding once to float32.
    ///
    /// sigmoid and tanh are evaluated in double precision, so the result is the
    /// correctly rounded float32 in practice; Keras agrees within 1.8e-7.
    @inlinable public func apply(_ x: Float) -> Float {
        switch self {
        case .linear: return x
        case .relu: return x > 0 ? x : 0
        case .sigmoid: return Float(1 / (1 + exp(-Double(x))))
        case .tanh: return Float(hyperbolicTangent(Double(x)))
        }
    }
}

// A free function, so the `tanh` case of the enum does not shadow the C function.
@usableFromInline func hyperbolicTangent(_ x: Double) -> Double { tanh(x) }
