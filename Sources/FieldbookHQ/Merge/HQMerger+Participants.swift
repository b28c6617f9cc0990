import FieldbookBundle
import FieldbookCore
import GRDB

extension HQMerger {
    /// A briefing's attending enterprise belongs to its visit's device, like an answer: inserted
    /// with a visit this merge inserted, otherwise merged by the rule (`MergeRule.decide`, through
    /// `mergeOwned`). Its enterprise is filed under HQ's id for it (an alias when a laptop created
    /// the same enterprise under another id), as a visit's is.
    func mergeParticipant(_ incoming: LineValues) throws {
        var line = incoming
        let id = line.text("id") ?? "", visitId = line.text("visitId") ?? ""
        let enterpriseId = try knownEnterprise(line.text("enterpriseId") ?? "", for: VisitParticipant.recordType, id: id)
        line["enterpriseId"] = enterpriseId.databaseValue
        if isNewVisit(visitId), try insertNew(line, id: id) { return }
        guard try visitExists(visitId) else {
            // Its visit was deleted, and it with it (a bundle HQ took before this older one).
            if try buried(id, revision: line.integer("revision") ?? 0) { return count(VisitParticipant.recordType, \.older) }
            throw SyncError.badFile(bundle.fileName, .unknownVisit(recordType: VisitParticipant.recordType, recordId: id,
                                                                  visitId: visitId))
        }
        let participant = try line.record(VisitParticipant.self)
        try requireOwnership(participant, ownerVisit: visitId)
        try mergeOwned(participant, originId: visitId)
    }
}
