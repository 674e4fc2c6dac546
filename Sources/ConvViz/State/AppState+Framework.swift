/// Showing PyTorch: switching frameworks with the layer kept where the other can express it, and PyTorch's padding.
extension AppState {
    /// Switches to `target`, translating the padding and saying what changed.
    mutating func switchFramework(to target: Framework) {
        guard model == nil else {
            notice = "a model's layers are shown as Keras builds them; the framework switch is for a single layer"
            return
        }
        guard target != framework else { return }
        let plan = layer.value?.plan
        framework = target
        if target == .pytorch {
            switch spec.padding {
            case .valid:
                torchPadding = .valid
                notice = "PyTorch: padding='valid' is padding=0"
            case .same where spec.strides == 1:
                torchPadding = .same
                notice = "PyTorch: padding='same' (stride 1), the extra cell on the right as in Keras"
            case .same, .causal:
                let left = plan?.left ?? 0, right = plan?.right ?? 0
                torchPadding = .explicit(min(left, right))
                notice = spec.padding == .causal
                    ? "PyTorch has no causal padding: F.pad(x, (\(left), 0)) then padding=0 does it; shown with padding=\(min(left, right))"
                    : "PyTorch refuses 'same' at stride \(spec.strides): F.pad(x, (\(left), \(right))) then padding=0 does it; shown with padding=\(min(left, right))"
            }
            paddingMode = .zeros
        } else {
            var s = spec
            switch torchPadding {
            case .valid, .explicit(0): s.padding = .valid
            case .same: s.padding = .same
            case .explicit(let p): s.padding = .same; notice = "Keras has no integer padding: padding=\(p) becomes 'same'"
            }
            if paddingMode != .zeros { notice = "Keras pads with zeros only: padding_mode='\(paddingMode.rawValue)' is dropped" }
            spec = s
        }
        rebuild(input: false, kernel: false)
    }

    /// Sets PyTorch's padding, refusing a count the explorer cannot show.
    mutating func setTorchPadding(_ p: TorchPadding) {
        if case .explicit(let n) = p, n < 0 || n > 1024 {
            notice = "padding \(n) is out of range: use 0...1024"
            return
        }
        torchPadding = p
        rebuild(input: false, kernel: false)
    }

    /// The padding key in PyTorch: 'valid' → 'same' → 1 → 2 → … up to the span → 'valid'.
    mutating func cycleTorchPadding() {
        switch torchPadding {
        case .valid: setTorchPadding(.same)
        case .same: setTorchPadding(.explicit(1))
        case .explicit(let n) where n + 1 < spec.span: setTorchPadding(.explicit(n + 1))
        case .explicit: setTorchPadding(.valid)
        }
    }
}
