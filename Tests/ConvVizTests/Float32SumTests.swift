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

    /// Every step's Σ rows: marked exactly when the decimal texts do not add up (checked with Foundation's Decimal),
    /// in words where they fit and as "(f32)" on a narrow screen (80 columns).
    @Test(arguments: [120, 80, 60])
    func theSumRowsSayFloat32ExactlyWhenTheTextsDoNotAddUp(_ width: Int) throws {
        let values: [Float] = [0.1, 0.7, -0.3, 0.2, 1.1, -0.9, 0.6, 0.05, -0.45, 0.33]
        let spec = Conv1DSpec(length: 10, channels: 1, filters: 2, kernelSize: 3, padding: .valid, activation: .linear)
        var s = AppState(spec: spec, input: .table(name: "t.csv", values: Matrix(rows: 10, columns: 1, values: values)))
        var marked = 0, plain = 0
        for i in 0..<16 {
            s.apply(.goto(i))
            let step = try #require(s.currentStep)
            let texts = [step.sum, step.bias, step.sum + step.bias].map(NumberText.exact)
            let d = texts.map { Decimal(string: $0)! }
            let lines = Screen().render(s, width: width, height: 30).lines
            let at = try #require(lines.firstIndex { $0.contains("Σ") && $0.contains(texts[0]) }, "width \(width), step \(i)")
            let rows = lines[at] + "\n" + lines[at + 1]
            #expect(rows.contains(texts[1]) && rows.contains(texts[2]), "\(rows)")
            let expected = d[0] + d[1] != d[2]
            let mark = rows.contains(" in float32") || rows.contains(" (f32)")
            // At 60 columns a long sum may leave no room for even "(f32)"; a mark is never wrong there either.
            #expect(width >= 80 ? mark == expected : !mark || expected, "width \(width), step \(i): \(rows)")
            if width >= 120 && expected { #expect(rows.contains(" in float32"), "\(rows)") }
            if expected { marked += 1 } else { plain += 1 }
        }
        #expect(marked > 0 && plain > 0, "the case needs both kinds: \(marked) marked, \(plain) plain")
    }
}
