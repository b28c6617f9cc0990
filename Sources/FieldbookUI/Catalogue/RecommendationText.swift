/// The recommendations of a visit, the recommendation form and the follow-up list.
public protocol RecommendationText {
    // The list of one visit's recommendations.
    var recommendationsTitle: String { get }
    var recommendationsEmpty: String { get }
    var recommendationsLocked: String { get }
    var columnText: String { get }
    var columnItems: String { get }
    var columnPriority: String { get }
    var columnDeadline: String { get }
    var columnStatus: String { get }
    var columnEnterprise: String { get }
    var columnDaysOverdue: String { get }
    var keyNewRecommendation: String { get }
    var keyOpen: String { get }
    var keyMarkRectified: String { get }
    /// 复查销号: closing after a re-check, with evidence.
    var keyMarkClosed: String { get }
    var keyRecheckFailed: String { get }
    var keyRefer: String { get }
    func recommendationsHeading(enterprise: String, date: String) -> String
    func statusChanged(to status: String) -> String
    // Confirming a status change, and taking one back with a reason.
    var statusConfirmTitle: String { get }
    /// `dates`: what gets stamped, already phrased, e.g. "销号日期记为 2026-11-29", and what to type.
    func statusConfirmMessage(text: String, from: String, to: String, dates: String) -> String
    func statusStamp(rectified: String?, closed: String?) -> String
    /// After the stamp of a rectification: the evidence is optional.
    var evidenceOptional: String { get }
    /// After the stamp of a closing: the evidence is needed (a note, or an attachment).
    var evidenceNeeded: String { get }
    var evidencePlaceholder: String { get }
    func recheckFailedStamp(date: String) -> String
    var newDeadlinePlaceholder: String { get }
    var newDeadlineRequired: String { get }
    func referralStamp(date: String, deadline: String) -> String
    var referralDefaultTarget: String { get }
    var referralPlaceholder: String { get }
    var referralRequired: String { get }
    var statusConfirmButton: String { get }
    var keyRevertStatus: String { get }
    var statusRevertTitle: String { get }
    func statusRevertMessage(text: String, from: String, to: String) -> String
    var statusRevertButton: String { get }
    var statusRevertPlaceholder: String { get }
    var statusRevertRequired: String { get }
    func statusReverted(to status: String) -> String
    // The form.
    var newRecommendationTitle: String { get }
    var recommendationTitle: String { get }
    var recommendationText: String { get }
    var recommendationTextPlaceholder: String { get }
    var recommendationNoItems: String { get }
    var recommendationPriority: String { get }
    var recommendationDeadline: String { get }
    var recommendationStatus: String { get }
    var recommendationTextRequired: String { get }
    var recommendationReadOnly: String { get }
    var recommendationNotSavedYet: String { get }
    var recommendationSaved: String { get }
    var dateMalformed: String { get }
    var dateNoSuchDay: String { get }
    /// A deadline before the visit it comes from.
    func deadlineBeforeVisit(_ visitDate: String) -> String
    var keyChoose: String { get }
    func deadlineDefaults(high: Int, medium: Int, low: Int) -> String
    func legalBasisLine(_ basis: String) -> String
    func linkedItems(_ items: String) -> String
    func recommendationPrefill(item: String, basis: String) -> String
    /// Between the names in a list of items ("；" / "; ").
    var itemListSeparator: String { get }
    func rectifiedOn(_ date: String) -> String
    func closedOn(_ date: String) -> String
    func recheckFailedOn(_ date: String) -> String
    func referredOn(_ date: String, to: String) -> String
    func evidenceLine(_ note: String) -> String
    // Follow-ups across enterprises.
    var followUpsTitle: String { get }
    var followUpsEmpty: String { get }
    var keyNextScope: String { get }
    var keyOpenEnterprise: String { get }
    func daysOverdue(_ days: Int) -> String
    func dueIn(_ days: Int) -> String
    func keyNextRecommendation(_ position: Int, _ total: Int) -> String
    var keyRecommendationsDone: String { get }
}
