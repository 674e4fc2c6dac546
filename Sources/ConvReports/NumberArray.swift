import ConvMath

/// A rectangular array of float32 read from nested JSON arrays, with its shape.
///
/// An empty array leaves the deeper dimensions at 0: `[]` read as rank 2 is `[0, 0]`.
public struct NumberArray: Equatable, Sendable {
    public var shape: [Int]
    /// Row-major.
    public var values: [Float]

    public init(shape: [Int], values: [Float]) {
        self.shape = shape
        self.values = values
    }

    /// Reads field `field` as a rank-`rank` array of finite float32s.
    public static func read(_ value: JSONValue, rank: Int, field: String) throws(CaseError) -> NumberArray {
        var values: [Float] = []
        let shape = try readLevel(value, rank: rank, field: field, path: field, into: &values)
        return NumberArray(shape: shape, values: values)
    }

    private static func readLevel(_ value: JSONValue, rank: Int, field: String, path: String, into values: inout [Float]) throws(CaseError) -> [Int] {
        let subject = path == field ? "field '\(field)'" : "field '\(field)': \(path)"
        if rank == 0 {
            guard case .number(let number) = value else {
                throw CaseError("\(subject) must be a number, not \(value.kindName)")
            }
            let text = number.text
            guard let x = Float(text), x.isFinite else {
                throw CaseError("\(subject) = \(text) is not a finite float32")
            }
            values.append(x)
            return []
        }
        guard case .array(let items) = value else {
            throw CaseError("\(subject) must be a \(rank)-D array of numbers, not \(value.kindName)")
        }
        guard let first = items.first else { return [0] + Array(repeating: 0, count: rank - 1) }
        let inner = try readLevel(first, rank: rank - 1, field: field, path: "\(path)[0]", into: &values)
        for (n, item) in items.enumerated().dropFirst() {
            let shape = try readLevel(item, rank: rank - 1, field: field, path: "\(path)[\(n)]", into: &values)
            if shape != inner {
                throw CaseError("field '\(field)' is ragged: \(path)[\(n)] has shape \(shape) but \(path)[0] has shape \(inner)")
            }
        }
        return [items.count] + inner
    }

    /// The array as a matrix; only for rank 2.
    public var matrix: Matrix { Matrix(rows: shape[0], columns: shape[1], values: values) }
}
