import FieldbookCore
import TerminalKit

/// The whole interface as one `Program`: a stack of screens inside a frame (header, status bar),
/// with the help overlay, error dialog and transient notices on top.
public struct FieldbookApp: Program {
    /// Below this the loop shows a "terminal too small" message instead of a broken layout.
    public static let minimumSize = Size(width: 60, height: 16)

    public private(set) var env: AppEnvironment
    private var stack: [any Screen]
    private let session: SessionStore?
    private var overlay: Overlay?
    /// A one-line notice in place of the key hints, shown until the next key (whatever that key
    /// does, a new screen included): it never hides the hints for longer, and never vanishes
    /// before the user had a key's time to read it.
    private var notice: String?
    private var now: Duration = .zero
    /// The size of the last resize event; the content area is derived from it for mouse hits.
    private var screenSize: Size
    /// Unsaved text by screen (`ScreenDraft`), mirrored in the drafts file at every change.
    private var drafts: [Route: ScreenDraft] = [:]
    /// Where each screen was left (`Screen.position`), by route, for when it opens again.
    private var positions: [Route: String] = [:]
    /// When the drafts file, written but not yet synced, must be synced (a power cut then loses
    /// at most this much typing; a kill loses nothing).
    private var draftSyncDue: Duration?
    static let draftSyncDelay: Duration = .milliseconds(500)

    enum Overlay: Equatable { case help, error(String), confirmQuit(DialogState) }

    /// Opens the app: first-run setup when nobody has set up this database, otherwise the saved
    /// navigation stack (or the dashboard).
    public init(env: AppEnvironment, session: SessionStore? = nil, size: Size = Size(width: 80, height: 24)) {
        var env = env
        self.session = session
        self.screenSize = size
        if env.inspector == nil {
            do { env.inspector = try env.db.currentInspector() } catch { env.logUnshown("inspector not read at start", error) }
        }
        if let inspector = env.inspector { env.language = inspector.language }
        self.env = env
        let saved = env.inspector == nil ? [Route.setup] : (session?.load() ?? [])
        for entry in session?.loadDrafts() ?? [] { drafts[entry.route] = entry.draft }
        for entry in session?.loadPositions() ?? [] { positions[entry.route] = entry.position }
        var stack: [any Screen] = []
        for route in saved where route != .setup || env.inspector == nil {
            // A saved screen whose record is gone (or unreadable) is skipped: the inspector lands
            // one step further back, and the log says why.
            do { stack.append(try Router.makeScreen(route, env: env)) } catch { env.logUnshown("saved screen not reopened", error) }
        }
        if stack.isEmpty {
            do { stack = [try Router.makeScreen(.dashboard, env: env)] } catch { env.logUnshown("dashboard not opened", error) }
        }
        for index in stack.indices {
            if let position = positions[stack[index].route] { stack[index].restore(position: position) }
            do { try stack[index].resized(area: Self.contentArea(in: size), env: env) } catch {
                env.logUnshown("screen not laid out at start", error)
            }
            // What was being typed when the program ended goes back into its field.
            if let draft = drafts[stack[index].route] { stack[index].restore(draft, env: env) }
        }
        self.stack = stack
        // A restored route may have become another (a new visit is now that visit): store what is
        // open. Unchanged, the file already says so (and the first frame does not wait for it).
        if stack.map(\.route) != saved { session?.save(stack.map(\.route)) }
    }

    /// The routes of the open screens, bottom first.
    public var routes: [Route] { stack.map(\.route) }

    /// The screen on top (for tests that look at what a screen holds).
    var topScreen: (any Screen)? { stack.last }

    public mutating func start(now: Duration) { self.now = now }

    public var deadline: Duration? {
        let wakes = [stack.last?.tickInterval.map { now + $0 }, draftSyncDue].compactMap { $0 }
        return wakes.min()
    }

    /// The work any open screen asked for (an export), for the runner to execute.
    public mutating func takeEffects() -> [Effect] {
        var effects: [Effect] = []
        for index in stack.indices { effects += stack[index].takeEffects() }
        return effects
    }

    public mutating func update(_ event: Event, now: Duration) -> Command {
        self.now = now
        if let due = draftSyncDue, due <= now { syncDrafts() }
        let command = handle(event)
        // Leaving the program puts the last keys on the disk first.
        if command == .quit { syncDrafts() }
        return command
    }

    private mutating func syncDrafts() {
        guard draftSyncDue != nil else { return }
        session?.syncDrafts()
        draftSyncDue = nil
    }

