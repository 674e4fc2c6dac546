#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ConvViz

/// Every lesson in demos/ played headless at 100×30, as `convviz play --headless` does:
/// frames per CPU-second (user + system), the figure issue 13 asks to keep at 1000 or more.
enum LessonBenchmarks {
    static var all: [Benchmark] {
        lessonFiles().map(lesson)
    }

    /// The demos directory of this checkout, found from this source file.
    static let demos: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/demos"
    }()

    static func lessonFiles() -> [String] {
        guard let dir = opendir(demos) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".convdemo") { names.append(name) }
        }
        return names.sorted()
    }

    static func lesson(_ name: String) -> Benchmark {
        let script = parse(demos + "/" + name)
        // Frames per run, counted once: the rate is frames over the CPU time of a run.
        let once = script.map { HeadlessPlayback(script: $0, width: 100, height: 30, onFrame: { _ in }) }
        let frames = once?.frameCount ?? 0
        return Benchmark(name: "lesson", size: "\(name) 100x30 \(frames) frames (\(once?.drawCount ?? 0) renders)", work: .items(Double(frames), unit: "frames"), clock: .cpu) {
            guard let script else { return 0 }
            return Float(HeadlessPlayback(script: script, width: 100, height: 30, onFrame: { _ in }).drawCount)
        }
    }

    static func parse(_ path: String) -> DemoScript? {
        guard let f = fopen(path, "r") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return try? DemoParser(file: path).parse(String(decoding: bytes, as: UTF8.self))
    }
}
