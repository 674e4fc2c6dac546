import Foundation
import Testing
@testable import ConvViz

/// Paths of the package, found from this file, so tests run from any directory.
enum PackagePaths {
    /// A new empty folder for one test's files, named convviz-TAG-….
    static func tempDir(_ tag: String) throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-\(tag)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let demos = root.appendingPathComponent("demos")
    static let binary = root.appendingPathComponent(".build/debug/convviz")
    /// True when the debug binary is built; says why when it is not, since the e2e suites are then skipped.
    static let binaryAvailable: Bool = {
        let ok = FileManager.default.isExecutableFile(atPath: binary.path)
        if !ok { print("convviz e2e tests skipped: \(binary.path) is missing; run swift build first") }
        return ok
    }()

    /// What the binary did: its exit status and its two outputs.
    struct Run { var status: Int32; var out: String; var err: String }

    /// Runs the built binary with `args` and waits for it.
    static func run(_ args: [String]) throws -> Run {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// Every lesson in demos/, sorted by name.
    static var lessons: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: demos.path)) ?? []).filter { $0.hasSuffix(".convdemo") }.sorted()
    }
}

/// Compares text with a committed golden file in __Snapshots__; SNAPSHOT_RECORD=1 (or a missing file) re-records it.
func assertGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__/\(name).txt")
    guard ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] != "1", let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded golden \(name); review \(file.path) and run again", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false), a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let diff = (0..<max(e.count, a.count)).compactMap { i -> String? in
        let l = i < e.count ? String(e[i]) : "<none>", r = i < a.count ? String(a[i]) : "<none>"
        return l == r ? nil : "line \(i + 1):\n  - \(l)\n  + \(r)"
    }
    Issue.record("Golden \(name) differs (SNAPSHOT_RECORD=1 re-records):\n\(diff.prefix(12).joined(separator: "\n"))", sourceLocation: sourceLocation)
}
