import ArgumentParser
import ConvViz

/// `--padding`: Keras's names (valid, same, causal), or a whole number, PyTorch's padding on each side.
enum PaddingArgument: ExpressibleByArgument, Equatable {
    case named(Padding)
    case count(Int)

    init?(argument: String) {
        if let p = Padding(rawValue: argument) { self = .named(p) } else if let n = Int(argument), Parameter.torchPaddingRange.contains(n) { self = .count(n) } else { return nil }
    }

    /// Completions offer the names; a number is typed.
    static var allValueStrings: [String] { Padding.allCases.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension Framework: ExpressibleByArgument {}
extension TorchPaddingMode: ExpressibleByArgument {}
