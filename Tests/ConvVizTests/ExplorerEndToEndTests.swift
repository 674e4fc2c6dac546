import Foundation
import Testing

/// The real binary in a real terminal (tmux): keys, a click, a resize, and every way out.
@Suite(.serialized, .enabled(if: endToEndUnavailable == nil, "skipped: \(endToEndUnavailable ?? "")"))
struct ExplorerEndToEndTests {
    @Test func opensWithEveryPanelAndStepsOnRight() throws {
        let t = try TmuxSession([TmuxSession.binary!], width: 100, height: 30)
        let first = try t.wait(for: "step 1/48")
        for panel in ["Conv1D(filters=4, kernel_size=3", "Input x:", "Kernel W[:,:,0]", "y[0, f0] = relu", "Output y:", "? help"] {
            #expect(first.contains(panel), "missing \(panel)")
        }
        #expect(first.contains("y[0, f0] reads inputs 0, 1"))
        try t.keys("Right")
        let second = try t.wait(for: "step 2/48")
        // The window slid one position and one more output cell holds a value.
        #expect(second.contains("y[1, f0] reads inputs 0, 1, 2"))
        #expect(filledOutputCells(second) == filledOutputCells(first) + 1)
        try t.keys("q")
        try t.wait(for: "[exited 0]")
    }

    @Test func liveChangesShowOnTheNextFrame() throws {
        let t = try TmuxSession([TmuxSession.binary!, "--length", "6", "--channels", "1", "--filters", "1", "--kernel-size", "3", "--padding", "valid"])
        try t.wait(for: "output (None, 4, 1)")
        try t.keys("S")          // strides 2
        try t.keys("p")          // valid → same
        let same = try t.wait(for: "padding='same'")
        #expect(same.contains("strides=2"))
        #expect(same.contains("output (None, 3, 1)"))
        #expect(same.contains("pad 0 left │ 1 right"))
        try t.keys("s", "p", "p") // strides 1, same → causal → valid
        try t.wait(for: "padding='valid'")
        for _ in 0..<4 { try t.keys("K") } // kernel 7 > length 6
        let error = try t.wait(for: "Computed output size would be zero or negative")
        #expect(error.contains("Keras raises ValueError"))
        try t.keys("k", "k", "k", "k")
        try t.wait(for: "output (None, 4, 1)")
        try t.keys("q")
        try t.wait(for: "[exited 0]")
    }

    @Test func clickingAnOutputCellJumpsToItsStep() throws {
        let t = try TmuxSession([TmuxSession.binary!], width: 100, height: 30)
        let screen = try t.wait(for: "step 1/48")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Output row of filter f2, column of position 5 (under the "5" of the axis row).
        let axisRow = try #require(lines.lastIndex { $0.hasPrefix(" pos ") })
        let f2Row = try #require(lines.firstIndex { $0.hasPrefix(" f2 ") })
        let axis = lines[axisRow]
        let x = try #require(axis.range(of: "     5 ").map { axis.distance(from: axis.startIndex, to: $0.lowerBound) + 5 })
        try t.click(x: x, y: f2Row)
        // Filter-major with 12 positions: (5, f2) is step 2·12 + 5 + 1.
        let after = try t.wait(for: "step 30/48")
        #expect(after.contains("y[5, f2] = relu"))
        try t.keys("q")
    }

    @Test func redrawsOnResizeAndSaysWhenTooSmall() throws {
        let t = try TmuxSession([TmuxSession.binary!], width: 100, height: 30)
        try t.wait(for: "step 1/48")
        try t.resize(width: 80, height: 24)
        let small = try t.wait(for: "Output y:")
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try t.resize(width: 40, height: 10)
        try t.wait(for: "too small")
        try t.resize(width: 100, height: 30)
        try t.wait(for: "Kernel W")
        try t.keys("q")
        try t.wait(for: "[exited 0]")
    }

    @Test(arguments: [("q", 0), ("Escape", 0), ("C-c", 0)])
    func quitKeysRestoreTheTerminal(_ key: String, _ status: Int) throws {
        let t = try TmuxSession([TmuxSession.binary!])
        try t.wait(for: "step 1/48")
        #expect(try t.terminalFlags().alternate)
        try t.keys(key)
        try t.wait(for: "[exited \(status)]")
        let flags = try t.terminalFlags()
        #expect(!flags.alternate && flags.cursor && !flags.mouse, "after \(key): \(flags)")
    }

    /// Sequences as PuTTY and others send them step or do nothing; Alt+x and unknown ones never quit; a lone Esc does.
    /// A byte that is not UTF-8 (a Latin-1 é from a misconfigured terminal) loses only itself: the keys after it work.
    @Test func aStrayByteDoesNotSwallowTheKeysAfterIt() throws {
        let t = try TmuxSession([TmuxSession.binary!])
        try t.wait(for: "step 1/48")
        try t.bytes("e9")
        try t.keys("K")
        try t.wait(for: "kernel_size=4")
        try t.bytes("c3")
        try t.keys("Right")
        try t.wait(for: "step 2/48")
        try t.keys("e")
        try t.bytes("79", "9b", "79", "c3", "a9")
        try t.wait(for: "text: yyé")
    }

