/// One version of a record as the merge rule sees it: its revision and the device that wrote it
/// (`hq` for headquarters' own registry).
public struct MergeVersion: Sendable, Equatable {
    public var revision: Int
    public var device: String

    public init(revision: Int, device: String) {
        self.revision = revision
        self.device = device
    }
}

/// What happens to a record HQ already holds when a bundle brings another version of it.
public enum MergeDecision: Sendable, Equatable {
    /// The same content: nothing to write.
    case unchanged
    /// An older revision from the device that wrote HQ's version: ignored.
    case older
    /// The incoming version replaces HQ's.
    case update
    /// Both are kept: HQ's stays current and a conflict is recorded.
    case conflict
}

/// The merge rule of docs/hq.md, for every record kind, written once. Pure: no database, no clock,
/// so it is table-tested on its own (MergeRuleTests) and the merger only gathers its inputs.
public enum MergeRule {
    /// - Parameters:
    ///   - existing: HQ's version; `device` is who wrote it (for answers and recommendations, the
    ///     device of their visit, which owns them).
    ///   - incoming: the bundle's version; `device` is the bundle's device.
    ///   - base: the revision the laptop last received from HQ (enterprises, from a reference
    ///     pack); nil when the laptop never received one (visits and what they own).
    ///   - sameContent: whether both versions hold the same data once bookkeeping HQ derives
    ///     itself (change sequence, summaries) is set aside.
    public static func decide(existing: MergeVersion, incoming: MergeVersion, base: Int?,
                              sameContent: Bool) -> MergeDecision {
        if sameContent { return .unchanged }
        if existing.device == incoming.device {
            // The device's own history: revisions are ordered. Equal revisions with different
            // content mean two histories under one number (a restored backup): both are kept.
            if incoming.revision > existing.revision { return .update }
            return incoming.revision < existing.revision ? .older : .conflict
        }
        // Another writer's version: replaced only by an edit made on top of it.
        if let base, base >= existing.revision, incoming.revision > existing.revision { return .update }
        return .conflict
    }
}
