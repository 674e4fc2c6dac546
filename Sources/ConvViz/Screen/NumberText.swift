/// Formats numbers for cells of a fixed width: exact when they fit, rounded when they do not.
public enum NumberText {
    /// The shortest text that reads back as `v` (`1.5`, `-0.25`, `2`), or nil when it needs an exponent.
    public static func exact(_ v: Float) -> String? {
        if v == 0 { return "0" }
        var s = v.description
        if s.contains("e") || s.contains("n") || s.contains("i") { return nil }
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }

    /// `v` in at most `width` characters: exact if it fits, else rounded to fewer decimals, else `#`s.
    public static func fit(_ v: Float, width: Int) -> String {
        guard v.isFinite else { return String((v.isNaN ? "nan" : (v < 0 ? "-inf" : "inf")).prefix(width)) }
        if let e = exact(v), e.count <= width { return e }
        for decimals in stride(from: 4, through: 0, by: -1) {
            let s = fixed(Double(v), decimals: decimals)
            if s.count <= width { return s }
        }
        return String(repeating: "#", count: max(width, 0))
    }

    /// `v` rounded half away from zero to `decimals` places, trailing zeros trimmed; `-0` prints as `0`.
    public static func fixed(_ v: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        guard scaled < 1e17 else { return v < 0 ? "-huge" : "huge" }
        let n = UInt64(scaled)
        let whole = n / UInt64(scale), frac = n % UInt64(scale)
        var digits = decimals > 0 ? String(frac) : ""
        while digits.count < decimals { digits = "0" + digits }
        while digits.hasSuffix("0") { digits.removeLast() }
        let body = digits.isEmpty ? String(whole) : "\(whole).\(digits)"
        return (v < 0 && n != 0 ? "-" : "") + body
    }
}
