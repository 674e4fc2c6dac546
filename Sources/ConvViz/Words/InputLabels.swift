/// Names for an input's positions (the words of a text) and channels (an embedding's dimensions, a CSV header).
public struct InputLabels: Equatable, Sendable {
    /// One word per position, or nil when positions are only numbers.
    public var positions: [String]?
    /// True at each position whose word has no row in the embedding (shown as out of vocabulary).
    public var outOfVocabulary: [Bool]
    /// One name per channel, or nil.
    public var channels: [String]?

    public init(positions: [String]?, outOfVocabulary: [Bool], channels: [String]?) {
        self.positions = positions
        self.outOfVocabulary = outOfVocabulary
        self.channels = channels
    }

    /// The word at position p, or nil (a pad cell, or no words).
    public func word(_ p: Int) -> String? {
        guard let w = positions, p >= 0, p < w.count else { return nil }
        return w[p]
    }

    /// True when position p holds a word the embedding does not know.
    public func isOutOfVocabulary(_ p: Int) -> Bool { p >= 0 && p < outOfVocabulary.count && outOfVocabulary[p] }

    /// The name of channel c, or `c3`.
    public func channel(_ c: Int) -> String {
        guard let names = channels, c < names.count, !names[c].isEmpty else { return "c\(c)" }
        return names[c]
    }

    /// `'not' 'good' 'at'`: the words at `positions`, quoted, pad cells skipped.
    public func quoted(_ positions: [Int]) -> String {
        positions.compactMap { word($0).map { "'\($0)'" } }.joined(separator: " ")
    }
}
