extension English {
    public var keyReferFinding: String { "refer" }
    public var keySaveReferral: String { "save" }
    public var keyReferralAuthority: String { "authority" }
    public var keyReferralNote: String { "note" }
    public func referralTitle(code: String, item: String) -> String { "Refer \(code) \(item)" }
    public var referralAuthorityLabel: String { "Refer to: " }
    public var referralNone: String { "no referral" }
    public var referralNoteLabel: String { "Referral note: " }
    public var referralNotePlaceholder: String { "what was found; for another authority, name it" }
    public func referralLine(authority: String, note: String) -> String {
        "Referred to " + authority + (note.isEmpty ? "" : " — " + note)
    }
    public var referralOtherNeedsNote: String { "Referring to another authority: name it in the note" }
    public var referralNoteWithoutAuthority: String { "Choose an authority (←/→) or delete the note" }
    public func referralEscapeRefused(_ problem: String) -> String {
        problem + "; Esc again leaves, kept as a draft"
    }
    public func referralSaved(code: String, authority: String) -> String { "\(code) referred to \(authority)" }
    public func referralCleared(code: String) -> String { "\(code): referral removed" }
}
