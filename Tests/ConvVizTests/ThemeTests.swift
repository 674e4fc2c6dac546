import Foundation
import Testing
@testable import ConvViz

/// Themes, the legend and wrapped captions, as text snapshots and as properties every theme must keep.
@Suite struct ThemeTests {
    /// Each theme's looks, one line per style, beside the mask character snapshots use.
    static func table(_ theme: Theme) -> String {
        func describe(_ l: Theme.Look) -> String {
            var parts = ["fg \(l.fg.map(String.init) ?? "-")", "bg \(l.bg.map(String.init) ?? "-")"]
            if l.bold { parts.append("bold") }
            if l.dim { parts.append("dim") }
            if l.underline { parts.append("underline") }
            if l.reverse { parts.append("reverse") }
            return parts.joined(separator: " ")
        }
        return Style.allCases.map { s in
            "\(s.maskCharacter) \(String(describing: s).padding(toLength: 10, withPad: " ", startingAt: 0)) 256: \(describe(theme.look(s, rich: true)))  |  8: \(describe(theme.look(s, rich: false)))"
        }.joined(separator: "\n") + "\n"
    }

    @Test(arguments: Theme.allCases)
    func eachThemesLooks(_ theme: Theme) {
        assertGolden(Self.table(theme), named: "theme-\(theme.rawValue)")
    }

