/// A table from words to vectors: the built-in `tiny`, a seeded `random:D`, or a GloVe/word2vec file.
public struct WordEmbedding: Equatable, Sendable {
    /// `tiny`, `random:50`, or the file's name, as the screen and `record` show it.
    public let name: String
    /// Numbers per word.
    public let width: Int
    /// What each dimension means, when the table says so (`tiny` does).
    public let dimensionNames: [String]?
    /// The words with a row, in row order; empty for `random:D`, which has a row for every word.
    public let words: [String]
    /// The rows, `words.count × width`.
    let rows: [Float]
    let index: [String: Int]
    /// True for `tiny` and `random:D`, which a script can name anywhere; a file's name is only its file name.
    public let isBuiltin: Bool

    /// The widest `random:D` and file rows.
    public static let maxWidth = 4096

    init(name: String, width: Int, dimensionNames: [String]?, words: [String], rows: [Float], isBuiltin: Bool = false) {
        self.name = name
        self.isBuiltin = isBuiltin
        self.width = width
        self.dimensionNames = dimensionNames
        self.words = words
        self.rows = rows
        var index: [String: Int] = [:]
        index.reserveCapacity(words.count)
        // The first row of a word wins, as in word2vec's own reader; a cased word also answers for its lowercase.
        for (i, w) in words.enumerated() where index[w] == nil { index[w] = i }
        for (i, w) in words.enumerated() where index[w.lowercased()] == nil { index[w.lowercased()] = i }
        self.index = index
    }

    /// True for `random:D`: every word has a row, made from the word itself.
    public var isRandom: Bool { words.isEmpty }

    /// The row of `word`, or nil when it is out of the vocabulary.
    public func vector(_ word: String) -> [Float]? {
        if isRandom { return Self.randomRow(word, width: width) }
        guard let i = index[word] else { return nil }
        return Array(rows[i * width..<(i + 1) * width])
    }

    /// The place of `word` in `words`, or nil.
    public func row(of word: String) -> Int? { isRandom ? nil : index[word] }

    /// An untrained embedding of width `d`, as Keras initialises one: uniform in ±0.05, seeded by each word.
    public static func random(width d: Int) -> WordEmbedding {
        WordEmbedding(name: "random:\(d)", width: d, dimensionNames: nil, words: [], rows: [], isBuiltin: true)
    }

    /// `tiny` or `random:D`, or nil for anything else (a file name); a bad `random:` width is an error.
    public static func named(_ name: String) -> Result<WordEmbedding, WordsError>? {
        if name == "tiny" { return .success(TinyEmbedding.table) }
        guard name.hasPrefix("random:") else { return nil }
        let digits = name.dropFirst("random:".count)
        guard let d = Int(digits), (1...maxWidth).contains(d) else {
            return .failure(WordsError("embedding '\(Sanitize.line(name))': random:D needs a width D in 1...\(maxWidth)"))
        }
        return .success(random(width: d))
    }

    /// Names `--embedding` and the script line take besides a file.
    public static let builtinNames = ["tiny", "random:D"]

    /// Keras's `RandomUniform(-0.05, 0.05)` drawn from a seed made of the word's bytes, so a word always gets the same row.
    static func randomRow(_ word: String, width: Int) -> [Float] {
        // FNV-1a: a fixed, platform-independent hash (Swift's Hasher is seeded per process).
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        let rng = SeededValues(seed: h)
        return (0..<width).map { d in
            let unit = Float(rng.bits(stream: 21, index: UInt64(d)) >> 40) / Float(1 << 24)
            return unit * 0.1 - 0.05
        }
    }
}
