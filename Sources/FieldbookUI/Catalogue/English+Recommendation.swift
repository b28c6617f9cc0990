extension English {
    public var recommendationsTitle: String { "Recommendations" }
    public var recommendationsEmpty: String { "No recommendations for this visit yet. Press n, or write one from a non-compliant item of the checklist." }
    public var recommendationsLocked: String { "The visit is completed: the content is locked; rectification, re-checks and referral can still be recorded." }
    public var columnText: String { "Text" }
    public var columnItems: String { "Items" }
    public var columnPriority: String { "Priority" }
    public var columnDeadline: String { "Deadline" }
    public var columnStatus: String { "Status" }
    public var columnEnterprise: String { "Enterprise" }
    public var columnDaysOverdue: String { "Due" }
    public var keyNewRecommendation: String { "new" }
    public var keyOpen: String { "open" }
    public var keyMarkRectified: String { "rectified" }
    public var keyMarkClosed: String { "close (re-checked)" }
    public var keyRecheckFailed: String { "re-check failed" }
    public var keyRefer: String { "refer (overdue)" }
    public func recommendationsHeading(enterprise: String, date: String) -> String { "\(enterprise) · visit of \(date)" }
    public func statusChanged(to status: String) -> String { "Status is now: \(status)" }
    public var statusConfirmTitle: String { "Change the status?" }
    public func statusConfirmMessage(text: String, from: String, to: String, dates: String) -> String {
        "Change \"\(text)\" from \(from) to \(to)? \(dates)"
    }
    public func statusStamp(rectified: String?, closed: String?) -> String {
        var parts: [String] = []
        if let rectified { parts.append("Rectified on \(rectified)") }
        if let closed { parts.append("closed on \(closed) after the re-check") }
        return parts.isEmpty ? "" : parts.joined(separator: "; ") + "."
    }
    public var evidenceOptional: String { " What the enterprise sent (optional):" }
    public var evidenceNeeded: String { " The rectification evidence (not needed when it is attached):" }
    public var evidencePlaceholder: String { "e.g. re-checked on site: 80 contracts signed" }
    public func recheckFailedStamp(date: String) -> String { "Re-checked on \(date); a new deadline is set. New deadline:" }
    public var newDeadlinePlaceholder: String { "YYYY-MM-DD" }
    public var newDeadlineRequired: String { "A new deadline is required" }
    public func referralStamp(date: String, deadline: String) -> String {
        "The deadline \(deadline) has passed without rectification; referred on \(date). Referred to:"
    }
    public var referralDefaultTarget: String { "labour inspection (case filing)" }
    public var referralPlaceholder: String { "where it is referred, e.g. labour inspection" }
    public var referralRequired: String { "Say where it is referred" }
    public var statusConfirmButton: String { "Change" }
    public var keyRevertStatus: String { "take status back" }
    public var statusRevertTitle: String { "Take the status back" }
    public func statusRevertMessage(text: String, from: String, to: String) -> String {
        "Take \"\(text)\" back from \(from) to \(to), clearing its date. The reason (audited and exported):"
    }
    public var statusRevertButton: String { "Take back" }
    public var statusRevertPlaceholder: String { "reason, e.g. closed by mistake" }
    public var statusRevertRequired: String { "A reason is required" }
    public func statusReverted(to status: String) -> String { "Status taken back to: \(status)" }
    public var newRecommendationTitle: String { "New recommendation" }
    public var recommendationTitle: String { "Recommendation" }
    public var recommendationText: String { "Text" }
    public var recommendationTextPlaceholder: String { "The problem found, its legal basis and what must be done" }
    public var recommendationNoItems: String { "none (not linked to an item)" }
    public var recommendationPriority: String { "Priority" }
    public var recommendationDeadline: String { "Deadline" }
    public var recommendationStatus: String { "Status" }
    public var recommendationTextRequired: String { "Please write the recommendation" }
    public var recommendationReadOnly: String { "The visit is completed; the content cannot change (reopen the visit to edit it)" }
    public var recommendationNotSavedYet: String { "(record rectification once saved)" }
    public var recommendationSaved: String { "Saved" }
    public var dateMalformed: String { "Use the form YYYY-MM-DD" }
    public var dateNoSuchDay: String { "There is no such day" }
    public func deadlineBeforeVisit(_ visitDate: String) -> String { "The deadline cannot be before the visit (\(visitDate))" }
    public var keyChoose: String { "←/→ to choose" }
    public func deadlineDefaults(high: Int, medium: Int, low: Int) -> String {
        "default: high \(high) d, medium \(medium) d, low \(low) d"
    }
    public func legalBasisLine(_ basis: String) -> String { "Legal basis: \(basis)" }
    public func linkedItems(_ items: String) -> String { "Items: \(items)" }
    public func recommendationPrefill(item: String, basis: String) -> String { "\(item) (legal basis: \(basis)). Required: " }
    public var itemListSeparator: String { "; " }
    public func rectifiedOn(_ date: String) -> String { "rectified \(date)" }
    public func closedOn(_ date: String) -> String { "closed \(date)" }
    public func recheckFailedOn(_ date: String) -> String { "re-check failed \(date)" }
    public func referredOn(_ date: String, to: String) -> String { "referred \(date) to \(to)" }
    public func evidenceLine(_ note: String) -> String { "evidence: \(note)" }
    public var followUpsTitle: String { "Follow-ups" }
    public var followUpsEmpty: String { "Nothing to follow up." }
    public var keyNextScope: String { "next list" }
    public var keyOpenEnterprise: String { "enterprise" }
    public func daysOverdue(_ days: Int) -> String { days == 1 ? "1 day overdue" : "\(days) days overdue" }
    public func dueIn(_ days: Int) -> String { days == 0 ? "due today" : days == 1 ? "due tomorrow" : "due in \(days) d" }
    public func keyNextRecommendation(_ position: Int, _ total: Int) -> String { "next \(position)/\(total)" }
    public var keyRecommendationsDone: String { "to the list" }
}
