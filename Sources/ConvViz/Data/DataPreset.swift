/// A named recipe for input or kernel values; random values sit on a quarter grid so they read exactly.
public enum DataPreset: String, CaseIterable, Sendable {
    /// Input: multiples of 1/4 in [−2, 2]; kernel: multiples of 1/4 in [−1, 1].
    case random
    /// Input: position p gives (p mod 8)/4 − 1 on every channel, a sawtooth.
    case ramp
    /// Input: a sine wave per channel, phase-shifted by channel.
    case sine
    /// All ones.
    case ones
    /// Input: 1 at the middle position, 0 elsewhere; the output shows the kernel reversed (Conv1D slides it, unflipped).
    case impulse
    /// Input: −1 on the first half, +1 on the second; an edge kernel finds the jump.
    case steps
    /// Kernel: 1/k on every tap, a moving average.
    case average
    /// Kernel: −1 on the first tap, +1 on the last, a difference (edge detector).
    case edge
    /// Kernel: 1 on the middle tap of one channel per filter, a shifted copy.
    case identity

    /// True when a value depends on the whole length (the middle of the input), not only on its position.
    public var dependsOnLength: Bool { self == .impulse || self == .steps }

    /// Presets that make sense for an input.
    public static let inputPresets: [DataPreset] = [.random, .ramp, .sine, .ones, .impulse, .steps]
    /// Presets that make sense for a kernel.
    public static let kernelPresets: [DataPreset] = [.random, .ones, .average, .edge, .identity]
}
