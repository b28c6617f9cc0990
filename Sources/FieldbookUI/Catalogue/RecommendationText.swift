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
    var keyMarkVerified: String { get }
    var keyReopenRecommendation: String { get }
    func recommendationsHeading(enterprise: String, date: String) -> String
    func statusChanged(to status: String) -> String
    // Confirming a status change, and taking one back with a reason.
    var statusConfirmTitle: String { get }
    /// `dates`: what gets stamped (or cleared), already phrased, e.g. "核验日期记为 2026-11-29".
    func statusConfirmMessage(text: String, from: String, to: String, dates: String) -> String
    func statusStamp(rectified: String?, verified: String?) -> String
    var statusClearsRectified: String { get }
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
    func verifiedOn(_ date: String) -> String
    // Follow-ups across enterprises.
    var followUpsTitle: String { get }
    var followUpsEmpty: String { get }
    var keyNextScope: String { get }
    var keyOpenEnterprise: String { get }
    func daysOverdue(_ days: Int) -> String
    func dueIn(_ days: Int) -> String
}
