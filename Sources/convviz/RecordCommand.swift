import ArgumentParser

/// `convviz record`: not built yet.
struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "record", abstract: "(not built yet)")

    func run() throws {
        throw CLIExit(message: "record is not built yet")
    }
}
