import Synchronization

/// The widest exact text among a layer's input or output rows, found once per layer and rows.
///
/// The layout asks on every key and every script line: a script of a million `step` lines
/// spent nine tenths of its time formatting the same values again. The state makes a new
/// memo whenever its layer changes, so what it holds always describes the layer on screen.
public final class WidestTextMemo: Sendable {
    /// What was measured: the input or the output, and the first and last row of it.
    struct Key: Hashable {
        var output: Bool
        var rows: Range<Int>
    }

    private let widths = Mutex<[Key: Int]>([:])

    public init() {}

    /// The width for `key`, measured by `measure` the first time.
    func width(_ key: Key, _ measure: () -> Int) -> Int {
        if let w = widths.withLock({ $0[key] }) { return w }
        let w = measure()
        widths.withLock {
            if $0.count >= 4096 { $0.removeAll(keepingCapacity: true) }
            $0[key] = w
        }
        return w
    }
}
