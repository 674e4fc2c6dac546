/// The words and numbers of a step of a layer that is not a Conv1D: what it reads and how it combines it.
enum StageText {
    static func n(_ v: Float) -> String { NumberText.exact(v) }

    /// The first form that fits `width` columns, else the last: a result gives up its working, never its value.
    static func fitted(_ forms: [String], width: Int) -> String {
        forms.first { $0.displayWidth <= width } ?? forms[forms.count - 1]
    }

    /// The marker line under the input: which cells the step reads.
    static func reads(_ step: StageStep, stage: Stage, order: TensorOrder = .keras, ellipsis: String) -> String {
        switch step {
        case .conv(let s): return order.y(s.position, "f\(s.filter)")
        case .pool(let s):
            let real = s.realPositions, past = s.pastPadding
            let pads = s.taps.count - real.count - past
            // A dilated window lists its taps, so the cells between them are not taken for read.
            let list = real.step == 1 ? "\(real.start)..\(real.start + real.count - 1)" : RenderContext.positionList(Array(real), ellipsis: ellipsis)
            let span = real.isEmpty ? "only pad cells" : real.count == 1 ? "input \(real.start) of c\(s.channel)" : "inputs \(list) of c\(s.channel)"
            var text = "\(order.y(s.position, "c\(s.channel)")) reads \(span)"
            // A dilated max pool can read pad cells only: PyTorch gives −inf.
            if real.isEmpty, s.layer.torch != nil, s.layer.kind == .max { text += " (\(pads)), so y = -inf" }
            if pads > 0, !real.isEmpty {
                // PyTorch's max pool pads with -inf: a pad cell is read but can never be the maximum.
                let role = s.layer.torch == nil ? "ignored" : s.layer.kind == .max ? "never the max" : s.divisor == s.count ? "ignored" : "counted"
                text += " and \(plural(pads, "pad cell")), \(role)"
            }
            if past > 0 { text += ", \(past) past the end" }
            return text + (s.isCeilWindow ? " (a ceil_mode window)" : "")
        case .globalPool(let s): return "y[\(s.channel)] reads all \(s.count) positions of channel c\(s.channel)"
        case .dense(let s):
            return s.layer.isVector ? "y[\(s.unit)] reads all \(plural(s.layer.inputs, "feature"))" : "\(order.y(s.row, "u\(s.unit)")) reads the \(s.layer.inputs) channels at position \(s.row)"
        case .embedding(let s): return "\(order.y(s.position, ":")) reads token id \(s.token) at position \(s.position)"
        case .pass(let s):
            let src = s.source
            // Keras's order, in both frameworks: every channel of a position, then the next position (down a column here).
            if case .flatten = s.layer.kind { return "y[\(s.position)] = \(order.x(src.position, "c\(src.channel)")): a relabelling, position by position" }
            if case .activation(.softmax) = s.layer.kind {
                let channels = s.layer.inputMatrix.columns
                return s.layer.input.isVector ? "y[\(s.position)] reads all \(plural(s.layer.input.values.count, "value"))"
                    : "\(order.y(s.position, "c\(s.channel)")) reads the \(channels) channels at position \(s.position)"
            }
            return "\(order.y(s.position, "c\(s.channel)")) reads \(order.x(src.position, "c\(src.channel)"))"
        }
    }

