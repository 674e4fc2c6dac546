/// Draws a grid as a standalone SVG image in a theme's colours, for slides and web pages.
///
/// Each row is one `<text>` whose runs (`<tspan>`) sit at their own column, so the
/// picture keeps the grid whatever the viewer's monospace font; backgrounds are
/// rectangles under the text. The row text, runs joined, is the frame's text.
public enum SVGFrame {
    static let cellWidth = 8.4, rowHeight = 17.0, fontSize = 14.0

    /// The SVG document for `grid`.
    public static func svg(_ grid: Grid, theme: Theme) -> String {
        let page = pageColours(theme)
        let w = Double(grid.width) * cellWidth, h = Double(grid.height) * rowHeight
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(w))" height="\(n(h))" viewBox="0 0 \(n(w)) \(n(h))" \
        font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="\(n(fontSize))">
        <rect width="100%" height="100%" fill="\(page.bg)"/>

        """
        for y in 0..<grid.height {
            var backgrounds = "", texts = ""
            for run in runs(grid, row: y) {
                let look = theme.look(run.style, rich: true)
                var fg = look.fg.map(rgb) ?? page.fg, bg = look.bg.map(rgb)
                if look.reverse { (fg, bg) = (bg ?? page.bg, fg) }
                if let bg {
                    backgrounds += "<rect x=\"\(n(Double(run.x) * cellWidth))\" y=\"\(n(Double(y) * rowHeight))\" width=\"\(n(Double(run.width) * cellWidth))\" height=\"\(n(rowHeight))\" fill=\"\(bg)\"/>"
                }
                var attributes = "x=\"\(n(Double(run.x) * cellWidth))\" fill=\"\(fg)\""
                if look.bold { attributes += " font-weight=\"bold\"" }
                if look.dim { attributes += " fill-opacity=\"0.6\"" }
                if look.underline { attributes += " text-decoration=\"underline\"" }
                texts += "<tspan \(attributes)>\(escaped(run.text))</tspan>"
            }
            out += backgrounds
            out += "<text y=\"\(n(Double(y) * rowHeight + rowHeight * 0.78))\" xml:space=\"preserve\">\(texts)</text>\n"
        }
        return out + "</svg>\n"
    }

    /// Cells of one style in a row, wide characters' filler cells left out of the text.
    private static func runs(_ grid: Grid, row y: Int) -> [(x: Int, width: Int, style: Style, text: String)] {
        var out: [(x: Int, width: Int, style: Style, text: String)] = []
        var x = 0
        while x < grid.width {
            let style = grid[x, y].1, start = x
            var text = ""
            while x < grid.width, grid[x, y].1 == style {
                if grid[x, y].0 != Grid.continuation { text.append(grid[x, y].0) }
                x += 1
            }
            out.append((start, x - start, style, text))
        }
        return out
    }

    /// The terminal's own foreground and background, as each theme assumes them.
    private static func pageColours(_ theme: Theme) -> (fg: String, bg: String) {
        switch theme {
        case .dark: return ("#d0d0d0", "#121212")
        case .light: return ("#000000", "#ffffff")
        case .contrast: return ("#ffffff", "#000000")
        }
    }

    /// The RGB of an xterm 256-colour index: 16 system colours, a 6×6×6 cube, 24 greys.
    static func rgb(_ index: Int) -> String {
        let system = ["000000", "cd0000", "00cd00", "cdcd00", "0000ee", "cd00cd", "00cdcd", "e5e5e5",
                      "7f7f7f", "ff0000", "00ff00", "ffff00", "5c5cff", "ff00ff", "00ffff", "ffffff"]
        if index < 16 { return "#" + system[max(index, 0)] }
        if index >= 232 { return "#" + String(repeating: hex(8 + 10 * (index - 232)), count: 3) }
        let levels = [0, 95, 135, 175, 215, 255], i = index - 16
        return "#" + hex(levels[i / 36]) + hex(levels[i / 6 % 6]) + hex(levels[i % 6])
    }

    private static func hex(_ v: Int) -> String {
        let s = String(v, radix: 16)
        return s.count == 1 ? "0" + s : s
    }

    private static func n(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String((v * 100).rounded() / 100)
    }

    private static func escaped(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }
}
