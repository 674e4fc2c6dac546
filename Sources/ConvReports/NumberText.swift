import Foundation

/// Numbers written the way Keras's summary writes them.
public enum NumberText {
    /// `1315937` → `1,315,937`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// Keras's `readable_memory_size`: divide by 1024 while the value is at least 1024, two decimals.
    public static func memory(bytes: Int) -> String {
        var value = Double(bytes)
        for unit in ["B", "KB", "MB", "GB", "TB"] {
            if value / 1024 < 1 { return String(format: "%.2f", value) + " " + unit }
            value /= 1024
        }
        return String(format: "%.2f", value) + " PB"
    }
}
