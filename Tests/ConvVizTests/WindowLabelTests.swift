import ConvMath
import Testing
@testable import ConvViz

/// The window label under the input says which inputs the window reads, in as much detail as fits.
@Suite struct WindowLabelTests {
    /// The label line at each step of a one-filter layer with `outputs` outputs.
    private func labels(_ spec: Conv1DSpec, outputs: Int, width: Int, height: Int) -> [String] {
        var s = AppState(spec: spec)
        return (0..<outputs).map { i in
            s.apply(.goto(i))
            return Screen().render(s, width: width, height: height).lines.first { $0.contains("▲") } ?? ""
        }
    }

    /// A list of three taps is never shortened to its ends where the whole list fits: "5, …, 7" takes
    /// the room of "5, 6, 7" and reads as more inputs; the output's name gives way first.
    @Test(arguments: [(8, 1, 3, 1), (12, 3, 3, 1), (12, 3, 3, 2)])
    func threeTapsAreListedWhole(_ c: (length: Int, channels: Int, kernel: Int, dilation: Int)) {
        let spec = Conv1DSpec(length: c.length, channels: c.channels, filters: 1, kernelSize: c.kernel,
                              padding: .valid, dilationRate: c.dilation)
        var labelled = 0
        for width in [60, 70, 80] {
            // A window in the middle of a narrow screen may have no room for any label beside it.
            for (i, row) in labels(spec, outputs: c.length - c.dilation * (c.kernel - 1), width: width, height: 24).enumerated()
            where row.contains("input") {
                let d = c.dilation
                // Where even that has no room, the first input and "…" say the list goes on.
                let whole = row.contains("inputs \(i), \(i + d), \(i + 2 * d)"), clipped = row.contains("inputs \(i), … ")
                #expect(whole || clipped, "width \(width), step \(i): \(row)")
                #expect(!row.contains("inputs \(i), …, "), "width \(width), step \(i): \(row)")
                labelled += 1
            }
        }
        #expect(labelled >= 8)
    }

    /// On the left the label may use the gutter: lesson 01's last window keeps its output's name at 80×24.
    @Test func theLeftLabelUsesTheGutter() {
        let spec = Conv1DSpec(length: 8, channels: 1, filters: 1, kernelSize: 3, padding: .valid)
        let last = labels(spec, outputs: 6, width: 80, height: 24).last ?? ""
        #expect(last.hasPrefix("  y[5, f0] reads inputs 5, 6, 7 "), "\(last)")
    }
}
