import Foundation
import Testing

/// The explorer on a huge layer and while idle: it must stay responsive, small, and quiet.
@Suite(.serialized, .enabled(if: endToEndUnavailable == nil, "skipped: \(endToEndUnavailable ?? "")"))
struct ExplorerScaleTests {
    @Test func millionPositionsStayResponsiveAndSmall() throws {
        let t = try TmuxSession([TmuxSession.binary!, "--length", "1000000", "--channels", "8", "--filters", "64", "--kernel-size", "9", "--padding", "valid"])
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

    /// Conv1D(16, 9, 'same') → MaxPooling1D(4) → Conv1D(16, 5) → GlobalMaxPooling1D → Dense(2) on 10⁶ × 4.
    @Test func millionPositionModelOpensEveryLayerAndStaysSmall() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("convviz-million-\(getpid()).json")
        try #"{"layers": [{"class": "Input", "shape": [1000000, 4]}, {"class": "Conv1D", "filters": 16, "kernel_size": 9, "padding": "same", "activation": "relu"}, {"class": "MaxPooling1D", "pool_size": 4}, {"class": "Conv1D", "filters": 16, "kernel_size": 5, "activation": "relu"}, {"class": "GlobalMaxPooling1D"}, {"class": "Dense", "units": 2}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let t = try TmuxSession([TmuxSession.binary!, "--model", file.path])
        // Steps per layer: 10⁶·16, 250000·16, 249996·16, 16, 2.
        let steps = ["16000000", "4000000", "3999936", "16", "2"]
        for (i, n) in steps.enumerated() {
            if i > 0 { try t.keys("Tab") }
            try t.wait(for: "step 1/\(n)", seconds: 30)
            try t.keys("End")
            try t.wait(for: "step \(n)/\(n)", seconds: 2)
            try t.keys("Left")
            try t.wait(for: "step \(Int(n)! - 1)/\(n)", seconds: 2)
        }
        let resident = try t.residentMB()
        // Input 16 MB, conv output 64 MB, pool and second conv 16 MB each.
        #expect(resident < 300, "resident \(resident) MB")
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
