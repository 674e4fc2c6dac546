/// A set of positions as sorted runs (`0...14`, or `3...4, 6...7`): whole axes of millions stay one run.
public struct PositionRuns: Equatable, Sendable {
    /// Disjoint runs in order, none touching the next.
    public let runs: [ClosedRange<Int>]
    /// How many positions the runs hold.
    public let count: Int

    /// The union of `ranges`, in any order and overlapping or not.
    public init(_ ranges: [ClosedRange<Int>]) {
        var merged: [ClosedRange<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        runs = merged
        count = merged.reduce(0) { $0 + $1.count }
    }

    /// The positions one by one (for small sets: tests and short lists).
    public var positions: [Int] { runs.flatMap { Array($0) } }

    public var isEmpty: Bool { runs.isEmpty }

    /// True when `p` is in a run: a binary search, so a view may ask for each cell it draws.
    public func contains(_ p: Int) -> Bool {
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].upperBound < p { lo = mid + 1 } else { hi = mid }
        }
        return lo < runs.count && runs[lo].contains(p)
    }
}
