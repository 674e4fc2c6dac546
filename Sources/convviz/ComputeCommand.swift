import ArgumentParser

/// `convviz compute`: not built yet.
struct Compute: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compute", abstract: "(not built yet)")

    func run() throws {
        throw CLIExit(message: "compute is not built yet")
    }
}
