/// Referring a hazard outside labour relations found with a checklist item to the authority that
/// deals with it (移送): the checklist's referral editor (`t`).
public protocol ReferralText {
    var keyReferFinding: String { get }
    var keySaveReferral: String { get }
    var keyReferralAuthority: String { get }
    var keyReferralNote: String { get }
    /// The editor's title: "移送 LC-01 自用工之日起…".
    func referralTitle(code: String, item: String) -> String
    /// "移送至" before the authority choice.
    var referralAuthorityLabel: String { get }
    /// The choice's first value: no referral.
    var referralNone: String { get }
    var referralNoteLabel: String { get }
    var referralNotePlaceholder: String { get }
    /// On the item's panel: "已移送：卫生健康主管部门（职业病危害）——搅拌站粉尘无防护".
    func referralLine(authority: String, note: String) -> String
    /// 其他主管部门 with no note saying which.
    var referralOtherNeedsNote: String { get }
    /// A note typed but no authority chosen (saving would drop the note).
    var referralNoteWithoutAuthority: String { get }
    /// The first Esc on a referral that cannot be saved: what is wrong, and that Esc again leaves
    /// the checklist with the referral kept as a draft.
    func referralEscapeRefused(_ problem: String) -> String
    func referralSaved(code: String, authority: String) -> String
    func referralCleared(code: String) -> String
}
