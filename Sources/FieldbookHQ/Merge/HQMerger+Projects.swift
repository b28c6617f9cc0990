import FieldbookBundle
import FieldbookCore
import Foundation
import GRDB

/// Construction projects at headquarters (docs/hq.md, "Merge rule"): shared like enterprises —
/// any trusted device may write one, and versions are ranked by `MergeRule.decide` whatever the
/// import order; an edit made on top of the version a reference pack brought (`baseRevision`)
/// replaces it like an enterprise's — with their parties filed under HQ's enterprises (an alias
/// resolves to the enterprise HQ keeps for that credit code).
extension HQMerger {
    func mergeProject(_ incoming: LineValues) throws {
        var line = incoming
        let id = line.text("id") ?? ""
        let type = Project.recordType
        for key in ["ownerId", "generalContractorId"] {
            if let party = line.text(key) { line[key] = try knownEnterprise(party, for: type, id: id).databaseValue }
        }
        if let list = line.text("subcontractorIds") {
            var resolved: [String] = []
            for party in LineValues.list(list) { resolved.append(try knownEnterprise(party, for: type, id: id)) }
            line["subcontractorIds"] = try String(decoding: JSONEncoder().encode(resolved), as: UTF8.self).databaseValue
        }
        let project = try line.record(Project.self)
        // A snapshot sent only because a visit is about it: no version of the sender's, so it
        // never competes with a live project HQ holds (whatever the import order). Against a
        // deletion it still counts, so the visit's project is not lost (a deletion conflict).
        if Bool.fromDatabaseValue(line["reference"]) == true {
            if try fetchHeld(Project.self, id) != nil { return count(type, \.unchanged) }
        } else if let existing = try fetchHeld(Project.self, id) {
            return try mergeVersion(project, held: .live(existing), ownerId: id, base: line.integer("baseRevision"))
        }
        if let stone = try fetchHeld(Tombstone.self, id) {
            return try mergeVersion(project, held: .deleted(stone), ownerId: id, base: line.integer("baseRevision"))
        }
        var stored = project
        stored.changeSeq = change.changeSeq
        try insert(stored, id: id, type: type)
        try setOrigin(id, type: type, device: bundle.deviceId, revision: stored.revision)
        count(type, \.inserted)
    }

    /// A visit about a project HQ neither holds nor receives in this bundle refuses the bundle.
    func checkProject(of visit: LineValues) throws {
        guard let projectId = visit.text("projectId") else { return }
        guard try Project.exists(db, key: projectId) else {
            throw SyncError.badFile(bundle.fileName, .rejectedRecord(
                recordType: SiteVisit.recordType, recordId: visit.text("id") ?? "",
                reason: "it is about project \(projectId), which neither the bundle nor headquarters holds"))
        }
    }
}
