/// Which cells of its input a step of any layer reads, for the input panel.
extension StageStep {
    /// The input positions to keep in view: the window (pad cells too), the row, or everything.
    var readWindow: ClosedRange<Int> {
        switch self {
        case .conv(let s): return s.layer.geometry.window(output: s.position)
        case .pool(let s): return s.window
        case .globalPool(let s): return 0...max(s.layer.input.rows - 1, 0)
        case .dense(let s): return s.layer.isVector ? 0...max(s.layer.inputs - 1, 0) : s.row...s.row
        case .embedding(let s): return s.position...s.position
        case .pass(let s):
            if case .activation(.softmax) = s.layer.kind {
                return s.layer.input.isVector ? 0...max(s.layer.input.values.count - 1, 0) : s.position...s.position
            }
            return s.source.position...s.source.position
        }
    }

    /// True when the step reads input cell (position, channel).
    func reads(position p: Int, channel c: Int) -> Bool {
        switch self {
        case .conv(let s): return s.taps.contains { $0.position == p && $0.channel == c }
        case .pool(let s): return c == s.channel && s.realPositions.contains(p)
        case .globalPool(let s): return c == s.channel
        case .dense(let s): return s.layer.isVector || p == s.row
        case .embedding(let s): return p == s.position
        case .pass(let s):
            if case .activation(.softmax) = s.layer.kind { return s.layer.input.isVector || p == s.position }
            return p == s.source.position && c == s.source.channel
        }
    }

    /// The input positions whose words the step's label names: the cells it reads, or a global max's winner.
    var readPositions: [Int] {
        switch self {
        case .conv(let s): return s.layer.geometry.readPositions(output: s.position)
        case .pool(let s): return Array(s.realPositions)
        case .globalPool(let s): return s.winner.map { [$0] } ?? []
        case .dense(let s): return s.layer.isVector ? [] : [s.row]
        case .embedding(let s): return [s.position]
        case .pass(let s): return s.source.position >= 0 ? [s.source.position] : []
        }
    }

    /// The one input channel the step reads, for layers that work channel by channel (pools, a cell-wise pass).
    var readChannel: Int? {
        switch self {
        case .pool(let s): return s.channel
        case .globalPool(let s): return s.channel
        case .pass(let s):
            if case .activation(.softmax) = s.layer.kind { return nil }
            return s.source.channel
        default: return nil
        }
    }

    /// The cell that won a max, if this step is one.
    var winner: (position: Int, channel: Int)? {
        switch self {
        case .pool(let s): return s.winner.map { ($0, s.channel) }
        case .globalPool(let s): return s.winner.map { ($0, s.channel) }
        default: return nil
        }
    }
}
