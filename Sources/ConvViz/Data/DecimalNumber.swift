/// A number as a CSV or an embedding file writes it: decimal digits, a point, an exponent.
///
/// Swift's `Float("…")` also reads hexadecimal (`0x10`, `0x1p3`), `inf` and `nan`; numpy's
/// `loadtxt` and Python's `float` read no hexadecimal, so a file that holds it is an error here too.
public enum DecimalNumber {
    /// The finite float `text` spells in decimal, or nil.
    static func float(_ text: some StringProtocol) -> Float? {
        guard !text.isEmpty, text.utf8.allSatisfy({ Self.allowed[Int($0)] }), let v = Float(String(text)), v.isFinite else { return nil }
        return v
    }

    /// The finite double `text` spells in decimal (a speed on the command line or in a script), or nil.
    public static func double(_ text: some StringProtocol) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ Self.allowed[Int($0)] }), let v = Double(String(text)), v.isFinite else { return nil }
        return v
    }

    /// Why `text` is no value `float` reads: a number too large for float32 is still a number.
    static func refusal(_ text: some StringProtocol) -> String {
        // 1e400 overflows a double too: infinite is still a number, too large.
        if text.utf8.allSatisfy({ Self.allowed[Int($0)] }), let d = Double(String(text)), !d.isNaN {
            return "is beyond float32's range (largest about 3.4e38)"
        }
        return "is not a number"
    }

    private static let allowed: [Bool] = (0..<256).map { b in
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(UInt8(b)) || "+-.eE".utf8.contains(UInt8(b))
    }
}
