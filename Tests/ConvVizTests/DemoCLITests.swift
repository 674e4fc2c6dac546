import Foundation
import Testing

/// The real binary: exit codes and stderr for bad scripts, sizes and seeds, and what play makes of words.
@Suite(.enabled(if: PackagePaths.binaryAvailable, "the binary is missing: run swift build first"))
struct DemoCLITests {
    func run(_ args: [String]) throws -> PackagePaths.Run { try PackagePaths.run(args) }

    func tempDir() throws -> URL { try PackagePaths.tempDir("cli") }

    /// An --input table of another shape than the model's input is refused, not cut or padded with zeros.
    @Test func aModelRefusesAnInputOfAnotherShape() throws {
        let csv = try tempDir().appendingPathComponent("short.csv")
        try String(repeating: "1,1,1,1,1,1,1,1,1\n", count: 20).write(to: csv, atomically: true, encoding: .utf8)
        let r = try run(["explore", "--model", "har", "--input", csv.path])
        #expect(r.status == 1 && r.err == "convviz: --input short.csv has 20 rows by 9 columns; the model 'har' reads 128 steps of 9 channels\n", "\(r.err)")
    }

    /// `summary` takes a built-in model's name, as `--model` does: lesson 07 ends by pointing to `convviz summary imdb`.
    @Test func summaryTakesABuiltInModel() throws {
        let builtin = try run(["summary", "imdb"]), file = try run(["summary", "examples/imdb_conv1d.json"])
        #expect(builtin.status == 0 && file.status == 0)
        #expect(builtin.out.hasPrefix("Model: \"imdb\"\n"))
        #expect(builtin.out.split(separator: "\n").dropFirst() == file.out.split(separator: "\n").dropFirst())
        let har = try run(["summary", "--keras", "har"])
        #expect(har.status == 0 && har.out.contains("(None, 126, 64)") && har.out.contains("(None, 6)") && har.out.contains("Total params"), "\(har.out)")
    }

    /// A link to a regular file is read as the file (a model, a script); a link to a device is still refused.
    @Test func aLinkToAFileIsRead() throws {
        let dir = try tempDir()
        let model = dir.appendingPathComponent("m.json").path, device = dir.appendingPathComponent("d.json").path
        try FileManager.default.createSymbolicLink(atPath: model, withDestinationPath: FileManager.default.currentDirectoryPath + "/examples/imdb_conv1d.json")
        try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/zero")
        let read = try run(["summary", "--keras", model])
        #expect(read.status == 0 && read.out.contains("(None, 494, 32)"), "\(read.err)")
        let refused = try run(["summary", device])
        #expect(refused.status == 1 && refused.err == "convviz: '\(device)' is not a regular file\n", "\(refused.err)")
    }

    /// Even with --force, play never writes its frames or cast over a model or word-vector file its script reads.
    @Test func playNeverReplacesAFileItsScriptReads() throws {
        let dir = try tempDir()
        let model = dir.appendingPathComponent("m.json"), vectors = dir.appendingPathComponent("v.txt")
        let modelText = try String(contentsOfFile: "examples/imdb_conv1d.json", encoding: .utf8)
        try modelText.write(to: model, atomically: true, encoding: .utf8)
        try "a 1 2\nb 3 4\n".write(to: vectors, atomically: true, encoding: .utf8)
        let script = dir.appendingPathComponent("s.convdemo")
        try "model m.json\nstep\nembedding v.txt\n".write(to: script, atomically: true, encoding: .utf8)
        for (flag, target) in [("--frames", model), ("--cast", vectors)] {
            let r = try run(["play", script.path, "--headless", flag, target.path, "--force"])
            #expect(r.status == 1 && r.err == "convviz: \(target.path) is a file the script reads; write the output somewhere else\n", "\(r.err)")
        }
        // Nor do SVG frames replace them: no frame file that --force replaces may be the script or what it reads.
        let framed = dir.appendingPathComponent("frame-0001.svg")
        try FileManager.default.moveItem(at: model, to: framed)
        try "model frame-0001.svg\nstep\n".write(to: script, atomically: true, encoding: .utf8)
        let svg = try run(["play", script.path, "--headless", "--svg", dir.path, "--force"])
        #expect(svg.status == 1 && svg.err.contains("is inside the --svg folder"), "\(svg.err)")
        #expect(try String(contentsOf: framed, encoding: .utf8) == modelText)
        try FileManager.default.moveItem(at: framed, to: model)
        // The script's own folder is fine when no frame file there is one it reads.
        try "model m.json\nstep\n".write(to: script, atomically: true, encoding: .utf8)
        let beside = try run(["play", script.path, "--headless", "--svg", dir.path])
        #expect(beside.status == 0, "\(beside.err)")
        #expect(try String(contentsOf: model, encoding: .utf8) == modelText)
        #expect(try String(contentsOf: vectors, encoding: .utf8) == "a 1 2\nb 3 4\n")
    }

