import FieldbookBundle
import FieldbookCore
import Foundation
import TerminalKit

extension ExportScreen {
    /// Top to bottom: the intro, what the next export carries, the scope, directory and start
    /// rows, the progress or outcome (only while there is one), then the past exports in what is
    /// left. On a short terminal (60×16) there are no gap rows; below 30 rows an inspector who
    /// has exported before (the history is not empty) does without the intro, so the history
    /// has room.
    struct Layout {
        let intro: Rect
        let pending: Rect
        let labelWidth: Int
        let scope: Rect
        let day: Rect
        let directory: Rect
        let start: Rect
        let outcome: Rect
        let history: Rect

        init(area: Rect, screen: ExportScreen, env: AppEnvironment) {
            let roomy = area.height >= 20
            let gap = roomy ? 1 : 0
            let box = area.inset(horizontal: 2, vertical: gap)
            labelWidth = 12
            let introRows = Paragraph(env.text.exportIntro).lineCount(width: max(1, box.width))
            let showsIntro = area.height >= 30 || screen.history.isEmpty
            intro = Rect(x: box.x, y: box.y, width: box.width, height: showsIntro ? (roomy ? introRows : min(2, introRows)) : 0)
            var y = intro.bottom + (showsIntro ? gap : 0)
            let pendingRows = screen.pending.map { $0.isEmpty ? 2 : 2 + min(2, Paragraph(ExportScreen.countsLine($0, env: env))
                .lineCount(width: max(1, box.width - 2))) } ?? 0
            pending = Rect(x: box.x, y: y, width: box.width, height: pendingRows)
            y = pending.bottom + gap
            let fieldX = box.x + labelWidth
            let fieldWidth = max(10, box.width - labelWidth)
            let choiceWidth = min(fieldWidth, ExportScreen.scopeChoiceWidth(env))
            scope = Rect(x: fieldX, y: y, width: choiceWidth, height: 1)
            let dayX = scope.right + 1 + env.text.exportDayLabel.displayWidth + 1
            // Ten characters and the cursor's cell after them.
            day = Rect(x: dayX, y: y, width: max(0, min(11, box.right - dayX)), height: 1)
            y += 1
            directory = Rect(x: fieldX, y: y, width: fieldWidth, height: 1)
            y += 1
            start = Rect(x: fieldX, y: y, width: 20, height: 1)
            y += 1 + gap
            let outcomeRows = screen.outcomeRows(width: box.width, env: env)
            outcome = Rect(x: box.x, y: y, width: box.width, height: max(0, min(outcomeRows, box.bottom - y)))
            y = outcome.bottom + (outcomeRows > 0 ? gap : 0)
            history = Rect(x: box.x, y: y, width: box.width, height: max(0, box.bottom - y))
        }

        var fieldRects: [Field: Rect] { [.scope: scope, .day: day, .directory: directory, .start: start] }
    }

    static func scopeLabel(_ choice: ScopeChoice, env: AppEnvironment) -> String {
        switch choice {
        case .changes: env.text.exportScopeChanges
        case .day: env.text.exportScopeDay
        case .all: env.text.exportScopeAll
        }
    }

    /// Wide enough for the longest choice, so the day field does not move as the choice changes.
    static func scopeChoiceWidth(_ env: AppEnvironment) -> Int {
        ScopeChoice.allCases.map { scopeLabel($0, env: env).displayWidth }.max()! + 4
    }

    /// "走访 10  检查项 213 …  附件 2": what the next export carries.
    static func countsLine(_ pending: PendingExport, env: AppEnvironment) -> String {
        let text = env.text
        return [(text.exportKindVisits, pending.visits), (text.exportKindAnswers, pending.answers),
                (text.exportKindRecommendations, pending.recommendations), (text.exportKindEnterprises, pending.enterprises),
                (text.exportKindAuditEvents, pending.auditEvents), (text.exportKindDeletions, pending.tombstones),
                (text.exportKindAttachments, pending.attachments)]
            .map { "\($0.0) \($0.1)" }.joined(separator: "  ")
    }

    /// The rows the progress or the outcome takes (none before the first export of this visit).
    func outcomeRows(width: Int, env: AppEnvironment) -> Int {
        if isRunning { return 1 }
        if let result { return 1 + resultLines(result, env: env).map { Paragraph($0).lineCount(width: max(1, width)) }.reduce(0, +) }
        if let failure { return 1 + Paragraph(failure).lineCount(width: max(1, width)) }
        if let nothingNew { return Paragraph(nothingNew).lineCount(width: max(1, width)) }
        return 0
    }

