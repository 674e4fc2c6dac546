#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the input, kernel and bias values of a layer from its spec, sources and seed.
public enum LayerData {
    static let inputStream: UInt64 = 1, kernelStream: UInt64 = 2, biasStream: UInt64 = 3

    /// The input as `[length][channels]`.
    public static func input(_ spec: Conv1DSpec, source: DataSource, seed: UInt64) -> Matrix {
        Matrix(rows: spec.length, columns: spec.channels, values: input(spec, source: source, seed: seed, rows: 0..<spec.length))
    }

    /// Rows `rows` of the input, flattened; a table is zero-filled beyond its own shape.
    static func input(_ spec: Conv1DSpec, source: DataSource, seed: UInt64, rows: Range<Int>) -> [Float] {
        let l = spec.length, c = spec.channels
        var values = [Float](repeating: 0, count: rows.count * c)
        let rng = SeededValues(seed: seed)
        let first = rows.lowerBound
        switch source {
        case .table, .words:
            let m = source.values!
            for p in rows where p < m.rows { for ch in 0..<min(c, m.columns) { values[(p - first) * c + ch] = m[p, ch] } }
        case .preset(let preset):
            values.withUnsafeMutableBufferPointer { v in
                for p in rows {
                    for ch in 0..<c {
                        v[(p - first) * c + ch] = inputValue(preset, p: p, channel: ch, length: l, rng: rng, index: p * 4096 + ch)
                    }
                }
            }
        }
        return values
    }

    static func inputValue(_ preset: DataPreset, p: Int, channel: Int, length: Int, rng: SeededValues, index: Int) -> Float {
        switch preset {
        case .ramp: return Float(p % 8) / 4 - 1
        case .sine:
            // Rounded to quarters so the numbers stay short and exact.
            let v = 2 * sin(Double(p) * 0.6 + Double(channel) * 0.9)
            return Float((v * 4).rounded() / 4)
        case .ones: return 1
        case .impulse: return p == length / 2 ? 1 : 0
        case .steps: return p < length / 2 ? -1 : 1
        default: return Float(rng.integer(in: -8...8, stream: inputStream, index: index)) / 4
        }
    }

    /// The kernel in Keras's flattened `[k][C/G][F]` layout.
    public static func kernel(_ spec: Conv1DSpec, source: DataSource, seed: UInt64) -> [Float] {
        let k = spec.kernelSize, cg = spec.channelsPerGroup, f = spec.filters
        var values = [Float](repeating: 0, count: k * cg * f)
        let rng = SeededValues(seed: seed)
        for t in 0..<k {
            for c in 0..<cg {
                for filter in 0..<f {
                    let i = (t * cg + c) * f + filter
                    switch source {
                    case .table(_, let m, _):
                        let col = c * f + filter
                        values[i] = t < m.rows && col < m.columns ? m[t, col] : 0
                    case .words:
                        values[i] = 0
                    case .preset(let preset):
                        values[i] = kernelValue(preset, t: t, c: c, filter: filter, spec: spec, rng: rng)
                    }
                }
            }
        }
        return values
    }

    static func kernelValue(_ preset: DataPreset, t: Int, c: Int, filter: Int, spec: Conv1DSpec, rng: SeededValues) -> Float {
        let k = spec.kernelSize
        switch preset {
        case .ones: return 1
        case .average: return 1 / Float(k)
        case .edge: return k == 1 ? 1 : (t == 0 ? -1 : (t == k - 1 ? 1 : 0))
        case .identity: return t == k / 2 && c == filter % spec.channelsPerGroup ? 1 : 0
        default:
            // Addressed by (t, c, filter) rather than the flat index, so changing k or F keeps other weights.
            return Float(rng.integer(in: -4...4, stream: kernelStream, index: (t * 4096 + c) * 4096 + filter)) / 4
        }
    }

    /// The bias: multiples of 1/8 in [−0.25, 0.25] for random kernels, 0 for the other presets.
    public static func bias(_ spec: Conv1DSpec, kernelSource: DataSource, seed: UInt64) -> [Float] {
        guard case .preset(.random) = kernelSource else { return Array(repeating: 0, count: spec.filters) }
        let rng = SeededValues(seed: seed)
        return (0..<spec.filters).map { Float(rng.integer(in: -2...2, stream: biasStream, index: $0)) / 8 }
    }

    /// The shape a kernel file must have for `spec`: kernel_size rows by (channels / groups) × filters columns.
    public static func kernelShape(_ spec: Conv1DSpec) -> (rows: Int, columns: Int)? {
        guard spec.groups > 0, spec.channels % spec.groups == 0 else { return nil }
        return (spec.kernelSize, spec.channelsPerGroup * spec.filters)
    }
}
