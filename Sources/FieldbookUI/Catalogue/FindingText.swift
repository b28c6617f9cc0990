import FieldbookCore

/// Strings of the figures a non-compliant finding records and of the risk floors (the checklist).
public protocol FindingText {
    var checklistFigures: String { get }
    var checklistFiguresMissing: String { get }
    var checklistFiguresPlaceholder: String { get }
    var checklistRiskBasis: String { get }
    var keyFigures: String { get }
    var checklistFiguresNeedNonCompliant: String { get }
    var checklistFiguresNotAsked: String { get }
    /// The figures to type, in order, e.g. "涉及人数 / 涉及金额（元）".
    func checklistFiguresPrompt(_ names: [String]) -> String
    func checklistFiguresBadInput(_ part: String, expected: Int) -> String
    /// The first Esc on figures that are not numbers: why, and that Esc again leaves (kept as a draft).
    func checklistFiguresEscapeRefused(_ part: String) -> String
    /// "整改期限：3个工作日（不含周末和法定节假日）" on the recommendation form.
    func rectificationPeriodLine(_ period: String) -> String
}
