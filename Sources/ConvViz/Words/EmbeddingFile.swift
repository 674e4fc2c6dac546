/// Reads word vectors in the GloVe / word2vec text format: `word v1 v2 …` per line,
/// after an optional `count dim` header line.
///
/// Mistakes are reported as `FILE:LINE:COL: message`. Words are made inert (controls and
/// escape sequences removed) before they can reach a screen.
public enum EmbeddingFile {
    /// The largest file read (GloVe 6B at 50 or 100 dimensions fits); the caller checks the size before reading.
    public static let maxBytes = 512 << 20

    /// Parses `bytes` (the whole file); `name` is the file name shown in messages and on screen.
    public static func parse(_ bytes: [UInt8], name: String) -> Result<WordEmbedding, WordsError> {
        let file = Sanitize.line(name)
        if let wide = TextEncoding.wideRefusal(bytes) { return .failure(WordsError("\(file): \(wide)")) }
        var words: [String] = []
        var rows: [Float] = []
        var width: Int? = nil
        var headerCount: Int? = nil
        var failure: WordsError?
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            let end = buf.count
            var lineStart = 0, lineNumber = 0
            while lineStart < end, failure == nil {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < end && buf[lineEnd] != 0x0A { lineEnd += 1 }
                // Fields are separated by spaces (tabs too); a CR before the newline is ignored.
                var fields: [(start: Int, end: Int)] = []
                var i = lineStart
                while i < lineEnd {
                    while i < lineEnd && (buf[i] == 0x20 || buf[i] == 0x09 || buf[i] == 0x0D) { i += 1 }
                    let s = i
                    while i < lineEnd && buf[i] != 0x20 && buf[i] != 0x09 && buf[i] != 0x0D { i += 1 }
                    if i > s { fields.append((s, i)) }
                }
                defer { lineStart = lineEnd + 1 }
                if fields.isEmpty { continue }
                func column(_ f: (start: Int, end: Int)) -> Int {
                    (String(decoding: UnsafeBufferPointer(start: base + lineStart, count: f.start - lineStart), as: UTF8.self).count) + 1
                }
                func text(_ f: (start: Int, end: Int)) -> String {
                    String(decoding: UnsafeBufferPointer(start: base + f.start, count: f.end - f.start), as: UTF8.self)
                }
                // Two whole numbers on the first line are word2vec's header, even ones too big to be one.
                let digits = { (f: (start: Int, end: Int)) in text(f).allSatisfy(\.isASCII) && text(f).allSatisfy(\.isNumber) }
                if lineNumber == 1, words.isEmpty, fields.count == 2, digits(fields[0]), digits(fields[1]),
                   Int(text(fields[0])) == nil || Int(text(fields[1])) == nil {
                    failure = WordsError("\(file):1:1: the header's numbers (\(Sanitize.errorLine(text(fields[0]), limit: 24)) words of \(Sanitize.errorLine(text(fields[1]), limit: 24))) are too large; the width must be in 1...\(WordEmbedding.maxWidth)")
                    return
                }
                if lineNumber == 1, words.isEmpty, fields.count == 2, let n = Int(text(fields[0])), let d = Int(text(fields[1])) {
                    guard d >= 1, d <= WordEmbedding.maxWidth, n >= 0 else {
                        failure = WordsError("\(file):1:1: header says \(n) words of \(d) numbers; the width must be in 1...\(WordEmbedding.maxWidth)")
                        return
                    }
                    width = d
                    headerCount = n
                    continue
                }
                let n = fields.count - 1
                guard n >= 1 else {
                    failure = WordsError("\(file):\(lineNumber):\(column(fields[0]) + text(fields[0]).count): '\(Sanitize.line(String(text(fields[0]).prefix(20))))' has no numbers after it")
                    return
                }
                if let w = width, w != n {
                    let what = headerCount != nil && words.isEmpty ? "the header says \(w)" : "the first row has \(w)"
                    failure = WordsError("\(file):\(lineNumber):1: row has \(plural(n, "number")) but \(what)")
                    return
                }
                guard n <= WordEmbedding.maxWidth else {
                    failure = WordsError("\(file):\(lineNumber):1: row has \(n) numbers; at most \(WordEmbedding.maxWidth)")
                    return
                }
                width = n
                for f in fields.dropFirst() {
                    // Swift's parser, unlike strtof, ignores the locale, so "0.5" reads the same under de_DE.
                    guard let v = DecimalNumber.float(text(f)) else {
                        failure = WordsError("\(file):\(lineNumber):\(column(f)): '\(Sanitize.visible(String(text(f).prefix(20))))' \(DecimalNumber.refusal(text(f)))")
                        return
                    }
                    rows.append(v)
                }
                // A word whose bytes are not UTF-8 could never match a word typed (GloVe and gensim refuse it too).
                guard String(validating: UnsafeBufferPointer(start: base + fields[0].start, count: fields[0].end - fields[0].start), as: UTF8.self) != nil else {
                    failure = WordsError("\(file):\(lineNumber):1: the word has bytes that are not UTF-8")
                    return
                }
                let word = Sanitize.line(text(fields[0]))
                guard !word.isEmpty else {
                    failure = WordsError("\(file):\(lineNumber):1: the word is only control characters")
                    return
                }
                words.append(word)
            }
        }
        if let failure { return .failure(failure) }
        guard let width, !words.isEmpty else { return .failure(WordsError("\(file):1:1: no word vectors found")) }
        // word2vec's header counts the rows; a file cut short (or with rows past the count) is damaged.
        if let headerCount, headerCount != words.count {
            return .failure(WordsError("\(file):1:1: the header says \(plural(headerCount, "word")) but the file has \(plural(words.count, "row"))"))
        }
        return .success(WordEmbedding(name: file, width: width, dimensionNames: nil, words: words, rows: rows))
    }
}
