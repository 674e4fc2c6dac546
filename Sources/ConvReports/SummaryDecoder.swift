import Foundation

/// Reads a model description, `{"layers": [{"class": "Conv1D", "filters": 32, …}, …]}`, into a `ModelStack`.
///
/// Class and field names are Keras's. The first layer may carry Keras 2's
/// `input_shape` or `batch_input_shape`, or the list may start with
/// `{"class": "Input", "shape": [L, C]}`. A top-level `"name"` becomes the title.
public enum SummaryDecoder {
    /// The classes understood, in the order help lists them.
    public static let classes = ["Input", "Embedding", "Conv1D", "MaxPooling1D", "AveragePooling1D", "GlobalMaxPooling1D",
                                 "GlobalAveragePooling1D", "Flatten", "Dropout", "Dense", "Activation", "LSTM", "GRU", "SimpleRNN"]

    /// The stack and the model's name (`sequential` unless given).
    public static func decode(_ data: Data) throws(SummaryInputError) -> (stack: ModelStack, name: String) {
        try decode(JSONValue.parse(data))
    }

    /// The stack and name from parsed JSON: a `{"layers": […]}` object or a bare list of layers.
    /// `requireInput` false lets the input shape come from elsewhere (a `compute` case's input).
    public static func decode(_ root: JSONValue, requireInput: Bool = true) throws(SummaryInputError) -> (stack: ModelStack, name: String) {
        var name = "sequential"
        let list: [JSONValue]
        switch root {
        case let .array(items): list = items
        case let .object(fields):
            // Names come from a file: inert before they reach a terminal (the table, the lengths, errors).
            if case let .string(s)? = fields["name"] { name = Sanitize.line(s) }
            guard case let .array(items)? = fields["layers"] else {
                throw SummaryInputError("expected an object with a \"layers\" list, like {\"layers\": [{\"class\": \"Conv1D\", …}]}")
            }
            list = items
        default:
            throw SummaryInputError("expected an object with a \"layers\" list, found \(root.kind)")
        }
        guard !list.isEmpty else { throw SummaryInputError("\"layers\" is empty: give at least one layer") }
        var entries: [ModelStack.Entry] = []
        for (i, item) in list.enumerated() {
            entries += try entriesFor(item, at: i)
        }
        if requireInput, let first = entries.first, entries.count == list.count, !startsWithInput(first.layer) {
            throw SummaryInputError("layer 1 (\(first.layer.className)): the first layer needs an input shape: add \"input_shape\": [steps, channels], or start the list with {\"class\": \"Input\", \"shape\": [steps, channels]}")
        }
        return (ModelStack(entries: entries), name)
    }

    static func startsWithInput(_ layer: ModelLayer) -> Bool {
        switch layer {
        case .input, .embedding: return true
        default: return false
        }
    }

    /// One list item: its layer, preceded by an Input when it carries Keras 2's input shape.
    static func entriesFor(_ item: JSONValue, at i: Int) throws(SummaryInputError) -> [ModelStack.Entry] {
        guard case let .object(object) = item else {
            throw SummaryInputError("layer \(i + 1): expected an object like {\"class\": \"Conv1D\", …}, found \(item.kind)")
        }
        guard case let .string(className)? = object["class"] ?? object["class_name"] else {
            throw SummaryInputError("layer \(i + 1): 'class' is required: one of \(classes.joined(separator: ", "))")
        }
        var fields = LayerFields(index: i, className: className, object: object)
        var entries: [ModelStack.Entry] = []
        if let shape = try fields.shape("input_shape") {
            entries.append(ModelStack.Entry(.input(shape: shape)))
        } else if let batch = try fields.shape("batch_input_shape") {
            entries.append(ModelStack.Entry(.input(shape: Array(batch.dropFirst()))))
        }
        if !entries.isEmpty { entries[0].implied = true }
        if !entries.isEmpty, i > 0 { throw fields.error("only the first layer may give an input shape") }
        let layer = try LayerDecoding.layer(&fields)
        let weights = try LayerDecoding.weights(&fields)
        try fields.rejectUnknown()
        let name: String?
        switch object["name"] {
        case nil, .null?: name = nil
        case let .string(s)?: name = Sanitize.line(s)
        case let other?: throw fields.error("'name' must be a string, not \(other.kind)")
        }
        let trainable = try fields.bool("trainable", default: true)
        entries.append(ModelStack.Entry(layer, name: name, trainable: trainable, weights: weights))
        return entries
    }
}
