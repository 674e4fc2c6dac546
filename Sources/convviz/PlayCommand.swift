import ArgumentParser

/// `convviz play`: not built yet.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "play", abstract: "(not built yet)")

    func run() throws {
        throw CLIExit(message: "play is not built yet")
    }
}
