import CNcursesw
import ConvViz
#if canImport(Glibc)
import Glibc
#endif

/// The ncurses backend: sets the terminal up and down, draws grids, and decodes keys, mouse and resize.
///
/// It is the only code that talks to curses. Styles become colours through `Palette`.
public final class CursesTerminal: TerminalBackend {
    /// Why the explorer cannot start on this terminal.
    public struct Unusable: Error, CustomStringConvertible {
        public let description: String
    }

    private let screenPointer: OpaquePointer
    private var palette: Palette
    /// True when the locale's codeset is UTF-8, so Unicode glyphs can be drawn.
    public let utf8: Bool
    private var open = true
    /// Frames in flight: after each frame the terminal is asked to report (DSR 5), and until it
    /// answers, newer frames replace one another here instead of queueing on a slow link.
    var link = LinkPacer()
    /// A character whose first bytes have come and whose last have not.
    private var assembler = UTF8Assembler()
    /// Input read ahead and not yet used (keys typed while the terminal was being asked something), in order.
    var readAhead: [Int32] = []
    /// The most columns or rows convviz draws.
    static let largestSide = 4096
    /// Real seconds spent stopped by Ctrl-Z since the event loop last asked.
    private var stoppedSeconds = 0.0
    /// The grid the terminal shows, when known: a frame is sent as changes from it.
    private var shown: Grid?

    public func takeStoppedSeconds() -> Double {
        defer { stoppedSeconds = 0 }
        return stoppedSeconds
    }

    /// The theme for the background colour the terminal reported when asked, or nil (not asked, or no answer).
    public private(set) var backgroundTheme: Theme?