    /// Even with --force, record never writes its script over the model file it explores.
    @Test func recordNeverReplacesItsModelFile() throws {
        let dir = try tempDir()
        let model = dir.appendingPathComponent("m.json")
        let text = #"{"layers": [{"class": "Input", "shape": [10, 3]}, {"class": "Conv1D", "filters": 1, "kernel_size": 2}]}"#
        try text.write(to: model, atomically: true, encoding: .utf8)
        let r = try run(["record", model.path, "--model", model.path, "--force"])
        #expect(r.status == 1 && r.err.contains("is the --model file"), "\(r.err)")
        #expect(try String(contentsOf: model, encoding: .utf8) == text)
    }

    @Test(arguments: [("captoin \"x\"", "2:1: unknown command 'captoin' (did you mean 'caption'?)"),
                      ("set strides -1", "2:13: strides must be a whole number in 1...1024, not '-1'"),
                      ("caption \"open", "2:9: missing closing quote")])
    func malformedScriptFailsWithNoFrames(_ line: String, _ message: String) throws {
        let dir = try tempDir()
        let file = dir.appendingPathComponent("bad.convdemo")
        try "title \"ok\"\n\(line)\nplay 3\n".write(to: file, atomically: true, encoding: .utf8)
        let cast = dir.appendingPathComponent("out.cast")
        let r = try run(["play", file.path, "--headless", "--cast", cast.path])
        #expect(r.status != 0)
        #expect(r.err == "convviz: \(file.path):\(message)\n")
        #expect(r.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cast.path))
    }

