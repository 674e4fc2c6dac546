/// The input positions of a Conv1D that no output reads, found without visiting every position.
///
/// Strides and dilation are never both above 1 (Keras refuses it), so the cells read
/// are a sorted run of intervals: one per output when d = 1 (its window), one per tap
/// when s = 1 (the tap's sweep). Merging them costs O(outputs + k), fine at L = 10⁷,
/// where `Conv1DGeometry.unreadInputs()` would ask every position.
public struct UnreadInputs: Hashable, Sendable {
    /// The first `limit` maximal runs of unread positions, in order.
    public var runs: [ClosedRange<Int>]
    /// All runs, including those beyond `limit`.
    public var runCount: Int
    /// Unread positions in all.
    public var count: Int

    /// Finds the unread inputs of `geometry`, keeping at most `limit` runs.
    public init(_ geometry: Conv1DGeometry, limit: Int = .max) {
        let spec = geometry.spec, plan = geometry.plan
        let out = max(plan.outputLength, 0)
        let perOutput = spec.strides > 1
        let intervals = perOutput ? out : (out == 0 ? 0 : spec.kernelSize)
        var runs: [ClosedRange<Int>] = [], runCount = 0, count = 0
        var next = 0   // the first position not yet known to be read
        func gap(upTo end: Int) {
            guard end >= next else { return }
            runCount += 1
            count += end - next + 1
            if runs.count < limit { runs.append(next...end) }
        }
        for i in 0..<intervals {
            let lo = perOutput ? i * spec.strides - plan.left : i * spec.dilationRate - plan.left
            let width = perOutput ? spec.kernelSize : out
            let hi = min(lo + width - 1, spec.length - 1)
            if lo > next { gap(upTo: min(lo, spec.length) - 1) }
            next = max(next, hi + 1)
            if next >= spec.length { break }
        }
        gap(upTo: spec.length - 1)
        self.runs = runs
        self.runCount = runCount
        self.count = count
    }
}
