extension English {
    public var visitFormTitle: String { "Visit" }
    public var visitFieldEnterprise: String { "Enterprise" }
    public var visitFieldDate: String { "Date" }
    public var visitFieldType: String { "Type" }
    public var visitFieldStart: String { "Start" }
    public var visitFieldEnd: String { "End" }
    public var visitFieldInspectors: String { "Inspectors" }
    public var visitFieldPersonsMet: String { "Met" }
    public var visitFieldEmployees: String { "Employees" }
    public var visitFieldContracts: String { "Contracts" }
    public var visitFieldInsured: String { "Insured" }
    public var visitFieldDispatched: String { "Dispatched" }
    public var visitFieldMigrant: String { "Migrant" }
    public var visitFieldAttendees: String { "Attendees" }
    public var visitFieldNotes: String { "Notes" }
    public var visitEnterprisePlaceholder: String { "search: name, pinyin initials, credit code" }
    public var visitInspectorsPlaceholder: String { "separate names with commas" }
    public var visitPersonsMetPlaceholder: String { "names and roles" }
    public var visitAttendeesHint: String { "for policy briefings" }
    public var visitNotesPlaceholder: String { "what you saw, problems found…" }
    public var visitNoMatches: String { "No matching enterprise" }
    public var visitChoiceHint: String { "←/→ to choose, Enter lists every type" }
    public func visitDispatchShare(percent: String) -> String { "dispatched \(percent)% (limit 10%)" }
    public func visitDispatchOverLimit(percent: String) -> String { "⚠ \(percent)% dispatched, over the 10% limit" }
    public var visitLockedNote: String { "This visit is completed and locked (read-only). To change it, reopen it with a reason in the review (F7)." }
    public var visitUnsavedField: String { "A field could not be saved: correct it as shown, or press Esc again to leave it as a draft" }
    public func visitUnsavedFieldSwitch(key: String) -> String {
        "A field could not be saved: correct it as shown, or press \(key) again to leave it as a draft"
    }
    public var problemNotANumber: String { "Enter a whole number, 0 or more" }
    public var problemTime: String { "Use hours:minutes, e.g. 09:30" }
    public var problemDateMalformed: String { "Use year-month-day, e.g. 2026-03-08" }
    public var problemDateNoSuchDay: String { "There is no such day in the calendar" }
    public var problemDateRequired: String { "The visit date is required" }
    public func problemDateAfterToday(_ today: String) -> String { "Not saved: after today (\(today))" }
    public var futureDateTitle: String { "Visit date after today" }
    public func futureDateMessage(date: String, today: String) -> String {
        "The visit date \(date) is after today (\(today)). A visit is recorded on the day or afterwards: check the date."
    }
    public var futureDateKeep: String { "Keep this date" }
    public var futureDateFix: String { "Go back and fix it" }
    public var problemEnterpriseNotChosen: String { "Choose an enterprise from the list with ↑↓ and Enter" }
    public func problemExceedsEmployees(_ employees: Int) -> String { "cannot exceed employees (\(employees))" }
    public func problemBelowFigure(_ name: String, _ value: Int) -> String { "cannot be below \(name.lowercased()) (\(value))" }
    public var keyChecklist: String { "checklist" }
    public var keyRecommendations: String { "recommendations" }
    public var keyReview: String { "review" }
    public var keyVisitForm: String { "visit form" }
    public var keyChooseEnterprise: String { "choose enterprise" }
    public var keyPreviousField: String { "previous field" }

    public var checklistTitle: String { "Checklist" }
    public func checklistProgress(answered: Int, total: Int) -> String { "\(answered)/\(total) checked" }
    public var checklistScore: String { "Score" }
    public var checklistRisk: String { "Risk" }
    public var checklistLegalBasis: String { "Legal basis" }
    public var checklistGuidance: String { "What to check" }
    public var checklistNote: String { "Note" }
    public var checklistNoNote: String { "(no note: press e to add one)" }
    public var checklistNotePlaceholder: String { "type a note; Enter or Esc saves" }
    public var checklistCritical: String { "Critical: non-compliance makes the risk major" }
    public var checklistAllAnswered: String { "Every item is answered" }
    public func checklistFindingHint(code: String) -> String { "\(code) non-compliant: e note, r recommend, t refer, ↓ next" }
    public func checklistNoteTitle(code: String, item: String) -> String { "Note · \(code) \(item)" }
    public var checklistRecommendNeedsNonCompliant: String { "Recommendations are for non-compliant items: mark the item non-compliant (n) first" }
    public var checklistReadOnly: String { "completed (read-only)" }
    public var visitLockedShort: String { "This visit is completed and locked: reopen it in the review to change it" }
    public var keyCompliant: String { "compliant" }
    public var keyNonCompliant: String { "non-compliant" }
    public var keyNotApplicable: String { "N/A" }
    public var keyClearAnswer: String { "clear" }
    public var keyNextUnanswered: String { "next unchecked" }
    public var keyNote: String { "note" }
    public var keySaveNote: String { "save note" }
    public var keyRecommend: String { "recommend" }
    public var keyMove: String { "move" }

    public var reviewTitle: String { "Review & complete" }
    public var reviewStatus: String { "Status" }
    public var reviewAnswers: String { "Findings" }
    public var reviewRecommendations: String { "Recommendations" }
    public var reviewMissingTitle: String { "Still missing" }
    public func reviewUnanswered(count: Int, codes: String) -> String {
        "\(count) \(count == 1 ? "item" : "items") not checked: \(codes)"
    }
    public func reviewNonCompliantWithoutRecommendation(count: Int, codes: String) -> String {
        "\(count) non-compliant \(count == 1 ? "item has" : "items have") no recommendation: \(codes)"
    }
    public func reviewMissingFields(_ names: String) -> String { "Not filled in: \(names)" }
    public var reviewNothingMissing: String { "Nothing is missing; the visit can be completed." }
    public func reviewCompletedAt(_ time: String) -> String { "Completed and locked at \(time)" }
    public func reviewReopenedBecause(_ reason: String) -> String { "Last reopened because: \(reason)" }
    public var reviewConfirmTitle: String { "Some things are missing" }
    public var reviewConfirmMessage: String { "The following is still missing. Complete and lock the visit anyway? (The gaps are recorded on the visit.)" }
    public var reviewCompleteButton: String { "Complete and lock" }
    public var reviewLockWithGapsButton: String { "Lock anyway, record the gaps" }
    public var reviewBackToFillButton: String { "Go back and fill in" }
    public var reviewCompleteTitle: String { "Complete and lock" }
    public func reviewCompleteMessage(enterprise: String, date: String) -> String {
        "Complete and lock the visit to \(enterprise) on \(date)? Its score is then fixed; changing it needs a reopen with a reason."
    }
    public var reviewCompletedWithGaps: String { "Visit locked; the gaps are recorded on it" }
    public var reviewReopenTitle: String { "Reopen visit" }
    public var reviewReopenMessage: String { "The completed visit will be unlocked for changes. Give the reason; it is recorded in the audit log." }
    public var reviewReopenPlaceholder: String { "reason for reopening" }
    public var reviewReopenRequired: String { "A reason is required" }
    public var reviewReopenButton: String { "Reopen" }
    public var reviewCompletedNotice: String { "Visit completed and locked" }
    public var reviewReopenedNotice: String { "Visit reopened for changes" }
    public var keyComplete: String { "complete" }
    public var keyReopen: String { "reopen" }
    public var listSeparator: String { ", " }
    public var labelSeparator: String { ": " }
}
