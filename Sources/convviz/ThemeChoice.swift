import ArgumentParser
import ConvViz
import Foundation

/// Picks the theme: `--theme` when given, else what the terminal hints in COLORFGBG, else the
/// background colour the terminal reports (OSC 11), else dark.
enum ThemeChoice {
    static func resolve(_ given: Theme?) -> Theme {
        given ?? hint ?? .dark
    }

    /// True when nothing chose the theme, so the terminal is asked for its background colour.
    static func asksTerminal(_ given: Theme?) -> Bool { given == nil && hint == nil }

    private static var hint: Theme? { Theme.hinted(byColorFGBG: ProcessInfo.processInfo.environment["COLORFGBG"]) }
}
