import ArgumentParser

/// `convviz explain`: not built yet.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "(not built yet)")

    func run() throws {
        throw CLIExit(message: "explain is not built yet")
    }
}
