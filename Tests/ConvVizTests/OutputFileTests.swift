import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The files play and record write: never over what exists without --force, never a device or a
/// directory, never half a file, and nothing left behind when a run fails (SignalCleanupTests: or a signal ends it).
@Suite(.enabled(if: PackagePaths.binaryAvailable, "the binary is missing: run swift build first"))
struct OutputFileTests {
    func run(_ args: [String]) throws -> PackagePaths.Run { try PackagePaths.run(args) }

    func tempDir() throws -> URL { try PackagePaths.tempDir("cli") }

    @Test func headlessWritesFramesAndCastAndRefusesToOverwrite() throws {
        let dir = try tempDir()
        let lesson = PackagePaths.demos.appendingPathComponent(PackagePaths.lessons[0]).path
        let cast = dir.appendingPathComponent("a.cast").path, frames = dir.appendingPathComponent("a.txt").path
        let r = try run(["play", lesson, "--headless", "--size", "80x24", "--cast", cast, "--frames", frames])
        #expect(r.status == 0 && r.out.isEmpty)
        let text = try String(contentsOfFile: frames, encoding: .utf8)
        #expect(text.hasPrefix("=== frame 1 t=0.000 ===\n"))
        #expect(try String(contentsOfFile: cast, encoding: .utf8).hasPrefix("{\"version\": 2, \"width\": 80, \"height\": 24"))
        let again = try run(["play", lesson, "--headless", "--cast", cast])
        #expect(again.status != 0)
        #expect(again.err == "convviz: \(cast) already exists; use --force to replace it\n")
        #expect(try run(["play", lesson, "--headless", "--cast", cast, "--force"]).status == 0)
        let stdout = try run(["play", lesson, "--headless", "--size", "80x24"])
        #expect(stdout.out == text)
    }

    @Test func recordRefusesAnExistingFile() throws {
        let dir = try tempDir()
        let file = dir.appendingPathComponent("x.convdemo")
        try "keep me\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["record", file.path])
        #expect(r.status != 0)
        #expect(r.err == "convviz: \(file.path) already exists; use --force to replace it\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")
    }

