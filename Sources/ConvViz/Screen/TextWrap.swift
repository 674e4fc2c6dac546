/// Splits text into lines that fit a width, at spaces, for captions and messages.
enum TextWrap {
    /// The lines of `text` in at most `width` columns each; past `maxLines`, the last line ends in `ellipsis`.
    ///
    /// A word wider than a whole line is cut across lines rather than lost.
    static func lines(_ text: String, width: Int, maxLines: Int = .max, ellipsis: String = "…") -> [String] {
        // A short parenthesised group, a shape such as (None, 98, 32), is one unit: never split mid-tuple.
        guard width > 0 else { return [] }
        var lines: [String] = [], current = "", currentWidth = 0
        // Lines past the first maxLines + 1 are never shown: a caption of megabytes costs no more than a screenful.
        for word in units(text) where lines.count <= maxLines {
            let wordWidth = DisplayWidth.of(String(word))
            if !current.isEmpty && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            if wordWidth > width {
                // A word wider than a line is cut across lines, one pass over its characters.
                var piece = "", pieceWidth = 0
                for c in word {
                    let w = DisplayWidth.of(c)
                    if pieceWidth + w > width && !piece.isEmpty {
                        lines.append(piece)
                        if lines.count > maxLines { break }
                        piece = ""
                        pieceWidth = 0
                    }
                    piece.append(c)
                    pieceWidth += w
                }
                current = piece
                currentWidth = pieceWidth
                continue
            }
            current += (current.isEmpty ? "" : " ") + word
            currentWidth += (currentWidth == 0 ? 0 : 1) + wordWidth
        }
        if !current.isEmpty && lines.count <= maxLines { lines.append(current) }
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        let kept = Array(lines.prefix(maxLines))
        return kept.dropLast() + [(kept[maxLines - 1] + " " + lines[maxLines]).fitted(to: width - ellipsis.displayWidth, ellipsis: "") + ellipsis]
    }

    /// The words of `text`, with a short parenthesised group ("(None, 98, 32)", at most 16 columns) kept as one.
    private static func units(_ text: String) -> [Substring] {
        let words = text.split(separator: " ")
        var out: [Substring] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            if word.contains("("), !word.contains(")"),
               let close = words[(i + 1)...].prefix(4).firstIndex(where: { $0.contains(")") }) {
                let group = words[i...close].joined(separator: " ")
                if DisplayWidth.of(group) <= 16 {
                    out.append(Substring(group))
                    i = close + 1
                    continue
                }
            }
            out.append(word)
            i += 1
        }
        return out
    }
}
