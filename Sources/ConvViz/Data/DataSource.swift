/// Where a layer's input or kernel values come from: a named preset or a table read from a file.
public enum DataSource: Equatable, Sendable {
    case preset(DataPreset)
    /// Values from a CSV file; `name` is the (sanitized) file name shown on screen, `channelNames` its header row.
    case table(name: String, values: Matrix, channelNames: [String]? = nil)
    /// A sentence's words looked up in an embedding: one position per word.
    case words(TextInput)

    /// The name shown on screen and written by `record`.
    public var name: String {
        switch self {
        case .preset(let p): return p.rawValue
        case .table(let name, _, _): return name
        case .words(let t): return "text (\(t.embedding.name))"
        }
    }
}

extension DataSource {
    /// The values a file or a text gives, or nil for a preset (computed position by position).
    public var values: Matrix? {
        switch self {
        case .preset: return nil
        case .table(_, let m, _): return m
        case .words(let t): return t.matrix
        }
    }

    /// True when the input is a text's words.
    public var isWords: Bool {
        if case .words = self { return true }
        return false
    }

    /// What names the input's positions and channels, when anything does.
    public var labels: InputLabels? {
        switch self {
        case .preset: return nil
        case .table(_, _, let names): return names.map { InputLabels(positions: nil, outOfVocabulary: [], channels: $0) }
        case .words(let t): return InputLabels(positions: t.sentence.words, outOfVocabulary: t.outOfVocabulary, channels: t.embedding.dimensionNames)
        }
    }
}
