import FieldbookCore
import TerminalKit

/// The checklist of one visit: one key per answer, written at once (core's `setAnswer`), the
/// cursor moving on to the next item; a note per item; live progress, score and risk level.
struct ChecklistScreen: Screen {
    enum Action: Hashable, Sendable {
        case answer(AnswerValue)
        case nextUnanswered
        case note
        case figures
        case recommend
        case saveNote
        case saveFigures
        /// Attach photos or scans to the focused item (docs/attachments.md).
        case attach
        /// Open the focused item's attachments, one per press, with the system's opener.
        case openAttachment
        case navigate(VisitNavigation)
        /// The next non-compliant item that no recommendation addresses.
        case nextUnrecommended
        /// A prefilled recommendation for every such item, then the list to check them.
        case recommendAll
        /// Every unchecked item of the focused item's section: not applicable (after a yes).
        case sectionNotApplicable
        /// Refer a hazard found with the focused item to another authority (`ReferralEditor`).
        case refer
        case saveReferral
        case referralStep
        case referralSwitch
    }

    let visitId: String
    private(set) var visit: SiteVisit?
    private(set) var enterpriseName: String?
    private(set) var checklist: Checklist?
    private(set) var items: [ChecklistItem] = []
    private(set) var rows: [ChecklistRow] = []
    var answers: [String: Answer] = [:]
    private(set) var assessment: RiskAssessment?
    /// Codes of the items a recommendation of this visit addresses.
    private(set) var recommended: Set<String> = []
    /// The focused item (index into `items`).
    private(set) var cursor = 0
    /// The first list row shown; kept by `handle` so the cursor stays visible.
    private(set) var scroll = 0
    /// The note being edited, when the note editor is open.
    var noteEditor: TextAreaState?
    /// The figures being edited (workers / amount / months), when that editor is open.
    var figuresEditor: TextAreaState?
    /// Set by an Esc whose figures could not be saved; a second Esc leaves (the draft stays).
    var figuresLeaveArmed = false
    /// The referral being edited on the focused item.
    var referralEditor: ReferralEditor?
    /// The file chooser and caption, while attaching to the focused item.
    var attachFlow: AttachFlow?
    /// The attached (not detached) files, by item code.
    private(set) var attachments: [String: [Attachment]] = [:]
    /// Which of the focused item's attachments `o` opens next.
    private var nextToOpen = 0
    /// An opener started since the runner last asked.
    private var effects: [Effect] = []
    /// "Mark the section not applicable?" while it is asked: the section and the dialog.
    var sectionQuestion: (section: Int, state: DialogState)?

    init(visitId: String) { self.visitId = visitId }

    var route: Route { .checklist(visitId: visitId) }
    /// Completed or voided: nothing is answered or noted any more.
    var isLocked: Bool { visit?.status == .completed || visit?.isVoided == true }
    var isEditingText: Bool { noteEditor != nil || figuresEditor != nil || referralEditor != nil || attachFlow != nil }
    var focusedItem: ChecklistItem? { items.indices.contains(cursor) ? items[cursor] : nil }

    func title(_ env: AppEnvironment) -> String { env.text.checklistTitle }

