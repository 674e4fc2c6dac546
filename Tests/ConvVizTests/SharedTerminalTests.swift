import Foundation
import Testing

/// The explorer shares its terminal: a job-control shell gets its screen and input back as they
/// were, and a terminal that changed what it shows behind the explorer's back is painted again.
@Suite(.serialized, .enabled(if: TmuxSession.available && TmuxSession.binary != nil && TmuxSession.which("bash") != nil,
                             "skipped: needs tmux, bash and the built binary"))
struct SharedTerminalTests {
    static func shell() throws -> TmuxSession {
        let t = try TmuxSession(["bash", "--norc", "--noprofile", "-i"], width: 80, height: 24, env: ["PS1": "$ "])
        try t.wait(for: "$")
        return t
    }

    static func run(_ t: TmuxSession, _ command: String) throws {
        try t.type(command)
        try t.keys("Enter")
    }

    /// Quitting while frames are in flight reads the terminal's last status answer first, so none
    /// of it ("^[[0n") reaches the shell's next command.
    @Test func quittingWhilePlayingLeavesNothingInTheShellsInput() throws {
        let t = try Self.shell()
        for round in 1...3 {
            try Self.run(t, "clear; " + TmuxSession.binary! + " --speed 16384 --length 5000 --channels 64 --filters 64")
            try t.wait(for: "step 1/")
            try t.keys("Space")
            usleep(UInt32(200_000 * round))
            try t.keys("q")
            // Typed only once the explorer has left, as a person would: keys typed before the answer are read with it.
            var tries = 0
            while try t.terminalFlags().alternate, tries < 100 { usleep(20_000); tries += 1 }
            try Self.run(t, "echo MARK\(round)")
            let screen = try t.wait(for: "\nMARK\(round)")
            #expect(!screen.contains("[0n") && !screen.contains("necho"), "\(screen)")
        }
    }

    /// Ctrl-Z, then `kill %1`: the program ends (143) without writing over the shell's screen.
    @Test func aStoppedExplorerEndsOnKillAndLeavesTheShellsScreen() throws {
        let t = try Self.shell()
        try Self.run(t, "echo BEFORE; " + TmuxSession.binary!)
        try t.wait(for: "step 1/")
        try t.keys("C-z")
        try t.wait(for: "Stopped")
        // The job's state is read until it is neither stopped nor running (5 s at most), however
        // slow a loaded machine is: a job stopped again for terminal output stays "Stopped".
        try Self.run(t, "kill %1; for i in $(seq 100); do sleep 0.05; s=$(jobs -l); case $s in *Stopped*|*Running*) ;; *) break;; esac; done; echo \"$s\"; echo AFTER")
        let screen = try t.wait(for: "\nAFTER")
        #expect(screen.contains("Exit 143"), "the job ended on SIGTERM: \(screen)")
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines.contains("BEFORE") && lines.contains("AFTER"), "no line written over: \(screen)")
    }

    /// A resize that ends at the old size (a pane zoomed and put back) may have reflowed the screen;
    /// ncurses sees no change, so the explorer repaints on the signal itself.
    @Test func aResizeSignalRepaintsEvenAtTheSameSize() throws {
        let t = try TmuxSession([TmuxSession.binary!], width: 80, height: 24)
        try t.wait(for: "Conv1D(filters=4")
        // tmux forgets what the pane shows, as a reflow would scramble it.
        _ = try t.tmux(["send-keys", "-t", "main", "-R"])
        usleep(300_000)
        #expect(!(try t.screen()).contains("Conv1D("), "the pane was cleared")
        try t.signal(SIGWINCH)
        try t.wait(for: "Conv1D(filters=4", seconds: 3)
    }
}
