import ConvViz
import Foundation

/// The folder `--svg` writes frames into: made if missing, and never filled over earlier frames without --force.
///
/// Frames go to a hidden folder beside it while the script plays; only a run that finishes puts them
/// in place (replacing, with --force, every earlier `frame-NNNN.svg`, so a slide set is never a mix
/// of two runs). A run that fails leaves the folder as it was, or does not make it.
final class SVGFolder {
    let path: String
    let force: Bool
    /// The first write that failed; later frames are not attempted.
    private(set) var failure: SafeFile.Failure?
    private let staging: String
    private let existed: Bool
    /// The earlier frames that a finished run replaces.
    private let old: [String]

    init(path: String, force: Bool) throws(SafeFile.Failure) {
        self.path = path
        self.force = force
        staging = SafeFile.tempPath(for: path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path, tag: "svg")
        var isDirectory: ObjCBool = false
        let shown = Sanitize.line(path)
        if let repaired = SafeFile.repairedNameRefusal(path, doing: "write") { throw SafeFile.Failure(description: "--svg \(repaired)") }
        existed = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if existed {
            guard isDirectory.boolValue else { throw SafeFile.Failure(description: "--svg \(shown) is a file, not a folder") }
            old = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasPrefix("frame-") && $0.hasSuffix(".svg") }.sorted()
            if !old.isEmpty && !force {
                throw SafeFile.Failure(description: "--svg \(shown) already holds \(old.count == 1 ? "a frame SVG" : "\(old.count) frame SVGs"); use --force to replace them")
            }
            // Checked before anything is written: a frame name that is not a regular file is never replaced.
            for name in old {
                if let refusal = SafeFile.refusal(path + "/" + name) { throw SafeFile.Failure(description: refusal) }
            }
        } else {
            old = []
        }
        do { try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false) } catch {
            throw SafeFile.Failure(description: "--svg \(shown): cannot make the folder (\(SafeFile.reason()))")
        }
        // A signal that ends the run removes the staged frames too.
        SafeFile.stage(folder: staging)
    }

    /// Writes frame `number` as `frame-NNNN.svg` (into the staging folder until `commit`).
    func write(_ grid: Grid, number: Int) {
        guard failure == nil else { return }
        do {
            try SafeFile.write(SVGFrame.svg(grid, theme: grid.theme), to: staging + "/" + Self.name(number), force: false)
            SafeFile.staged(number)
        } catch { failure = error }
    }

    /// Puts the frames of a finished run in place: the new folder, or the new frames instead of the old ones.
    func commit() throws(SafeFile.Failure) {
        SafeFile.unstage()
        if !existed {
            guard rename(staging, path) == 0 else { throw SafeFile.Failure(description: "--svg \(Sanitize.line(path)): cannot make the folder (\(SafeFile.reason()))") }
            return
        }
        for name in old { unlink(path + "/" + name) }
        let new = ((try? FileManager.default.contentsOfDirectory(atPath: staging)) ?? []).sorted()
        for name in new where rename(staging + "/" + name, path + "/" + name) != 0 {
            throw SafeFile.Failure(description: "--svg \(Sanitize.line(path)): cannot write \(name) (\(SafeFile.reason()))")
        }
        rmdir(staging)
    }

    /// Removes what a failed run wrote.
    func discard() {
        SafeFile.unstage()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: staging)) ?? [] { unlink(staging + "/" + name) }
        rmdir(staging)
    }

    static func name(_ number: Int) -> String {
        let digits = String(number)
        return "frame-" + String(repeating: "0", count: max(4 - digits.count, 0)) + digits + ".svg"
    }
}
