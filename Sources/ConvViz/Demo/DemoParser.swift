/// Reads a `.convdemo` script: one command per line, `#` comments, quoted texts.
///
/// Every line is checked before anything runs, and each mistake is reported as
/// `FILE:LINE:COL: message`, with the nearest command, parameter or key name
/// suggested for a misspelt one. The format is documented in docs/demo-format.md.
public struct DemoParser {
    /// The longest single `wait`.
    public static let maxWait = 3600.0
    /// The most steps one `play` may animate.
    public static let maxPlaySteps = 1_000_000
    /// The longest a script may last, in seconds at speed 1: all its waits together, and (checked
    /// while it runs headless, since a `play` lasts as long as the layer has steps) everything.
    public static let maxDuration = 3600.0
    /// The most errors printed for one script; the rest are counted in one line.
    public static let maxErrorsShown = 10
    /// The most presses one `key` line may repeat.
    public static let maxRepeat = 10_000
    /// Most repeats of a key that changes the layer on one line, and most presses of such keys in a script
    /// (an hour of recording at three a second).
    public static let maxLayerRepeat = 100, maxLayerPresses = 10_000

    /// True for a key that rebuilds the layer (the key map's layer keys), whose presses are counted.
    static func changesTheLayer(_ key: Key) -> Bool { KeyMap.standard.changesTheLayer(key) }

    /// Most lines a script may have: each parsed line costs memory, and a lesson has a few hundred.
    public static let maxLines = 2_000_000

    public static let commands = ["title", "section", "caption", "set", "play", "step", "back", "goto", "wait", "key", "pause", "marker", "select",
                                  "model", "stage", "text", "embedding"]
    /// Every name a `set` line takes.
    public static var settings: [String] { SettingName.all }

    public let file: String
    /// Resolves a `model` line's argument; the command line adds model files to the built-in names.
    public var loadModel: (String) -> Result<ExplorerModel, ModelLoadError>
    /// Resolves an `embedding` line's argument; the command line adds word-vector files to the built-in names.
    public var loadEmbedding: (String) -> Result<WordEmbedding, WordsError>

    public init(file: String, loadModel: @escaping (String) -> Result<ExplorerModel, ModelLoadError> = DemoParser.builtinModel,
                loadEmbedding: @escaping (String) -> Result<WordEmbedding, WordsError> = DemoParser.builtinEmbedding) {
        self.file = file
        self.loadModel = loadModel
        self.loadEmbedding = loadEmbedding
    }

    /// `tiny` or `random:D`, or why the name is neither.
    public static func builtinEmbedding(_ name: String) -> Result<WordEmbedding, WordsError> {
        WordEmbedding.named(name) ?? .failure(WordsError("unknown embedding '\(Sanitize.line(name))': use tiny, random:D or a word-vector file"))
    }

    /// A built-in model by name, or why the name is none.
    public static func builtinModel(_ name: String) -> Result<ExplorerModel, ModelLoadError> {
        if let m = ExplorerModel.builtin(name) { return .success(m) }
        return .failure(ModelLoadError("unknown model '\(Sanitize.line(name))': use \(ExplorerModel.builtinNames.joined(separator: ", ")) or a model file" + Suggest.hint(name, in: ExplorerModel.builtinNames)))
    }

    /// Parses a whole script, or throws every error found.
    public func parse(_ text: String) throws(DemoParseErrors) -> DemoScript {
        // Lines end as `textLines` ends them: "\n", "\r\n" or a lone "\r"; a last line without its end is a line too.
        var newlines = 0, previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A && previous != 0x0D || byte == 0x0D { newlines += 1 }
            previous = byte
        }
        let lineCount = newlines + (text.utf8.last.map { $0 == 0x0A || $0 == 0x0D } ?? true ? 0 : 1)
        guard lineCount <= Self.maxLines else {
            throw DemoParseErrors(errors: [DemoParseError(file: file, line: Self.maxLines + 1, column: 1,
                                                          message: "more than \(Self.maxLines) lines; a script may have at most \(Self.maxLines)")])
        }
        var lines: [DemoLine] = []
        var errors: [DemoParseError] = []
        // The layer's sizes are followed so that a script cannot ask for gigabytes (LayerLimits).
        var waited = 0.0
        var spec = AppState.defaultSpec
        var embeddingWidth = TinyEmbedding.dimensions.count
        var sawText = false
        var layerPresses = 0
        // The layers of the model a `model` line opened, so that `stage N` past its last is found here.
        var modelLayers: Int?
        for (i, raw) in text.textLines.enumerated() {
            do throws(DemoTokenizer.Failure) {
                // An editor's byte-order mark starts some files: it is not part of the first word.
                let tokens = try DemoTokenizer.tokens(i == 0 && raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : String(raw))
                guard !tokens.isEmpty else { continue }
                let command = try DemoLineParser(tokens: tokens, loadModel: loadModel, loadEmbedding: loadEmbedding).command()
                if case .set(.embedding(let e)) = command {
                    // A wider embedding under a text already set widens the input too.
                    if sawText, let refusal = TextInput.refusal(words: spec.length, width: e.width) {
                        throw DemoTokenizer.Failure(column: tokens[1].column, message: refusal)
                    }
                    embeddingWidth = e.width
                }
                if case .set(.text(let s)) = command {
                    sawText = true
                    var next = spec
                    next.length = s.words.count
                    next.channels = embeddingWidth
                    if let refusal = LayerLimits.refusal(next) { throw DemoTokenizer.Failure(column: tokens[1].column, message: refusal) }
                    spec = next
                }
                if case .set(.parameter(let p, let v)) = command {
                    var next = spec
                    p.set(v, in: &next)
                    if let refusal = LayerLimits.refusal(next) {
                        throw DemoTokenizer.Failure(column: tokens[2].column, message: refusal)
                    }
                    spec = next
                }
                if case .key(let key, let n) = command, Self.changesTheLayer(key) {
                    layerPresses += n
                    guard layerPresses <= Self.maxLayerPresses else {
                        throw DemoTokenizer.Failure(column: 1, message: "more than \(Self.maxLayerPresses) presses of keys that change the layer; use 'set' lines for big changes")
                    }
                }
                if case .model(let m) = command { modelLayers = m.stack.entries.count }
                if case .stage(.to(let index)) = command, let count = modelLayers, index >= count {
                    throw DemoTokenizer.Failure(column: tokens[1].column, message: "the model has \(count) layers: stage takes next, prev or 1 to \(count)")
                }
                if case .wait(let d) = command {
                    waited += d
                    guard waited <= Self.maxDuration + 1e-9 else {
                        throw DemoTokenizer.Failure(column: tokens[1].column, message: "the waits add up to more than \(Int(Self.maxDuration)) s; a script lasts at most an hour")
                    }
                }
                lines.append(DemoLine(command, line: i + 1))
            } catch {
                errors.append(DemoParseError(file: file, line: i + 1, column: error.column, message: error.message))
            }
        }
        guard errors.isEmpty else { throw DemoParseErrors(errors: errors) }
        return DemoScript(lines: lines)
    }
}
