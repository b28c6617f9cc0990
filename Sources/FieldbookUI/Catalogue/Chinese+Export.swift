extension Chinese {
    public var exportTitle: String { "导出" }
    public var exportIntro: String { "把自上次导出以来的全部变更写成一个签名文件，交给总部（U 盘、邮件或上传）。导出后记录仍可修改，修改会随下次导出发出。" }
    public var exportPending: String { "本次将导出：" }
    public var exportNothingPending: String { "自上次导出以来没有新的变更。" }
    public func exportLastExport(_ when: String) -> String { "上次导出：\(when)" }
    public var exportNever: String { "尚未导出过" }
    public var exportDirectory: String { "保存到" }
    public var exportStart: String { "开始导出" }
    public var exportRunning: String { "正在导出" }
    public var exportDone: String { "导出完成" }
    public var exportFailed: String { "导出未完成，数据未丢失：" }
    public func exportSize(_ size: String) -> String { "大小：\(size)" }
    public var keyExport: String { "导出" }
    public var exportKindVisits: String { "走访" }
    public var exportKindAnswers: String { "检查项" }
    public var exportKindRecommendations: String { "意见建议" }
    public var exportKindEnterprises: String { "企业" }
    public var exportKindAuditEvents: String { "修改记录" }
    public var exportKindDeletions: String { "删除" }
    public func exportDirectoryMissing(_ path: String) -> String { "目录 \(path) 不存在，请先创建或填写其他目录。" }
    public func exportDirectoryNotWritable(_ path: String) -> String { "无法写入目录 \(path)（只读或没有权限），请换一个目录。" }
    public func exportNotADirectory(_ path: String) -> String { "\(path) 不是目录，请填写一个目录。" }
    public func exportDiskFull(_ path: String) -> String { "磁盘空间不足，无法写入 \(path)。请腾出空间或换一个磁盘后重试。" }
    public func exportBundleNumber(_ sequence: Int) -> String { "第 \(sequence) 号" }
    public var exportKindAttachments: String { "附件" }
    public var exportScope: String { "导出范围" }
    public var exportScopeChanges: String { "新的变更" }
    public var exportScopeDay: String { "重发某一天的走访" }
    public var exportScopeAll: String { "全部重新导出" }
    public var exportDayLabel: String { "日期" }
    public var exportDayInvalid: String { "请填写要重发的日期，如 2026-11-28。" }
    public var exportNothingNew: String { "自上次导出以来没有新的变更，无需导出，未生成文件。" }
    public func exportNothingOnDay(_ day: String) -> String { "\(day) 没有可重发的走访记录，未生成文件。" }
    public var exportHistoryTitle: String { "历次导出" }
    public var exportHistoryNone: String { "尚无导出记录" }
    public var exportColumnWhen: String { "时间" }
    public var exportColumnNumber: String { "编号" }
    public var exportColumnHeld: String { "内容" }
    public var exportColumnSize: String { "大小" }
    public var exportColumnState: String { "状态" }
    public var exportColumnFile: String { "文件" }
    public var exportStatePublished: String { "已发布" }
    public var exportStatePending: String { "待补完" }
    public func exportHeld(visits: Int, records: Int, attachments: Int) -> String {
        "走访 \(visits) · 记录 \(records)" + (attachments > 0 ? " · 附件 \(attachments)" : "")
    }
    public var exportScopeShortAll: String { "全部" }
    public func exportScopeShortDay(_ day: String) -> String { "重发 \(day)" }
    public var keyScrollHistory: String { "翻看历次导出" }
}
