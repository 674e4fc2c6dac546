import Foundation
import Testing

/// What a step costs on the wire, and how a slow link keeps up: the real binary on a pseudo-terminal.
@Suite(.serialized, .enabled(if: TmuxSession.binary != nil, "skipped: the convviz binary is not built"))
struct SlowLinkTests {
    static let bigLayer = ["--length", "500", "--channels", "128", "--filters", "32", "--kernel-size", "7", "--padding", "valid"]

    /// Bytes of a full repaint (Ctrl-L, in the mode measured) and of each of 24 steps, at 120×40.
    static func stepBytes(_ arguments: [String], keys: String = "") throws -> (full: Int, steps: [Int]) {
        let t = try PtyTerminal([TmuxSession.binary!] + arguments, width: 120, height: 40)
        defer { t.stop() }
        t.settle()
        if !keys.isEmpty { t.send(keys); t.settle() }
        let start = t.count
        t.send("\u{0C}")
        t.settle()
        let full = t.count - start
        var steps: [Int] = []
        for _ in 0..<24 {
            let before = t.count
            t.send("l")
            t.settle(quiet: 0.15)
            steps.append(t.count - before)
        }
        return (full, steps)
    }

    @Test(arguments: [("default", [String](), ""), ("500x128 heatmap", bigLayer, ""), ("500x128 numbers", bigLayer, "z")])
    func aStepSendsAFractionOfARepaint(_ name: String, _ arguments: [String], _ keys: String) throws {
        let (full, steps) = try Self.stepBytes(arguments, keys: keys)
        let mean = Double(steps.reduce(0, +)) / Double(steps.count)
        let share = mean / Double(full)
        let median = Double(steps.sorted()[steps.count / 2]) / Double(full)
        print("step bytes at 120x40, \(name): full repaint \(full) B, a step \(Int(mean)) B on average (\(String(format: "%.3f", share)) of a repaint, median \(String(format: "%.3f", median))), at most \(steps.max()!) B")
        #expect(full > 3000, "a full repaint")
        #expect(steps.allSatisfy { $0 > 0 }, "every step changes the screen")
        // Numbers rewrite every product, and a page turn every 12 steps rewrites the input rows: that mode
        // stays under the line only because a step's lit window cells go out first, in one colour run (PaintPass).
        #expect(share <= 0.15)
    }

    /// Read at 2400 bytes a second, the explorer still shows a pause at once: frames in flight are never more than one.
    @Test func onASlowLinkAPauseShowsWithinTwoSeconds() throws {
        let t = try PtyTerminal([TmuxSession.binary!] + Self.bigLayer + ["--speed", "8"], width: 120, height: 40, bytesPerSecond: 2400)
        defer { t.stop() }
        t.settle(quiet: 1, limit: 40)
        t.send(" ")
        usleep(10_000_000)
        let offset = t.count
        t.send(" ")
        let seconds = t.secondsUntil(Array("‖".utf8), after: offset, limit: 30)
        print("slow link (2400 B/s): after 10 s of play at 8 steps/s, the pause showed in \(seconds.map { String(format: "%.2f", $0) } ?? "more than 30") s")
        #expect(seconds != nil && seconds! <= 2)
    }
}
