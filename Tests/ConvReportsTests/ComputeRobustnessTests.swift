import Foundation
import Testing
@testable import ConvReports

/// Bad input gives ok:false results that say what is wrong, never a crash, and good cases still run.
@Suite struct ComputeRobustnessTests {
    private func results(_ text: String) -> [CaseResult] { Compute.results(Data(text.utf8)) }

    private let goodPool = #"{"op": "avgpool1d", "input": [[1], [2], [3], [4], [5]], "pool_size": 2, "padding": "same"}"#

    @Test func invalidJSONIsOneParseError() {
        let r = results(#"[{"op": "conv1d", "input": [[1]"#)
        #expect(r.count == 1)
        guard case .error(let type, let message) = r[0] else { Issue.record("no error"); return }
        #expect(type == "ParseError")
        #expect(message.hasPrefix("invalid JSON at line 1, column"))
    }

    /// JSON is UTF-8: a string holding a Latin-1 byte is a parse error naming where, as Python's json refuses it.
    @Test func aStringThatIsNotUTF8IsAParseError() {
        let bytes = Array(#"{"op": "maxpool1d", "input": [[1]], "note": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)
        let r = Compute.results(Data(bytes))
        #expect(r == [.error(type: "ParseError", message: "invalid JSON at line 1, column 46: a string that is not UTF-8 text")], "\(r)")
    }

    @Test func emptyInputIsAParseError() {
        guard case .error(let type, _) = results("")[0] else { Issue.record("no error"); return }
        #expect(type == "ParseError")
    }

    @Test func nonCaseAmongValidCases() {
        let r = results("[\(goodPool), 42, {\"input\": [[1]]}, \(goodPool)]")
        #expect(r.count == 4)
        #expect(r[0] == r[3])
        if case .ok(let out, _) = r[0] { #expect(out.values == [1.5, 3.5, 5.0]) } else { Issue.record("case 0 failed") }
        #expect(r[1] == .error(type: "InvalidCase", message: "case 1: a case must be a JSON object, not a number"))
        #expect(r[2] == .error(type: "InvalidCase", message: "case 2: missing field 'op'"))
    }

    @Test func raggedInputNamesTheRow() {
        let r = results(#"[{"op": "maxpool1d", "input": [[1, 2], [3, 4], [5]]}]"#)
        #expect(r == [.error(type: "InvalidCase", message: "case 0: field 'input' is ragged: input[2] has shape [1] but input[0] has shape [2]")])
    }

    @Test(arguments: [
        (#"{"op": "conv2d", "input": [[1]]}"#, "case: unknown op 'conv2d'"),
        (#"{"op": "conv1d", "input": [[1]], "kernel": [[[1]]], "strides": 1.5}"#, "case: field 'strides' must be an integer, not 1.5"),
        (#"{"op": "conv1d", "input": [[1]], "kernel": [[[1]]], "padding": 3}"#, "case: field 'padding' must be one of valid, same, causal, not 3"),
        (#"{"op": "maxpool1d", "input": [[1, "a"]]}"#, "case: field 'input': input[0][1] must be a number, not a string"),
        (#"{"op": "maxpool1d", "input": [[1e60]]}"#, "case: field 'input': input[0][0] = 1e60 is not a finite float32"),
        (#"{"op": "conv1d", "input": [[1, 2]], "kernel": [[[1]]]}"#, "case: field 'kernel' has shape [1, 1, 1] but the layer needs"),
        (#"{"op": "maxpool1d", "framework": "pytorch", "input": [[1, 2]]}"#, "case: missing field 'kernel_size'"),
    ])
    func notACaseSaysWhy(_ c: (String, String)) {
        let r = results(c.0)
        guard r.count == 1, case .error(let type, let message) = r[0] else { Issue.record("\(c.0): no error"); return }
        #expect(type == "InvalidCase")
        #expect(message.hasPrefix(c.1), "\(message)")
    }

    /// Sizes written as one-element lists, as Keras's get_config() and PyTorch's attributes hold them, read as
    /// their element in every library and layer; a longer list names the field.
    @Test func aOneElementListIsItsElement() {
        let pairs = [
            (#""op": "conv1d", "input": [[1], [2], [3], [4], [5], [6], [7]], "kernel": [[[1]], [[2]]], "padding": "same", "#,
             #""strides": 1, "dilation_rate": 2"#, #""strides": [1], "dilation_rate": [2], "kernel_size": [2]"#),
            (#""op": "maxpool1d", "input": [[1], [5], [3], [4], [2]], "#, #""pool_size": 3, "strides": 2"#, #""pool_size": [3], "strides": [2]"#),
            (#""framework": "pytorch", "op": "conv1d", "input": [[1, 2, 3, 4, 5, 6]], "weight": [[[1, 2]]], "#,
             #""stride": 2, "padding": 1, "dilation": 2"#, #""stride": [2], "padding": [1], "dilation": [2], "kernel_size": [2]"#),
            (#""framework": "pytorch", "op": "avgpool1d", "input": [[1, 2, 3, 4, 5]], "#, #""kernel_size": 2, "padding": 1"#,
             #""kernel_size": [2], "padding": [1]"#),
        ]
        for (base, plain, listed) in pairs {
            let r = results("[{\(base)\(plain)}, {\(base)\(listed)}]")
            guard case .ok(let a, _) = r[0] else { Issue.record("\(plain): \(r[0])"); continue }
            #expect(r[1] == r[0], "\(listed)")
            #expect(!a.values.isEmpty)
        }
        let r = results(#"[{"op": "maxpool1d", "input": [[1], [2]], "pool_size": [1, 2]}]"#)
        #expect(r == [.error(type: "InvalidCase", message: "case 0: field 'pool_size' must be an integer or a list of one integer, not a list of 2")])
    }

    /// A field no layer of the case reads is an error naming it (Keras and PyTorch raise TypeError), not a default.
    @Test func aMisspeltOrForeignFieldIsNamed() {
        let conv = #""op": "conv1d", "input": [[1], [2], [3], [4]], "kernel": [[[1]], [[1]]]"#
        let cases = [
            (#"{\#(conv), "dilation": 2}"#, "dilation"),
            (#"{\#(conv), "paddding": "same"}"#, "paddding"),
            (#"{"op": "conv1d", "framework": "pytorch", "input": [[1, 2, 3, 4]], "weight": [[[1, 1]]], "dilation_rate": 2}"#, "dilation_rate"),
            (#"{"op": "maxpool1d", "input": [[1], [2], [3], [4]], "pool_size": 2, "stride": 1}"#, "stride"),
        ]
        for (text, field) in cases {
            #expect(results("[\(text)]") == [.error(type: "InvalidCase", message: "case 0: unknown field '\(field)'")], "\(field)")
        }
        // What would change the numbers unseen is refused: a bias initializer with no bias given, another dtype.
        #expect(results("[{\(conv), \"bias_initializer\": \"ones\"}]") == [.error(type: "InvalidCase", message: "case 0: field 'bias_initializer' is not applied here: give the bias itself in 'bias'")])
        #expect(results("[{\(conv), \"dtype\": \"float16\"}]") == [.error(type: "InvalidCase", message: "case 0: field 'dtype' is \"float16\": compute works in float32 only")])
        if case .error = results("[{\(conv), \"dtype\": \"float32\", \"bias_initializer\": \"zeros\"}]")[0] { Issue.record("float32 and zeros refused") }
        // A whole model's names are checked as summary checks them, before any layer is built.
        let dense = #"{"class": "Dense", "units": 1, "name": "a", "kernel": [[1]], "bias": [0]}"#
        guard case .layerError(_, let layer, let message) = results(#"[{"op": "sequential", "input": [[1]], "layers": [\#(dense), \#(dense)]}]"#)[0] else {
            Issue.record("a name used twice was accepted"); return
        }
        #expect(layer == 1 && message.hasPrefix("All layers added to a Sequential model should have unique names."))
        // Each library's own arguments only: nn.Conv1d has no name; Keras refuses a '/' in one.
        #expect(results(#"[{"framework": "pytorch", "op": "conv1d", "input": [[1, 2]], "weight": [[[1]]], "name": "c"}]"#)
                == [.error(type: "InvalidCase", message: "case 0: unknown field 'name'")])
        #expect(results("[{\(conv), \"name\": \"a/b\"}]") == [.error(type: "ValueError", message: "Argument `name` must be a string and cannot contain character `/`. Received: name=a/b (of type <class 'str'>)")])
        // nn.Conv1d's own sizes are read, and must agree with the input and the weight.
        let torch = #""framework": "pytorch", "op": "conv1d", "input": [[1, 2]], "weight": [[[1]]]"#
        #expect(results(#"[{\#(torch), "in_channels": 1, "out_channels": 1, "kernel_size": 1}]"#).count == 1)
        if case .error = results(#"[{\#(torch), "in_channels": 1, "out_channels": 1, "kernel_size": 1}]"#)[0] { Issue.record("nn.Conv1d's sizes refused") }
        #expect(results(#"[{\#(torch), "in_channels": 2}]"#) == [.error(type: "InvalidCase", message: "case 0: field 'in_channels' is 2 but 'input' has 1")])
        // The words that only describe a case or a layer, a Keras initializer, and a bias that use_bias=False leaves unused, are fine.
        let described = #"{\#(conv), "id": "x", "tags": ["a"], "note": "n", "name": "c", "kernel_initializer": "zeros", "use_bias": false, "bias": [1]}"#
        guard case .ok(let out, _) = results(described)[0] else { Issue.record("the described case failed"); return }
        #expect(out.values == [3, 5, 7])
    }

    @Test func oneCaseGivesOneObjectAndDefaultsApply() {
        let text = String(decoding: Compute.run(Data(#"{"op": "conv1d", "input": [[1], [2], [3]], "kernel": [[[1]], [[1]]]}"#.utf8)), as: UTF8.self)
        #expect(text == #"{"ok":true,"output":[[3.0],[5.0]],"output_shape":[2,1],"param_count":3}"# + "\n")
    }

    @Test func fixtureFileShapeGivesAnArray() {
        let text = String(decoding: Compute.run(Data("{\"cases\": [\(goodPool)]}".utf8)), as: UTF8.self)
        #expect(text.hasPrefix("[{\"ok\":true"))
    }

    @Test func floatsRoundTripAndNonFiniteIsNamed() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let x = Float(bitPattern: UInt32.random(in: 0...UInt32.max, using: &rng))
            guard x.isFinite else { #expect(JSONValue.float(x) == .string(x.isNaN ? "nan" : x > 0 ? "inf" : "-inf")); continue }
            guard case .number(let number) = JSONValue.float(x) else { Issue.record("not a number"); continue }
            let text = number.text
            #expect(Float(text)?.bitPattern == x.bitPattern, "\(x) printed as \(text)")
            #expect(try JSONParser.parse(Array(text.utf8)) == .number(JSONNumber(text)))
        }
        #expect(JSONValue.float(1) == .number(JSONNumber("1.0")))
        #expect(JSONValue.float(.nan) == .string("nan"))
        #expect(JSONValue.float(-.infinity) == .string("-inf"))
    }

    /// An average of two 3e38s overflows float32 as it does in Keras: the output says "inf", not null.
    @Test func anOverflowIsWrittenAsInf() {
        let text = String(decoding: Compute.run(Data(#"{"op": "avgpool1d", "input": [[3e38], [3e38]], "pool_size": 2}"#.utf8)), as: UTF8.self)
        #expect(text.hasPrefix(#"{"ok":true,"output":[["inf"]]"#), "\(text)")
    }

    @Test func errorsComeBackWithTheLibraryText() {
        let r = results(#"{"op": "conv1d", "framework": "pytorch", "input": [[1, 2, 3, 4, 5, 6]], "weight": [[[1, 1, 1]]], "stride": 2, "padding": "same"}"#)
        #expect(r == [.error(type: "ValueError", message: "padding='same' is not supported for strided convolutions")])
    }
}
