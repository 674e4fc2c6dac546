/// The names a `set` line takes besides the whole-number `Parameter`s: the one list the parser,
/// the formatter and the "did you mean" hints read.
public enum SettingName: String, CaseIterable, Sendable {
    case padding, activation
    case useBias = "use_bias"
    case seed, order, speed, input, kernel, framework
    case paddingMode = "padding_mode"
    case ceilMode = "ceil_mode"
    case countIncludePad = "count_include_pad"

    /// Every name `set` accepts: the parameters first, then these.
    public static var all: [String] { Parameter.allCases.map(\.rawValue) + allCases.map(\.rawValue) }
}

extension Setting {
    /// The name a `set` line gives this setting (`text` and `embedding` are lines of their own).
    public var name: String {
        switch self {
        case .parameter(let p, _): return p.rawValue
        case .padding, .torchPadding: return SettingName.padding.rawValue
        case .activation, .layerActivation: return SettingName.activation.rawValue
        case .useBias: return SettingName.useBias.rawValue
        case .seed: return SettingName.seed.rawValue
        case .order: return SettingName.order.rawValue
        case .speed: return SettingName.speed.rawValue
        case .input: return SettingName.input.rawValue
        case .kernel: return SettingName.kernel.rawValue
        case .framework: return SettingName.framework.rawValue
        case .paddingMode: return SettingName.paddingMode.rawValue
        case .ceilMode: return SettingName.ceilMode.rawValue
        case .countIncludePad: return SettingName.countIncludePad.rawValue
        case .text: return "text"
        case .embedding: return "embedding"
        }
    }
}
