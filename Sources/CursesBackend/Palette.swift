import CNcursesw
import ConvViz
#if canImport(Glibc)
import Glibc
#endif

/// Maps each style to curses attributes and a colour pair, for 256, 8 or no colours.
struct Palette {
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    private var looks: [Style: Look] = [:]

    func look(_ style: Style) -> Look { looks[style] ?? Look(attributes: cnc_a_normal(), pair: 0) }

    /// Chooses colours for this terminal; NO_COLOR or a terminal without colour gets attributes only.
    static func make() -> Palette {
        var p = Palette()
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false
        if noColor || !has_colors() {
            p.looks = monochrome()
            return p
        }
        start_color()
        use_default_colors()
        let rich = cnc_colors() >= 256
        var next: Int16 = 1
        for style in Style.allCases {
            let spec = rich ? colours256(style) : colours8(style)
            var look = Look(attributes: spec.bold ? cnc_a_bold() : cnc_a_normal(), pair: 0)
            if spec.fg != -1 || spec.bg != -1 {
                init_pair(next, spec.fg, spec.bg)
                look.pair = next
                next += 1
            }
            if spec.reverse { look.attributes |= cnc_a_reverse() }
            if spec.dim { look.attributes |= cnc_a_dim() }
            p.looks[style] = look
        }
        return p
    }

    private struct Colours {
        var fg: Int16 = -1, bg: Int16 = -1, bold = false, reverse = false, dim = false
    }

    private static func colours256(_ s: Style) -> Colours {
        switch s {
        case .plain: return Colours()
        case .dim, .pending: return Colours(fg: 244)
        case .title: return Colours(fg: 117, bold: true)
        case .border: return Colours(fg: 240)
        case .label: return Colours(fg: 250)
        case .key: return Colours(fg: 229, bold: true)
        case .pad: return Colours(fg: 245, bg: 237)
        case .padLabel: return Colours(fg: 180)
        case .window: return Colours(fg: 230, bg: 58)
        case .tap: return Colours(fg: 16, bg: 220, bold: true)
        case .positive: return Colours(fg: 114)
        case .negative: return Colours(fg: 210)
        case .current: return Colours(fg: 16, bg: 51, bold: true)
        case .reader: return Colours(fg: 16, bg: 213, bold: true)
        case .unread: return Colours(fg: 196, bg: 52)
        case .error: return Colours(fg: 203, bold: true)
        case .caption: return Colours(fg: 16, bg: 153)
        case .status: return Colours(fg: 252, bg: 236)
        case .overlay: return Colours(fg: 252, bg: 235)
        }
    }

    private static func colours8(_ s: Style) -> Colours {
        switch s {
        case .plain: return Colours()
        case .dim, .pending, .border: return Colours(dim: true)
        case .title: return Colours(fg: Int16(COLOR_CYAN), bold: true)
        case .label: return Colours()
        case .key: return Colours(fg: Int16(COLOR_YELLOW), bold: true)
        case .pad: return Colours(fg: Int16(COLOR_WHITE), bg: Int16(COLOR_BLACK), dim: true)
        case .padLabel: return Colours(fg: Int16(COLOR_YELLOW))
        case .window: return Colours(fg: Int16(COLOR_BLACK), bg: Int16(COLOR_YELLOW))
        case .tap: return Colours(fg: Int16(COLOR_BLACK), bg: Int16(COLOR_YELLOW), bold: true)
        case .positive: return Colours(fg: Int16(COLOR_GREEN))
        case .negative: return Colours(fg: Int16(COLOR_RED))
        case .current: return Colours(fg: Int16(COLOR_BLACK), bg: Int16(COLOR_CYAN), bold: true)
        case .reader: return Colours(fg: Int16(COLOR_BLACK), bg: Int16(COLOR_MAGENTA))
        case .unread: return Colours(fg: Int16(COLOR_RED), dim: true)
        case .error: return Colours(fg: Int16(COLOR_RED), bold: true)
        case .caption: return Colours(fg: Int16(COLOR_BLACK), bg: Int16(COLOR_CYAN))
        case .status, .overlay: return Colours(reverse: true)
        }
    }

    /// Attributes only: bold, reverse, underline and dim carry the meaning.
    private static func monochrome() -> [Style: Look] {
        var m: [Style: Look] = [:]
        for s in Style.allCases {
            let a: attr_t
            switch s {
            case .title, .key, .error: a = cnc_a_bold()
            case .tap, .current, .status, .caption: a = cnc_a_reverse()
            case .window, .reader: a = cnc_a_underline()
            case .dim, .pending, .pad, .border, .unread: a = cnc_a_dim()
            default: a = cnc_a_normal()
            }
            m[s] = Look(attributes: a, pair: 0)
        }
        return m
    }
}
