/// Output j drawn under input j, for the layers whose output keeps the input's length.
extension ScreenLayout {
    /// Puts y[j] under x[j] for 'same' or 'causal' at stride 1, in cells of one width (the wider of the two).
    ///
    /// Each output then sits under the inputs it reads, and the pad cells stand out beside the outputs.
    /// Only where every input cell fits that width (before the zoom key's columns, which then widen both
    /// alike), so no input position is lost to it; in numbers, words keep cells as wide as themselves.
    mutating func alignOutputUnderInput(state: AppState, window: ClosedRange<Int>, lo: Int, hi: Int, outLen: Int,
                                        inputCell: Int, outputCell: Int, usable: Int) {
        let spec = state.spec, common = max(inputCell, outputCell)
        guard spec.strides == 1, outLen == spec.length, outLen > 0, numbers == outputNumbers,
              common == 1 || state.inputLabels?.positions == nil,
              (hi - lo + 1) * (common - zoomColumns) <= usable, spec.span * common <= usable else { return }
        if common != inputCell {
            inputView = .following(window, within: lo, hi, x: gutter, width: usable, cellWidth: common, pinned: state.positionScroll,
                                   holdPin: state.pannedAtStep == state.stepIndex)
        }
        let first = max(inputView.first, 0), last = min(inputView.first + inputView.count - 1, outLen - 1)
        guard first <= last, let x0 = inputView.column(of: first) else { return }
        outputView = PositionViewport(first: first, count: last - first + 1, x: x0, cellWidth: common,
                                      moreBefore: first > 0, moreAfter: last < outLen - 1, firsts: first...first)
    }
}
