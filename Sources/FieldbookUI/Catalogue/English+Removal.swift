extension English {
    public var keyDelete: String { "delete" }
    public var keyVoid: String { "void" }
    public func deleteVisitTitle() -> String { "Delete draft visit" }
    public func deleteVisitMessage(enterprise: String, date: String, answers: Int, recommendations: Int) -> String {
        "Delete the draft visit to \(enterprise) of \(date)? Its \(answers) answers and \(recommendations) recommendations go with it. It was never exported; the deletion is audited and reaches headquarters with the next export."
    }
    public func deleteRecommendationTitle() -> String { "Delete recommendation" }
    public func deleteRecommendationMessage(text: String) -> String {
        "Delete the recommendation \"\(text)\"? It was never exported; the deletion is audited and reaches headquarters with the next export."
    }
    public var deleteButton: String { "Delete" }
    public var keepButton: String { "Keep it" }
    public func voidVisitTitle() -> String { "Void visit" }
    public func voidVisitMessage(enterprise: String, date: String, recommendations: Int) -> String {
        "The visit to \(enterprise) of \(date) is completed or exported, so it cannot be deleted, only voided: it stays, marked voided (who, when, why), with its \(recommendations) recommendations; it goes to headquarters with the next export, no longer counts in any figure or risk level, and can no longer be changed."
    }
    public func voidRecommendationTitle() -> String { "Void recommendation" }
    public func voidRecommendationMessage(text: String) -> String {
        "The recommendation \"\(text)\" is completed or exported, so it cannot be deleted, only voided: it stays, marked voided (who, when, why), goes to headquarters with the next export, no longer counts, and can no longer be changed."
    }
    public var voidButton: String { "Void" }
    public var voidPlaceholder: String { "Reason for voiding (required)" }
    public var voidRequired: String { "Give the reason for voiding" }
    public var visitDeleted: String { "Draft visit deleted" }
    public var recommendationDeleted: String { "Recommendation deleted" }
    public var visitVoided: String { "Visit voided" }
    public var recommendationVoided: String { "Recommendation voided" }
    public var voidedLabel: String { "voided" }
    public func voidedLine(reason: String, by: String, on: String) -> String {
        "Voided: \(reason) (\(by.isEmpty ? "" : by + ", ")\(on))"
    }
    public var visitVoidedNote: String { "This visit is voided: read-only, and counted nowhere." }
    public var recommendationVoidedNote: String { "This recommendation is voided: read-only." }
    public var alreadyVoided: String { "This record is voided" }
    public var voidedNoDocuments: String { "This visit is voided: its documents cannot be printed" }
}
