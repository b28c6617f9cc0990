/// Drives a `Program` headless, step by step, the way a user would: press keys, type text, let
/// time pass, resize — then look at the screen. Each step renders a fresh frame, exactly as the
/// real loop does.
public struct Pilot<P: Program> {
    public private(set) var runner: ProgramRunner<P>
    public private(set) var size: Size
    public let clock: ManualClock
    public private(set) var buffer: Buffer

    public init(_ program: P, size: Size, minimumSize: Size = Size(width: 1, height: 1),
                clock: ManualClock = ManualClock()) {
        // Effects run inline: a test sees background work finished at the next step, no sleeping.
        runner = ProgramRunner(program, minimumSize: minimumSize, effectExecution: .inline)
        runner.start(now: clock.now())
        self.size = size
        self.clock = clock
        buffer = runner.render(size: size)
    }

    public var program: P { runner.program }
    public var hasQuit: Bool { runner.hasQuit }
    /// The screen text (trailing spaces trimmed).
    public var lines: [String] { buffer.lines }
    /// The real cursor's requested position.
    public var cursor: Point? { buffer.cursor }

    /// Delivers keys one by one (stops once the program quits).
    public mutating func press(_ keys: Key...) { press(keys) }

    public mutating func press(_ keys: [Key]) {
        for key in keys where !runner.hasQuit {
            if case .resize(let newSize) = key { size = newSize }
            _ = runner.handle(.key(key), now: clock.now())
            buffer = runner.render(size: size)
        }
    }

    /// Types `text` one character at a time, as a terminal delivers typed input.
    public mutating func type(_ text: String) { press(text.map { Key.character($0) }) }

    /// Resizes the terminal (the program receives `.resize`).
    public mutating func resize(to newSize: Size) { press(.resize(newSize)) }

    /// Lets `duration` pass, delivering a tick if the program's deadline is reached.
    public mutating func advance(by duration: Duration) {
        clock.advance(by: duration)
        if let deadline = runner.program.deadline, deadline <= clock.now(), !runner.hasQuit {
            _ = runner.handle(.tick, now: clock.now())
        }
        buffer = runner.render(size: size)
    }
}
