// libFuzzer harness: EmbeddingFile.parse (Sources/ConvViz/Words/EmbeddingFile.swift),
// GloVe / word2vec text word vectors.
import ConvViz
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch EmbeddingFile.parse(bytes, name: "fuzz.txt") {
    case .success(let e): _ = e
    case .failure(let f): _ = String(describing: f)
    }
    return 0
}