    private func resultLines(_ result: ExportResult, env: AppEnvironment) -> [String] {
        let text = env.text
        let counts = [(text.exportKindVisits, BundleFile.visits), (text.exportKindAnswers, .answers),
                      (text.exportKindRecommendations, .recommendations), (text.exportKindEnterprises, .enterprises),
                      (text.exportKindAuditEvents, .auditEvents), (text.exportKindDeletions, .tombstones),
                      (text.exportKindAttachments, .attachments)]
            .map { "\($0.0) \(result.counts[$0.1] ?? 0)" }.joined(separator: "  ")
        return [result.path, counts]
    }

    /// "导出完成  第 2 号  大小：5 KB".
    private func resultHeading(_ result: ExportResult, env: AppEnvironment) -> String {
        let size = ByteCountFormatter.string(fromByteCount: result.bytes, countStyle: .file)
        return env.text.exportDone + "  " + env.text.exportBundleNumber(result.sequence) + "  " + env.text.exportSize(size)
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let text = env.text
        let theme = env.theme
        let layout = Layout(area: area, screen: self, env: env)
        Paragraph(text.exportIntro, style: theme.normal).render(in: layout.intro, buffer: &buffer)
        renderPending(in: layout.pending, env: env, into: &buffer)

        func label(_ title: String, for field: Field, rect: Rect) {
            buffer.write(title.truncated(toWidth: layout.labelWidth - 1), at: Point(x: rect.x - layout.labelWidth, y: rect.y),
                         style: focus.isFocused(field) && !isRunning ? theme.title : theme.normal)
        }
        label(text.exportScope, for: .scope, rect: layout.scope)
        buffer.write("‹ " + Self.scopeLabel(scope, env: env) + " ›", at: layout.scope.origin,
                     style: focus.isFocused(.scope) && !isRunning ? theme.selected : theme.normal, clip: layout.scope)
        if scope == .day, layout.day.width > 0 {
            buffer.write(text.exportDayLabel, at: Point(x: layout.scope.right + 1, y: layout.day.y),
                         style: focus.isFocused(.day) ? theme.title : theme.normal)
            var field = day
            TextField(placeholder: "YYYY-MM-DD", isFocused: focus.isFocused(.day) && !isRunning, theme: theme)
                .render(in: layout.day, buffer: &buffer, state: &field.field)
        }
        label(text.exportDirectory, for: .directory, rect: layout.directory)
        var field = directory
        TextField(isFocused: focus.isFocused(.directory) && !isRunning, theme: theme)
            .render(in: layout.directory, buffer: &buffer, state: &field)
        let button = "[ " + text.exportStart + " ]"
        buffer.write(button, at: layout.start.origin,
                     style: focus.isFocused(.start) && !isRunning ? theme.selected : theme.normal)

        let outcome = layout.outcome
        if isRunning {
            let bar: ProgressBar.Progress = progress.map { .determinate($0.fraction) } ?? .indeterminate(tick: ticks)
            ProgressBar(bar, label: text.exportRunning, theme: theme).render(in: outcome.row(0), buffer: &buffer)
        } else if let result {
            buffer.write(resultHeading(result, env: env), at: outcome.origin, style: theme.success.bold, clip: outcome)
            Paragraph(resultLines(result, env: env).joined(separator: "\n"), style: theme.normal)
                .render(in: outcome.inset(by: Insets(top: 1)), buffer: &buffer)
        } else if let failure {
            buffer.write(text.exportFailed, at: outcome.origin, style: theme.error.bold, clip: outcome)
            Paragraph(failure, style: theme.error).render(in: outcome.inset(by: Insets(top: 1)), buffer: &buffer)
        } else if let nothingNew {
            Paragraph(nothingNew, style: theme.normal).render(in: outcome, buffer: &buffer)
        }
        ExportHistoryTable(entries: history, env: env).render(in: layout.history, buffer: &buffer, state: historyTable)
    }

    private func renderPending(in rect: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        guard let pending, rect.height > 0 else { return }
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
        Paragraph(Self.countsLine(pending, env: env), style: theme.normal)
            .render(in: Rect(x: rect.x + 2, y: rect.y + 2, width: max(0, rect.width - 2), height: rect.height - 2),
                    buffer: &buffer)
    }
}
