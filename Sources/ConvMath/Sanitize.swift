/// Makes untrusted text (captions, titles, file names) inert before it reaches a terminal.
public enum Sanitize {
    /// One line with every control character, escape sequence and line break removed.
    ///
    /// ESC starts a sequence (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`, or a two-byte
    /// escape), so the whole sequence is dropped, not just the ESC; other controls
    /// (C0, DEL, C1) and bidirectional overrides become nothing, and tabs and Unicode line
    /// or paragraph separators become a space.
    public static func line(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var it = text.unicodeScalars.makeIterator()
        while let s = it.next() {
            switch s.value {
            case 0x1B:
                skipEscape(&it)
            case 0x9B:
                skipCSI(&it)
            case 0x09, 0x2028, 0x2029:
                out.append(" ")
            case 0x00..<0x20, 0x7F, 0x80...0x9F:
                continue
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                // Bidirectional controls would reorder the rest of the line, or of the terminal row.
                continue
            default:
                out.append(s)
            }
        }
        return String(out)
    }

    /// Text an error names, with every character `line` would remove written as `\u{1B}`: the message
    /// then shows what the file holds ('2\u{0}' is not a number), not a clean value that looks valid.
    public static func visible(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s.value {
            case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{\(String(s.value, radix: 16, uppercase: true))}"
            default:
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// An error message as one inert line of at most `limit` characters: past that, its middle is
    /// replaced by "…", so a value of megabytes echoed back still leaves the start and the end readable.
    public static func errorLine(_ text: String, limit: Int = 400) -> String {
        clipped(line(text), limit: limit)
    }

    /// `text` in at most `limit` characters, its middle replaced by "…" when longer.
    public static func clipped(_ text: String, limit: Int = 400) -> String {
        guard text.count > limit else { return text }
        let tail = limit / 4
        return String(text.prefix(limit - tail - 1)) + "…" + String(text.suffix(tail))
    }

    private static func skipEscape(_ it: inout String.UnicodeScalarView.Iterator) {
        guard let next = it.next() else { return }
        switch next {
        case "[": skipCSI(&it)
        case "]", "P", "X", "^", "_":
            // OSC, DCS and friends end at BEL or ESC \.
            while let s = it.next() {
                if s.value == 0x07 { return }
                if s.value == 0x1B { _ = it.next(); return }
            }
        default: return
        }
    }

    private static func skipCSI(_ it: inout String.UnicodeScalarView.Iterator) {
        while let s = it.next() {
            if (0x40...0x7E).contains(s.value) { return }
        }
    }
}

extension String {
    /// The lines of a file written on any system: "\r\n" (Windows), "\n" and a lone "\r" all end a line.
    ///
    /// Swift reads "\r\n" as one character, so splitting at "\n" alone would keep a Windows file in one line.
    public var textLines: [Substring] {
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}
