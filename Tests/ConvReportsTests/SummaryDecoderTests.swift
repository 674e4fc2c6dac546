import Foundation
import Testing
@testable import ConvReports

@Suite struct SummaryDecoderTests {
    func decodeError(_ json: String) -> String? {
        do {
            _ = try SummaryDecoder.decode(Data(json.utf8))
            return nil
        } catch {
            return error.message
        }
    }

    func shapes(_ json: String) throws -> [String] {
        try SummaryDecoder.decode(Data(json.utf8)).stack.summary().get().rows.map(\.outputShape.description)
    }

    @Test func errorsNameLayerClassAndField() {
        let input = #"{"class": "Input", "shape": [10, 1]}"#
        #expect(decodeError(#"{"layers": [\#(input), {"class": "Conv1D", "filters": 4, "kernel_size": 0}]}"#)
            == "layer 2 (Conv1D): 'kernel_size' must be a positive integer")
        #expect(decodeError(#"{"layers": [\#(input), {"class": "Conv1D", "filters": 4}]}"#)
            == "layer 2 (Conv1D): 'kernel_size' is required")
        #expect(decodeError(#"{"layers": [\#(input), {"class": "Conv1D", "filters": 4, "kernel_size": 3, "stride": 2}]}"#)
            == "layer 2 (Conv1D): unknown field 'stride'")
        #expect(decodeError(#"{"layers": [\#(input), {"class": "Conv1D", "filters": 4, "kernel_size": 3, "use_bias": 1}]}"#)
            == "layer 2 (Conv1D): 'use_bias' must be true or false, not a number")
        #expect(decodeError(#"{"layers": [\#(input), {"class": "Conv2D"}]}"#)?.hasPrefix("layer 2 (Conv2D): unknown class") == true)
        #expect(decodeError(#"{"layers": [\#(input), {"class": "MaxPooling1D", "padding": "causal"}]}"#)
            == "layer 2 (MaxPooling1D): 'padding' must be one of 'valid', 'same'")
        #expect(decodeError(#"{"layers": [{"class": "Conv1D", "filters": 4, "kernel_size": 3}]}"#)?.contains("the first layer needs an input shape") == true)
        #expect(decodeError(#"{"layers": [{"class": "Embedding", "input_dim": 10, "output_dim": 4}, {"filters": 2}]}"#)?.hasPrefix("layer 2: 'class' is required") == true)
        #expect(decodeError(#"{"layers": []}"#) != nil)
        #expect(decodeError(#"{"models": []}"#)?.contains("\"layers\"") == true)
        #expect(decodeError(#"{"layers": [}"#)?.hasPrefix("not valid JSON") == true)
    }

    @Test func inputShapeForms() throws {
        let conv = #"{"class": "Conv1D", "filters": 8, "kernel_size": [3], "padding": "same"}"#
        #expect(try shapes(#"{"layers": [{"class": "Input", "shape": [20, 2]}, \#(conv)]}"#) == ["(None, 20, 8)"])
        #expect(try shapes(#"{"layers": [{"class": "Conv1D", "filters": 8, "kernel_size": 3, "input_shape": [20, 2]}]}"#) == ["(None, 18, 8)"])
        #expect(try shapes(#"{"layers": [{"class": "Conv1D", "filters": 8, "kernel_size": 3, "batch_input_shape": [null, 20, 2]}]}"#) == ["(None, 18, 8)"])
        #expect(try shapes(#"[{"class": "Input", "shape": [null, 2]}, \#(conv)]"#) == ["(None, None, 8)"])
    }

    @Test func namesTitlesAndFrozenLayers() throws {
        let json = #"{"name": "har", "layers": [{"class": "Input", "shape": [128, 9]}, {"class": "Conv1D", "filters": 64, "kernel_size": 3, "name": "features", "trainable": false}, {"class": "GlobalAveragePooling1D"}, {"class": "Dense", "units": 6, "activation": "softmax"}]}"#
        let (stack, title) = try SummaryDecoder.decode(Data(json.utf8))
        #expect(title == "har")
        let summary = try stack.summary().get()
        #expect(summary.rows.map(\.name) == ["features", "global_average_pooling1d", "dense"])
        #expect(summary.nonTrainableParams == 3 * 9 * 64 + 64 && summary.trainableParams == 64 * 6 + 6)
        let text = SummaryReport().render(summary, title: title)
        #expect(text.contains("Model: \"har\"") && text.contains("Non-trainable params: 1,792 (7.00 KB)"))
    }

    /// On a terminal narrower than the table, the receptive fields move from their column to the notes,
    /// one line per layer, and no line is wider than the terminal.
    @Test func aNarrowTerminalGetsTheFieldsBelowTheTable() throws {
        let json = try String(contentsOfFile: "examples/imdb_conv1d.json", encoding: .utf8)
        let wide = try SummaryReport().render(json: Data(json.utf8))
        #expect(wide.contains("Receptive field ┃") && wide.split(separator: "\n").contains { $0.count > 80 })
        var narrow = SummaryReport()
        narrow.maxWidth = 80
        let text = try narrow.render(json: Data(json.utf8))
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(text)")
        #expect(!text.contains("Receptive field ┃"))
        for field in [" conv1d                7 (jump 1)", " conv1d_1              41 (jump 5)", " global_max_pooling1d  496"] {
            #expect(lines.contains { $0 == field }, "missing \(field)")
        }
        narrow.maxWidth = 200
        #expect(try narrow.render(json: Data(json.utf8)) == wide, "a wide terminal keeps the column")
    }

    @Test func impossibleStackIsKerasError() {
        let json = #"{"layers": [{"class": "Input", "shape": [5, 1]}, {"class": "Conv1D", "filters": 2, "kernel_size": 7}]}"#
        #expect(throws: StackError.self) { try SummaryReport().render(json: Data(json.utf8)) }
        do {
            _ = try SummaryReport().render(json: Data(json.utf8))
        } catch {
            #expect("\(error)".hasPrefix("layer 2 conv1d (Conv1D): ValueError: Computed output size would be zero or negative"))
        }
    }

    /// Keras 3.15's refusals of names: one given twice (or given as the name Keras makes for another
    /// layer), and one with a '/'. Errors count the list's items: an input_shape adds none.
    @Test func namesKerasRefusesAndTheLayerNumbers() {
        func refusal(_ layers: String) -> String {
            do { _ = try SummaryReport().render(json: Data(#"{"layers": [\#(layers)]}"#.utf8)); return "accepted" } catch { return "\(error)" }
        }
        let input = #"{"class": "Input", "shape": [10, 3]}, "#, conv = #""class": "Conv1D", "filters": 1, "kernel_size": 1"#
        let unique = "All layers added to a Sequential model should have unique names."
        #expect(refusal(input + #"{\#(conv), "name": "x"}, {\#(conv), "name": "x"}"#).hasPrefix("layer 3 x (Conv1D): ValueError: \(unique) Name 'x' is already"))
        #expect(refusal(input + #"{\#(conv), "name": "conv1d"}, {\#(conv)}"#).contains("Name 'conv1d' is already the name of a layer"))
        #expect(refusal(input + #"{\#(conv), "name": "a/b"}"#).hasSuffix("cannot contain character `/`. Received: name=a/b (of type <class 'str'>)"))
        #expect(refusal(input + #"{\#(conv), "name": "conv1d_1"}, {\#(conv)}"#) == "accepted")
        // Keras 3.15 checks the names as it adds the layers, before it builds any: a kernel too long comes second.
        #expect(refusal(#"{"class": "Input", "shape": [10, 2]}, {"class": "Conv1D", "filters": 1, "kernel_size": 20}, {"class": "Dense", "units": 1, "name": "conv1d"}"#)
            .hasPrefix("layer 3 conv1d (Dense): ValueError: \(unique)"))
        let short = #"{"class": "Conv1D", "filters": 1, "kernel_size": 5, "input_shape": [3, 1]}"#
        #expect(refusal(short).hasPrefix("layer 1 conv1d (Conv1D): ValueError: Computed output size would be zero or negative"))
    }

    /// Weights that do not fit their layer are Keras's ValueError in summary too, as in the explorer.
    @Test func weightsOfTheWrongShapeAreRefused() {
        func message(_ json: String) -> String? {
            do { _ = try SummaryReport().render(json: Data(json.utf8)); return nil } catch { return "\(error)" }
        }
        let input = #"{"class": "Input", "shape": [10, 1]}"#
        #expect(message(#"{"layers": [\#(input), {"class": "Conv1D", "filters": 1, "kernel_size": 2, "kernel": [[[1]]]}]}"#)
                == "layer 2 conv1d (Conv1D): ValueError: the given kernel has 1 value, but the layer needs 2 × 1 × 1 = 2")
        #expect(message(#"{"layers": [\#(input), {"class": "Conv1D", "filters": 3, "kernel_size": 1, "bias": [1, 2]}]}"#)
                == "layer 2 conv1d (Conv1D): ValueError: the given bias has 2 values, but the layer needs 3")
        #expect(message(#"{"layers": [\#(input), {"class": "Conv1D", "filters": 1, "kernel_size": 2, "kernel": [[[1]], [[2]]], "bias": [0]}]}"#) == nil)
    }
}
