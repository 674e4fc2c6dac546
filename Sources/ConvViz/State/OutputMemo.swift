import ConvMath
import Synchronization

/// Outputs of a wide layer, kept once computed: a frame of a 900-tap, 4096-channel layer would
/// otherwise sum 3.7 million products again for every output cell it shows.
///
/// One memo belongs to one built layer (`AppState.layer` replaces it), so a value never outlives
/// the weights that made it.
public final class OutputMemo: Sendable {
    private let values = Mutex<[Int: Float]>([:])
    /// The largest magnitude over every filter, by position: a heatmap's scale, read on every frame.
    private let largest = Mutex<[Int: Float]>([:])
    /// Entries kept at most: a few screens' worth, so scrolling a long output costs no more memory.
    static let capacity = 100_000

    public init() {}

    /// Output (j, f) of `layer`, computed on first use with the seven filters beside it: the
    /// panel reads the filters in view at each position, and eight cost little more than one.
    func output(_ layer: Conv1DLayer, position j: Int, filter f: Int) -> Float {
        let filters = layer.spec.filters, key = j * filters + f
        if let v = values.withLock({ $0[key] }) { return v }
        let first = f - f % 8
        let block = layer.outputs(position: j, filters: first..<min(first + 8, filters))
        keep(block, position: j, from: first, of: filters)
        return block[f - first]
    }

    /// Stores outputs (j, first), (j, first + 1), … of a layer with `filters` filters.
    private func keep(_ block: [Float], position j: Int, from first: Int, of filters: Int) {
        values.withLock {
            if $0.count + block.count > Self.capacity { $0.removeAll(keepingCapacity: true) }
            for (i, v) in block.enumerated() { $0[j * filters + first + i] = v }
        }
    }

    /// The largest |y[j, f]| over every filter f of `layer`, summed once with all the outputs at j (kept too).
    func largestMagnitude(_ layer: Conv1DLayer, position j: Int) -> Float {
        if let m = largest.withLock({ $0[j] }) { return m }
        let filters = layer.spec.filters
        let all = layer.outputs(position: j, filters: 0..<filters)
        let m = all.reduce(Float(0)) { max($0, abs($1)) }
        keep(all, position: j, from: 0, of: filters)
        largest.withLock {
            if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
            $0[j] = m
        }
        return m
    }
}
