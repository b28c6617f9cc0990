import FieldbookCore
import TerminalKit

/// The referral being edited on the focused checklist item (`t`): the authority a hazard outside
/// labour relations goes to and a note. Nothing is stored until it is saved (core's
/// `setReferral`); until then it is the checklist's draft, so Ctrl-Q, F2, a resize or a kill
/// lose nothing typed.
struct ReferralEditor: Hashable, Sendable {
    enum Part: String, Hashable, Sendable { case authority, note }

    /// The choices in order: no referral, then the authorities as core names them.
    static let choices: [ReferralAuthority?] = [nil] + ReferralAuthority.allCases

    let itemCode: String
    var choice: Int
    var note: TextAreaState
    var focus: Part
    /// Set by an Esc that could not save; a second Esc leaves the checklist (the draft stays).
    var leaveArmed = false

    init(itemCode: String, authority: ReferralAuthority?, note: String, width: Int) {
        self.itemCode = itemCode
        choice = Self.choices.firstIndex(of: authority) ?? 0
        self.note = TextAreaState(text: note, maxLength: TextLimits.limit(Answer.databaseTableName, "referralNote"),
                                  width: width, height: 2)
        self.note.moveCursor(to: note.count)
        // A referral being changed opens on its note; a new one on the authority to choose.
        focus = authority == nil ? .authority : .note
    }

    var authority: ReferralAuthority? { Self.choices[choice] }

    mutating func step(_ by: Int) {
        choice = (choice + by + Self.choices.count) % Self.choices.count
    }

    /// Why this cannot be saved as it is, or nil: a note with no authority would be dropped by
    /// the store, and "another authority" must say which.
    func problem(_ text: any Catalogue) -> String? {
        let note = self.note.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch authority {
        case nil where !note.isEmpty: return text.referralNoteWithoutAuthority
        case .other? where note.isEmpty: return text.referralOtherNeedsNote
        default: return nil
        }
    }

    // MARK: Draft

    static let authorityPrefix = "referral:"
    static let notePrefix = "referralNote:"

    var draft: ScreenDraft {
        let noteField = Self.notePrefix + itemCode
        let authorityField = Self.authorityPrefix + itemCode
        return ScreenDraft(fields: [authorityField: authority?.rawValue ?? "", noteField: note.text],
                           focus: focus == .note ? noteField : authorityField, cursor: note.cursor)
    }

    /// The editor a draft holds, when it is a referral's.
    init?(draft: ScreenDraft, width: Int) {
        guard let focus = draft.focus else { return nil }
        let code: String
        let part: Part
        if focus.hasPrefix(Self.notePrefix) {
            code = String(focus.dropFirst(Self.notePrefix.count))
            part = .note
        } else if focus.hasPrefix(Self.authorityPrefix) {
            code = String(focus.dropFirst(Self.authorityPrefix.count))
            part = .authority
        } else {
            return nil
        }
        let raw = draft.fields[Self.authorityPrefix + code] ?? ""
        self.init(itemCode: code, authority: ReferralAuthority(rawValue: raw), note: draft.fields[Self.notePrefix + code] ?? "",
                  width: width)
        self.focus = part
        self.note.moveCursor(to: draft.cursor)
    }
}
