import ArgumentParser
import ConvReports
import ConvViz

/// `convviz explain [layer options]`: every fact about one Conv1D configuration, as plain text.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print, as plain text, everything about one Conv1D layer configuration.",
        discussion: """
        One fact per line, each with a stable label, so you can read it or grep
        it: input and output shapes as (None, steps, channels), padL and padR,
        the output-length and parameter formulas with the numbers put in, the
        span and receptive field, which inputs the first and last outputs read
        (pad cells marked), the inputs no output reads, the Keras line, and the
        equivalent PyTorch code with the F.pad it needs.

        Defaults: the explorer's layer (--length 12 --channels 3 --filters 4
        --kernel-size 3 --strides 1 --padding same --dilation-rate 1 --groups 1
        --activation relu, with a bias); each option given changes one value.
        An --input CSV sets the length and channels and a --kernel CSV must
        match the kernel's shape; --seed changes no fact. An impossible layer
        prints what it can, then Keras's error on one line to stderr, and exits 1.

        Examples:
          convviz explain --length 6 --kernel-size 3 --strides 2 --padding same
          convviz explain --length 8 --padding causal --strides 2
          convviz explain --length 500 --channels 128 --filters 32 --kernel-size 7
          convviz explain --length 3 --kernel-size 4 --padding valid   # an error
          convviz explain --length 6 --strides 2 --padding same | grep pad
          convviz explain --text "the plot was not good" --kernel-size 2
          convviz explain --text "a quick brown fox" --embedding random:50 --filters 9
        """
    )

    @OptionGroup var layer: LayerOptions
    @OptionGroup var text: TextOptions
    @Flag(help: "Write formulas with ASCII (floor(), *, -) instead of ⌊⌋, ·, −.") var ascii = false

    func run() throws {
        try text.checkConflicts(with: layer)
        // The explorer's defaults and its reading of --input and --kernel, so both describe the same layer.
        var (spec, _, _) = try ExplorerSetup.layer(from: layer)
        var words: ExplainReport.Words? = nil
        if let sentence = try text.sentence() {
            let embedding = try text.wordEmbedding() ?? TinyEmbedding.table
            if let refusal = TextInput.refusal(words: sentence.words.count, width: embedding.width) { throw CLIExit(message: refusal) }
            let t = TextInput(sentence: sentence, embedding: embedding)
            spec.length = t.length
            spec.channels = t.width
            words = .init(words: sentence.words, outOfVocabulary: t.outOfVocabulary, embedding: t.embedding.name, dimensionNames: t.embedding.dimensionNames)
        }
        if layer.framework == .pytorch {
            // PyTorch's facts first, its refusal as its own words, then the Keras equivalent.
            // The module is read off an explorer state, which holds the layer's values: too big ones are refused, not allocated.
            if let refusal = LayerLimits.refusal(spec) { throw CLIExit(message: "--framework pytorch: \(refusal)") }
            var state = AppState(spec: spec)
            try? ExplorerSetup.applyTorch(layer, to: &state)
            let torch = TorchExplainReport(module: state.torchModule, activation: spec.activation, style: ascii ? .ascii : .unicode)
            try StandardOutput.write(torch.text)
            if let e = torch.error { throw CLIExit(message: "PyTorch raises \(e.type): \(e.message)") }
            return
        }
        let report = ExplainReport(spec: spec, style: ascii ? .ascii : .unicode, words: words)
        try StandardOutput.write(report.text)
        if let error = report.error {
            throw CLIExit(message: error.description)
        }
    }
}
