import ArgumentParser
import ConvViz
#if canImport(Glibc)
import Glibc
#endif

// Parse errors become one line on stderr (swift-argument-parser would add the usage block),
// so scripts and people see exactly which option and value were wrong.
do {
    // `help NAME` for a name that is no subcommand would print the overview and exit 0.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.count >= 2, arguments[0] == "help", !arguments[1].hasPrefix("-") {
        let names = Convviz.configuration.subcommands.map { $0._commandName }
        if !names.contains(arguments[1]) {
            throw CLIExit(message: "help: no subcommand '\(Sanitize.visible(arguments[1]))'\(Suggest.hint(arguments[1], in: names)); use one of \(names.joined(separator: ", "))")
        }
    }
    var command = try Convviz.parseAsRoot()
    try command.run()
} catch let exit as CLIExit {
    exit.finish()
} catch {
    let code = Convviz.exitCode(for: error)
    if code == .success {
        // --help, --version: written as any report is, so a full disk or a closed pipe is an error, not exit 0.
        do {
            try StandardOutput.write(Convviz.fullMessage(for: error) + "\n")
            Glibc.exit(0)
        } catch {
            error.finish()
        }
    }
    // The usage and help lines go; a line break inside the value typed (--length $'5\n') stays in, written as \u{A}.
    var message = Convviz.message(for: error)
    for block in ["\nHelp:", "\nUsage:"] { message = message.components(separatedBy: block)[0] }
    while message.hasSuffix("\n") { message.removeLast() }
    let trimmed = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
    writeStderr("convviz: \(Sanitize.clipped(Sanitize.visible(trimmed.isEmpty ? "\(error)" : trimmed)))\n")
    Glibc.exit(code.rawValue == 0 ? 1 : code.rawValue)
}
