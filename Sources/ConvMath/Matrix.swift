/// A dense row-major 2-D array of float32, the storage for inputs, outputs and kernels.
public struct Matrix: Hashable, Sendable {
    public let rows: Int
    public let columns: Int
    /// Row-major values: element (r, c) is at `r * columns + c`.
    public var values: [Float]

    public init(rows: Int, columns: Int, values: [Float]) {
        precondition(values.count == rows * columns, "Matrix: \(values.count) values for \(rows)x\(columns)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    public init(rows: Int, columns: Int, repeating value: Float = 0) {
        self.init(rows: rows, columns: columns, values: Array(repeating: value, count: rows * columns))
    }

    /// Builds a matrix from nested rows; returns nil when the rows are ragged.
    public init?(nested: [[Float]]) {
        let width = nested.first?.count ?? 0
        guard nested.allSatisfy({ $0.count == width }) else { return nil }
        self.init(rows: nested.count, columns: width, values: nested.flatMap { $0 })
    }

    @inlinable public subscript(row: Int, column: Int) -> Float {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// The same data with rows and columns swapped.
    public func transposed() -> Matrix {
        var out = Matrix(rows: columns, columns: rows)
        for r in 0..<rows { for c in 0..<columns { out[c, r] = self[r, c] } }
        return out
    }

    /// The rows as nested arrays, the layout of the JSON fixtures.
    public var nested: [[Float]] {
        (0..<rows).map { r in Array(values[r * columns..<(r + 1) * columns]) }
    }
}
