import CNcursesw
import ConvViz

/// Turns what get_wch returns into input events.
enum KeyDecoder {
    /// A function key or other KEY_* code.
    static func special(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        // Shift with a cursor key has codes of its own in terminfo; it does what the plain key does.
        case KEY_SRIGHT: return .key(.right)
        case KEY_SLEFT: return .key(.left)
        case KEY_SR: return .key(.up)
        case KEY_SF: return .key(.down)
        case KEY_SHOME: return .key(.home)
        case KEY_SEND: return .key(.end)
        case KEY_SPREVIOUS: return .key(.pageUp)
        case KEY_SNEXT: return .key(.pageDown)
        case KEY_RESIZE: return .resize(width: Int(cnc_cols()), height: Int(cnc_lines()))
        case KEY_MOUSE: return mouse()
        default: return modified(code)
        }
    }

    /// A plain character: control keys are named, others pass through.
    static func character(_ value: UInt32) -> InputEvent? {
        switch value {
        case 3: return .key(.ctrlC)
        case 21: return .key(.ctrlU)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 127, 8: return .key(.backspace)
        default:
            guard value >= 32, let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    /// A cursor key with Shift, Alt or Ctrl (terminfo's `kLFT5`, `kRIT3`, …) does what the plain key does.
    private static func modified(_ code: Int32) -> InputEvent? {
        guard let name = keyname(code).map({ String(cString: $0) }) else { return nil }
        let plain: [(String, Key)] = [("kLFT", .left), ("kRIT", .right), ("kUP", .up), ("kDN", .down),
                                      ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown)]
        return plain.first { name.hasPrefix($0.0) }.map { .key($0.1) }
    }

    /// What followed an Esc that curses did not decode: a cursor key in either mode, or nothing.
    ///
    /// `[1;5C` (Ctrl+Right) and `[1;3D` (Alt+Left) keep their direction; Alt+letter and unknown
    /// sequences do nothing, so a stray sequence can never be taken for Esc (quit).
    static func sequence(_ bytes: [UInt32]) -> InputEvent? {
        guard bytes.count >= 2, bytes[0] == 0x5B || bytes[0] == 0x4F, let final = bytes.last.flatMap(Unicode.Scalar.init) else { return nil }
        let params = String(String.UnicodeScalarView(bytes.dropFirst().dropLast().compactMap(Unicode.Scalar.init)))
        // Parameters are numbers and ';': the Linux console's F4 (ESC [ [ D) is not a Left with modifiers.
        guard params.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ";") }) else { return nil }
        switch (final, params.split(separator: ";").first.map(String.init) ?? "") {
        case ("A", _): return .key(.up)
        case ("B", _): return .key(.down)
        case ("C", _): return .key(.right)
        case ("D", _): return .key(.left)
        case ("H", _), ("~", "1"), ("~", "7"): return .key(.home)
        case ("F", _), ("~", "4"), ("~", "8"): return .key(.end)
        case ("~", "5"): return .key(.pageUp)
        case ("~", "6"): return .key(.pageDown)
        case ("Z", _): return .key(.backTab)
        default: return nil
        }
    }

    /// An X10 mouse report's three bytes (button, column, row, each plus 32): a left press is a
    /// click and the wheel scrolls; anything else, or a report cut short, does nothing.
    static func x10Mouse(_ bytes: [Int32?]) -> InputEvent? {
        guard bytes.count == 3, let b = bytes[0], let x = bytes[1], let y = bytes[2], b >= 32, x >= 33, y >= 33 else { return nil }
        switch b - 32 {
        case 0: return .click(x: Int(x) - 33, y: Int(y) - 33)
        case 64: return .wheel(-1)
        case 65: return .wheel(1)
        default: return nil
        }
    }

    private static func mouse() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        if state & cnc_button4_pressed() != 0 { return .wheel(-1) }
        if state & cnc_button5_pressed() != 0 { return .wheel(1) }
        if state & (cnc_button1_pressed() | cnc_button1_clicked()) != 0 {
            return .click(x: Int(event.x), y: Int(event.y))
        }
        return nil
    }
}
