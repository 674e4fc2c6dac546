extension NumberText {
    /// Whether the decimal sum of two shown numbers is the shown result, digit for digit; nil when
    /// their scales are too far apart to tell in 64 bits.
    ///
    /// A float32 addition rounds: `-0.18367265 + -0.125` gives the float32 written `-0.30867267`,
    /// and a learner adding the texts by hand gets `-0.30867265`. This finds those cases so the
    /// screen can say the arithmetic is float32's.
    public static func addsUp(_ a: String, _ b: String, _ sum: String) -> Bool? {
        guard let x = decimal(a), let y = decimal(b), let z = decimal(sum) else { return nil }
        let e = min(x.exponent, y.exponent, z.exponent)
        func scaled(_ d: (mantissa: Int, exponent: Int)) -> Int? {
            var m = d.mantissa
            for _ in 0..<(d.exponent - e) {
                let (p, overflow) = m.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                m = p
            }
            return m
        }
        guard let mx = scaled(x), let my = scaled(y), let mz = scaled(z) else { return nil }
        let (total, overflow) = mx.addingReportingOverflow(my)
        return overflow ? nil : total == mz
    }

    /// The marks a row may end with when `a + b = sum` does not hold by hand, longest first
    /// (`in float32`, else `(f32)`, which the help's Names page explains); none when it holds.
    public static func float32Marks(_ a: String, _ b: String, _ sum: String) -> [String] {
        addsUp(a, b, sum) == false ? [" in float32", " (f32)"] : []
    }

    /// `-0.125` as (-125, -3), `2.1e-5` as (21, -6); nil for text that is not a plain decimal.
    static func decimal(_ text: String) -> (mantissa: Int, exponent: Int)? {
        var digits = "", exponent = 0, fraction = false, negative = false
        var rest = Substring(text)
        if rest.hasPrefix("-") { negative = true; rest = rest.dropFirst() }
        if let e = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let n = Int(rest[rest.index(after: e)...]) else { return nil }
            exponent = n
            rest = rest[..<e]
        }
        for c in rest {
            if c == "." { guard !fraction else { return nil }; fraction = true; continue }
            guard c.isASCII, c.isNumber else { return nil }
            digits.append(c)
            if fraction { exponent -= 1 }
        }
        guard !digits.isEmpty, digits.count <= 18, let m = Int(digits) else { return nil }
        return (negative ? -m : m, exponent)
    }
}
