/// Everything about one Conv1D configuration as plain text: one fact per line, each with a stable label,
/// so a person can read it and a test or script can grep it.
///
/// An impossible layer still gets the facts that make sense (its Keras line, input shape
/// and length formula, which shows why), then `error: …` with Keras's text.
public struct ExplainReport: Sendable {
    public let spec: Conv1DSpec
    public let style: FormulaStyle
    public private(set) var lines: [String] = []
    /// Keras's error when the layer is impossible.
    public private(set) var error: LayerError?
    /// The sentence the input is made of, when it is one.
    public let words: Words?

    /// A sentence as the input: its words (already made inert), which have no row, and the embedding's name.
    public struct Words: Sendable {
        public var words: [String]
        public var outOfVocabulary: [Bool]
        public var embedding: String
        public var dimensionNames: [String]?

        public init(words: [String], outOfVocabulary: [Bool], embedding: String, dimensionNames: [String]?) {
            self.words = words
            self.outOfVocabulary = outOfVocabulary
            self.embedding = embedding
            self.dimensionNames = dimensionNames
        }
    }

    public init(spec: Conv1DSpec, style: FormulaStyle = .unicode, words: Words? = nil) {
        self.spec = spec
        self.style = style
        self.words = words
        lines.append("keras: " + kerasCall)
        lines.append("input shape: \(spec.inputShapeText)")
        if let words { lines += wordLines(words) }
        let sizesKnown = spec.kernelSize > 0 && spec.dilationRate > 0 && spec.strides > 0 && spec.length >= 0
        switch Conv1DGeometry.of(spec) {
        case .failure(let e):
            if sizesKnown { lines += lengthLines() + spanLines }
            lines.append("error: \(e)")
            error = e
        case .success(let geometry):
            lines.append("output shape: (None, \(geometry.plan.outputLength), \(spec.filters))")
            lines += paddingLines(geometry.plan) + lengthLines() + spanLines
            lines.append("params = \(ParamFormula.conv1D(spec, style: style)?.text ?? "too large to count")")
            lines.append("kernel shape: (\(spec.kernelShape.map(String.init).joined(separator: ", ")))  bias shape: \(spec.useBias ? "(\(spec.filters),)" : "none (use_bias=False)")")
            lines += readLines(geometry) + pytorchLines(geometry.plan)
        }
    }

    /// The report, ending with a newline.
    public var text: String { lines.joined(separator: "\n") + "\n" }

    var m: String { style.minus }
    var t: String { style.times }

    var spanLines: [String] {
        let s = spec
        var lines = ["span = d\(t)(k \(m) 1) + 1 = \(s.dilationRate)\(t)(\(s.kernelSize) \(m) 1) + 1 = \(s.span)"]
        let taps = s.dilationRate > 1 ? ", of which each output reads \(s.kernelSize) (k taps, \(s.dilationRate - 1) skipped between taps)" : ""
        // A span longer than the input reaches into the padding: say how much of it can be real.
        // With 'valid' there are no pad cells to fill it: such a window has no place, and the layer no output.
        let real = s.span <= s.length ? "" : s.padding == .valid ? "; with L = \(s.length), no window fits: 'valid' adds no pad cells"
            : "; with L = \(s.length), at most \(s.length) of them are real inputs, the rest pad cells"
        lines.append("receptive field: \(s.span) input position\(s.span == 1 ? "" : "s")\(taps)\(real)")
        return lines
    }

    func paddingLines(_ plan: PaddingPlan) -> [String] {
        var lines = ["padding: \(spec.padding.rawValue)  padL=\(plan.left)  padR=\(plan.right)"]
        switch spec.padding {
        case .valid: break
        case .same:
            let total = plan.left + plan.right
            let formula = LengthFormula(padding: .same, length: spec.length, span: spec.span, strides: spec.strides)
            lines.append("same total pad = \(formula.sameTotal(style)), padL = \(style.floor("\(total)/2")) = \(plan.left), padR = \(total) \(m) \(plan.left) = \(plan.right)")
            if plan.right > plan.left {
                lines.append("note: 'same' is asymmetric here: the extra pad cell goes on the right (padL=\(plan.left), padR=\(plan.right)).")
            }
        case .causal:
            lines.append("causal pad = d\(t)(k \(m) 1) = \(spec.dilationRate)\(t)(\(spec.kernelSize) \(m) 1) = \(plan.left), all on the left, so output j never reads past input j\(t)s")
        }
        return lines
    }

    func lengthLines() -> [String] {
        let formula = LengthFormula(padding: spec.padding, length: spec.length, span: spec.span, strides: spec.strides)
        return ["output length = \(formula.numeric(style))",
                "length rule (\(spec.padding.rawValue)): \(formula.symbolic(style))"]
    }
}
