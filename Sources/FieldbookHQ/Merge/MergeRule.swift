import FieldbookCore
import Foundation

/// One version of a record as the merge rule sees it.
public struct MergeVersion: Sendable, Equatable {
    public var revision: Int
    /// Who wrote it: a device id, or `hq` for headquarters' own registry.
    public var device: String
    /// When it was made on its device: the record's `updatedAt`, a tombstone's `deletedAt`.
    public var changedAt: Timestamp
    /// A tombstone: the version that says "deleted".
    public var isDeletion: Bool
    /// The version's content as canonical text (sorted-key JSON without HQ's bookkeeping). Only
    /// the very last tie-break: two versions equal in everything above come from one device that
    /// wrote two histories under one number (a restored backup) in the same millisecond.
    public var content: String

    public init(revision: Int, device: String, changedAt: Timestamp = Timestamp(Date(timeIntervalSince1970: 0)),
                isDeletion: Bool = false, content: String = "") {
        self.revision = revision
        self.device = device
        self.changedAt = changedAt
        self.isDeletion = isDeletion
        self.content = content
    }
}

/// What happens to a record HQ already holds when a bundle brings another version of it.
public enum MergeDecision: Sendable, Equatable {
    /// The same content: nothing to write (or only a better-ranked copy of it, see `update`).
    case unchanged
    /// An older revision from the device that wrote HQ's version: ignored.
    case older
    /// The incoming version replaces HQ's, which it was made on top of (or which holds the same
    /// data and ranks lower): no conflict.
    case update
    /// Concurrent versions, HQ's ranks higher: it stays current and the incoming one is kept in
    /// a conflict.
    case conflict
    /// Concurrent versions, the incoming one ranks higher: it becomes current and HQ's is kept in
    /// a conflict.
    case overtake
}

/// The merge rule of docs/hq.md, for every record kind (enterprises, visits, answers,
/// recommendations, tombstones, and whatever later travels in bundles), written once. Pure: no
/// database, no clock, so it is table-tested on its own (MergeRuleTests) and the merger only
/// gathers its inputs.
///
/// The rule makes HQ's state a function of the SET of bundles it imported, never of their order:
/// of two concurrent versions (neither made on top of the other) the current one is always the
/// one `ranks(_:above:)` puts first, and the other is kept in a conflict, whichever came first.
public enum MergeRule {
    /// - Parameters:
    ///   - existing: HQ's version; `device` is who wrote it (for answers and recommendations, the
    ///     device of their visit, which owns them).
    ///   - incoming: the bundle's version; `device` is the bundle's device.
    ///   - base: the revision the laptop last received from HQ (enterprises, from a reference
    ///     pack); nil when the laptop never received one (visits and what they own, tombstones).
    ///   - sameContent: whether both versions hold the same data once bookkeeping (revision,
    ///     change time, change sequence, locally derived summaries) is set aside.
    public static func decide(existing: MergeVersion, incoming: MergeVersion, base: Int?,
                              sameContent: Bool) -> MergeDecision {
        // Two deletions agree whoever made them.
        if sameContent || (existing.isDeletion && incoming.isDeletion) {
            // The same data: no conflict, but the better-ranked copy is the one kept, so that the
            // revision and writer HQ records do not depend on which copy came first.
            return ranks(incoming, above: existing) ? .update : .unchanged
        }
        if existing.device == incoming.device {
            // The device's own history: revisions are ordered. Equal revisions with different
            // content mean two histories under one number (a restored backup): both are kept.
            if incoming.revision > existing.revision { return .update }
            if incoming.revision < existing.revision { return .older }
        } else if let base, !incoming.isDeletion, base >= existing.revision, incoming.revision > existing.revision {
            // Another writer's version, edited on top of it.
            return .update
        }
        return ranks(incoming, above: existing) ? .overtake : .conflict
    }

    /// The order between two concurrent versions, the same whichever HQ received first:
    /// 1. a live record ranks above a deletion: what someone is still working on stays, and the
    ///    deletion waits in a conflict for a person at HQ (a device deleting its own version is not
    ///    concurrent: that is its history);
    /// 2. the higher revision (the version with more edits behind it);
    /// 3. the later change time (the device's clock when the inspector made the change);
    /// 4. the greater writer id (`hq`, HQ's registry, ranks above any device id, which is upper-case);
    /// 5. the content's text (see `MergeVersion.content`).
    public static func ranks(_ a: MergeVersion, above b: MergeVersion) -> Bool {
        if a.isDeletion != b.isDeletion { return !a.isDeletion }
        if a.revision != b.revision { return a.revision > b.revision }
        if a.changedAt != b.changedAt { return a.changedAt > b.changedAt }
        if a.device != b.device { return a.device > b.device }
        return a.content > b.content
    }
}
