/// One line of a demo script, as the player runs it.
///
/// Text arguments (title, section, caption, marker) are already made inert by
/// `Sanitize.line`, so nothing a script says can reach a terminal as a command.
public enum DemoCommand: Equatable, Sendable {
    case title(String)
    /// Starts a section the presenter can jump to; also a marker in a cast.
    case section(String)
    /// Shows the text in the caption bar; an empty text clears it.
    case caption(String)
    case set(Setting)
    /// Animates n steps at the current speed, then stops.
    case play(Int)
    /// Moves n steps at once (negative: back), with no animation time.
    case step(Int)
    case goto(GotoTarget)
    /// Holds for this many seconds.
    case wait(Double)
    /// Presses a key `count` times, exactly as a person would.
    case key(Key, count: Int)
    /// Waits for the presenter; skipped when headless.
    case pause
    case marker(String)
    /// Opens a model (`model imdb`, `model FILE`) at its first layer.
    case model(ExplorerModel)
    /// Moves to another layer of the model (`stage next`, `stage prev`, `stage N` from 1).
    case stage(Action.StageMove)
    /// Shows which outputs read an input position, like a click on the input panel; nil clears.
    case selectInput(Int?)

    /// True for a line that takes no script time (all but `wait`, `play` and `pause`).
    var isInstant: Bool {
        switch self {
        case .wait, .play, .pause: return false
        default: return true
        }
    }

    /// Where `goto` jumps.
    public enum GotoTarget: Equatable, Sendable {
        case first, last
        /// A step number as the status line shows it, counted from 1.
        case step(Int)
    }
}
