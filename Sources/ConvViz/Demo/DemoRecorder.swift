/// Writes what a person does in the explorer as a demo script that replays to the same state.
///
/// It watches the event loop (`EventLoop.observer`) and keeps a shadow session that
/// replays every line it writes, exactly as `convviz play` will. Waits are rounded to
/// 0.1 s (and capped while nothing plays), so the shadow can drift from the live
/// session while the animation runs; before and after each event the recorder
/// compares the two and writes a correction (`goto`, `select`, …) when they differ.
public final class DemoRecorder {
    /// The longest wait written while nothing is playing: idle time is compressed.
    public static let maxIdleWait = 3.0
    /// Presses of one key closer together than this (while paused) become one `key NAME xN` line.
    public static let repeatGap = 0.4

    public private(set) var lines: [String] = ["# Recorded with convviz record; replay with convviz play FILE."]
    private var shadow = Session()
    private var shadowTime = 0.0
    private var last: Session
    private var lastTime: Double
    /// Index in `lines` of the last line, when it is a `key` line that a repeat may extend.
    private var lastKey: (index: Int, key: Key, count: Int)?
    public private(set) var finished = false

    /// Starts a recording of `session` as it is at `time`.
    public init(initial session: Session, at time: Double) {
        last = session
        lastTime = time
        for command in Self.setup(session.state) { emit(command) }
    }

    /// The `set` lines that rebuild a state's layer, values and playback settings from the default state.
    static func setup(_ s: AppState) -> [DemoCommand] {
        // Channels before length, so that no intermediate layer holds more values than the final one.
        if let m = s.model {
            // A model's layers come from its description; the recording starts from it, then the keys change it.
            var out: [DemoCommand] = [.set(.seed(s.seed))]
            if case .preset(let p) = s.inputSource { out.append(.set(.input(.preset(p)))) }
            if case .preset(let p) = s.kernelSource { out.append(.set(.kernel(.preset(p)))) }
            if case .words(let t) = s.inputSource { out.append(.set(.embedding(t.embedding))) }
            out.append(.model(m))
            if s.framework == .pytorch { out.append(.set(.framework(.pytorch))) }
            if case .words(let t) = s.inputSource { out.append(.set(.text(t.sentence))) }
            out += [.set(.order(s.order)), .set(.speed(s.speed))]
            if s.stageIndex > 0 { out.append(.stage(.to(s.stageIndex))) }
            return out
        }
        var out: [DemoCommand] = [.parameter(.channels, s.spec.channels), .parameter(.length, s.spec.length)].map { .set($0) }
        for p in [Parameter.filters, .kernelSize, .strides, .dilationRate, .groups] { out.append(.set(.parameter(p, p.value(in: s.spec)))) }
        out += [.set(.padding(s.spec.padding)), .set(.activation(s.spec.activation)), .set(.useBias(s.spec.useBias)), .set(.seed(s.seed))]
        if case .preset(let p) = s.inputSource { out.append(.set(.input(.preset(p)))) }
        if case .preset(let p) = s.kernelSource { out.append(.set(.kernel(.preset(p)))) }
        if case .words(let t) = s.inputSource { out += [.set(.embedding(t.embedding)), .set(.text(t.sentence))] }
        if s.framework == .pytorch {
            out.append(.set(.framework(.pytorch)))
            switch s.torchPadding {
            case .explicit(let n): out.append(.set(.torchPadding(n)))
            case .same: out.append(.set(.padding(.same)))
            case .valid: out.append(.set(.padding(.valid)))
            }
            out.append(.set(.paddingMode(s.paddingMode)))
        }
        out += [.set(.order(s.order)), .set(.speed(s.speed))]
        return out
    }

