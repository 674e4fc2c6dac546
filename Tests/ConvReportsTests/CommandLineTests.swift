import Foundation
import Testing

/// End-to-end runs of the built `convviz` binary: exit codes, stdout, and one-line errors.
///
/// `swift test` builds the executable too, but a filtered or cross-built run may not;
/// then each test says why it is skipped instead of failing.
@Suite struct CommandLineTests {
    static let binary = Fixtures.packageRoot.appendingPathComponent(".build/debug/convviz")

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> Run? {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            print("skipped: no binary at \(Self.binary.path); run `swift build` first")
            return nil
        }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func explainSameStrided() throws {
        guard let r = try run(["explain", "--length", "6", "--channels", "1", "--filters", "1", "--kernel-size", "3", "--strides", "2", "--padding", "same"]) else { return }
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout.contains("output length = ⌈6 / 2⌉ = 3\n") && r.stdout.contains("padding: same  padL=0  padR=1\n"))
    }

    @Test func explainImpossibleLayerExitsOneWithOneLine() throws {
        guard let r = try run(["explain", "--length", "3", "--kernel-size", "4", "--strides", "2", "--padding", "valid"]) else { return }
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("convviz: ValueError: Computed output size would be zero or negative"))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func explainBadOptionIsOneLine() throws {
        guard let r = try run(["explain", "--padding", "full"]) else { return }
        #expect(r.status != 0 && r.stderr.filter { $0 == "\n" }.count == 1 && r.stderr.contains("--padding"))
    }

    @Test func summaryFromStdinAndFile() throws {
        // The fixture file itself is not a model description: a one-line error naming it.
        guard let bad = try run(["summary", Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/published_models.json").path]) else { return }
        #expect(bad.status != 0 && bad.stderr.hasSuffix("published_models.json: expected an object with a \"layers\" list, like {\"layers\": [{\"class\": \"Conv1D\", …}]}\n"))
        let model = try Fixtures.publishedModels()[1]
        guard let good = try run(["summary", "-"], stdin: String(decoding: model.spec, as: UTF8.self)) else { return }
        #expect(good.status == 0 && good.stdout.contains("│ lstm (LSTM)") && good.stdout.contains("Total params: 1,314,017 (5.01 MB)"))
    }

    @Test func summaryErrorsAreOneLine() throws {
        guard let missing = try run(["summary", "/nonexistent/model.json"]) else { return }
        #expect(missing.status != 0 && missing.stderr == "convviz: '/nonexistent/model.json': no such file\n")
        guard let broken = try run(["summary", "-"], stdin: "{\"layers\": [") else { return }
        #expect(broken.status != 0 && broken.stderr.hasPrefix("convviz: -: not valid JSON") && broken.stderr.filter { $0 == "\n" }.count == 1)
        guard let impossible = try run(["summary", "-"], stdin: #"{"layers": [{"class": "Input", "shape": [4, 1]}, {"class": "MaxPooling1D", "pool_size": 8, "strides": 1}]}"#) else { return }
        #expect(impossible.status != 0 && impossible.stderr.hasPrefix("convviz: -: layer 2 max_pooling1d (MaxPooling1D): ValueError: Computed output size would be zero or negative"))
    }
}
