extension Chinese {
    public var visitFormTitle: String { "走访记录" }
    public var visitFieldEnterprise: String { "企业" }
    public var visitFieldDate: String { "走访日期" }
    public var visitFieldType: String { "走访类型" }
    public var visitFieldStart: String { "开始时间" }
    public var visitFieldEnd: String { "结束时间" }
    public var visitFieldInspectors: String { "检查人员" }
    public var visitFieldPersonsMet: String { "接待人员" }
    public var visitFieldEmployees: String { "职工人数" }
    public var visitFieldContracts: String { "书面合同" }
    public var visitFieldInsured: String { "参加社保" }
    public var visitFieldDispatched: String { "劳务派遣" }
    public var visitFieldMigrant: String { "农民工" }
    public var visitFieldAttendees: String { "参会人数" }
    public var visitFieldNotes: String { "备注" }
    public var visitEnterprisePlaceholder: String { "输入名称、拼音首字母或信用代码搜索" }
    public var visitInspectorsPlaceholder: String { "多人用逗号或顿号分隔" }
    public var visitPersonsMetPlaceholder: String { "姓名、职务" }
    public var visitAttendeesHint: String { "政策宣讲时填写" }
    public var visitNotesPlaceholder: String { "走访情况、发现的问题……" }
    public var visitNoMatches: String { "没有匹配的企业" }
    public var visitChoiceHint: String { "←/→ 选择，Enter 列出全部类型" }
    public func visitDispatchShare(percent: String) -> String { "派遣占比 \(percent)%（上限 10%）" }
    public func visitDispatchOverLimit(percent: String) -> String { "⚠ 派遣占比 \(percent)%，超过 10% 法定上限" }
    public var visitLockedNote: String { "本次走访已完成并锁定，仅供查看。如需修改，请到审核页（F7）填写原因重新打开。" }
    public var visitUnsavedField: String { "有内容未能保存：请按提示修改，或再按 Esc 离开（保留为草稿）" }
    public func visitUnsavedFieldSwitch(key: String) -> String { "有内容未能保存：请按提示修改，或再按 \(key) 离开（保留为草稿）" }
    public var problemNotANumber: String { "请输入不小于 0 的整数" }
    public var problemTime: String { "时间格式为 时:分，例如 09:30" }
    public var problemDateMalformed: String { "日期格式为 年-月-日，例如 2026-03-08" }
    public var problemDateNoSuchDay: String { "日历上没有这一天" }
    public var problemDateRequired: String { "请填写走访日期" }
    public func problemDateAfterToday(_ today: String) -> String { "未保存：晚于今天（\(today)）" }
    public var futureDateTitle: String { "走访日期晚于今天" }
    public func futureDateMessage(date: String, today: String) -> String {
        "走访日期 \(date) 晚于今天（\(today)）。走访一般在当天或事后记录，请核对日期。"
    }
    public var futureDateKeep: String { "仍用此日期" }
    public var futureDateFix: String { "返回修改" }
    public var problemEnterpriseNotChosen: String { "请用 ↑↓ 和 Enter 从列表中选择企业" }
    public func problemExceedsEmployees(_ employees: Int) -> String { "不能超过职工人数（\(employees)）" }
    public func problemBelowFigure(_ name: String, _ value: Int) -> String { "不能少于\(name)人数（\(value)）" }
    public var keyChecklist: String { "检查清单" }
    public var keyRecommendations: String { "意见建议" }
    public var keyReview: String { "审核完成" }
    public var keyVisitForm: String { "走访信息" }
    public var keyChooseEnterprise: String { "选择企业" }
    public var keyPreviousField: String { "上一项" }

