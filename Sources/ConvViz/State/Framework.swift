/// Whose Conv1D the explorer shows: Keras's `layers.Conv1D` or PyTorch's `nn.Conv1d`.
public enum Framework: String, CaseIterable, Sendable {
    case keras, pytorch

    /// The other one, for the framework key.
    public var other: Framework { self == .keras ? .pytorch : .keras }
}
