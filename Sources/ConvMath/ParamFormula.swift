/// A layer's parameter count as a formula, with letters and with the numbers put in.
///
/// The count and its text are built together, so the table and the formula
/// a learner reads can never disagree. The builders return nil when the count
/// does not fit in an `Int`, so huge sizes are reported instead of trapping.
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
    public static func conv1D(_ spec: Conv1DSpec, style: FormulaStyle = .unicode) -> ParamFormula? {
        guard let weights = Checked.product(spec.kernelSize, spec.channelsPerGroup, spec.filters),
              let value = Checked.sum(weights, spec.useBias ? spec.filters : 0) else { return nil }
        let s = style.product(["k", "(C/G)", "F"]) + (spec.useBias ? " + F" : "")
        let n = style.product(["\(spec.kernelSize)", "\(spec.channelsPerGroup)", "\(spec.filters)"]) + (spec.useBias ? " + \(spec.filters)" : "")
        return ParamFormula(symbolic: s, numeric: n, value: value)
    }

    /// Embedding: one `D`-vector per token, `V·D`.
    public static func embedding(inputDim v: Int, outputDim d: Int, style: FormulaStyle = .unicode) -> ParamFormula? {
        guard let value = Checked.product(v, d) else { return nil }
        return ParamFormula(symbolic: style.product(["V", "D"]), numeric: style.product(["\(v)", "\(d)"]), value: value)
    }

    /// Dense on `n` features: `n·u + u`.
    public static func dense(inputs n: Int, units u: Int, useBias: Bool, style: FormulaStyle = .unicode) -> ParamFormula? {
        guard let weights = Checked.product(n, u), let value = Checked.sum(weights, useBias ? u : 0) else { return nil }
        return ParamFormula(
            symbolic: style.product(["n", "u"]) + (useBias ? " + u" : ""),
            numeric: style.product(["\(n)", "\(u)"]) + (useBias ? " + \(u)" : ""),
            value: value)
    }

    /// A recurrent cell with `gates` weight sets: input kernel `n·u`, recurrent kernel `u·u`
    /// and `biasVectors` biases of `u` each (GRU with reset_after keeps two).
    public static func recurrent(gates: Int, inputs n: Int, units u: Int, biasVectors: Int, style: FormulaStyle = .unicode) -> ParamFormula? {
        guard let input = Checked.product(n, u), let recurrent = Checked.product(u, u), let biases = Checked.product(biasVectors, u),
              let perGate = Checked.sum(input, recurrent, biases), let value = Checked.product(gates, perGate) else { return nil }
        let t = style.times
        var s = "n\(t)u + u\(t)u", num = "\(n)\(t)\(u) + \(u)\(t)\(u)"
        if biasVectors == 1 { s += " + u"; num += " + \(u)" }
        if biasVectors > 1 { s += " + \(biasVectors)u"; num += " + \(biasVectors)\(t)\(u)" }
        if gates > 1 { s = "\(gates)\(t)(\(s))"; num = "\(gates)\(t)(\(num))" }
        return ParamFormula(symbolic: s, numeric: num, value: value)
    }
}
