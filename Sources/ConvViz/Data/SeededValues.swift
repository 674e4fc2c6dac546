/// Deterministic pseudo-random values addressed by (seed, stream, index), with no state to carry.
///
/// Being counter-based, a value depends only on its address: growing the length or the
/// filter count keeps every existing number, which a learner can follow on screen.
public struct SeededValues: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// 64 well-mixed bits for one address (SplitMix64's finalizer).
    @inlinable public func bits(stream: UInt64, index: UInt64) -> UInt64 {
        var z = seed &+ stream &* 0x9E37_79B9_7F4A_7C15 &+ index &* 0xD1B5_4A32_D192_ED03
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`, uniform up to a negligible bias.
    @inlinable public func integer(in range: ClosedRange<Int>, stream: UInt64, index: Int) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(bits(stream: stream, index: UInt64(index)) % span)
    }
}
