extension Chinese {
    public var keyNextUnrecommended: String { "下一待建议" }
    public var keyRecommendAll: String { "全部生成建议" }
    public var keySectionNotApplicable: String { "整节不适用" }
    public var checklistAllRecommended: String { "所有不符合项均已有意见建议" }
    public func checklistRecommendedAll(count: Int) -> String { "已为 \(count) 个不符合项生成意见建议，请逐条核对" }
    public var sectionNotApplicableTitle: String { "整节标为不适用" }
    public func sectionNotApplicableQuestion(section: String, unanswered: Int, answered: Int) -> String {
        let kept = answered == 0 ? "" : "已作答的 \(answered) 项保持不变。"
        return "将「\(section)」中未查的 \(unanswered) 项标为不适用？\(kept)"
    }
    public var sectionNotApplicableConfirm: String { "标为不适用" }
    public var sectionNothingToMark: String { "本节没有未查的检查项" }
    public func deadlineFromText(_ date: String) -> String { "按正文期限：\(date)（F3 采用）" }
    public var keyUseDeadlineFromText: String { "采用正文期限" }
}
