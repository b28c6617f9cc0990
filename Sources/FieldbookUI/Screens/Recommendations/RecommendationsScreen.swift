import FieldbookCore
import TerminalKit

/// The recommendations of one visit: text, linked items, priority, deadline, status (overdue ones
/// in the error style), the selected one in full below the table. New and edit open the form;
/// status keys (r 已整改, v 复查销号, o 复查不合格, t 逾期移交) move the selected one, dated today,
/// after a confirmation naming the change and asking what it needs (evidence, a new deadline, the
/// referral target); `u` takes a mistaken change back with a reason. Del removes the selected one:
/// a never-exported one of a draft visit is deleted (after a confirmation whose default keeps it),
/// anything else is voided with a reason; voided ones stay, dimmed, with it.
struct RecommendationsScreen: Screen {
    enum Action: Hashable, Sendable {
        case new, open, remove
        case status(StatusQuestion.Change)
        /// Attach proof of rectification (photos, scans) to the selected recommendation.
        case attach
        case navigate(VisitNavigation)
    }

    let visitId: String
    var detail: VisitDetail?
    var table = TableState()
    /// The status change waiting for a yes (or a reason), if any.
    var question: StatusQuestion?
    /// A deletion waiting for a yes, or a void waiting for its reason.
    var removal: RemovalQuestion?
    /// What Del does to each recommendation (by id): delete, void, or nothing (voided).
    var removals: [String: RecordRemoval] = [:]
    /// The file chooser and caption, while attaching to the selected recommendation.
    var attachFlow: AttachFlow?

    var route: Route { .recommendations(visitId: visitId) }
    var recommendations: [Recommendation] { detail?.recommendations ?? [] }
    var isDraft: Bool { detail?.visit.status == .draft }

    func title(_ env: AppEnvironment) -> String { env.text.recommendationsTitle }

