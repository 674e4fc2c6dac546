import Foundation

/// Paths found from this file, so tests run from any working directory.
enum Fixtures {
    /// The package root: two levels above Tests/ConvReportsTests.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/\(name)"))
    }

    /// One published model: its spec as JSON bytes and the rows Keras printed.
    struct PublishedModel {
        var name: String
        var spec: Data
        var rows: [(className: String, shape: String, params: Int)]
        var total: Int
    }

    static func publishedModels() throws -> [PublishedModel] {
        let root = try JSONSerialization.jsonObject(with: data("published_models.json")) as! [String: Any]
        return try (root["models"] as! [[String: Any]]).map { model in
            let rows = (model["expected_rows"] as! [[String: Any]]).map { row in
                let dims = (row["output_shape"] as! [Any]).map { ($0 as? Int).map(String.init) ?? "None" }
                return (row["class"] as! String, "(" + dims.joined(separator: ", ") + ")", row["params"] as! Int)
            }
            return PublishedModel(name: model["name"] as! String, spec: try JSONSerialization.data(withJSONObject: model["spec"]!),
                                  rows: rows, total: model["expected_total"] as! Int)
        }
    }
}
