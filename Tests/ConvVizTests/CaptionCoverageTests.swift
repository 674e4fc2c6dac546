import Foundation
import Testing
@testable import ConvViz

/// Every caption of every lesson is read whole on screen: wrapped, never cut, at the smallest and the usual size.
@Suite struct CaptionCoverageTests {
    static let sizes = [(80, 24), (100, 30)]

    static func squeezed(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// A shipped lesson, parsed, with its captions in order.
    static func lesson(_ name: String) throws -> (script: DemoScript, captions: [String]) {
        let text = try String(contentsOf: PackagePaths.demos.appendingPathComponent(name), encoding: .utf8)
        let script = try DemoParser(file: name).parse(text)
        let captions = script.lines.compactMap { line -> String? in
            if case .caption(let c) = line.command, !c.isEmpty { return c }
            return nil
        }
        return (script, captions)
    }

    @Test(arguments: PackagePaths.lessons)
    func everyCaptionAppearsWhole(_ name: String) throws {
        let (script, captions) = try Self.lesson(name)
        #expect(!captions.isEmpty)
        for (w, h) in Self.sizes {
            let frames = HeadlessPlayback(script: script, width: w, height: h).frames.map { Self.squeezed($0.lines.joined(separator: " ")) }
            for caption in captions {
                let whole = Self.squeezed(caption)
                #expect(frames.contains { $0.contains(whole) }, "\(name) at \(w)x\(h) never shows whole: \(caption)")
            }
        }
    }

    @Test func aLongCaptionWrapsOntoThreeRowsAndEndsInAnEllipsisOnlyBeyondThem() {
        let words = (1...40).map { "word\($0)" }.joined(separator: " ")
        let lines = CaptionBar.lines(words, width: 80)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.displayWidth <= 78 })
        #expect(lines[2].hasSuffix("…"))
        let short = CaptionBar.lines("Output = (None, 50, 100): 120,100 parameters", width: 40)
        #expect(short.joined(separator: " ") == "Output = (None, 50, 100): 120,100 parameters")
        #expect(!short.joined().contains("…"))
    }

    @Test func aWrappedCaptionPushesThePanelsDownAndIsDrawnOnEveryRow() {
        var state = AppState()
        let caption = "Output = (None, 398, 2): each of the 2 filters gives one number per window; 120,100 parameters in all, none of them shared."
        state.apply(.caption(caption))
        let grid = Screen().render(state, width: 80, height: 24)
        let layout = ScreenLayout(state: state, width: 80, height: 24)
        #expect(layout.caption.height == 2)
        #expect(layout.input.y == layout.caption.y + 2)
        let rows = (layout.caption.y..<layout.caption.y + 2).map { grid.lines[$0] }
        #expect(Self.squeezed(rows.joined(separator: " ")) == caption)
        #expect(grid.styleLines[layout.caption.y + 1].allSatisfy { $0 == Style.caption.maskCharacter })
    }
}

/// Every caption of every lesson stays on screen for its reading time (a second, then 4 words a second).
@Suite struct CaptionTimeTests {
    @Test(arguments: PackagePaths.lessons)
    func everyCaptionStaysLongEnoughToRead(_ name: String) throws {
        let (script, captions) = try CaptionCoverageTests.lesson(name)
        let playback = HeadlessPlayback(script: script, width: 100, height: 30)
        let frames = playback.frames.map { (time: $0.time, text: CaptionCoverageTests.squeezed($0.lines.joined(separator: " "))) }
        for caption in captions {
            let whole = CaptionCoverageTests.squeezed(caption)
            guard let first = frames.firstIndex(where: { $0.text.contains(whole) }) else {
                Issue.record("\(name): never shown whole at 100x30: \(caption)")
                continue
            }
            let gone = frames[first...].first { !$0.text.contains(whole) }?.time ?? playback.duration
            let shown = gone - frames[first].time
            #expect(shown + 0.05 >= DemoPlayer.readingTime(caption),
                    "\(name): \(String(format: "%.2f", shown)) s for \(String(format: "%.2f", DemoPlayer.readingTime(caption))) s of reading: \(caption)")
        }
    }
}