    func subject(_ env: AppEnvironment) -> String? { detail?.enterprise.name }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        if attachFlow != nil { return KeyMap([]) }
        let text = env.text
        let selected = table.selected.map { recommendations[$0] }
        let live = selected.map { !$0.isVoided } ?? false
        let removal = selected.flatMap { removals[$0.id] } ?? .none
        var map = KeyMap<Action>([
            KeyBinding(.new, keys: [.character("n")], help: text.keyNewRecommendation, isEnabled: isDraft),
            KeyBinding(.open, keys: [.enter], help: text.keyOpen, isEnabled: selected != nil),
            KeyBinding(.remove, keys: RemovalKeys.keys, keyLabel: RemovalKeys.label,
                       help: removal == .delete ? text.keyDelete : text.keyVoid, isEnabled: removal != .none),
            KeyBinding(.attach, keys: [.character("p")], help: text.keyAttach, isEnabled: live,
                       showsInStatusBar: false),
        ] + RecommendationCells.statusBindings(for: selected, today: env.today, env: env, enabled: live) { .status($0) })
        for navigation in [VisitNavigation.review, .checklist, .form] {
            var binding = navigation.binding(Action.navigate(navigation), env)
            binding.showsInStatusBar = navigation == .review
            map.append(binding)
        }
        return map
    }

    mutating func reload(env: AppEnvironment) throws {
        guard var detail = try env.db.visit(id: visitId) else { throw UIError.recordMissing }
        detail.recommendations = RecommendationCells.listOrder(detail.recommendations)
        self.detail = detail
        removals = [:]
        for rec in detail.recommendations { removals[rec.id] = try env.db.removal(ofRecommendation: rec.id) }
        // Keep the selection where it was (clamped); the first row once the list is no longer empty.
        let count = detail.recommendations.count
        table.selected = count == 0 ? nil : min(table.selected ?? 0, count - 1)
    }

    var isEditingText: Bool { question?.isTypingReason ?? removal?.isTypingReason ?? (attachFlow != nil) }

    var draft: ScreenDraft? { question?.draft ?? removal?.draft }

    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {
        if let id = RemovalQuestion.recordId(of: draft) {
            // A void reason typed before a restart (or a language switch) comes back in its dialog.
            guard removal == nil, let index = recommendations.firstIndex(where: { $0.id == id }),
                  case .success(var question) = RemovalQuestion.ask(.recommendation(recommendations[index]), env: env),
                  question.removal == .void else { return }
            table.selected = index
            question.restoreReason(from: draft)
            removal = question
            return
        }
        guard let (index, question) = StatusQuestion.restored(from: draft, among: recommendations, env: env),
              !recommendations[index].isVoided else { return }
        table.selected = index
        self.question = question
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let layout = Layout(area: area)
        switch AttachFlow.route(&attachFlow, key, area: area, env: env) {
        case nil: break
        case .finished(let outcome)?: return outcome
        case .handled?, .cancelled?: return .handled
        }
        if var removal {
            let outcome = removal.handle(key, area: area, env: env)
            switch outcome {
            case .passOn: return .ignored
            case .open:
                self.removal = removal
                return .handled
            case .cancelled:
                self.removal = nil
                return .handled
            case .deleted(let notice), .voided(let notice):
                self.removal = nil
                do { try reload(env: env) } catch { return .error(env.message(for: error)) }
                return .notice(notice)
            case .failed(let message):
                self.removal = removal
                return .error(message)
            }
        }
        if var question {
            let outcome = question.handle(key, area: area, env: env)
            switch outcome {
            case .open:
                self.question = question
                return .handled
            case .cancelled:
                self.question = nil
                return .handled
            case .done(_, let notice):
                self.question = nil
                do { try reload(env: env) } catch { return .error(env.message(for: error)) }
                return .notice(notice)
            case .failed:
                // The dialog says why and keeps what was typed (an error box would take a key).
                self.question = question
                return .handled
            }
        }
        switch keyMap(env).match(key) {
        case .new: return .push(.newRecommendation(visitId: visitId, itemCode: nil))
        case .open: return open()
        case .remove:
            guard let index = table.selected, index < recommendations.count else { return .handled }
            switch RemovalQuestion.ask(.recommendation(recommendations[index]), env: env) {
            case .success(let question): removal = question
            case .failure(let refusal): return .notice(refusal.message)
            }
            return .handled
        case .status(let change): return ask(change, env: env)
        case .attach:
            guard let index = table.selected, index < recommendations.count else { return .handled }
            let recommendation = recommendations[index]
            attachFlow = AttachFlow(visitId: visitId, target: .recommendation(id: recommendation.id),
                                    title: env.text.chooserTitleRecommendation(recommendation.text), env: env)
            return .handled
        case .navigate(let navigation): return .switchTo(navigation.route(visitId: visitId))
        case nil: break
        }
        switch makeTable(env).handle(key, in: layout.table, state: &table) {
        case .activated: return open()
        case .ignored: return .ignored
        default: return .handled
        }
    }

    private func open() -> ScreenOutcome {
        guard let index = table.selected, index < recommendations.count else { return .handled }
        return .push(.recommendation(id: recommendations[index].id))
    }

    /// Asks before a status change (it stamps a date and asks what the move needs).
    private mutating func ask(_ change: StatusQuestion.Change, env: AppEnvironment) -> ScreenOutcome {
        guard let index = table.selected, index < recommendations.count else { return .handled }
        question = StatusQuestion(recommendations[index], change, env: env)
        return .handled
    }

    /// The heading row, the table and the panel showing the selected recommendation in full.
    struct Layout {
        let heading: Rect
        let table: Rect
        let detail: Rect

        init(area: Rect) {
            let box = area.inset(horizontal: 1, vertical: 0)
            let detailHeight = box.height >= 30 ? 8 : 5
            let parts = box.rows([.fixed(2), .fill(), .fixed(detailHeight)])
            heading = parts[0]
            table = parts[1]
            detail = parts[2]
        }
    }

    func makeTable(_ env: AppEnvironment) -> Table {
        let text = env.text
        let rows = recommendations.map { rec -> TableRow in
            let cells = RecommendationCells(recommendation: rec, today: env.today)
            return TableRow(cells: [TableCell(cells.oneLineText), TableCell(rec.itemCodes.joined(separator: " ")),
                                    TableCell(rec.priority.label(in: env.language)), TableCell(cells.deadline),
                                    TableCell(cells.status(env))],
                            style: cells.style(env.theme))
        }
        return Table(columns: [TableColumn(text.columnText, width: .fill()),
                               TableColumn(text.columnItems, width: .fixed(11)),
                               TableColumn(text.columnPriority, width: .fixed(8)),
                               TableColumn(text.columnDeadline, width: .fixed(10)),
                               TableColumn(text.columnStatus, width: .fixed(15))],
                     rows: rows, totalCount: rows.count, emptyText: text.recommendationsEmpty, isFocused: true,
                     theme: env.theme)
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        guard let detail else { return }
        let layout = Layout(area: area)
        let heading = env.text.recommendationsHeading(enterprise: detail.enterprise.name,
                                                      date: detail.visit.date.description)
        buffer.write(heading.truncated(toWidth: layout.heading.width), at: layout.heading.origin,
                     style: env.theme.title)
        if !isDraft || detail.visit.isVoided {
            let note = detail.visit.isVoided ? env.text.visitVoidedNote : env.text.recommendationsLocked
            buffer.write(note.truncated(toWidth: layout.heading.width),
                         at: Point(x: layout.heading.x, y: layout.heading.y + 1), style: env.theme.muted)
        }
        makeTable(env).render(in: layout.table, buffer: &buffer, state: table)
        if let index = table.selected, index < recommendations.count {
            RecommendationSummary(recommendation: recommendations[index], env: env)
                .render(in: layout.detail, buffer: &buffer)
        }
        question?.render(in: area, buffer: &buffer, env: env)
        removal?.render(in: area, buffer: &buffer, env: env)
        attachFlow?.render(in: area, buffer: &buffer, env: env)
    }
}
