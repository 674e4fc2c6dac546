import ConvViz

/// Keeps at most one frame in flight to the terminal, so a slow link shows the newest state, not a backlog.
///
/// Curses writes a frame and returns; over SSH the bytes may take seconds to arrive. After each
/// frame the backend asks the terminal for a status report, which comes back only once the
/// terminal has read everything before it. Until then, newer frames replace one another
/// (`hold`), and the newest is drawn when the answer arrives (`release`). The first question
/// goes out before the first frame, so a terminal that never answers is found out within a
/// second and then not asked again (unless an answer turns up late).
struct LinkPacer {
    /// True while the terminal may be asked: until it fails to answer a first question in time.
    private(set) var asks = true
    private var answeredOnce = false
    private var sentAt: Double?
    private var held: Grid?

    /// How long to wait for a terminal that has answered before (a slow link), and for one that never has.
    static let patience = 10.0, firstPatience = 1.0

    /// Keeps `grid` for later when the last frame is still in flight; false means draw it now.
    mutating func hold(_ grid: Grid, now: Double) -> Bool {
        guard let sent = sentAt, now - sent < limit else {
            if sentAt != nil && !answeredOnce { asks = false }
            sentAt = nil
            held = nil
            return false
        }
        held = grid
        return true
    }

    /// The question for the frame just drawn went out.
    mutating func sent(now: Double) { sentAt = now }

    /// The terminal answered: everything drawn so far has arrived.
    mutating func answered(now: Double) {
        answeredOnce = true
        asks = true
        sentAt = nil
    }

    /// True when a question is out to a terminal that may answer: its answer may still come.
    var awaitsAnswer: Bool { sentAt != nil && asks }

    /// The held frame to draw now: the terminal answered, or it took too long.
    mutating func release(now: Double) -> Grid? {
        guard let grid = held else { return nil }
        if let sent = sentAt, now - sent < limit { return nil }
        if sentAt != nil && !answeredOnce { asks = false }
        sentAt = nil
        held = nil
        return grid
    }

    /// When a held frame must be drawn even without an answer; nil when nothing is held.
    func heldDeadline(now: Double) -> Double? {
        guard held != nil, let sent = sentAt else { return nil }
        return max(sent + limit - now, 0)
    }

    private var limit: Double { answeredOnce ? Self.patience : Self.firstPatience }
}
