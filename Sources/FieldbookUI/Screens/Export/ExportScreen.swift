import FieldbookBundle
import FieldbookCore
import Foundation
import TerminalKit

/// The end-of-day export: what will go out (changes since the last export), the directory, a
/// progress bar while the bundle is written on a background thread, then the file's path,
/// counts and size — or what went wrong, in the user's language, with nothing lost.
struct ExportScreen: Screen {
    enum Field: Hashable, Sendable { case directory, start }
    enum Action: Hashable, Sendable { case export }

    var pending: PendingExport?
    var directory: TextFieldState
    let standardDirectory: String
    var focus = FocusRing<Field>([.directory, .start], focused: .start)
    var job: ExportJob?
    /// The started job's work, until the app hands it to the program runner.
    private var effects: [Effect] = []
    var progress: ExportProgress?
    /// Advances the indeterminate bar while the export has not reported a fraction yet.
    var ticks = 0
    var result: ExportResult?
    var failure: String?

    init(env: AppEnvironment) {
        standardDirectory = env.exportDirectory ?? ExportDirectory.standard()
        directory = TextFieldState(text: standardDirectory, maxLength: 500)
    }

    var route: Route { .export }
    var isRunning: Bool { job != nil }
    var isEditingText: Bool { focus.focused == .directory && !isRunning }
    var tickInterval: Duration? { isRunning ? .milliseconds(50) : nil }

    func title(_ env: AppEnvironment) -> String { env.text.exportTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        KeyMap([KeyBinding(.export, keys: [.ctrl("e")], help: env.text.keyExport, isEnabled: !isRunning)])
    }

    mutating func reload(env: AppEnvironment) throws {
        pending = try env.db.pendingExport()
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        if isRunning { return key == .ctrl("q") ? .ignored : .handled }
        if keyMap(env).match(key) == .export { return start(env: env) }
        let layout = Layout(area: area, env: env)
        if focus.focused == .directory, directory.handle(key) != .ignored { return .handled }
        if focus.focused == .start, key == .enter || key == .character(" ") { return start(env: env) }
        if case .mouse(let event) = key, event.isClick, layout.start.contains(event.position) { return start(env: env) }
        if key == .enter { focus.next(); return .handled }
        return focus.handle(key, fieldRects: layout.fieldRects) ? .handled : .ignored
    }

