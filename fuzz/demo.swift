// libFuzzer harness: the .convdemo script parser, DemoParser(file:).parse(text)
// (Sources/ConvViz/Demo/DemoParser.swift), with the built-in models and embeddings only.
import ConvViz
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try DemoParser(file: "fuzz.convdemo").parse(text)
    } catch {
        _ = String(describing: error)
    }
    return 0
}
