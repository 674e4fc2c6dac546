extension AppState {
    /// Applies one action: the only way the explorer's state changes.
    public mutating func apply(_ action: Action) {
        if !action.keepsNotice { notice = "" }
        switch action {
        case .togglePlay:
            if !playing, let t = stageTrace, stepIndex >= t.count - 1 { moveTo(0) }
            playing.toggle()
            if stageTrace?.isEmpty ?? true { playing = false }
        case .setPlaying(let on): playing = on && !(stageTrace?.isEmpty ?? true)
        case .step(let n): moveTo(stepIndex + n)
        case .advance(let n):
            guard let t = stageTrace else { playing = false; return }
            moveTo(stepIndex + n)
            if stepIndex >= t.count - 1 { playing = false }
        case .first: moveTo(0)
        case .last: moveTo(Int.max / 2)
        case .goto(let i): moveTo(i)
        case .speedUp: speedIndex = min(speedIndex + 1, AppState.speeds.count - 1)
        case .speedDown: speedIndex = max(speedIndex - 1, 0)
        case .toggleOrder: order = order.toggled
        case .toggleHelp: showHelp.toggle(); showLegend = false; helpPage = 0
        case .helpPage(let n): helpPage += n
        case .cycleZoom: zoom = zoom.next
        case .cycleTheme:
            theme = theme.next
            notice = "theme: \(theme.rawValue) (t for the next)"
        case .setTheme(let t): theme = t
        case .markRecording: recording = true
        case .toggleLegend: showLegend.toggle(); showHelp = false
        case .cycleCellSize: cellGrowth = (cellGrowth + 2) % 6
        case .savePicture: pictureRequests += 1
        case .notify(let text): notice = text
        case .quit: shouldQuit = true
        case .adjust(let p, let delta) where model != nil: adjustModel(p, by: delta)
        case .adjust(let p, let delta): adjust(p, by: delta)
        case .cyclePadding where model != nil: changeModelLayer(.padding(nil))
        case .cyclePadding where framework == .pytorch: cycleTorchPadding()
        case .cyclePadding: var s = spec; s.padding = s.padding.next; setSpec(s)
        case .toggleFramework: apply(.framework(framework.other))
        case .toggleCeilMode where model != nil: changeModelLayer(.ceilMode(nil))
        case .toggleCountIncludePad where model != nil: changeModelLayer(.countIncludePad(nil))
        case .toggleCeilMode, .toggleCountIncludePad: notice = Self.torchPoolsOnly
        case .cyclePaddingMode where model != nil:
            notice = "padding_mode is a single nn.Conv1d's: a model's convs pad with zeros"
        case .cyclePaddingMode:
            let all = TorchPaddingMode.allCases
            apply(.paddingMode(all[(all.firstIndex(of: paddingMode)! + 1) % all.count]))
        case .cycleActivation where model != nil: changeModelLayer(.activation(nil))
        case .cycleActivation: var s = spec; s.activation = s.activation.next; setSpec(s)
        case .toggleBias where model != nil: changeModelLayer(.useBias(nil))
        case .toggleBias: var s = spec; s.useBias.toggle(); setSpec(s)
        case .reseed: setSeed(SeededValues(seed: seed).bits(stream: 99, index: 0) % 1_000_000)
        case .set(let setting) where model != nil: applyToModel(setting)
        case .set(let setting): apply(setting)
        case .stage(let move): moveStage(move)
        case .loadModel(let m): loadModel(m)
        case .pageRows(let n): apply(.scrollChannels(n * max(visibleRows - 1, 1)))
        case .scrollChannels(let n):
            channelScroll = min(max(channelScroll + n, 0), lastChannelScroll)
        case .scrollPositions(let n):
            // From what the screen shows now, never from a pin the view no longer honours.
            guard var shown = inputShown else { return }
            let first = min(max(shown.first + n, shown.firsts.lowerBound), shown.firsts.upperBound)
            guard first != shown.first else {
                notice = "the input's \(n < 0 ? "first" : "last") positions are in view"
                return
            }
            positionScroll = first
            pannedAtStep = stepIndex
            shown.first = first
            inputShown = shown
        case .selectOutput(let j, let f):
            guard let l = stageTrace?.layer, j >= 0, j < l.outputLength, f >= 0, f < l.outputChannels else { return }
            cursor = (j, f)
            wanted = cursor
            positionScroll = nil
            if model != nil { traceDependency(of: j) }
        case .selectInput(let p?) where p < 0 || p >= spec.length:
            // A script can name any number; there is no such input to light.
            notice = "there is no input \(p): the input has positions 0…\(max(spec.length - 1, 0))"
        case .selectInput(let p): selectedInput = (p == selectedInput) ? nil : p
        case .editText: openEditor()
        case .editor(let key): edit(key)
        case .caption(let text): caption = text
        case .title(let text): title = text
        case .section(let text): section = text
        case .script(let s): script = s
        }
    }

    private mutating func moveTo(_ index: Int) {
        guard let t = stageTrace, !t.isEmpty else { return }
        let i = min(max(index, 0), t.count - 1)
        let c = t.coordinates(of: i)
        // A clicked output's note lasts until a step moves on, and does not come back with a later filter.
        if c.position != cursor.position || c.filter != cursor.filter { dependencyPosition = nil }
        cursor = (c.position, c.filter)
        wanted = cursor
        // A hand-set pan is kept: the viewport drops it by itself once the window leaves it.
    }

    private mutating func adjust(_ p: Parameter, by delta: Int) {
        let old = p.value(in: spec)
        var s = spec
        p.set(old + delta, in: &s)
        // A key that can go no further says so, rather than seem not to work.
        guard p.value(in: s) != old else { return notice = Self.atLimit(p.rawValue, old, delta: delta) }
        setSpec(s)
    }

    /// What a parameter key at the end of its range says: "strides is already 1, the smallest the explorer allows".
    static func atLimit(_ name: String, _ value: Int, delta: Int) -> String {
        "\(name) is already \(value), the \(delta < 0 ? "smallest" : "largest") the explorer allows"
    }

    mutating func apply(_ setting: Setting) {
        var s = spec
        switch setting {
        case .parameter(let p, let v): p.set(v, in: &s); setSpec(s)
        case .padding(let v) where framework == .pytorch:
            switch v {
            case .valid: setTorchPadding(.valid)
            case .same: setTorchPadding(.same)
            case .causal: notice = "PyTorch has no causal padding: F.pad(x, (\(spec.span - 1), 0)) before a padding=0 conv does it"
            }
        case .padding(let v): s.padding = v; setSpec(s)
        case .framework(let f): switchFramework(to: f)
        case .torchPadding(let p) where framework == .pytorch: setTorchPadding(.explicit(p))
        case .torchPadding: notice = "an integer padding is PyTorch's: set framework pytorch (key T) first"
        case .paddingMode(let m) where framework == .pytorch:
            paddingMode = m
            rebuild(input: false, kernel: false)
        case .paddingMode: notice = "padding_mode is PyTorch's: set framework pytorch (key T) first"
        case .ceilMode, .countIncludePad: notice = Self.torchPoolsOnly
        case .activation(let v): s.activation = v; setSpec(s)
        case .layerActivation(let v): notice = "a lone Conv1D takes linear, relu, sigmoid or tanh, not \(v.rawValue)"
        case .useBias(let v): s.useBias = v; setSpec(s)
        case .seed(let v): setSeed(v)
        case .order(let v): order = v
        case .speed(let v):
            speedIndex = AppState.speeds.indices.min { abs(AppState.speeds[$0] - v) < abs(AppState.speeds[$1] - v) } ?? speedIndex
        case .input(let source): setSources(input: source)
        case .kernel(let source): setSources(kernel: source)
        case .text(let sentence): setText(sentence)
        case .embedding(let e): setEmbedding(e)
        }
    }
}

extension AppState {
    /// What a PyTorch pool's setting says outside a model.
    static let torchPoolsOnly = "ceil_mode, count_include_pad: PyTorch pools only (--model imdb, then T)"
}
