extension PoolWindow {
    /// PyTorch's pooling window: `padding` cells on both sides and its output-length rule.
    ///
    /// `⌊(L + 2p − d(k−1) − 1 + (ceil ? s−1 : 0)) / s⌋ + 1`, and in ceil mode a last
    /// window that would start in the right padding is dropped, so every window
    /// starts on a real cell or in the left padding. The length may be ≤ 0.
    public static func torch(length: Int, kernelSize: Int, padding: Int, stride: Int,
                             dilation: Int = 1, ceilMode: Bool) -> PoolWindow {
        let n = torchLengths(length: length, kernelSize: kernelSize, padding: padding, stride: stride,
                             dilation: dilation, ceilMode: ceilMode).kept
        return PoolWindow(length: length, size: kernelSize, strides: stride, dilation: dilation, padLeft: padding, outputLength: n)
    }

    /// PyTorch's output length by its formula, and after dropping a ceil-mode window that would
    /// start in the right padding (the two differ by at most one, and only in ceil mode).
    public static func torchLengths(length: Int, kernelSize: Int, padding: Int, stride: Int,
                                    dilation: Int = 1, ceilMode: Bool) -> (formula: Int, kept: Int) {
        let span = dilation * (kernelSize - 1) + 1
        let n = floorDiv(length + 2 * padding - span + (ceilMode ? stride - 1 : 0), stride) + 1
        return (n, ceilMode && (n - 1) * stride >= length + padding ? n - 1 : n)
    }
}
