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

    /// How many taps of output `j` land on real input cells.
    public func realCount(output j: Int) -> Int {
        (0..<size).reduce(0) { n, t in
            let p = inputPosition(output: j, tap: t)
            return p >= 0 && p < length ? n + 1 : n
        }
    }

    /// Pools `[length][C]` into `[outputLength][C]`.
    ///
    /// Max keeps the largest real cell. Average sums real cells in tap order, in
    /// float32, then divides by `divisor(j)`, which is where Keras and PyTorch differ.
    public func reduce(_ input: Matrix, kind: PoolKind, divisor: (Int) -> Int) -> Matrix {
        let channels = input.columns
        var out = Matrix(rows: max(outputLength, 0), columns: channels)
        for j in 0..<max(outputLength, 0) {
            for c in 0..<channels {
                var acc: Float = kind == .max ? -.infinity : 0
                for t in 0..<size {
                    let p = inputPosition(output: j, tap: t)
                    guard p >= 0 && p < length else { continue }
                    let x = input[p, c]
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