    public var checklistTitle: String { "检查清单" }
    public func checklistProgress(answered: Int, total: Int) -> String { "已查 \(answered)/\(total)" }
    public var checklistScore: String { "风险分" }
    public var checklistRisk: String { "风险等级" }
    public var checklistLegalBasis: String { "法律依据" }
    public var checklistGuidance: String { "检查要点" }
    public var checklistNote: String { "备注" }
    public var checklistNoNote: String { "（无备注，按 e 添加）" }
    public var checklistNotePlaceholder: String { "输入备注，Enter 或 Esc 保存" }
    public var checklistCritical: String { "关键项：不符合即为重大风险" }
    public var checklistAllAnswered: String { "所有检查项均已作答" }
    public func checklistFindingHint(code: String) -> String { "\(code) 不符合：e 写备注 · r 提整改意见 · t 移送 · ↓ 下一项" }
    public func checklistNoteTitle(code: String, item: String) -> String { "备注 · \(code) \(item)" }
    public var checklistRecommendNeedsNonCompliant: String { "整改建议针对“不符合”的检查项：请先标记为不符合（n）" }
    public var checklistReadOnly: String { "已完成（只读）" }
    public var visitLockedShort: String { "本次走访已完成并锁定：如需修改，请在审核页重新打开" }
    public var keyCompliant: String { "符合" }
    public var keyNonCompliant: String { "不符合" }
    public var keyNotApplicable: String { "不适用" }
    public var keyClearAnswer: String { "清除" }
    public var keyNextUnanswered: String { "下一未查" }
    public var keyNote: String { "备注" }
    public var keySaveNote: String { "保存备注" }
    public var keyRecommend: String { "整改建议" }
    public var keyMove: String { "移动" }

    public var reviewTitle: String { "审核与完成" }
    public var reviewStatus: String { "状态" }
    public var reviewAnswers: String { "检查结果" }
    public var reviewRecommendations: String { "意见建议" }
    public var reviewMissingTitle: String { "尚缺内容" }
    public func reviewUnanswered(count: Int, codes: String) -> String { "\(count) 项未查：\(codes)" }
    public func reviewNonCompliantWithoutRecommendation(count: Int, codes: String) -> String {
        "\(count) 项不符合但没有整改建议：\(codes)"
    }
    public func reviewMissingFields(_ names: String) -> String { "未填写：\(names)" }
    public var reviewNothingMissing: String { "内容齐全，可以完成。" }
    public func reviewCompletedAt(_ time: String) -> String { "已于 \(time) 完成并锁定" }
    public func reviewReopenedBecause(_ reason: String) -> String { "上次重新打开的原因：\(reason)" }
    public var reviewConfirmTitle: String { "仍有内容未完成" }
    public var reviewConfirmMessage: String { "以下内容尚缺。仍要完成并锁定本次走访吗？（缺项将记入走访记录）" }
    public var reviewCompleteButton: String { "完成并锁定" }
    public var reviewLockWithGapsButton: String { "仍然锁定并记录缺项" }
    public var reviewBackToFillButton: String { "返回补全" }
    public var reviewCompleteTitle: String { "完成并锁定" }
    public func reviewCompleteMessage(enterprise: String, date: String) -> String {
        "完成并锁定\(enterprise) \(date) 的走访？锁定后评分固定，修改须填写原因重新打开。"
    }
    public var reviewCompletedWithGaps: String { "走访已锁定，缺项已记入走访记录" }
    public var reviewReopenTitle: String { "重新打开走访" }
    public var reviewReopenMessage: String { "已完成的走访将解锁以便修改。请说明原因，原因将记入审计日志。" }
    public var reviewReopenPlaceholder: String { "重新打开的原因" }
    public var reviewReopenRequired: String { "必须填写原因" }
    public var reviewReopenButton: String { "重新打开" }
    public var reviewCompletedNotice: String { "走访已完成并锁定" }
    public var reviewReopenedNotice: String { "走访已重新打开，可以修改" }
    public var keyComplete: String { "完成" }
    public var keyReopen: String { "重新打开" }
    public var listSeparator: String { "、" }
    public var labelSeparator: String { "：" }
}