    /// Opens the terminal, or explains why it cannot be used (no TTY, TERM unset, unknown or dumb).
    ///
    /// With `askingBackground`, it also asks the terminal for its background colour (OSC 11), and
    /// waits a moment for the answer so the first frame already has the right theme.
    public init(askingBackground: Bool = false) throws {
        setlocale(LC_ALL, "")
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw Unusable(description: "the explorer needs a terminal; for scripts and CI use 'convviz play FILE --headless'")
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw Unusable(description: "TERM is \(term.isEmpty ? "unset" : "'dumb'"), so the explorer cannot draw; set TERM (e.g. xterm-256color) or use 'convviz play FILE --headless'")
        }
        // LINES and COLUMNS left over from another window (a shell that exported them) would win over
        // the terminal's real size for good: the size comes from the terminal, and from its resizes.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        // ncurses keeps sizes in a short (32768 columns fail newterm as an unknown TERM would), and 10000×10000
        // cells fill gigabytes: past 4096 either way no real terminal goes (ResizeWatch holds resizes to it too).
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > Self.largestSide || size.ws_row > Self.largestSide {
            throw Unusable(description: "the terminal is \(size.ws_col)×\(size.ws_row); convviz draws at most \(Self.largestSide) columns and rows, so make the window smaller")
        }
        // newterm returns NULL for an unknown TERM where initscr would exit(1) on its own.
        guard let screen = cnc_newterm() else {
            throw Unusable(description: "the terminal type '\(term)' is unknown to ncurses; try TERM=xterm-256color, or use 'convviz play FILE --headless'")
        }
        screenPointer = screen
        utf8 = cnc_is_utf8_locale() != 0
        set_escdelay(25)
        raw()
        noecho()
        keypad(cnc_stdscr(), true)
        // Keys arrive in either cursor mode whatever terminfo says (PuTTY sends ESC [ C in
        // application mode), and Home and End differ between xterm, tmux and screen.
        for (sequence, code) in [("\u{1b}[1~", KEY_HOME), ("\u{1b}[7~", KEY_HOME), ("\u{1b}[H", KEY_HOME), ("\u{1b}OH", KEY_HOME),
                                 ("\u{1b}[4~", KEY_END), ("\u{1b}[8~", KEY_END), ("\u{1b}[F", KEY_END), ("\u{1b}OF", KEY_END),
                                 ("\u{1b}[A", KEY_UP), ("\u{1b}OA", KEY_UP), ("\u{1b}[B", KEY_DOWN), ("\u{1b}OB", KEY_DOWN),
                                 ("\u{1b}[C", KEY_RIGHT), ("\u{1b}OC", KEY_RIGHT), ("\u{1b}[D", KEY_LEFT), ("\u{1b}OD", KEY_LEFT),
                                 ("\u{1b}[5~", KEY_PPAGE), ("\u{1b}[3~", KEY_DC), ("\u{1b}[6~", KEY_NPAGE), ("\u{1b}[Z", KEY_BTAB)] {
            define_key(sequence, code)
        }
        curs_set(0)
        // The cursor is hidden, so it is not moved back into place after each frame (bytes saved on every step).
        leaveok(cnc_stdscr(), true)
        _ = mousemask(cnc_all_mouse_events(), nil)
        mouseinterval(0)
        Self.bracketPastes(true)
        palette = Palette.make(theme: .dark)
        CrashGuard.install()
        ResizeWatch.install()
        // The Linux console would print the question: it knows no OSC but its palette's.
        let asks = askingBackground && !term.hasPrefix("linux")
        if asks { _ = "\u{1b}]11;?\u{1b}\\".withCString { write(1, $0, 8) } }
        // Asked before anything is drawn, the answer says at once whether this terminal reports at all.
        _ = "\u{1b}[5n".withCString { write(1, $0, 4) }
        link.sent(now: Self.now())
        if asks { backgroundTheme = readBackground(within: 0.25) }
    }

    deinit { close() }

    /// Restores the terminal: leaves the alternate screen, shows the cursor, stops mouse reporting.
    public func close() {
        guard open else { return }
        open = false
        // An answer still to come would land in the shell's input after we leave ("^[[0n", and an
        // "n" before the next command): it is read here first, for at most a moment.
        if link.awaitsAnswer { readAnswer(within: 0.3) }
        _ = mousemask(0, nil)
        Self.bracketPastes(false)
        // Without an alternate screen (vt100, the Linux console) the last frame would stay under
        // the shell's prompt: the screen is cleared instead, with the cursor at its top.
        if cnc_has_alternate_screen() == 0 {
            wclear(cnc_stdscr())
            wrefresh(cnc_stdscr())
        }
        curs_set(1)
        endwin()
        delscreen(screenPointer)
    }

    /// Reads input until the terminal's status answer (`ESC [ 0 n`) has come, or `seconds` have passed.
    private func readAnswer(within seconds: Double) {
        let deadline = Self.now() + seconds
        var tail: [Int32] = []
        while Self.now() < deadline {
            wtimeout(cnc_stdscr(), Int32(max((deadline - Self.now()) * 1000, 1).rounded(.up)))
            let c = wgetch(cnc_stdscr())
            if c == ERR { return }
            tail = Array((tail + [c]).suffix(4))
            if tail == [27, 91, 48, 110] { return }
        }
    }

    public var size: (width: Int, height: Int) { (Int(cnc_cols()), Int(cnc_lines())) }

    public func draw(_ grid: Grid) {
        if link.hold(grid, now: Self.now()) { return }
        paint(grid)
    }

    /// Sends a grid, scattered changes of one style first (see `PaintPass`), then asks the terminal to report back.
    private func paint(_ grid: Grid) {
        for frame in shown.map({ PaintPass.frames(shown: $0, next: grid) }) ?? [] { send(frame) }
        send(grid)
        shown = grid
        if link.asks {
            // The answer ("ESC [ 0 n") comes back once the terminal has shown everything before it.
            _ = "\u{1b}[5n".withCString { write(1, $0, 4) }
            link.sent(now: Self.now())
        }
    }

    /// Tells curses that the terminal shows something unknown, so the next frame is sent whole.
    private func forgetScreen() {
        clearok(cnc_curscr(), true)
        shown = nil
    }

    /// Sends a grid: curses sends only what changed since the last one.
    private func send(_ grid: Grid) {
        if grid.theme != palette.theme { palette = Palette.make(theme: grid.theme) }
        erase()
        for y in 0..<min(grid.height, Int(cnc_lines())) {
            var x = 0
            while x < grid.width {
                let style = grid[x, y].1
                var run: [wchar_t] = []
                let start = x
                while x < grid.width, grid[x, y].1 == style {
                    // The second cell of a wide character is drawn by the character itself.
                    let cell = grid[x, y].0
                    if cell == Grid.continuation {
                        // Without UTF-8 a wide character before became a one-cell "?": a space keeps the row in place.
                        if !utf8 && (x == 0 || Self.unshowable(grid[x - 1, y].0)) { run.append(wchar_t(0x20)) }
                    } else if !utf8 && Self.unshowable(cell) {
                        // A character the locale cannot show (curses would leave the cell blank): "?" says one is there.
                        run.append(wchar_t(0x3F))
                    } else {
                        for scalar in cell.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
                    }
                    x += 1
                }
                run.append(0)
                let look = palette.look(style)
                // The last cell of the last row would scroll the screen if written with addwstr.
                if y == grid.height - 1 && x == grid.width { run.removeLast(2); run.append(0) }
                _ = cnc_put(Int32(y), Int32(start), run, look.attributes, look.pair)
            }
        }
        refresh()
    }

    /// True when the locale cannot show some character of `cell` (wcwidth says -1).
    private static func unshowable(_ cell: Character) -> Bool {
        cell.unicodeScalars.contains { cnc_wcwidth(wchar_t(bitPattern: $0.value)) < 0 }
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Draws the newest held frame once the terminal has caught up, or once it is too late to wait.
    private func drawHeld() {
        if let grid = link.release(now: Self.now()) { paint(grid) }
    }

    public func nextEvent(timeout: Double?) -> InputEvent? {
        guard let timeout else {
            // SIGWINCH may land on another thread and not interrupt our read, so an
            // untimed wait polls 4 times a second; ncurses then reports the resize.
            while true {
                if let event = read(milliseconds: 250) { return event }
                drawHeld()
            }
        }
        let wait = min(timeout, link.heldDeadline(now: Self.now()) ?? timeout)
        let event = read(milliseconds: Int32(min(max(wait * 1000, 0), 60_000).rounded(.up)))
        drawHeld()
        return event
    }

    /// Reads a key as bytes (curses's own multibyte reading waits for 16 bytes after a broken
    /// character, swallowing the keys that follow it), assembled into characters here.
    private func read(milliseconds: Int32) -> InputEvent? {
        // Resized, perhaps back to the same size: what the terminal shows is unknown, so all of it is sent again.
        if ResizeWatch.take() {
            forgetScreen()
            // ncurses takes a real new size at its next read: that read is made now, so the frame
            // drawn is laid out for the new size (a key read instead is put back).
            let c = nextInput(milliseconds: 0)
            if c != ERR && c != KEY_RESIZE { readAhead.insert(c, at: 0) }
            return .resize(width: Int(cnc_cols()), height: Int(cnc_lines()))
        }
        // The rest of a started character comes at once, or not at all.
        let c = nextInput(milliseconds: assembler.isPending ? 50 : milliseconds)
        if c == ERR { assembler.reset(); return nil }
        if c > 255 { assembler.reset(); return KeyDecoder.special(c) }
        guard let scalar = assembler.feed(UInt8(truncatingIfNeeded: c)) else { return nil }
        let ch = scalar.value
        if ch == 27 { return escape() }
        if ch == 26 {
            // Ctrl-Z, which raw mode delivers as a byte: stop as the shell expects. curses's own SIGTSTP
            // handler leaves the screen, stops, and takes it back on fg; the size may have changed meanwhile.
            let stoppedAt = Self.now()
            // The shell gets the terminal back as it lent it: pastes unmarked, and no status answer
            // still to come (it would land in the shell's next command as "^[[0n").
            if link.awaitsAnswer { readAnswer(within: 0.3); link.answered(now: Self.now()) }
            Self.bracketPastes(false)
            raise(SIGTSTP)
            Self.bracketPastes(true)
            stoppedSeconds += Self.now() - stoppedAt
            forgetScreen()
            return .resize(width: Int(cnc_cols()), height: Int(cnc_lines()))
        }
        if ch == 12 {
            // Ctrl-L, as in every full-screen program: forget what the terminal shows and send it all again.
            forgetScreen()
            return .resize(width: Int(cnc_cols()), height: Int(cnc_lines()))
        }
        return KeyDecoder.character(ch)
    }

    /// Turns the terminal's bracketed paste mode on or off: a paste then arrives as one event, not as keys.
    static func bracketPastes(_ on: Bool) {
        _ = (on ? "\u{1b}[?2004h" : "\u{1b}[?2004l").withCString { write(1, $0, 8) }
    }

    /// The longest pause inside a terminal's reply string before the rest is given up on, in milliseconds.
    static let stringPause: Int32 = 250

    /// The next key code or byte: one read ahead first, else curses's, waiting at most `milliseconds`.
    func nextInput(milliseconds: Int32) -> Int32 {
        if !readAhead.isEmpty { return readAhead.removeFirst() }
        wtimeout(cnc_stdscr(), milliseconds)
        return wgetch(cnc_stdscr())
    }
}
