/// Writes commands back as script lines, the inverse of `DemoParser` (used by `convviz record`).
public enum DemoFormatter {
    /// One line of script text for `command`.
    public static func line(_ command: DemoCommand) -> String {
        switch command {
        case .title(let t): return "title \(quoted(t))"
        case .section(let t): return "section \(quoted(t))"
        case .caption(let t): return "caption \(quoted(t))"
        case .marker(let t): return "marker \(quoted(t))"
        case .set(.text(let s)): return "text \(quoted(s.text))"
        case .set(.embedding(let e)): return "embedding \(e.name.contains(" ") ? quoted(e.name) : e.name)"
        case .set(let s): return "set \(setting(s))"
        case .play(let n): return "play \(n)"
        case .step(let n): return n >= 0 ? (n == 1 ? "step" : "step \(n)") : (n == -1 ? "back" : "back \(-n)")
        case .goto(.first): return "goto first"
        case .goto(.last): return "goto last"
        case .goto(.step(let n)): return "goto \(n)"
        case .wait(let d):
            let tenths = Int((d * 10).rounded())
            if Double(tenths) / 10 == d { return "wait \(tenths / 10).\(tenths % 10)s" }
            return "wait \(Int((d * 1000).rounded()))ms"
        case .key(let k, let n):
            // '#' would start a comment and '"' a quoted word, so those keys are quoted.
            let name = k == .char("#") || k == .char("\"") ? quoted(k.name) : k.name
            return n == 1 ? "key \(name)" : "key \(name) x\(n)"
        case .pause: return "pause"
        case .selectInput(let p): return p.map { "select input \($0)" } ?? "select none"
        case .model(let m): return "model \(m.name.contains(" ") ? quoted(m.name) : m.name)"
        case .stage(.next): return "stage next"
        case .stage(.previous): return "stage prev"
        case .stage(.to(let i)): return "stage \(i + 1)"
        }
    }

    static func setting(_ s: Setting) -> String {
        switch s {
        case .text(let t): return "text \(quoted(t.text))"
        case .embedding(let e): return "embedding \(e.name)"
        default: return "\(s.name) \(value(s))"
        }
    }

    /// The value a `set` line writes for `s`.
    private static func value(_ s: Setting) -> String {
        switch s {
        case .parameter(_, let v): return "\(v)"
        case .padding(let v): return v.rawValue
        case .activation(let v): return v.rawValue
        case .layerActivation(let v): return v.rawValue
        case .useBias(let v), .ceilMode(let v), .countIncludePad(let v): return "\(v)"
        case .seed(let v): return "\(v)"
        case .order(let v): return v.rawValue
        case .speed(let v): return v == v.rounded() ? String(Int(v)) : String(v)
        case .input(let d), .kernel(let d): return d.name
        case .framework(let f): return f.rawValue
        case .torchPadding(let p): return "\(p)"
        case .paddingMode(let m): return m.rawValue
        case .text(let t): return quoted(t.text)
        case .embedding(let e): return e.name
        }
    }

    static func quoted(_ t: String) -> String {
        "\"" + t.replacingAll("\\", "\\\\").replacingAll("\"", "\\\"") + "\""
    }
}

private extension String {
    func replacingAll(_ a: Character, _ b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}
