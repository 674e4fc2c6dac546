// convviz-bench [FILTER]: runs every registered benchmark whose name or size contains FILTER.
//
// Register a new list here; each benchmark file owns its list.
let registered: [Benchmark] = ForwardBenchmarks.all + RenderBenchmarks.all + ModelBenchmarks.all + LessonBenchmarks.all

let arguments = CommandLine.arguments.dropFirst()
if arguments.contains("-h") || arguments.contains("--help") {
    print("usage: swift run -c release convviz-bench [FILTER]\nRuns the benchmarks whose name or size contains FILTER; prints one line each.")
} else {
    let filter = arguments.first ?? ""
    let selected = registered.filter { filter.isEmpty || $0.name.contains(filter) || $0.size.contains(filter) }
    if selected.isEmpty { print("convviz-bench: no benchmark matches '\(filter)'") }
    print("# swift run -c release convviz-bench\(filter.isEmpty ? "" : " " + filter)")
    for benchmark in selected {
        let m = benchmark.measure()
        let rate: String
        switch benchmark.work {
        case .flops(let n): rate = String(format2(n / m.median / 1e9)) + " GFLOP/s"
        case .items(let n, let unit): rate = String(format2(n / m.median)) + " \(unit)/s"
        }
        print("\(benchmark.name)  \(benchmark.size)  median \(format2(m.median * 1e3)) ms  best \(format2(m.best * 1e3)) ms  (\(m.repeats) runs)  \(rate)")
    }
}

/// Two decimals without Foundation.
func format2(_ x: Double) -> String {
    let r = (x * 100).rounded() / 100
    let whole = Int(r), frac = Int(((r - Double(whole)) * 100).rounded())
    return "\(whole).\(frac < 10 ? "0" : "")\(abs(frac))"
}
