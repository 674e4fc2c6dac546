import ConvViz
import Foundation

/// Writes the explorer's screen as an SVG file in the current folder (key P), never over an existing file.
enum ScreenPicture {
    /// Saves `grid` as `convviz-screen-N.svg` with the first free N; returns the message for the caption row.
    static func save(_ grid: Grid) -> String {
        for n in 1...9999 {
            let name = "convviz-screen-\(n).svg"
            guard !SafeFile.exists(name) else { continue }
            do {
                try SafeFile.write(SVGFrame.svg(grid, theme: grid.theme), to: name, force: false)
                return "saved \(name) (\(grid.theme.rawValue) theme)"
            } catch {
                return "could not save the screen: \(error.description)"
            }
        }
        return "could not save the screen: convviz-screen-1 to -9999.svg all exist here"
    }
}
