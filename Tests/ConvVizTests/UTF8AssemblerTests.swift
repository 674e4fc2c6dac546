import Testing
@testable import ConvViz

/// Keys arrive as bytes; whatever is not UTF-8 is dropped without taking the keys after it.
@Suite struct UTF8AssemblerTests {
    func read(_ bytes: [UInt8]) -> String {
        var a = UTF8Assembler()
        var out = String.UnicodeScalarView()
        for b in bytes { if let s = a.feed(b) { out.append(s) } }
        return String(out)
    }

    @Test func wholeCharactersPassThrough() {
        #expect(read(Array("Kk é 日 😀".utf8)) == "Kk é 日 😀")
    }

    /// A Latin-1 é (0xE9 starts a three-byte character) followed by keys: the keys still arrive.
    @Test func aBrokenCharacterLosesOnlyItself() {
        #expect(read([0x73, 0xE9, 0x4B, 0x1B, 0x5B, 0x43]) == "sK\u{1B}[C")
        #expect(read([0xE6, 0x97, 0x4B]) == "K", "a character cut after two of its three bytes")
        #expect(read([0x79, 0x9B, 0x33, 0x31, 0x6D]) == "y31m", "a stray continuation byte")
        #expect(read([0xC0, 0xFF, 0xF8, 0x61]) == "a", "bytes that never start a character")
        #expect(read([0xED, 0xA0, 0x80, 0x62]) == "b", "an encoded surrogate is not a character")
        // Overlong forms of ESC, newline and Ctrl-C are not characters: they must not quit, submit or interrupt.
        #expect(read([0xE0, 0x80, 0x9B, 0xE0, 0x80, 0x8A, 0xF0, 0x80, 0x80, 0x83, 0xC1, 0x9B, 0x61]) == "a")
        #expect(read([0xF4, 0x90, 0x80, 0x80, 0x62]) == "b", "past U+10FFFF")
        #expect(read([0xE0, 0xA0, 0x80]) == "\u{800}", "the smallest three-byte character still passes")
    }

    @Test func aStartedCharacterIsPendingUntilItEnds() {
        var a = UTF8Assembler()
        #expect(a.feed(0xE6) == nil && a.isPending)
        #expect(a.feed(0x97) == nil && a.isPending)
        #expect(a.feed(0xA5) == "日" && !a.isPending)
        _ = a.feed(0xC3)
        a.reset()
        #expect(!a.isPending && a.feed(0x41) == "A")
    }
}
