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
    /// Turns the help's page by n.
    case helpPage(Int)
    case cycleZoom
    /// The next colour theme (key t), or a given one (`--theme`).
    case cycleTheme
    case setTheme(Theme)
    /// Marks the session as being recorded (`convviz record`), so the status line says so.
    case markRecording
    /// Shows or hides what each colour and glyph means (key L).
    case toggleLegend
    /// Grows or shrinks the number cells, for projection (key Z cycles).
    case cycleCellSize
    /// Asks for the screen as an SVG picture (key P); the event loop writes it.
    case savePicture
    /// Shows a one-off message on the caption row (what the picture key wrote, or why it could not).
    case notify(String)
    case quit
    /// Change a whole-number parameter by a delta (keys k/K, s/S, …).
    case adjust(Parameter, Int)
    case cyclePadding, cycleActivation, toggleBias, reseed
    /// Keras ⇄ PyTorch (key T), and PyTorch's padding_mode (key m).
    case toggleFramework, cyclePaddingMode
    /// A PyTorch pool's ceil_mode (key u) and an average pool's count_include_pad (key i).
    case toggleCeilMode, toggleCountIncludePad
    case set(Setting)
    case scrollChannels(Int)
    /// Scrolls the rows by n screens of what is visible (PgUp, PgDn).
    case pageRows(Int)
    case scrollPositions(Int)
    /// Jump to the step that computes this output (a click on the output panel).
    case selectOutput(position: Int, filter: Int)
    /// Highlight every output reading this input position; nil clears (a click on the input panel).
    case selectInput(Int?)
    /// The animation timer moved the playhead by n steps.
    case advance(Int)
    case caption(String)
    /// Move to another layer of the model (Tab, Shift-Tab, a script's `stage`).
    case stage(StageMove)
    /// Open a model at its first layer (a script's `model`).
    case loadModel(ExplorerModel)
    case title(String)
    case section(String)
    /// Opens the one-line editor on the text (key e).
    case editText
    /// A key typed into the open editor.
    case editor(Key)

    /// Where a `stage` action moves.
    public enum StageMove: Equatable, Sendable {
        case next, previous
        /// A layer by its place in the model, from 0.
        case to(Int)
    }

    /// The action that undoes this one, for pairing keys such as `k` / `K` in hints.
    public var inverse: Action? {
        switch self {
        case .step(let n): return .step(-n)
        case .adjust(let p, let d): return .adjust(p, -d)
        case .speedUp: return .speedDown
        case .speedDown: return .speedUp
        case .scrollChannels(let n): return .scrollChannels(-n)
        case .pageRows(let n): return .pageRows(-n)
        case .scrollPositions(let n): return .scrollPositions(-n)
        case .stage(.next): return .stage(.previous)
        case .stage(.previous): return .stage(.next)
        default: return nil
        }
    }

    /// True for what a script does around the user's actions (its status, its end, its titles),
    /// which leaves a refusal such as "MaxPooling1D has no count_include_pad" on screen.
    var keepsNotice: Bool {
        switch self {
        case .script, .setPlaying, .quit, .title, .section: return true
        default: return false
        }
    }

    /// True for the "−" half of a pair, which hints list second.
    var isDecrease: Bool {
        switch self {
        case .step(let n), .adjust(_, let n), .scrollChannels(let n), .scrollPositions(let n), .pageRows(let n): return n < 0
        case .speedDown, .stage(.previous): return true
        default: return false
        }
    }
    /// What a played script is doing, for the presenter's status line.
    case script(ScriptStatus)
}
