/// Showing PyTorch: switching frameworks with the layer kept where the other can express it, and PyTorch's padding.
extension AppState {
    /// Switches to `target`, translating the padding and saying what changed.
    mutating func switchFramework(to target: Framework) {
        guard target != framework else { return }
        guard model == nil else { return switchModelFramework(to: target) }
        let plan = layer.value?.plan
        framework = target
        if target == .pytorch {
            switch spec.padding {
            case .valid:
                torchPadding = .valid
                notice = "PyTorch: padding='valid' is padding=0"
            case .same where spec.strides == 1:
                torchPadding = .same
                // At stride 1 'same' pads span − 1 cells in all: an odd count puts the extra one on the right.
                let odd = (spec.span - 1) % 2 == 1
                notice = "PyTorch: padding='same' (stride 1)" + (odd ? ", the extra cell on the right as in Keras" : ", as many cells on each side as in Keras")
            case .same, .causal:
                let left = plan?.left ?? 0, right = plan?.right ?? 0
                torchPadding = .explicit(min(left, right))
                kerasPaddingKept = (spec.padding, torchPadding)
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
            // Back from PyTorch with its padding untouched, the layer is the Keras layer it was.
            if let kept = kerasPaddingKept, kept.torch == torchPadding, paddingMode == .zeros {
                s.padding = kept.keras
                notice = "Keras: padding='\(kept.keras.rawValue)' again"
            }
            kerasPaddingKept = nil
            spec = s
        }
        rebuild(input: false, kernel: false)
    }

    /// Sets PyTorch's padding, refusing a count the explorer cannot show.
    mutating func setTorchPadding(_ p: TorchPadding) {
        if case .explicit(let n) = p, !Parameter.torchPaddingRange.contains(n) {
            let r = Parameter.torchPaddingRange
            notice = "padding \(n) is out of range: use \(r.lowerBound)...\(r.upperBound)"
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

    /// In a model, the pools become PyTorch's nearest `nn.MaxPool1d` / `nn.AvgPool1d` (or Keras's
    /// again) and the convs are shown as the `nn.Conv1d` that computes the same numbers.
    private mutating func switchModelFramework(to target: Framework) {
        guard let m = model else { return }
        let (translated, changed) = m.inFramework(target)
        framework = target
        model = translated
        let what = target == .pytorch ? "PyTorch: every layer as PyTorch code, shapes (N, C, L)" : "Keras: the model's own layers"
        notice = ([what] + changed).joined(separator: "; ")
        rebuildModel(from: -1)
    }

    /// The `nn.Conv1d` padding that computes what a model's Keras conv computes, with zeros:
    /// 'valid', 'same' at stride 1, else 0 after an `F.pad` the header shows.
    static func torchPadding(computing spec: Conv1DSpec) -> TorchPadding {
        switch spec.padding {
        case .valid: return .valid
        case .same where spec.strides == 1: return .same
        case .same, .causal: return .explicit(0)
        }
    }
}
