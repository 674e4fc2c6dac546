import ConvMath

/// Notes under a PyTorch pool: its length rule with the numbers in, and what Keras gives instead.
enum StagePoolNote {
    /// The lines for the current layer, or none when it is not a PyTorch pool.
    static func lines(_ ctx: RenderContext, stage: Stage, width: Int) -> [(String, Style)] {
        guard case .pool(let p) = stage, let t = p.torch else { return [] }
        let style: FormulaStyle = ctx.glyphs == .ascii ? .ascii : .unicode, m = style.minus
        let w = p.window, l = w.length, k = w.size, s = w.strides, pad = t.padding, d = w.dilation
        let extra = t.ceilMode ? " + \(s) \(m) 1" : ""
        let raw = PoolWindow.torchLengths(length: l, kernelSize: k, padding: pad, stride: s, dilation: d, ceilMode: t.ceilMode).formula
        // The rule with the numbers in; without the rule in letters when the row is too narrow for both.
        // A dilated window spans d(k − 1) + 1 cells, which is what the rule takes off.
        let span = d == 1 ? "k" : "d(k \(m) 1) \(m) 1"
        let numbers = style.floor("(\(l) + \(2 * pad) \(m) \(d * (k - 1) + 1)\(extra))/\(s)") + " + 1 = \(raw)"
        let rule = "output length = " + style.floor("(L + 2p \(m) \(span)\(t.ceilMode ? " + s \(m) 1" : ""))/s") + " + 1 = " + numbers
        let length = rule.count <= width ? rule : "output length = " + numbers
        var lines: [(String, Style)] = [(length, .dim)]
        if t.ceilMode {
            let floorLength = PoolWindow.torchLengths(length: l, kernelSize: k, padding: pad, stride: s, dilation: d, ceilMode: false).kept
            if raw != p.outputLength {
                lines.append(("ceil_mode: window \(raw - 1) would start in the right pad; PyTorch drops it: \(plural(p.outputLength, "output"))", .dim))
            } else {
                lines.append((p.outputLength > floorLength
                    ? "ceil_mode=True keeps a last, partial window; ceil_mode=False gives \(plural(floorLength, "output"))"
                    : "ceil_mode=True adds no window here: the last one ends at the padded input's end", .dim))
            }
        }
        let valid = PaddingPlan.keras(length: l, span: k, strides: s, padding: .valid).outputLength
        let same = PaddingPlan.keras(length: l, span: k, strides: s, padding: .same).outputLength
        // Keras refuses an empty 'valid' output rather than giving 0 values.
        let validText = valid > 0 ? "'valid' gives \(valid)" : "'valid' raises (output size \(valid))"
        let keras = d == 1 ? "Keras \(p.kind.kerasClassName):" : "Keras's \(p.kind.kerasClassName) has no dilation; without it"
        lines.append(("\(keras) \(validText), 'same' \(same); pad cells never count", .dim))
        return lines
    }
}
