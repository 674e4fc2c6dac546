import ArgumentParser
import ConvReports
import ConvViz
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `convviz compute`: runs Keras and PyTorch cases from JSON and prints their results as JSON.
struct Compute: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compute",
        abstract: "Compute Keras Conv1D and pooling cases (and their PyTorch twins) from JSON.",
        discussion: """
        Reads one case object, an array of cases, or a fixture file {"cases": [...]} \
        from FILE, or from standard input when FILE is - or absent. Prints one result \
        per case, in order: a single case gives one object, an array gives an array.

        A Keras case has "op" (conv1d, maxpool1d, avgpool1d, globalmax, globalavg, or \
        sequential with a "layers" list, a whole model) and \
        Keras's argument names; "input" is [L][C], or [C][L] with channels_first, and \
        "kernel" is [k][C/G][F]. A case with "framework": "pytorch" uses PyTorch's names \
        and layouts: "input" [C][L], "weight" [F][C/G][k], "stride", "padding", \
        "padding_mode", "ceil_mode", "count_include_pad". Missing fields take the \
        library's defaults.

        A result is {"ok": true, "output": [...], "output_shape": [...], "param_count": N} \
        or {"ok": false, "error": {"type": "...", "message": "..."}} with the library's \
        own exception and message. Floats print so they read back as the same float32. \
        Input that is not JSON gives a ParseError; an entry that is not a case gives an \
        InvalidCase naming its index and what is wrong, and the other entries still run.

        Example:
          echo '{"op": "maxpool1d", "pool_size": 2, "padding": "same",
                 "input": [[-5], [-4], [-3]]}' | convviz compute
          {"ok":true,"output":[[-4.0],[-3.0]],"output_shape":[2,1],"param_count":0}
        """
    )

    @Argument(help: "A JSON file of cases; - or nothing reads standard input.")
    var file: String?

    @Flag(help: "Indent the output, one tensor row per line.")
    var pretty = false

    func run() throws {
        if file == nil || file == "-", isatty(0) == 1 { writeStderr("convviz: reading cases from the terminal; end with Ctrl-D\n") }
        let input = try BoundedFile.input(file ?? "-", maxBytes: BoundedFile.maxJSONBytes)
        let (text, unreadable) = ConvReports.Compute.runChecked(input, pretty: pretty)
        try StandardOutput.write([UInt8](text))
        // The ok:false result is printed as for any case, and when nothing could be read at all the exit says so too.
        if let reason = unreadable {
            throw CLIExit(message: "\(Sanitize.line(file ?? "standard input")) is not JSON: \(reason)")
        }
    }
}
