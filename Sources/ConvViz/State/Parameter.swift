/// A whole-number layer parameter that keys and scripts can change.
public enum Parameter: String, CaseIterable, Sendable {
    case length, channels, filters
    case kernelSize = "kernel_size"
    case strides
    case dilationRate = "dilation_rate"
    case groups

    /// The values the explorer accepts, so a key press can never build an absurd layer.
    public var range: ClosedRange<Int> {
        switch self {
        case .length: return 0...10_000_000
        case .channels, .filters, .groups: return 1...4096
        case .kernelSize, .strides, .dilationRate: return 1...1024
        }
    }

    /// The range as help and errors write it: `1...4096`.
    public var rangeText: String { "\(range.lowerBound)...\(range.upperBound)" }

    /// The command-line option: `kernel-size` for `kernel_size`.
    public var optionName: String { String(rawValue.map { $0 == "_" ? "-" : $0 }) }

    /// PyTorch's integer padding on each side, wherever it is given (option, key, script).
    public static let torchPaddingRange = 0...1024

    /// Reads this parameter from a spec.
    public func value(in spec: Conv1DSpec) -> Int {
        switch self {
        case .length: return spec.length
        case .channels: return spec.channels
        case .filters: return spec.filters
        case .kernelSize: return spec.kernelSize
        case .strides: return spec.strides
        case .dilationRate: return spec.dilationRate
        case .groups: return spec.groups
        }
    }

    /// Writes this parameter into a model's Conv1D, clamped to `range`. Length and channels belong
    /// to the model's input, not to a layer, and leave it as it is.
    public func set(_ value: Int, in conv: inout ConvArguments) {
        let v = min(max(value, range.lowerBound), range.upperBound)
        switch self {
        case .length, .channels: break
        case .filters: conv.filters = v
        case .kernelSize: conv.kernelSize = v
        case .strides: conv.strides = v
        case .dilationRate: conv.dilationRate = v
        case .groups: conv.groups = v
        }
    }

    /// Writes this parameter into a spec, clamped to `range`.
    public func set(_ value: Int, in spec: inout Conv1DSpec) {
        let v = min(max(value, range.lowerBound), range.upperBound)
        switch self {
        case .length: spec.length = v
        case .channels: spec.channels = v
        case .filters: spec.filters = v
        case .kernelSize: spec.kernelSize = v
        case .strides: spec.strides = v
        case .dilationRate: spec.dilationRate = v
        case .groups: spec.groups = v
        }
    }
}