    /// Shift with a cursor key steps like the key; the Linux console's F4 (ESC [ [ D) does nothing, not a 'D';
    /// an Esc arriving just before the terminal's status reply still quits.
    @Test func shiftedKeysConsoleKeysAndAnEscBeforeAReply() throws {
        let t = try TmuxSession([TmuxSession.binary!])
        try t.wait(for: "step 1/48")
        try t.bytes("1b", "5b", "31", "3b", "32", "43")
        try t.wait(for: "step 2/48")
        try t.keys("S-Right")
        try t.wait(for: "step 3/48")
        try t.bytes("1b", "5b", "5b", "44")
        try t.keys("Right")
        let after = try t.wait(for: "step 4/48")
        #expect(!after.contains("dilation_rate=2"), "ESC [ [ D was read as a D")
        try t.bytes("1b", "1b", "5b", "30", "6e")
        try t.wait(for: "[exited 0]")
    }

    @Test func escapeSequencesNeverQuitAndALoneEscDoes() throws {
        let t = try TmuxSession([TmuxSession.binary!])
        try t.wait(for: "step 1/48")
        try t.bytes("1b", "5b", "43")
        try t.wait(for: "step 2/48")
        try t.bytes("1b", "4f", "43")
        try t.wait(for: "step 3/48")
        try t.bytes("1b", "5b", "31", "3b", "35", "44")
        try t.wait(for: "step 2/48")
        for hostile in [["1b", "78"], ["1b", "5b", "39", "39", "7e"], ["1b", "5b", "31", "3b", "32", "51"], ["1b", "4f", "50"],
                        // A paste of "q" and of a DEL then "q" (curses reads DEL as Backspace): text, never keys.
                        ["1b", "5b", "32", "30", "30", "7e", "71", "7f", "71", "1b", "5b", "43", "1b", "5b", "32", "30", "31", "7e"]] {
            try tmuxBytes(t, hostile)
        }
        try t.keys("Right")
        let after = try t.wait(for: "step 3/48")
        #expect(!after.contains("[exited"), "a sequence quit the explorer")
        #expect(try t.terminalFlags().alternate)
        try t.bytes("1b")
        try t.wait(for: "[exited 0]")
        let flags = try t.terminalFlags()
        #expect(!flags.alternate && flags.cursor && !flags.mouse)
    }

    /// A terminal's replies and sequences no key sends are read whole: none of their bytes acts as a key
    /// (an OSC colour reply's `r`, `g`, `b` would reseed and drop the bias; a long CSI's tail would quit).
    @Test func aTerminalsRepliesAndLongSequencesAreNeverKeys() throws {
        let t = try TmuxSession([TmuxSession.binary!])
        try t.wait(for: "step 1/48")
        try t.keys("Right", "Right", "Right")
        let before = try t.wait(for: "step 4/48")
        let hostile = ["\u{1b}]11;rgb:0000/0000/0000\u{07}", "\u{1b}]0;hhhh\u{1b}\\", "\u{1b}Pq#0;2;0;0;0hhkK\u{1b}\\",
                       "\u{1b}[1;2;3;4;5;6;7;8;9;10;11;12;13;14q", "\u{1b}[" + String(repeating: "0", count: 40) + "K",
                       "\u{1b}[" + String(repeating: "1;", count: 200) + "q", "\u{1b}[M#!!"]
        for text in hostile {
            try tmuxBytes(t, text.utf8.map { String(format: "%02x", $0) })
        }
        try t.keys("Right")
        let after = try t.wait(for: "step 5/48")
        #expect(!after.contains("[exited"), "a sequence quit the explorer")
        let header = { (screen: String) in screen.split(separator: "\n").prefix(3).joined(separator: "\n") }
        #expect(header(after) == header(before), "a sequence changed the layer:\n\(after)")
        // A sequence cut short by the next ESC leaves that ESC to start its own: the arrow after it steps.
        try tmuxBytes(t, ["1b", "5b", "31", "32", "1b", "5b", "43"])
        try t.wait(for: "step 6/48")
        try tmuxBytes(t, ["1b", "5d", "30", "3b", "74", "1b", "5b", "43"])
        try t.wait(for: "step 7/48")
        try t.keys("Left", "Left")
        try t.wait(for: "step 5/48")
        // An X10 mouse report is a click where it points: on f0's first pending output (position 5), its step.
        let lines = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = try #require(lines.firstIndex { $0.hasPrefix(" f0 ") })
        let x = try #require(lines[y].firstIndex(of: "·")).utf16Offset(in: lines[y])
        try tmuxBytes(t, ["1b", "5b", "4d", "20", String(format: "%02x", 33 + x), String(format: "%02x", 33 + y)])
        try t.wait(for: "step 6/48")
    }

