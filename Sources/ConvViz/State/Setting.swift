/// A value a demo script's `set NAME VALUE` line (or a recording) assigns.
public enum Setting: Equatable, Sendable {
    case parameter(Parameter, Int)
    case padding(Padding)
    case activation(Activation)
    case useBias(Bool)
    case seed(UInt64)
    case order(StepOrder)
    /// Steps per second.
    case speed(Double)
    case input(DataSource)
    case kernel(DataSource)
}
