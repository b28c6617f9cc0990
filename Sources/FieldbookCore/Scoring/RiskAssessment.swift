/// The result of scoring one visit's answers.
public struct RiskAssessment: Sendable, Hashable {
    /// Weighted non-compliance in percent (0...100); nil when no applicable item is answered.
    public var score: Double?
    /// The visit's level: the score's level (after the thin-evidence ceiling), raised to the
    /// highest floor.
    public var level: RiskLevel
    /// What the score alone gives, after the thin-evidence ceiling.
    public var scoreLevel: RiskLevel
    /// Every floor the findings impose, highest first (empty when the score decides).
    public var floors: [RiskFloor]
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

    /// The floor that decided the level, when one did (the score's level was lower).
    public var decidingFloor: RiskFloor? {
        guard let first = floors.first, first.level == level, scoreLevel < level else { return nil }
        return first
    }
}

/// One answer as scoring sees it.
public struct ScoredAnswer: Sendable, Hashable {
    public var value: AnswerValue
    public var figures: AnswerFigures

    public init(_ value: AnswerValue, _ figures: AnswerFigures = .none) {
        self.value = value
        self.figures = figures
    }
}
