import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ConvViz

/// `--svg` frames are valid SVG whose text is the frame's text, in the theme's colours.
@Suite struct SVGFrameTests {
    /// The text of each `<text>` element, in order, read by an XML parser (so the document must be well formed).
    final class TextRows: NSObject, XMLParserDelegate {
        var rows: [String] = []
        var fills: Set<String> = []
        private var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "text" { inText = true; rows.append("") }
            if let fill = attributes["fill"] { fills.insert(fill) }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { inText = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { rows[rows.count - 1] += string }
        }
    }

    static func parse(_ svg: String) throws -> TextRows {
        let parser = XMLParser(data: Data(svg.utf8))
        let rows = TextRows()
        parser.delegate = rows
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        return rows
    }

    static func trimmed(_ s: String) -> String { String(s.reversed().drop(while: { $0 == " " }).reversed()) }

    @Test(arguments: Theme.allCases)
    func everyFrameOfALessonIsValidSVGWithTheFramesText(_ theme: Theme) throws {
        let name = "04-padding.convdemo"
        let text = try String(contentsOf: PackagePaths.demos.appendingPathComponent(name), encoding: .utf8)
        let playback = HeadlessPlayback(script: try DemoParser(file: name).parse(text), width: 80, height: 24, theme: theme, keepsGrids: true)
        #expect(playback.frames.count > 10)
        for frame in playback.frames {
            let grid = try #require(frame.grid)
            let svg = SVGFrame.svg(grid, theme: theme)
            let rows = try Self.parse(svg)
            #expect(rows.rows.map(Self.trimmed) == frame.lines, "frame at \(frame.time) s")
        }
    }

    @Test func markupInTheTextIsEscapedAndColoursFollowTheTheme() throws {
        var grid = Grid(width: 20, height: 2)
        grid.put("a<b & \"c\">", x: 0, y: 0, style: .error)
        grid.put("界x", x: 0, y: 1, style: .current)
        let light = try Self.parse(SVGFrame.svg(grid, theme: .light))
        #expect(light.rows.map(Self.trimmed) == ["a<b & \"c\">", "界x"])
        #expect(light.fills.contains("#ffffff"), "a light page")
        #expect(light.fills.contains(SVGFrame.rgb(Theme.light.look(.current, rich: true).bg!)))
        let dark = try Self.parse(SVGFrame.svg(grid, theme: .dark))
        #expect(!dark.fills.contains("#ffffff"))
    }

    @Test func xtermColoursMapToTheirRGB() {
        #expect(SVGFrame.rgb(16) == "#000000")
        #expect(SVGFrame.rgb(231) == "#ffffff")
        #expect(SVGFrame.rgb(25) == "#005faf")
        #expect(SVGFrame.rgb(232) == "#080808")
        #expect(SVGFrame.rgb(9) == "#ff0000")
    }
}
