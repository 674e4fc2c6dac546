import Foundation
import Testing
@testable import ConvViz

/// Compares a grid with a committed plain-text snapshot: the text, then the style mask.
///
/// A missing snapshot (or `SNAPSHOT_RECORD=1`) is written and the test fails, so
/// every new or changed screen is reviewed before it is committed.
func assertSnapshot(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = dir.appendingPathComponent("\(name).txt")
    let actual = (grid.lines + ["", "--- styles ---"] + grid.styleLines).joined(separator: "\n") + "\n"
    let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); review \(file.path) and run again", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for i in 0..<max(e.count, a.count) {
            let l = i < e.count ? String(e[i]) : "<none>", r = i < a.count ? String(a[i]) : "<none>"
            if l != r { diff.append("line \(i + 1):\n  - \(l)\n  + \(r)") }
        }
        let shown = diff.prefix(12).joined(separator: "\n")
        Issue.record("Snapshot \(name) differs (SNAPSHOT_RECORD=1 re-records):\n\(shown)", sourceLocation: sourceLocation)
    }
}

/// A state built from a spec, moved forward `steps` steps.
func state(_ spec: Conv1DSpec = AppState.defaultSpec, steps: Int = 0, seed: UInt64 = 7) -> AppState {
    var s = AppState(spec: spec, seed: seed)
    if steps > 0 { s.apply(.step(steps)) }
    return s
}
