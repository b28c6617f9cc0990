import GRDB

/// Answer writes at the `Database` level.
public enum AnswerStore {
    /// Sets the value and/or note of one item of a draft visit (nil leaves it as it is),
    /// audits the change, and refreshes the visit's live score.
    public static func set(visitId: String, itemCode: String, value: AnswerValue?, note: String?,
                           _ db: Database, _ change: ChangeContext) throws -> (Answer, RiskAssessment) {
        let visit = try VisitStore.fetchDraft(id: visitId, db)
        guard try ChecklistItem.exists(db, key: ["templateId": visit.templateId,
                                                 "templateVersion": visit.templateVersion, "code": itemCode]) else {
            throw CoreError.unknownItem(code: itemCode, template: "\(visit.templateId) v\(visit.templateVersion)")
        }
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        let answer: Answer
        if let old = try Answer.filter(Answer.Columns.visitId == visitId && Answer.Columns.itemCode == itemCode)
            .fetchOne(db) {
            var new = old
            new.value = value ?? old.value
            new.note = note ?? old.note
            if new != old {
                change.stampChanged(&new, from: old)
                try new.update(db)
                try AuditLog.recordChanges(old: old, new: new, db, change)
            }
            answer = new
        } else {
            var new = Answer(visitId: visitId, itemCode: itemCode, value: value ?? .unanswered, note: note ?? "")
            change.stampNew(&new)
            try new.insert(db)
            try AuditLog.log(Answer.recordType, new.id, field: "value", old: nil, new: new.value.rawValue, db, change)
            if !new.note.isEmpty {
                try AuditLog.log(Answer.recordType, new.id, field: "note", old: nil, new: new.note, db, change)
            }
            answer = new
        }
        return (answer, try VisitScoring.refreshLive(visit, db))
    }
}
