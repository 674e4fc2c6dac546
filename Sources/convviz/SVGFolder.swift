import ConvViz
import Foundation

/// The folder `--svg` writes frames into: made if missing, and never filled over earlier frames without --force.
final class SVGFolder {
    let path: String
    let force: Bool
    /// The first write that failed; later frames are not attempted.
    private(set) var failure: SafeFile.Failure?

    init(path: String, force: Bool) throws(SafeFile.Failure) {
        self.path = path
        self.force = force
        var isDirectory: ObjCBool = false
        let shown = Sanitize.line(path)
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw SafeFile.Failure(description: "--svg \(shown) is a file, not a folder") }
            let old = (try? FileManager.default.contentsOfDirectory(atPath: path))?.filter { $0.hasPrefix("frame-") && $0.hasSuffix(".svg") } ?? []
            if !old.isEmpty && !force {
                throw SafeFile.Failure(description: "--svg \(shown) already holds \(old.count) frame SVGs; use --force to replace them")
            }
        } else {
            do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) } catch {
                throw SafeFile.Failure(description: "--svg \(shown): cannot make the folder (\(SafeFile.reason()))")
            }
        }
    }

    /// Writes frame `number` as `frame-NNNN.svg`.
    func write(_ grid: Grid, number: Int) {
        guard failure == nil else { return }
        let digits = String(number)
        let name = "frame-" + String(repeating: "0", count: max(4 - digits.count, 0)) + digits + ".svg"
        do { try SafeFile.write(SVGFrame.svg(grid, theme: grid.theme), to: path + "/" + name, force: force) } catch { failure = error }
    }
}
