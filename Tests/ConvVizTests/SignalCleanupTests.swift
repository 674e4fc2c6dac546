import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A headless run ended by a signal, any signal, leaves nothing behind and prints no backtrace.
@Suite(.enabled(if: PackagePaths.binaryAvailable, "the binary is missing: run swift build first"))
struct SignalCleanupTests {
    func tempDir() throws -> URL { try PackagePaths.tempDir("cli") }

    /// A headless run stopped by a signal leaves no temporary file (and no half-written output): any
    /// signal whose default ends a program, and one of a crash, which dies of it without a backtrace.
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGQUIT, SIGSYS, SIGABRT])
    func aSignalLeavesNoTemporaryFile(_ sig: Int32) throws {
        let dir = try tempDir()
        let script = dir.appendingPathComponent("long.convdemo")
        try "set length 100000\nset speed 64\nplay 100000\n".write(to: script, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = PackagePaths.binary
        p.arguments = ["play", script.path, "--headless", "--size", "300x100", "--cast", dir.appendingPathComponent("c.cast").path,
                       "--frames", dir.appendingPathComponent("f.txt").path]
        p.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        p.standardError = errors
        try p.run()
        // Wait until the run is writing its temporary files, then stop it.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, (try FileManager.default.contentsOfDirectory(atPath: dir.path)).count < 3 { usleep(20_000) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).contains { $0.contains(".tmp-") }, "the run started writing")
        kill(p.processIdentifier, sig)
        p.waitUntilExit()
        if sig == SIGABRT {
            #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == sig)
        } else {
            #expect(p.terminationStatus == 128 + sig)
        }
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!said.contains("crashed") && !said.contains("Thread"), "no backtrace: \(said.prefix(200))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["long.convdemo"])
    }

    /// A run writing SVG frames and stopped by a signal leaves neither the frames nor the folder they were staged in.
    @Test func aSignalDuringSVGFramesLeavesNothing() throws {
        let dir = try tempDir()
        let script = dir.appendingPathComponent("long.convdemo")
        try "set length 2000\nset speed 64\nplay 100000\n".write(to: script, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = PackagePaths.binary
        p.arguments = ["play", script.path, "--headless", "--size", "60x18", "--svg", dir.appendingPathComponent("svg").path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Wait until some frames are staged, then stop the run.
        let staging = ".svg.svg-\(p.processIdentifier)"
        let deadline = Date().addingTimeInterval(20)
        func staged() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: dir.path + "/" + staging).count) ?? 0 }
        while Date() < deadline, staged() < 5 { usleep(20_000) }
        #expect(staged() >= 5, "the run staged frames")
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        #expect(p.terminationStatus == 128 + SIGTERM)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["long.convdemo"])
    }
}
