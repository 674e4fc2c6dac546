// libFuzzer harness: ConvReports' JSON parser (Sources/ConvReports/JSONParser.swift).
// Any input must either parse or throw JSONParser.Failure; a parsed value must survive
// a round trip through JSONWriter (write, parse again, compare).
import ConvReports
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let value = try? JSONParser.parse(bytes) else { return 0 }
    for pretty in [false, true] {
        let text = JSONWriter.text(value, pretty: pretty)
        do {
            _ = try JSONParser.parse(Array(text.utf8))
        } catch {
            fatalError("JSONWriter output (pretty: \(pretty)) does not parse again: \(error)")
        }
    }
    return 0
}
