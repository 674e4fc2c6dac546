/// Which input positions the first and last outputs read, and which no output reads.
extension ExplainReport {
    /// Runs of unread inputs listed before the rest are only counted.
    static let listedRuns = 8
    /// Taps listed in full; a longer kernel shows its ends.
    static let listedTaps = 12

    func readLines(_ g: Conv1DGeometry) -> [String] {
        let out = g.plan.outputLength
        var lines: [String] = []
        if out == 0 {
            lines.append("reads: none: the output is empty")
        } else {
            lines.append("output 0 reads: \(tapList(g, output: 0))")
            if out > 1 { lines.append("output \(out - 1) (last) reads: \(tapList(g, output: out - 1))") }
            if spec.channels > 1 { lines.append("each read position covers C/G = \(spec.channelsPerGroup) channel(s) of its group") }
        }
        let unread = UnreadInputs(g, limit: Self.listedRuns)
        lines.append("never read: " + unreadText(unread))
        if unread.count > 0 { lines.append("note: " + unreadReason(g, unread)) }
        return lines
    }

    /// `-1 (pad), 0, 1`: each tap's input position, pad cells marked.
    func tapList(_ g: Conv1DGeometry, output j: Int) -> String {
        func cell(_ tap: Int) -> String {
            let p = g.inputPosition(output: j, tap: tap)
            if p < 0 || p >= spec.length { return "\(p) (pad)" }
            if let w = words, p < w.words.count { return "\(p) '\(w.words[p])'" }
            return "\(p)"
        }
        let k = spec.kernelSize
        if k <= Self.listedTaps { return (0..<k).map(cell).joined(separator: ", ") }
        return ((0..<6).map(cell) + ["…"] + ((k - 3)..<k).map(cell)).joined(separator: ", ") + " (\(k) taps)"
    }

    /// The text, its embedding, and the words that have no row.
    func wordLines(_ w: Words) -> [String] {
        var lines = ["text: " + w.words.map { "'\($0)'" }.joined(separator: " ") + " (\(w.words.count) word\(w.words.count == 1 ? "" : "s"), one position each)",
                     "embedding: \(w.embedding), \(spec.channels) numbers per word" + (w.dimensionNames.map { " (" + $0.joined(separator: ", ") + ")" } ?? "")]
        let unknown = w.words.indices.filter { w.outOfVocabulary[$0] }
        lines.append("out of vocabulary: " + (unknown.isEmpty ? "none" : unknown.map { "\(w.words[$0]) (position \($0))" }.joined(separator: ", ") + ": " + (unknown.count == 1 ? "a zero row" : "a zero row each")))
        return lines
    }

    /// `none`, `input 7`, `inputs 5..7`, or `inputs 2..3, 6..7, 9 (5 of 10)`: ".." so that no range reads as a subtraction.
    func unreadText(_ u: UnreadInputs) -> String {
        guard u.count > 0 else { return "none" }
        let parts = u.runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)..\($0.upperBound)" }
        var text = (u.count == 1 ? "input " : "inputs ") + parts.joined(separator: ", ")
        if u.runCount > u.runs.count { text += ", … and \(u.runCount - u.runs.count) more runs" }
        if u.runCount > 1 || u.runCount > u.runs.count { text += " (\(u.count) of \(spec.length))" }
        return text
    }

    /// Why they are skipped, input by input: after the last window, in the gaps between a window's taps
    /// (dilation), or between two windows (a stride longer than the span).
    func unreadReason(_ g: Conv1DGeometry, _ u: UnreadInputs) -> String {
        let lastEnd = g.window(output: g.plan.outputLength - 1).upperBound
        var after: [Int] = [], gaps: [Int] = [], between: [Int] = []
        for run in u.runs {
            for p in run.prefix(1000) {
                if p > lastEnd { after.append(p) } else if coveredBetweenTaps(g, p) { gaps.append(p) } else { between.append(p) }
            }
        }
        func list(_ ps: [Int]) -> String { ps.count == 1 ? "input \(ps[0])" : "inputs " + Self.runsText(ps) }
        var reasons: [String] = []
        if !gaps.isEmpty {
            reasons.append("\(list(gaps)) \(gaps.count == 1 ? "falls" : "fall") between the taps of the windows that span \(gaps.count == 1 ? "it" : "them") (dilation_rate=\(spec.dilationRate) skips \(spec.dilationRate - 1) between taps)")
        }
        if !between.isEmpty {
            reasons.append("\(list(between)) \(between.count == 1 ? "lies" : "lie") between two windows: strides=\(spec.strides) is larger than the span \(spec.span)")
        }
        if !after.isEmpty {
            let end = lastEnd >= spec.length ? "pad cell \(lastEnd)" : "input \(lastEnd)"
            reasons.append("\(list(after)) \(after.count == 1 ? "comes" : "come") after the last window, which ends at \(end)")
        }
        return reasons.joined(separator: "; ") + (u.count == 1 ? "; its value cannot change the output." : "; their values cannot change the output.")
    }

    /// True when some window spans input `p` (it lies between its first and last tap) without a tap on it.
    func coveredBetweenTaps(_ g: Conv1DGeometry, _ p: Int) -> Bool {
        let s = spec.strides, span = spec.span, left = g.plan.left
        // Window j spans j·s − left ... j·s − left + span − 1.
        let first = max(Int((Double(p + left - span + 1) / Double(s)).rounded(.up)), 0)
        let last = min((p + left) / s, g.plan.outputLength - 1)
        return first <= last
    }

    /// `2..4, 7` for sorted positions.
    static func runsText(_ ps: [Int]) -> String {
        var parts: [String] = [], start = ps[0], prev = ps[0]
        for p in ps.dropFirst() + [Int.min] {
            if p == prev + 1 { prev = p; continue }
            parts.append(start == prev ? "\(start)" : "\(start)..\(prev)")
            start = p
            prev = p
        }
        return parts.joined(separator: ", ")
    }
}