    func subject(_ env: AppEnvironment) -> String? { enterpriseName }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        let text = env.text
        if noteEditor != nil {
            return KeyMap([KeyBinding(.saveNote, keys: [.enter, .escape, .tab], keyLabel: "Enter/Esc", help: text.keySaveNote)])
        }
        if figuresEditor != nil {
            // Esc saves as Enter does (the app's "Esc 返回" says so): what is typed is never dropped.
            return KeyMap([KeyBinding(.saveFigures, keys: [.enter, .tab], keyLabel: "Enter", help: text.keySave)])
        }
        if let referralEditor { return referralKeyMap(referralEditor, env) }
        if attachFlow != nil { return KeyMap([]) }
        if sectionQuestion != nil { return KeyMap() }
        let editable = !isLocked
        var map = KeyMap<Action>([
            KeyBinding(.answer(.compliant), keys: [.character("y"), .character("1")], help: text.keyCompliant,
                       isEnabled: editable),
            KeyBinding(.answer(.nonCompliant), keys: [.character("n"), .character("2")], help: text.keyNonCompliant,
                       isEnabled: editable),
            KeyBinding(.answer(.notApplicable), keys: [.character("a"), .character("3"), .character("-")],
                       help: text.keyNotApplicable, isEnabled: editable),
            KeyBinding(.answer(.unanswered), keys: [.character("0"), .backspace], help: text.keyClearAnswer,
                       isEnabled: editable, showsInStatusBar: false),
            KeyBinding(.recommend, keys: [.character("r")], help: text.keyRecommend, isEnabled: editable),
            // Second in the bar after the answers: it is how the checklist is left when done.
            VisitNavigation.review.binding(Action.navigate(.review), env),
            // In the bar on a finding (or an item already referred), where it is what comes next.
            KeyBinding(.refer, keys: [.character("t")], help: text.keyReferFinding, isEnabled: editable,
                       showsInStatusBar: focusedItem.map { value(of: $0) == .nonCompliant || answers[$0.code]?.referredTo != nil }
                           ?? false),
            KeyBinding(.nextUnanswered, keys: [.character("u"), .tab], help: text.keyNextUnanswered),
            KeyBinding(.note, keys: [.character("e"), .enter], help: text.keyNote, isEnabled: editable),
            KeyBinding(.figures, keys: [.character("f")], help: text.keyFigures, isEnabled: editable,
                       showsInStatusBar: focusedItem.map { !$0.figures.isEmpty } ?? false),
            // Evidence may come after completion too (a photo of the signed notice): not locked.
            KeyBinding(.attach, keys: [.character("p")], help: text.keyAttach, showsInStatusBar: false),
            KeyBinding(.openAttachment, keys: [.character("o")], help: text.keyOpenAttachment, showsInStatusBar: false),
            KeyBinding(.nextUnrecommended, keys: [.character("w")], help: text.keyNextUnrecommended,
                       showsInStatusBar: false),
            KeyBinding(.recommendAll, keys: [.character("R")], help: text.keyRecommendAll, isEnabled: editable,
                       showsInStatusBar: false),
            KeyBinding(.sectionNotApplicable, keys: [.character("A")], help: text.keySectionNotApplicable,
                       isEnabled: editable, showsInStatusBar: false),
        ])
        for navigation in [VisitNavigation.recommendations, .form, .checklist] {
            var binding = navigation.binding(Action.navigate(navigation), env)
            binding.showsInStatusBar = false
            map.append(binding)
        }
        return map
    }

    // MARK: Loading

    mutating func reload(env: AppEnvironment) throws {
        guard let detail = try env.db.visit(id: visitId) else { throw UIError.recordMissing }
        visit = detail.visit
        enterpriseName = detail.enterprise.name
        if checklist == nil {
            // A template version never changes once stored: read it once.
            guard let loaded = try env.db.checklist(templateId: detail.visit.templateId,
                                                    version: detail.visit.templateVersion) else {
                throw UIError.recordMissing
            }
            checklist = loaded
            items = loaded.items
            rows = []
            var index = 0
            for (number, section) in loaded.sections.enumerated() {
                rows.append(.section(number))
                for _ in section.items { rows.append(.item(index)); index += 1 }
            }
        }
        answers = detail.answers
        recommended = Set(detail.recommendations.flatMap(\.itemCodes))
        attachments = Dictionary(grouping: try env.attachments.attachments(visitId: visitId).filter { !$0.isDetached && $0.itemCode != nil },
                                 by: { $0.itemCode ?? "" })
        assessment = RiskScoring.assess(items: items, records: answers, employees: detail.visit.employees)
    }

    func value(of item: ChecklistItem) -> AnswerValue { answers[item.code]?.value ?? .unanswered }

    // MARK: Position

    /// The focused item's code: the checklist reopens on it in this visit.
    var position: String? { focusedItem?.code }

    mutating func restore(position: String) {
        if let index = items.firstIndex(where: { $0.code == position }) { moveCursor(to: index) }
    }

    // MARK: Drafts

    /// The note, figures or referral being edited, by item, while its editor is open.
    var draft: ScreenDraft? {
        if let referralEditor { return referralEditor.draft }
        if let figuresEditor, let item = focusedItem {
            let name = Self.figuresPrefix + item.code
            return ScreenDraft(fields: [name: figuresEditor.text], focus: name, cursor: figuresEditor.cursor)
        }
        guard let editor = noteEditor, let item = focusedItem else { return nil }
        let name = Self.notePrefix + item.code
        return ScreenDraft(fields: [name: editor.text], focus: name, cursor: editor.cursor)
    }

    static let notePrefix = "note:"
    static let figuresPrefix = "figures:"

    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {
        guard !isLocked else { return }
        if restoreReferral(draft) { return }
        if let name = draft.focus, name.hasPrefix(Self.figuresPrefix), let text = draft.fields[name],
           let index = items.firstIndex(where: { $0.code == name.dropFirst(Self.figuresPrefix.count) }) {
            moveCursor(to: index)
            noteEditor = nil
            var editor = TextAreaState(text: text, maxLength: 60, width: figuresEditor?.width ?? 40, height: 1)
            editor.moveCursor(to: draft.cursor)
            figuresEditor = editor
            return
        }
        guard let name = draft.focus, name.hasPrefix(Self.notePrefix), let text = draft.fields[name],
              let index = items.firstIndex(where: { $0.code == name.dropFirst(Self.notePrefix.count) }) else { return }
        moveCursor(to: index)
        var editor = TextAreaState(text: text, maxLength: 2000, width: noteEditor?.width ?? 40, height: 3)
        editor.moveCursor(to: draft.cursor)
        noteEditor = editor
    }

    // MARK: Keys

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let layout = Layout(area: area)
        defer { keepCursorVisible(height: layout.list.height) }
        switch AttachFlow.route(&attachFlow, key, area: area, env: env) {
        case nil: break
        case .finished(let outcome)?:
            try? reload(env: env)
            return outcome
        case .handled?, .cancelled?: return .handled
        }
        if sectionQuestion != nil { return handleSectionQuestion(key, area: area, env: env) }
        if noteEditor != nil { return handleNote(key, layout: layout, env: env) }
        if referralEditor != nil { return handleReferral(key, layout: layout, env: env) }
        if figuresEditor != nil { return handleFigures(key, layout: layout, env: env) }
        switch keyMap(env).match(key) {
        case .answer(let value)?: return answer(value, env: env)
        case .nextUnanswered?: return jumpToUnanswered(env: env)
        case .note?:
            guard let item = focusedItem else { return .handled }
            noteEditor = TextAreaState(text: answers[item.code]?.note ?? "", maxLength: TextLimits.limit("answer", "note"),
                                       width: Self.noteWidth(layout), height: 3)
            return .handled
        case .figures?:
            guard let item = focusedItem else { return .handled }
            guard !item.figures.isEmpty else { return .notice(env.text.checklistFiguresNotAsked) }
            guard value(of: item) == .nonCompliant else { return .notice(env.text.checklistFiguresNeedNonCompliant) }
            let current = answers[item.code]?.figures ?? .none
            figuresEditor = TextAreaState(text: current.isEmpty ? "" : FiguresInput.text(current, order: item.figures),
                                          maxLength: 60, width: Self.noteWidth(layout), height: 1)
            return .handled
        case .recommend?:
            guard let item = focusedItem else { return .handled }
            guard value(of: item) == .nonCompliant else { return .notice(env.text.checklistRecommendNeedsNonCompliant) }
            return .push(.newRecommendation(visitId: visitId, itemCode: item.code))
        case .attach?:
            guard let item = focusedItem else { return .handled }
            attachFlow = AttachFlow(visitId: visitId, target: .item(code: item.code),
                                    title: env.text.chooserTitleItem(item.code), env: env)
            return .handled
        case .openAttachment?:
            guard let item = focusedItem, let files = attachments[item.code], !files.isEmpty else {
                return .notice(env.text.attachmentsNone)
            }
            let file = files[nextToOpen % files.count]
            nextToOpen += 1
            return AttachmentOpening.open(file, env: env, effects: &effects)
        case .navigate(let navigation)?:
            return .switchTo(navigation.route(visitId: visitId))
        case .nextUnrecommended?: return jumpToUnrecommended(env: env)
        case .recommendAll?: return recommendAll(env: env)
        case .sectionNotApplicable?: return askSectionNotApplicable(env: env)
        case .refer?:
            guard let item = focusedItem else { return .handled }
            openReferral(item, layout: layout)
            return .handled
        case .saveNote?, .saveFigures?, .saveReferral?, .referralStep?, .referralSwitch?, nil:
            break
        }
        if isLocked, Self.isAnswerKey(key) {
            return .notice(visit?.isVoided == true ? env.text.visitVoidedNote : env.text.visitLockedShort)
        }
        switch key {
        case .up, .character("k"): moveCursor(to: cursor - 1)
        case .down, .character("j"): moveCursor(to: cursor + 1)
        case .pageUp: moveCursor(to: cursor - max(1, layout.list.height - 2))
        case .pageDown: moveCursor(to: cursor + max(1, layout.list.height - 2))
        case .home: moveCursor(to: 0)
        case .end: moveCursor(to: items.count - 1)
        case .mouse(let event):
            switch event.action {
            case .wheelUp: moveCursor(to: cursor - 3)
            case .wheelDown: moveCursor(to: cursor + 3)
            case .press(.left) where layout.list.contains(event.position):
                let row = visibleScroll(height: layout.list.height) + event.position.y - layout.list.y
                guard rows.indices.contains(row) else { return .handled }
                switch rows[row] {
                case .item(let index): moveCursor(to: index)
                case .section: if let next = rows[row...].firstIndex(where: { if case .item = $0 { true } else { false } }),
                                  case .item(let index) = rows[next] { moveCursor(to: index) }
                }
            default: return .ignored
            }
        default: return .ignored
        }
        return .handled
    }

    private static func isAnswerKey(_ key: Key) -> Bool {
        [Key.character("y"), .character("n"), .character("a"), .character("1"), .character("2"), .character("3"),
         .character("-"), .character("0"), .backspace, .character("e"), .character("r"), .character("f"),
         .character("t")].contains(key)
    }

    /// Records the answer at once. Compliant and N/A move on to the next item; a non-compliant
    /// answer keeps the item focused, so the note (`e`) and recommendation (`r`) that follow
    /// attach to the finding just made, never to the next item.
    private mutating func answer(_ value: AnswerValue, env: AppEnvironment) -> ScreenOutcome {
        guard let item = focusedItem else { return .handled }
        do {
            let (saved, live) = try env.db.setAnswer(visitId: visitId, itemCode: item.code, value: value)
            answers[item.code] = saved
            assessment = live
        } catch {
            return .error(env.message(for: error))
        }
        switch value {
        case .nonCompliant: return .notice(env.text.checklistFindingHint(code: item.code))
        case .unanswered: break
        default: moveCursor(to: cursor + 1)
        }
        return .handled
    }

    private mutating func jumpToUnanswered(env: AppEnvironment) -> ScreenOutcome {
        let order = items.indices.map { (cursor + 1 + $0) % items.count }
        guard let next = order.first(where: { value(of: items[$0]) == .unanswered }) else {
            return .notice(env.text.checklistAllAnswered)
        }
        moveCursor(to: next)
        return .handled
    }

    // MARK: Fewer keys

    /// Non-compliant items no recommendation of this visit addresses, in checklist order.
    var unrecommendedFindings: [Int] {
        items.indices.filter { value(of: items[$0]) == .nonCompliant && !recommended.contains(items[$0].code) }
    }

    private mutating func jumpToUnrecommended(env: AppEnvironment) -> ScreenOutcome {
        let findings = unrecommendedFindings
        guard !findings.isEmpty else { return .notice(env.text.checklistAllRecommended) }
        moveCursor(to: findings.first(where: { $0 > cursor }) ?? findings[0])
        return .handled
    }

    /// One recommendation per finding without one, each prefilled as the form would prefill it
    /// from its item (text, priority, deadline); then the first of them in its form, from where
    /// Ctrl-N steps through the others one by one and, after the last, to the list.
    private mutating func recommendAll(env: AppEnvironment) -> ScreenOutcome {
        let findings = unrecommendedFindings
        guard !findings.isEmpty else { return .notice(env.text.checklistAllRecommended) }
        var created: [Recommendation] = []
        do {
            for index in findings {
                let code = items[index].code
                let context = try RecommendationContext.load(visitId: visitId, itemCodes: [code], env: env)
                let priority = context.suggestedPriority
                created.append(try env.db.addRecommendation(visitId: visitId, itemCodes: [code], text: context.prefill(env),
                                                            priority: priority, deadline: context.defaultDeadline(for: priority)))
                recommended.insert(code)
            }
        } catch {
            return .error(env.message(for: error))
        }
        // The first in the order Ctrl-N follows (the list's), so stepping on visits them all.
        let ordered: [Recommendation]
        do { ordered = RecommendationCells.listOrder(try env.db.visit(id: visitId)?.recommendations ?? created) } catch {
            return .error(env.message(for: error))
        }
        let ids = Set(created.map(\.id))
        guard let first = ordered.first(where: { ids.contains($0.id) }) else { return .switchTo(.recommendations(visitId: visitId)) }
        return .push(.recommendation(id: first.id))
    }

    /// The section of the focused item.
    private var focusedSection: Int? {
        guard let row = rows[..<cursorRow].lastIndex(where: { if case .section = $0 { true } else { false } }),
              case .section(let number) = rows[row] else { return nil }
        return number
    }

    private mutating func askSectionNotApplicable(env: AppEnvironment) -> ScreenOutcome {
        guard let number = focusedSection, let checklist else { return .handled }
        let section = checklist.sections[number]
        let unanswered = section.items.filter { value(of: $0) == .unanswered }.count
        guard unanswered > 0 else { return .notice(env.text.sectionNothingToMark) }
        var state = DialogState(for: sectionDialog(number, env: env))
        state.focus = .button(1)  // Enter alone changes nothing
        sectionQuestion = (number, state)
        return .handled
    }

    func sectionDialog(_ number: Int, env: AppEnvironment) -> Dialog {
        let section = checklist!.sections[number]
        let unanswered = section.items.filter { value(of: $0) == .unanswered }.count
        let question = env.text.sectionNotApplicableQuestion(section: section.section.title.text(in: env.language),
                                                             unanswered: unanswered,
                                                             answered: section.items.count - unanswered)
        return .confirm(title: env.text.sectionNotApplicableTitle, message: question,
                        confirm: env.text.sectionNotApplicableConfirm, cancel: env.text.cancel, theme: env.theme)
    }

    private mutating func handleSectionQuestion(_ key: Key, area: Rect, env: AppEnvironment) -> ScreenOutcome {
        guard var question = sectionQuestion else { return .handled }
        switch sectionDialog(question.section, env: env).handle(key, in: area, state: &question.state) {
        case .handled:
            sectionQuestion = question
            return .handled
        case .pressed(0):
            sectionQuestion = nil
            guard let checklist else { return .handled }
            do {
                for item in checklist.sections[question.section].items where value(of: item) == .unanswered {
                    let (saved, live) = try env.db.setAnswer(visitId: visitId, itemCode: item.code, value: .notApplicable)
                    answers[item.code] = saved
                    assessment = live
                }
            } catch {
                return .error(env.message(for: error))
            }
            // On to the next section's first item.
            if let last = checklist.sections[question.section].items.last,
               let index = items.firstIndex(where: { $0.code == last.code }) { moveCursor(to: index + 1) }
            return .handled
        case .pressed, .cancelled:
            sectionQuestion = nil
            return .handled
        }
    }

    /// Keys while the note editor is open: Enter, Esc, Tab or a click elsewhere saves it.
    private mutating func handleNote(_ key: Key, layout: Layout, env: AppEnvironment) -> ScreenOutcome {
        if keyMap(env).match(key) == .saveNote { return saveNote(env: env) }
        if case .mouse(let event) = key, event.isClick, !layout.panel.contains(event.position) {
            return saveNote(env: env)
        }
        _ = noteEditor?.layout(width: Self.noteWidth(layout), height: 3)
        // Keys the editor does not use (Ctrl-Q, Ctrl-C, F2) go on to the app; the note is a draft.
        return noteEditor?.handle(key) == .ignored ? .ignored : .handled
    }

    /// The note editor's width: the panel inside its border and margins.
    static func noteWidth(_ layout: Layout) -> Int { max(1, layout.panel.width - 4) }

    private mutating func saveNote(env: AppEnvironment) -> ScreenOutcome {
        guard let item = focusedItem, let editor = noteEditor else { return .handled }
        do {
            let (saved, live) = try env.db.setAnswer(visitId: visitId, itemCode: item.code, note: editor.text)
            answers[item.code] = saved
            assessment = live
            noteEditor = nil
            return .handled
        } catch {
            // The editor stays open with the text, so nothing typed is lost.
            return .error(env.message(for: error))
        }
    }

    /// Keys while the figures editor is open: Enter (or Tab) saves; Esc saves too, and when the
    /// text is not figures says so once, a second Esc leaving the checklist with it as the draft.
    /// Keys the editor does not use (Ctrl-Q, F2) go on to the app: the figures are a draft.
    private mutating func handleFigures(_ key: Key, layout: Layout, env: AppEnvironment) -> ScreenOutcome {
        let wasArmed = figuresLeaveArmed
        figuresLeaveArmed = false
        if key == .escape, let item = focusedItem, let editor = figuresEditor,
           case .failure(let bad) = FiguresInput.parse(editor.text, order: item.figures) {
            if wasArmed { return .ignored }
            figuresLeaveArmed = true
            return .notice(env.text.checklistFiguresEscapeRefused(bad.text))
        }
        if key == .escape { return saveFigures(env: env) }
        if keyMap(env).match(key) == .saveFigures { return saveFigures(env: env) }
        _ = figuresEditor?.layout(width: Self.noteWidth(layout), height: 1)
        return figuresEditor?.handle(key) == .ignored ? .ignored : .handled
    }

    private mutating func saveFigures(env: AppEnvironment) -> ScreenOutcome {
        guard let item = focusedItem, let editor = figuresEditor else { return .handled }
        switch FiguresInput.parse(editor.text, order: item.figures) {
        case .failure(let bad):
            // The editor stays open with the text, so nothing typed is lost.
            return .error(env.text.checklistFiguresBadInput(bad.text, expected: item.figures.count))
        case .success(let figures):
            do {
                let (saved, live) = try env.db.setAnswer(visitId: visitId, itemCode: item.code, figures: figures)
                answers[item.code] = saved
                assessment = live
                figuresEditor = nil
                return .handled
            } catch {
                return .error(env.message(for: error))
            }
        }
    }

    private mutating func moveCursor(to index: Int) {
        guard !items.isEmpty else { return }
        let moved = min(max(0, index), items.count - 1)
        if moved != cursor { nextToOpen = 0 }
        cursor = moved
    }

    mutating func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }

    /// The list row of the focused item.
    var cursorRow: Int { rows.firstIndex(of: .item(cursor)) ?? 0 }

    private mutating func keepCursorVisible(height: Int) { scroll = visibleScroll(height: height) }

    /// The first row to show in a list of `height` rows: the last scroll position, moved just
    /// enough to show the focused item (and its section header when it is a section's first).
    func visibleScroll(height: Int) -> Int {
        guard height > 0 else { return 0 }
        var top = scroll
        var row = cursorRow
        if row > 0, case .section = rows[row - 1] { row -= 1 }
        if row < top { top = row }
        if cursorRow >= top + height { top = cursorRow - height + 1 }
        return max(0, min(top, max(0, rows.count - height)))
    }
}
