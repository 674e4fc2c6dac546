// libFuzzer harness: `convviz compute` — ConvReports.Compute.run, the function
// Sources/convviz/ComputeCommand.swift calls with the input file's bytes.
// Decodes Keras / PyTorch cases from JSON and computes them.
import ConvReports
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes: data, count: size)
    // Odd lengths also exercise the --pretty writer.
    let out = Compute.run(input, pretty: size % 2 == 1)
    precondition(!out.isEmpty)
    return 0
}
