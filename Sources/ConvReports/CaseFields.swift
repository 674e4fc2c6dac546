import ConvMath

/// The fields of one case object, read with defaults and with errors that name the field.
struct CaseFields {
    private let fields: [String: JSONValue]
    /// The fields a decoder has looked at, so that one nobody reads (a misspelt `paddding`) is an error, as in Keras.
    private final class ReadNames { var names: Set<String> = [] }
    private let read = ReadNames()

    init(_ value: JSONValue) throws(CaseError) {
        guard case .object(let fields) = value else {
            throw CaseError("a case must be a JSON object, not \(value.kindName)")
        }
        self.fields = fields
    }

    /// A field's value, nil when absent; reading it marks it as known.
    subscript(name: String) -> JSONValue? {
        read.names.insert(name)
        return fields[name]
    }

    /// Fields that describe a case rather than a layer: a fixture's name, tags and expected result.
    static let descriptive: Set<String> = ["id", "tags", "expected", "exact", "comment", "note", "description"]

    /// Fails on a field no decoder read, as Keras (ValueError) and PyTorch (TypeError) refuse an unknown
    /// argument. Arguments of the case's library that change no number computed here are allowed:
    /// Keras's name, trainable, initializers, regularizers and constraints; nn.Conv1d's device.
    func rejectUnknown(torch: Bool) throws(CaseError) {
        func allowed(_ key: String) -> Bool {
            Self.descriptive.contains(key) || (torch ? key == "device" : ["name", "trainable"].contains(key) || LayerFields.keptAside(key))
        }
        for key in fields.keys.sorted() where !read.names.contains(key) && !allowed(key) {
            throw CaseError("unknown field '\(key)'")
        }
    }

    /// True when the field is absent or null, so the library default applies.
    func isMissing(_ name: String) -> Bool {
        self[name] == nil || self[name] == .null
    }

    /// A required field.
    func required(_ name: String) throws(CaseError) -> JSONValue {
        guard let v = self[name], v != .null else { throw CaseError("missing field '\(name)'") }
        return v
    }

    /// The largest magnitude an integer field may have. Every size a case can state
    /// (padding, strides, dilation, kernel size, groups) stays far from `Int.max` in
    /// the layer arithmetic, and a pad of a million cells is still quick to compute.
    static let maxMagnitude = 1_000_000

    /// An integer field; nil when missing or null. Values beyond ±`maxMagnitude` are refused.
    ///
    /// A one-element list (`[3]`) counts as its element: Keras's `get_config()` and PyTorch's
    /// module attributes store kernel_size, strides and dilation as one-element tuples.
    func optionalInt(_ name: String) throws(CaseError) -> Int? {
        guard var v = self[name], v != .null else { return nil }
        if case .array(let items) = v {
            guard items.count == 1 else { throw CaseError("field '\(name)' must be an integer or a list of one integer, not a list of \(items.count)") }
            v = items[0]
        }
        guard case .number(let number) = v else { throw CaseError("field '\(name)' must be an integer, not \(v.kindName)") }
        let text = number.text
        let n: Int
        if let i = Int(text) {
            n = i
        } else if let d = Double(text), d.rounded() == d, d.isFinite {
            // Python writers may print an integer as 2.0.
            n = abs(d) <= Double(Self.maxMagnitude) ? Int(d) : (d > 0 ? Self.maxMagnitude + 1 : -Self.maxMagnitude - 1)
        } else if text.allSatisfy({ $0.isNumber || $0 == "-" }) {
            // An integer too long for 64 bits.
            n = text.hasPrefix("-") ? -Self.maxMagnitude - 1 : Self.maxMagnitude + 1
        } else {
            throw CaseError("field '\(name)' must be an integer, not \(text)")
        }
        if n > Self.maxMagnitude { throw CaseError("field '\(name)' must be at most \(Self.maxMagnitude)") }
        if n < -Self.maxMagnitude { throw CaseError("field '\(name)' must be at least -\(Self.maxMagnitude)") }
        return n
    }

    func int(_ name: String, default value: Int) throws(CaseError) -> Int {
        try optionalInt(name) ?? value
    }

    /// An integer field that must be present.
    func requiredInt(_ name: String) throws(CaseError) -> Int {
        guard let n = try optionalInt(name) else { throw CaseError("missing field '\(name)'") }
        return n
    }

    func bool(_ name: String, default value: Bool) throws(CaseError) -> Bool {
        guard let v = self[name], v != .null else { return value }
        guard case .bool(let b) = v else { throw CaseError("field '\(name)' must be true or false, not \(v.kindName)") }
        return b
    }

    /// A string field that must be one of `choices`.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default value: T) throws(CaseError) -> T where T.RawValue == String {
        guard let v = self[name], v != .null else { return value }
        let names = T.allCases.map(\.rawValue)
        guard case .string(let s) = v, let t = T(rawValue: s) else {
            throw CaseError("field '\(name)' must be one of \(names.joined(separator: ", ")), not \(JSONWriter.text(v))")
        }
        return t
    }

    /// A numeric array field of the given rank.
    func array(_ name: String, rank: Int) throws(CaseError) -> NumberArray {
        try NumberArray.read(required(name), rank: rank, field: name)
    }

    /// An optional vector; nil when missing or null.
    func optionalVector(_ name: String) throws(CaseError) -> [Float]? {
        guard let v = self[name], v != .null else { return nil }
        return try NumberArray.read(v, rank: 1, field: name).values
    }
}
