/// One row of the key table: the keys, what they do, and how the help describes them.
public struct KeyBinding: Sendable {
    /// The help overlay's sections, in display order.
    public enum Group: String, CaseIterable, Sendable {
        case playback = "Playback"
        case layer = "Layer"
        case view = "View"
    }

    public let keys: [Key]
    public let action: Action
    public let help: String
    public let group: Group
    /// A short label for the status line's hints; nil keeps it out of the status line.
    public let hint: String?

    public init(_ keys: [Key], _ action: Action, _ help: String, _ group: Group, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.group = group
        self.hint = hint
    }
}
