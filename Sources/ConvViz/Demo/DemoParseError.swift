/// A mistake in a demo script, reported as `FILE:LINE:COL: message` like a compiler.
public struct DemoParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line number.
    public let line: Int
    /// 1-based column of the offending token.
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(Sanitize.line(file)):\(line):\(column): \(message)" }
}

/// Every mistake found in one script; the script does not run if there is any.
public struct DemoParseErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [DemoParseError]

    /// One error per line, in file order.
    public var description: String { lines().joined(separator: "\n") }

    /// The first `limit` errors, one per line, then `FILE: … and N more errors` if there are more.
    public func lines(limit: Int = DemoParser.maxErrorsShown) -> [String] {
        var out = errors.prefix(limit).map(\.description)
        if errors.count > limit, let first = errors.first {
            let n = errors.count - limit
            out.append("\(Sanitize.line(first.file)): … and \(n) more error\(n == 1 ? "" : "s")")
        }
        return out
    }
}

/// Suggests the nearest known word for a misspelt one.
public enum Suggest {
    /// The candidate within two edits of `word` (ignoring case), or nil.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if d <= max(1, min(2, w.count / 2)), d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// " (did you mean 'x'?)" or "".
    public static func hint(_ word: String, in candidates: [String]) -> String {
        nearest(word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
