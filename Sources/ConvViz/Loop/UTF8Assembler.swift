/// Assembles the bytes a terminal sends into characters, dropping whatever is not UTF-8.
///
/// A stray byte (a Latin-1 `é`, half a character cut by a slow link) must not swallow the keys
/// after it: a byte that cannot continue the character being read abandons that character and
/// is read afresh, so at most the broken character is lost.
public struct UTF8Assembler: Sendable {
    private var value: UInt32 = 0
    private var needed = 0
    /// The smallest value the started character may have: a longer form of a smaller one ("overlong",
    /// such as E0 80 9B for ESC) is not UTF-8 and must not pass for Esc, Enter or Ctrl-C.
    private var least: UInt32 = 0

    public init() {}

    /// True while a character has started and not yet ended.
    public var isPending: Bool { needed > 0 }

    /// Forgets a character that was started (its end never came).
    public mutating func reset() { needed = 0; value = 0 }

    /// Reads one byte; returns a character when this byte completes one.
    public mutating func feed(_ byte: UInt8) -> Unicode.Scalar? {
        if needed > 0 {
            if byte & 0xC0 == 0x80 {
                value = value << 6 | UInt32(byte & 0x3F)
                needed -= 1
                if needed == 0 {
                    defer { value = 0 }
                    return value >= least && value <= 0x10FFFF ? Unicode.Scalar(value) : nil
                }
                return nil
            }
            reset()
        }
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xC2...0xDF: value = UInt32(byte & 0x1F); needed = 1; least = 0x80
        case 0xE0...0xEF: value = UInt32(byte & 0x0F); needed = 2; least = 0x800
        case 0xF0...0xF4: value = UInt32(byte & 0x07); needed = 3; least = 0x10000
        default: break
        }
        return nil
    }
}
