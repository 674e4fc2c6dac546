import ConvMath
import Foundation
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

    @Test func computeEscapesC1ControlsAndNamesRawBytes() {
        let out = String(decoding: Compute.run(Data(#"{"op": "conv1d\u009b31m", "input": [[1]]}"#.utf8)), as: UTF8.self)
        #expect(Self.controls(out).isEmpty, "\(out)")
        #expect(out.contains("\\u009b"))
        let raw = String(decoding: Compute.run(Data([0x9B, 0x31, 0x6D])), as: UTF8.self)
        #expect(Self.controls(raw).isEmpty)
        #expect(raw.contains("byte 0x9B"), "\(raw)")
    }
}
