import CNcursesw
import ConvViz

extension CursesTerminal {
    /// After an Esc: a lone Esc (nothing follows within the escape delay, already waited) is the Esc key.
    ///
    /// Anything that follows at once is part of a sequence curses did not know (Alt+x, a
    /// function key of another terminal, a terminal's reply): it is read whole, however long, and
    /// mapped or ignored, so none of its bytes is taken for a key and it never quits.
    func escape() -> InputEvent? {
        var bytes: [UInt32] = []
        func next(_ milliseconds: Int32 = 0) -> Int32? {
            let c = nextInput(milliseconds: milliseconds)
            return c == ERR ? nil : c
        }
        guard let first = next() else { return .key(.escape) }
        if first > 255 { return KeyDecoder.special(first) }
        if first == 27 {
            // Two Escs: the first was the Esc key, and the second starts what follows (often the
            // terminal's status reply), which must be read as its own sequence.
            readAhead.insert(27, at: 0)
            return .key(.escape)
        }
        bytes.append(UInt32(first))
        switch first {
        case 0x5D, 0x50, 0x5F, 0x5E, 0x58:
            // OSC, DCS, APC, PM, SOS (a colour or title reply): a string up to BEL or ESC \. A reply
            // may come in pieces over a slow link: the rest is waited for, never taken for keys.
            while let c = next(Self.stringPause), c != 7 {
                // curses decoded a key from an ESC that cut the string short: the key is what was meant.
                if c > 255 { return KeyDecoder.special(c) }
                guard c == 27 else { continue }
                // ESC \ ends the string; an ESC followed by anything else starts a new sequence, read on its own.
                if let after = next(Self.stringPause), after != 0x5C { readAhead.insert(contentsOf: [27, after], at: 0) }
                break
            }
            return nil
        case 0x5B, 0x4F:
            // A CSI or SS3 sequence ends at its final byte, however many parameters come before it.
            while let c = next() {
                if c > 255 { return KeyDecoder.special(c) }
                // An ESC cannot be part of a CSI: the sequence was cut, and the ESC starts the next one.
                if c == 27 { readAhead.insert(27, at: 0); return nil }
                // Read to the end, kept only as far as a key's sequence goes: a flood costs no memory.
                if bytes.count < 64 { bytes.append(UInt32(c)) }
                // The Linux console's F1–F5 are ESC [ [ A … E: the second '[' is not the end.
                if bytes == [0x5B, 0x5B] { continue }
                if (0x40...0x7E).contains(c) { break }
            }
            // An X10 mouse report (ESC [ M and three bytes) from a terminal that ignores the SGR mode.
            if bytes == [0x5B, 0x4D] { return KeyDecoder.x10Mouse([next(), next(), next()]) }
            if bytes == Self.pasteStart { return readPaste() }
        default:
            // Alt+key is one character.
            break
        }
        if bytes == [0x5B, 0x30, 0x6E] {
            link.answered(now: Self.now())
            return nil
        }
        return bytes.isEmpty ? .key(.escape) : KeyDecoder.sequence(bytes)
    }

    /// ESC [ 200 ~ and ESC [ 201 ~ without their ESC: a bracketed paste's start and end.
    static let pasteStart: [UInt32] = Array("[200~".unicodeScalars.map(\.value))
    static let pasteEnd: [Int32] = Array("[201~".utf8.map(Int32.init))
    /// The most pasted bytes kept; the rest of a bigger paste is read and dropped.
    static let pasteLimit = 64 << 10
    /// The longest pause inside a paste before it is taken as ended without its end mark, in milliseconds:
    /// a big paste over a slow link arrives in pieces, and what follows a pause must not run as keys.
    static let pastePause: Int32 = 1500

    /// The text of a bracketed paste, read to ESC [ 201 ~ (or until the terminal goes quiet).
    ///
    /// Escape sequences inside it (a pasted colour code, keys curses decoded from one, a DEL that curses
    /// reads as Backspace) are dropped: nothing between the marks acts as a key.
    func readPaste() -> InputEvent {
        var bytes: [UInt8] = []
        reading: while true {
            let c = nextInput(milliseconds: Self.pastePause)
            if c == ERR { break }
            if c > 255 { continue }
            guard c == 27 else {
                if bytes.count < Self.pasteLimit { bytes.append(UInt8(c)) }
                continue
            }
            // ESC: the end mark, the terminal's status answer, or a pasted sequence, each read whole.
            let d = nextInput(milliseconds: Self.pastePause)
            if d == ERR { break }
            // Another ESC starts the next sequence; any other byte after a lone ESC is text.
            if d == 27 { readAhead.insert(27, at: 0); continue }
            guard d == 0x5B else {
                if d <= 255, bytes.count < Self.pasteLimit { bytes.append(UInt8(d)) }
                continue
            }
            var sequence: [Int32] = [d]
            while sequence.count < 64 {
                let e = nextInput(milliseconds: Self.pastePause)
                if e == ERR { break reading }
                if e == 27 { readAhead.insert(27, at: 0); continue reading }
                sequence.append(e)
                if (0x40...0x7E).contains(e) { break }
            }
            if sequence == Self.pasteEnd { break }
            if sequence == Array("[0n".utf8.map(Int32.init)) { link.answered(now: Self.now()) }
        }
        return .paste(String(decoding: bytes, as: UTF8.self))
    }
}
