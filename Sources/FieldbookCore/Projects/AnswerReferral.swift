import GRDB

/// The referral on a finding (`Answer.referredTo`, `referralNote`): what is not labour
/// relations goes to the authority that deals with it. Audited like every answer field; only on
/// a draft visit (a completed one is locked, as for the answer itself).
enum AnswerReferral {
    static func set(visitId: String, itemCode: String, to authority: ReferralAuthority?, note: String,
                    _ db: Database, _ change: ChangeContext) throws -> Answer {
        let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
        let limit = TextLimits.limit(Answer.databaseTableName, "referralNote")
        if TextLimits.length(text) > limit {
            throw CoreError.textTooLong(Bilingual(zh: "移送说明", en: "referral note"), limit: limit,
                                        found: TextLimits.length(text))
        }
        // Creates the answer (unanswered) if the item has none yet; checks the draft and the item.
        var (answer, _) = try AnswerStore.set(visitId: visitId, itemCode: itemCode, value: nil, note: nil, db, change)
        let old = answer
        answer.referredTo = authority
        answer.referralNote = authority == nil || text.isEmpty ? nil : text
        guard answer != old else { return old }
        change.stampChanged(&answer, from: old)
        try answer.update(db)
        try AuditLog.recordChanges(old: old, new: answer, db, change)
        return answer
    }
}
