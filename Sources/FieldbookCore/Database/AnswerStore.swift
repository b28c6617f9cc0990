import GRDB

/// Answer writes at the `Database` level.
public enum AnswerStore {
    /// Sets the value, note and/or figures of one item of a draft visit (nil leaves it as it is),
    /// audits the change, and refreshes the visit's live score. Figures are refused with a
    /// negative number; they stay recorded if the answer later changes (the inspector may go back).
    public static func set(visitId: String, itemCode: String, value: AnswerValue?, note: String?,
                           figures: AnswerFigures? = nil,
                           _ db: Database, _ change: ChangeContext) throws -> (Answer, RiskAssessment) {
        let visit = try VisitStore.fetchDraft(id: visitId, db)
        guard try ChecklistItem.exists(db, key: ["templateId": visit.templateId,
                                                 "templateVersion": visit.templateVersion, "code": itemCode]) else {
            throw CoreError.unknownItem(code: itemCode, template: "\(visit.templateId) v\(visit.templateVersion)")
        }
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let figures { try validate(figures, employees: visit.employees) }
        let answer: Answer
        if let old = try Answer.filter(Answer.Columns.visitId == visitId && Answer.Columns.itemCode == itemCode)
            .fetchOne(db) {
            var new = old
            new.value = value ?? old.value
            new.note = note ?? old.note
            new.figures = figures ?? old.figures
            if new != old {
                change.stampChanged(&new, from: old)
                try new.update(db)
                try AuditLog.recordChanges(old: old, new: new, db, change)
            }
            answer = new
        } else {
            var new = Answer(visitId: visitId, itemCode: itemCode, value: value ?? .unanswered, note: note ?? "")
            new.figures = figures ?? .none
            change.stampNew(&new)
            try new.insert(db)
            try AuditLog.log(Answer.recordType, new.id, field: "value", old: nil, new: new.value.rawValue, db, change)
            if !new.note.isEmpty {
                try AuditLog.log(Answer.recordType, new.id, field: "note", old: nil, new: new.note, db, change)
            }
            for (field, number) in [("workers", new.workers), ("amountYuan", new.amountYuan), ("months", new.months)] {
                if let number { try AuditLog.log(Answer.recordType, new.id, field: field, old: nil, new: String(number), db, change) }
            }
            answer = new
        }
        return (answer, try VisitScoring.refreshLive(visit, db))
    }

    /// No negative figure; no more workers affected than the visit's headcount, when it is known.
    static func validate(_ figures: AnswerFigures, employees: Int?) throws {
        let named: [(AnswerFigure, Int?)] = [(.workers, figures.workers), (.amount, figures.amountYuan),
                                             (.months, figures.months)]
        for (figure, value) in named {
            if let value, value < 0 { throw CoreError.negativeFigure(figure.label, value) }
        }
        if let workers = figures.workers, let employees, workers > employees {
            throw CoreError.figureExceedsEmployees(AnswerFigure.workers.label, value: workers, employees: employees)
        }
    }
}