    /// The computation panel's lines for the step, first the formula, then the numbers.
    static func lines(_ step: StageStep, glyphs: Glyphs, framework: Framework = .keras, order: TensorOrder = .keras,
                      width: Int = 100, productRows: Int = 1) -> [(String, Style)] {
        let arrow = glyphs.arrow, times = glyphs.product
        switch step {
        case .conv: return []
        case .pool(let s):
            let real = s.realPositions
            let values = real.prefix(8).map { "x\($0)=\(n(s.layer.input[$0, s.channel]))" }.joined(separator: "  ") + (real.count > 8 ? "  \(glyphs.ellipsis)" : "")
            let torch = s.layer.torch
            if s.layer.spec.kind == .max {
                let won = s.winner.map { "the largest is x\($0) = \(n(s.value))" } ?? "no real cell"
                let rule = torch == nil ? "max over the window's real cells; pad cells never win" : "max over the window; PyTorch pads with -inf, so pad cells never win"
                let y = "\(order.y(s.position, "c\(s.channel)")) = \(n(s.value))"
                return [(rule, .dim), (values, .label), (fitted(["\(won)  \(arrow)  \(y)", y], width: width), .current)]
            }
            let rule: String
            switch torch {
            case nil: rule = "mean of the window's real cells: the divisor counts real cells only"
            case let t? where t.countIncludePad: rule = "count_include_pad=True: divide by the window's cells in the padded input"
            case _?: rule = "count_include_pad=False: divide by the real cells only, as Keras does"
            }
            let over = s.divisor == s.count ? "\(s.count) real cells" : "\(s.count) real + \(plural(s.divisor - s.count, "pad cell"))"
            let y = order.y(s.position, "c\(s.channel)"), division = "\(n(s.sum)) / \(s.divisor) = \(n(s.value))"
            return [(rule, .dim), (values, .label),
                    (fitted(["\(glyphs.sum) = \(n(s.sum)) over \(over)  \(arrow)  \(division)", "\(y) = \(division)", "\(y) = \(n(s.value))"], width: width), .current)]
        case .globalPool(let s):
            if s.layer.spec.kind == .max {
                let won = s.winner.map { "position \($0)" } ?? "none"
                // A channel of one value (a filter that never fired) has no winner to point at.
                let first = s.layer.input[0, s.channel]
                let same = s.count > 1 && (0..<s.count).allSatisfy { s.layer.input[$0, s.channel] == first }
                return [("max of channel c\(s.channel) over every position", .dim),
                        (same ? "all \(s.count) values are \(n(first)): no position stands out" : "the largest of \(s.count) values is at \(won)", .label),
                        ("y[\(s.position)] = \(n(s.value))", .current)]
            }
            return [("mean of channel c\(s.channel) over every position", .dim),
                    ("\(glyphs.sum) = \(n(s.sum)) over \(s.count) positions", .label),
                    (fitted(["y[\(s.position)] = \(n(s.sum)) / \(s.count) = \(n(s.value))", "y[\(s.position)] = \(n(s.value))"], width: width), .current)]
        case .dense(let s):
            // As many products as the rows hold, whole, so the sum can be checked when it fits.
            var rows: [String] = [], current = "", shown = 0
            for i in 0..<s.layer.inputs {
                let term = "\(n(s.x(i)))\(times)\(n(s.w(i)))"
                let piece = current.isEmpty ? (rows.isEmpty ? term : "+ " + term) : " + " + term
                if current.count + piece.count + 4 > width {
                    if rows.count + 1 >= max(productRows, 1) { break }
                    rows.append(current)
                    current = "+ " + term
                } else {
                    current += piece
                }
                shown += 1
            }
            if s.layer.inputs > shown { current += " + \(glyphs.ellipsis)" }
            rows.append(current)
            let act = s.layer.activation
            let target = s.layer.isVector ? "y[\(s.unit)]" : order.y(s.row, "u\(s.unit)")
            let y = "\(target) = \(n(s.value))"
            var last = ["\(target) = \(act.rawValue)(\(n(s.preActivation))) = \(n(s.value))", y]
            if act == .softmax {
                // Softmax over one unit divides exp(z0 − z0) by itself: a class of its own is always certain.
                let shift = "exp(z\(s.unit) \(glyphs == .ascii ? "-" : "−") max) / \(glyphs.sum) = \(n(s.value))"
                last = s.layer.units == 1 ? ["\(target) = softmax over 1 unit: always 1, whatever z0 is", "\(target) = 1 (softmax over 1 unit)", y]
                    : ["\(target) = softmax over \(s.layer.units) units: \(shift)", "\(target) = \(shift)", y]
            }
            // nn.Linear keeps its weight as (out, in): unit u's weights are the row weight[u, :].
            let weight = framework == .pytorch ? "weight[\(s.unit), i] + bias[\(s.unit)]" : "W[i, \(s.unit)] + b[\(s.unit)]"
            let rule = ("\(target) = \(act.rawValue)(\(glyphs.sum) x[i]\(times)\(weight)) over \(s.layer.inputs) inputs", Style.dim)
            let bias = s.layer.useBias ? " + bias \(n(s.bias)) = \(n(s.preActivation))" : ""
            let count = "\(glyphs.sum) \(plural(s.layer.inputs, "product"))"
            let whole = "\(count)\(s.layer.inputs > shown ? " (\(shown) shown)" : "") = \(n(s.sum))\(bias)"
            // As a Conv1D's row says, a sum and bias that do not add up by hand are float32's arithmetic.
            let marks = s.layer.useBias ? NumberText.float32Marks(n(s.sum), n(s.bias), n(s.preActivation)) : []
            let sums = marks.map { whole + $0 } + marks.suffix(1).map { "\(count) = \(n(s.sum))\(bias)" + $0 } + [whole, "\(count) = \(n(s.sum))\(bias)",
                        "\(glyphs.sum) = \(n(s.sum))" + (s.layer.useBias ? " +b \(n(s.bias)) = \(n(s.preActivation))" : "")]
            return [rule] + rows.map { ($0, Style.label) } + [(fitted(sums, width: width), .label), (fitted(last, width: width), .current)]
        case .embedding(let s):
            return [("a lookup, no arithmetic: row \(s.token) of the \(s.layer.inputDim) \(glyphs.times) \(s.layer.outputDim) table", .dim),
                    ("token id \(s.token) \(arrow) table[\(s.token)], column \(s.channel)", .label),
                    ("\(order.y(s.position, "c\(s.channel)")) = \(n(s.value))", .current)]
        case .pass(let s):
            let src = s.source, y = order.y(s.position, "c\(s.channel)")
            switch s.layer.kind {
            case .flatten:
                let c = s.layer.inputMatrix.columns
                let element = TensorOrder.element("x", "p", "c", channelsFirst: order.channelsFirst)
                let rule = "y[p\(times)\(c) + c] = \(element)"
                var lines: [(String, Style)] = [(fitted(["Flatten moves values, it computes nothing: \(rule)", "Flatten computes nothing: \(rule)", rule], width: width), .dim),
                    (fitted(["y[\(s.position)] = \(order.x(src.position, "c\(src.channel)")) = \(n(s.value))", "y[\(s.position)] = \(n(s.value))"], width: width), .current)]
                if framework == .pytorch {
                    // The trap of porting a Keras model: PyTorch's own flatten of (N, C, L) goes channel by channel.
                    let l = s.layer.inputMatrix.rows
                    lines.append(("nn.Flatten() alone goes channel by channel, y[c\(times)\(l) + p]: Keras's Dense weights would need their rows permuted", .dim))
                }
                return lines
            case .dropout(let rate):
                // PyTorch's dropout is the identity only after model.eval(), which learners forget.
                let identity = framework == .pytorch ? "nn.Dropout(p=\(rate)) is the identity in eval mode (model.eval()): y = x"
                    : "Dropout(rate=\(rate)) is the identity at inference: y = x"
                return [(identity, .dim),
                        (fitted(["(in training it zeroes \(Int((rate * 100).rounded()))% of the values at random and scales the rest by 1/(1\(glyphs == .ascii ? "-" : "−")\(rate)))",
                                 "(in training: \(Int((rate * 100).rounded()))% zeroed at random, the rest scaled by 1/(1\(glyphs == .ascii ? "-" : "−")\(rate)))"], width: width), .dim),
                        (fitted(["\(y) = \(order.x(src.position, "c\(src.channel)")) = \(n(s.value))", "\(y) = \(n(s.value))"], width: width), .current)]
            case .activation(let act):
                return [(act == .softmax ? "Activation('softmax') over the channels at each position: exp(x \(glyphs == .ascii ? "-" : "−") max) / \(glyphs.sum)" : "Activation('\(act.rawValue)') on each value alone", .dim),
                        (fitted([act == .softmax ? "\(y) = exp(\(n(s.x)) \(glyphs == .ascii ? "-" : "−") max) / \(glyphs.sum) = \(n(s.value))"
                                 : "\(y) = \(act.rawValue)(\(n(s.x))) = \(n(s.value))", "\(y) = \(n(s.value))"], width: width), .current)]
            }
        }
    }
}
