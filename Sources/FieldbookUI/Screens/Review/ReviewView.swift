import Foundation
import FieldbookCore
import TerminalKit

extension ReviewScreen {
    /// The summary on top, the buttons on the last row; render and mouse hits share it.
    struct Layout {
        let summary: Rect
        var buttons: [(Action, Rect)] = []

        init(area: Rect, buttons labels: [(Action, String)]) {
            // No margin rows on a short terminal: the summary needs them.
            let inner = area.inset(horizontal: 2, vertical: area.height >= 20 ? 1 : 0)
            // Buttons that do not fit one row flow onto another, never cut: the rows end at the bottom.
            var placed: [(Action, x: Int, row: Int, width: Int)] = []
            var x = inner.x
            var row = 0
            for (action, label) in labels {
                let width = min(label.displayWidth, inner.width)
                if x > inner.x && x + width > inner.right { x = inner.x; row += 1 }
                placed.append((action, x, row, width))
                x += width + 2
            }
            let rows = row + 1
            summary = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - rows - 1))
            for button in placed {
                buttons.append((button.0, Rect(x: button.x, y: inner.bottom - rows + button.row, width: button.width, height: 1)))
            }
        }
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        guard let detail, let readiness else { return }
        let text = env.text
        let theme = env.theme
        let labels = buttons(env)
        let layout = Layout(area: area, buttons: labels)
        let visit = detail.visit
        var lines: [[Span]] = []
        lines.append([Span(detail.enterprise.name, style: theme.title.bold),
                      Span("  " + visit.date.description + "  " + visit.type.label(in: env.language), style: theme.normal)])
        if let completedAt = visit.completedAt, isLocked {
            lines.append([Span(text.reviewStatus + "  ", style: theme.muted),
                          Span(text.reviewCompletedAt(Self.localTime(completedAt, env: env)), style: theme.warning.bold)])
        } else {
            lines.append([Span(text.reviewStatus + "  ", style: theme.muted),
                          Span(visit.status.label(in: env.language), style: theme.normal)])
        }
        if visit.isVoided {
            lines.append([Span(RemovalQuestion.voidedLine(reason: visit.voidReason, by: visit.voidedBy, at: visit.voidedAt,
                                                          env: env), style: theme.warning.bold)])
            lines.append([Span(text.visitVoidedNote, style: theme.muted)])
        }
        if let reason = visit.reopenReason, !reason.isEmpty {
            lines.append([Span(text.reviewReopenedBecause(reason), style: theme.muted)])
        }
        lines.append([])
        var findings = [Span(text.reviewAnswers + "  ", style: theme.muted)]
        let counts: [(AnswerValue, Int)] = [
            (.compliant, readiness.compliantItems), (.nonCompliant, readiness.assessment.nonCompliantItems),
            (.notApplicable, readiness.assessment.notApplicableItems), (.unanswered, readiness.assessment.unansweredItems),
        ]
        for (value, count) in counts {
            findings.append(Span(AnswerMarker.glyph(value) + " " + value.label(in: env.language) + " \(count)   ",
                                 style: AnswerMarker.style(value, theme: theme)))
        }
        lines.append(findings)
        let assessment = readiness.assessment
        lines.append([Span(text.checklistScore + "  ", style: theme.muted),
                      Span(RiskDisplay.score(isLocked ? visit.score : assessment.score), style: theme.normal.bold),
                      Span("   " + text.checklistRisk + "  ", style: theme.muted),
                      Span((isLocked ? visit.riskLevel : assessment.level).label(in: env.language),
                           style: RiskDisplay.style(isLocked ? visit.riskLevel : assessment.level, theme: theme))])
        lines.append([Span(text.reviewRecommendations + "  ", style: theme.muted),
                      Span("\(readiness.recommendationCount)", style: theme.normal.bold)])
        let attached = attachments.filter { !$0.isDetached }
        if !attachments.isEmpty {
            // Only when there are some: the line names them, and `f` opens the list.
            lines.append([Span(text.attachmentsLabel + "  ", style: theme.muted),
                          Span(text.attachmentsCount(attached.count) + "  ", style: theme.normal.bold),
                          Span(attached.map(\.originalName).joined(separator: "、") + "  [f]", style: theme.normal)])
        }
        lines.append([])
        var y = layout.summary.y
        let indent = layout.summary.x + 2
        for spans in lines where y < layout.summary.bottom {
            var x = layout.summary.x
            for span in spans {
                // A span that does not fit continues on the next row (narrow terminals, long labels).
                if x > indent, x + span.text.displayWidth > layout.summary.right {
                    y += 1
                    x = indent
                }
                x = buffer.write(span.text, at: Point(x: x, y: y), style: span.style, clip: layout.summary)
            }
            y += 1
        }
        // A voided visit is never completed or filled in any more: nothing is "missing".
        let warnings = readiness.warnings(text)
        if isVoided {
            // (the void line above says what it is)
        } else if warnings.isEmpty {
            buffer.write(text.reviewNothingMissing, at: Point(x: layout.summary.x, y: y), style: theme.success,
                         clip: layout.summary)
        } else {
            buffer.write(text.reviewMissingTitle, at: Point(x: layout.summary.x, y: y), style: theme.warning.bold,
                         clip: layout.summary)
            y += 1
            for warning in warnings {
                let wrapped = WordWrap.lines(warning, width: max(1, layout.summary.width - 2))
                for (index, line) in wrapped.enumerated() where y < layout.summary.bottom {
                    buffer.write((index == 0 ? "• " : "  ") + line, at: Point(x: layout.summary.x, y: y),
                                 style: theme.warning, clip: layout.summary)
                    y += 1
                }
            }
        }
        for ((_, label), (_, rect)) in zip(labels, layout.buttons) {
            buffer.write(label, at: rect.origin, style: theme.normal.bold, clip: area)
        }
        if let question, let dialogState {
            buffer.cursor = nil
            makeDialog(question, env: env).render(in: area, buffer: &buffer, state: dialogState)
        }
        documents?.render(in: area, buffer: &buffer, env: env)
        removal?.render(in: area, buffer: &buffer, env: env)
    }

    /// "2026-11-29 10:00" in the inspector's time zone.
    static func localTime(_ timestamp: Timestamp, env: AppEnvironment) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = env.clock.timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: timestamp.date)
        let day = LocalDate(timestamp.date, in: env.clock.timeZone)
        let minute = parts.minute ?? 0
        let hour = parts.hour ?? 0
        return "\(day) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}
