import Testing
@testable import ConvMath

/// Eight filters at once give the very bits the one-filter loop gives, on arbitrary floats (where a
/// different order of additions would show), every padding and mode, groups, dilation and strides.
@Suite struct EightFilterOutputsTests {
    @Test func eachLaneSumsInTheOneFilterOrder() {
        var rng = SeededRandom(seed: 29)
        var checked = 0, blocks = 0
        for _ in 0..<120 {
            guard let layer = FastForwardPropertyTests.layer(&rng, exact: false), layer.outputLength > 0 else { continue }
            let filters = layer.spec.filters
            for j in Set([0, layer.outputLength / 2, layer.outputLength - 1]) {
                // A block from every offset: within one group, across a group's edge, past the last filter.
                let start = Int.random(in: 0..<filters, using: &rng)
                let range = start..<min(start + Int.random(in: 1...20, using: &rng), filters)
                let got = layer.outputs(position: j, filters: range)
                #expect(got.map(\.bitPattern) == range.map { layer.output(position: j, filter: $0).bitPattern }, "\(layer.spec) j=\(j) \(range)")
                if range.count >= 8 && layer.spec.filtersPerGroup >= 8 { blocks += 1 }
                checked += 1
            }
        }
        #expect(checked > 150 && blocks > 20, "\(checked) positions, \(blocks) with eight filters side by side")
    }
}
