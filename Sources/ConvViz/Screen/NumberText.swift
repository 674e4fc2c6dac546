/// Formats numbers: exactly (the shortest text that reads back as the same float32), or rounded to a
/// cell's width with a trailing `~` that says so.
public enum NumberText {
    /// The mark after a rounded value.
    public static let roundedMark = "~"

    /// The shortest text that reads back as `v`: `1.5`, `-0.25`, `2`, `2.1e-5`, `3.4028235e38`.
    public static func exact(_ v: Float) -> String {
        if v == 0 { return "0" }
        guard v.isFinite else { return v.isNaN ? "nan" : (v < 0 ? "-inf" : "inf") }
        var s = v.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        // Swift writes 2.1e-05; the exponent's leading zero and the mantissa's ".0" add nothing.
        if let e = s.firstIndex(of: "e") {
            var mantissa = String(s[..<e]), exponent = String(s[s.index(after: e)...])
            if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
            let negative = exponent.hasPrefix("-")
            exponent = String(exponent.drop { $0 == "-" || $0 == "+" || $0 == "0" })
            s = mantissa + "e" + (negative ? "-" : "") + exponent
        }
        return s
    }

    /// `v` in at most `width` characters: exact when it fits, else rounded and ending in `~`.
    ///
    /// A value that is not zero never shows as `0`: too small for the decimals that fit, it is
    /// written with an exponent (`2e-5~`), or as `-0~` / `0~` where not even that fits; `#`s fill a
    /// cell only for a value too big for it.
    public static func fit(_ v: Float, width: Int) -> String {
        let e = exact(v)
        if e.count <= width { return e }
        guard v.isFinite else { return String(e.prefix(width)) }
        let room = width - roundedMark.count
        if room > 0 {
            let magnitude = abs(Double(v))
            if magnitude >= 1e-3 && magnitude < 1e15 {
                // Below 1 the leading zero may go ("-.02~") when nothing fits with it, keeping a digit in a narrow cell.
                for shorten in [false, true] {
                    for decimals in stride(from: 6, through: 0, by: -1) {
                        var s = fixed(Double(v), decimals: decimals)
                        guard s != "0" && s != "-0" else { continue }
                        if shorten { s = s.hasPrefix("0.") ? String(s.dropFirst()) : s.hasPrefix("-0.") ? "-" + s.dropFirst(2) : s }
                        if s.count <= room { return s + roundedMark }
                    }
                }
            }
            if let s = scientific(v, room: room) { return s + roundedMark }
            // A small value that fits no other way ("-0.004" or "-0.00012" in five columns) still says its sign and
            // that it is rounded: "#" is kept for a value too big for its cell, which is what the legend says.
            if magnitude < 1, room >= (v < 0 ? 2 : 1) { return (v < 0 ? "-0" : "0") + roundedMark }
        }
        return String(repeating: "#", count: max(width, 0))
    }

    /// `v` with an exponent in at most `room` characters (`-2.1e-5`), or nil when even one digit does not fit.
    static func scientific(_ v: Float, room: Int) -> String? {
        let magnitude = abs(Double(v))
        var exponent = 0
        var m = magnitude
        while m >= 10 { m /= 10; exponent += 1 }
        while m < 1 { m *= 10; exponent -= 1 }
        let sign = v < 0 ? "-" : "", tail = "e\(exponent)"
        for decimals in stride(from: 6, through: 0, by: -1) {
            var mantissa = fixed(m, decimals: decimals)
            var shown = tail
            // Rounding 9.99 up gives 10: carry into the exponent.
            if mantissa.hasPrefix("10") { mantissa = fixed(m / 10, decimals: decimals); shown = "e\(exponent + 1)" }
            let s = sign + mantissa + shown
            if s.count <= room { return s }
        }
        return nil
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
