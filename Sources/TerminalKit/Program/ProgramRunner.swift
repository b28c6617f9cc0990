/// The application loop: key → update → render → present, until the program quits.
///
/// Each turn renders the whole screen into a blank buffer and hands it to the backend, which
/// presents only the cells that changed. Waiting for input blocks in the backend until the next
/// key or the program's `deadline`, whichever comes first, so an idle program uses no CPU.
/// Below `minimumSize` the loop shows `tooSmallMessage` instead of the program's screen (the
/// program still gets every key, so its quit key works), and recovers on the next resize.
public struct ProgramRunner<P: Program> {
    public private(set) var program: P
    public let minimumSize: Size
    public let tooSmallMessage: (Size) -> String
    public private(set) var hasQuit = false
    /// Where the program's effects run: in the background for the real loop, inline in a `Pilot`.
    public let effectExecution: EffectExecution

    public init(_ program: P, minimumSize: Size = Size(width: 1, height: 1),
                tooSmallMessage: @escaping (Size) -> String = { "Terminal too small: \($0)" },
                effectExecution: EffectExecution = .background) {
        self.program = program
        self.effectExecution = effectExecution
        self.minimumSize = minimumSize
        self.tooSmallMessage = tooSmallMessage
    }

    /// Runs until the program returns `.quit` or the backend ends the input (throws).
    public mutating func run(on backend: some TerminalBackend, clock: some MonotonicClock) throws {
        program.start(now: clock.now())
        var frame = render(size: backend.size)
        try backend.present(frame, cursor: frame.cursor, fullRepaint: true)
        while !hasQuit {
            let timeout = program.deadline.map { max(.zero, $0 - clock.now()) }
            let event: Event
            if let key = try backend.nextKey(timeout: timeout) { event = .key(key) } else { event = .tick }
            if event == .tick, let deadline = program.deadline, clock.now() < deadline { continue }
            let command = handle(event, now: clock.now())
            if hasQuit { break }
            frame = render(size: backend.size)
            try backend.present(frame, cursor: frame.cursor, fullRepaint: command == .repaint)
        }
    }

    /// Tells the program the loop's clock at the start (`Program.start`); `run` does it, a `Pilot`
    /// does it for its own clock.
    public mutating func start(now: Duration) { program.start(now: now) }

    /// Gives one event to the program, executes the effects it asked for, and records whether it quit.
    public mutating func handle(_ event: Event, now: Duration) -> Command {
        let command = program.update(event, now: now)
        for effect in program.takeEffects() { effectExecution.execute(effect) }
        if command == .quit { hasQuit = true }
        return command
    }

    /// The screen for a terminal of `size`: the program's, or the too-small message.
    public func render(size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        if size.contains(minimumSize) {
            program.render(into: &buffer)
        } else {
            TooSmallScreen(message: tooSmallMessage(size)).render(into: &buffer)
        }
        return buffer
    }
}

/// The message shown when the terminal is below the minimum size: centred, wrapped if needed.
struct TooSmallScreen {
    var message: String

    func render(into buffer: inout Buffer) {
        let lines = WordWrap.lines(message, width: buffer.size.width)
        let height = min(lines.count, buffer.size.height)
        let top = (buffer.size.height - height) / 2
        for (i, line) in lines.prefix(height).enumerated() {
            let x = max(0, (buffer.size.width - line.displayWidth) / 2)
            buffer.write(line, at: Point(x: x, y: top + i))
        }
        buffer.cursor = nil
    }
}
