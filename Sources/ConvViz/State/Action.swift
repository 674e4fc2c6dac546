/// Everything that can change the explorer's state; keys, clicks, timers and scripts all become actions.
public enum Action: Equatable, Sendable {
    case togglePlay
    case setPlaying(Bool)
    /// Move by n steps (negative: back), stopping at the ends.
    case step(Int)
    case first, last
    case goto(Int)
    case speedUp, speedDown
    case toggleOrder
    case toggleHelp
    case cycleZoom
    case quit
    /// Change a whole-number parameter by a delta (keys k/K, s/S, …).
    case adjust(Parameter, Int)
    case cyclePadding, cycleActivation, toggleBias, reseed
    case set(Setting)
    case scrollChannels(Int)
    case scrollPositions(Int)
    /// Jump to the step that computes this output (a click on the output panel).
    case selectOutput(position: Int, filter: Int)
    /// Highlight every output reading this input position; nil clears (a click on the input panel).
    case selectInput(Int?)
    /// The animation timer moved the playhead by n steps.
    case advance(Int)
    case caption(String)
    case title(String)
    case section(String)
    /// What a played script is doing, for the presenter (e.g. "paused · Space resumes"); "" hides it.
    case scriptNote(String)
}