    private mutating func handle(_ event: Event) -> Command {
        if event == .tick, !stack.isEmpty, stack[stack.count - 1].tickInterval != nil {
            stack[stack.count - 1].tick(env: env)
        }
        guard case .key(let key) = event else { return .none }
        if case .resize(let size) = key { return resize(to: size) }
        notice = nil
        if case .confirmQuit(var state) = overlay {
            if key == .ctrl("q") || key == .ctrl("c") || key == .character("q") { return .quit }
            switch quitDialog.handle(key, in: Rect(size: screenSize), state: &state) {
            case .handled: overlay = .confirmQuit(state)
            case .pressed(0): return .quit
            case .pressed, .cancelled: overlay = nil
            }
            return .none
        }
        if overlay != nil {
            // Any key closes help or an error message (mouse movement included).
            overlay = nil
            return .none
        }
        if key == .function(1) { overlay = .help; return .none }
        guard !stack.isEmpty else { return key == .ctrl("q") || key == .escape ? .quit : .none }

        let area = Self.contentArea(in: screenSize)
        let routeBefore = stack[stack.count - 1].route
        let outcome = stack[stack.count - 1].handle(key, area: area, env: &env)
        recordDraft(routeBefore: routeBefore)
        recordPosition()
        // A new record's screen takes its record's route once saved (a restart returns to it).
        if stack[stack.count - 1].route != routeBefore { saveSession() }
        if outcome != .ignored { return apply(outcome) }

        let editing = stack[stack.count - 1].isEditingText
        switch GlobalAction.keyMap(env, editingText: editing).match(key) {
        case .help: overlay = .help
        case .back: return apply(stack.count > 1 ? .pop : .askToQuit)
        case .quit: return .quit
        case .switchLanguage: switchLanguage()
        case .redraw: return .repaint
        case nil: break
        }
        return .none
    }

    private mutating func apply(_ outcome: ScreenOutcome) -> Command {
        switch outcome {
        case .handled, .ignored: break
        case .quit: return .quit
        case .askToQuit:
            var state = DialogState(for: quitDialog)
            state.focus = .button(1)  // Enter stays
            overlay = .confirmQuit(state)
        case .notice(let text): show(text)
        case .error(let message): overlay = .error(message)
        case .push(let route): open(route) { $0.append($1) }
        case .replace(let route): open(route) { $0[$0.count - 1] = $1 }
        case .switchTo(let route):
            if let open = stack.lastIndex(where: { $0.route == route }) {
                stack.removeSubrange((open + 1)...)
                reloadTop()
                saveSession()
            } else {
                open(route) { $0[$0.count - 1] = $1 }
            }
        case .pop:
            if stack.count <= 1 { return .quit }
            stack.removeLast()
            reloadTop()
            saveSession()
        case .removed(let text):
            closeRemoved()
            show(text)
        }
        return .none
    }

    private mutating func open(_ route: Route, placing: (inout [any Screen], any Screen) -> Void) {
        do {
            if env.inspector == nil { env.inspector = try env.db.currentInspector() }
            var screen = try Router.makeScreen(route, env: env)
            if let position = positions[screen.route] { screen.restore(position: position) }
            try screen.resized(area: Self.contentArea(in: screenSize), env: env)
            if let draft = drafts[screen.route] { screen.restore(draft, env: env) }
            placing(&stack, screen)
            saveSession()
        } catch {
            overlay = .error(env.message(for: error))
        }
    }

    /// After a deletion: the top screen goes, and so does every screen below that no longer loads
    /// (the deleted visit's form, checklist, recommendations); their drafts go with them.
    private mutating func closeRemoved() {
        drafts[stack.removeLast().route] = nil
        while let top = stack.last {
            do {
                try stack[stack.count - 1].reload(env: env)
                if let draft = drafts[top.route] { stack[stack.count - 1].restore(draft, env: env) }
                break
            } catch {
                drafts[stack.removeLast().route] = nil
            }
        }
        if stack.isEmpty, let dashboard = try? Router.makeScreen(.dashboard, env: env) { stack = [dashboard] }
        session?.saveDrafts(drafts.map { DraftEntry(route: $0.key, draft: $0.value) }
            .sorted { String(describing: $0.route) < String(describing: $1.route) })
        saveSession()
    }

    /// Every open screen learns its new area (a list shows more rows at once); only the top
    /// screen's failure is shown, the others reload when they are back on top.
    private mutating func resize(to size: Size) -> Command {
        screenSize = size
        for index in stack.indices {
            do {
                try stack[index].resized(area: Self.contentArea(in: size), env: env)
            } catch {
                if index == stack.count - 1 { overlay = .error(env.message(for: error)) }
            }
        }
        return .none
    }