    @Test func manyErrorsPrintTenAndACount() throws {
        let dir = try tempDir()
        let file = dir.appendingPathComponent("bad.convdemo")
        try String(repeating: "nope\n", count: 5000).write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["play", file.path, "--headless"])
        #expect(r.status != 0)
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.last == "convviz: \(file.path): … and 4990 more errors")
        #expect(lines.allSatisfy { $0.hasPrefix("convviz: ") })
    }

    /// A huge --size cannot make a run take hours and gigabytes: it stops at the cell budget and writes nothing.
    @Test func aHugeSizeStopsAtTheCellBudget() throws {
        let dir = try tempDir()
        let file = dir.appendingPathComponent("big.convdemo")
        try "set length 10000\nset speed 64\nplay 10000\n".write(to: file, atomically: true, encoding: .utf8)
        let cast = dir.appendingPathComponent("o.cast").path
        let r = try run(["play", file.path, "--headless", "--size", "1000x500", "--cast", cast])
        #expect(r.status != 0 && r.err.contains("stopped after drawing 400 million cells (about 800 frames at 1000x500); use a smaller --size"), "\(r.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["big.convdemo"])
    }

    @Test func aMillionLineScriptPlays() throws {
        let dir = try tempDir()
        let file = dir.appendingPathComponent("million.convdemo")
        try ("set length 1000\n" + String(repeating: "step 1\n", count: 1_000_000)).write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["play", file.path, "--headless", "--cast", dir.appendingPathComponent("m.cast").path])
        #expect(r.status == 0, "\(r.err)")
    }

    @Test func seedsOutOfRangeAreOneLine() throws {
        for bad in ["-1", "18446744073709551615", "9223372036854775808"] {
            let r = try run(["explain", "--seed", bad])
            #expect(r.status == 64 && r.err.contains("use a whole number in 0...9223372036854775807") && r.err.split(separator: "\n").count == 1, "\(bad): \(r.err)")
        }
        #expect(try run(["explain", "--seed", "9223372036854775807"]).status == 0)
    }

    @Test func explainNamesTheWordsAndTheOutOfVocabularyOnes() throws {
        let dir = try tempDir()
        let glove = dir.appendingPathComponent("vectors.txt")
        try "cat 0.5 0.25 -1\nsat 1 0 0\nmat 0 1 0.75\n".write(to: glove, atomically: true, encoding: .utf8)
        let r = try run(["explain", "--text", "cat sat mat dog", "--embedding", glove.path, "--padding", "valid"])
        #expect(r.status == 0)
        #expect(r.out.contains("input shape: (None, 4, 3)\n"))
        #expect(r.out.contains("out of vocabulary: dog (position 3): a zero row\n"))
        #expect(r.out.contains("output 1 (last) reads: 1 'sat', 2 'mat', 3 'dog'\n"))
        try "cat 0.5 0.25\nsat 1 x\n".write(to: glove, atomically: true, encoding: .utf8)
        let bad = try run(["explain", "--text", "cat", "--embedding", glove.path])
        #expect(bad.status != 0 && bad.err == "convviz: --embedding: vectors.txt:2:7: 'x' is not a number\n")
        let device = try run(["explain", "--text", "cat", "--embedding", "/dev/zero"])
        #expect(device.status != 0 && device.err.contains("is not a regular file"))
    }

    @Test func aScriptedTextPlaysItsWords() throws {
        let dir = try tempDir()
        let script = dir.appendingPathComponent("words.convdemo")
        try "embedding random:8\ntext \"the dog saw the cat\"\ngoto last\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try run(["play", script.path, "--headless", "--frames", "-", "--size", "100x30"])
        #expect(r.status == 0)
        #expect(r.out.contains("input (None, 5, 8)"))
        #expect(r.out.contains("the   dog   saw   the   cat"))
    }

    /// A model file is named on the strip by its own model name, else by its file name: never a path that fills the row.
    @Test func aModelFileIsNamedByItsNameNotItsPath() throws {
        let dir = try tempDir()
        let layers = #""layers": [{"class": "Input", "shape": [8, 1]}, {"class": "Conv1D", "filters": 1, "kernel_size": 2}]"#
        try "{\(layers)}".write(to: dir.appendingPathComponent("unnamed.json"), atomically: true, encoding: .utf8)
        try "{\"name\": \"tiny\", \(layers)}".write(to: dir.appendingPathComponent("named.json"), atomically: true, encoding: .utf8)
        let script = dir.appendingPathComponent("models.convdemo")
        try "model unnamed.json\nwait 1s\nmodel named.json\nwait 1s\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try run(["play", script.path, "--headless", "--frames", "-", "--size", "80x24"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains(" unnamed: 1 Conv1D") && r.out.contains(" tiny: 1 Conv1D"), "\(r.out.prefix(600))")
        #expect(!r.out.contains(dir.path))
        // A long model name takes at most a third of the strip; the layers keep the rest.
        let long = String(repeating: "verylongname", count: 7)
        try "{\"name\": \"\(long)\", \(layers)}".write(to: dir.appendingPathComponent("named.json"), atomically: true, encoding: .utf8)
        let cut = try run(["play", script.path, "--headless", "--frames", "-", "--size", "80x24"])
        let strip = cut.out.split(separator: "\n").last { $0.contains("1 Conv1D") && $0.contains("verylong") }
        let nameEnds = strip.flatMap { row in row.range(of: "…: 1 Conv1D").map { row.distance(from: row.startIndex, to: $0.lowerBound) } }
        #expect(nameEnds.map { $0 <= 80 / 3 + 1 } == true, "\(strip ?? "")")
    }
}
