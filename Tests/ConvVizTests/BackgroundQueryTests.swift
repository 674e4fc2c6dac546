import ConvViz
import Foundation
import Testing

/// The theme follows the background colour the terminal reports (OSC 11) when nothing else chose it.
@Suite struct BackgroundQueryTests {
    @Test func anAnswersColourGivesTheTheme() {
        #expect(Theme.forBackground(answer: "11;rgb:ffff/ffff/ffff") == .light)
        #expect(Theme.forBackground(answer: "11;rgb:0000/0000/0000") == .dark)
        // Solarized's backgrounds, in two-digit parts: base3 is light, base03 dark.
        #expect(Theme.forBackground(answer: "11;rgb:fd/f6/e3") == .light)
        #expect(Theme.forBackground(answer: "11;rgb:00/2b/36") == .dark)
        // rxvt adds an alpha part; one hex digit a part is allowed too.
        #expect(Theme.forBackground(answer: "11;rgba:eeee/eeee/eeee/ffff") == .light)
        #expect(Theme.forBackground(answer: "11;rgb:2/2/2") == .dark)
        // By lightness as people see it, #808080 (L* 53.6) is light and #767676 (L* 49.6) dark.
        #expect(Theme.forBackground(answer: "11;rgb:80/80/80") == .light)
        #expect(Theme.forBackground(answer: "11;rgb:76/76/76") == .dark)
    }

    @Test func anAnswerThatIsNotAColourGivesNothing() {
        for answer in ["10;rgb:ffff/ffff/ffff", "11;?", "11;rgb:ffff/ffff", "11;rgb:fffff/0/0", "11;rgb:gg/00/00", "11;#ffffff", "11;rgb:ff//ff", ""] {
            #expect(Theme.forBackground(answer: answer) == nil, "\(answer)")
        }
    }
}

/// The real binary on a pseudo-terminal that answers the background question.
@Suite(.serialized, .enabled(if: TmuxSession.binary != nil, "skipped: the convviz binary is not built"))
struct BackgroundQueryEndToEndTests {
    /// The bytes of the first screen, and whether the terminal was asked for its background.
    static func firstScreen(_ arguments: [String] = [], background: String?, environment: [String: String] = [:]) throws -> (screen: String, asked: Bool) {
        let t = try PtyTerminal([TmuxSession.binary!] + arguments, width: 100, height: 30, background: background, environment: environment)
        defer { t.stop() }
        t.settle()
        let bytes = String(decoding: t.bytes(from: 0), as: UTF8.self)
        return (bytes, bytes.contains("\u{1b}]11;?"))
    }

    // The title is 117 (pale blue) in the dark theme and 25 (deep blue) in the light one.
    static let darkTitle = "38;5;117m", lightTitle = "38;5;25m"

    @Test func aWhiteTerminalGetsTheLightTheme() throws {
        let (screen, asked) = try Self.firstScreen(background: "rgb:ffff/ffff/ffff")
        #expect(asked)
        #expect(screen.contains(Self.lightTitle) && !screen.contains(Self.darkTitle))
    }

    @Test func aDarkTerminalOrOneThatDoesNotSayGetsTheDarkTheme() throws {
        for background in ["rgb:0000/2b2b/3636", nil] {
            let (screen, asked) = try Self.firstScreen(background: background)
            #expect(asked)
            #expect(screen.contains(Self.darkTitle) && !screen.contains(Self.lightTitle), "\(background ?? "no answer")")
        }
    }

    @Test func aChosenThemeIsNotOverruledAndTheTerminalIsNotAsked() throws {
        let given = try Self.firstScreen(["--theme", "dark"], background: "rgb:ffff/ffff/ffff")
        #expect(!given.asked && given.screen.contains(Self.darkTitle))
        let hinted = try Self.firstScreen(background: "rgb:ffff/ffff/ffff", environment: ["COLORFGBG": "15;0"])
        #expect(!hinted.asked && hinted.screen.contains(Self.darkTitle))
    }

    /// Keys typed (or pasted, more than curses's own queue holds) while the explorer waits for the answer are kept, in order.
    @Test func keysTypedDuringTheQuestionAreKept() throws {
        let t = try PtyTerminal([TmuxSession.binary!], width: 100, height: 30, background: "rgb:ffff/ffff/ffff")
        defer { t.stop() }
        // Sent before the program has even started: they wait in the terminal's input.
        t.send("ll" + String(repeating: "F", count: 300))
        t.settle()
        // Ctrl-L sends the whole screen again, so its text can be read whole.
        let offset = t.count
        t.send("\u{0C}")
        t.settle()
        let screen = String(decoding: t.bytes(from: offset), as: UTF8.self)
        #expect(screen.contains("filters=304") && screen.contains(Self.lightTitle))
        // Two steps on: the third output's window.
        #expect(screen.contains("y[2, f0] reads inputs 1, 2, 3"))
    }

    /// An answer that comes in two pieces is still an answer, and none of it is taken for keys ('f' is filters − 1).
    @Test func anAnswerInPiecesIsReadWhole() throws {
        let t = try PtyTerminal([TmuxSession.binary!], width: 100, height: 30, background: "rgb:ffff/ffff/ffff", answerPause: 0.08)
        defer { t.stop() }
        t.settle()
        let screen = String(decoding: t.bytes(from: 0), as: UTF8.self)
        #expect(screen.contains(Self.lightTitle) && !screen.contains("filters=3") && !screen.contains("already"))
    }
}
