/// Splits text into lines that fit a width, at spaces, for captions and messages.
enum TextWrap {
    /// The lines of `text` in at most `width` columns each; past `maxLines`, the last line ends in `ellipsis`.
    ///
    /// A word wider than a whole line is cut across lines rather than lost.
    static func lines(_ text: String, width: Int, maxLines: Int = .max, ellipsis: String = "…") -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            if !current.isEmpty && current.displayWidth + 1 + word.displayWidth > width {
                lines.append(current)
                current = ""
            }
            while word.displayWidth > width {
                let fit = word.fitted(to: width, ellipsis: "")
                let head = fit.isEmpty ? String(word.prefix(1)) : fit
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        let kept = Array(lines.prefix(maxLines))
        return kept.dropLast() + [(kept[maxLines - 1] + " " + lines[maxLines]).fitted(to: width - ellipsis.displayWidth, ellipsis: "") + ellipsis]
    }
}
