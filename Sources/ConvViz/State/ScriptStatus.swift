/// Where a played script is, for the presenter's status line.
public enum ScriptStatus: Equatable, Sendable {
    /// No script: the plain explorer.
    case none
    case playing
    /// Paused by the presenter (Space).
    case paused
    /// Stopped at a `pause` line until the presenter continues.
    case waiting
    case ended

    /// The words on the status line, with the key that moves on.
    var text: String {
        switch self {
        case .none: return ""
        case .playing: return "script playing"
        case .paused: return "script paused · Space resumes"
        case .waiting: return "waiting for you · Space continues"
        case .ended: return "end of script"
        }
    }
}
