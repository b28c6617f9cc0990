extension English {
    public var checklistFigures: String { "Affected" }
    public var checklistFiguresMissing: String { "(no workers, amount or months recorded: press f; a major verdict depends on them)" }
    public var checklistFiguresPlaceholder: String { "separate with spaces or /; leave empty for none; Enter saves, Esc cancels" }
    public var checklistRiskBasis: String { "Risk basis" }
    public var keyFigures: String { "figures" }
    public var checklistFiguresNeedNonCompliant: String { "mark the item non-compliant before recording workers, amount or months" }
    public var checklistFiguresNotAsked: String { "this item records no workers, amount or months" }
    public func checklistFiguresPrompt(_ names: [String]) -> String { names.joined(separator: " / ") }
    public func checklistFiguresBadInput(_ part: String, expected: Int) -> String {
        "\"\(part)\" is not a whole number of zero or more; type up to \(expected) numbers in order"
    }
    public func checklistFiguresEscapeRefused(_ part: String) -> String { "\"\(part)\" is not a number; Esc again leaves, kept as a draft" }
    public func rectificationPeriodLine(_ period: String) -> String { "Period: \(period)" }
}
