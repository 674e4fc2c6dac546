/// How big a layer the explorer will hold, so that no key press or script line can ask for gigabytes.
///
/// The seed layers and L = 10⁶ × 8 channels (8 M values, 32 MB) fit with room to spare.
public enum LayerLimits {
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
}
