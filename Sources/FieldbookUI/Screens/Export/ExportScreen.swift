import FieldbookBundle
import FieldbookCore
import Foundation
import TerminalKit

/// The end-of-day export: what will go out (changes since the last export, attachments
/// included), what to export (the new changes, one day's visits again, or everything again, as
/// `fieldbook export`, `--day`, `--all`), the directory (the last one used, a USB stick's folder
/// say, until another is typed), a progress bar while the bundle is written on a background
/// thread, then the file's path, counts and size — or what went wrong, in the user's language,
/// with nothing lost. "Nothing new" is a plain fact, not a failure. Below, the past exports:
/// when, number, what they held, size, published or pending, file.
struct ExportScreen: Screen {
    enum Field: Hashable, Sendable { case scope, day, directory, start }
    enum Action: Hashable, Sendable { case export, historyUp, historyDown }

    /// What the export carries (the command's default, `--day`, `--all`).
    enum ScopeChoice: Int, CaseIterable, Sendable { case changes, day, all }

    var pending: PendingExport?
    var history: [ExportHistoryEntry] = []
    var historyTable = TableState(selected: nil)
    var scope = ScopeChoice.changes
    var day: DateFieldState
    var directory: TextFieldState
    let standardDirectory: String
    /// Whether the directory field still shows what the screen proposed (the last directory
    /// used); once the user types, a reload no longer replaces it.
    var directoryProposed = true
    var focus = FocusRing<Field>([.scope, .directory, .start], focused: .start)
    var job: ExportJob?
    /// The started job's work, until the app hands it to the program runner.
    private var effects: [Effect] = []
    var progress: ExportProgress?
    /// Advances the indeterminate bar while the export has not reported a fraction yet.
    var ticks = 0
    var result: ExportResult?
    var failure: String?
    /// A neutral outcome: nothing new to export (no file written).
    var nothingNew: String?

    init(env: AppEnvironment) {
        standardDirectory = env.exportDirectory ?? ExportDirectory.standard()
        directory = TextFieldState(text: standardDirectory, maxLength: 500)
        day = DateFieldState(text: env.today.description)
    }

    var route: Route { .export }
    var isRunning: Bool { job != nil }
    var isEditingText: Bool { (focus.focused == .directory || focus.focused == .day) && !isRunning }
    var tickInterval: Duration? { isRunning ? .milliseconds(50) : nil }

    func title(_ env: AppEnvironment) -> String { env.text.exportTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        KeyMap([
            KeyBinding(.export, keys: [.ctrl("e")], help: env.text.keyExport, isEnabled: !isRunning),
            KeyBinding(.historyUp, keys: [.pageUp], help: env.text.keyScrollHistory, isEnabled: history.count > 1,
                       showsInStatusBar: false),
            KeyBinding(.historyDown, keys: [.pageDown], help: env.text.keyScrollHistory, isEnabled: history.count > 1,
                       showsInStatusBar: false),
        ])
    }

    mutating func reload(env: AppEnvironment) throws {
        pending = try env.db.pendingExport()
        history = try env.db.exportHistory()
        if historyTable.selected.map({ $0 >= history.count }) ?? false { historyTable.selected = nil }
        if directoryProposed, let last = try env.db.lastExportDirectory() {
            directory = TextFieldState(text: last, maxLength: 500)
        }
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        if isRunning { return key == .ctrl("q") ? .ignored : .handled }
        let layout = Layout(area: area, screen: self, env: env)
        switch keyMap(env).match(key) {
        case .export: return start(env: env)
        case .historyUp, .historyDown:
            scrollHistory(by: key == .pageUp ? -1 : 1, layout: layout, env: env)
            return .handled
        case nil: break
        }
        switch focus.focused {
        case .directory?:
            if directory.handle(key) != .ignored {
                directoryProposed = false
                return .handled
            }
        case .day?:
            if day.handle(key) != .ignored { return .handled }
        case .scope?:
            if let step = key.choiceStep {
                let all = ScopeChoice.allCases
                scope = all[(scope.rawValue + step + all.count) % all.count]
                focus.setOrder(scope == .day ? [.scope, .day, .directory, .start] : [.scope, .directory, .start])
                return .handled
            }
        case .start?:
            if key == .enter || key == .character(" ") { return start(env: env) }
        case nil: break
        }
        if case .mouse(let event) = key, event.isClick, layout.start.contains(event.position) { return start(env: env) }
        if key == .enter { focus.next(); return .handled }
        return focus.handle(key, fieldRects: layout.fieldRects) ? .handled : .ignored
    }

    /// PgUp/PgDn page through the past exports, whichever field has focus (no field uses them).
    private mutating func scrollHistory(by pages: Int, layout: Layout, env: AppEnvironment) {
        let rows = max(1, ExportHistoryTable(entries: history, env: env).visibleCapacity(in: layout.history))
        let maxOffset = max(0, history.count - rows)
        historyTable.offset = min(max(0, historyTable.offset + pages * rows), maxOffset)
    }

    private mutating func start(env: AppEnvironment) -> ScreenOutcome {
        result = nil
        failure = nil
        nothingNew = nil
        let exportScope: ExportScope
        switch scope {
        case .changes: exportScope = .sinceLastExport
        case .all: exportScope = .all
        case .day:
            guard let chosen = day.day, let date = LocalDate(chosen.iso) else {
                failure = env.text.exportDayInvalid
                focus.focus(.day)
                return .handled
            }
            exportScope = .day(date)
        }
        let path = ExportDirectory.expanding(directory.text.trimmingCharacters(in: .whitespaces))
        if path == standardDirectory {
            do { try ExportDirectory.prepareStandard(path) } catch {
                failure = env.text.exportDirectoryNotWritable(path)
                return .handled
            }
        }
        progress = nil
        ticks = 0
        let job = ExportJob(database: env.db, options: ExportOptions(outputDirectory: URL(fileURLWithPath: path),
                                                                     scope: exportScope))
        self.job = job
        effects.append(job.effect)
        return .handled
    }

    mutating func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }

    mutating func tick(env: AppEnvironment) {
        guard let job else { return }
        ticks += 1
        let snapshot = job.snapshot
        progress = snapshot.progress
        guard let outcome = snapshot.outcome else { return }
        self.job = nil
        switch outcome {
        case .success(let exported): result = exported
        case .failure(SyncError.nothingToExport):
            nothingNew = scope == .day ? env.text.exportNothingOnDay(day.text) : env.text.exportNothingNew
        case .failure(let error): failure = Self.message(for: error, env: env)
        }
        do {
            pending = try env.db.pendingExport()
            history = try env.db.exportHistory()
            historyTable.offset = 0
        } catch {
            pending = nil
            env.logUnshown("pending export not read", error)
        }
    }

    /// The directory problems in words that fit this screen (the CLI's mention its options).
    static func message(for error: any Error, env: AppEnvironment) -> String {
        let text = env.text
        switch error as? SyncError {
        case .outputDirectoryMissing(let path)?: return text.exportDirectoryMissing(path)
        case .outputNotADirectory(let path)?: return text.exportNotADirectory(path)
        case .outputNotWritable(let path, _)?: return text.exportDirectoryNotWritable(path)
        case .diskFull(let path)?: return text.exportDiskFull(path)
        case .nothingToExport?: return text.exportNothingNew
        default: return env.message(for: error)
        }
    }

    /// "2026-11-29 17:45" in the inspector's time zone.
    static func localTime(_ instant: Timestamp, clock: AppClock) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = clock.timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: instant.date)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return LocalDate(instant.date, in: clock.timeZone).description + " " + time
    }
}
