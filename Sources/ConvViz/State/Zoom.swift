/// How values are drawn in the input and output panels.
public enum Zoom: String, CaseIterable, Sendable {
    /// Numbers when every position fits, a heatmap otherwise.
    case auto
    /// Always numbers, scrolling as needed.
    case numbers
    /// Always a one-column-per-position heatmap.
    case heatmap

    /// The next mode for the zoom key.
    public var next: Zoom {
        switch self {
        case .auto: return .numbers
        case .numbers: return .heatmap
        case .heatmap: return .auto
        }
    }
}
