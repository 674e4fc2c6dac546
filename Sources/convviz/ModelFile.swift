import ConvReports
import ConvViz
import Foundation

/// Resolves `--model` and a script's `model` line: a built-in name, or a `summary` JSON file whose layers may carry weights.
enum ModelFile {
    /// The largest model file read, so a wrong path to a huge file fails at once.
    static let maxBytes = 256 << 20

    /// The model `value` names; relative paths are taken from `directory` (a script's folder).
    static func load(_ value: String, relativeTo directory: String? = nil) -> Result<ExplorerModel, ModelLoadError> {
        if let m = ExplorerModel.builtin(value) { return .success(m) }
        let path = directory.map { value.hasPrefix("/") ? value : ($0 as NSString).appendingPathComponent(value) } ?? value
        let shown = Sanitize.line(value)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            if let repaired = SafeFile.repairedNameRefusal(value, doing: "open") { return .failure(ModelLoadError("model \(repaired)")) }
            return .failure(ModelLoadError("model '\(shown)' is neither a built-in model (\(ExplorerModel.builtinNames.joined(separator: ", "))) nor a model file"))
        }
        let data: Data
        switch BoundedFile.read(path, maxBytes: maxBytes, shown: value) {
        case .success(let bytes): data = Data(bytes)
        case .failure(let e): return .failure(ModelLoadError("model file \(e.description)"))
        }
        let stack: ModelStack, title: String
        do {
            let decoded = try SummaryDecoder.decode(data)
            stack = decoded.stack
            // A path can fill the strip: the file's own model name, else its file name, names the model there.
            let file = Sanitize.line(((value as NSString).lastPathComponent as NSString).deletingPathExtension)
            title = decoded.name.isEmpty || decoded.name == "sequential" ? file : decoded.name
        } catch {
            return .failure(ModelLoadError("model file '\(shown)': \(Sanitize.line(error.message))"))
        }
        switch ExplorerModel.from(stack, name: shown) {
        case .success(var m):
            m.title = title
            return .success(m)
        case .failure(let e): return .failure(ModelLoadError("model file '\(shown)': \(e.message)"))
        }
    }
}
