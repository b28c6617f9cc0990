extension English {
    public var keyNextUnrecommended: String { "next w/o rec." }
    public var keyRecommendAll: String { "recommend all" }
    public var keySectionNotApplicable: String { "section N/A" }
    public var checklistAllRecommended: String { "Every non-compliant item has a recommendation" }
    public func checklistRecommendedAll(count: Int) -> String {
        "\(count) recommendation\(count == 1 ? "" : "s") written from the findings: check each one"
    }
    public var sectionNotApplicableTitle: String { "Whole section not applicable" }
    public func sectionNotApplicableQuestion(section: String, unanswered: Int, answered: Int) -> String {
        let kept = answered == 0 ? "" : " The \(answered) answered stay as they are."
        return "Mark the \(unanswered) unchecked item\(unanswered == 1 ? "" : "s") of “\(section)” not applicable?\(kept)"
    }
    public var sectionNotApplicableConfirm: String { "Mark N/A" }
    public var sectionNothingToMark: String { "Nothing unchecked in this section" }
    public func deadlineFromText(_ date: String) -> String { "From the text: \(date) (F3 uses it)" }
    public var keyUseDeadlineFromText: String { "use text's deadline" }
}
