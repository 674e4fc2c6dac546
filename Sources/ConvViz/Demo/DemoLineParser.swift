/// Turns the tokens of one line into a command, or a failure naming the column at fault.
struct DemoLineParser {
    typealias Failure = DemoTokenizer.Failure
    let tokens: [DemoTokenizer.Token]
    /// Resolves `model NAME|FILE` to a model, or says why it cannot.
    var loadModel: (String) -> Result<ExplorerModel, ModelLoadError> = DemoParser.builtinModel
    /// Resolves `embedding NAME|FILE` to a table, or says why it cannot.
    var loadEmbedding: (String) -> Result<WordEmbedding, WordsError> = DemoParser.builtinEmbedding

    func command() throws(Failure) -> DemoCommand {
        let name = tokens[0]
        switch name.text {
        case "title": return .title(try text())
        case "section": return .section(try text())
        case "caption": return .caption(try text())
        case "marker": return .marker(try text())
        case "set": return .set(try setting())
        case "play": try count(1); return .play(try number(at: 1, in: 1...DemoParser.maxPlaySteps))
        case "step": try count(0...1); return .step(tokens.count > 1 ? try number(at: 1, in: 1...100_000_000) : 1)
        case "back": try count(0...1); return .step(-(tokens.count > 1 ? try number(at: 1, in: 1...100_000_000) : 1))
        case "goto":
            try count(1)
            switch tokens[1].text {
            case "first": return .goto(.first)
            case "last": return .goto(.last)
            default: return .goto(.step(try number(at: 1, in: 1...Int.max, what: "first, last or a step number from 1")))
            }
        case "wait": try count(1); return .wait(try duration(tokens[1]))
        case "key": return try key()
        case "pause": try count(0); return .pause
        case "model":
            try count(1)
            switch loadModel(tokens[1].text) {
            case .success(let m): return .model(m)
            case .failure(let why): throw Failure(column: tokens[1].column, message: why.message)
            }
        case "text":
            try count(1)
            guard tokens[1].quoted else { throw Failure(column: tokens[1].column, message: "text needs a quoted sentence, e.g. text \"the plot was not good\"") }
            switch Sentence.parse(tokens[1].text) {
            case .success(let s): return .set(.text(s))
            case .failure(let why): throw Failure(column: tokens[1].column, message: why.description)
            }
        case "embedding":
            try count(1)
            switch loadEmbedding(tokens[1].text) {
            case .success(let e): return .set(.embedding(e))
            case .failure(let why): throw Failure(column: tokens[1].column, message: why.description)
            }
        case "stage":
            try count(1)
            switch tokens[1].text {
            case "next": return .stage(.next)
            case "prev", "previous": return .stage(.previous)
            default: return .stage(.to(try number(at: 1, in: 1...10_000, what: "next, prev or a layer number from 1") - 1))
            }
        case "select":
            try count(1...2)
            if tokens[1].text == "none", tokens.count == 2 { return .selectInput(nil) }
            guard tokens[1].text == "input", tokens.count == 3 else {
                throw Failure(column: tokens[1].column, message: "select needs 'input N' or 'none'")
            }
            return .selectInput(try number(at: 2, in: 0...10_000_000))
        default:
            if name.quoted { throw Failure(column: name.column, message: "a line must start with a command, not a quoted text") }
            throw Failure(column: name.column, message: "unknown command '\(Sanitize.line(name.text))'" + Suggest.hint(name.text, in: DemoParser.commands))
        }
    }

    /// Checks the number of arguments after the command name.
    private func count(_ range: ClosedRange<Int>) throws(Failure) {
        let n = tokens.count - 1
        if n < range.lowerBound {
            throw Failure(column: tokens.last!.column + tokens.last!.text.count + 1, message: "\(tokens[0].text) needs \(range.lowerBound == 1 ? "an argument" : "\(range.lowerBound) arguments")")
        }
        if n > range.upperBound {
            let extra = tokens[range.upperBound + 1]
            throw Failure(column: extra.column, message: "unexpected '\(Sanitize.line(extra.text))': \(tokens[0].text) takes \(range.upperBound == 0 ? "no argument" : "at most \(range.upperBound)")")
        }
    }

    private func count(_ n: Int) throws(Failure) { try count(n...n) }

    /// The single quoted text of title, section, caption and marker, made inert.
    private func text() throws(Failure) -> String {
        try count(1)
        guard tokens[1].quoted else {
            throw Failure(column: tokens[1].column, message: "\(tokens[0].text) needs a quoted text, e.g. \(tokens[0].text) \"Hello\"")
        }
        return Sanitize.line(tokens[1].text)
    }

    func number(at i: Int, in range: ClosedRange<Int>, what: String? = nil) throws(Failure) -> Int {
        let t = tokens[i]
        guard !t.quoted, let v = Int(t.text), range.contains(v) else {
            let expected = what ?? (range.upperBound >= 100_000_000 ? "a whole number from \(range.lowerBound)" : "a whole number in \(range.lowerBound)...\(range.upperBound)")
            throw Failure(column: t.column, message: "\(tokens[0].text) needs \(expected), not '\(Sanitize.line(t.text))'")
        }
        return v
    }

