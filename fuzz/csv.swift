// libFuzzer harness: CSVTable.parseWithHeader (Sources/ConvViz/Data/CSVTable.swift).
import ConvViz
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try CSVTable.parseWithHeader(text, name: "fuzz.csv")
    } catch {
        _ = String(describing: error)
    }
    return 0
}
