import CNcursesw
import ConvViz

extension CursesTerminal {
    /// Reads the terminal's answer to the background question (OSC 11) and the status report that
    /// follows it, for at most `seconds`; anything else that comes meanwhile (keys typed or pasted,
    /// Esc, Alt+key) is kept, in order, for the event loop.
    ///
    /// A terminal that does not know OSC 11 answers only the status report, so the wait ends at once.
    func readBackground(within seconds: Double) -> Theme? {
        let deadline = Self.now() + seconds
        var kept: [Int32] = [], theme: Theme?
        func left(atMost cap: Double = .infinity) -> Int32 { Int32(max(min(deadline - Self.now(), cap) * 1000, 1).rounded(.up)) }
        // An Esc typed just before the answer: its next ESC starts the answer, read as such.
        var carried: Int32?
        reading: while Self.now() < deadline {
            let c = carried ?? nextInput(milliseconds: left())
            carried = nil
            if c == ERR { break }
            guard c == 27 else { kept.append(c); continue }
            let kind = nextInput(milliseconds: left(atMost: 0.05))
            switch kind {
            case 0x5D:
                // The answer: read to its end (BEL or ESC \) however it is split, and never kept as keys.
                var answer: [UInt8] = []
                while Self.now() < deadline {
                    let d = nextInput(milliseconds: left())
                    if d == ERR || d == 7 { break }
                    if d == 27 { _ = nextInput(milliseconds: left(atMost: 0.05)); break }
                    if d <= 255 && answer.count < 256 { answer.append(UInt8(d)) }
                }
                theme = Theme.forBackground(answer: String(decoding: answer, as: UTF8.self)) ?? theme
            case 0x5B:
                var csi: [Int32] = [kind]
                while csi.count < 64 {
                    let d = nextInput(milliseconds: left(atMost: 0.05))
                    if d == ERR { break }
                    csi.append(d)
                    if d > 255 || (0x40...0x7E).contains(d) { break }
                }
                if csi == [0x5B, 0x30, 0x6E] { link.answered(now: Self.now()); break reading }
                kept += [27] + csi
            default:
                // A lone Esc, or Alt and a key: kept as typed.
                kept.append(27)
                if kind == 27 { carried = kind } else if kind != ERR { kept.append(kind) }
            }
        }
        readAhead = kept + readAhead
        return theme
    }
}
