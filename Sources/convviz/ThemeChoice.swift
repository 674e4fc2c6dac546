import ArgumentParser
import ConvViz
import Foundation

/// Picks the theme: `--theme` when given, else what the terminal hints in COLORFGBG, else dark.
enum ThemeChoice {
    static func resolve(_ given: Theme?) -> Theme {
        given ?? Theme.hinted(byColorFGBG: ProcessInfo.processInfo.environment["COLORFGBG"]) ?? .dark
    }
}
