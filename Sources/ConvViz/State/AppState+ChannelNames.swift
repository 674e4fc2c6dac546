import ConvMath

extension AppState {
    /// Names of the output channels of the model's layer `i` (`praise`, …), carried through the
    /// layers that keep each channel to itself, or nil.
    ///
    /// They describe the layer's given weights, which hold as long as the layer builds: a change
    /// that needs weights of another shape fails, as Keras refuses them.
    func channelNames(afterLayer i: Int) -> [String]? {
        guard let m = model, m.stack.entries.indices.contains(i) else { return nil }
        switch m.stack.entries[i].layer {
        case .conv1D(let a):
            guard let names = m.channelNames[i], names.count == a.filters, m.stack.entries[i].weights.kernel != nil else { return nil }
            return names
        case .maxPooling1D, .averagePooling1D, .globalMaxPooling1D, .globalAveragePooling1D, .dropout, .activation:
            return channelNames(afterLayer: i - 1)
        default:
            return nil
        }
    }
}
