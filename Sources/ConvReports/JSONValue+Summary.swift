import Foundation

extension JSONValue {
    /// Parses a summary document, turning the parser's failure into one readable line.
    static func parse(_ data: Data) throws(SummaryInputError) -> JSONValue {
        do {
            return try JSONParser.parse(data)
        } catch {
            throw SummaryInputError("not valid JSON: \(error.description)")
        }
    }

    /// How a value is named in an error: `a string`, `null`, …
    var kind: String { kindName }

    /// The value as a whole number, when it is a number written without a fraction or exponent.
    var integerValue: Int? {
        if case .number(let n) = self { return Int(n.text) }
        return nil
    }

    /// The value as a double, when it is a number.
    var doubleValue: Double? {
        if case .number(let n) = self { return Double(n.text) }
        return nil
    }
}
