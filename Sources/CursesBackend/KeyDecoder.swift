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
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize(width: Int(cnc_cols()), height: Int(cnc_lines()))
        case KEY_MOUSE: return mouse()
        default: return nil
        }
    }

    /// A plain character: control keys are named, others pass through.
    static func character(_ value: UInt32) -> InputEvent? {
        switch value {
        case 3: return .key(.ctrlC)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 127, 8: return .key(.backspace)
        default:
            guard value >= 32, let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.char(Character(scalar)))
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
