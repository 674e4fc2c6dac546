#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One named measurement: `run` does the work once; `work` says how much, to turn time into a rate.
///
/// Benchmarks live in their own files as static lists and are registered in main.swift.
struct Benchmark {
    /// What a rate is counted in: FLOP/s for math, frames/s for rendering.
    enum Work {
        case flops(Double)
        case items(Double, unit: String)
    }

    var name: String
    /// The problem size as a person reads it: "L=500 C=128 F=32 k=7 valid".
    var size: String
    var work: Work
    /// Runs once; the result is returned so the optimizer cannot drop the work.
    var run: () -> Float

    /// Times `run` after warming up: repeats until `minimumSeconds` have passed (at least `minimumRepeats` times).
    func measure(warmUp: Int = 3, minimumRepeats: Int = 15, minimumSeconds: Double = 1) -> Measurement {
        var sink: Float = 0
        for _ in 0..<warmUp { sink += run() }
        var times: [Double] = []
        let start = monotonicSeconds()
        while times.count < minimumRepeats || monotonicSeconds() - start < minimumSeconds {
            let t0 = monotonicSeconds()
            sink += run()
            times.append(monotonicSeconds() - t0)
        }
        times.sort()
        return Measurement(best: times[0], median: times[times.count / 2], repeats: times.count, sink: sink)
    }
}

/// Seconds per run: the best and the median over the repeats.
struct Measurement {
    var best: Double
    var median: Double
    var repeats: Int
    var sink: Float
}

/// CLOCK_MONOTONIC in seconds: immune to wall-clock changes.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}
