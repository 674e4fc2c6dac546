import Foundation
import Testing
@testable import ConvReports

/// The seed lecture's two IMDB models must come out row for row as Keras printed them.
@Suite struct PublishedModelsTests {
    @Test func everyRowAndTotalMatchesKeras() throws {
        let models = try Fixtures.publishedModels()
        #expect(models.count == 2)
        for model in models {
            let summary = try SummaryDecoder.decode(model.spec).stack.summary().get()
            #expect(summary.rows.count == model.rows.count, "\(model.name)")
            for (row, expected) in zip(summary.rows, model.rows) {
                #expect(row.className == expected.className, "\(model.name) \(row.name)")
                #expect(row.outputShape.description == expected.shape, "\(model.name) \(row.name)")
                #expect(row.params == expected.params, "\(model.name) \(row.name)")
            }
            #expect(summary.totalParams == model.total, "\(model.name)")
            #expect(summary.trainableParams == model.total && summary.nonTrainableParams == 0)
        }
    }

    @Test func renderedTableShowsEveryRow() throws {
        for model in try Fixtures.publishedModels() {
            for style in [BoxStyle.unicode, .ascii] {
                let text = try SummaryReport(style: style).render(json: model.spec)
                #expect(text.hasPrefix("Model: \"sequential\"\n"))
                // Body lines start with the bar and hold "name (Class)"; they come in row order.
                let bar = style.bodyBar
                let body = text.split(separator: "\n").filter { $0.first == bar && $0.contains(" (") && !$0.contains("Layer (type)") }
                #expect(body.count == model.rows.count)
                for (line, row) in zip(body, model.rows) {
                    #expect(line.contains("(\(row.className))") && line.contains(row.shape), "\(model.name): \(line)")
                    #expect(line.contains(" \(NumberText.grouped(row.params)) "), "\(model.name): \(line)")
                }
                #expect(text.contains("Total params: \(NumberText.grouped(model.total)) ("))
                #expect(text.contains("Non-trainable params: 0 (0.00 B)"))
            }
        }
    }

    @Test func imdbTableDetails() throws {
        let model = try Fixtures.publishedModels()[0]
        let text = try SummaryReport().render(json: model.spec)
        for needle in ["embedding (Embedding)", "conv1d (Conv1D)", "conv1d_1 (Conv1D)", "max_pooling1d (MaxPooling1D)",
                       "global_max_pooling1d (GlobalMaxPooling1D)", "dense (Dense)", "(None, 494, 32)", "28,704",
                       "1,280,000", "Total params: 1,315,937 (5.02 MB)", "Trainable params: 1,315,937 (5.02 MB)",
                       "⌊(500 − 7)/1⌋ + 1 = 494", "⌊(494 − 5)/5⌋ + 1 = 98", "7·128·32 + 32 = 28,704", "41 (jump 5)", "┏", "┃"] {
            #expect(text.contains(needle), "missing \(needle)")
        }
        let ascii = try SummaryReport(style: .ascii, kerasOnly: true).render(json: model.spec)
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!ascii.contains("Receptive field") && ascii.contains("| Layer (type)"))
    }

    @Test func memorySizesAreKerasReadable() {
        #expect(NumberText.memory(bytes: 0) == "0.00 B")
        #expect(NumberText.memory(bytes: 1_315_937 * 4) == "5.02 MB")
        #expect(NumberText.memory(bytes: 33 * 4) == "132.00 B")
        #expect(NumberText.memory(bytes: 7200 * 4) == "28.12 KB")
        #expect(NumberText.grouped(1_315_937) == "1,315,937" && NumberText.grouped(33) == "33" && NumberText.grouped(100) == "100")
    }
}
