// libFuzzer harness: `convviz summary` — SummaryDecoder (via SummaryReport.render(json:))
// and the report text, in both table styles and with/without the extra columns.
import ConvReports
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes: data, count: size)
    guard let text = try? SummaryReport(style: .unicode, kerasOnly: false).render(json: input) else { return 0 }
    precondition(!text.isEmpty)
    _ = try? SummaryReport(style: .ascii, kerasOnly: true).render(json: input)
    return 0
}
