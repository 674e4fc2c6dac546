import Foundation

/// A strict RFC 8259 parser that reports where the text stops being JSON.
///
/// Hand-written so numbers keep their text (see `JSONValue`) and errors name a
/// line and column; nesting is capped so hostile input cannot exhaust the stack.
public struct JSONParser {
    /// Why and where parsing stopped.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var reason: String
        public var description: String { "invalid JSON at line \(line), column \(column): \(reason)" }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where numbers longer than 32 characters keep their text.
    private let numbers = JSONNumber.Store()
    private var i = 0
    private let maxDepth = 512
    /// Most values (numbers, strings, arrays, …) a document may hold: each costs tens of bytes once
    /// parsed, so this, not the file size, is what keeps a small file of `[0],[0],…` from taking gigabytes.
    public static let maxValues = 8_000_000
    private var values = 0

    /// Parses a whole document; trailing non-space text is an error.
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { parse(buffer: $0) }.get()
    }

    /// Parses a whole document read from a file, without copying it.
    public static func parse(_ data: Data) throws(Failure) -> JSONValue {
        try data.withUnsafeBytes { parse(buffer: $0.bindMemory(to: UInt8.self)) }.get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, Failure> {
        var parser = JSONParser(bytes: buffer)
        do throws(Failure) {
            let value = try parser.value(depth: 0)
            parser.skipSpace()
            if parser.i < buffer.count { throw parser.failure("unexpected text after the JSON value") }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        skipSpace()
        guard i < bytes.count else { throw failure("unexpected end of input") }
        if depth > maxDepth { throw failure("nested deeper than \(maxDepth) levels") }
        values += 1
        if values > Self.maxValues { throw failure("more than \(Self.maxValues) values, the most a JSON input may hold") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw failure("unexpected \(Self.describe(bytes[i]))")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        i += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if peek(UInt8(ascii: "}")) { i += 1; return .object(fields) }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw failure("expected a field name in double quotes") }
            let keyStart = i
            let key = try string()
            // Most parsers keep the last of two equal names; which one was meant is not known, so neither is taken.
            guard fields[key] == nil else { throw failure("field name \"\(key)\" appears twice in one object", at: keyStart) }
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw failure("expected ':' after field name \"\(key)\"") }
            i += 1
            fields[key] = try value(depth: depth + 1)
            skipSpace()
            if peek(UInt8(ascii: ",")) { i += 1; continue }
            if peek(UInt8(ascii: "}")) { i += 1; return .object(fields) }
            throw failure("expected ',' or '}' in an object")
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if peek(UInt8(ascii: "]")) { i += 1; return .array(items) }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            if peek(UInt8(ascii: ",")) { i += 1; continue }
            if peek(UInt8(ascii: "]")) { i += 1; return .array(items) }
            throw failure("expected ',' or ']' in an array")
        }
    }

    private mutating func string() throws(Failure) -> String {
        i += 1
        // UTF-8 bytes, escapes encoded in place and decoded once at the end: appending to a
        // String's scalar view escape by escape costs time in the square of their count.
        var utf8: [UInt8] = []
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                // JSON text is UTF-8 (RFC 8259), and Python's json refuses other bytes: a Latin-1 'é' is an error, not '�'.
                guard let text = String(validating: utf8, as: UTF8.self) else { throw failure("a string that is not UTF-8 text", at: start) }
                return text
            }
            if b < 0x20 { throw failure("control character in a string") }
            if b != UInt8(ascii: "\\") { utf8.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            let scalar: Unicode.Scalar
            switch e {
            case UInt8(ascii: "\""): scalar = "\""
            case UInt8(ascii: "\\"): scalar = "\\"
            case UInt8(ascii: "/"): scalar = "/"
            case UInt8(ascii: "b"): scalar = "\u{8}"
            case UInt8(ascii: "f"): scalar = "\u{c}"
            case UInt8(ascii: "n"): scalar = "\n"
            case UInt8(ascii: "r"): scalar = "\r"
            case UInt8(ascii: "t"): scalar = "\t"
            case UInt8(ascii: "u"): scalar = try unicodeEscape()
            default: throw failure("invalid escape in a string")
            }
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        }
        throw failure("unterminated string")
    }

    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        let high = try hex4()
        if (0xD800..<0xDC00).contains(high), bytes.count >= i + 6, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
            let next = i
            i += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low), let s = Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00)) { return s }
            // Not the low half: the lone high half is U+FFFD, and the escape after it is read on its own.
            i = next
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        // Four hex digits exactly: UInt32(_:radix:) alone would take a sign ("\\u+041").
        guard i + 4 <= bytes.count, bytes[i..<i + 4].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }),
              let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw failure("invalid \\u escape")
        }
        i += 4
        return v
    }

    private mutating func number() throws(Failure) -> JSONNumber {
        let start = i
        if peek(UInt8(ascii: "-")) { i += 1 }
        if peek(UInt8(ascii: "0")) { i += 1 } else if !digits() { throw failure("expected a digit") }
        if peek(UInt8(ascii: ".")) { i += 1; if !digits() { throw failure("expected a digit after '.'") } }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            i += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { i += 1 }
            if !digits() { throw failure("expected a digit in the exponent") }
        }
        return JSONNumber(UnsafeBufferPointer(rebasing: bytes[start..<i]), store: numbers)
    }

    private mutating func digits() -> Bool {
        let start = i
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
        return i > start
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { throw failure("invalid literal") }
        i += w.count
    }

    private func peek(_ b: UInt8) -> Bool { i < bytes.count && bytes[i] == b }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// A byte as a reader should see it: `character 'x'` when printable ASCII, else `byte 0x9B` (never the raw byte).
    static func describe(_ byte: UInt8) -> String {
        if (0x21...0x7E).contains(byte) { return "character '\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" : "") + hex
    }

    private func failure(_ reason: String, at position: Int? = nil) -> Failure {
        var line = 1, column = 1
        for b in bytes[..<min(position ?? i, bytes.count)] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return Failure(line: line, column: column, reason: reason)
    }
}
