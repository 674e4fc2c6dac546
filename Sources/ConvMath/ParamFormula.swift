/// A layer's parameter count as a formula, with letters and with the numbers put in.
///
/// The count and its text are built together, so the table and the formula
/// a learner reads can never disagree.
public struct ParamFormula: Hashable, Sendable {
    /// The rule with letters, e.g. `k·(C/G)·F + F`.
    public var symbolic: String
    /// The same rule with numbers, e.g. `7·128·32 + 32`.
    public var numeric: String
    /// Its value.
    public var value: Int

    public init(symbolic: String, numeric: String, value: Int) {
        self.symbolic = symbolic
        self.numeric = numeric
        self.value = value
    }

    /// `k·(C/G)·F + F = 3·1·1 + 1 = 4`.
    public var text: String { "\(symbolic) = \(numeric) = \(value)" }

    /// Conv1D: `k·(C/G)·F + F`, the bias term only with `use_bias`.
    public static func conv1D(_ spec: Conv1DSpec, style: FormulaStyle = .unicode) -> ParamFormula {
        let s = style.product(["k", "(C/G)", "F"]) + (spec.useBias ? " + F" : "")
        let n = style.product(["\(spec.kernelSize)", "\(spec.channelsPerGroup)", "\(spec.filters)"]) + (spec.useBias ? " + \(spec.filters)" : "")
        return ParamFormula(symbolic: s, numeric: n, value: spec.paramCount)
    }

    /// Embedding: one `D`-vector per token, `V·D`.
    public static func embedding(inputDim v: Int, outputDim d: Int, style: FormulaStyle = .unicode) -> ParamFormula {
        ParamFormula(symbolic: style.product(["V", "D"]), numeric: style.product(["\(v)", "\(d)"]), value: v * d)
    }

    /// Dense on `n` features: `n·u + u`.
    public static func dense(inputs n: Int, units u: Int, useBias: Bool, style: FormulaStyle = .unicode) -> ParamFormula {
        ParamFormula(
            symbolic: style.product(["n", "u"]) + (useBias ? " + u" : ""),
            numeric: style.product(["\(n)", "\(u)"]) + (useBias ? " + \(u)" : ""),
            value: n * u + (useBias ? u : 0))
    }

    /// A recurrent cell with `gates` weight sets: input kernel `n·u`, recurrent kernel `u·u`
    /// and `biasVectors` biases of `u` each (GRU with reset_after keeps two).
    public static func recurrent(gates: Int, inputs n: Int, units u: Int, biasVectors: Int, style: FormulaStyle = .unicode) -> ParamFormula {
        let t = style.times
        var s = "n\(t)u + u\(t)u", num = "\(n)\(t)\(u) + \(u)\(t)\(u)"
        if biasVectors == 1 { s += " + u"; num += " + \(u)" }
        if biasVectors > 1 { s += " + \(biasVectors)u"; num += " + \(biasVectors)\(t)\(u)" }
        if gates > 1 { s = "\(gates)\(t)(\(s))"; num = "\(gates)\(t)(\(num))" }
        return ParamFormula(symbolic: s, numeric: num, value: gates * (n * u + u * u + biasVectors * u))
    }
}
