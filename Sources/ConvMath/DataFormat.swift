/// Where the channel axis sits in an input or output tensor (the batch axis is implicit).
public enum DataFormat: String, CaseIterable, Sendable, Hashable {
    /// `[length][channels]`, Keras's default.
    case channelsLast = "channels_last"
    /// `[channels][length]`, PyTorch's layout; the kernel layout does not change.
    case channelsFirst = "channels_first"
}
