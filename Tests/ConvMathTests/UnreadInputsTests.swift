import Testing
@testable import ConvMath

@Suite struct UnreadInputsTests {
    /// The interval merge must agree with the position-by-position answer of `Conv1DGeometry`.
    @Test func agreesWithGeometryEverywhere() {
        var checked = 0
        for length in [0, 1, 2, 5, 8, 13] {
            for k in 1...5 { for s in 1...4 { for d in 1...3 where s == 1 || d == 1 {
                for padding in Padding.allCases {
                    let spec = Conv1DSpec(length: length, channels: 1, filters: 1, kernelSize: k, strides: s, padding: padding, dilationRate: d)
                    guard case .success(let g) = Conv1DGeometry.of(spec) else { continue }
                    let fast = UnreadInputs(g)
                    #expect(fast.runs == g.unreadInputs(), "L=\(length) k=\(k) s=\(s) d=\(d) \(padding)")
                    #expect(fast.count == g.unreadInputs().reduce(0) { $0 + $1.count })
                    checked += 1
                }
            } } }
        }
        #expect(checked > 300)
    }

    @Test func causalStridedSkipsTheLastInput() throws {
        let g = try Conv1DGeometry.of(Conv1DSpec(length: 8, channels: 1, filters: 1, kernelSize: 3, strides: 2, padding: .causal)).get()
        #expect(UnreadInputs(g).runs == [7...7])
    }

    @Test func limitKeepsCounting() throws {
        let g = try Conv1DGeometry.of(Conv1DSpec(length: 1_000_000, channels: 1, filters: 1, kernelSize: 1, strides: 2)).get()
        let u = UnreadInputs(g, limit: 3)
        #expect(u.runs == [1...1, 3...3, 5...5] && u.runCount == 500_000 && u.count == 500_000)
    }
}
