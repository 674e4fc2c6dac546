/// Whether a file's bytes are UTF-8 text (a script, a word-vector file), and where they stop being so.
///
/// Decoding them regardless would show a broken caption as `�`, and a UTF-16 file (as Windows
/// Notepad may save one) as ten errors about NUL characters: one line says what is wrong instead.
public enum TextEncoding {
    /// `LINE:COL: why` for bytes that are not UTF-8 text, nil for bytes that are.
    public static func refusal(_ bytes: [UInt8]) -> String? {
        if let wide = wideRefusal(bytes) { return "1:1: \(wide)" }
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            guard length > 0, i + length <= bytes.count,
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else {
                return "\(line):\(column): byte 0x\(String(b, radix: 16, uppercase: true)) is not UTF-8 text; save the file as UTF-8"
            }
            column += 1
            i += length
        }
        return nil
    }

    /// "the file is UTF-16 text; save it as UTF-8" (or UTF-32) for a file in one of those, else nil.
    public static func wideRefusal(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return "the file is UTF-32 text; save it as UTF-8"
        }
        // With a byte order mark, or without one (a NUL in either of the first two bytes: ASCII text in UTF-16).
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || (bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            return "the file is UTF-16 text; save it as UTF-8"
        }
        return nil
    }
}
