import Testing
@testable import ConvViz

@Suite struct KeyMapTests {
    /// The fixed key map of product.md: lessons and muscle memory rely on it.
    @Test(arguments: [
        (Key.space, Action.togglePlay), (.right, .step(1)), (.char("l"), .step(1)), (.left, .step(-1)), (.char("h"), .step(-1)),
        (.home, .first), (.char("g"), .first), (.end, .last), (.char("G"), .last), (.char("+"), .speedUp), (.char("-"), .speedDown),
        (.char("o"), .toggleOrder), (.char("?"), .toggleHelp), (.char("q"), .quit), (.escape, .quit), (.ctrlC, .quit),
        (.char("k"), .adjust(.kernelSize, -1)), (.char("K"), .adjust(.kernelSize, 1)), (.char("s"), .adjust(.strides, -1)),
        (.char("S"), .adjust(.strides, 1)), (.char("p"), .cyclePadding), (.char("d"), .adjust(.dilationRate, -1)),
        (.char("D"), .adjust(.dilationRate, 1)), (.char("f"), .adjust(.filters, -1)), (.char("F"), .adjust(.filters, 1)),
        (.char("c"), .adjust(.channels, -1)), (.char("C"), .adjust(.channels, 1)), (.char("n"), .adjust(.length, -1)),
        (.char("N"), .adjust(.length, 1)), (.char("a"), .cycleActivation), (.char("b"), .toggleBias), (.char("r"), .reseed),
        (.up, .scrollChannels(-1)), (.down, .scrollChannels(1)),
    ])
    func fixedKeys(_ key: Key, _ action: Action) {
        #expect(KeyMap.standard.action(for: key) == action, "\(key.name)")
    }

    @Test func noKeyIsBoundTwice() {
        let keys = KeyMap.standard.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func helpListsEveryBindingWithItsKeys() {
        var s = AppState()
        s.apply(.toggleHelp)
        let text = Screen().render(s, width: 120, height: 40).text
        for b in KeyMap.standard.bindings {
            let words = b.help.split(separator: " ").prefix(1).map(String.init)
            #expect(words.allSatisfy { text.contains($0) }, "help misses \(b.help)")
            #expect(text.contains(b.keys[0].label), "help misses key \(b.keys[0].label)")
        }
    }

    /// With the help open, Space turns its page as in a pager, and a key for the layer closes it and acts where it is seen.
    @Test func theHelpNeverHidesWhatAKeyDoes() {
        var session = Session()
        session.press(.char("?"), at: 0)
        session.press(.space, at: 0)
        #expect(session.state.showHelp && session.state.helpPage == 1 && !session.state.playing, "Space turned the page")
        let kernel = session.state.spec.kernelSize
        session.press(.char("K"), at: 0)
        #expect(!session.state.showHelp, "K closed the help")
        #expect(session.state.spec.kernelSize == kernel + 1, "and grew the kernel")
        session.press(.char("L"), at: 0)
        session.press(.char("?"), at: 0)
        session.press(.char("q"), at: 0)
        #expect(session.state.shouldQuit, "q quits from the help")
    }

    @Test func keyNamesRoundTrip() {
        for key in Key.namedKeys + [.char("k"), .char("K"), .char("?")] {
            #expect(Key(name: key.name) == key)
        }
        #expect(Key(name: "Esc") == .escape)
        #expect(Key(name: "Rigth") == nil)
    }
}
