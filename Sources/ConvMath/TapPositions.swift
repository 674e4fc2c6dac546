/// Input positions a window reads at a fixed spacing: `first`, `first + step`, … (`count` of them).
///
/// A dilated pool reads every `step`-th cell; `contains` stays O(1) however wide the window.
public struct TapPositions: RandomAccessCollection, Hashable, Sendable {
    public let start: Int
    public let step: Int
    public let count: Int

    public init(first: Int, count: Int, step: Int) {
        self.start = first
        self.count = Swift.max(count, 0)
        self.step = Swift.max(step, 1)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(i: Int) -> Int { start + i * step }

    public func contains(_ p: Int) -> Bool {
        count > 0 && p >= start && (p - start) % step == 0 && (p - start) / step < count
    }

    /// How many of the positions lie before `p`.
    public func count(before p: Int) -> Int {
        Swift.min(Swift.max(ceilDiv(p - start, step), 0), count)
    }
}
