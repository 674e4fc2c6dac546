import ArgumentParser
import ConvViz

/// A sentence as the input, and the embedding its words are looked up in: shared by explore, record and explain.
struct TextOptions: ParsableArguments {
    @Option(help: "A sentence as the input: one position per word (lowercased, punctuation removed), e.g. \"the plot was not good\".")
    var text: String?
    @Option(help: "Word vectors for --text: tiny (built in, 5 named dimensions), random:D (untrained, width D in 1...4096), or a GloVe/word2vec text file.")
    var embedding: String?

    /// The sentence, or nil without --text; an empty text is an error.
    func sentence() throws -> Sentence? {
        guard let text else { return nil }
        switch Sentence.parse(text) {
        case .success(let s): return s
        case .failure(let e): throw CLIExit(message: "--text: \(e.description)")
        }
    }

    /// The embedding asked for, or nil to keep the default (tiny).
    func wordEmbedding() throws -> WordEmbedding? {
        guard let embedding else { return nil }
        switch EmbeddingLoader.load(embedding) {
        case .success(let e): return e
        case .failure(let e): throw CLIExit(message: "--embedding: \(e.description)")
        }
    }

    /// Refuses layer options that a text decides itself.
    func checkConflicts(with layer: LayerOptions) throws {
        guard text != nil else {
            if embedding != nil { throw CLIExit(message: "--embedding needs --text: it says where the text's words get their vectors") }
            return
        }
        if layer.length != nil { throw CLIExit(message: "--text sets the length to its word count; leave --length out") }
        if layer.channels != nil { throw CLIExit(message: "--text takes its channels from the embedding's width; leave --channels out") }
        if layer.input != nil { throw CLIExit(message: "--text is the input; leave --input out") }
    }

    /// Applies the embedding, then the text, to the explorer's first state.
    func apply(to state: inout AppState) throws {
        if let e = try wordEmbedding() { state.apply(.set(.embedding(e))) }
        if let s = try sentence() {
            state.apply(.set(.text(s)))
            if !state.notice.isEmpty { throw CLIExit(message: "--text: \(state.notice)") }
        }
    }
}
