import ArgumentParser
import ConvViz

/// `--padding`: Keras's names (valid, same, causal), or a whole number, PyTorch's padding on each side.
enum PaddingArgument: ExpressibleByArgument, Equatable {
    case named(Padding)
    case count(Int)

    init?(argument: String) {
        if let p = Padding(rawValue: argument) { self = .named(p) } else if let n = Int(argument), Parameter.torchPaddingRange.contains(n) { self = .count(n) } else { return nil }
    }

    /// Reads `--padding`, or says in one line what it takes (ArgumentParser's own message would list the names only).
    static func parse(_ text: String) throws -> PaddingArgument {
        if let p = PaddingArgument(argument: text) { return p }
        let r = Parameter.torchPaddingRange
        throw ValidationError("use valid, same, causal, or (with --framework pytorch) a whole number in \(r.lowerBound)...\(r.upperBound)")
    }

    /// Completions offer the names; a number is typed.
    static var allValueStrings: [String] { Padding.allCases.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension Framework: ExpressibleByArgument {}
extension TorchPaddingMode: ExpressibleByArgument {}
