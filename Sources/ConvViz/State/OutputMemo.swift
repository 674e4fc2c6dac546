import ConvMath
import Synchronization

/// Outputs of a wide layer, kept once computed: a frame of a 900-tap, 4096-channel layer would
/// otherwise sum 3.7 million products again for every output cell it shows.
///
/// One memo belongs to one built layer (`AppState.layer` replaces it), so a value never outlives
/// the weights that made it.
public final class OutputMemo: Sendable {
    private let values = Mutex<[Int: Float]>([:])
    /// Entries kept at most: a few screens' worth, so scrolling a long output costs no more memory.
    static let capacity = 100_000

    public init() {}

    /// Output (j, f) of `layer`, computed on first use.
    func output(_ layer: Conv1DLayer, position j: Int, filter f: Int) -> Float {
        let key = j * layer.spec.filters + f
        if let v = values.withLock({ $0[key] }) { return v }
        let v = layer.output(position: j, filter: f)
        values.withLock {
            if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
            $0[key] = v
        }
        return v
    }
}
