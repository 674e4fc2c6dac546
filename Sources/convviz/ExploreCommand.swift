import ArgumentParser
import ConvViz
import CursesBackend

/// `convviz explore`: the interactive explorer (also what `convviz` alone opens).
struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer of a Conv1D layer (the default command).",
        discussion: """
        With no options it opens a teaching-ready layer: 12 positions x 3 channels,
        4 filters of kernel_size 3, 'same' padding, relu. Press Space to play,
        Right to step, ? for every key, q to quit. Keras's Conv1D itself defaults
        to padding='valid' and no activation: add --padding valid --activation
        linear to see a bare Conv1D(F, k).

        Examples:
          convviz
          convviz explore --length 8 --kernel-size 3 --strides 2 --padding causal
          convviz --length 500 --channels 128 --filters 32 \\
                  --kernel-size 7 --padding valid
        """
    )

    @OptionGroup var layer: LayerOptions
    @OptionGroup var words: TextOptions
    @OptionGroup var view: ViewOptions

    func run() throws {
        try ExplorerRunner.run(state: try view.state(for: layer, text: words), askingTheme: ThemeChoice.asksTerminal(view.theme), forceASCII: view.ascii, observer: nil)
    }
}
