/// Products and sums that give nil instead of trapping when the result does not fit in an `Int`.
///
/// Sizes come from user input (a model description, a compute case), so shape and
/// parameter arithmetic on them must report "too large" rather than crash.
public enum Checked {
    /// `xs[0] · xs[1] · …`, or nil on overflow; 1 for no factors.
    public static func product(_ xs: Int...) -> Int? { product(xs) }

    public static func product(_ xs: [Int]) -> Int? {
        var result = 1
        for x in xs {
            let (p, overflow) = result.multipliedReportingOverflow(by: x)
            if overflow { return nil }
            result = p
        }
        return result
    }

    /// `xs[0] + xs[1] + …`, or nil on overflow; 0 for no terms.
    public static func sum(_ xs: Int...) -> Int? { sum(xs) }

    public static func sum(_ xs: [Int]) -> Int? {
        var result = 0
        for x in xs {
            let (s, overflow) = result.addingReportingOverflow(x)
            if overflow { return nil }
            result = s
        }
        return result
    }

    /// A window's span `d·(k−1) + 1`, or nil on overflow.
    public static func span(kernelSize k: Int, dilation d: Int) -> Int? {
        guard let k1 = sum(k, -1), let reach = product(d, k1) else { return nil }
        return sum(reach, 1)
    }

    /// `a · b`, pinned to `Int.max` / `Int.min` instead of overflowing.
    public static func saturatingProduct(_ a: Int, _ b: Int) -> Int {
        let (p, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? ((a < 0) == (b < 0) ? .max : .min) : p
    }

    /// `a + b`, pinned to `Int.max` / `Int.min` instead of overflowing.
    public static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (s, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? .max : .min) : s
    }
}
