/// Which input cells each output reads, and the reverse: the index arithmetic of a Conv1D layer.
///
/// It needs only the spec and its padding plan, so `explain` can use it without data.
public struct Conv1DGeometry: Hashable, Sendable {
    public let spec: Conv1DSpec
    public let plan: PaddingPlan

    public init(spec: Conv1DSpec, plan: PaddingPlan) {
        self.spec = spec
        self.plan = plan
    }

    /// Builds the geometry of a valid spec, or returns Keras's error.
    public static func of(_ spec: Conv1DSpec) -> Result<Conv1DGeometry, LayerError> {
        spec.validate().map { Conv1DGeometry(spec: spec, plan: $0) }
    }

    /// The input position tap `t` of output `j` reads; outside `0 ..< L` means a pad cell.
    @inlinable public func inputPosition(output j: Int, tap t: Int) -> Int {
        j * spec.strides + t * spec.dilationRate - plan.left
    }

    /// The window of output `j` in input coordinates, pad cells included: `span` cells.
    public func window(output j: Int) -> ClosedRange<Int> {
        let first = inputPosition(output: j, tap: 0)
        return first...(first + spec.span - 1)
    }

    /// The real input positions output `j` reads (with dilation gaps), in tap order.
    public func readPositions(output j: Int) -> [Int] {
        (0..<spec.kernelSize).map { inputPosition(output: j, tap: $0) }.filter { $0 >= 0 && $0 < spec.length }
    }

    /// Every (output position, tap) that reads input position `p`, by increasing output.
    ///
    /// At most `kernel_size` pairs: for each tap t, output `j = (p + padL − t·d) / s` when that divides exactly.
    public func readers(ofInput p: Int) -> [(position: Int, tap: Int)] {
        var result: [(position: Int, tap: Int)] = []
        for t in stride(from: spec.kernelSize - 1, through: 0, by: -1) {
            let q = p + plan.left - t * spec.dilationRate
            guard q >= 0, q % spec.strides == 0 else { continue }
            let j = q / spec.strides
            if j < plan.outputLength { result.append((j, t)) }
        }
        return result
    }

    /// True when at least one output reads input position `p`; allocates nothing, as views ask it per cell.
    public func isRead(_ p: Int) -> Bool {
        for t in 0..<spec.kernelSize {
            let q = p + plan.left - t * spec.dilationRate
            if q >= 0, q % spec.strides == 0, q / spec.strides < plan.outputLength { return true }
        }
        return false
    }

    /// The input positions that no output reads, as maximal runs.
    ///
    /// 'valid' with a stride drops the tail; 'causal' with s > 1 skips trailing
    /// inputs when (L−1) mod s ≠ 0; s > k leaves gaps between windows.
    public func unreadInputs() -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var start: Int? = nil
        for p in 0..<spec.length {
            if isRead(p) {
                if let s = start { runs.append(s...(p - 1)); start = nil }
            } else if start == nil {
                start = p
            }
        }
        if let s = start { runs.append(s...(spec.length - 1)) }
        return runs
    }

    /// The receptive field of one output on this layer's input: `span` cells.
    public var receptiveField: Int { spec.span }
}
