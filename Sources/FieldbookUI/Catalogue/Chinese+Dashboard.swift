extension Chinese {
    public var dashboardTitle: String { "工作台" }
    public func dashboardGreeting(name: String, date: String) -> String { "\(name)，您好。今天是 \(date)。" }
    public func dashboardToday(count: Int) -> String { "今日走访（\(count)）" }
    public var dashboardNoVisitsToday: String { "今天还没有走访。按 e 查找企业后开始走访。" }
    public func dashboardDrafts(count: Int) -> String { "待完成的草稿（\(count)）" }
    public var dashboardNoDrafts: String { "没有未完成的草稿。" }
    public var dashboardFollowUps: String { "整改跟进" }
    public func dashboardOverdue(_ count: Int) -> String { "已逾期 \(count) 项" }
    public func dashboardDueSoon(_ count: Int, days: Int) -> String { "\(days) 天内到期 \(count) 项" }
    public var dashboardExport: String { "数据导出" }
    public func dashboardNotExported(_ count: Int) -> String { "未导出的走访 \(count) 条" }
    public func dashboardLastExport(_ time: String) -> String { "上次导出 \(time)" }
    public var dashboardNeverExported: String { "尚未导出过" }
    public var dashboardCounting: String { "正在统计…" }
    public var keyOpenDraft: String { "打开草稿" }
    public var keyEnterprises: String { "企业名录" }
    public var keyNewEnterprise: String { "新增企业" }
    public var keyFollowUps: String { "整改跟进" }
    public var keyMoveSelection: String { "选择" }
}
