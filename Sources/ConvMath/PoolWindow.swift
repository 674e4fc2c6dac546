/// The window arithmetic shared by every 1D pool, Keras's and PyTorch's alike.
///
/// Output `j` reads taps `j·strides + t·dilation − padLeft` for `t < size`; taps
/// outside `0 ..< length` are pad cells. Pools never read pad cells: PyTorch's
/// −∞ padding loses every max, and Keras ignores them, so skipping is exact.
public struct PoolWindow: Hashable, Sendable {
    public var length: Int
    public var size: Int
    public var strides: Int
    public var dilation: Int
    public var padLeft: Int
    public var outputLength: Int

    public init(length: Int, size: Int, strides: Int, dilation: Int = 1, padLeft: Int, outputLength: Int) {
        self.length = length
        self.size = size
        self.strides = strides
        self.dilation = dilation
        self.padLeft = padLeft
        self.outputLength = outputLength
    }

    /// The input position tap `t` of output `j` reads; outside `0 ..< length` means a pad cell.
    @inlinable public func inputPosition(output j: Int, tap t: Int) -> Int {
        j * strides + t * dilation - padLeft
    }

    /// The taps of output `j` that land on real input cells, found without visiting pad taps,
    /// so a window costs O(real cells) however wide its padding.
    ///
    /// Tap `t` reads `base + t·dilation` with `base = j·strides − padLeft`; it is real when
    /// `0 ≤ base + t·d ≤ L − 1`, i.e. `⌈−base/d⌉ ≤ t ≤ ⌊(L − 1 − base)/d⌋`.
    public func realTaps(output j: Int) -> Range<Int> {
        guard size > 0, length > 0, dilation > 0 else { return 0..<0 }
        let base = Checked.saturatingSum(Checked.saturatingProduct(j, strides), -padLeft)
        let first = base >= 0 ? 0 : ceilDiv(-max(base, -Int.max), dilation)
        let last = base > length - 1 ? -1 : floorDiv(length - 1 - base, dilation)
        let lo = max(first, 0), hi = min(last, size - 1)
        return lo <= hi ? lo..<(hi + 1) : 0..<0
    }

    /// How many taps of output `j` land on real input cells.
    public func realCount(output j: Int) -> Int {
        realTaps(output: j).count
    }

    /// Pools `[length][C]` into `[outputLength][C]`.
    ///
    /// Max keeps the largest real cell. Average sums real cells in tap order, in
    /// float32, then divides by `divisor(j)`, which is where Keras and PyTorch differ.
    public func reduce(_ input: Matrix, kind: PoolKind, divisor: (Int) -> Int) -> Matrix {
        let channels = input.columns
        var out = Matrix(rows: max(outputLength, 0), columns: channels)
        for j in 0..<max(outputLength, 0) {
            let taps = realTaps(output: j)
            for c in 0..<channels {
                var acc: Float = kind == .max ? -.infinity : 0
                for t in taps {
                    let x = input[inputPosition(output: j, tap: t), c]
                    if kind == .max {
                        if x > acc { acc = x }
                    } else {
                        acc += x
                    }
                }
                out[j, c] = kind == .max ? acc : acc / Float(divisor(j))
            }
        }
        return out
    }
}
