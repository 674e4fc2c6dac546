import ArgumentParser

/// The root command: `convviz` alone opens the explorer.
struct Convviz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convviz",
        abstract: "See how a Keras Conv1D layer works, step by step, in your terminal (convviz \(ConvvizVersion.current)).",
        discussion: """
        With no subcommand, opens the interactive explorer on a teaching-ready layer.
        Press ? in the explorer for every key.
        """,
        version: ConvvizVersion.current,
        subcommands: [Explore.self, Play.self, Record.self, Explain.self, Summary.self, Compute.self],
        defaultSubcommand: Explore.self
    )
}
