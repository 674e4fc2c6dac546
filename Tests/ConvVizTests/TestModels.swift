@testable import ConvViz

/// Small models that several suites build on.
enum TestModels {
    /// Conv1D(k=2, strides=3) then Conv1D(k=2) on 12 steps: the stride skips every third input,
    /// and the second layer reads the first one's sixteenths.
    static let strided = ExplorerModel(name: "strided", stack: ModelStack([
        .conv1D(ConvArguments(filters: 1, kernelSize: 2, strides: 3)), .conv1D(ConvArguments(filters: 1, kernelSize: 2)),
    ]), length: 12, channels: 1)
}

extension AppState {
    /// A key as the explorer's key map dispatches it.
    mutating func press(_ key: Key) {
        if let a = KeyMap.standard.action(for: key) { apply(a) }
    }
}