    /// Light text is never used on the light theme's own background, and every style with a background keeps its text legible.
    @Test func theLightThemeHasNoPaleTextOnWhite() {
        // xterm-256 indices that read poorly on white: the pale greys and the light cube colours.
        let pale: Set<Int> = Set(248...255).union([7, 15, 229, 230, 231, 187, 189, 194, 195, 223, 224, 225, 153, 159])
        for s in Style.allCases {
            let look = Theme.light.look(s, rich: true)
            if look.bg == nil, let fg = look.fg, s != .border { #expect(!pale.contains(fg), "\(s) is pale on white") }
        }
    }

    /// A marked cell (pad, window, tap, current, reader, unread) stands out from the page: its
    /// background is at least 25 (CIE76 ΔE) from the background the theme is made for.
    @Test(arguments: Theme.allCases)
    func markedCellsStandOutFromThePage(_ theme: Theme) {
        let page = Self.lab(["#121212", "#ffffff", "#000000"][Theme.allCases.firstIndex(of: theme)!])
        for style in [Style.pad, .window, .tap, .current, .reader, .unread] {
            guard let bg = theme.look(style, rich: true).bg else { Issue.record("\(style) has no background"); continue }
            let c = Self.lab(SVGFrame.rgb(bg))
            let distance = ((c.l - page.l) * (c.l - page.l) + (c.a - page.a) * (c.a - page.a) + (c.b - page.b) * (c.b - page.b)).squareRoot()
            #expect(distance >= 25, "\(theme) \(style): ΔE \(Int(distance))")
        }
    }

    /// An unread input keeps a text colour of its own: the negative colour would say its value is below zero.
    @Test(arguments: Theme.allCases, [true, false])
    func anUnreadInputIsNotDrawnAsNegative(_ theme: Theme, _ rich: Bool) {
        let unread = theme.look(.unread, rich: rich)
        #expect(unread.fg != theme.look(.negative, rich: rich).fg && unread.bg != nil)
    }

    /// CIE L*a*b* of "#rrggbb" (sRGB, D65).
    static func lab(_ hex: String) -> (l: Double, a: Double, b: Double) {
        let v = Int(hex.dropFirst(), radix: 16)!
        func linear(_ c: Int) -> Double { let x = Double(c) / 255; return x <= 0.04045 ? x / 12.92 : Foundation.pow((x + 0.055) / 1.055, 2.4) }
        let r = linear(v >> 16), g = linear(v >> 8 & 255), b = linear(v & 255)
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, y = 0.2126 * r + 0.7152 * g + 0.0722 * b, z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? Foundation.cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    /// With 8 colours the current value is never black on a colour that bold turns grey.
    @Test(arguments: Theme.allCases)
    func theCurrentValueIsReadableWithEightColours(_ theme: Theme) {
        let look = theme.look(.current, rich: false)
        #expect(look.fg != nil && look.bg != nil && look.fg != look.bg)
        if look.fg == 0 { #expect(look.bg == 6 || look.bg == 7, "black only on cyan or white") }
    }

    @Test func colorfgbgHintsTheTheme() {
        #expect(Theme.hinted(byColorFGBG: "15;0") == .dark)
        #expect(Theme.hinted(byColorFGBG: "0;15") == .light)
        #expect(Theme.hinted(byColorFGBG: "12;default;7") == .light)
        #expect(Theme.hinted(byColorFGBG: nil) == nil)
        #expect(Theme.hinted(byColorFGBG: "garbage") == nil)
    }

    @Test func theThemeKeyCyclesAndTheGridCarriesTheTheme() {
        var state = AppState()
        var seen: [Theme] = []
        for _ in 0..<3 {
            seen.append(Screen().render(state, width: 80, height: 24).theme)
            state.apply(.cycleTheme)
        }
        #expect(seen == [.dark, .light, .contrast])
        #expect(state.theme == .dark && state.notice == "theme: dark (t for the next)")
    }

    @Test func theLegendNamesEveryMeaningInItsOwnStyle() {
        var state = AppState()
        state.apply(.toggleLegend)
        let grid = Screen().render(state, width: 80, height: 24)
        assertSnapshot(grid, named: "legend-80x24")
        for entry in LegendOverlay.entries(.unicode) {
            #expect(grid.text.contains(entry.meaning), "legend misses \(entry.meaning)")
        }
        for style in [Style.pad, .window, .tap, .current, .pending, .unread, .reader, .positive, .negative] {
            #expect(grid.styleLines.joined().contains(style.maskCharacter), "no \(style) sample")
        }
        state.apply(.toggleLegend)
        #expect(!Screen().render(state, width: 80, height: 24).text.contains("Legend"))
    }

    @Test func aWrappedCaptionAt80x24() {
        var state = AppState()
        state.apply(.caption("Output = (None, 50, 100): 100 filters, each one number per window; the layer has 4 x 300 x 100 + 100 = 120,100 parameters."))
        assertSnapshot(Screen().render(state, width: 80, height: 24), named: "caption-wrapped-80x24")
    }
}

/// Numbers are exact or say that they are rounded.
@Suite struct NumberTextTests {
    @Test func exactTextReadsBackAsTheSameFloat() {
        let g = SeededValues(seed: 3)
        for i in 0..<5000 {
            let bits = UInt32(truncatingIfNeeded: g.bits(stream: 1, index: UInt64(i)))
            let v = Float(bitPattern: bits)
            guard v.isFinite else { continue }
            let text = NumberText.exact(v)
            #expect(Float(text) == v, "\(text) is not \(v)")
            #expect(!text.contains("e+") && !text.contains("e-0"))
        }
    }

    @Test func aCellThatCannotHoldTheExactTextSaysItIsRounded() {
        #expect(NumberText.fit(0.25, width: 6) == "0.25")
        #expect(NumberText.fit(1.0 / 3.0, width: 6) == "0.333~")
        #expect(NumberText.fit(-1.0 / 3.0, width: 6) == "-0.33~")
        #expect(NumberText.fit(2.1e-5, width: 6) == "2.1e-5", "exact when it fits")
        #expect(NumberText.fit(2.1e-5, width: 5) == "2e-5~", "never a plain 0")
        #expect(NumberText.fit(-2.1e-5, width: 6) == "-2e-5~")
        #expect(NumberText.fit(123456792, width: 6) == "1.2e8~")
        #expect(NumberText.fit(9.99e-5, width: 5) == "1e-4~")
        #expect(NumberText.fit(-0.0234, width: 5) == "-.02~", "a narrow cell drops the leading zero rather than showing #####")
        #expect(NumberText.fit(-0.00012345, width: 5) == "-0~", "a tiny negative value keeps its sign rather than showing #####")
        #expect(NumberText.fit(0.00012345, width: 5) == "1e-4~")
        #expect(NumberText.fit(-0.004, width: 5) == "-0~", "'#####' would say too big of a value that is small")
        #expect(NumberText.fit(-0.0049, width: 5) == "-0~")
        #expect(NumberText.fit(0.0234, width: 5) == "0.02~")
        for v: Float in [1e-7, -3e-9, 0.000123, 7.5e-4, 12345.678, -98765.4] {
            for width in 4...8 {
                let s = NumberText.fit(v, width: width)
                #expect(s.count <= width)
                #expect(s != "0" && s != "-0", "\(v) at \(width) shows as zero")
                #expect(s == NumberText.exact(v) || s.hasSuffix("~") || s.allSatisfy { $0 == "#" }, "\(s) for \(v)")
            }
        }
    }
}
