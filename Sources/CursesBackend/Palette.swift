import CNcursesw
import ConvViz
#if canImport(Glibc)
import Glibc
#endif

/// Maps each style to curses attributes and a colour pair by the theme's looks, for 256, 8 or no colours.
struct Palette {
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    private var looks: [Style: Look] = [:]

    func look(_ style: Style) -> Look { looks[style] ?? Look(attributes: cnc_a_normal(), pair: 0) }

    /// The theme the colours were made for.
    private(set) var theme: Theme = .dark

    /// Chooses colours for this terminal and theme; NO_COLOR or a terminal without colour gets attributes only.
    static func make(theme: Theme) -> Palette {
        var p = Palette()
        p.theme = theme
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
            let spec = theme.look(style, rich: rich)
            var look = Look(attributes: cnc_a_normal(), pair: 0)
            if spec.bold { look.attributes |= cnc_a_bold() }
            if spec.reverse { look.attributes |= cnc_a_reverse() }
            if spec.dim { look.attributes |= cnc_a_dim() }
            if spec.underline { look.attributes |= cnc_a_underline() }
            if spec.fg != nil || spec.bg != nil {
                init_pair(next, Int16(spec.fg ?? -1), Int16(spec.bg ?? -1))
                look.pair = next
                next += 1
            }
            p.looks[style] = look
        }
        return p
    }

    /// Attributes only: bold, reverse, underline and dim carry the meaning.
    private static func monochrome() -> [Style: Look] {
        var m: [Style: Look] = [:]
        for s in Style.allCases {
            let a: attr_t
            switch s {
            // Each pair the legend sets side by side differs: a tap is reverse and bold, a reader underlined and bold.
            case .title, .key, .error: a = cnc_a_bold()
            case .tap: a = cnc_a_reverse() | cnc_a_bold()
            case .current, .status, .caption, .statusKey: a = cnc_a_reverse()
            case .window: a = cnc_a_underline()
            case .reader: a = cnc_a_underline() | cnc_a_bold()
            case .dim, .pending, .pad, .border, .unread: a = cnc_a_dim()
            default: a = cnc_a_normal()
            }
            m[s] = Look(attributes: a, pair: 0)
        }
        return m
    }
}
