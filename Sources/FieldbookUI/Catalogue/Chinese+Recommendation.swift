extension Chinese {
    public var recommendationsTitle: String { "意见建议" }
    public var recommendationsEmpty: String { "本次走访尚无意见建议。按 n 新建，或在检查清单中对不符合项撰写。" }
    public var recommendationsLocked: String { "走访已完成：内容已锁定，仍可登记整改、复查和移交。" }
    public var columnText: String { "内容" }
    public var columnItems: String { "检查项" }
    public var columnPriority: String { "优先级" }
    public var columnDeadline: String { "整改期限" }
    public var columnStatus: String { "状态" }
    public var columnEnterprise: String { "企业" }
    public var columnDaysOverdue: String { "期限" }
    public var keyNewRecommendation: String { "新建" }
    public var keyOpen: String { "打开" }
    public var keyMarkRectified: String { "已整改" }
    public var keyMarkClosed: String { "复查销号" }
    public var keyRecheckFailed: String { "复查不合格" }
    public var keyRefer: String { "逾期移交" }
    public func recommendationsHeading(enterprise: String, date: String) -> String { "\(enterprise) · \(date) 走访" }
    public func statusChanged(to status: String) -> String { "状态已改为：\(status)" }
    public var statusConfirmTitle: String { "确认更改整改状态" }
    public func statusConfirmMessage(text: String, from: String, to: String, dates: String) -> String {
        "将“\(text)”从“\(from)”改为“\(to)”？\(dates)"
    }
    public func statusStamp(rectified: String?, closed: String?) -> String {
        var parts: [String] = []
        if let rectified { parts.append("整改日期记为 \(rectified)") }
        if let closed { parts.append("销号日期记为 \(closed)，销号后即结案") }
        return parts.joined(separator: "；") + (parts.isEmpty ? "" : "。")
    }
    public var evidenceOptional: String { "企业报送的整改材料（可不填）：" }
    public var evidenceNeeded: String { "请填写整改佐证（已附佐证材料的可不填）：" }
    public var evidencePlaceholder: String { "例如：复查现场核实，已补签合同80份" }
    public func recheckFailedStamp(date: String) -> String { "复查日期记为 \(date)，重新计算整改期限。新的整改期限：" }
    public var newDeadlinePlaceholder: String { "YYYY-MM-DD" }
    public var newDeadlineRequired: String { "必须填写新的整改期限" }
    public func referralStamp(date: String, deadline: String) -> String {
        "整改期限 \(deadline) 已过仍未整改；移交日期记为 \(date)。移交单位："
    }
    public var referralDefaultTarget: String { "劳动保障监察机构（立案查处）" }
    public var referralPlaceholder: String { "移交单位，例如：劳动保障监察机构" }
    public var referralRequired: String { "必须填写移交单位" }
    public var statusConfirmButton: String { "确认更改" }
    public var keyRevertStatus: String { "撤销状态" }
    public var statusRevertTitle: String { "撤销状态更改" }
    public func statusRevertMessage(text: String, from: String, to: String) -> String {
        "将“\(text)”从“\(from)”退回“\(to)”，并清除相应日期。请填写原因（记入审计记录并随导出上报）："
    }
    public var statusRevertButton: String { "退回" }
    public var statusRevertPlaceholder: String { "原因，例如：误按销号" }
    public var statusRevertRequired: String { "必须填写原因" }
    public func statusReverted(to status: String) -> String { "状态已退回：\(status)" }
    public var newRecommendationTitle: String { "新建意见建议" }
    public var recommendationTitle: String { "意见详情" }
    public var recommendationText: String { "内容" }
    public var recommendationTextPlaceholder: String { "写明存在的问题、依据和整改要求" }
    public var recommendationNoItems: String { "无（未关联检查项）" }
    public var recommendationPriority: String { "优先级" }
    public var recommendationDeadline: String { "整改期限" }
    public var recommendationStatus: String { "状态" }
    public var recommendationTextRequired: String { "请填写意见建议内容" }
    public var recommendationReadOnly: String { "走访已完成，内容不可修改（如需修改请先重新打开走访）" }
    public var recommendationNotSavedYet: String { "（保存后可登记整改）" }
    public var recommendationSaved: String { "已保存" }
    public var dateMalformed: String { "日期格式应为 YYYY-MM-DD" }
    public var dateNoSuchDay: String { "日历上没有这一天" }
    public func deadlineBeforeVisit(_ visitDate: String) -> String { "整改期限不能早于走访日期（\(visitDate)）" }
    public var keyChoose: String { "←/→ 选择" }
    public func deadlineDefaults(high: Int, medium: Int, low: Int) -> String {
        "默认：高 \(high) 天，中 \(medium) 天，低 \(low) 天"
    }
    public func legalBasisLine(_ basis: String) -> String { "依据：\(basis)" }
    public func linkedItems(_ items: String) -> String { "检查项：\(items)" }
    public func recommendationPrefill(item: String, basis: String) -> String { "\(item)（依据：\(basis)）。整改要求：" }
    public var itemListSeparator: String { "；" }
    public func rectifiedOn(_ date: String) -> String { "\(date) 已整改" }
    public func closedOn(_ date: String) -> String { "\(date) 已复查销号" }
    public func recheckFailedOn(_ date: String) -> String { "\(date) 复查不合格" }
    public func referredOn(_ date: String, to: String) -> String { "\(date) 移交\(to)" }
    public func evidenceLine(_ note: String) -> String { "佐证：\(note)" }
    public var followUpsTitle: String { "整改跟进" }
    public var followUpsEmpty: String { "没有需要跟进的意见建议。" }
    public var keyNextScope: String { "切换列表" }
    public var keyOpenEnterprise: String { "企业" }
    public func daysOverdue(_ days: Int) -> String { "逾期 \(days) 天" }
    public func dueIn(_ days: Int) -> String { days == 0 ? "今天到期" : "\(days) 天后到期" }
    public func keyNextRecommendation(_ position: Int, _ total: Int) -> String { "下一条 \(position)/\(total)" }
    public var keyRecommendationsDone: String { "回列表" }
}
