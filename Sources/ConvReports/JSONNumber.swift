/// A JSON number's source text, in 24 bytes whatever its length.
///
/// A number's characters are digits, `-`, `+`, `.`, `e` and `E`: four bits each, so up to 32 of
/// them fit in two words. A longer one is kept in its document's `JSONNumber.Store`, one buffer for
/// all of them: a file of millions of long numbers must not cost a heap string apiece.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The texts of a document's numbers longer than 32 characters, one after another.
    ///
    /// Filled while one parser reads the document, then only read: that is what makes sharing it safe.
    final class Store: @unchecked Sendable {
        var bytes: [UInt8] = []
    }

    /// Packed characters from the low bits up (code 0 ends the text), or the span of `store` holding it.
    private let low: UInt64, high: UInt64
    private let store: Store?

    private static let symbols = Array("0123456789-+.eE".utf8)
    private static let codes: [UInt8] = (0..<256).map { b in symbols.firstIndex(of: UInt8(b)).map { UInt8($0 + 1) } ?? 0 }

    /// The number written as `bytes`; one longer than 32 characters goes into `store`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, store: Store) {
        var low: UInt64 = 0, high: UInt64 = 0, packed = bytes.count <= 32
        if packed {
            for (n, b) in bytes.enumerated() {
                let code = Self.codes[Int(b)]
                if code == 0 { packed = false; break }
                if n < 16 { low |= UInt64(code) << (4 * n) } else { high |= UInt64(code) << (4 * (n - 16)) }
            }
        }
        if packed {
            (self.low, self.high, self.store) = (low, high, nil)
        } else {
            (self.low, self.high, self.store) = (UInt64(store.bytes.count), UInt64(bytes.count), store)
            store.bytes.append(contentsOf: bytes)
        }
    }

    public init(_ text: String) {
        self = Array(text.utf8).withUnsafeBufferPointer { JSONNumber($0, store: Store()) }
    }

    /// The text as written.
    public var text: String {
        if let store {
            let start = Int(low)
            return String(decoding: store.bytes[start..<(start + Int(high))], as: UTF8.self)
        }
        // Written straight into the string: one of up to 15 bytes needs no allocation at all.
        return String(unsafeUninitializedCapacity: 32) { out in
            var n = 0
            while n < 32 {
                let code = Int((n < 16 ? low >> (4 * n) : high >> (4 * (n - 16))) & 0xF)
                if code == 0 { break }
                out[n] = Self.symbols[code - 1]
                n += 1
            }
            return n
        }
    }

    public var description: String { text }

    public static func == (a: JSONNumber, b: JSONNumber) -> Bool {
        a.store == nil && b.store == nil ? (a.low, a.high) == (b.low, b.high) : a.text == b.text
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
