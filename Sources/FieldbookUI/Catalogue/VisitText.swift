/// The visit screens: visit form, checklist, review & complete.
public protocol VisitText {
    // Visit form
    var visitFormTitle: String { get }
    var visitFieldEnterprise: String { get }
    var visitFieldDate: String { get }
    var visitFieldType: String { get }
    var visitFieldStart: String { get }
    var visitFieldEnd: String { get }
    var visitFieldInspectors: String { get }
    var visitFieldPersonsMet: String { get }
    var visitFieldEmployees: String { get }
    var visitFieldContracts: String { get }
    var visitFieldInsured: String { get }
    var visitFieldDispatched: String { get }
    var visitFieldMigrant: String { get }
    var visitFieldAttendees: String { get }
    var visitFieldNotes: String { get }
    var visitEnterprisePlaceholder: String { get }
    var visitInspectorsPlaceholder: String { get }
    var visitPersonsMetPlaceholder: String { get }
    var visitAttendeesHint: String { get }
    var visitNotesPlaceholder: String { get }
    var visitNoMatches: String { get }
    var visitChoiceHint: String { get }
    func visitDispatchShare(percent: String) -> String
    func visitDispatchOverLimit(percent: String) -> String
    var visitLockedNote: String { get }
    var visitUnsavedField: String { get }
    /// The same, when the inspector pressed a key to another screen of the visit.
    func visitUnsavedFieldSwitch(key: String) -> String
    var problemNotANumber: String { get }
    var problemTime: String { get }
    var problemDateMalformed: String { get }
    var problemDateNoSuchDay: String { get }
    var problemDateRequired: String { get }
    /// Under the date when a date after today was not confirmed.
    func problemDateAfterToday(_ today: String) -> String
    var futureDateTitle: String { get }
    func futureDateMessage(date: String, today: String) -> String
    var futureDateKeep: String { get }
    var futureDateFix: String { get }
    var problemEnterpriseNotChosen: String { get }
    func problemExceedsEmployees(_ employees: Int) -> String
    func problemBelowFigure(_ name: String, _ value: Int) -> String
    var keyChecklist: String { get }
    var keyRecommendations: String { get }
    var keyReview: String { get }
    var keyVisitForm: String { get }
    var keyChooseEnterprise: String { get }
    var keyPreviousField: String { get }

    // Checklist
    var checklistTitle: String { get }
    func checklistProgress(answered: Int, total: Int) -> String
    var checklistScore: String { get }
    var checklistRisk: String { get }
    var checklistLegalBasis: String { get }
    var checklistGuidance: String { get }
    var checklistNote: String { get }
    var checklistNoNote: String { get }
    var checklistNotePlaceholder: String { get }
    var checklistCritical: String { get }
    var checklistAllAnswered: String { get }
    /// After a non-compliant answer: the item stays focused; what can be added to the finding.
    func checklistFindingHint(code: String) -> String
    /// The note editor's title: which item the note is for.
    func checklistNoteTitle(code: String, item: String) -> String
    var checklistRecommendNeedsNonCompliant: String { get }
    var checklistReadOnly: String { get }
    var visitLockedShort: String { get }
    var keyCompliant: String { get }
    var keyNonCompliant: String { get }
    var keyNotApplicable: String { get }
    var keyClearAnswer: String { get }
    var keyNextUnanswered: String { get }
    var keyNote: String { get }
    var keySaveNote: String { get }
    var keyRecommend: String { get }
    var keyMove: String { get }

    // Review & complete
    var reviewTitle: String { get }
    var reviewStatus: String { get }
    var reviewAnswers: String { get }
    var reviewRecommendations: String { get }
    var reviewMissingTitle: String { get }
    func reviewUnanswered(count: Int, codes: String) -> String
    func reviewNonCompliantWithoutRecommendation(count: Int, codes: String) -> String
    func reviewMissingFields(_ names: String) -> String
    var reviewNothingMissing: String { get }
    func reviewCompletedAt(_ time: String) -> String
    func reviewReopenedBecause(_ reason: String) -> String
    var reviewConfirmTitle: String { get }
    var reviewConfirmMessage: String { get }
    var reviewCompleteButton: String { get }
    /// The explicit choice in the gaps dialog (not the default) and the safe default.
    var reviewLockWithGapsButton: String { get }
    var reviewBackToFillButton: String { get }
    /// Completing with nothing missing still asks: it locks the visit.
    var reviewCompleteTitle: String { get }
    func reviewCompleteMessage(enterprise: String, date: String) -> String
    var reviewCompletedWithGaps: String { get }
    var reviewReopenTitle: String { get }
    var reviewReopenMessage: String { get }
    var reviewReopenPlaceholder: String { get }
    var reviewReopenRequired: String { get }
    var reviewReopenButton: String { get }
    var reviewCompletedNotice: String { get }
    var reviewReopenedNotice: String { get }
    var keyComplete: String { get }
    var keyReopen: String { get }
    /// Joins a list for display ("、" in Chinese, ", " in English).
    var listSeparator: String { get }
    /// Between a label and its text ("法律依据：…", "Legal basis: …").
    var labelSeparator: String { get }
}
