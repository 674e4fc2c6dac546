/// A text as the explorer reads it: lowercased words, one position each.
///
/// Words are split as Keras's `TextVectorization` does by default (`lower_and_strip_punctuation`,
/// then whitespace): ASCII punctuation is removed, so "Don't!" is the one word "dont".
/// Control characters and escape sequences are dropped first, so no word can reach a terminal as a command.
public struct Sentence: Equatable, Sendable {
    /// The longest text, in words: a position each, and a real review is a few hundred.
    public static let maxWords = 100_000

    public let words: [String]

    /// The words of `text`, or why there are none or too many.
    public static func parse(_ text: String) -> Result<Sentence, WordsError> {
        var words: [String] = []
        var word = ""
        for c in Sanitize.line(text).lowercased() {
            if c.isWhitespace {
                if !word.isEmpty { words.append(word); word = "" }
            } else if !(c.isASCII && c.isPunctuationOrSymbol) {
                word.append(c)
            }
            if words.count > maxWords { break }
        }
        if !word.isEmpty { words.append(word) }
        guard !words.isEmpty else { return .failure(WordsError("the text has no words")) }
        guard words.count <= maxWords else {
            return .failure(WordsError("the text has more than \(maxWords) words, the most the explorer reads"))
        }
        return .success(Sentence(words: words))
    }

    /// The words joined by spaces: what `record` writes and the editor starts from.
    public var text: String { words.joined(separator: " ") }
}

/// Why a text or an embedding cannot be used: one line for the user.
public struct WordsError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

private extension Character {
    /// Python's `string.punctuation`, which Keras strips.
    var isPunctuationOrSymbol: Bool { "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".contains(self) }
}
