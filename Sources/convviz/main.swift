import ArgumentParser
import ConvViz
#if canImport(Glibc)
import Glibc
#endif

// Parse errors become one line on stderr (swift-argument-parser would add the usage block),
// so scripts and people see exactly which option and value were wrong.
do {
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
    let message = Convviz.message(for: error)
        .split(separator: "\n").first.map(String.init) ?? "\(error)"
    let trimmed = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
    writeStderr("convviz: \(Sanitize.errorLine(trimmed))\n")
    Glibc.exit(code.rawValue == 0 ? 1 : code.rawValue)
}
