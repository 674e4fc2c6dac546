/// The one key table: it dispatches key presses and generates the help overlay and status hints.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The short hints of `group`: each hinted binding with its inverse's key (`k/K kernel`, `→/← step`).
    public func hints(in group: KeyBinding.Group) -> [(keys: [Key], hint: String)] {
        bindings.filter { $0.group == group && $0.hint != nil }.map { b in
            let partner = b.action.inverse.flatMap { inverse in bindings.first { $0.action == inverse } }
            let keys = partner.map { p in [p.keys[0], b.keys[0]] } ?? [b.keys[0]]
            return (b.action.isDecrease ? keys.reversed() : keys, b.hint!)
        }
    }

    /// The action bound to `key`, if any.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// True for a key that changes the layer and so rebuilds it (`k`, `r`, `T`, …).
    public func changesTheLayer(_ key: Key) -> Bool {
        bindings.contains { $0.group == .layer && $0.keys.contains(key) }
    }

    /// The explorer's fixed key map (product.md), plus a few extras.
    public static let standard = KeyMap(bindings: [
        KeyBinding([.space], .togglePlay, "play / pause", .playback, hint: "play"),
        KeyBinding([.right, .char("l")], .step(1), "step forward", .playback, hint: "step"),
        KeyBinding([.left, .char("h")], .step(-1), "step back", .playback),
        KeyBinding([.home, .char("g")], .first, "first step", .playback),
        KeyBinding([.end, .char("G")], .last, "last step", .playback),
        KeyBinding([.char("+"), .char("=")], .speedUp, "speed up", .playback, hint: "speed"),
        KeyBinding([.char("-"), .char("_")], .speedDown, "speed down", .playback),
        KeyBinding([.tab], .stage(.next), "next layer (model)", .playback),
        KeyBinding([.backTab], .stage(.previous), "previous layer", .playback),
        KeyBinding([.char("o")], .toggleOrder, "order: position/filter", .playback, hint: "order"),
        KeyBinding([.char("k")], .adjust(.kernelSize, -1), "kernel_size −1", .layer),
        KeyBinding([.char("K")], .adjust(.kernelSize, 1), "kernel_size +1", .layer, hint: "kernel"),
        KeyBinding([.char("s")], .adjust(.strides, -1), "strides −1", .layer),
        KeyBinding([.char("S")], .adjust(.strides, 1), "strides +1", .layer, hint: "stride"),
        KeyBinding([.char("p")], .cyclePadding, "padding: next mode", .layer, hint: "pad"),
        KeyBinding([.char("T")], .toggleFramework, "framework: Keras / PyTorch", .layer),
        KeyBinding([.char("m")], .cyclePaddingMode, "PyTorch padding_mode: next", .layer),
        KeyBinding([.char("u")], .toggleCeilMode, "PyTorch pool ceil_mode on / off", .layer),
        KeyBinding([.char("i")], .toggleCountIncludePad, "PyTorch AvgPool count_include_pad", .layer),
        KeyBinding([.char("d")], .adjust(.dilationRate, -1), "dilation_rate −1", .layer),
        KeyBinding([.char("D")], .adjust(.dilationRate, 1), "dilation_rate +1", .layer, hint: "dil"),
        KeyBinding([.char("f")], .adjust(.filters, -1), "filters −1", .layer),
        KeyBinding([.char("F")], .adjust(.filters, 1), "filters +1", .layer, hint: "filt"),
        KeyBinding([.char("c")], .adjust(.channels, -1), "channels −1", .layer),
        KeyBinding([.char("C")], .adjust(.channels, 1), "channels +1", .layer, hint: "chan"),
        KeyBinding([.char("n")], .adjust(.length, -1), "length −1", .layer),
        KeyBinding([.char("N")], .adjust(.length, 1), "length +1", .layer, hint: "len"),
        KeyBinding([.char("a")], .cycleActivation, "activation: next", .layer, hint: "act"),
        KeyBinding([.char("b")], .toggleBias, "bias on / off", .layer, hint: "bias"),
        KeyBinding([.char("r")], .reseed, "reseed weights & input", .layer, hint: "reseed"),
        KeyBinding([.char("e")], .editText, "edit the text (words)", .layer),
        KeyBinding([.up], .scrollChannels(-1), "scroll rows up", .view),
        KeyBinding([.down], .scrollChannels(1), "scroll rows down", .view),
        KeyBinding([.pageUp], .pageRows(-1), "page rows up", .view),
        KeyBinding([.pageDown], .pageRows(1), "page rows down", .view),
        KeyBinding([.char("["), .char("<")], .scrollPositions(-8), "pan left", .view),
        KeyBinding([.char("]"), .char(">")], .scrollPositions(8), "pan right", .view),
        KeyBinding([.char("z")], .cycleZoom, "numbers / heatmap / auto", .view),
        KeyBinding([.char("Z")], .cycleCellSize, "bigger cells (projector)", .view),
        KeyBinding([.char("t")], .cycleTheme, "theme: dark / light / contrast", .view),
        KeyBinding([.char("L")], .toggleLegend, "legend: colours and glyphs", .view),
        KeyBinding([.char("P")], .savePicture, "save the screen as SVG", .view),
        KeyBinding([.char("?")], .toggleHelp, "show / hide this help", .view, hint: "help"),
        KeyBinding([.char("q"), .escape, .ctrlC], .quit, "quit", .view, hint: "quit"),
    ])
}