    /// Records one event that the loop has just handled; `session` is the state after it.
    public func observe(_ event: InputEvent, at time: Double, session: Session) {
        guard !finished else { return }
        catchUp(to: time)
        if session.state.shouldQuit { finished = true; return }
        // The shadow pages and clamps its scrolling by the screen the person saw, as the player will.
        if let size = session.screenSize { shadow.measure(width: size.width, height: size.height) }
        // A paste into the editor is written as the keys it typed, which replay the same text.
        var keys: [Key] = []
        // On a screen too small to draw the session took no key but quit: none is written, or the replay would differ.
        let ignored = (session.screenSize ?? last.screenSize).map { ScreenLayout(state: last.state, width: $0.width, height: $0.height).tooSmall } ?? false
        if case .key(let key) = event, !ignored { keys = [key] }
        if case .paste(let text) = event, last.state.editor != nil { keys = Session.pastedKeys(text) }
        for key in keys {
            // Repeats merge into one line up to what a script line may hold (fewer for a key that rebuilds the layer).
            let most = DemoParser.changesTheLayer(key) ? DemoParser.maxLayerRepeat : DemoParser.maxRepeat
            if let k = lastKey, k.key == key, k.index == lines.count - 1, k.count < most {
                lastKey = (k.index, key, k.count + 1)
                lines[k.index] = DemoFormatter.line(.key(key, count: k.count + 1))
                shadow.press(key, at: shadowTime)
            } else {
                emit(.key(key, count: 1))
                lastKey = (lines.count - 1, key, 1)
            }
        }
        sync(to: session.state)
        last = session
        lastTime = time
    }

    /// The script so far, as `finish` would return it at the last event (kept current for a save on a signal).
    public var script: String { lines.joined(separator: "\n") + "\n" }

    /// Ends the recording at `time` (when the user quit) and returns the script.
    public func finish(at time: Double) -> String {
        if !finished { catchUp(to: time) }
        finished = true
        return script
    }

    /// Writes the wait since the last event and brings the shadow to the live state just before this event.
    private func catchUp(to time: Double) {
        var pre = last
        pre.tick(at: time)
        let gap = max(time - lastTime, 0)
        let playing = pre.state.playing || shadow.state.playing
        // While playing, time matters: round down, so the shadow is never ahead of the live session.
        var tenths = playing ? Int((gap * 10 + 1e-6).rounded(.down)) : min(Int((gap * 10).rounded()), Int(Self.maxIdleWait * 10))
        if !playing && gap < Self.repeatGap && lastKey?.index == lines.count - 1 { tenths = 0 }
        if tenths > 0 { wait(tenths) }
        // The live animation reached the end and stopped; let the shadow's run to the end too.
        var extra = 0
        while !pre.state.playing && shadow.state.playing && extra < 1_000_000 {
            extra += 1
            wait(1)
        }
        if pre.state.playing && !shadow.state.playing { emit(.key(.space, count: 1)) }
        sync(to: pre.state)
    }

    /// Waits `tenths` tenths of a second; back-to-back waits become one line.
    private func wait(_ tenths: Int) {
        if let i = lines.indices.last, let before = pendingWait {
            pendingWait = before + tenths
            lines[i] = DemoFormatter.line(.wait(Double(before + tenths) / 10))
        } else {
            emit(.wait(Double(tenths) / 10))
            pendingWait = tenths
        }
        shadowTime += Double(tenths) / 10
        shadow.tick(at: shadowTime)
    }

    /// Tenths of a second of the `wait` line at the end of `lines`, if the last line is one.
    private var pendingWait: Int?

    /// Writes the lines that make the shadow's view match `live` where keys alone did not.
    private func sync(to live: AppState) {
        let s = shadow.state
        if s.showHelp != live.showHelp { emit(.key(.char("?"), count: 1)) }
        if s.selectedInput != live.selectedInput { emit(.selectInput(live.selectedInput)) }
        let scroll = live.channelScroll - shadow.state.channelScroll
        if scroll != 0 { emit(.key(scroll > 0 ? .down : .up, count: abs(scroll))) }
        if shadow.state.cursor != live.cursor, live.stageTrace?.isEmpty == false {
            emit(.goto(.step(live.stepIndex + 1)))
        }
    }

    /// Appends a line and runs it on the shadow, exactly as the player will.
    private func emit(_ command: DemoCommand) {
        lines.append(DemoFormatter.line(command))
        lastKey = nil
        pendingWait = nil
        switch command {
        case .set(let s): shadow.apply(.set(s), at: shadowTime)
        case .key(let k, let n): for _ in 0..<n { shadow.press(k, at: shadowTime) }
        case .goto(.step(let n)): shadow.apply(.goto(n - 1), at: shadowTime)
        case .selectInput(let p): shadow.apply(.selectInput(p), at: shadowTime)
        case .model(let m): shadow.apply(.loadModel(m), at: shadowTime)
        case .stage(let move): shadow.apply(.stage(move), at: shadowTime)
        default: break
        }
    }
}
