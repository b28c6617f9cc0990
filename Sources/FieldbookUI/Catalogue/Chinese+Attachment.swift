extension Chinese {
    public var attachmentsTitle: String { "附件" }
    public var keyAttach: String { "附加文件" }
    public var keyAttachments: String { "附件" }
    public var keyOpenAttachment: String { "打开" }
    public var keyDetach: String { "移除" }
    public var chooserTitleVisit: String { "附加到本次走访" }
    public func chooserTitleItem(_ code: String) -> String { "附加到检查项 \(code)" }
    public func chooserTitleRecommendation(_ text: String) -> String { "附加到意见建议：\(text)" }
    public var chooserPath: String { "路径" }
    public var chooserName: String { "名称" }
    public var chooserSize: String { "大小" }
    public var chooserModified: String { "修改时间" }
    public var chooserFolder: String { "文件夹" }
    public var chooserParent: String { "上一级" }
    public var chooserHints: String { "空格 选择 · Enter 确定 · Tab 补全/切换 · ← 上一级 · Esc 取消" }
    public var chooserEmpty: String { "（空文件夹）" }
    public func chooserChosen(_ count: Int) -> String { "已选 \(count) 个" }
    public func chooserCannotRead(_ path: String) -> String { "无法读取 \(path)" }
    public var chooserNoMatch: String { "没有以此开头的文件" }
    public func chooserMatches(_ count: Int) -> String { "\(count) 个匹配" }
    public func chooserNotFound(_ path: String) -> String { "找不到 \(path)" }
    public func captionPrompt(_ count: Int) -> String { "为这 \(count) 个文件写一句说明（可不填）：" }
    public var captionPlaceholder: String { "如：未张贴工资支付公示" }
    public var captionHints: String { "Enter 附加 · Esc 取消" }
    public func attachedNotice(_ count: Int) -> String { "已附加 \(count) 个文件" }
    public var attachmentsNone: String { "还没有附件。按 a 附加照片或扫描件。" }
    public var attachmentsOnVisit: String { "走访" }
    public func attachmentsOnItem(_ code: String) -> String { "检查项 \(code)" }
    public var attachmentsOnRecommendation: String { "意见建议" }
    public func attachmentsDetached(_ reason: String) -> String { "已移除：\(reason)" }
    public func attachmentsCount(_ count: Int) -> String { "\(count) 个" }
    public var attachmentsLabel: String { "附件" }
    public func openingNotice(_ name: String) -> String { "正在打开 \(name)" }
    public var noOpener: String { "本机没有可打开文件的程序（xdg-open），文件仍在附件中" }
    public var fileNotHere: String { "该附件的文件不在本机（可能已随导出移除）" }
    public var detachTitle: String { "移除附件" }
    public func detachMessage(_ name: String) -> String { "移除“\(name)”？记录会保留并随导出报送总部，请写明原因。" }
    public var detachButton: String { "移除" }
    public var detachPlaceholder: String { "移除原因" }
    public var detachRequired: String { "请写明移除原因" }
    public var detachedNotice: String { "已移除附件" }
    public var keyAttachProof: String { "佐证" }
}
