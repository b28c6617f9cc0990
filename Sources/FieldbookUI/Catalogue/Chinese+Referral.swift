extension Chinese {
    public var keyReferFinding: String { "移送" }
    public var keySaveReferral: String { "保存" }
    public var keyReferralAuthority: String { "部门" }
    public var keyReferralNote: String { "说明" }
    public func referralTitle(code: String, item: String) -> String { "移送 \(code) \(item)" }
    public var referralAuthorityLabel: String { "移送至：" }
    public var referralNone: String { "不移送" }
    public var referralNoteLabel: String { "移送说明：" }
    public var referralNotePlaceholder: String { "发现的问题；移送其他部门时写明部门名称" }
    public func referralLine(authority: String, note: String) -> String {
        "已移送：" + authority + (note.isEmpty ? "" : "——" + note)
    }
    public var referralOtherNeedsNote: String { "移送其他主管部门时，请在说明中写明部门名称" }
    public var referralNoteWithoutAuthority: String { "请用 ←/→ 选择移送部门，或删去说明" }
    public func referralEscapeRefused(_ problem: String) -> String { problem + "；再按 Esc 离开（保留草稿）" }
    public func referralSaved(code: String, authority: String) -> String { "\(code) 已移送\(authority)" }
    public func referralCleared(code: String) -> String { "\(code) 已取消移送" }
}
