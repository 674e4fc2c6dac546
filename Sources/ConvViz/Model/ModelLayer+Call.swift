/// The layer as Python code, for the header and the strip.
extension ModelLayer {
    /// `MaxPooling1D(pool_size=5, strides=5, padding='valid')`, or a PyTorch pool's
    /// `nn.MaxPool1d(kernel_size=5, stride=5, padding=0, ceil_mode=False)`; a Conv1D's own call is `HeaderView.callLines`.
    public var pythonCall: String {
        switch self {
        case .maxPooling1D(let a) where a.torch != nil, .averagePooling1D(let a) where a.torch != nil:
            let kind = windowedPool!.kind
            let args = ["kernel_size=\(a.poolSize)", "stride=\(a.effectiveStrides)"] + a.torch!.pythonArguments(kind: kind)
            return "\(kind.torchClassName)(\(args.joined(separator: ", ")))"
        case .input(let shape): return "Input(shape=(\(shape.map { $0.map(String.init) ?? "None" }.joined(separator: ", "))))"
        case let .embedding(v, d, _): return "Embedding(input_dim=\(v), output_dim=\(d))"
        case let .conv1D(a):
            // Arguments away from Keras's defaults are named: a dilation may be why the layer fails.
            let extra = (a.dilationRate != 1 ? ", dilation_rate=\(a.dilationRate)" : "") + (a.groups != 1 ? ", groups=\(a.groups)" : "")
                + (a.useBias ? "" : ", use_bias=False")
            return "Conv1D(filters=\(a.filters), kernel_size=\(a.kernelSize), strides=\(a.strides), padding='\(a.padding.rawValue)'\(extra), activation='\(a.activation.rawValue)')"
        case let .maxPooling1D(a), let .averagePooling1D(a):
            return "\(className)(pool_size=\(a.poolSize), strides=\(a.effectiveStrides), padding='\(a.padding.rawValue)')"
        case let .globalMaxPooling1D(k), let .globalAveragePooling1D(k): return "\(className)(keepdims=\(k ? "True" : "False"))"
        case .flatten: return "Flatten()"
        case let .dropout(rate): return "Dropout(rate=\(rate))"
        case let .dense(units, useBias, act): return "Dense(units=\(units), activation='\(act.rawValue)'\(useBias ? "" : ", use_bias=False"))"
        case let .activation(act): return "Activation('\(act.rawValue)')"
        case .lstm(let a), .gru(let a), .simpleRNN(let a): return "\(className)(units=\(a.units))"
        }
    }

    /// `pythonCall` if it fits in `width`, else a PyTorch pool's call without the arguments
    /// that hold PyTorch's defaults (stride = kernel_size, padding=0, dilation=1, ceil_mode=False,
    /// count_include_pad=True), as PyTorch code usually leaves them out.
    public func pythonCall(width: Int) -> String {
        let full = pythonCall
        guard full.count > width else { return full }
        switch windowedPool {
        case let (kind, a)? where a.torch != nil:
            let t = a.torch!
            var args = ["kernel_size=\(a.poolSize)"]
            if a.effectiveStrides != a.poolSize { args.append("stride=\(a.effectiveStrides)") }
            if t.padding != 0 { args.append("padding=\(t.padding)") }
            if t.dilation != 1 { args.append("dilation=\(t.dilation)") }
            if t.ceilMode { args.append("ceil_mode=True") }
            if kind == .average && !t.countIncludePad { args.append("count_include_pad=False") }
            return "\(kind.torchClassName)(\(args.joined(separator: ", ")))"
        default:
            return full
        }
    }

    /// A short name for the strip: `MaxPool`, `GlobalMax`.
    var shortName: String {
        switch self {
        case .maxPooling1D(let a): return a.torch == nil ? "MaxPool" : "MaxPool1d"
        case .averagePooling1D(let a): return a.torch == nil ? "AvgPool" : "AvgPool1d"
        case .globalMaxPooling1D: return "GlobalMax"
        case .globalAveragePooling1D: return "GlobalAvg"
        default: return className
        }
    }

    /// The strip's name in a framework's terms: PyTorch's `Conv1d` and `Linear` for Keras's Conv1D and Dense.
    func shortName(in framework: Framework) -> String {
        guard framework == .pytorch else { return shortName }
        switch self {
        case .conv1D: return "Conv1d"
        case .dense: return "Linear"
        default: return shortName
        }
    }

    /// `abbreviation` in a framework's terms (`Lin` for PyTorch's Linear).
    func abbreviation(in framework: Framework) -> String {
        if framework == .pytorch, case .dense = self { return "Lin" }
        return abbreviation
    }

    /// A few letters for the strip of a long model on a narrow screen: `Emb`, `Conv`, `GMax`.
    var abbreviation: String {
        switch self {
        case .embedding: return "Emb"
        case .conv1D: return "Conv"
        case .maxPooling1D: return "Max"
        case .averagePooling1D: return "Avg"
        case .globalMaxPooling1D: return "GMax"
        case .globalAveragePooling1D: return "GAvg"
        case .flatten: return "Flat"
        case .dropout: return "Drop"
        case .activation: return "Act"
        case .simpleRNN: return "RNN"
        default: return String(shortName.prefix(5))
        }
    }
}
