import Testing
@testable import ConvViz

@Suite struct AppStateTests {
    @Test func stepsWalkTheTraceAndStopAtTheEnds() {
        var s = AppState()
        #expect(s.stepIndex == 0)
        s.apply(.step(-1))
        #expect(s.stepIndex == 0)
        s.apply(.last)
        #expect(s.stepIndex == 47)
        s.apply(.step(5))
        #expect(s.stepIndex == 47)
        s.apply(.first)
        s.apply(.step(13))
        // Filter-major: step 13 is position 1 of filter 1.
        #expect(s.cursor == (1, 1))
    }

    @Test func orderTogglesKeepTheSameOutputCell() {
        var s = AppState()
        s.apply(.goto(14))
        let cell = s.cursor
        s.apply(.toggleOrder)
        #expect(s.cursor == cell)
        #expect(s.stepIndex == cell.position * 4 + cell.filter)
    }

    @Test func liveChangesKeepThePositionWhereItStillExists() {
        var s = AppState(spec: Conv1DSpec(length: 10, channels: 2, filters: 3, kernelSize: 3, padding: .valid))
        s.apply(.selectOutput(position: 5, filter: 2))
        s.apply(.adjust(.kernelSize, 1))     // output length 7: position 5 still exists
        #expect(s.cursor == (5, 2))
        s.apply(.adjust(.strides, 1))        // output length ⌊(10 − 4)/2⌋ + 1 = 4: clamped to the last position
        #expect(s.cursor == (3, 2))
        s.apply(.adjust(.filters, -2))       // one filter left
        #expect(s.cursor == (3, 0))
        s.apply(.adjust(.strides, -1))       // undoing the changes brings the cell back
        s.apply(.adjust(.filters, 2))
        #expect(s.cursor == (5, 2))
    }

    @Test func impossibleLayerIsAnErrorValueAndRecovers() {
        var s = AppState(spec: Conv1DSpec(length: 6, channels: 1, filters: 1, kernelSize: 3, padding: .valid))
        s.apply(.selectOutput(position: 3, filter: 0))
        for _ in 0..<4 { s.apply(.adjust(.kernelSize, 1)) }
        #expect(s.layerError?.message.hasPrefix("Computed output size would be zero or negative") == true)
        #expect(s.trace == nil)
        s.apply(.togglePlay)
        #expect(!s.playing)
        for _ in 0..<4 { s.apply(.adjust(.kernelSize, -1)) }
        #expect(s.layerError == nil)
        #expect(s.cursor == (3, 0))
    }

