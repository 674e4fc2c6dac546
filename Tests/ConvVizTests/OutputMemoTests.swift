import ConvMath
import Testing
@testable import ConvViz

/// The output panel's memo gives exactly what the layer computes, and never a value of the layer before.
@Suite struct OutputMemoTests {
    @Test func memoisedOutputsAreTheLayersOwnAndFollowAReseed() throws {
        var s = AppState(spec: Conv1DSpec(length: 20, channels: 64, filters: 3, kernelSize: 5, padding: .same))
        #expect(5 * 64 >= AppState.memoProducts, "this layer's outputs go through the memo")
        func check(_ state: AppState) throws {
            let layer = try #require(state.layer.value)
            for j in 0..<20 { for f in 0..<3 {
                // Read twice: the second read comes from the memo.
                #expect(state.output(layer, position: j, filter: f) == layer.output(position: j, filter: f))
                #expect(state.output(layer, position: j, filter: f) == layer.output(position: j, filter: f))
            } }
        }
        try check(s)
        let before = try #require(s.layer.value).output(position: 3, filter: 1)
        s.apply(.reseed)
        let after = try #require(s.layer.value)
        #expect(after.output(position: 3, filter: 1) != before, "the reseed changed the weights")
        try check(s)
    }
}