    private mutating func start(env: AppEnvironment) -> ScreenOutcome {
        result = nil
        failure = nil
        let path = ExportDirectory.expanding(directory.text.trimmingCharacters(in: .whitespaces))
        if path == standardDirectory {
            do { try ExportDirectory.prepareStandard(path) } catch {
                failure = env.text.exportDirectoryNotWritable(path)
                return .handled
            }
        }
        progress = nil
        ticks = 0
        let job = ExportJob(database: env.db, options: ExportOptions(outputDirectory: URL(fileURLWithPath: path)))
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
        case .failure(let error): failure = Self.message(for: error, env: env)
        }
        do { pending = try env.db.pendingExport() } catch {
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
        case .nothingToExport?: return text.exportNothingPending
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

    // MARK: - Layout and drawing

    struct Layout {
        let intro: Rect
        let pending: Rect
        let labelWidth: Int
        let directory: Rect
        let start: Rect
        let progress: Rect
        let outcome: Rect

        /// The intro as many rows as it takes; on a short terminal (60×16) no gap rows and at most
        /// two intro rows, so the progress and the outcome are still on screen.
        init(area: Rect, env: AppEnvironment) {
            let roomy = area.height >= 20
            let gap = roomy ? 1 : 0
            let box = area.inset(horizontal: 2, vertical: gap)
            labelWidth = 12
            let introRows = Paragraph(env.text.exportIntro).lineCount(width: max(1, box.width))
            intro = Rect(x: box.x, y: box.y, width: box.width, height: roomy ? introRows : min(2, introRows))
            var y = intro.bottom + gap
            pending = Rect(x: box.x, y: y, width: box.width, height: 4)
            y = pending.bottom + gap
            directory = Rect(x: box.x + labelWidth, y: y, width: max(10, box.width - labelWidth), height: 1)
            y += 1 + gap
            start = Rect(x: box.x + labelWidth, y: y, width: 20, height: 1)
            y += 1 + gap
            progress = Rect(x: box.x, y: y, width: box.width, height: 1)
            y += 1 + gap
            outcome = Rect(x: box.x, y: y, width: box.width, height: max(0, box.bottom - y))
        }

        var fieldRects: [Field: Rect] { [.directory: directory, .start: start] }
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let text = env.text
        let theme = env.theme
        let layout = Layout(area: area, env: env)
        Paragraph(text.exportIntro, style: theme.normal).render(in: layout.intro, buffer: &buffer)
        renderPending(in: layout.pending, env: env, into: &buffer)

        buffer.write(text.exportDirectory.truncated(toWidth: layout.labelWidth - 1),
                     at: Point(x: layout.directory.x - layout.labelWidth, y: layout.directory.y),
                     style: focus.isFocused(.directory) ? theme.title : theme.normal)
        var field = directory
        TextField(isFocused: focus.isFocused(.directory) && !isRunning, theme: theme)
            .render(in: layout.directory, buffer: &buffer, state: &field)
        let button = "[ " + text.exportStart + " ]"
        buffer.write(button, at: layout.start.origin,
                     style: focus.isFocused(.start) && !isRunning ? theme.selected : theme.normal)

        if isRunning {
            let bar: ProgressBar.Progress = progress.map { .determinate($0.fraction) } ?? .indeterminate(tick: ticks)
            ProgressBar(bar, label: text.exportRunning, theme: theme).render(in: layout.progress, buffer: &buffer)
        } else if let result {
            renderResult(result, in: layout.outcome, env: env, into: &buffer)
        } else if let failure {
            buffer.write(text.exportFailed, at: layout.outcome.origin, style: theme.error.bold)
            Paragraph(failure, style: theme.error)
                .render(in: layout.outcome.inset(by: Insets(top: 1)), buffer: &buffer)
        }
    }

    private func renderPending(in rect: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        guard let pending else { return }
        let text = env.text
        let theme = env.theme
        let last = pending.lastExportAt.map { Self.localTime($0, clock: env.clock) } ?? text.exportNever
        var lastLine = text.exportLastExport(last)
        if pending.lastSequence > 0 { lastLine += "  " + text.exportBundleNumber(pending.lastSequence) }
        buffer.write(lastLine.truncated(toWidth: rect.width), at: rect.origin, style: theme.normal)
        if pending.isEmpty {
            buffer.write(text.exportNothingPending.truncated(toWidth: rect.width), at: Point(x: rect.x, y: rect.y + 1),
                         style: theme.muted)
            return
        }
        buffer.write(text.exportPending, at: Point(x: rect.x, y: rect.y + 1), style: theme.title)
        let counts = [(text.exportKindVisits, pending.visits), (text.exportKindAnswers, pending.answers),
                      (text.exportKindRecommendations, pending.recommendations),
                      (text.exportKindEnterprises, pending.enterprises),
                      (text.exportKindAuditEvents, pending.auditEvents), (text.exportKindDeletions, pending.tombstones)]
        let line = counts.map { "\($0.0) \($0.1)" }.joined(separator: "  ")
        Paragraph(line, style: theme.normal)
            .render(in: Rect(x: rect.x + 2, y: rect.y + 2, width: max(0, rect.width - 2), height: 2), buffer: &buffer)
    }

    private func renderResult(_ result: ExportResult, in rect: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        let text = env.text
        let theme = env.theme
        buffer.write(text.exportDone + "  " + text.exportBundleNumber(result.sequence), at: rect.origin,
                     style: theme.success.bold, clip: rect)
        let counts = [(text.exportKindVisits, BundleFile.visits), (text.exportKindAnswers, .answers),
                      (text.exportKindRecommendations, .recommendations), (text.exportKindEnterprises, .enterprises),
                      (text.exportKindAuditEvents, .auditEvents), (text.exportKindDeletions, .tombstones)]
            .map { "\($0.0) \(result.counts[$0.1] ?? 0)" }.joined(separator: "  ")
        let size = ByteCountFormatter.string(fromByteCount: result.bytes, countStyle: .file)
        let lines = [text.exportFile, result.path, counts, text.exportSize(size)]
        Paragraph(lines.joined(separator: "\n"), style: theme.normal)
            .render(in: rect.inset(by: Insets(top: 1)), buffer: &buffer)
    }
}
