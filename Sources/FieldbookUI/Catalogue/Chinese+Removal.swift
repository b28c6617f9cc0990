extension Chinese {
    public var keyDelete: String { "删除" }
    public var keyVoid: String { "作废" }
    public func deleteVisitTitle() -> String { "删除草稿走访" }
    public func deleteVisitMessage(enterprise: String, date: String, answers: Int, recommendations: Int) -> String {
        "删除\(enterprise) \(date)的草稿走访？其\(answers)项检查结果和\(recommendations)条意见建议一并删除。该草稿尚未导出，删除记入审计日志并随下次导出报送总部。"
    }
    public func deleteRecommendationTitle() -> String { "删除意见建议" }
    public func deleteRecommendationMessage(text: String) -> String {
        "删除意见建议“\(text)”？它尚未导出，删除记入审计日志并随下次导出报送总部。"
    }
    public var deleteButton: String { "删除" }
    public var keepButton: String { "不删除" }
    public func voidVisitTitle() -> String { "作废走访" }
    public func voidVisitMessage(enterprise: String, date: String, recommendations: Int) -> String {
        "\(enterprise) \(date)的走访已完成或已导出，不能删除，只能作废：记录保留并标明作废（何人、何时、原因），\(recommendations)条意见建议一并作废，随下次导出报送总部，不再计入统计和风险等级，也不能再修改。"
    }
    public func voidRecommendationTitle() -> String { "作废意见建议" }
    public func voidRecommendationMessage(text: String) -> String {
        "意见建议“\(text)”已完成或已导出，不能删除，只能作废：记录保留并标明作废（何人、何时、原因），随下次导出报送总部，不再计入统计，也不能再修改。"
    }
    public var voidButton: String { "作废" }
    public var voidPlaceholder: String { "作废原因（必填）" }
    public var voidRequired: String { "请填写作废原因" }
    public var visitDeleted: String { "草稿走访已删除" }
    public var recommendationDeleted: String { "意见建议已删除" }
    public var visitVoided: String { "走访已作废" }
    public var recommendationVoided: String { "意见建议已作废" }
    public var voidedLabel: String { "已作废" }
    public func voidedLine(reason: String, by: String, on: String) -> String {
        "已作废：\(reason)（\(by.isEmpty ? "" : by + "，")\(on)）"
    }
    public var visitVoidedNote: String { "本次走访已作废，仅供查看，不计入统计，不能修改。" }
    public var recommendationVoidedNote: String { "该意见建议已作废，仅供查看，不能修改。" }
    public var alreadyVoided: String { "该记录已作废" }
    public var voidedNoDocuments: String { "该走访已作废，不能打印文书" }
}
