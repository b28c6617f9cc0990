import Foundation

/// The second core for a large export entry: a thread that takes the entry's filled buffers in
/// order and runs `work` on each (SHA-256, CRC-32, deflate, write), while the exporting thread
/// goes on reading and encoding records into the next buffer — what `sqlite3 .dump | gzip` gets
/// from being two processes (docs/performance.md, "Full export on two cores").
///
/// At most `depth` buffers wait, so the memory stays a few MiB whatever the entry's size: the
/// exporting thread waits when the worker falls behind. The first error `work` throws comes back
/// from the next `submit` or from `finish`; nothing after it is worked on.
final class DeflateWorker: @unchecked Sendable {
    /// Filled buffers waiting for the worker, at most.
    static let depth = 2

    private let condition = NSCondition()
    private var waiting: [(bytes: [UInt8], last: Bool)] = []
    private var ended = false
    private var failure: (any Error)?
    /// Emptied buffers given back to be filled again, so no chunk allocates.
    private var spare: [[UInt8]] = []
    private let work: (inout [UInt8], Bool) throws -> Void

    /// `work` runs on the worker's thread only, one buffer at a time, in the order submitted;
    /// its second argument is true for the last buffer.
    init(work: @escaping (inout [UInt8], Bool) throws -> Void) {
        self.work = work
        let thread = Thread { [self] in run() }
        thread.name = "fieldbook.deflate"
        thread.start()
    }

    /// Hands a filled buffer over; returns an empty one to fill next.
    func submit(_ bytes: [UInt8]) throws -> [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= Self.depth, failure == nil { condition.wait() }
        if let failure { throw failure }
        waiting.append((bytes, false))
        condition.broadcast()
        var next = spare.popLast() ?? []
        next.reserveCapacity(bytes.count)
        return next
    }

    /// Hands the last buffer over and waits until everything is worked on; the thread ends.
    func finish(_ bytes: [UInt8]) throws {
        try end(with: bytes)
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
    }

    /// Ends the thread without working on what waits (the entry is abandoned).
    func cancel() {
        condition.lock()
        if failure == nil { failure = CancellationError() }
        waiting.removeAll()
        condition.unlock()
        try? end(with: [])
    }

    private func end(with bytes: [UInt8]) throws {
        condition.lock()
        defer { condition.unlock() }
        guard !ended else { return }
        waiting.append((bytes, true))
        condition.broadcast()
        while !ended { condition.wait() }
    }

    private func run() {
        condition.lock()
        while true {
            while waiting.isEmpty { condition.wait() }
            var (bytes, last) = waiting.removeFirst()
            let skip = failure != nil
            condition.broadcast()
            condition.unlock()
            var error: (any Error)?
            if !skip {
                do { try work(&bytes, last) } catch let thrown { error = thrown }
            }
            bytes.removeAll(keepingCapacity: true)
            condition.lock()
            if let error, failure == nil { failure = error }
            if spare.count < Self.depth { spare.append(bytes) }
            if last { ended = true }
            condition.broadcast()
            if last { break }
        }
        condition.unlock()
    }
}
