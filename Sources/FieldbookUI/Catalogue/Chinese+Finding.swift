extension Chinese {
    public var checklistFigures: String { "涉及" }
    public var checklistFiguresMissing: String { "（未记录涉及人数、金额或月数，按 f 记录；重大风险的认定依赖这些数字）" }
    public var checklistFiguresPlaceholder: String { "用空格或 / 分隔，留空表示不记录；Enter 保存，Esc 取消" }
    public var checklistRiskBasis: String { "风险认定" }
    public var keyFigures: String { "人数金额" }
    public var checklistFiguresNeedNonCompliant: String { "先将该项标为不符合，再记录涉及人数、金额或月数" }
    public var checklistFiguresNotAsked: String { "该检查项不记录涉及人数、金额或月数" }
    public func checklistFiguresPrompt(_ names: [String]) -> String { names.joined(separator: " / ") }
    public func checklistFiguresBadInput(_ part: String, expected: Int) -> String {
        "“\(part)”不是非负整数；请按顺序输入最多\(expected)个数字"
    }
    public func checklistFiguresEscapeRefused(_ part: String) -> String { "“\(part)”不是数字；再按 Esc 离开（保留草稿）" }
    public func rectificationPeriodLine(_ period: String) -> String { "整改期限：\(period)" }
}