    /// Outputs that collide with each other or with the script are refused before anything is written, even with --force.
    @Test func refusesOutputsThatAreTheSameFileOrTheScript() throws {
        let dir = try tempDir()
        let script = dir.appendingPathComponent("s.convdemo").path
        let original = "title \"T\"\nwait 1s\n"
        try original.write(toFile: script, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("o.txt").path
        let same = try run(["play", script, "--headless", "--frames", out, "--cast", dir.path + "/../" + dir.lastPathComponent + "/o.txt"])
        #expect(same.status != 0)
        #expect(same.err.hasPrefix("convviz: --frames and --cast name the same file") && same.err.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
        for option in ["--cast", "--frames"] {
            let r = try run(["play", script, "--headless", option, dir.path + "/./s.convdemo", "--force"])
            #expect(r.status != 0)
            #expect(r.err == "convviz: \(dir.path)/./s.convdemo is the script being played; write the output somewhere else\n")
        }
        #expect(try String(contentsOfFile: script, encoding: .utf8) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.convdemo"])
    }

    @Test func overlongScriptFailsAndLeavesNoFile() throws {
        let dir = try tempDir()
        let file = dir.appendingPathComponent("long.convdemo")
        try "set length 1000000\nset speed 0.25\nplay 1000000\n".write(to: file, atomically: true, encoding: .utf8)
        let cast = dir.appendingPathComponent("o.cast").path
        let r = try run(["play", file.path, "--headless", "--cast", cast])
        #expect(r.status != 0)
        #expect(r.err == "convviz: \(file.path): stopped after 3600 s of playback; a headless run lasts at most an hour (at --speed 1.0)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["long.convdemo"])
        // A slow --speed does not stretch the hour: 40 minutes of script at a tenth of the speed is 6.7 hours.
        try "wait 2400s\n".write(to: file, atomically: true, encoding: .utf8)
        let slow = try run(["play", file.path, "--headless", "--speed", "0.1", "--cast", cast])
        #expect(slow.status != 0 && slow.err.contains("stopped after 3600 s of playback"))
    }

    @Test func svgWritesOneValidPicturePerFrameAndKeepsEarlierOnes() throws {
        let dir = try tempDir()
        let script = dir.appendingPathComponent("s.convdemo")
        try "title \"S\"\ncaption \"one\"\nstep 1\nwait 1s\ncaption \"two\"\nwait 1s\n".write(to: script, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("svg").path
        let r = try run(["play", script.path, "--headless", "--svg", out, "--theme", "light", "--size", "80x24"])
        #expect(r.status == 0, "\(r.err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files.count >= 2 && files.first == "frame-0001.svg")
        let svg = try String(contentsOfFile: out + "/" + files.last!, encoding: .utf8)
        #expect(svg.contains("fill=\"#ffffff\""), "the light theme's page")
        #expect(svg.contains(">two") || svg.contains(" two"))
        let again = try run(["play", script.path, "--headless", "--svg", out])
        #expect(again.status != 0 && again.err.contains("--force"))
        #expect(try run(["play", script.path, "--headless", "--svg", out, "--force"]).status == 0)
        let notADir = try run(["play", script.path, "--headless", "--svg", script.path])
        #expect(notADir.status != 0 && notADir.err.contains("not a folder"))
        let one = dir.appendingPathComponent("one").path
        try FileManager.default.createDirectory(atPath: one, withIntermediateDirectories: true)
        try "<svg/>".write(toFile: one + "/frame-0001.svg", atomically: true, encoding: .utf8)
        let single = try run(["play", script.path, "--headless", "--svg", one])
        #expect(single.status != 0 && single.err.contains("already holds a frame SVG; use --force"), "\(single.err)")
    }

    /// --force replaces the whole set of frames, and only once the run has finished: a refused or
    /// failed run leaves every earlier file as it was, and a shorter run leaves no frame of the longer one.
    @Test func svgForceReplacesTheSetOnlyWhenTheRunFinishes() throws {
        let dir = try tempDir()
        let script = dir.appendingPathComponent("s.convdemo")
        try "caption \"one\"\nwait 1s\nstep 2\n".write(to: script, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("svg")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        for i in 1...10 { try "old".write(to: out.appendingPathComponent(String(format: "frame-%04d.svg", i)), atomically: true, encoding: .utf8) }
        let link = out.appendingPathComponent("frame-0011.svg").path
        #expect(symlink("/etc/hostname", link) == 0)
        let refused = try run(["play", script.path, "--headless", "--svg", out.path, "--force"])
        #expect(refused.status == 1 && refused.err.contains("is a symbolic link"), "\(refused.err)")
        #expect(try String(contentsOf: out.appendingPathComponent("frame-0001.svg"), encoding: .utf8) == "old", "nothing was written")
        unlink(link)
        let r = try run(["play", script.path, "--headless", "--svg", out.path, "--force"])
        #expect(r.status == 0, "\(r.err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files.count < 10 && files.allSatisfy { try! String(contentsOfFile: out.path + "/" + $0, encoding: .utf8).hasPrefix("<?xml") }, "\(files)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["s.convdemo", "svg"], "no staging folder is left")
    }

    /// A path that cannot be written is refused before anything runs, so no recorded session and no half a run is lost.
    @Test func unwritablePathsAreRefusedBeforeAnythingRuns() throws {
        let dir = try tempDir()
        let script = dir.appendingPathComponent("s.convdemo")
        try "caption \"x\"\nwait 1s\nstep 2\n".write(to: script, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("no/such/x.convdemo").path
        let cases: [([String], String)] = [
            (["record", ""], "an empty file name"),
            (["record", dir.path + "/a.convdemo/"], "ends in '/'"),
            (["record", missing], "cannot write in"),
            (["play", script.path, "--headless", "--frames", ""], "an empty file name"),
            (["play", script.path, "--headless", "--cast", missing], "cannot write in"),
        ]
        for (args, message) in cases {
            let r = try run(args)
            #expect(r.status == 1 && r.err.contains(message) && r.err.split(separator: "\n").count == 1, "\(args): \(r.err)")
        }
        // --frames inside the --svg folder would collide with its frame files: refused, and nothing is left behind.
        let svg = dir.appendingPathComponent("svg")
        try FileManager.default.createDirectory(at: svg, withIntermediateDirectories: false)
        let r = try run(["play", script.path, "--headless", "--svg", svg.path, "--frames", svg.appendingPathComponent("frame-0002.svg").path])
        #expect(r.status == 1 && r.err.contains("inside the --svg folder"), "\(r.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: svg.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["s.convdemo", "svg"])
        // --svg on the path of --frames or --cast, or on "-": refused before anything is written.
        let x = dir.appendingPathComponent("x").path
        for (args, message) in [(["--svg", x, "--frames", x], "--svg and --frames name the same path"), (["--svg", x, "--cast", x], "--svg and --cast"),
                                (["--svg", x + "/", "--frames", x], "--svg and --frames name the same path"),
                                (["--svg", "-"], "needs a folder, not -")] {
            let r = try run(["play", script.path, "--headless"] + args)
            #expect(r.status == 1 && r.err.contains(message), "\(args): \(r.err)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["s.convdemo", "svg"], "\(args)")
        }
    }

    @Test func devicesFIFOsAndDirectoriesAreNeverReplacedEvenWithForce() throws {
        let dir = try tempDir()
        let script = dir.appendingPathComponent("s.convdemo")
        try "caption \"x\"\nwait 1s\n".write(to: script, atomically: true, encoding: .utf8)
        let fifo = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for target in ["/dev/null", fifo, dir.path] {
            for force in [false, true] {
                for option in ["--frames", "--cast"] {
                    let r = try run(["play", script.path, "--headless", option, target] + (force ? ["--force"] : []))
                    #expect(r.status != 0 && r.err.contains("only a regular file or a new path"), "\(option) \(target): \(r.err)")
                }
                let svg = try run(["play", script.path, "--headless", "--svg", target == dir.path ? fifo : target] + (force ? ["--force"] : []))
                #expect(svg.status != 0)
                let record = try run(["record", target] + (force ? ["--force"] : []))
                #expect(record.status != 0 && record.err.contains("only a regular file or a new path"), "record \(target): \(record.err)")
            }
        }
        var st = stat()
        #expect(lstat("/dev/null", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a device")
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test func castToStandardOutput() throws {
        let dir = try tempDir()
        let script = dir.appendingPathComponent("s.convdemo")
        try "caption \"x\"\nwait 1s\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try run(["play", script.path, "--headless", "--cast", "-"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("{\"version\": 2"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
        #expect(try run(["play", script.path, "--headless", "--cast", "-", "--frames", "-"]).status != 0)
    }
}
