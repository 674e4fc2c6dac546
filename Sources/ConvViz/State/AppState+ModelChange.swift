/// Changing a model's layers: keys and `set` lines act on the current layer, or on the model's input.
extension AppState {
    /// What a layer-changing key or `set` line asks of the current layer; nil values cycle or toggle.
    enum LayerChange {
        case parameter(Parameter, Int)
        case padding(Padding?)
        case activation(String?)
        case useBias(Bool?)
        /// A PyTorch pool's padding (nil cycles 0 … kernel_size/2), ceil_mode and count_include_pad (nil toggles).
        case torchPoolPadding(Int?)
        case ceilMode(Bool?)
        case countIncludePad(Bool?)
    }

    mutating func adjustModel(_ p: Parameter, by delta: Int) {
        guard let current = value(of: p) else { return changeModelLayer(.parameter(p, 0)) }
        // As on one layer, a key that can go no further says so.
        let wanted = current + delta
        if !p.range.contains(wanted) && p.range.contains(current), let m = model {
            // Named as the layer names it: a Keras pool's pool_size, a Dense's units.
            var name = p.rawValue
            switch (p, m.stack.entries[stageIndex].layer) {
            case (.kernelSize, .maxPooling1D(let a)), (.kernelSize, .averagePooling1D(let a)): name = a.torch == nil ? "pool_size" : "kernel_size"
            case (.strides, .maxPooling1D(let a)), (.strides, .averagePooling1D(let a)): name = a.torch == nil ? "strides" : "stride"
            case (.dilationRate, .maxPooling1D): name = "dilation"
            case (.filters, .dense): name = "units"
            default: break
            }
            return notice = Self.atLimit(name, current, delta: delta)
        }
        changeModelLayer(.parameter(p, wanted))
    }

    /// `set NAME VALUE` in a model: layer settings act on the current layer, the rest as for one layer.
    mutating func applyToModel(_ setting: Setting) {
        switch setting {
        case .parameter(let p, let v): changeModelLayer(.parameter(p, v))
        case .padding(let v): changeModelLayer(.padding(v))
        case .activation(let v): changeModelLayer(.activation(v.rawValue))
        case .layerActivation(let v): changeModelLayer(.activation(v.rawValue))
        case .useBias(let v): changeModelLayer(.useBias(v))
        case .torchPadding(let v): changeModelLayer(.torchPoolPadding(v))
        case .ceilMode(let v): changeModelLayer(.ceilMode(v))
        case .countIncludePad(let v): changeModelLayer(.countIncludePad(v))
        case .paddingMode: notice = "padding_mode is a single nn.Conv1d's: a model's convs pad with zeros"
        default: apply(setting)
        }
    }

    /// The current value of a whole-number parameter on the current layer (or the model's input), if it has one.
    func value(of p: Parameter) -> Int? {
        guard let m = model else { return p.value(in: spec) }
        switch (p, m.stack.entries[stageIndex].layer) {
        case (.length, _): return m.length
        case (.channels, _): return m.readsTokens ? nil : m.channels
        case (.filters, .conv1D(let a)): return a.filters
        case (.kernelSize, .conv1D(let a)): return a.kernelSize
        case (.strides, .conv1D(let a)): return a.strides
        case (.dilationRate, .conv1D(let a)): return a.dilationRate
        case (.groups, .conv1D(let a)): return a.groups
        case (.kernelSize, .maxPooling1D(let a)), (.kernelSize, .averagePooling1D(let a)): return a.poolSize
        case (.dilationRate, .maxPooling1D(let a)): return a.torch?.dilation
        case (.strides, .maxPooling1D(let a)), (.strides, .averagePooling1D(let a)): return a.effectiveStrides
        case (.filters, .dense(let units, _, _)): return units
        default: return nil
        }
    }

