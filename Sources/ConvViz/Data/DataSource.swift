/// Where a layer's input or kernel values come from: a named preset or a table read from a file.
public enum DataSource: Equatable, Sendable {
    case preset(DataPreset)
    /// Values from a CSV file; `name` is the (sanitized) file name shown on screen.
    case table(name: String, values: Matrix)

    /// The name shown on screen and written by `record`.
    public var name: String {
        switch self {
        case .preset(let p): return p.rawValue
        case .table(let name, _): return name
        }
    }
}
