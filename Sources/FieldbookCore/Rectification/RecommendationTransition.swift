import Foundation

/// One move of a recommendation's status, with what the move needs (docs/domain-model.md has the
/// diagram). Checked here, in the store's transaction, so the command line, the interface and
/// any later caller are held to the same rules.
///
/// | from | to | needs |
/// |---|---|---|
/// | open, recheckFailed | rectified (已整改) | the date the enterprise reported it; evidence optional |
/// | open, rectified, recheckFailed | closed (已复查销号) | rectification evidence: a note or an attachment |
/// | rectified | recheckFailed (复查不合格) | a new deadline after the re-check day |
/// | open, recheckFailed | referred (逾期未整改→移交) | the deadline passed; to whom it is handed |
public enum RecommendationTransition: Sendable, Hashable {
    /// The enterprise reports the fix; the note says what it sent, if anything.
    case rectified(evidence: String?)
    /// An inspector re-checked the fix and closes the recommendation (销号).
    case closed(evidence: String?)
    /// The re-check found it not fixed: outstanding again, due by `newDeadline`.
    case recheckFailed(newDeadline: LocalDate)
    /// Overdue and not fixed: handed over to `target` (e.g. 劳动保障监察 for case filing).
    case referred(to: String)

    public var target: RecommendationStatus {
        switch self {
        case .rectified: .rectified
        case .closed: .closed
        case .recheckFailed: .recheckFailed
        case .referred: .referred
        }
    }

    /// The statuses this move may start from.
    public var sources: Set<RecommendationStatus> {
        switch self {
        case .rectified: [.open, .recheckFailed]
        case .closed: [.open, .rectified, .recheckFailed]
        case .recheckFailed: [.rectified]
        case .referred: [.open, .recheckFailed]
        }
    }

    /// The statuses a recommendation in `status` may move to (the interface offers these).
    public static func targets(from status: RecommendationStatus) -> [RecommendationStatus] {
        switch status {
        case .open: [.rectified, .closed, .referred]
        case .rectified: [.closed, .recheckFailed]
        case .recheckFailed: [.rectified, .closed, .referred]
        case .closed, .referred: []
        }
    }

    /// The recommendation after the move made on `date`. `attachments` is how many files are
    /// attached to it as evidence (`RectificationEvidence`).
    public func apply(to old: Recommendation, on date: LocalDate, attachments: Int) throws -> Recommendation {
        guard sources.contains(old.status) else { throw CoreError.recommendationStatus(from: old.status, to: target) }
        guard date >= old.createdOn else { throw CoreError.statusDateBeforeCreation(date: date, created: old.createdOn) }
        var rec = old
        rec.status = target
        switch self {
        case .rectified(let evidence):
            rec.rectifiedOn = date
            if let note = try Self.note(evidence, field: "evidenceNote") { rec.evidenceNote = note }
        case .closed(let evidence):
            if let note = try Self.note(evidence, field: "evidenceNote") { rec.evidenceNote = note }
            guard rec.evidenceNote != nil || attachments > 0 else { throw CoreError.closingNeedsEvidence }
            if rec.rectifiedOn == nil || old.status == .recheckFailed { rec.rectifiedOn = date }
            rec.verifiedOn = date
        case .recheckFailed(let newDeadline):
            guard newDeadline > date else { throw CoreError.recheckDeadlineNotAfter(date: date, deadline: newDeadline) }
            rec.recheckFailedOn = date
            rec.deadline = newDeadline
        case .referred(let to):
            guard let deadline = old.deadline, deadline < date else {
                throw CoreError.referralNotOverdue(deadline: old.deadline, date: date)
            }
            guard let target = try Self.note(to, field: "referredTo") else {
                throw CoreError.emptyField(FieldName.referredTo)
            }
            rec.referredTo = target
            rec.referredOn = date
        }
        return rec
    }

    /// Trimmed text, nil when empty; refused over its `TextLimits` length.
    private static func note(_ text: String?, field: String) throws -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        let limit = TextLimits.limit("recommendation", field)
        guard TextLimits.length(trimmed) <= limit else {
            throw CoreError.textTooLong(field == "referredTo" ? FieldName.referredTo : FieldName.evidenceNote,
                                        limit: limit, found: TextLimits.length(trimmed))
        }
        return trimmed
    }
}