    /// A key at the end of its parameter's range says so, and changes nothing.
    @Test func aKeyAtItsLimitSaysSo() {
        var s = AppState()
        s.apply(.adjust(.strides, -1))
        #expect(s.spec.strides == 1 && s.notice == "strides is already 1, the smallest the explorer allows")
        s.apply(.set(.parameter(.kernelSize, 1024)))
        s.apply(.adjust(.kernelSize, 1))
        #expect(s.spec.kernelSize == 1024 && s.notice == "kernel_size is already 1024, the largest the explorer allows")
        s.apply(.adjust(.kernelSize, -1))
        #expect(s.spec.kernelSize == 1023)
        // In a model too: har's first Conv1D has strides 1.
        var m = AppState(model: try! #require(ExplorerModel.builtin("har")))
        m.apply(.adjust(.strides, -1))
        #expect(m.notice == "strides is already 1, the smallest the explorer allows")
        // Named as the layer names it: har's MaxPooling1D(2) has a pool_size.
        m.apply(.stage(.to(3)))
        m.apply(.adjust(.kernelSize, -1))
        m.apply(.adjust(.kernelSize, -1))
        #expect(m.notice == "pool_size is already 1, the smallest the explorer allows")
    }

    @Test func stridesWithDilationIsKerasError() {
        var s = AppState(spec: Conv1DSpec(length: 12, channels: 1, filters: 1, kernelSize: 3))
        s.apply(.adjust(.strides, 1))
        s.apply(.adjust(.dilationRate, 1))
        #expect(s.layerError?.message.hasPrefix("`strides > 1` not supported in conjunction with `dilation_rate > 1`") == true)
    }

    @Test func growingTheLengthKeepsEveryExistingValue() {
        var s = AppState()
        let before = s.inputCache
        s.apply(.adjust(.length, 3))
        for p in 0..<before.rows { for c in 0..<before.columns { #expect(s.inputCache[p, c] == before[p, c]) } }
        let kernel = s.kernelCache
        s.apply(.adjust(.strides, 1))
        #expect(s.kernelCache == kernel)
    }

    @Test func cyclesFollowTheProductOrder() {
        var s = AppState(spec: Conv1DSpec(length: 8, channels: 1, filters: 1, kernelSize: 3, padding: .valid))
        var seen: [Padding] = []
        for _ in 0..<3 { s.apply(.cyclePadding); seen.append(s.spec.padding) }
        #expect(seen == [.same, .causal, .valid])
        var acts: [Activation] = []
        for _ in 0..<4 { s.apply(.cycleActivation); acts.append(s.spec.activation) }
        #expect(acts == [.relu, .sigmoid, .tanh, .linear])
    }

    @Test func readersOfAClickedInputMatchTheGeometry() {
        var s = AppState(spec: Conv1DSpec(length: 9, channels: 1, filters: 1, kernelSize: 2, strides: 3))
        s.apply(.selectInput(4))
        #expect(s.selectedInput == 4)
        let readers = s.layer.value!.geometry.readers(ofInput: 4)
        #expect(readers.map(\.position) == [1])
        s.apply(.selectInput(4))
        #expect(s.selectedInput == nil)
    }
}

@Suite struct LayerLimitTests {
    @Test func aChangeThatWouldBeTooBigIsRefusedWithANotice() {
        var s = AppState(spec: Conv1DSpec(length: 10_000_000, channels: 6, filters: 1, kernelSize: 1))
        s.apply(.adjust(.channels, 1))
        #expect(s.spec.channels == 6)
        #expect(s.notice.contains("input values the explorer holds"))
        #expect(Screen().render(s, width: 100, height: 30).text.contains("input values the explorer holds"))
        s.apply(.step(1))
        #expect(s.notice.isEmpty)
        s.apply(.set(.parameter(.filters, 4096)))
        s.apply(.set(.parameter(.kernelSize, 1024)))
        #expect(s.spec.kernelSize == 1)
        #expect(s.notice.contains("weights the explorer holds"))
    }

    @Test(arguments: [DataPreset.random, .sine, .impulse, .steps])
    func changingTheLengthGivesTheSameValuesAsBuildingAfresh(_ preset: DataPreset) {
        var s = AppState(spec: Conv1DSpec(length: 20, channels: 3, filters: 2, kernelSize: 3), input: .preset(preset))
        s.apply(.adjust(.length, 7))
        s.apply(.adjust(.length, -11))
        let fresh = AppState(spec: s.spec, input: .preset(preset))
        #expect(s.inputCache == fresh.inputCache)
    }

    /// A wide layer's outputs are computed once and kept with that layer only: after a reseed the
    /// panel reads the new layer's outputs, never the old ones.
    @Test func aWideLayersOutputsAreKeptWithTheirLayer() throws {
        var s = AppState(spec: Conv1DSpec(length: 40, channels: 1100, filters: 2, kernelSize: 4))
        let first = try #require(s.layer.value)
        for j in [0, 5, 36] {
            #expect(s.output(first, position: j, filter: 1) == first.output(position: j, filter: 1))
            #expect(s.output(first, position: j, filter: 1) == first.output(position: j, filter: 1), "a kept value is the same")
        }
        s.apply(.reseed)
        let second = try #require(s.layer.value)
        #expect(second.output(position: 5, filter: 1) != first.output(position: 5, filter: 1))
        #expect(s.output(second, position: 5, filter: 1) == second.output(position: 5, filter: 1))
    }

    /// Without a bias, the sum's title has no `+ b`: the panel beside it says use_bias=False.
    @Test func theSumsTitleHasABiasOnlyWhenTheLayerHasOne() {
        var s = AppState()
        #expect(Screen().render(s, width: 100, height: 30).text.contains("= relu(Σ x·w + b)"))
        s.apply(.toggleBias)
        let text = Screen().render(s, width: 100, height: 30).text
        #expect(text.contains("= relu(Σ x·w)") && !text.contains("+ b)"))
    }
}
