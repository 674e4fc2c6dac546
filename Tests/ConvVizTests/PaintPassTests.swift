import ConvViz
import Foundation
import Testing

/// Sending a step's scattered changes of one style first: what the frames hold, and what the terminal ends up showing.
struct PaintPassTests {
    /// Nine rows of signed cells with a lit window over columns 6–11; moving it one cell right changes two cells a row.
    static func window(at start: Int) -> Grid {
        var g = Grid(width: 40, height: 12)
        g.put("Σ header that stays", x: 0, y: 0, style: .title)
        for y in 1...9 {
            for cell in 0..<6 {
                let style: Style = start <= cell && cell < start + 3 ? .window : (cell + y) % 2 == 0 ? .positive : .negative
                g.put(" \(cell + y)", x: cell * 3 + 2, y: y, style: style)
            }
        }
        g.put("step \(start)", x: 0, y: 11, style: .dim)
        return g
    }

    @Test func theLitCellsGoFirstAndAlone() throws {
        let shown = Self.window(at: 1), next = Self.window(at: 2)
        let frames = PaintPass.frames(shown: shown, next: next)
        let first = try #require(frames.first, "nine lit cells on nine rows are worth a frame")
        for y in 0..<12 {
            for x in 0..<40 {
                // The entering cell (columns 14–16) is lit in the first frame; everything else is still as shown.
                let expected = (1...9).contains(y) && (14..<17).contains(x) ? next[x, y] : shown[x, y]
                #expect(first[x, y] == expected, "cell (\(x), \(y))")
            }
        }
        // The leaving cells, in two sign colours, are left to the last frame: at most one more pass for one of them.
        #expect(frames.count <= 2)
    }

    @Test func fewScatteredChangesAreOneFrame() {
        var next = Self.window(at: 1)
        next.put("X", x: 3, y: 2, style: .negative)
        next.put("Y", x: 3, y: 4, style: .negative)
        #expect(PaintPass.frames(shown: Self.window(at: 1), next: next).isEmpty, "two changes: no switch to save")
        #expect(PaintPass.frames(shown: Self.window(at: 1), next: Self.window(at: 1)).isEmpty, "nothing changed")
    }

    @Test func aNewSizeOrThemeIsOneFrame() {
        var themed = Self.window(at: 2)
        themed.theme = .light
        #expect(PaintPass.frames(shown: Self.window(at: 1), next: themed).isEmpty)
        #expect(PaintPass.frames(shown: Grid(width: 41, height: 12), next: Self.window(at: 2)).isEmpty)
    }

    /// A wide character goes out with its second half, in the final frame, never split by a pass.
    @Test func wideCharactersWaitForTheLastFrame() throws {
        let shown = Self.window(at: 1)
        var next = Self.window(at: 2)
        for y in 1...9 { next.put("字", x: 37, y: y, style: .window) }
        let first = try #require(PaintPass.frames(shown: shown, next: next).first)
        for y in 1...9 {
            #expect(first[37, y] == shown[37, y] && first[38, y] == shown[38, y], "row \(y)")
            #expect(first[14, y] == next[14, y], "the narrow lit cell still goes first")
        }
    }

