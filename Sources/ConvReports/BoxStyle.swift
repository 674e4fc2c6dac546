/// The characters a table is drawn with: Keras 3's heavy-headed Unicode box, or plain ASCII.
public struct BoxStyle: Sendable, Hashable {
    /// Corners and joints of one horizontal rule: left, fill, joint, right.
    public struct Rule: Sendable, Hashable {
        public var left, fill, joint, right: Character
    }

    public var top: Rule
    /// Under the header row.
    public var headerRule: Rule
    /// Between body rows.
    public var rowRule: Rule
    public var bottom: Rule
    public var headerBar: Character
    public var bodyBar: Character
    /// How formulas in the same report are written.
    public var formulas: FormulaStyle

    /// What Keras 3 prints (through rich): heavy lines around the header, light below.
    public static let unicode = BoxStyle(
        top: Rule(left: "┏", fill: "━", joint: "┳", right: "┓"),
        headerRule: Rule(left: "┡", fill: "━", joint: "╇", right: "┩"),
        rowRule: Rule(left: "├", fill: "─", joint: "┼", right: "┤"),
        bottom: Rule(left: "└", fill: "─", joint: "┴", right: "┘"),
        headerBar: "┃", bodyBar: "│", formulas: .unicode)

    /// For terminals, fonts and files that cannot show box drawing.
    public static let ascii = BoxStyle(
        top: Rule(left: "+", fill: "-", joint: "+", right: "+"),
        headerRule: Rule(left: "+", fill: "=", joint: "+", right: "+"),
        rowRule: Rule(left: "+", fill: "-", joint: "+", right: "+"),
        bottom: Rule(left: "+", fill: "-", joint: "+", right: "+"),
        headerBar: "|", bodyBar: "|", formulas: .ascii)
}
