#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ConvViz

/// Every lesson in demos/ played headless at 100×30 with its cast written, as `convviz play --headless --cast` does:
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
        let once = script.map(play)
        let frames = once?.playback.frameCount ?? 0
        let size = "\(name) 100x30 \(frames) frames, cast \((once?.castBytes ?? 0) / 1024) KB"
        return Benchmark(name: "lesson", size: size, work: .items(Double(frames), unit: "frames"), clock: .cpu) {
            guard let script else { return 0 }
            return Float(play(script).castBytes)
        }
    }

    /// Plays `script` as `convviz play --headless --cast` does, the cast written to memory.
    static func play(_ script: DemoScript) -> (playback: HeadlessPlayback, castBytes: Int) {
        var stream = CastStream(), bytes = CastWriter.header(width: 100, height: 30, title: script.title).utf8.count
        let p = HeadlessPlayback(script: script, width: 100, height: 30, onFrame: { bytes += stream.event($0).utf8.count },
                                 onMarker: { bytes += CastWriter.event($0).utf8.count })
        return (p, bytes)
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
