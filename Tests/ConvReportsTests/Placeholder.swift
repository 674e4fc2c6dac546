import Testing
@testable import ConvReports
