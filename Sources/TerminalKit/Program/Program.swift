/// What a program receives: a key (mouse, resize and paste included), or a tick when the
/// deadline it asked for has passed.
public enum Event: Hashable, Sendable {
    case key(Key)
    case tick
}

/// What a program asks the loop to do after an update.
public enum Command: Hashable, Sendable {
    case none
    /// Stop the loop; the backend then restores the terminal.
    case quit
    /// Redraw every cell, not just the changed ones (after the screen was disturbed, Ctrl-L).
    case repaint
}

/// An interactive program in the Model–Update–View shape: the loop feeds it events, asks it to
/// render the whole screen into a fresh buffer, and presents only what changed.
///
/// Everything runs on one thread: `update` may do its work (a database write) synchronously.
public protocol Program {
    /// The loop's clock when it starts, before the first frame: a deadline the program asks for
    /// before its first event is then measured from the start, not from zero.
    mutating func start(now: Duration)

    /// Handles one event. `now` is the loop's monotonic clock, for setting deadlines.
    mutating func update(_ event: Event, now: Duration) -> Command

    /// Draws the whole screen into `buffer` (blank, sized to the terminal). Set `buffer.cursor`
    /// to show the real cursor (a focused text field does).
    func render(into buffer: inout Buffer)

    /// The monotonic time at which the program wants a `.tick` (a notice expires), or nil to wait
    /// for keys only. The loop never busy-waits: it blocks on input until this deadline.
    var deadline: Duration? { get }

    /// Work the last `update` asked for, handed over once (the runner executes it; see `Effect`).
    mutating func takeEffects() -> [Effect]
}

extension Program {
    public mutating func start(now: Duration) {}
    public var deadline: Duration? { nil }
    public mutating func takeEffects() -> [Effect] { [] }
}
