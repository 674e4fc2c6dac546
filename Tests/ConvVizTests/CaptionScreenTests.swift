import Foundation
import Testing
@testable import ConvViz

/// Every caption of every lesson is checked against the screen it is shown over: a caption that names
/// Keras layer classes must be shown while one of those layers is the one on screen.
@Suite struct CaptionScreenTests {
    /// The layer classes a caption can name, longest first so `GlobalMaxPooling1D` is not read as `MaxPooling1D`.
    static let classes = ["GlobalMaxPooling1D", "GlobalAveragePooling1D", "MaxPooling1D", "AveragePooling1D",
                          "Conv1D", "Dense", "Embedding", "Flatten", "Dropout", "Activation"]

    /// The classes named in a text, as whole words.
    static func named(in text: String) -> Set<String> {
        let words = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return Set(words.filter { classes.contains($0) })
    }

    @Test(arguments: PackagePaths.lessons)
    func captionsNameTheLayerOnScreen(_ name: String) throws {
        let text = try String(contentsOf: PackagePaths.demos.appendingPathComponent(name), encoding: .utf8)
        let script = try DemoParser(file: name).parse(text)
        let captions: [String] = script.lines.compactMap { if case .caption(let c) = $0.command, !c.isEmpty { return c } else { return nil } }
        let p = HeadlessPlayback(script: script)
        var seen = Set<String>()
        for frame in p.frames {
            // The caption bar is the row under the header (one or two rows of call), or under the model strip.
            guard let caption = captions.first(where: { c in frame.lines[2...5].contains { $0.hasPrefix(" " + c.prefix(40)) } }) else { continue }
            seen.insert(caption)
            let wanted = Self.named(in: caption)
            guard !wanted.isEmpty else { continue }
            let header = frame.lines[0].trimmingCharacters(in: .whitespaces)
            let onScreen = String(header.prefix { $0 != "(" })
            #expect(wanted.contains(onScreen), "\(name) t=\(frame.time): caption «\(caption)» names \(wanted.sorted()) but the screen shows \(onScreen)")
        }
        #expect(seen == Set(captions), "\(name): captions never shown: \(Set(captions).subtracting(seen).sorted())")
    }

    @Test func namesAreWholeWords() {
        #expect(Self.named(in: "GlobalMaxPooling1D keeps it") == ["GlobalMaxPooling1D"])
        #expect(Self.named(in: "Conv1D(32, 7) then MaxPooling1D(5)") == ["Conv1D", "MaxPooling1D"])
        #expect(Self.named(in: "dense layers") == [])
    }
}
