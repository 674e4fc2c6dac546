import Testing
@testable import ConvViz

/// The script format: every command parses, and every mistake names FILE:LINE:COL.
@Suite struct DemoParserTests {
    let parser = DemoParser(file: "t.convdemo")

    func errors(_ text: String) -> [String] {
        do { _ = try parser.parse(text); return [] } catch { return error.errors.map(\.description) }
    }

    @Test func everyCommandParses() throws {
        let script = try parser.parse("""
        # a comment
        title "T"   # trailing comment
        section "S"
        caption "say \\"hi\\""
        caption ""
        set kernel_size 5
        set padding causal
        set use_bias false
        set speed 8
        set input sine
        set kernel edge
        set order filter
        play 3
        step
        back 2
        goto last
        goto 4
        wait 1.5s
        wait 400ms
        key Right x3
        key Space
        pause
        marker "m"
        select input 2
        select none
        """)
        #expect(script.lines.map(\.command) == [
            .title("T"), .section("S"), .caption("say \"hi\""), .caption(""),
            .set(.parameter(.kernelSize, 5)), .set(.padding(.causal)), .set(.useBias(false)), .set(.speed(8)),
            .set(.input(.preset(.sine))), .set(.kernel(.preset(.edge))), .set(.order(.filterMajor)),
            .play(3), .step(1), .step(-2), .goto(.last), .goto(.step(4)), .wait(1.5), .wait(0.4),
            .key(.right, count: 3), .key(.space, count: 1), .pause, .marker("m"), .selectInput(2), .selectInput(nil),
        ])
        #expect(script.lines[1].line == 3)
        #expect(script.sectionStarts == [1])
    }

    /// A script saved with a byte-order mark reads as the same script; a mark later in a line is still an error.
    @Test func aByteOrderMarkStartsAScriptHarmlessly() throws {
        let marked = try parser.parse("\u{FEFF}title \"x\"\nplay 1\n")
        #expect(marked == (try parser.parse("title \"x\"\nplay 1\n")))
        #expect(!errors("title \"x\"\n\u{FEFF}play 1\n").isEmpty)
    }

    @Test func unknownCommandSuggests() {
        #expect(errors("title \"x\"\n  captoin \"y\"") == ["t.convdemo:2:3: unknown command 'captoin' (did you mean 'caption'?)"])
    }

    @Test func badValuesNameTheColumn() {
        #expect(errors("set kernel_size zero") == ["t.convdemo:1:17: kernel_size must be a whole number in 1...1024, not 'zero'"])
        #expect(errors("set padding sme").first?.hasPrefix("t.convdemo:1:13: padding must be one of valid, same, causal; did you mean 'same'?") == true)
        #expect(errors("set kernal_size 3") == ["t.convdemo:1:5: unknown setting 'kernal_size' (did you mean 'kernel_size'?)"])
        #expect(errors("wait 3").first?.hasPrefix("t.convdemo:1:6: wait needs a duration") == true)
        #expect(errors("key Rihgt").first == "t.convdemo:1:5: unknown key 'Rihgt' (did you mean 'Right'?)")
        #expect(errors("play").first == "t.convdemo:1:6: play needs an argument")
        #expect(errors("pause now").first == "t.convdemo:1:7: unexpected 'now': pause takes no argument")
        // A model's layers are known when the script is read: a stage past its last is an error there.
        #expect(errors("model imdb\nstage 7") == ["t.convdemo:2:7: the model has 6 layers: stage takes next, prev or 1 to 6"])
        #expect(errors("model imdb\nstage 6").isEmpty)
        #expect(errors("set speed 0x10") == ["t.convdemo:1:11: speed must be a number of steps per second in 0.25...16384, not '0x10'"])
    }

    @Test func missingQuote() {
        #expect(errors("caption \"unterminated") == ["t.convdemo:1:9: missing closing quote"])
        #expect(errors("caption bare").first?.hasPrefix("t.convdemo:1:9: caption needs a quoted text") == true)
    }

    @Test func everyErrorIsReported() {
        #expect(errors("bogus\nplay x\nset length 1\n").count == 2)
    }

    @Test func hugeInputsAreRefused() {
        #expect(errors("set channels 4096\nset length 100000").first?.hasPrefix("t.convdemo:2:12: length 100000 × 4096 channels is more than") == true)
        #expect(errors("set channels 4096\nset filters 4096").first?.hasPrefix("t.convdemo:2:13: kernel_size 3 × 4096 channels × 4096 filters") == true)
        // A text of 20,000 words is fine 5 numbers wide; an embedding 4096 wide after it would make 81,920,000 values.
        let words = "text \"" + Array(repeating: "w", count: 20_000).joined(separator: " ") + "\""
        #expect(errors(words).isEmpty)
        #expect(errors(words + "\nembedding random:4096") == ["t.convdemo:2:11: 20000 words × 4096 numbers is more than the 64000000 input values the explorer holds"])
        #expect(errors("embedding random:4096\n" + words).first?.hasPrefix("t.convdemo:2:6: length 20000 × 4096 channels is more than") == true)
    }

    /// Each press of a layer key rebuilds the layer: a line repeats one at most 100 times, a script at most 10,000.
    @Test func layerKeyRepeatsAreBounded() {
        #expect(errors("key N x100\nkey Right x10000").isEmpty)
        #expect(errors("key N x101") == ["t.convdemo:1:7: key N changes the layer: repeat it at most 100 times, or use a 'set' line for a big change"])
        let many = Array(repeating: "key r x100", count: 101).joined(separator: "\n")
        #expect(errors(many) == ["t.convdemo:101:1: more than 10000 presses of keys that change the layer; use 'set' lines for big changes"])
    }

    /// A control character outside quotes is named where it is; it is never echoed invisibly ("unknown command 'set'").
    @Test func aControlCharacterInAWordIsNamed() {
        #expect(errors("\u{0}set kernel_size 3") == ["t.convdemo:1:1: a control character (U+0000) in a word; outside quotes a line holds only printable text"])
        #expect(errors("set kernel_size 3\u{1B}") == ["t.convdemo:1:18: a control character (U+001B) in a word; outside quotes a line holds only printable text"])
        #expect(errors("title \"x\"\n\u{FEFF}caption \"y\"") == ["t.convdemo:2:1: an invisible character (U+FEFF) in a word; outside quotes a line holds only printable text"])
        #expect(errors("set \u{200B}kernel_size 3") == ["t.convdemo:1:5: an invisible character (U+200B) in a word; outside quotes a line holds only printable text"])
    }

    @Test func controlCharactersBecomeInert() throws {
        let script = try parser.parse("caption \"a\u{1B}[31mred\u{07}bell\"\ntitle \"\u{1B}]0;pwned\u{07}T\"")
        #expect(script.lines[0].command == .caption("aredbell"))
        #expect(script.lines[1].command == .title("T"))
    }

    @Test func formatterRoundTrips() throws {
        let commands: [DemoCommand] = [.title("a \"b\""), .set(.speed(0.25)), .set(.useBias(true)), .step(3), .step(-1),
                                       .wait(2.3), .wait(0.05), .key(.char("K"), count: 2), .key(.char("#"), count: 1), .selectInput(nil)]
        let text = commands.map(DemoFormatter.line).joined(separator: "\n")
        #expect(try parser.parse(text).lines.map(\.command) == commands)
    }

    /// Bytes that are not UTF-8 text are one error naming where, not replacement characters or a flood of NUL errors.
    @Test func aScriptMustBeUTF8() {
        #expect(TextEncoding.refusal(Array("caption \"café 日本 😀\"\n".utf8)) == nil)
        #expect(TextEncoding.refusal([0xEF, 0xBB, 0xBF] + Array("title \"x\"".utf8)) == nil, "a UTF-8 byte order mark is UTF-8")
        #expect(TextEncoding.refusal([0xFF, 0xFE, 0x63, 0x00]) == "1:1: the file is UTF-16 text; save it as UTF-8")
        #expect(TextEncoding.refusal([0x63, 0x00, 0x61, 0x00]) == "1:1: the file is UTF-16 text; save it as UTF-8", "no byte order mark")
        #expect(TextEncoding.refusal([0xFF, 0xFE, 0x00, 0x00, 0x63, 0x00, 0x00, 0x00]) == "1:1: the file is UTF-32 text; save it as UTF-8")
        #expect(TextEncoding.refusal(Array("title \"x\"\ncaption \"caf".utf8) + [0xE9, 0x22]) == "2:13: byte 0xE9 is not UTF-8 text; save the file as UTF-8")
        #expect(TextEncoding.refusal(Array("é".utf8) + [0xE6, 0x97]) == "1:2: byte 0xE6 is not UTF-8 text; save the file as UTF-8", "a character cut short")
        #expect(TextEncoding.refusal([0xED, 0xA0, 0x80]) != nil, "a surrogate is no UTF-8")
    }

    /// Every key a recording can hold reads back as itself: each printable ASCII character (`"` and `#` among them),
    /// a few beyond ASCII, and every named key.
    @Test func everyKeyRoundTrips() throws {
        let chars = (0x21...0x7E).map { Key.char(Character(Unicode.Scalar($0)!)) }
            + ["é", "日", "😀", "\u{301}", "\u{200D}", "👨\u{200D}👩\u{200D}👧", "🇫🇷", "e\u{301}"].map { Key.char($0) }
        let keys = chars + Key.namedKeys
        let commands = keys.map { DemoCommand.key($0, count: 1) } + [.key(.char("\""), count: 3)]
        let text = commands.map(DemoFormatter.line).joined(separator: "\n")
        #expect(try parser.parse(text).lines.map(\.command) == commands, "\(text)")
    }

    /// Every setting the formatter writes reads back the same, and every name in the one list is one the parser knows.
    @Test func everySettingRoundTripsUnderItsOneName() throws {
        let settings: [Setting] = Parameter.allCases.map { .parameter($0, $0.range.lowerBound) } + [
            .padding(.causal), .activation(.tanh), .layerActivation(.softmax), .useBias(false), .seed(7), .order(.positionMajor),
            .speed(AppState.speedRange.lowerBound), .speed(AppState.speedRange.upperBound), .input(.preset(.ramp)), .kernel(.preset(.edge)),
            .framework(.pytorch), .torchPadding(Parameter.torchPaddingRange.upperBound), .paddingMode(.circular),
            .ceilMode(true), .countIncludePad(false),
        ]
        let text = settings.map { DemoFormatter.line(.set($0)) }.joined(separator: "\n")
        #expect(try parser.parse(text).lines.map(\.command) == settings.map { .set($0) })
        #expect(Set(settings.map(\.name)) == Set(SettingName.all), "each name is written by some setting")
        for name in SettingName.all {
            do {
                _ = try parser.parse("set \(name) ?")
                Issue.record("set \(name) ? parsed")
            } catch {
                #expect(!error.errors.map(\.description).joined().contains("unknown setting"), "\(name): \(error)")
            }
        }
        // Out of the shared ranges, a script is refused.
        #expect(throws: DemoParseErrors.self) { try parser.parse("set speed \(AppState.speedRange.upperBound * 2)") }
        #expect(throws: DemoParseErrors.self) { try parser.parse("set padding \(Parameter.torchPaddingRange.upperBound + 1)") }
    }

    @Test func playAndTotalWaitAreBounded() {
        #expect(throws: DemoParseErrors.self) { try DemoParser(file: "p").parse("play 1000001") }
        #expect((try? DemoParser(file: "p").parse("play 1000000")) != nil)
        let waits = String(repeating: "wait 3600s\n", count: 1) + "wait 1s\n"
        do {
            _ = try DemoParser(file: "w").parse(waits)
            Issue.record("waits over an hour parsed")
        } catch {
            #expect(error.errors.map(\.description) == ["w:2:6: the waits add up to more than 3600 s; a script lasts at most an hour"])
        }
    }

    @Test func errorsAreCappedWithACount() {
        let text = String(repeating: "bogus\n", count: 25)
        do {
            _ = try DemoParser(file: "many").parse(text)
            Issue.record("bad script parsed")
        } catch {
            #expect(error.errors.count == 25)
            let lines = error.lines()
            #expect(lines.count == 11)
            #expect(lines[9].hasPrefix("many:10:1: unknown command"))
            #expect(lines[10] == "many: … and 15 more errors")
        }
    }
}
