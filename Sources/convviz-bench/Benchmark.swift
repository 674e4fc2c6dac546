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
    /// What a run's time is: wall-clock, or the process's CPU time (user + system).
    enum Clock { case wall, cpu }
    var clock: Clock = .wall
    /// Runs once; the result is returned so the optimizer cannot drop the work.
    var run: () -> Float

    init(name: String, size: String, work: Work, clock: Clock = .wall, run: @escaping () -> Float) {
        self.name = name
        self.size = size
        self.work = work
        self.clock = clock
        self.run = run
    }

    /// Times `run` after warming up: repeats until `minimumSeconds` have passed (at least `minimumRepeats` times).
    func measure(warmUp: Int = 3, minimumRepeats: Int = 15, minimumSeconds: Double = 1) -> Measurement {
        var sink: Float = 0
        for _ in 0..<warmUp { sink += run() }
        var times: [Double] = []
        let start = monotonicSeconds()
        let now = clock == .cpu ? cpuSeconds : monotonicSeconds
        while times.count < minimumRepeats || monotonicSeconds() - start < minimumSeconds {
            let t0 = now()
            sink += run()
            times.append(now() - t0)
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

/// The process's CPU time, user plus system, in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
