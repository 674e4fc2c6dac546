import Foundation
import Testing

/// The explorer on a huge layer and while idle: it must stay responsive, small, and quiet.
@Suite(.serialized, .enabled(if: endToEndUnavailable == nil, "skipped: \(endToEndUnavailable ?? "")"))
struct ExplorerScaleTests {
    @Test func millionPositionsStayResponsiveAndSmall() throws {
        let t = try TmuxSession([TmuxSession.binary!, "--length", "1000000", "--channels", "8", "--filters", "64", "--kernel-size", "9"])
        try t.wait(for: "step 1/63999488", seconds: 30)
        try t.keys("End")
        try t.wait(for: "step 63999488/63999488", seconds: 2)
        try t.keys("Left")
        try t.wait(for: "step 63999487/63999488", seconds: 2)
        try t.keys("Right")
        try t.wait(for: "step 63999488/63999488", seconds: 2)
        let before = try t.residentMB()
        // The input alone is 32 MB; a materialized output would be 256 MB.
        #expect(before < 200, "resident \(before) MB")
        for _ in 0..<20 { try t.keys("Left", "Left", "Left", "Left", "Left", "Right", "Right", "Right", "Right", "Right") }
        try t.keys("Home")
        try t.wait(for: "step 1/63999488", seconds: 30)
        let after = try t.residentMB()
        #expect(after < 200, "resident \(after) MB")
        // Stepping allocates nothing that stays: allow a few MB for allocator noise.
        #expect(after - before < 8, "grew from \(before) to \(after) MB")
        try t.keys("q")
    }

    @Test func pausedForTenSecondsUsesAlmostNoCPU() throws {
        let t = try TmuxSession([TmuxSession.binary!])
        try t.wait(for: "step 1/48")
        let start = try t.cpuSeconds()
        Thread.sleep(forTimeInterval: 10)
        let used = try t.cpuSeconds() - start
        #expect(used < 0.05, "used \(used) s of CPU while paused")
        try t.keys("q")
    }
}