    /// Re-reads the top screen (back on top, or the language changed); a reload shows what the
    /// record holds, so the draft typed there goes back on top of it.
    private mutating func reloadTop() {
        guard !stack.isEmpty else { return }
        do { try stack[stack.count - 1].reload(env: env) } catch { overlay = .error(env.message(for: error)) }
        if let draft = drafts[stack[stack.count - 1].route] { stack[stack.count - 1].restore(draft, env: env) }
    }

    /// Keeps the drafts file in step with the top screen after a key: its unsaved text is written
    /// at once (a kill right after the key keeps it); a screen that became its new record's
    /// (`routeBefore` differs) takes its draft along.
    private mutating func recordDraft(routeBefore: Route) {
        guard let top = stack.last else { return }
        var changed = false
        if top.route != routeBefore, drafts.removeValue(forKey: routeBefore) != nil { changed = true }
        let draft = top.draft
        if drafts[top.route] != draft {
            drafts[top.route] = draft
            changed = true
        }
        if changed {
            session?.saveDrafts(drafts.map { DraftEntry(route: $0.key, draft: $0.value) }
                .sorted { String(describing: $0.route) < String(describing: $1.route) })
            if draftSyncDue == nil { draftSyncDue = now + Self.draftSyncDelay }
        }
    }

    /// Notes where the top screen is (the checklist's item) when it moved, in memory and in the
    /// positions file, so it reopens there — later in this run or after a restart.
    private mutating func recordPosition() {
        guard let top = stack.last, let position = top.position, positions[top.route] != position else { return }
        positions[top.route] = position
        session?.savePositions(positions.map { PositionEntry(route: $0.key, position: $0.value) }
            .sorted { String(describing: $0.route) < String(describing: $1.route) })
    }

    /// The unsaved text of the screen showing `route`, as the drafts file holds it (for tests).
    func draft(for route: Route) -> ScreenDraft? { drafts[route] }

    private mutating func switchLanguage() {
        env.language = env.language == .zh ? .en : .zh
        if let inspector = env.inspector {
            // Remember the choice; a failure to store it must not block the switch.
            do {
                env.inspector = try env.db.updateInspector(name: inspector.name, district: inspector.district,
                                                           language: env.language)
            } catch {
                env.inspector = inspector
                env.logUnshown("language choice not stored", error)
            }
        }
        reloadTop()
        show(env.text.languageSwitched)
    }

    private mutating func show(_ text: String) {
        notice = text
    }

    private func saveSession() { session?.save(routes) }

    /// "Quit Fieldbook?": Quit (index 0) or Stay (index 1, focused when it opens).
    private var quitDialog: Dialog {
        .confirm(title: env.text.quitTitle, message: env.text.quitMessage, confirm: env.text.quitButton,
                 cancel: env.text.stayButton, theme: env.theme)
    }

    // MARK: - Rendering

    /// The rows between the header and the status bar.
    static func contentArea(in size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
    }

    public func render(into buffer: inout Buffer) {
        let size = buffer.size
        let theme = env.theme
        buffer.fill(Rect(size: size), style: theme.normal)
        let frame = FrameView(env: env, screens: stack.map { ($0.title(env), $0.subject(env)) })
        frame.renderHeader(into: &buffer)
        if let top = stack.last {
            top.render(into: &buffer, area: Self.contentArea(in: size), env: env)
        }
        let editing = stack.last?.isEditingText ?? false
        let global = GlobalAction.keyMap(env, editingText: editing)
        let screenHints = stack.last?.hints(env) ?? ([], [])
        let back = stack.count > 1 ? global.statusHints.first { $0.help == env.text.keyBack } : nil
        let hints = StatusHints.arranged(screen: screenHints.0, global: global.statusHints, back: back, width: size.width)
        FrameView(env: env).renderStatusBar(hints: hints, notice: notice, into: &buffer)
        let screenArea = Rect(size: size)
        switch overlay {
        case .help:
            buffer.cursor = nil
            HelpOverlay(title: env.text.helpTitle,
                        sections: [HelpSection(env.text.helpScreenSection, hints: screenHints.1),
                                   HelpSection(env.text.helpGlobalSection, hints: global.helpHints)],
                        theme: env.theme).render(in: screenArea, buffer: &buffer, scroll: 0)
        case .error(let message):
            buffer.cursor = nil
            let dialog = Dialog.error(title: env.text.errorTitle, message: message, ok: env.text.ok, theme: env.theme)
            dialog.render(in: screenArea, buffer: &buffer, state: DialogState(for: dialog))
        case .confirmQuit(let state):
            buffer.cursor = nil
            quitDialog.render(in: screenArea, buffer: &buffer, state: state)
        case nil: break
        }
    }
}
