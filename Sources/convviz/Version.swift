/// The version `convviz --version` prints and `--help` shows: the one place it is written.
enum ConvvizVersion {
    static let current = "0.4.0"
}
