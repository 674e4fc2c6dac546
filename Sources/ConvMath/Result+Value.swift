extension Result {
    /// The success value, or nil.
    public var value: Success? {
        if case .success(let v) = self { return v }
        return nil
    }
}
