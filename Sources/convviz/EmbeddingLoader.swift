import ConvViz
import Foundation

/// Resolves `--embedding` and a script's `embedding` line: `tiny`, `random:D`, or a GloVe/word2vec text file.
enum EmbeddingLoader {
    /// The embedding `value` names; relative paths are taken from `directory` (a script's folder).
    static func load(_ value: String, relativeTo directory: String? = nil) -> Result<WordEmbedding, WordsError> {
        if let builtin = WordEmbedding.named(value) { return builtin }
        let path = directory.map { value.hasPrefix("/") ? value : ($0 as NSString).appendingPathComponent(value) } ?? value
        guard FileManager.default.fileExists(atPath: path) else {
            if let repaired = SafeFile.repairedNameRefusal(value, doing: "open") { return .failure(WordsError("embedding \(repaired)")) }
            return .failure(WordsError("embedding '\(Sanitize.line(value))' is neither tiny, random:D nor a word-vector file"))
        }
        switch BoundedFile.read(path, maxBytes: EmbeddingFile.maxBytes, shown: value) {
        case .failure(let e): return .failure(WordsError("embedding \(e.description)"))
        case .success(let bytes):
            return EmbeddingFile.parse(bytes, name: (value as NSString).lastPathComponent)
        }
    }
}
