/// A colour scheme for a terminal's background: each style's colours, for 256 and for 8 colours.
///
/// Views only name styles; the curses backend and the SVG writer both ask the theme how a
/// style looks, so a screen on a slide has the colours the terminal had.
public enum Theme: String, CaseIterable, Sendable {
    /// Light text on a dark background (the default).
    case dark
    /// Dark text on a white or pale background.
    case light
    /// Black background, bright bold colours, for projectors and low vision.
    case contrast

    /// How one style looks: colours are xterm palette indices (nil keeps the terminal's own).
    public struct Look: Equatable, Sendable {
        public var fg: Int? = nil, bg: Int? = nil
        public var bold = false, reverse = false, dim = false, underline = false
    }

    /// The next theme for the theme key.
    public var next: Theme {
        let all = Theme.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The theme a terminal hints at in `COLORFGBG` ("15;0" is light on dark), or nil when it says nothing.
    ///
    /// rxvt, Konsole and others set it; the background is its last field, and 7 or 9–15 are light.
    public static func hinted(byColorFGBG value: String?) -> Theme? {
        guard let last = value?.split(separator: ";").last, let bg = Int(last) else { return nil }
        return bg == 7 || (9...15).contains(bg) ? .light : .dark
    }

    /// The look of `style` on a terminal with 256 colours (`rich`) or 8.
    public func look(_ style: Style, rich: Bool) -> Look {
        switch (self, rich) {
        case (.dark, true): return Self.dark256(style)
        case (.dark, false): return Self.dark8(style)
        case (.light, true): return Self.light256(style)
        case (.light, false): return Self.light8(style)
        case (.contrast, true): return Self.contrast256(style)
        case (.contrast, false): return Self.contrast8(style)
        }
    }

    // No bold on the cells that move every step: leaving bold costs a full attribute reset on the wire.
    // An unread input is marked by its background alone: red text would say it is negative.
    private static func dark256(_ s: Style) -> Look {
        switch s {
        case .plain: return Look()
        case .dim, .pending: return Look(fg: 244)
        case .title: return Look(fg: 117, bold: true)
        case .border: return Look(fg: 240)
        case .label: return Look(fg: 250)
        case .key: return Look(fg: 229, bold: true)
        case .pad: return Look(fg: 250, bg: 239)
        case .padLabel: return Look(fg: 180)
        case .window: return Look(fg: 230, bg: 58)
        case .tap: return Look(fg: 16, bg: 220)
        case .positive: return Look(fg: 114)
        case .negative: return Look(fg: 210)
        case .current: return Look(fg: 16, bg: 51)
        case .reader: return Look(fg: 16, bg: 213, bold: true)
        case .unread: return Look(fg: 255, bg: 52)
        case .error: return Look(fg: 203, bold: true)
        case .caption: return Look(fg: 16, bg: 153)
        case .status: return Look(fg: 252, bg: 236)
        case .overlay: return Look(fg: 252, bg: 235)
        case .statusKey: return Look(fg: 229, bg: 236, bold: true)
        }
    }

    // Eight colours: a bold black on cyan turns grey on many terminals, so the current cell is white on blue.
    private static func dark8(_ s: Style) -> Look {
        let black = 0, red = 1, green = 2, yellow = 3, blue = 4, magenta = 5, cyan = 6, white = 7
        switch s {
        case .plain, .label: return Look()
        case .dim, .pending, .border: return Look(dim: true)
        case .title: return Look(fg: cyan, bold: true)
        case .key: return Look(fg: yellow, bold: true)
        case .pad: return Look(fg: white, bg: black, dim: true)
        case .padLabel: return Look(fg: yellow)
        case .window: return Look(fg: black, bg: yellow)
        case .tap: return Look(fg: black, bg: yellow, bold: true, underline: true)
        case .positive: return Look(fg: green)
        case .negative: return Look(fg: red)
        case .current: return Look(fg: white, bg: blue, bold: true)
        case .reader: return Look(fg: black, bg: magenta)
        case .unread: return Look(fg: white, bg: red)
        case .error: return Look(fg: red, bold: true)
        case .caption: return Look(fg: black, bg: cyan)
        case .status, .overlay: return Look(fg: black, bg: white)
        case .statusKey: return Look(fg: blue, bg: white, bold: true)
        }
    }

    // On white, nothing is drawn in a pale colour: greys are 238–244, yellows become browns and oranges.
    private static func light256(_ s: Style) -> Look {
        switch s {
        case .plain: return Look(fg: 16)
        case .dim, .pending: return Look(fg: 243)
        case .title: return Look(fg: 25, bold: true)
        case .border: return Look(fg: 248)
        case .label: return Look(fg: 238)
        case .key: return Look(fg: 130, bold: true)
        case .pad: return Look(fg: 238, bg: 249)
        case .padLabel: return Look(fg: 94)
        case .window: return Look(fg: 16, bg: 228)
        case .tap: return Look(fg: 16, bg: 214, bold: true)
        case .positive: return Look(fg: 22)
        case .negative: return Look(fg: 124)
        case .current: return Look(fg: 231, bg: 25, bold: true)
        case .reader: return Look(fg: 16, bg: 219, bold: true)
        case .unread: return Look(fg: 16, bg: 217)
        case .error: return Look(fg: 160, bold: true)
        case .caption: return Look(fg: 16, bg: 153)
        case .status: return Look(fg: 16, bg: 250)
        case .overlay: return Look(fg: 16, bg: 255)
        case .statusKey: return Look(fg: 88, bg: 250, bold: true)
        }
    }

    private static func light8(_ s: Style) -> Look {
        let black = 0, red = 1, green = 2, blue = 4, magenta = 5, cyan = 6, white = 7
        switch s {
        case .plain, .label: return Look(fg: black)
        case .dim, .pending, .border: return Look(fg: black, dim: true)
        case .title: return Look(fg: blue, bold: true)
        case .key: return Look(fg: magenta, bold: true)
        case .pad: return Look(fg: black, bg: white)
        case .padLabel: return Look(fg: magenta)
        case .window: return Look(fg: black, bg: cyan)
        case .tap: return Look(fg: white, bg: magenta, bold: true, underline: true)
        case .positive: return Look(fg: green)
        case .negative: return Look(fg: red)
        case .current: return Look(fg: white, bg: blue, bold: true)
        case .reader: return Look(fg: white, bg: magenta)
        case .unread: return Look(fg: white, bg: red)
        case .error: return Look(fg: red, bold: true)
        case .caption: return Look(fg: black, bg: cyan)
        case .status, .overlay: return Look(fg: white, bg: black)
        case .statusKey: return Look(fg: cyan, bg: black, bold: true)
        }
    }

    // Every cell gets the black background, so the theme reads the same on any terminal.
    private static func contrast256(_ s: Style) -> Look {
        switch s {
        case .plain, .label: return Look(fg: 231, bg: 16)
        case .dim, .pending, .border: return Look(fg: 250, bg: 16)
        case .title: return Look(fg: 51, bg: 16, bold: true)
        case .key: return Look(fg: 226, bg: 16, bold: true)
        case .pad: return Look(fg: 231, bg: 238)
        case .padLabel: return Look(fg: 214, bg: 16, bold: true)
        case .window: return Look(fg: 16, bg: 231)
        case .tap: return Look(fg: 16, bg: 226, bold: true)
        case .positive: return Look(fg: 46, bg: 16, bold: true)
        case .negative: return Look(fg: 203, bg: 16, bold: true)
        case .current: return Look(fg: 16, bg: 51, bold: true)
        case .reader: return Look(fg: 16, bg: 201, bold: true)
        case .unread: return Look(fg: 231, bg: 160, bold: true)
        case .error: return Look(fg: 231, bg: 160, bold: true)
        case .caption: return Look(fg: 16, bg: 231, bold: true)
        case .status, .overlay: return Look(fg: 231, bg: 19, bold: true)
        case .statusKey: return Look(fg: 226, bg: 19, bold: true)
        }
    }

    private static func contrast8(_ s: Style) -> Look {
        let black = 0, red = 1, green = 2, yellow = 3, blue = 4, magenta = 5, cyan = 6, white = 7
        switch s {
        case .plain, .label, .dim, .pending, .border: return Look(fg: white, bg: black, bold: s == .plain || s == .label)
        case .title: return Look(fg: cyan, bg: black, bold: true)
        case .key, .padLabel: return Look(fg: yellow, bg: black, bold: true)
        case .pad: return Look(fg: black, bg: white)
        case .window: return Look(fg: black, bg: white)
        case .tap: return Look(fg: black, bg: yellow, bold: true)
        case .positive: return Look(fg: green, bg: black, bold: true)
        case .negative: return Look(fg: red, bg: black, bold: true)
        case .current: return Look(fg: black, bg: cyan, bold: true, underline: true)
        case .reader: return Look(fg: black, bg: magenta, bold: true)
        case .unread, .error: return Look(fg: white, bg: red, bold: true)
        case .caption: return Look(fg: black, bg: white, bold: true)
        case .status, .overlay: return Look(fg: white, bg: blue, bold: true)
        case .statusKey: return Look(fg: yellow, bg: blue, bold: true)
        }
    }
}
