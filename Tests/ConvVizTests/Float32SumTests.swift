import ConvMath
import Foundation
import Testing
@testable import ConvViz

/// A sum and bias that do not add up by hand to the value shown say that the arithmetic is float32's.
@Suite struct Float32SumTests {
    @Test func addsUpComparesTheDecimalTexts() {
        #expect(NumberText.addsUp("1.3125", "-0.125", "1.1875") == true)
        #expect(NumberText.addsUp("-0.18367265", "-0.125", "-0.30867267") == false)
        #expect(NumberText.addsUp("-0.18367265", "-0.125", "-0.30867265") == true)
        #expect(NumberText.addsUp("2.1e-5", "1", "1.000021") == true)
        #expect(NumberText.addsUp("2", "3", "5e0") == true)
        #expect(NumberText.addsUp("1e30", "1e-30", "1e30") == nil, "scales too far apart for 64 bits")
        #expect(NumberText.addsUp("inf", "1", "inf") == nil)
    }

    /// Every step's Σ row: "in float32" exactly when the decimal texts do not add up (checked with Foundation's Decimal).
    @Test func theSumRowSaysFloat32ExactlyWhenTheTextsDoNotAddUp() throws {
        let values: [Float] = [0.1, 0.7, -0.3, 0.2, 1.1, -0.9, 0.6, 0.05, -0.45, 0.33]
        let spec = Conv1DSpec(length: 10, channels: 1, filters: 2, kernelSize: 3, padding: .valid, activation: .linear)
        var s = AppState(spec: spec, input: .table(name: "t.csv", values: Matrix(rows: 10, columns: 1, values: values)))
        var marked = 0, plain = 0
        for i in 0..<16 {
            s.apply(.goto(i))
            let step = try #require(s.currentStep)
            let texts = [step.sum, step.bias, step.sum + step.bias].map(NumberText.exact)
            let d = texts.map { Decimal(string: $0)! }
            let row = Screen().render(s, width: 120, height: 30).lines.first { $0.contains("+ bias") } ?? ""
            #expect(row.contains("= \(texts[0]) + bias \(texts[1]) = \(texts[2])"), "\(row)")
            let expected = d[0] + d[1] != d[2]
            #expect(row.contains(" in float32") == expected, "step \(i): \(row)")
            if expected { marked += 1 } else { plain += 1 }
        }
        #expect(marked > 0 && plain > 0, "the case needs both kinds: \(marked) marked, \(plain) plain")
    }
}
