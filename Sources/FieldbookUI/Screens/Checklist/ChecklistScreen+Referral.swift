import FieldbookCore
import TerminalKit

/// The referral editor of the checklist (`t` on an item): the authority a hazard outside labour
/// relations goes to (卫生健康 / 应急管理 / 其他, as `ReferralAuthority` names them) and a note.
/// Enter or Esc saves it through core's `setReferral` (audited, revision bumped) and closes it;
/// "不移送" with no note clears a referral. What cannot be saved stays open with the reason; a
/// second Esc then leaves the checklist with it kept as the screen's draft.
extension ChecklistScreen {
    func referralKeyMap(_ editor: ReferralEditor, _ env: AppEnvironment) -> KeyMap<Action> {
        let text = env.text
        var bindings = [KeyBinding(Action.saveReferral, keys: [.enter], help: text.keySaveReferral)]
        if editor.focus == .authority {
            bindings.append(KeyBinding(.referralStep, keys: [.left, .right], keyLabel: "←/→", help: text.keyReferralAuthority))
        }
        bindings.append(KeyBinding(.referralSwitch, keys: [.tab, .backTab], keyLabel: "Tab",
                                   help: editor.focus == .authority ? text.keyReferralNote : text.keyReferralAuthority))
        return KeyMap(bindings)
    }

    mutating func openReferral(_ item: ChecklistItem, layout: Layout) {
        let answer = answers[item.code]
        referralEditor = ReferralEditor(itemCode: item.code, authority: answer?.referredTo, note: answer?.referralNote ?? "",
                                        width: Self.noteWidth(layout))
    }

    /// Puts back a referral the drafts file holds; false when the draft is not a referral's.
    mutating func restoreReferral(_ draft: ScreenDraft) -> Bool {
        guard let editor = ReferralEditor(draft: draft, width: referralEditor?.note.width ?? 40) else { return false }
        guard let index = items.firstIndex(where: { $0.code == editor.itemCode }) else { return true }
        noteEditor = nil
        figuresEditor = nil
        referralEditor = editor
        restore(position: items[index].code)
        return true
    }

    mutating func handleReferral(_ key: Key, layout: Layout, env: AppEnvironment) -> ScreenOutcome {
        guard var editor = referralEditor else { return .handled }
        let wasArmed = editor.leaveArmed
        editor.leaveArmed = false
        referralEditor = editor
        switch key {
        case .enter:
            return saveReferral(env: env)
        case .escape:
            guard let problem = editor.problem(env.text) else { return saveReferral(env: env) }
            // The app goes back; the referral stays this screen's draft and reopens with it.
            if wasArmed { return .ignored }
            referralEditor?.leaveArmed = true
            return .notice(env.text.referralEscapeRefused(problem))
        case .tab, .backTab:
            editor.focus = editor.focus == .authority ? .note : .authority
            referralEditor = editor
            return .handled
        case .mouse:
            return .handled
        default:
            break
        }
        if editor.focus == .authority {
            switch key {
            case .left, .right, .character(" "):
                editor.step(key.choiceStep ?? 1)
            case .delete, .backspace:
                editor.choice = 0
            case .down:
                editor.focus = .note
            case .character, .paste:
                // Typing goes to the note: nothing typed is swallowed by the choice.
                editor.focus = .note
                _ = editor.note.layout(width: Self.noteWidth(layout), height: 2)
                _ = editor.note.handle(key)
            default:
                // Ctrl-Q, F2 and the like go on to the app; the referral is the draft.
                return .ignored
            }
            referralEditor = editor
            return .handled
        }
        _ = editor.note.layout(width: Self.noteWidth(layout), height: 2)
        let result = editor.note.handle(key)
        if result == .ignored, key == .up {
            editor.focus = .authority
            referralEditor = editor
            return .handled
        }
        referralEditor = editor
        return result == .ignored ? .ignored : .handled
    }

    private mutating func saveReferral(env: AppEnvironment) -> ScreenOutcome {
        guard let editor = referralEditor else { return .handled }
        // The editor stays open with what was entered.
        if let problem = editor.problem(env.text) { return .error(problem) }
        do {
            let saved = try env.db.setReferral(visitId: visitId, itemCode: editor.itemCode, to: editor.authority,
                                               note: editor.note.text)
            answers[editor.itemCode] = saved
        } catch {
            return .error(env.message(for: error))
        }
        referralEditor = nil
        guard let authority = editor.authority else { return .notice(env.text.referralCleared(code: editor.itemCode)) }
        return .notice(env.text.referralSaved(code: editor.itemCode, authority: authority.authority.text(in: env.language)))
    }
}

extension ChecklistScreen {
    /// The editor in the item's panel: the item, the authority choice (‹ … › with ←/→ while it
    /// has focus) and the note under its label.
    func renderReferralEditor(_ editor: ReferralEditor, item: ChecklistItem, in rect: Rect, env: AppEnvironment,
                              into buffer: inout Buffer) {
        let text = env.text
        let theme = env.theme
        let title = text.referralTitle(code: item.code, item: item.label.text(in: env.language))
            .truncated(toWidth: max(1, rect.width - 4))
        let block = Block(title: title, theme: theme, isFocused: true)
        block.render(in: rect, buffer: &buffer)
        let inner = block.inner(rect).inset(horizontal: 1, vertical: 0)
        guard inner.height > 0, inner.width > 0 else { return }
        let value = editor.authority.map { $0.label(in: env.language) } ?? text.referralNone
        let choice = "‹ " + value + " ›"
        // The choice goes under its label when both do not fit on one row (the side panel).
        let oneRow = text.referralAuthorityLabel.displayWidth + choice.displayWidth <= inner.width
        let choiceRows = oneRow ? 1 : 2
        // Bottom up: the note takes two rows, its label one, the choice one or two; the item's
        // label what is left above.
        let noteRows = min(2, max(1, inner.height - choiceRows - 1))
        let labelRows = max(0, inner.height - noteRows - choiceRows - 1)
        var y = inner.y
        for line in WordWrap.lines(item.label.text(in: env.language), width: inner.width).prefix(labelRows) {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme.muted, clip: inner)
            y += 1
        }
        let labelStyle = editor.focus == .authority ? theme.title : theme.normal
        var x = buffer.write(text.referralAuthorityLabel, at: Point(x: inner.x, y: y), style: labelStyle, clip: inner)
        if !oneRow {
            y += 1
            x = inner.x
        }
        let choiceRow = Rect(x: inner.x, y: y, width: inner.width, height: 1)
        let style = editor.focus == .authority ? theme.focusedField : theme.field
        x = buffer.write(choice, at: Point(x: x, y: y), style: style, clip: choiceRow)
        if editor.focus == .authority, x + 2 + text.choiceHint.displayWidth <= choiceRow.right {
            buffer.write("  " + text.choiceHint, at: Point(x: x, y: y), style: theme.muted, clip: choiceRow)
        }
        y += 1
        if y < inner.bottom {
            buffer.write(text.referralNoteLabel, at: Point(x: inner.x, y: y),
                         style: editor.focus == .note ? theme.title : theme.normal, clip: inner)
            y += 1
        }
        var note = editor.note
        let field = Rect(x: inner.x, y: y, width: inner.width, height: max(0, min(noteRows, inner.bottom - y)))
        TextArea(placeholder: text.referralNotePlaceholder, isFocused: editor.focus == .note, theme: theme)
            .render(in: field, buffer: &buffer, state: &note)
    }
}