    /// Changes the current layer (or the model's input) and rebuilds what follows; refuses what the layer does not have.
    mutating func changeModelLayer(_ change: LayerChange) {
        guard var m = model else { return }
        let i = stageIndex
        var entry = m.stack.entries[i]
        let className = entry.layer.className
        func refuse(_ what: String) { notice = "\(className) has no \(what)" }
        switch (change, entry.layer) {
        case (.parameter(.length, _), _) where inputSource.isWords:
            notice = "the length is the text's word count: press e to edit the text"
            return
        case (.parameter(.channels, _), _) where inputSource.isWords:
            notice = "the width is the embedding's: use --embedding or a script's embedding line"
            return
        case (.parameter(.length, let v), _):
            m.length = min(max(v, 1), 10_000_000)
            if !m.readsTokens, m.length * m.channels > LayerLimits.maxInputValues { notice = "the input would be too large to hold"; return }
            model = m
            return rebuildModel(from: -1)
        case (.parameter(.channels, let v), _):
            guard !m.readsTokens else { notice = "the model reads token ids: its width is the Embedding's output_dim"; return }
            m.channels = min(max(v, 1), 4096)
            model = m
            return rebuildModel(from: -1)
        case (.parameter(let p, let v), .conv1D(var a)):
            p.set(v, in: &a)
            entry.layer = .conv1D(a)
        case (.parameter(let p, let v), _) where entry.layer.windowedPool != nil:
            let (kind, a) = entry.layer.windowedPool!
            var changed = a
            switch p {
            case .kernelSize: changed.poolSize = min(max(v, 1), 1024)
            case .strides: changed.strides = min(max(v, 1), 1024)
            case .dilationRate:
                // Only PyTorch's max pool spaces its taps; Keras's pools and nn.AvgPool1d read cells side by side.
                guard var t = a.torch, kind == .max else {
                    notice = kind == .average ? "\(a.torch == nil ? className : "nn.AvgPool1d") has no dilation; PyTorch's nn.MaxPool1d has one"
                        : "\(className) has no dilation: PyTorch's nn.MaxPool1d has one (press T)"
                    return
                }
                t.dilation = min(max(v, 1), 1024)
                changed.torch = t
            default: return refuse(p == .filters ? "filters: it keeps every channel" : p.rawValue)
            }
            entry.layer = .windowedPool(kind, changed)
        case (.parameter(.filters, let v), .dense(_, let bias, let act)):
            entry.layer = .dense(units: min(max(v, 1), 4096), useBias: bias, activation: act)
        case (.parameter(let p, _), _):
            return refuse(p.rawValue)
        case (.padding(let v), .conv1D(var a)):
            a.padding = v ?? a.padding.next
            entry.layer = .conv1D(a)
        case (.padding, _) where entry.layer.windowedPool?.arguments.torch != nil:
            // A PyTorch pool: the key cycles its whole-number padding, 'valid' is 0, other names are Keras's.
            switch change {
            case .padding(nil): return changeModelLayer(.torchPoolPadding(nil))
            case .padding(.valid?): return changeModelLayer(.torchPoolPadding(0))
            default: notice = "PyTorch pools take a whole number of pad cells, not a name"; return
            }
        case (.torchPoolPadding, _), (.ceilMode, _), (.countIncludePad, _):
            guard let (kind, a) = entry.layer.windowedPool else { return refuse(Self.torchPoolOnly(change)) }
            guard let changed = changedTorchPool(a, kind: kind, change) else { return }
            entry.layer = .windowedPool(kind, changed)
        case (.padding(let v), _) where entry.layer.windowedPool != nil:
            var (kind, a) = entry.layer.windowedPool!
            a.padding = v ?? (a.padding == .valid ? .same : .valid)
            if a.padding == .causal { return refuse("causal padding") }
            entry.layer = .windowedPool(kind, a)
        case (.activation(let name), .conv1D(var a)):
            guard let act = name.map({ Activation(rawValue: $0) }) ?? a.activation.next else { return refuse("softmax activation here") }
            a.activation = act
            entry.layer = .conv1D(a)
        case (.activation(let name), .dense(let units, let bias, let act)):
            guard let next = name.map({ LayerActivation(rawValue: $0) }) ?? act.next else { return }
            entry.layer = .dense(units: units, useBias: bias, activation: next)
        case (.activation(let name), .activation(let act)):
            guard let next = name.map({ LayerActivation(rawValue: $0) }) ?? act.next else { return }
            entry.layer = .activation(next)
        case (.useBias(let v), .conv1D(var a)):
            a.useBias = v ?? !a.useBias
            entry.layer = .conv1D(a)
        case (.useBias(let v), .dense(let units, let bias, let act)):
            entry.layer = .dense(units: units, useBias: v ?? !bias, activation: act)
        case (.padding, _): return refuse("padding")
        case (.activation, _): return refuse("activation")
        case (.useBias, _): return refuse("bias")
        }
        m.stack.entries[i] = entry
        model = m
        rebuildModel(from: i)
    }

    /// What a layer without a windowed pool says to a PyTorch pool's setting.
    static func torchPoolOnly(_ change: LayerChange) -> String {
        switch change {
        case .ceilMode: return "ceil_mode: only a pool has one"
        case .countIncludePad: return "count_include_pad: only an average pool has one"
        default: return "integer padding here: only a PyTorch pool takes one in a model"
        }
    }

    /// A PyTorch pool's arguments after `change`, or nil (with a notice) when it is Keras's or cannot take it.
    ///
    /// The padding key stays within what PyTorch takes; a script may ask for more and gets PyTorch's error on screen.
    private mutating func changedTorchPool(_ a: PoolArguments, kind: PoolKind, _ change: LayerChange) -> PoolArguments? {
        guard var t = a.torch else {
            notice = "padding=N, ceil_mode, count_include_pad are PyTorch's: press T first"
            return nil
        }
        switch change {
        case .torchPoolPadding(let v): t.padding = v ?? (t.padding >= a.poolSize / 2 ? 0 : t.padding + 1)
        case .ceilMode(let v): t.ceilMode = v ?? !t.ceilMode
        case .countIncludePad(let v):
            guard kind == .average else {
                notice = "\(kind.kerasClassName) has no count_include_pad: a max never divides"
                return nil
            }
            t.countIncludePad = v ?? !t.countIncludePad
        default: return nil
        }
        var changed = a
        changed.torch = t
        return changed
    }
}
