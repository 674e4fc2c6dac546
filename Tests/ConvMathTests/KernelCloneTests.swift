import Foundation
import Testing

/// The forward pass's C kernels give the same bits in every version `target_clones` builds, so a
/// machine without AVX-512 (which this one has, and would always pick) computes what this one does.
@Suite(.enabled(if: KernelBuild.clang != nil, "no clang on the PATH to build the kernel versions with"))
struct KernelCloneTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var clang: String? { KernelBuild.clang }

    /// Builds the checker with `flags` and returns what it prints.
    static func checksum(_ flags: [String]) throws -> String {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-clones-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let build = Process()
        build.executableURL = URL(fileURLWithPath: clang!)
        build.arguments = ["-O3", "-I", root.appendingPathComponent("Sources/CConvKernels/include").path] + flags
            + ["-o", out.path, root.appendingPathComponent("Tests/KernelCheck/clones_check.c").path,
               root.appendingPathComponent("Sources/CConvKernels/conv_kernels.c").path]
        try build.run()
        build.waitUntilExit()
        guard build.terminationStatus == 0 else { return "build failed: \(flags)" }
        let run = Process(), pipe = Pipe()
        run.executableURL = out
        run.standardOutput = pipe
        try run.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func everyVersionGivesTheSameBits() throws {
        #if arch(x86_64)
        let clones = try Self.checksum([])
        #expect(clones.count == 16, "\(clones)")
        for flags in [["-DCONVVIZ_NO_CLONES"], ["-DCONVVIZ_NO_CLONES", "-march=x86-64-v3"]] {
            #expect(try Self.checksum(flags) == clones, "\(flags)")
        }
        // AVX-512 itself, where this machine can run it.
        if (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.contains("avx512f") == true {
            #expect(try Self.checksum(["-DCONVVIZ_NO_CLONES", "-march=x86-64-v4"]) == clones)
        }
        #endif
    }
}

/// The C compiler the kernel checks build with: the Swift toolchain's clang, found on the PATH.
enum KernelBuild {
    static let clang: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/clang" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
