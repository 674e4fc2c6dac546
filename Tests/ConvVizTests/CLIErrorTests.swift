import Foundation
import Testing

/// Every bad command line gets one inert line on stderr and a non-zero exit.
@Suite(.enabled(if: PackagePaths.binaryAvailable, "the binary is missing: run swift build first"))
struct CLIErrorTests {
    @Test(arguments: [
        (["explore", "--kernel-size", "0"], "--kernel-size 0 is out of range: use 1...1024"),
        (["explain", "--padding", "sideways"], "The value 'sideways' is invalid for '--padding <padding>': use valid, same, causal, or (with --framework pytorch) a whole number in 0...1024"),
        (["explain", "--length", "-3"], "--length -3 is out of range: use 0...10000000"),
        // A word, or a number no whole number can hold, gets the range as an out-of-range number does.
        (["explain", "--length", "abc"], "The value 'abc' is invalid for '--length <length>': use a whole number in 0...10000000"),
        (["explore", "--filters", "99999999999999999999"], "'--filters <filters>': use a whole number in 1...4096"),
        (["explain", "--groups", "1.5"], "'--groups <groups>': use a whole number in 1...4096"),
        (["explore", "--speed", "fast"], "'--speed <speed>': use a number of steps per second in 0.25...16384"),
        (["play", "demos/01-one-filter.convdemo", "--speed", "x"], "'--speed <speed>': use a factor in 0.1...100"),
        (["explore", "--speed", "-1"], "--speed -1.0 is out of range"),
        // Decimal only, as every whole-number option: Swift would read 0x10 as 16 and 0x1p100 as 1.27e30.
        (["explore", "--speed", "0x10"], "The value '0x10' is invalid for '--speed <speed>'"),
        (["play", "demos/01-one-filter.convdemo", "--speed", "0x1p-3"], "The value '0x1p-3' is invalid for '--speed <speed>'"),
        (["explain", "--framework", "pytorch", "--padding", "-1"], "a whole number in 0...1024"),
        (["explore", "--length", "2000", "--channels", "4096", "--filters", "4096", "--kernel-size", "1024"], "too big to explore"),
        (["explore", "--speed", "0"], "--speed 0.0 is out of range"),
        (["explain", "--length", "3", "--kernel-size", "4", "--strides", "2", "--padding", "valid"], "Computed output size would be zero or negative"),
        (["summary", "/nonexistent/model.json"], "no such file"),
        (["compute", "/nonexistent/cases.json"], "'/nonexistent/cases.json': no such file"),
        // A byte that is not UTF-8 in a name arrives as U+FFFD: said so, not "no such file".
        (["compute", "/nonexistent/a\u{FFFD}.json"], "the name has bytes that are not UTF-8, which convviz cannot open; rename the file"),
        (["explore", "--input", "/nonexistent/a\u{FFFD}.csv"], "--input '/nonexistent/a\u{FFFD}.csv': the name has bytes that are not UTF-8"),
        // As an output the repaired name would be another file: refused, not written beside the one meant.
        (["play", "demos/01-one-filter.convdemo", "--headless", "--frames", "/tmp/a\u{FFFD}.txt"], "which convviz cannot write; use another name"),
        (["play", "demos/01-one-filter.convdemo", "--headless", "--svg", "/tmp/s\u{FFFD}"], "--svg '/tmp/s\u{FFFD}': the name has bytes"),
        (["record", "/tmp/r\u{FFFD}.convdemo"], "which convviz cannot write; use another name"),
        (["record", "-"], "record writes its script to a file, not to standard output"),
        (["compute", "/dev/zero"], "'/dev/zero' is not a regular file"),
        (["summary", "/dev/urandom"], "'/dev/urandom' is not a regular file"),
        (["play", "/dev/zero", "--headless"], "'/dev/zero' is not a regular file"),
        (["explore", "--model", "/dev/zero"], "is not a regular file"),
        (["explore", "--input", "/dev/zero"], "is not a regular file"),
        // Control characters in a typed value are shown, inert, not dropped: the value shown is the one typed.
        (["explain", "--padding", "\u{1b}[31mred\u{07}"], #"The value '\u{1B}[31mred\u{7}' is invalid for '--padding <padding>'"#),
        (["explain", "--length", "5\n"], #"The value '5\u{A}' is invalid for '--length <length>': use a whole number in 0...10000000"#),
        (["play", "demos/01-one-filter.convdemo", "--headless", "--size", "80x24\n"], #"--size '80x24\u{A}' is not valid"#),
        (["summary", "/tmp/\u{1b}]0;title\u{07}x.json"], "'/tmp/x.json': no such file"),
        (["frobnicate"], "frobnicate"),
        (["help", "plya"], "help: no subcommand 'plya' (did you mean 'play'?); use one of explore, play, record, explain, summary, compute"),
        (["play", "-"], "play reads its script from a file, not standard input"),
        // Nothing to run: the ParseError result goes to standard output, and the exit says so too.
        (["compute", "/etc/passwd"], "/etc/passwd is not JSON: invalid JSON at line 1"),
    ])
    func oneInertLineAndNonZeroExit(_ args: [String], _ expected: String) throws {
        let (p, text) = try Self.stderr(of: args, input: FileHandle.nullDevice)
        #expect(p.terminationStatus != 0, "\(args)")
        #expect(text.contains(expected), "\(args): \(text)")
        #expect(!text.contains("\u{1b}") && !text.contains("\u{07}"), "escape reached stderr: \(args)")
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1 || args[0] == "explain", "\(args): \(text)")
        #expect(lines.last?.hasPrefix("convviz: ") == true, "\(args): \(text)")
    }

    /// Runs the binary with `args` on `input`, standard output discarded: the ended process and its standard error.
    static func stderr(of args: [String], input: FileHandle) throws -> (Process, String) {
        let p = Process()
        p.executableURL = PackagePaths.binary
        p.arguments = args
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        p.standardInput = input
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p, text)
    }
}

/// Standard input that cannot be read (a directory given with `<`) is one line and exit 1, never a trap.
@Suite(.enabled(if: PackagePaths.binaryAvailable, "the binary is missing: run swift build first"))
struct UnreadableInputTests {
    @Test(arguments: [["compute"], ["compute", "-"], ["summary", "-"]])
    func aDirectoryOnStandardInputIsOneLine(_ args: [String]) throws {
        let (p, text) = try CLIErrorTests.stderr(of: args, input: try #require(FileHandle(forReadingAtPath: NSTemporaryDirectory())))
        #expect(p.terminationReason == .exit && p.terminationStatus == 1, "\(args): \(p.terminationStatus)")
        #expect(text == "convviz: standard input cannot be read: is a directory\n", "\(args): \(text)")
    }
}

/// Output that cannot be written (a full disk, a closed descriptor) is an error, never a trap or a silent exit 0.
@Suite(.enabled(if: PackagePaths.binaryAvailable && FileManager.default.fileExists(atPath: "/dev/full"), "needs the binary and /dev/full"))
struct FullDiskTests {
    @Test(arguments: [
        ["explain"], ["explain", "--framework", "pytorch"], ["summary", "examples/imdb_conv1d.json"], ["compute", "-"],
        ["play", "demos/04-padding.convdemo", "--headless", "--frames", "-"], ["play", "demos/04-padding.convdemo", "--headless", "--cast", "-"],
        ["--help"], ["--version"], ["compute", "--help"],
    ])
    func aReportThatCannotBeWrittenSaysSo(_ args: [String]) throws {
        let p = Process()
        p.executableURL = PackagePaths.binary
        p.currentDirectoryURL = PackagePaths.root
        p.arguments = args
        let err = Pipe(), input = Pipe()
        p.standardError = err
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        p.standardInput = input
        try p.run()
        input.fileHandleForWriting.write(Data(#"{"op":"conv1d","input":[[1]],"kernel":[[[1]]]}"#.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit && p.terminationStatus == 1, "\(args): \(p.terminationStatus) \(text)")
        #expect(text.hasSuffix("cannot write to standard output: No space left on device\n") && text.split(separator: "\n").count == 1, "\(args): \(text)")
    }
}

/// The closed sets are types: completions offer their values, and --version prints the one version.
@Suite(.enabled(if: PackagePaths.binaryAvailable, "the binary is missing: run swift build first"))
struct CommandLineTypesTests {
    func output(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = PackagePaths.binary
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func bashCompletionOffersThePaddingsActivationsOrdersAndThemes() throws {
        let script = try output(["--generate-completion-script", "bash"])
        for (option, values) in [("--padding", ["valid", "same", "causal"]), ("--activation", ["linear", "relu", "sigmoid", "tanh"]),
                                 ("--order", ["position", "filter"]), ("--theme", ["dark", "light", "contrast"])] {
            let block = script.components(separatedBy: "'\(option)')").dropFirst().first?.components(separatedBy: ";;").first ?? ""
            #expect(values.allSatisfy { block.contains("'\($0)'") }, "\(option) offers \(block)")
        }
    }

    /// Every example in a subcommand's help is one line at 80 columns: a command wrapped by the
    /// help's layout would not paste.
    @Test(arguments: ["explore", "play", "record", "explain", "summary", "compute"])
    func everyHelpExampleIsOneLine(_ command: String) throws {
        let help = try output([command, "--help"])
        let examples = help.components(separatedBy: "Example").dropFirst().first?.components(separatedBy: "USAGE:").first ?? ""
        let lines = examples.split(separator: "\n").dropFirst()
        #expect(!lines.isEmpty, "\(command) --help has examples")
        for line in lines {
            #expect(line.hasPrefix("  "), "\(command) --help wraps an example: \(line)")
        }
    }

    @Test func versionIsPrintedAndShownInHelp() throws {
        let version = try output(["--version"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3)
        #expect(try output(["--help"]).contains("convviz \(version)"))
    }
}

/// scripts/install puts a working convviz and its completions under a prefix.
@Suite(.enabled(if: PackagePaths.binaryAvailable, "the binary is missing: run swift build first"))
struct InstallTests {
    @Test func installIntoATemporaryPrefixAndRunTheInstalledBinary() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-prefix-\(UUID().uuidString)")
        let root = PackagePaths.demos.deletingLastPathComponent()
        let p = Process()
        p.executableURL = root.appendingPathComponent("scripts/install")
        var env = ProcessInfo.processInfo.environment
        env["PREFIX"] = prefix.path
        env["BIN"] = PackagePaths.binary.path
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let installed = prefix.appendingPathComponent("bin/convviz")
        let run = Process()
        run.executableURL = installed
        run.arguments = ["explain", "--length", "6"]
        let out = Pipe()
        run.standardOutput = out
        try run.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        #expect(run.terminationStatus == 0 && text.hasPrefix("keras: keras.layers.Conv1D("))
        let bash = try String(contentsOf: prefix.appendingPathComponent("share/bash-completion/completions/convviz"), encoding: .utf8)
        #expect(bash.contains("'valid'") && bash.contains("'causal'"))
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/zsh/site-functions/_convviz").path))
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/fish/vendor_completions.d/convviz.fish").path))
        try? FileManager.default.removeItem(at: prefix)
    }
}
