import Testing
@testable import ConvViz
