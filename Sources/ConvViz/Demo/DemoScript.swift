/// A command with the line it came from, so the player can name sections and errors by line.
public struct DemoLine: Equatable, Sendable {
    public let command: DemoCommand
    public let line: Int

    public init(_ command: DemoCommand, line: Int) {
        self.command = command
        self.line = line
    }
}

/// A parsed demo script: its commands in order, and where each section starts.
public struct DemoScript: Equatable, Sendable {
    public let lines: [DemoLine]

    public init(lines: [DemoLine]) { self.lines = lines }

    /// The first `title` of the script, or "" (a cast's header needs it before the script runs).
    public var title: String {
        for l in lines { if case .title(let t) = l.command { return t } }
        return ""
    }

    /// Indexes into `lines` of every `section` command, in order.
    public var sectionStarts: [Int] {
        lines.indices.filter { if case .section = lines[$0].command { return true } else { return false } }
    }
}
