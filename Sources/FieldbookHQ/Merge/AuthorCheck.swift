import FieldbookBundle
import FieldbookCore

/// Records belong to their author (docs/hq.md, "Who owns a record"): every author a bundle's
/// records name — a visit's `createdBy`, an audit event's inspector, a tombstone's inspector —
/// must be the inspector the bundle is signed for (bound to its key by `SignerCheck`). Co-inspectors
/// listed in a visit's `inspectors` are named people, not authors, and may be anyone. Checked over
/// the whole bundle before any record is merged, so one foreign author refuses the bundle whole.
enum AuthorCheck {
    static func check(_ bundle: IncomingBundle) throws {
        let signer = bundle.inspector
        func refuse(_ line: LineValues, _ field: String, _ claimed: String) -> SyncError {
            .badFile(bundle.fileName, .foreignAuthor(recordType: line.layout.table, recordId: line.text("id") ?? "",
                                                     field: field, claimed: claimed, signer: "\(signer.name) (\(signer.id))"))
        }
        for visit in bundle.visits {
            if let creator = visit.text("createdBy"), creator != signer.id { throw refuse(visit, "createdBy", creator) }
        }
        for event in bundle.auditEvents {
            if let author = event.text("inspectorId") {
                if author != signer.id { throw refuse(event, "inspectorId", author) }
            } else if let name = event.text("inspectorName"), !name.isEmpty, name != signer.name {
                // An event written before the laptop had an inspector carries no id; its name,
                // when it has one, must still be the signer's.
                throw refuse(event, "inspectorName", name)
            }
        }
        for stone in bundle.tombstones {
            if let author = stone.text("inspectorId"), author != signer.id { throw refuse(stone, "inspectorId", author) }
        }
    }
}
