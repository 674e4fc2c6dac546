/// The fields of one layer object in a summary description, read with errors that name the layer and field.
///
/// Every field read is recorded, so fields nobody asked for can be reported as
/// unknown: a misspelt `stride` must not silently fall back to the default.
struct LayerFields {
    /// Place in the list, counted from 1 in messages.
    let index: Int
    let className: String
    let object: [String: JSONValue]
    private(set) var used: Set<String> = ["class", "class_name", "name", "trainable"]

    init(index: Int, className: String, object: [String: JSONValue]) {
        self.index = index
        self.className = className
        self.object = object
    }

    /// The largest integer any field may hold: sizes beyond it describe no real model, and
    /// keeping every field at most 10⁹ keeps the window and shape arithmetic far from `Int.max`.
    static let maxInteger = 1_000_000_000

    func error(_ text: String) -> SummaryInputError {
        SummaryInputError("layer \(index + 1) (\(Sanitize.visible(className))): \(text)")
    }

    /// A required or defaulted positive integer; Keras's one-element tuples like `[7]` count as 7.
    mutating func positiveInt(_ key: String, default value: Int? = nil) throws(SummaryInputError) -> Int {
        used.insert(key)
        switch object[key] {
        case nil, .null?:
            guard let value else { throw error("'\(key)' is required") }
            return value
        case let v? where (v.integerValue ?? 0) > 0: return try bounded(key, v.integerValue!)
        case let .array(items)? where items.count == 1:
            if let n = items[0].integerValue, n > 0 { return try bounded(key, n) }
        default: break
        }
        throw error("'\(key)' must be a positive integer")
    }

    /// `n`, unless it is above `maxInteger`.
    func bounded(_ key: String, _ n: Int) throws(SummaryInputError) -> Int {
        guard n <= Self.maxInteger else { throw error("'\(key)' must be at most \(Self.maxInteger), not \(n)") }
        return n
    }

    /// An integer that may be null or absent.
    mutating func optionalPositiveInt(_ key: String) throws(SummaryInputError) -> Int? {
        if object[key] == nil || object[key] == .null { used.insert(key); return nil }
        return try positiveInt(key)
    }

    mutating func bool(_ key: String, default value: Bool) throws(SummaryInputError) -> Bool {
        used.insert(key)
        switch object[key] {
        case nil, .null?: return value
        case let .bool(b)?: return b
        case let other?: throw error("'\(key)' must be true or false, not \(other.kind)")
        }
    }

    mutating func number(_ key: String, default value: Double) throws(SummaryInputError) -> Double {
        used.insert(key)
        switch object[key] {
        case nil, .null?: return value
        case let v? where v.doubleValue != nil: return v.doubleValue!
        case let other?: throw error("'\(key)' must be a number, not \(other.kind)")
        }
    }

    /// A string from a fixed set, compared without case as Keras does.
    mutating func choice(_ key: String, _ allowed: [String], default value: String) throws(SummaryInputError) -> String {
        used.insert(key)
        switch object[key] {
        case nil, .null?: return value
        case let .string(s)? where allowed.contains(s.lowercased()): return s.lowercased()
        default: throw error("'\(key)' must be one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))")
        }
    }

    /// Any string (activations beyond the explorer's four still give the same shapes).
    mutating func string(_ key: String) throws(SummaryInputError) -> String? {
        used.insert(key)
        switch object[key] {
        case nil, .null?: return nil
        case let .string(s)?: return s
        case let other?: throw error("'\(key)' must be a string, not \(other.kind)")
        }
    }

    /// A shape list of positive integers or nulls, e.g. `[500, 1]` or `[null, 128]`.
    mutating func shape(_ key: String) throws(SummaryInputError) -> [Int?]? {
        used.insert(key)
        guard let value = object[key], value != .null else { return nil }
        guard case let .array(items) = value else { throw error("'\(key)' must be a list like [500, 1]") }
        return try items.map { (item: JSONValue) throws(SummaryInputError) -> Int? in
            switch item {
            case .null: return nil
            case let v where (v.integerValue ?? 0) > 0: return try bounded(key, v.integerValue!)
            default: throw error("'\(key)' must list positive integers or null, found \(item.kind)")
            }
        }
    }

    /// A numeric array of the given rank, nil when absent.
    mutating func numbers(_ key: String, rank: Int) throws(SummaryInputError) -> NumberArray? {
        used.insert(key)
        guard let value = object[key], value != .null else { return nil }
        do {
            return try NumberArray.read(value, rank: rank, field: key)
        } catch {
            throw self.error(error.message)
        }
    }

    /// Fails on a field no reader asked for, except Keras settings that change no shape or count.
    func rejectUnknown() throws(SummaryInputError) {
        let ignored = ["dtype", "recurrent_activation", "dropout", "recurrent_dropout", "mask_zero", "seed", "unroll",
                       "go_backwards", "stateful", "return_state", "noise_shape", "time_major"]
        for key in object.keys.sorted() where !used.contains(key) && !ignored.contains(key) && !Self.keptAside(key) {
            throw error("unknown field '\(key)'")
        }
    }

    /// True for a Keras argument that only says how weights start or are kept (`kernel_initializer`,
    /// `bias_regularizer`, `kernel_constraint`): given weights or seeded ones take its place.
    static func keptAside(_ key: String) -> Bool {
        ["_initializer", "_regularizer", "_constraint"].contains(where: key.hasSuffix)
    }
}