    /// For random grids, every cell of every frame is the shown or the next one, and each frame is closer to the next.
    @Test func framesOnlyEverShowOldOrNewCells() {
        let rng = SeededValues(seed: 7)
        let styles: [Style] = [.plain, .positive, .negative, .window, .dim]
        // Narrow digits, wide characters and the halves of a flag, which join into one character when side by side.
        let texts = ["0", "1", "2", "3", "字", "😀", "\u{1F1EB}", "\u{1F1F7}"]
        var draw = 0, passes = 0
        func pick(_ range: ClosedRange<Int>) -> Int { draw += 1; return rng.integer(in: range, stream: 5, index: draw) }
        for _ in 0..<200 {
            var shown = Grid(width: 24, height: 8), next = Grid(width: 24, height: 8)
            for y in 0..<8 {
                for x in 0..<24 {
                    let c = texts[pick(0...3) + (pick(0...9) == 0 ? 4 : 0)], s = styles[pick(0...4)]
                    shown.put(c, x: x, y: y, style: s)
                    next.put(c, x: x, y: y, style: s)
                    if pick(0...3) == 0 { next.put(texts[pick(0...7)], x: x, y: y, style: styles[pick(0...4)]) }
                }
            }
            var differing = Self.differences(shown, next)
            let frames = PaintPass.frames(shown: shown, next: next)
            passes += frames.count
            for frame in frames {
                for y in 0..<8 { for x in 0..<24 { #expect(frame[x, y] == shown[x, y] || frame[x, y] == next[x, y]) } }
                let left = Self.differences(frame, next)
                #expect(left < differing)
                differing = left
            }
        }
        #expect(passes > 100, "the random changes are scattered enough to make passes")
    }

    static func differences(_ a: Grid, _ b: Grid) -> Int {
        (0..<a.height).reduce(0) { n, y in n + (0..<a.width).filter { a[$0, y] != b[$0, y] }.count }
    }
}

/// In the real terminal, a screen built step by step in passes is the screen a full repaint draws.
@Suite(.serialized, .enabled(if: endToEndUnavailable == nil, "skipped: \(endToEndUnavailable ?? "")"))
struct PaintPassScreenTests {
    /// The seed's big layer in heatmap and in numbers (14 steps: past the input's page turn), and words with wide
    /// characters through a theme change, zoom and the help.
    @Test(arguments: [(SlowLinkTests.bigLayer, [String]()), (SlowLinkTests.bigLayer, ["z"]),
                      (["--text", "the 电影 was 很好 not 😀 good"], ["t", "l", "Z", "l", "?", "l", "z"])])
    func stepsEndOnTheScreenARepaintDraws(_ arguments: [String], _ keys: [String]) throws {
        let t = try TmuxSession([TmuxSession.binary!] + arguments, width: 120, height: 40)
        _ = try t.wait(for: "step 1/")
        for key in keys + Array(repeating: "l", count: 14) { try t.keys(key) }
        _ = try t.wait(for: "step \(keys.filter { $0 == "l" }.count + 15)/")
        usleep(300_000)
        let stepped = Self.look(try t.styledScreen())
        try t.keys("C-l")
        usleep(500_000)
        let repainted = Self.look(try t.styledScreen())
        #expect(stepped.count == 40 && repainted.count == 40)
        for (y, (a, b)) in zip(stepped, repainted).enumerated() { #expect(a == b, "row \(y)") }
        try t.keys("q")
        try t.wait(for: "[exited 0]")
    }

    /// How each cell of a `capture-pane -e` screen looks: its character, colours and attributes; a blank's text colour and weight do not show.
    static func look(_ capture: String) -> [[String]] {
        // tmux carries the colours from one row's end into the next without repeating them.
        var fg = "", bg = "", attributes = Set<Int>()
        return capture.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).map { line in
            var cells: [String] = []
            var chars = Array(line)[...]
            while let c = chars.popFirst() {
                guard c == "\u{1B}" else {
                    let shows = attributes.intersection([4, 7])
                    cells.append(c == " " ? "_\(bg)\(shows.sorted())" : "\(c)\(fg)/\(bg)\(attributes.sorted())")
                    continue
                }
                // An SGR sequence: ESC [ parameters m.
                var parameters = ""
                _ = chars.popFirst()
                while let p = chars.popFirst(), p != "m" { parameters.append(p) }
                var codes = parameters.split(separator: ";").map { Int($0) ?? 0 }[...]
                if codes.isEmpty { codes = [0] }
                while let code = codes.popFirst() {
                    switch code {
                    case 0: fg = ""; bg = ""; attributes = []
                    case 38, 48:
                        let colour = (codes.first == 5 ? codes.prefix(2) : codes.prefix(4)).map(String.init).joined(separator: ",")
                        codes = codes.dropFirst(codes.first == 5 ? 2 : 4)
                        if code == 38 { fg = colour } else { bg = colour }
                    case 39: fg = ""
                    case 49: bg = ""
                    case 30...37, 90...97: fg = String(code)
                    case 40...47, 100...107: bg = String(code)
                    case 22: attributes.subtract([1, 2])
                    case 21...29: attributes.remove(code - 20)
                    default: attributes.insert(code)
                    }
                }
            }
            return cells + Array(repeating: "_[]", count: max(120 - cells.count, 0))
        }
    }
}
