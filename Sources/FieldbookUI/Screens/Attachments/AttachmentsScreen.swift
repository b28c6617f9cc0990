import FieldbookCore
import Foundation
import TerminalKit

/// A visit's attachments: every file attached to the visit, its items and recommendations, the
/// detached ones too (struck out, with their reason). `a` attaches to the visit, Enter or `o` opens
/// the selected file with the system's opener, `x` detaches it with a reason (the record stays and
/// goes to headquarters).
struct AttachmentsScreen: Screen {
    enum Action: Hashable, Sendable {
        case attach, open, detach
        case navigate(VisitNavigation)
    }

    let visitId: String
    private(set) var attachments: [Attachment] = []
    var list = ListState()
    var attachFlow: AttachFlow?
    /// The detach question, with the reason being typed.
    var detaching: DialogState?
    private var effects: [Effect] = []

    init(visitId: String) { self.visitId = visitId }

    var route: Route { .attachments(visitId: visitId) }
    var isEditingText: Bool { attachFlow != nil || detaching != nil }
    var selected: Attachment? { list.selected.flatMap { attachments.indices.contains($0) ? attachments[$0] : nil } }

    func title(_ env: AppEnvironment) -> String { env.text.attachmentsTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        if attachFlow != nil || detaching != nil { return KeyMap([]) }
        let text = env.text
        var map = KeyMap<Action>([
            KeyBinding(.attach, keys: [.character("a"), .character("p")], keyLabel: "a", help: text.keyAttach),
            KeyBinding(.open, keys: [.enter, .character("o")], keyLabel: "Enter", help: text.keyOpenAttachment,
                       isEnabled: selected != nil),
            KeyBinding(.detach, keys: [.character("x")], help: text.keyDetach, isEnabled: selected.map { !$0.isDetached } ?? false),
        ])
        for navigation in [VisitNavigation.checklist, .review] {
            var binding = navigation.binding(Action.navigate(navigation), env)
            binding.showsInStatusBar = false
            map.append(binding)
        }
        return map
    }

    mutating func reload(env: AppEnvironment) throws {
        guard try env.db.visit(id: visitId) != nil else { throw UIError.recordMissing }
        try env.attachments.recover()
        attachments = try env.attachments.attachments(visitId: visitId)
        if attachments.isEmpty { list.selected = nil } else { list.selected = min(list.selected ?? 0, attachments.count - 1) }
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        if var flow = attachFlow {
            switch flow.handle(key, area: area, env: env) {
            case .handled: attachFlow = flow
            case .cancelled: attachFlow = nil
            case .finished(let outcome):
                attachFlow = nil
                try? reload(env: env)
                if case .notice = outcome { list.selected = attachments.isEmpty ? nil : attachments.count - 1 }
                return outcome
            }
            return .handled
        }
        if var state = detaching, let attachment = selected {
            let dialog = detachDialog(attachment, env: env)
            switch dialog.handle(key, in: area, state: &state) {
            case .handled: detaching = state; return .handled
            case .cancelled, .pressed(1): detaching = nil; return .handled
            case .pressed:
                do {
                    try env.attachments.detach(id: attachment.id, reason: state.trimmedText)
                    try reload(env: env)
                } catch {
                    // The dialog stays open with the reason typed.
                    detaching = state
                    return .error(env.message(for: error))
                }
                detaching = nil
                return .notice(env.text.detachedNotice)
            }
        }
        switch keyMap(env).match(key) {
        case .attach?:
            attachFlow = AttachFlow(visitId: visitId, target: .visit, title: env.text.chooserTitleVisit, env: env)
            return .handled
        case .open?:
            guard let attachment = selected else { return .handled }
            return AttachmentOpening.open(attachment, env: env, effects: &effects)
        case .detach?:
            guard let attachment = selected, !attachment.isDetached else { return .handled }
            detaching = DialogState(for: detachDialog(attachment, env: env))
            return .handled
        case .navigate(let navigation)?:
            return .switchTo(navigation.route(visitId: visitId))
        case nil:
            let event = makeList(env).handle(key, in: Self.listArea(area), state: &list)
            return event == .ignored ? .ignored : .handled
        }
    }

    mutating func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }

    func detachDialog(_ attachment: Attachment, env: AppEnvironment) -> Dialog {
        let text = env.text
        return .confirm(title: text.detachTitle, message: text.detachMessage(attachment.originalName),
                        confirm: text.detachButton, cancel: text.cancel,
                        input: DialogInput(placeholder: text.detachPlaceholder, requiredMessage: text.detachRequired),
                        theme: env.theme)
    }

    static func listArea(_ area: Rect) -> Rect { area.inset(horizontal: 1, vertical: 1) }

    /// One row per attachment: kind, name, size, where it is attached, caption or detachment.
    func makeList(_ env: AppEnvironment) -> List {
        let text = env.text
        let items = attachments.map { a -> ListItem in
            let place = a.itemCode.map(text.attachmentsOnItem)
                ?? (a.recommendationId != nil ? text.attachmentsOnRecommendation : text.attachmentsOnVisit)
            var line = a.mediaType.label + "  " + a.originalName
            if !a.caption.isEmpty { line += "  “" + a.caption + "”" }
            // A detached one says so where a narrow terminal still shows it: in the right column.
            let detail = a.detachReason.map(text.attachmentsDetached) ?? place + "  " + AttachmentLimits.describe(a.size)
            return ListItem(line, style: a.isDetached ? env.theme.muted : nil, detail: detail)
        }
        return List(items: items, emptyText: text.attachmentsNone, isFocused: attachFlow == nil && detaching == nil,
                    theme: env.theme)
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        makeList(env).render(in: Self.listArea(area), buffer: &buffer, state: list)
        if let detaching, let attachment = selected {
            buffer.cursor = nil
            detachDialog(attachment, env: env).render(in: area, buffer: &buffer, state: detaching)
        }
        attachFlow?.render(in: area, buffer: &buffer, env: env)
    }
}
