import ArgumentParser

/// `convviz explore`: not built yet.
struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explore", abstract: "(not built yet)")

    func run() throws {
        throw CLIExit(message: "explore is not built yet")
    }
}
