import ConvMath
/// A sentence looked up in an embedding: the input matrix, one row per word, and what labels it.
public struct TextInput: Equatable, Sendable {
    public let sentence: Sentence
    public let embedding: WordEmbedding
    /// `length × width`: row p is word p's vector, zeros for a word out of the vocabulary.
    public let matrix: Matrix
    /// True at each position whose word has no row in the embedding.
    public let outOfVocabulary: [Bool]

    /// Why `words` words of an embedding `width` wide are too many values to hold, or nil; asked before
    /// a `TextInput` is made, since making one fills the whole matrix.
    public static func refusal(words: Int, width: Int) -> String? {
        let n = words.multipliedReportingOverflow(by: width)
        guard n.overflow || n.partialValue > LayerLimits.maxInputValues else { return nil }
        return "\(words) words × \(width) numbers is more than the \(LayerLimits.maxInputValues) input values the explorer holds"
    }

    public init(sentence: Sentence, embedding: WordEmbedding) {
        self.sentence = sentence
        self.embedding = embedding
        let d = embedding.width
        var values = [Float](repeating: 0, count: sentence.words.count * d)
        var oov = [Bool](repeating: false, count: sentence.words.count)
        for (p, w) in sentence.words.enumerated() {
            if let v = embedding.vector(w) {
                values.replaceSubrange(p * d..<(p + 1) * d, with: v)
            } else {
                oov[p] = true
            }
        }
        matrix = Matrix(rows: sentence.words.count, columns: d, values: values)
        outOfVocabulary = oov
    }

    public var length: Int { sentence.words.count }
    public var width: Int { embedding.width }

    /// Ids 0 and 1 are kept, as `TextVectorization` keeps them: 0 pads, 1 is an unknown word (a zero row here).
    public static let firstWordId = 2

    /// The words that get ids: `tiny` and files number their whole vocabulary; `random:D` has none,
    /// so the distinct words of the text are numbered in order, as a tokenizer fitted on it would.
    public var vocabulary: [String] {
        if !embedding.isRandom { return embedding.words }
        var seen = Set<String>(), out: [String] = []
        for w in sentence.words where seen.insert(w).inserted { out.append(w) }
        return out
    }

    /// Each word's token id for an Embedding layer.
    public var tokenIds: [Int] {
        if embedding.isRandom {
            let ids = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0 + Self.firstWordId) })
            return sentence.words.map { ids[$0]! }
        }
        return sentence.words.map { embedding.row(of: $0).map { $0 + Self.firstWordId } ?? 1 }
    }

    /// The Embedding layer's table for `tokenIds`: `(vocabulary + 2) × width`, rows 0 and 1 zero.
    public var embeddingTable: [Float] {
        let d = width
        if !embedding.isRandom { return [Float](repeating: 0, count: Self.firstWordId * d) + embedding.rows }
        return [Float](repeating: 0, count: Self.firstWordId * d) + vocabulary.flatMap { WordEmbedding.randomRow($0, width: d) }
    }
}
