/// The one size policy: how big a layer any command will build, so that no key press, script line
/// or JSON case can ask for gigabytes.
///
/// The seed layers and L = 10⁶ × 8 channels (8 M values, 32 MB) fit with room to spare.
public enum LayerLimits {
    /// Most output values a computed layer may have (64 MB of float32; its JSON is ten times that).
    public static let maxOutputValues = 16_000_000

    /// Why an output of `shape` is too big to compute, or nil when it fits (the product never overflows).
    public static func outputRefusal(_ shape: [Int]) -> String? {
        var total = 1
        for d in shape {
            let m = total.multipliedReportingOverflow(by: max(d, 0))
            if m.overflow || m.partialValue > maxOutputValues {
                return "the output would have more than \(maxOutputValues) values (shape \(shape.map(String.init).joined(separator: " x ")))"
            }
            total = m.partialValue
        }
        return nil
    }

    /// Most products (or pooled reads) one computed layer may take: outputs × the cells each reads.
    /// Four billion is well under a second for a convolution and a few seconds for a pool.
    public static let maxWork = 4_000_000_000

    /// Why `outputs` values that each read `reads` cells are too much work, or nil.
    public static func workRefusal(outputs: Int, reads: Int) -> String? {
        let w = max(outputs, 0).multipliedReportingOverflow(by: max(reads, 0))
        guard w.overflow || w.partialValue > maxWork else { return nil }
        return "\(outputs) outputs × \(reads) reads each is more than the \(maxWork) products a computed layer may take"
    }

    /// Most input values, L × C (256 MB of float32).
    public static let maxInputValues = 64_000_000
    /// Most kernel values, k × (C/G) × F (64 MB of float32).
    public static let maxKernelValues = 16_000_000

    /// Why `spec` is too big to hold, or nil when it fits.
    public static func refusal(_ spec: Conv1DSpec) -> String? {
        let input = spec.length.multipliedReportingOverflow(by: spec.channels)
        if input.overflow || input.partialValue > maxInputValues {
            return "length \(spec.length) × \(spec.channels) channels is more than the \(maxInputValues) input values the explorer holds"
        }
        let perFilter = spec.kernelSize.multipliedReportingOverflow(by: max(spec.channelsPerGroup, 1))
        let kernel = perFilter.partialValue.multipliedReportingOverflow(by: spec.filters)
        if perFilter.overflow || kernel.overflow || kernel.partialValue > maxKernelValues {
            return "kernel_size \(spec.kernelSize) × \(spec.channelsPerGroup) channels × \(spec.filters) filters is more than the \(maxKernelValues) weights the explorer holds"
        }
        return nil
    }

    /// Why a model's layer is too big for the explorer to build, or nil when it fits: its weights
    /// (each held, or seeded, in memory) and its output (the next layer's input) are both capped.
    public static func refusal(_ outcome: LayerOutcome, className: String) -> String? {
        if outcome.paramCount > maxKernelValues {
            return "\(className) has \(outcome.paramCount) weights, more than the \(maxKernelValues) the explorer holds"
        }
        var total = 1
        for d in outcome.shape.dims {
            let m = total.multipliedReportingOverflow(by: max(d ?? 1, 0))
            if m.overflow || m.partialValue > maxInputValues {
                return "\(className)'s output \(outcome.shape.description) is more than the \(maxInputValues) values the explorer holds"
            }
            total = m.partialValue
        }
        return nil
    }
}
