/// The taps of one step, computed on access.
public struct Taps: RandomAccessCollection, Sendable {
    let layer: Conv1DLayer
    let position: Int
    let filter: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { layer.spec.kernelSize * layer.spec.channelsPerGroup }

    public subscript(i: Int) -> Tap {
        let cg = layer.spec.channelsPerGroup
        let t = i / cg, c = i % cg
        let p = layer.inputPosition(output: position, tap: t)
        let channel = layer.firstChannel(filter: filter) + c
        let length = layer.spec.length
        let source: Tap.Source
        if p < 0 {
            source = .leftPad(p + layer.plan.left)
        } else if p >= length {
            source = .rightPad(p - length)
        } else {
            source = .input(p)
        }
        let copied = p < 0 || p >= length ? layer.plan.source(of: p, length: length) : nil
        return Tap(tap: t, position: p, source: source, channel: channel, x: layer.value(at: p, channel: channel),
                   copies: copied, w: layer.weight(tap: t, groupChannel: c, filter: filter))
    }
}
