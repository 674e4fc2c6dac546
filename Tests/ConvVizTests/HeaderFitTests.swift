import ConvMath
import Testing
@testable import ConvViz

/// What the header and the input's title keep when the row is short, and what they say about padding.
struct HeaderFitTests {
    /// PyTorch's 'same' notice speaks of an extra cell on the right only when there is one.
    @Test func theSameNoticeMatchesTheSplit() {
        for (k, odd) in [(3, false), (4, true)] {
            var s = AppState(spec: Conv1DSpec(length: 12, channels: 3, filters: 4, kernelSize: k, padding: .same))
            s.apply(.set(.framework(.pytorch)))
            let notice = s.notice
            #expect(notice.contains("extra cell on the right") == odd && notice.contains("padding='same'"), "k=\(k): \(notice)")
        }
    }

    /// At 80 columns a padding split outlasts the params' formula, and a model's layer still says where its input comes from.
    @Test func thePaddingSplitAndTheInputsSourceFit() throws {
        let same = Screen().render(AppState(spec: Conv1DSpec(length: 50, channels: 300, filters: 100, kernelSize: 4, padding: .same)), width: 80, height: 24)
        #expect(same.text.contains("params 120100  padL=1 padR=2"), "\(same.text)")
        let valid = AppState(spec: Conv1DSpec(length: 400, channels: 50, filters: 250, kernelSize: 3, padding: .valid))
        #expect(Screen().render(valid, width: 80, height: 24).text.contains("params 3×50×250+250 = 37750"), "no split to show: the formula stays")
        var dilated = AppState(model: try #require(ExplorerModel.builtin("dilated")))
        for _ in 0..<3 { dilated.apply(.stage(.next)) }
        let title = Screen().render(dilated, width: 80, height: 24).lines.first { $0.hasPrefix("── Input x:") } ?? ""
        #expect(title.contains("output of layer 3") && title.contains("pad 8"), "\(title)")
    }
}
