import ConvMath

/// A model's layers in PyTorch's terms, for the header once `T` has switched the model.
///
/// Conv1D and pools have their own (`nn.Conv1d`, `nn.MaxPool1d`); this covers the rest. PyTorch
/// keeps channels first, so an Embedding's output is transposed for the `nn.Conv1d` after it, and a
/// Flatten that must match Keras's order transposes back first.
extension ModelLayer {
    /// The PyTorch code for this layer on an input of `shape`, or nil when the Keras call is the clearest
    /// (an Input, a recurrent layer, a Conv1D or pool, which show their own).
    func torchCall(input shape: LayerShape) -> String? {
        switch self {
        case let .embedding(v, d, _):
            return "nn.Embedding(num_embeddings=\(v), embedding_dim=\(d)), then x.transpose(1, 2) for nn.Conv1d"
        case let .dense(units, useBias, act):
            var linear = "nn.Linear(in_features=\(shape.last ?? 0), out_features=\(units)\(useBias ? "" : ", bias=False"))"
            // nn.Linear works on the last axis, which in (N, C, L) is the positions: a sequence is transposed
            // so that it mixes the channels at each position, as Keras's Dense does.
            let sequence = shape.dims.count == 2
            if sequence { linear += " on x.transpose(1, 2)" }
            switch act {
            case .linear: break
            case .softmax: linear += ", then torch.softmax(x, dim=-1)"
            default: linear += ", then torch.\(act.rawValue)"
            }
            return sequence ? linear + ", transposed back" : linear
        case let .globalMaxPooling1D(keep): return "torch.amax(x, dim=2\(keep ? ", keepdim=True" : ""))"
        case let .globalAveragePooling1D(keep): return "torch.mean(x, dim=2\(keep ? ", keepdim=True" : ""))"
        case .flatten: return "x.transpose(1, 2).flatten(1)  (Keras's order: position by position)"
        case let .dropout(rate): return "nn.Dropout(p=\(rate))"
        case let .activation(act):
            // Keras's softmax runs over the last axis, the channels; in (N, C, L) those are dim 1.
            let dim = shape.dims.count == 2 ? "1" : "-1"
            return act == .softmax ? "torch.softmax(x, dim=\(dim))" : act == .linear ? "x (no activation)" : "torch.\(act.rawValue)(x)"
        default: return nil
        }
    }

    /// A shape as PyTorch holds it: batch N first, and for a sequence, channels before positions: (N, C, L).
    ///
    /// An Embedding's own output is (N, L, D) in PyTorch too; the header shows it after the transpose its call names.
    static func torchShape(_ shape: LayerShape) -> String {
        let dims = shape.dims.map { $0.map(String.init) ?? "?" }
        if dims.count == 2 { return "(N, \(dims[1]), \(dims[0]))" }
        return "(N" + dims.map { ", \($0)" }.joined() + ")"
    }
}
