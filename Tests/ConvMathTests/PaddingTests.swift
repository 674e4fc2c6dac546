import Testing
@testable import ConvMath

@Suite struct PaddingTests {
    @Test(arguments: [
        // (L, k, s, d, padL, padR) measured on Keras (semantics.md)
        (5, 2, 1, 1, 0, 1), (5, 4, 1, 1, 1, 2), (6, 3, 2, 1, 0, 1), (5, 3, 3, 1, 0, 1),
        (5, 3, 4, 1, 1, 1), (6, 2, 2, 1, 0, 0), (6, 6, 1, 3, 7, 8),
    ])
    func sameIsAsymmetric(_ c: (Int, Int, Int, Int, Int, Int)) {
        let spec = Conv1DSpec(length: c.0, channels: 1, filters: 1, kernelSize: c.1, strides: c.2, padding: .same, dilationRate: c.3)
        let plan = try! spec.validate().get()
        #expect(plan.left == c.4 && plan.right == c.5, "L=\(c.0) k=\(c.1) s=\(c.2) d=\(c.3)")
        #expect(plan.outputLength == (c.0 + c.2 - 1) / c.2)
    }
}
