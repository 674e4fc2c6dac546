#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Theme {
    /// The theme for the background colour a terminal reports (its answer to OSC 11), or nil when the answer is not a colour.
    ///
    /// The answer is `11;rgb:RRRR/GGGG/BBBB` (xterm, VTE, kitty, iTerm2), each part of one to four hex
    /// digits, or `rgba:` with a fourth part (rxvt). The background is light when its lightness (CIE L*)
    /// is over 50, the middle grey people see, not the middle of the 0–255 scale.
    public static func forBackground(answer: String) -> Theme? {
        guard answer.hasPrefix("11;") else { return nil }
        let value = answer.dropFirst(3)
        guard let colon = value.firstIndex(of: ":"), ["rgb", "rgba"].contains(value[..<colon]) else { return nil }
        let parts = value[value.index(after: colon)...].split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        var channels: [Double] = []
        for part in parts.prefix(3) {
            guard (1...4).contains(part.count), let n = UInt32(part, radix: 16) else { return nil }
            channels.append(Double(n) / Double((1 << (4 * part.count)) - 1))
        }
        return lightness(red: channels[0], green: channels[1], blue: channels[2]) > 50 ? .light : .dark
    }

    /// CIE L* (0 black … 100 white) of an sRGB colour whose channels run from 0 to 1.
    static func lightness(red: Double, green: Double, blue: Double) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let y = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        return y <= 216.0 / 24389 ? y * 24389 / 27 : 116 * cbrt(y) - 16
    }
}
