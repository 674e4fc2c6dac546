/// How many terminal columns text takes: 2 for East Asian wide characters and emoji, 0 for marks alone.
///
/// Measured by hand rather than with `wcwidth`, whose answer depends on the process locale
/// (it is −1 for every non-ASCII character under `LANG=C`, where tests often run).
public enum DisplayWidth {
    /// The wide ranges of Unicode's East Asian Width property (W and F) that text is likely to hold.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
        0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// True for a printable scalar that takes one column and never joins its neighbours into one
    /// character: printable ASCII and Latin-1, and the punctuation, arrows, operators, box drawing
    /// and blocks the screens are drawn with (no marks, format characters or emoji among them).
    @inlinable public static func isSingleCell(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x20...0x7E).contains(v) || (0xA0...0x2FF).contains(v) || (0x2010...0x2027).contains(v)
            || (0x2030...0x205E).contains(v) || (0x2070...0x20CF).contains(v) || (0x2100...0x2319).contains(v)
            || (0x2500...0x25FC).contains(v)
    }

    /// The columns one scalar takes on its own.
    static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 || isSingleCell(s) { return 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (0x1160...0x11FF).contains(v) { return 0 }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if wideRanges[mid].upperBound < v { lo = mid + 1 } else if wideRanges[mid].lowerBound > v { hi = mid - 1 } else { return 2 }
        }
        return 1
    }

    /// The columns a character (a grapheme cluster) takes: its widest scalar, or 2 when it asks for emoji
    /// presentation or is a flag (two regional indicators, one column each to curses and the terminal).
    public static func of(_ c: Character) -> Int {
        var widest = 0, indicators = 0
        for scalar in c.unicodeScalars {
            if scalar.value == 0xFE0F { return 2 }
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { indicators += 1 }
            widest = max(widest, of(scalar))
        }
        return indicators >= 2 ? 2 : widest
    }

    /// The columns a string takes.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }
}

extension String {
    /// Columns on a terminal, counting wide characters twice.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The text in at most `width` columns, ending with `ellipsis` when it had to be shortened.
    public func fitted(to width: Int, ellipsis: String = "…") -> String {
        guard displayWidth > width else { return self }
        let room = width - ellipsis.displayWidth
        guard room > 0 else { return String(ellipsis.prefix(max(width, 0))) }
        var out = "", used = 0
        for c in self {
            let w = DisplayWidth.of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// Right-aligned in `width` columns (unchanged when wider).
    public func leftPadded(toColumns width: Int) -> String {
        String(repeating: " ", count: max(width - displayWidth, 0)) + self
    }

    /// Left-aligned in `width` columns (unchanged when wider).
    public func rightPadded(toColumns width: Int) -> String {
        self + String(repeating: " ", count: max(width - displayWidth, 0))
    }
}
