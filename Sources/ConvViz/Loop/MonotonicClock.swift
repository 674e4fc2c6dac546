#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds from CLOCK_MONOTONIC, which never jumps when the wall clock is set, less the time the
/// program was stopped.
public final class MonotonicClock: LoopClock {
    /// Real seconds left out: the program was stopped then.
    private var excluded = 0.0

    public init() {}

    public func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9 - excluded
    }

    public func discount(realSeconds seconds: Double) { excluded += max(seconds, 0) }
}
