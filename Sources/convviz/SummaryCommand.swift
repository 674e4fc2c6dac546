import ArgumentParser

/// `convviz summary`: not built yet.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "summary", abstract: "(not built yet)")

    func run() throws {
        throw CLIExit(message: "summary is not built yet")
    }
}
