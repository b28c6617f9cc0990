import Foundation

/// Runs the synthetic-data generator's pure work (drawing records, computing search keys) on a
/// second thread while this one writes the previous batch into SQLite.
///
/// Why: SQLite's writer is one thread, and on the machines Fieldbook targets (two cores) the
/// drawing and the pinyin transform of the next batch then cost no wall time: `demo-data` is
/// there to make benchmark databases quickly (docs/performance.md, "Data generation").
/// The producer's batches come out in order and the channel holds at most two, so memory stays
/// at a few batches whatever the size asked for.
enum SyntheticPipeline {
    /// `produce` runs on its own thread and hands each batch to `send`, which returns false once
    /// the consumer has stopped (then `produce` should return or throw at once). `consume` runs on
    /// the calling thread, batch by batch. Returns `produce`'s result; an error of either side is
    /// thrown after the producer thread has ended (the consumer's first).
    static func run<Batch: Sendable, Final: Sendable>(
        produce: @escaping @Sendable (_ send: (Batch) -> Bool) throws -> Final,
        consume: (Batch) throws -> Void
    ) throws -> Final {
        let channel = BatchChannel<Batch>(capacity: 2)
        let outcome = Outcome<Final>()
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            outcome.set(Result { try produce { channel.send($0) } })
            channel.finish()
            finished.signal()
        }
        var consumerError: (any Error)?
        do {
            while let batch = channel.receive() { try consume(batch) }
        } catch {
            consumerError = error
            channel.cancel()
        }
        finished.wait()
        if let consumerError { throw consumerError }
        return try outcome.get()
    }

    /// The producer's result, written once on its thread and read after it ended.
    private final class Outcome<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<Value, any Error>?

        func set(_ value: Result<Value, any Error>) {
            lock.withLock { result = value }
        }

        func get() throws -> Value {
            guard let result = lock.withLock({ result }) else { throw CancellationError() }
            return try result.get()
        }
    }
}

/// A bounded first-in first-out hand-over between one producer and one consumer thread.
/// (`@unchecked`: every stored property is read and written under `condition`.)
final class BatchChannel<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Waits while the channel is full; false when the consumer has cancelled.
    func send(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The producer has sent everything.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops: a waiting or later `send` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for it; nil once the producer has finished and all were taken.
    func receive() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }
}
