/// Writes a headless playback as an asciicast v2 recording that `asciinema play` shows.
///
/// The first frame is a full-screen redraw (cursor home, clear, rows joined by CRLF);
/// each later one rewrites only what changed, row by row (`CastStream`), so a step that
/// lights three cells costs tens of bytes instead of a screen. The only escape sequences
/// in the file are cursor home, clear, cursor position and erase to end of line; the
/// text itself is inert.
public enum CastWriter {
    /// The whole cast: a header line, then one JSON array per event.
    public static func cast(_ playback: HeadlessPlayback) -> String {
        var events: [(time: Double, rank: Int, line: String)] = []
        var stream = CastStream()
        for f in playback.frames { events.append((f.time, 1_000_000 + events.count, stream.event(f))) }
        for m in playback.markers { events.append((m.time, events.count, event(m))) }
        // Markers sort before the frame drawn at the same instant, so seeking to one shows its screen.
        events.sort { ($0.time, $0.rank) < ($1.time, $1.rank) }
        return header(width: playback.width, height: playback.height, title: playback.title) + events.map(\.line).joined()
            + end(at: playback.duration)
    }

    /// An empty output event at the script's end, so a closing `wait` still lasts in the recording.
    public static func end(at duration: Double) -> String { line(duration, "o", "") }

    /// The header line. A streamed cast is this, then `event` lines in the order the playback produces them
    /// (a `HeadlessRecorder` emits a marker before any frame drawn at the same instant).
    public static func header(width: Int, height: Int, title: String) -> String {
        var header = "{\"version\": 2, \"width\": \(width), \"height\": \(height)"
        if !title.isEmpty { header += ", \"title\": \(json(title))" }
        return header + ", \"env\": {\"TERM\": \"xterm-256color\"}}\n"
    }

    /// One frame as an output event line that redraws the whole screen.
    public static func event(_ f: HeadlessRecorder.Frame) -> String {
        line(f.time, "o", repaint(f.lines.map { Sanitize.line($0) }))
    }

    /// Cursor home, clear, and the rows joined by CRLF.
    static func repaint(_ rows: [String]) -> String {
        "\u{1B}[H\u{1B}[2J" + rows.joined(separator: "\r\n")
    }

    /// One marker as a marker event line.
    public static func event(_ m: HeadlessRecorder.Marker) -> String { line(m.time, "m", m.label) }

    static func line(_ t: Double, _ code: String, _ data: String) -> String {
        "[\(time(t)), \"\(code)\", \(json(data))]\n"
    }

    /// Seconds with six decimals, as asciinema writes them.
    static func time(_ t: Double) -> String {
        let us = Int((t * 1_000_000).rounded())
        let frac = String(us % 1_000_000)
        return "\(us / 1_000_000).\(String(repeating: "0", count: 6 - frac.count))\(frac)"
    }

    /// A JSON string literal; every control character is escaped, so no raw ESC is ever written.
    static func json(_ s: String) -> String { JSONString.literal(s) }
}
