/// A transient message ("已保存", "Export written") that disappears by itself.
public struct Notice: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, warning, error }

    public var id: Int
    public var text: String
    public var kind: Kind
    /// The loop's monotonic time at which the notice goes away.
    public var expiresAt: Duration
}

/// The notices currently up. Time comes from the program loop (`update`'s `now`): post with the
/// current time, report `deadline` as (part of) the program's deadline, and call `expire(now:)`
/// on every event — the loop then wakes exactly when the next notice must go, with no polling.
public struct Notices: Hashable, Sendable {
    public private(set) var active: [Notice] = []
    /// At most this many are kept; posting more drops the oldest.
    public var limit: Int
    private var nextID = 0

    public init(limit: Int = 3) { self.limit = max(1, limit) }

    /// Shows `text` from `now` for `lifetime`. Returns the notice's id (for `dismiss`).
    @discardableResult
    public mutating func post(_ text: String, kind: Notice.Kind = .info, now: Duration,
                              lifetime: Duration = .seconds(4)) -> Int {
        nextID += 1
        active.append(Notice(id: nextID, text: text, kind: kind, expiresAt: now + lifetime))
        if active.count > limit { active.removeFirst(active.count - limit) }
        return nextID
    }

    /// Removes the notices whose time has come. Returns whether any went.
    @discardableResult
    public mutating func expire(now: Duration) -> Bool {
        let before = active.count
        active.removeAll { $0.expiresAt <= now }
        return active.count != before
    }

    public mutating func dismiss(id: Int) { active.removeAll { $0.id == id } }

    public mutating func dismissAll() { active.removeAll() }

    /// When the next notice expires: the program's `deadline` (or the earlier of it and its own).
    public var deadline: Duration? { active.map(\.expiresAt).min() }

    public var isEmpty: Bool { active.isEmpty }
}
