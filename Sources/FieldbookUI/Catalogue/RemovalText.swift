import FieldbookCore

/// Strings of deleting a draft and voiding (作废) a completed or exported record.
public protocol RemovalText {
    /// The key hint of Del: what it does to the selected record.
    var keyDelete: String { get }
    var keyVoid: String { get }
    func deleteVisitTitle() -> String
    func deleteVisitMessage(enterprise: String, date: String, answers: Int, recommendations: Int) -> String
    func deleteRecommendationTitle() -> String
    func deleteRecommendationMessage(text: String) -> String
    var deleteButton: String { get }
    var keepButton: String { get }
    func voidVisitTitle() -> String
    func voidVisitMessage(enterprise: String, date: String, recommendations: Int) -> String
    func voidRecommendationTitle() -> String
    func voidRecommendationMessage(text: String) -> String
    var voidButton: String { get }
    var voidPlaceholder: String { get }
    var voidRequired: String { get }
    var visitDeleted: String { get }
    var recommendationDeleted: String { get }
    var visitVoided: String { get }
    var recommendationVoided: String { get }
    /// The status word of a voided record in lists.
    var voidedLabel: String { get }
    /// "已作废：原因（张三，2026-12-05）" — the reason, who and when, in every list and detail.
    func voidedLine(reason: String, by: String, on: String) -> String
    /// On a voided visit's screens: why nothing can be changed.
    var visitVoidedNote: String { get }
    var recommendationVoidedNote: String { get }
    /// Del on a voided record.
    var alreadyVoided: String { get }
    /// `d` on a voided visit's review.
    var voidedNoDocuments: String { get }
}
