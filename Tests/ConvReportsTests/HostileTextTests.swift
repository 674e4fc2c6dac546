import ConvMath
import Foundation
import TerminalText
import Testing
@testable import ConvReports

/// Names, strings and bytes from a file never reach the terminal as commands.
@Suite struct HostileTextTests {
    static func controls(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
    }

    @Test func summaryPrintsNamesInert() throws {
        let json = #"{"layers":[{"class":"Input","shape":[10,2],"name":"a\u001b[31mred"},{"class":"Conv1D","filters":2,"kernel_size":3,"name":"x\u001b]0;pwned\u0007y"}],"name":"T\u001b[2J\u009b31m"}"#
        for kerasOnly in [false, true] {
            let text = try SummaryReport(style: .unicode, kerasOnly: kerasOnly).render(json: Data(json.utf8))
            #expect(Self.controls(text).isEmpty, "\(text)")
            #expect(text.contains("xy"), "the OSC sequence is removed whole")
        }
    }

    /// Bidirectional overrides would reorder a row of the terminal; Unicode line separators would break it.
    @Test func bidiControlsAndLineSeparatorsAreRemoved() throws {
        #expect(Sanitize.line("a\u{202E}cba\u{202C} \u{2066}x\u{2069}\u{200F}\u{2028}y\u{2029}z") == "acba x y z")
        let json = #"{"layers":[{"class":"Input","shape":[10,2]},{"class":"Conv1D","filters":2,"kernel_size":3,"name":"evil\u202Etxt.exe"}],"name":"M\u2028N"}"#
        let text = try SummaryReport(style: .unicode, kerasOnly: true).render(json: Data(json.utf8))
        #expect(!text.unicodeScalars.contains { [0x202E, 0x2028].contains($0.value) }, "\(text)")
        #expect(text.contains("eviltxt.exe") && text.contains("M N"))
    }

    /// Names in Chinese, emoji or with accents keep the table's borders in line: widths are counted in terminal columns.
    @Test func wideNamesKeepTheTableInLine() throws {
        let json = #"{"layers":[{"class":"Input","shape":[100,4]},{"class":"Conv1D","filters":8,"kernel_size":3,"name":"卷积层一号"},{"class":"GlobalMaxPooling1D","name":"pool😀"},{"class":"Dense","units":1,"name":"cafe\u0301"}],"name":"模型"}"#
        for maxWidth in [nil, 60] {
            var report = SummaryReport(style: .unicode, kerasOnly: false)
            report.maxWidth = maxWidth
            let lines = try report.render(json: Data(json.utf8)).split(separator: "\n").map(String.init)
            let table = lines.filter { $0.hasPrefix("┏") || $0.hasPrefix("┃") || $0.hasPrefix("│") || $0.hasPrefix("├") || $0.hasPrefix("└") || $0.hasPrefix("┡") }
            #expect(table.count == 9 && Set(table.map(\.displayWidth)).count == 1, "\(table.joined(separator: "\n"))")
            // The border of every row sits under the header's: the columns' joints are at the same display columns.
            let joints = table.map { line in line.reduce(into: (at: 0, joints: [Int]())) { acc, c in
                if "┏┓┃┳┡┩╇│├┤┼└┘┴".contains(c) { acc.joints.append(acc.at) }
                acc.at += DisplayWidth.of(c)
            }.joints }
            #expect(Set(joints).count == 1, "\(joints)")
            // The notes' formulas start in one column after the names ("k·…" for the Conv1D, "n·…" for the Dense).
            let params = lines.drop { !$0.hasPrefix("Params:") }.dropFirst().prefix(2)
            let starts = params.compactMap { line in line.firstIndex(of: "·").map { String(line[..<$0].dropLast()).displayWidth } }
            #expect(starts.count == 2 && Set(starts).count == 1, "\(params)")
        }
    }

    /// An error names the class as the file spells it, controls shown, so "Input" is never called unknown.
    @Test func anUnknownClassIsShownAsWritten() {
        let json = #"{"layers":[{"class":"Input\u001b[31m","shape":[3,1]}]}"#
        #expect(throws: SummaryInputError.self) { try SummaryDecoder.decode(Data(json.utf8)) }
        do { _ = try SummaryDecoder.decode(Data(json.utf8)) } catch {
            #expect(error.message.hasPrefix("layer 1 (Input\\u{1B}[31m): unknown class"), "\(error.message)")
        }
    }

