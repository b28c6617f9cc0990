import FieldbookBundle
import FieldbookCore

/// Records belong to their author (docs/hq.md, "Who owns a record"): every author a bundle's
/// records name — a visit's `createdBy`, an audit event's inspector, a tombstone's inspector —
/// must be the inspector the bundle is signed for (bound to its key by `SignerCheck`). Co-inspectors
/// listed in a visit's `inspectors` are named people, not authors, and may be anyone. Checked batch by
/// batch inside the merge's transaction, so one foreign author refuses (rolls back) the bundle whole.
enum AuthorCheck {
    private static func refuse(_ line: LineValues, _ field: String, _ claimed: String, _ bundle: IncomingBundle) -> SyncError {
        .badFile(bundle.fileName, .foreignAuthor(recordType: line.layout.table, recordId: line.text("id") ?? "", field: field,
                                                 claimed: claimed, signer: "\(bundle.inspector.name) (\(bundle.inspector.id))"))
    }

    static func checkVisits(_ visits: [LineValues], of bundle: IncomingBundle) throws {
        for visit in visits {
            if let creator = visit.text("createdBy"), creator != bundle.inspector.id {
                throw refuse(visit, "createdBy", creator, bundle)
            }
        }
    }

    static func checkEvents(_ events: [LineValues], of bundle: IncomingBundle) throws {
        for event in events {
            if let author = event.text("inspectorId") {
                if author != bundle.inspector.id { throw refuse(event, "inspectorId", author, bundle) }
            } else if let name = event.text("inspectorName"), !name.isEmpty, name != bundle.inspector.name {
                // An event written before the laptop had an inspector carries no id; its name,
                // when it has one, must still be the signer's.
                throw refuse(event, "inspectorName", name, bundle)
            }
        }
    }

    static func checkTombstones(_ stones: [LineValues], of bundle: IncomingBundle) throws {
        for stone in stones {
            if let author = stone.text("inspectorId"), author != bundle.inspector.id {
                throw refuse(stone, "inspectorId", author, bundle)
            }
        }
    }
}
