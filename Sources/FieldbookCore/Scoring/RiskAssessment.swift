/// The result of scoring one visit's answers.
public struct RiskAssessment: Sendable, Hashable {
    /// Weighted non-compliance in percent (0...100); nil when no applicable item is answered.
    public var score: Double?
    public var level: RiskLevel
    /// Items answered compliant or non-compliant (N/A and unanswered excluded).
    public var assessedItems: Int
    public var nonCompliantItems: Int
    public var notApplicableItems: Int
    /// Items of the checklist with no answer yet.
    public var unansweredItems: Int
    public var totalItems: Int
    /// Codes of non-compliant critical items (any one forces `major`).
    public var criticalFailures: [String]

    /// Answered (including N/A) out of all items: the progress the checklist shows.
    public var answeredItems: Int { totalItems - unansweredItems }
}
