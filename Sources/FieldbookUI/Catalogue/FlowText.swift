/// Strings for the shortcuts that save keys on a visit (docs/visit-screens.md): findings without
/// a recommendation, recommendations for all of them at once, a whole section not applicable.
public protocol FlowText {
    var keyNextUnrecommended: String { get }
    var keyRecommendAll: String { get }
    var keySectionNotApplicable: String { get }
    /// Every non-compliant item already has a recommendation.
    var checklistAllRecommended: String { get }
    func checklistRecommendedAll(count: Int) -> String
    var sectionNotApplicableTitle: String { get }
    func sectionNotApplicableQuestion(section: String, unanswered: Int, answered: Int) -> String
    var sectionNotApplicableConfirm: String { get }
    var sectionNothingToMark: String { get }
    /// The deadline written in the recommendation's text ("30日内") offered for the deadline field.
    func deadlineFromText(_ date: String) -> String
    var keyUseDeadlineFromText: String { get }
}
