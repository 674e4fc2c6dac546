#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder `--svg` stages its frames in, removed with them when a signal ends the run.
///
/// Frames are named `frame-NNNN.svg` and written in order, so the handler needs only the folder
/// (held open) and the last number: it rebuilds each name in a buffer made beforehand and
/// unlinks it, with no allocation and no directory listing (neither is safe in a handler).
extension SafeFile {
    nonisolated(unsafe) private static var stagingPath: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var stagingFolder: Int32 = -1
    nonisolated(unsafe) private static var stagedFrames = 0
    nonisolated(unsafe) private static var frameName: UnsafeMutablePointer<CChar>?

    /// Registers `folder` as the staging folder; frames written in it are counted by `staged`.
    public static func stage(folder: String) {
        unstage()
        frameName = frameName ?? UnsafeMutablePointer<CChar>.allocate(capacity: 32)
        stagedFrames = 0
        stagingFolder = open(folder, O_RDONLY | O_DIRECTORY)
        stagingPath = strdup(folder)
    }

    /// Records that frames 1…`count` are in the staging folder.
    public static func staged(_ count: Int) { stagedFrames = count }

    /// Forgets the staging folder once it has been put in place or removed.
    public static func unstage() {
        let p = stagingPath
        stagingPath = nil
        if stagingFolder >= 0 { close(stagingFolder) }
        stagingFolder = -1
        free(p)
    }

    /// Removes the staged frames and their folder; safe in a signal handler.
    static func removeStagedFrames() {
        guard let path = stagingPath, let name = frameName, stagingFolder >= 0 else { return }
        var n = 1
        // One past the count too: a frame may be written and not yet counted when the signal comes.
        while n <= stagedFrames + 1 {
            writeFrameName(n, into: name)
            unlinkat(stagingFolder, name, 0)
            n += 1
        }
        rmdir(path)
    }

    /// `frame-NNNN.svg` (at least four digits) as a C string, without allocating.
    private static func writeFrameName(_ number: Int, into buffer: UnsafeMutablePointer<CChar>) {
        var i = 0
        for c in "frame-".utf8 { buffer[i] = CChar(bitPattern: c); i += 1 }
        var digits = 0, rest = number
        repeat { digits += 1; rest /= 10 } while rest > 0
        let width = max(digits, 4)
        rest = number
        for k in stride(from: width - 1, through: 0, by: -1) {
            buffer[i + k] = CChar(48 + rest % 10)
            rest /= 10
        }
        i += width
        for c in ".svg".utf8 { buffer[i] = CChar(bitPattern: c); i += 1 }
        buffer[i] = 0
    }
}
