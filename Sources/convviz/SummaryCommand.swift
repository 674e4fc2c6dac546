import ArgumentParser
import ConvReports
import ConvViz
import Foundation

/// `convviz summary FILE|-`: a Keras 3 style model summary of a layer stack described in JSON.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a Keras-style model summary for a stack of layers described in JSON.",
        discussion: """
        The description uses Keras's class and argument names:

          {"layers": [
            {"class": "Embedding", "input_dim": 10000, "output_dim": 128,
             "input_length": 500},
            {"class": "Conv1D", "filters": 32, "kernel_size": 7,
             "activation": "relu"},
            {"class": "MaxPooling1D", "pool_size": 5},
            {"class": "Conv1D", "filters": 32, "kernel_size": 7,
             "activation": "relu"},
            {"class": "GlobalMaxPooling1D"},
            {"class": "Dense", "units": 1}]}

        Classes: \(SummaryDecoder.classes.joined(separator: ", ")).

        Give the input as Embedding's input_length, as "input_shape":
        [steps, channels] on the first layer (or "batch_input_shape":
        [null, steps, channels]), or start with {"class": "Input", "shape":
        [steps, channels]}. A top-level "name" sets the title; a layer may
        have a "name" and "trainable": false.

        Beyond Keras's columns it shows each conv or pool layer's receptive
        field on the model input, the formula behind each length and the
        formula behind each parameter count. Errors name the layer, counted
        from 1, and the field.

        Examples:
          convviz summary imdb
          convviz summary my_model.json
          convviz summary --keras --ascii imdb.json
          echo '{"layers": [{"class": "Input", "shape": [128, 9]},
                {"class": "Conv1D", "filters": 64, "kernel_size": 3}]}' \\
            | convviz summary -
        """
    )

    @Argument(help: "A JSON model description, - for standard input, or a built-in model (\(ExplorerModel.builtinNames.joined(separator: ", "))).")
    var file: String
    @Flag(help: "Draw the table with ASCII characters (+, -, |) instead of Unicode box drawing.") var ascii = false
    @Flag(help: "Print only Keras's columns and totals, as model.summary() does.") var keras = false

    func run() throws {
        // A built-in model's name, as `--model` takes it, so a lesson can say `convviz summary imdb` on any install.
        if let model = ExplorerModel.builtin(file) {
            var report = SummaryReport(style: ascii ? .ascii : .unicode, kerasOnly: keras)
            report.maxWidth = Self.terminalWidth()
            try StandardOutput.write(try report.render(model.summaryStack, title: model.name))
            return
        }
        if file == "-", isatty(0) == 1 { writeStderr("convviz: reading the model from the terminal; end with Ctrl-D\n") }
        let data = try BoundedFile.input(file, maxBytes: BoundedFile.maxJSONBytes)
        var report = SummaryReport(style: ascii ? .ascii : .unicode, kerasOnly: keras)
        report.maxWidth = Self.terminalWidth()
        let text: String
        do {
            text = try report.render(json: data)
        } catch {
            throw CLIExit(message: "\(Sanitize.line(file)): \(error)")
        }
        try StandardOutput.write(text)
    }

    /// The width of the terminal standard output goes to, or nil when it goes to a file or a pipe.
    static func terminalWidth() -> Int? {
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        return ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    }
}
