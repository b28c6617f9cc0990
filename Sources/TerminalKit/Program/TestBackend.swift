/// A headless terminal for tests: keys come from a queue, presented frames are kept.
public final class TestBackend: TerminalBackend {
    public var size: Size
    public var colorCount: Int
    /// Keys still to be delivered, in order. A `.resize` key also changes `size`.
    public var pendingKeys: [Key]
    /// Every frame presented, oldest first.
    public private(set) var frames: [Buffer] = []
    /// The cursor position requested with the last frame.
    public private(set) var cursor: Point?
    /// The spans the last `present` would have redrawn.
    public private(set) var lastChanges: [ChangedSpan] = []
    private let clock: ManualClock?

    /// With a `clock`, waiting on an empty queue with a timeout advances the clock by the timeout
    /// (timers fire at once); waiting with no timeout on an empty queue ends the run.
    public init(size: Size, keys: [Key] = [], colorCount: Int = 256, clock: ManualClock? = nil) {
        self.size = size
        self.pendingKeys = keys
        self.colorCount = colorCount
        self.clock = clock
    }

    public var lastFrame: Buffer? { frames.last }

    public func present(_ buffer: Buffer, cursor: Point?, fullRepaint: Bool) throws {
        lastChanges = buffer.changes(from: fullRepaint ? nil : frames.last)
        frames.append(buffer)
        self.cursor = cursor
    }

    public func nextKey(timeout: Duration?) throws -> Key? {
        if !pendingKeys.isEmpty {
            let key = pendingKeys.removeFirst()
            if case .resize(let newSize) = key { size = newSize }
            return key
        }
        guard let timeout else { throw EndOfInput() }
        clock?.advance(by: timeout)
        return nil
    }

    /// Thrown when a headless run has consumed all its keys and would wait forever.
    public struct EndOfInput: Error, Equatable {}
}
