/// The explorer's state plus playback timing: turns events and the passage of time into actions.
///
/// Keys from the terminal and `key` lines from a demo script both arrive through
/// `press(_:at:)`, so a script behaves exactly like a person at the keyboard.
public struct Session: Sendable {
    public private(set) var state: AppState
    public let keyMap: KeyMap
    /// When the last animation step was taken; nil while paused.
    private var playAnchor: Double?
    /// The screen last measured, so that what a key changed is measured again at the same size.
    public private(set) var screenSize: (width: Int, height: Int)?
    /// Frames are not drawn faster than this, however fast the playback.
    public static let maxFrameRate = 60.0

    public init(state: AppState = AppState(), keyMap: KeyMap = .standard) {
        self.state = state
        self.keyMap = keyMap
    }

    /// Handles one terminal event at `time` for a screen of `width × height`.
    public mutating func handle(_ event: InputEvent, at time: Double, width: Int, height: Int) {
        measure(width: width, height: height)
        switch event {
        case .key(let key) where ScreenLayout(state: state, width: width, height: height).tooSmall:
            // The too-small screen says "press q": it quits even with the text editor open under it, and
            // no other key changes a layer nobody can see.
            if keyMap.action(for: key) == .quit { apply(.quit, at: time) }
        case .key(let key): press(key, at: time)
        case .click(let x, let y):
            if state.showHelp { apply(.toggleHelp, at: time); return }
            let layout = ScreenLayout(state: state, width: width, height: height)
            if let action = layout.action(forClickAt: x, y, state: state) { apply(action, at: time) }
        case .wheel(let n): apply(.scrollChannels(n), at: time)
        case .paste(let text):
            // A pasted line break would be Enter, and what follows it keys ('q' quits): a paste is only ever text.
            guard state.editor != nil else { apply(.notify("pasted text goes into the text editor: press e first"), at: time); return }
            for key in Self.pastedKeys(text) { apply(.editor(key), at: time) }
        case .resize: break
        case .hangup: apply(.quit, at: time)
        }
        // A key that changed the layer (fewer channels, another layer of a model) may leave the rows
        // scrolled past what now fits; the frame drawn next must not show blank rows. Unscrolled
        // rows cannot be, so typing into the editor or a paste costs no second layout.
        if state.channelScroll > 0 { measure(width: width, height: height) }
    }

    /// The keys a paste types: its characters, with each run of line breaks, tabs and page breaks as one
    /// space (curses reads a CR as a line break, so CR LF is two) and other controls dropped.
    public static func pastedKeys(_ text: String) -> [Key] {
        var keys: [Key] = []
        for ch in text {
            if ch.unicodeScalars.allSatisfy({ [0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains($0.value) }) {
                if keys.last != .char(" ") { keys.append(.char(" ")) }
                continue
            }
            if ch.isTerminalSafe { keys.append(.char(ch)) }
        }
        return keys
    }

    /// Notes what a screen of `width × height` shows, for the keys that page and pan by it.
    public mutating func measure(width: Int, height: Int) {
        screenSize = (width, height)
        let layout = ScreenLayout(state: state, width: width, height: height)
        state.visibleRows = max(layout.channelRows, 1)
        // A screen that grew keeps its rows filled: a scroll past what now fits comes back.
        if !layout.tooSmall { state.channelScroll = min(state.channelScroll, state.lastChannelScroll) }
        state.inputShown = layout.tooSmall ? nil : layout.inputView
    }

    /// Measures again at the last screen size, after something other than an event changed the state.
    public mutating func remeasure() {
        if let s = screenSize { measure(width: s.width, height: s.height) }
    }

    /// Presses a key: the text editor, the help overlay or the key map decides what it does.
    ///
    /// The open editor takes every key. The help takes its page keys, ? and Esc close it, and any other
    /// key closes it as it acts.
    public mutating func press(_ key: Key, at time: Double) {
        if state.editor != nil {
            apply(.editor(key), at: time)
            return
        }
        if state.showHelp && (key == .escape || key == .char("?")) {
            apply(.toggleHelp, at: time)
            return
        }
        if state.showHelp, let turn = [Key.right: 1, .pageDown: 1, .down: 1, .char(" "): 1, .left: -1, .pageUp: -1, .up: -1][key] {
            apply(.helpPage(turn), at: time)
            return
        }
        // Any other key closes the help first, so what it does is seen, never done behind the overlay.
        if state.showHelp, let action = keyMap.action(for: key), action != .quit { apply(.toggleHelp, at: time) }
        if state.showLegend && (key == .escape || key == .char("L")) {
            apply(.toggleLegend, at: time)
            return
        }
        if let action = keyMap.action(for: key) { apply(action, at: time) }
    }

    /// Applies an action and keeps the playback clock in step with play and pause.
    public mutating func apply(_ action: Action, at time: Double) {
        let wasPlaying = state.playing
        state.apply(action)
        if state.playing && (!wasPlaying || action == .speedUp || action == .speedDown) { playAnchor = time }
        if !state.playing { playAnchor = nil }
    }

    /// Takes every animation step due by `time`; returns true when the state changed.
    @discardableResult
    public mutating func tick(at time: Double) -> Bool {
        guard state.playing, let anchor = playAnchor else { return false }
        // The epsilon makes a wake-up exactly at a deadline take its step despite rounding, so a
        // manual clock set to the deadline never spins.
        let due = Int(((time - anchor) * state.speed + 1e-6).rounded(.down))
        guard due > 0 else { return false }
        state.apply(.advance(due))
        playAnchor = state.playing ? anchor + Double(due) / state.speed : nil
        return true
    }

    /// When the next animation step is due, or nil while paused (the loop may then sleep until input).
    public func nextDeadline(after time: Double) -> Double? {
        guard state.playing, let anchor = playAnchor else { return nil }
        let stepDue = anchor + 1 / state.speed
        // Above the frame rate several steps are taken per frame instead of one frame per step.
        return state.speed > Session.maxFrameRate ? max(stepDue, time + 1 / Session.maxFrameRate) : stepDue
    }
}