    /// `1.5s`, `400ms`: a number and a unit, so that a wait is never ambiguous.
    private func duration(_ t: DemoTokenizer.Token) throws(Failure) -> Double {
        let text = t.text
        let (digits, scale): (Substring, Double) = text.hasSuffix("ms") ? (text.dropLast(2), 0.001) : text.hasSuffix("s") ? (text.dropLast(), 1) : ("", 0)
        guard scale > 0, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let v = Double(digits),
              v * scale <= DemoParser.maxWait else {
            throw Failure(column: t.column, message: "wait needs a duration such as 1.5s or 400ms (at most \(Int(DemoParser.maxWait))s), not '\(Sanitize.line(text))'")
        }
        return v * scale
    }

    /// `key NAME [xN]`.
    private func key() throws(Failure) -> DemoCommand {
        try count(1...2)
        let t = tokens[1]
        guard let key = Key(name: t.text) else {
            let names = Key.namedKeys.map(\.name)
            throw Failure(column: t.column, message: "unknown key '\(Sanitize.line(t.text))'" + (Suggest.nearest(t.text, in: names).map { " (did you mean '\($0)'?)" } ?? ": use a name such as Right, Space, Tab or one character"))
        }
        guard tokens.count == 3 else { return .key(key, count: 1) }
        let r = tokens[2]
        guard r.text.hasPrefix("x"), let n = Int(r.text.dropFirst()), (1...DemoParser.maxRepeat).contains(n) else {
            throw Failure(column: r.column, message: "key repeats are written xN with N in 1...\(DemoParser.maxRepeat), not '\(Sanitize.line(r.text))'")
        }
        // Each press of a layer key rebuilds the layer: thousands of them would take minutes.
        if DemoParser.changesTheLayer(key), n > DemoParser.maxLayerRepeat {
            throw Failure(column: r.column, message: "key \(t.text) changes the layer: repeat it at most \(DemoParser.maxLayerRepeat) times, or use a 'set' line for a big change")
        }
        return .key(key, count: n)
    }

    /// `set NAME VALUE`.
    private func setting() throws(Failure) -> Setting {
        try count(2)
        let name = tokens[1], value = tokens[2]
        func bad(_ expected: String) -> Failure {
            Failure(column: value.column, message: "\(name.text) must be \(expected), not '\(Sanitize.line(value.text))'")
        }
        func named<T>(_ make: (String) -> T?, _ all: [String]) throws(Failure) -> T {
            if let v = make(value.text), all.contains(value.text) { return v }
            throw bad("one of " + all.joined(separator: ", ") + Suggest.hint(value.text, in: all).replacingPrefix())
        }
        if let p = Parameter(rawValue: name.text) {
            guard let v = Int(value.text), p.range.contains(v) else { throw bad("a whole number in \(p.rangeText)") }
            return .parameter(p, v)
        }
        switch SettingName(rawValue: name.text) {
        case .padding?:
            // A whole number is PyTorch's padding on each side; a name is either framework's.
            if let n = Int(value.text) {
                let r = Parameter.torchPaddingRange
                guard r.contains(n) else { throw bad("valid, same, causal or a whole number in \(r.lowerBound)...\(r.upperBound)") }
                return .torchPadding(n)
            }
            return .padding(try named(Padding.init(rawValue:), Padding.allCases.map(\.rawValue)))
        case .framework?: return .framework(try named(Framework.init(rawValue:), Framework.allCases.map(\.rawValue)))
        case .paddingMode?: return .paddingMode(try named(TorchPaddingMode.init(rawValue:), TorchPaddingMode.allCases.map(\.rawValue)))
        case .activation?:
            let act: LayerActivation = try named(LayerActivation.init(rawValue:), LayerActivation.allCases.map(\.rawValue))
            return act.elementwise.map(Setting.activation) ?? .layerActivation(act)
        case .order?: return .order(try named(StepOrder.init(rawValue:), StepOrder.allCases.map(\.rawValue)))
        case .useBias?, .ceilMode?, .countIncludePad?:
            let on: Bool
            switch value.text.lowercased() {
            case "true", "on": on = true
            case "false", "off": on = false
            default: throw bad("true or false")
            }
            switch SettingName(rawValue: name.text) {
            case .useBias?: return .useBias(on)
            case .ceilMode?: return .ceilMode(on)
            default: return .countIncludePad(on)
            }
        case .seed?:
            guard let v = UInt64(value.text), v < 1 << 63 else { throw bad("a whole number in 0...2^63-1") }
            return .seed(v)
        case .speed?:
            guard let v = DecimalNumber.double(value.text), AppState.speedRange.contains(v) else { throw bad("a number of steps per second in \(AppState.speedRangeText)") }
            return .speed(v)
        case .input?: return .input(.preset(try named(DataPreset.init(rawValue:), DataPreset.inputPresets.map(\.rawValue))))
        case .kernel?: return .kernel(.preset(try named(DataPreset.init(rawValue:), DataPreset.kernelPresets.map(\.rawValue))))
        case nil:
            throw Failure(column: name.column, message: "unknown setting '\(Sanitize.line(name.text))'" + Suggest.hint(name.text, in: DemoParser.settings))
        }
    }
}

private extension String {
    /// Turns " (did you mean 'x'?)" into "; did you mean 'x'?" where it follows a list.
    func replacingPrefix() -> String {
        guard hasPrefix(" (") else { return self }
        return "; " + dropFirst(2).dropLast()
    }
}