    @Test func computeEscapesC1ControlsAndNamesRawBytes() {
        let out = String(decoding: Compute.run(Data(#"{"op": "conv1d\u009b31m", "input": [[1]]}"#.utf8)), as: UTF8.self)
        #expect(Self.controls(out).isEmpty, "\(out)")
        #expect(out.contains("\\u009b"))
        let raw = String(decoding: Compute.run(Data([0x9B, 0x31, 0x6D])), as: UTF8.self)
        #expect(Self.controls(raw).isEmpty)
        #expect(raw.contains("byte 0x9B"), "\(raw)")
    }
}

/// What a small file may ask for is bounded by what it holds, not by its size alone.
@Suite struct HostileSizeTests {
    @Test func aJSONDocumentHoldsAtMostEightMillionValues() {
        let many = "[" + String(repeating: "0,", count: JSONParser.maxValues) + "0]"
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(many.utf8)) }
        let r = Compute.results(Data(many.utf8))
        if case .error(let type, let message) = r[0] {
            #expect(type == CaseResult.parseErrorType && message.contains("more than 8000000 values"))
        } else { Issue.record("parsed \(r)") }
        #expect((try? JSONParser.parse(Array(("[" + String(repeating: "0,", count: 1000) + "0]").utf8))) != nil)
    }
}

/// Strings of many escapes decode as written, and a value of megabytes echoed in an error stays a line.
@Suite struct HostileStringTests {
    @Test func escapesDecodeBesideRawBytes() throws {
        let json = #""a\u0041\n\u00e9é\ud83d\ude00\"\\\/z""#
        #expect(try JSONParser.parse(Array(json.utf8)) == .string("aA\né\u{e9}😀\"\\/z"))
        // Exactly four hex digits; a high half not followed by a low one is U+FFFD, and the next escape stays.
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(#""\u+041""#.utf8)) }
        #expect(try JSONParser.parse(Array(#""\ud800\u0078y""#.utf8)) == .string("\u{FFFD}xy"))
        // Two hundred thousand escapes: every one decoded, in order.
        let many = "\"" + String(repeating: #"\u0041b"#, count: 200_000) + "\""
        #expect(try JSONParser.parse(Array(many.utf8)) == .string(String(repeating: "Ab", count: 200_000)))
    }

    /// A name given twice in one object is an error at the second, in any document: which was meant is unknown.
    @Test func aFieldNameGivenTwiceIsRefused() throws {
        let twice = #"{"op": "conv1d", "op": "maxpool1d"}"#
        #expect(throws: JSONParser.Failure(line: 1, column: 18, reason: #"field name "op" appears twice in one object"#)) { try JSONParser.parse(Array(twice.utf8)) }
        // Equal names in different objects, or one name nested in itself, are fine.
        #expect((try? JSONParser.parse(Array(#"[{"a": 1}, {"a": 2, "b": {"a": 3}}]"#.utf8))) != nil)
    }

    @Test func aHugeEchoedValueIsCutInItsMiddle() throws {
        let padding = String(repeating: #"\u001b"#, count: 100_000)
        let json = #"{"op":"conv1d","kernel":[[[1]]],"input":[[1]],"padding":"\#(padding)x"}"#
        guard case .error(_, let message) = Compute.results(Data(json.utf8))[0] else { Issue.record("accepted"); return }
        #expect(message.count <= 420 && message.contains("field 'padding' must be one of") && message.contains("…"), "\(message.prefix(200))")
        #expect(SummaryInputError(String(repeating: "k", count: 1_000_000)).message.count == 400)
    }
}

/// A number keeps its text exactly, packed when short and in the document's buffer when long.
@Suite struct JSONNumberTests {
    @Test func everyNumberReadsBackAsWritten() throws {
        let texts = ["0", "-0", "1.5e-3", "-12345678901234567890123456789012", "1E+400",
                     "-0.12345678901234567890123456789012345", String(repeating: "9", count: 300) + ".5"]
        let doc = "[" + texts.joined(separator: ",") + "]"
        guard case .array(let items) = try JSONParser.parse(Array(doc.utf8)) else { Issue.record("not an array"); return }
        #expect(items.map { if case .number(let n) = $0 { return n.text } else { return "" } } == texts)
        // The same text is the same number, however it is stored.
        #expect(items[5] == .number(JSONNumber(texts[5])) && items[3] != .number(JSONNumber(texts[5])))
        #expect(JSONWriter.text(.array(items)) == doc)
    }
}