    /// Ctrl-Z stops the explorer as a shell with job control expects (raw mode delivers it as a
    /// byte); fg takes the screen back, and the time it was stopped does not count as play.
    @Test func ctrlZSuspendsAndTheStoppedTimeIsNotPlay() throws {
        let t = try TmuxSession(["/bin/bash", "--norc", "--noprofile", "-i"])
        try t.type("PS1='$ '")
        try t.keys("Enter")
        try t.type(TmuxSession.binary!)
        try t.keys("Enter")
        try t.wait(for: "step 1/48")
        try t.keys("Space")
        try t.wait(for: "step 2/48")
        try t.keys("C-z")
        let shell = try t.wait(for: "Stopped")
        #expect(try !t.terminalFlags().alternate, "the screen is given back while stopped: \(shell)")
        let explorer = try TmuxSession.run("/usr/bin/pgrep", ["-P", String(try t.programPid())]).split(separator: "\n").first.map(String.init)
        let stat = try String(contentsOfFile: "/proc/\(try #require(explorer))/stat", encoding: .utf8)
        #expect(stat[stat.range(of: ")")!.upperBound...].split(separator: " ").first == "T", "\(stat)")
        sleep(4)
        try t.type("fg")
        try t.keys("Enter")
        let back = try t.wait(for: "playing")
        #expect(try t.terminalFlags().alternate)
        let step = back.split(separator: "\n").last { $0.contains("step ") }.flatMap { line in
            line.split(separator: " ").first { $0.contains("/48") }.flatMap { Int($0.split(separator: "/")[0]) }
        }
        // 4 s at 2 steps/s would be 8 steps; a stop counts as one.
        #expect(step.map { $0 <= 5 } == true, "after 4 s stopped: \(back)")
        try t.keys("q")
    }

    /// LINES and COLUMNS exported for another window never win over the terminal's own size.
    @Test func staleLinesAndColumnsAreIgnored() throws {
        let t = try TmuxSession([TmuxSession.binary!], env: ["LINES": "40", "COLUMNS": "120"])
        let screen = try t.wait(for: "step 1/48")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix(" Conv1D(") == true, "\(screen)")
        #expect(lines.lastIndex { $0.contains("step 1/48") } == 29, "the status line is the terminal's last row: \(screen)")
        try t.resize(width: 90, height: 26)
        let resized = try t.wait(for: "step 1/48")
        #expect(resized.split(separator: "\n").allSatisfy { $0.count <= 90 }, "\(resized)")
    }

    /// A terminal without an alternate screen (vt100, the Linux console) is left clear on quitting,
    /// not with the last frame under the shell's prompt.
    @Test func quittingATerminalWithoutAnAlternateScreenLeavesItClear() throws {
        let t = try TmuxSession([TmuxSession.binary!], env: ["TERM": "vt100"])
        try t.wait(for: "step 1/48")
        try t.keys("q")
        let after = try t.wait(for: "[exited 0]")
        #expect(!after.contains("Conv1D(") && !after.contains("step 1/48"), "\(after)")
    }

    private func tmuxBytes(_ t: TmuxSession, _ hex: [String]) throws {
        _ = try t.tmux(["send-keys", "-t", "main", "-H"] + hex)
        usleep(100_000)
    }

    /// SIGABRT and SIGSEGV stand in for a crash (a Swift trap raises SIGILL or SIGTRAP, handled alike);
    /// SIGUSR1, SIGALRM, SIGPIPE, SIGSYS, SIGPWR and the first real-time signal (34 on glibc) for the
    /// other signals that end a program by default.
    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130), (SIGUSR1, 138), (SIGALRM, 142), (SIGPIPE, 141),
                      (SIGSYS, 159), (SIGPWR, 158), (34, 162), (SIGABRT, 134), (SIGSEGV, 139)])
    func signalsRestoreTheTerminal(_ sig: Int32, _ status: Int) throws {
        let t = try TmuxSession([TmuxSession.binary!])
        try t.wait(for: "step 1/48")
        try t.signal(sig)
        try t.wait(for: "[exited \(status)]")
        let flags = try t.terminalFlags()
        #expect(!flags.alternate && flags.cursor && !flags.mouse, "after signal \(sig): \(flags)")
    }

    @Test func noTerminalOrDumbTermGivesOneLineAndNonZeroExit() throws {
        let bin = TmuxSession.binary!
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        p.environment = ["TERM": "dumb", "PATH": "/usr/bin:/bin"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus != 0)
        #expect(text.contains("play FILE --headless"))
        #expect(text.split(separator: "\n").count == 1)

        let t = try TmuxSession([bin], env: ["TERM": "dumb"])
        let screen = try t.wait(for: "[exited 1]")
        #expect(screen.contains("TERM is 'dumb'"))
    }

    /// Output cells showing a number rather than the pending dot, in the output panel.
    private func filledOutputCells(_ screen: String) -> Int {
        let lines = screen.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: { $0.contains("Output y:") }) else { return -1 }
        return lines[(start + 2)...].filter { $0.hasPrefix(" f") }.reduce(0) { count, line in
            count + line.split(separator: " ").dropFirst().filter { $0 != "·" }.count
        }
    }
}
