/// The output length of a Conv1D or 1D pool, with the numbers put in.
///
/// Learners meet `(None, 494, 32)` without seeing where 494 came from; this
/// writes `⌊(500 − 7)/1⌋ + 1 = 494` from the same `PaddingPlan` that computed it.
public struct LengthFormula: Hashable, Sendable {
    public var padding: Padding
    /// Input length L.
    public var length: Int
    /// Cells one window covers: `d·(k−1) + 1` for a conv, `pool_size` for a pool.
    public var span: Int
    public var strides: Int
    /// The plan Keras uses, with its output length.
    public var plan: PaddingPlan

    public init(padding: Padding, length: Int, span: Int, strides: Int) {
        self.padding = padding
        self.length = length
        self.span = span
        self.strides = strides
        self.plan = PaddingPlan.keras(length: length, span: span, strides: strides, padding: padding)
    }

    /// The output length.
    public var result: Int { plan.outputLength }

    /// The rule with letters: `⌊(L − span)/s⌋ + 1` or `⌈L / s⌉`.
    public func symbolic(_ style: FormulaStyle = .unicode) -> String {
        padding == .valid
            ? style.floor("(L \(style.minus) span)/s") + " + 1"
            : style.ceil("L / s")
    }

    /// The rule with numbers and its value: `⌊(500 − 7)/1⌋ + 1 = 494`, `⌈6 / 2⌉ = 3`.
    public func numeric(_ style: FormulaStyle = .unicode) -> String {
        padding == .valid
            ? style.floor("(\(length) \(style.minus) \(span))/\(strides)") + " + 1 = \(result)"
            : style.ceil("\(length) / \(strides)") + " = \(result)"
    }

    /// 'same' only: the total pad with numbers, `max((3 − 1)·2 + 3 − 6, 0) = 1`.
    public func sameTotal(_ style: FormulaStyle = .unicode) -> String {
        let m = style.minus, t = style.times
        return "max((\(result) \(m) 1)\(t)\(strides) + \(span) \(m) \(length), 0) = \(plan.left + plan.right)"
    }
}
