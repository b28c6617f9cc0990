import FieldbookCore
import TerminalKit

extension ChecklistScreen {
    /// The progress bar's columns: nine cells of bar and the percentage.
    static let progressWidth = 14

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        guard let checklist, let assessment else { return }
        let layout = Layout(area: area)
        renderSummary(assessment, in: layout.summary, env: env, into: &buffer)
        renderList(checklist, in: layout.list, env: env, into: &buffer)
        renderPanel(in: layout.panel, env: env, into: &buffer)
        attachFlow?.render(in: area, buffer: &buffer, env: env)
        if let question = sectionQuestion {
            buffer.cursor = nil
            sectionDialog(question.section, env: env).render(in: area, buffer: &buffer, state: question.state)
        }
    }

    /// Progress, live score and risk level; the read-only tag on a completed visit.
    private func renderSummary(_ assessment: RiskAssessment, in rect: Rect, env: AppEnvironment,
                               into buffer: inout Buffer) {
        let text = env.text
        let theme = env.theme
        var x = buffer.write(text.checklistProgress(answered: assessment.answeredItems, total: assessment.totalItems),
                             at: rect.origin, style: theme.title, clip: rect)
        // The toolkit's bar (eighth-cell blocks, reads in monochrome) and the percentage.
        let fraction = assessment.totalItems == 0 ? 0 : Double(assessment.answeredItems) / Double(assessment.totalItems)
        let bar = Rect(x: x + 1, y: rect.y, width: min(Self.progressWidth, max(0, rect.right - x - 1)), height: 1)
        ProgressBar(.determinate(fraction), theme: theme).render(in: bar, buffer: &buffer)
        x = bar.right
        x = buffer.write("   " + text.checklistScore + " ", at: Point(x: x, y: rect.y), style: theme.muted, clip: rect)
        x = buffer.write(RiskDisplay.score(assessment.score), at: Point(x: x, y: rect.y), style: theme.normal.bold, clip: rect)
        x = buffer.write("   " + text.checklistRisk + " ", at: Point(x: x, y: rect.y), style: theme.muted, clip: rect)
        x = buffer.write(assessment.level.label(in: env.language), at: Point(x: x, y: rect.y),
                         style: RiskDisplay.style(assessment.level, theme: theme), clip: rect)
        if isLocked {
            // Two spaces: at 80 columns the longest level label ("medium") must leave room for the tag.
            let tag = visit?.isVoided == true ? text.voidedLabel : text.checklistReadOnly
            buffer.write("  " + tag, at: Point(x: x, y: rect.y), style: theme.warning.bold, clip: rect)
        }
    }

    private func renderList(_ checklist: Checklist, in rect: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        let theme = env.theme
        let top = visibleScroll(height: rect.height)
        for (offset, row) in rows.dropFirst(top).prefix(rect.height).enumerated() {
            let line = rect.row(offset)
            switch row {
            case .section(let number):
                let section = checklist.sections[number]
                let answered = section.items.filter { value(of: $0) != .unanswered }.count
                let title = section.section.title.text(in: env.language)
                let x = buffer.write(title.truncated(toWidth: max(0, line.width - 8)), at: line.origin,
                                     style: theme.title.bold, clip: line)
                buffer.write("  \(answered)/\(section.items.count)", at: Point(x: x, y: line.y), style: theme.muted, clip: line)
            case .item(let index):
                let item = items[index]
                let value = value(of: item)
                let selected = index == cursor
                let base = selected ? theme.selected : (value == .nonCompliant ? theme.nonCompliant : theme.normal)
                buffer.fill(line, style: selected ? theme.selected : theme.normal)
                var x = buffer.write(selected ? "▸" : " ", at: line.origin, style: base, clip: line)
                x = buffer.write(AnswerMarker.glyph(value), at: Point(x: x, y: line.y),
                                 style: selected ? base : AnswerMarker.style(value, theme: theme), clip: line)
                x = buffer.write(" " + item.code + " ", at: Point(x: x, y: line.y), style: selected ? base : theme.muted,
                                 clip: line)
                let files = attachments[item.code]?.count ?? 0
                let flags = (answers[item.code]?.note.isEmpty == false ? " ✎" : "") + (recommended.contains(item.code) ? " ⚑" : "")
                    + (answers[item.code]?.referredTo != nil ? " ➜" : "") + (files > 0 ? " ⎘\(files)" : "")
                let labelWidth = max(0, line.right - x - flags.displayWidth)
                x = buffer.write(item.label.text(in: env.language).truncated(toWidth: labelWidth),
                                 at: Point(x: x, y: line.y), style: value == .nonCompliant ? base.bold : base, clip: line)
                buffer.write(flags, at: Point(x: line.right - flags.displayWidth, y: line.y), style: base, clip: line)
            }
        }
    }

    /// The focused item in full: label, answer, legal basis, guidance and note (or its editor).
    private func renderPanel(in rect: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        guard let item = focusedItem, rect.width > 4, rect.height > 2 else { return }
        if let referralEditor {
            renderReferralEditor(referralEditor, item: item, in: rect, env: env, into: &buffer)
            return
        }
        let text = env.text
        let theme = env.theme
        // While a note is edited the title names the item in full: the note goes to this one.
        let title = noteEditor == nil ? item.code
            : text.checklistNoteTitle(code: item.code, item: item.label.text(in: env.language)).truncated(toWidth: max(1, rect.width - 4))
        let block = Block(title: title, theme: theme, isFocused: noteEditor != nil)
        block.render(in: rect, buffer: &buffer)
        let inner = block.inner(rect).inset(horizontal: 1, vertical: 0)
        let value = value(of: item)
        var paragraphs: [(String, Style)] = [
            (item.label.text(in: env.language), theme.normal.bold),
            (AnswerMarker.glyph(value) + " " + value.label(in: env.language), AnswerMarker.style(value, theme: theme)),
        ]
        if item.critical { paragraphs.append((text.checklistCritical, theme.warning)) }
        if value == .nonCompliant, !item.figures.isEmpty, figuresEditor == nil {
            let figures = FiguresInput.summary(answers[item.code]?.figures ?? .none, order: item.figures,
                                               language: env.language)
            paragraphs.append(figures.isEmpty ? (text.checklistFiguresMissing, theme.warning)
                              : (text.checklistFigures + text.labelSeparator + figures, theme.normal.bold))
        }
        if let files = attachments[item.code], !files.isEmpty {
            let zh = env.language == .zh
            let names = files.map { $0.caption.isEmpty ? $0.originalName
                : $0.originalName + (zh ? "（" + $0.caption + "）" : " (" + $0.caption + ")") }
            paragraphs.append((text.attachmentsLabel + text.labelSeparator + names.joined(separator: zh ? "、" : ", ") + "  [o]",
                               theme.normal))
        }
        if let floor = assessment?.decidingFloor {
            paragraphs.append((text.checklistRiskBasis + text.labelSeparator + floor.explanation(in: env.language),
                               theme.warning))
        }
        paragraphs.append((text.checklistLegalBasis + text.labelSeparator + item.legalBasis.text(in: env.language), theme.normal))
        paragraphs.append((text.checklistGuidance + text.labelSeparator + item.guidance.text(in: env.language), theme.muted))
        if let figuresEditor {
            renderFiguresEditor(figuresEditor, item: item, in: inner, env: env, into: &buffer)
            return
        }
        // The referral and the note are what the inspector wrote: kept in view when rows are short.
        var referralRows = 0
        if let answer = answers[item.code], let authority = answer.referredTo {
            let line = text.referralLine(authority: authority.label(in: env.language), note: answer.referralNote ?? "")
            paragraphs.append((line, theme.warning))
            referralRows = WordWrap.lines(line, width: inner.width).count
        }
        let editorRows = noteEditor == nil ? 0 : min(3, max(1, inner.height - 2))
        if noteEditor == nil {
            let note = answers[item.code]?.note ?? ""
            paragraphs.append(note.isEmpty ? (text.checklistNoNote, theme.muted) : (text.checklistNote + text.labelSeparator + note, theme.normal))
        } else {
            paragraphs.append((text.checklistNote + text.labelSeparator, theme.title))
        }
        var lines: [(String, Style)] = []
        for (paragraph, style) in paragraphs {
            lines += WordWrap.lines(paragraph, width: inner.width).map { ($0, style) }
        }
        let textRows = max(0, inner.height - editorRows)
        if lines.count > textRows, textRows > 0 {
            // Keep the referral and the note (last) visible; cut the guidance above them.
            let noteRows = WordWrap.lines(paragraphs[paragraphs.count - 1].0, width: inner.width).count
            let kept = min(referralRows == 0 ? 1 : referralRows + noteRows, textRows)
            lines = Array(lines.prefix(textRows - kept)) + Array(lines.suffix(kept))
        }
        for (index, line) in lines.prefix(textRows).enumerated() {
            buffer.write(line.0, at: Point(x: inner.x, y: inner.y + index), style: line.1, clip: inner)
        }
        if var editor = noteEditor {
            // Right under the "Note:" line.
            let editorRect = Rect(x: inner.x, y: inner.y + min(lines.count, textRows), width: inner.width, height: editorRows)
            TextArea(placeholder: text.checklistNotePlaceholder, isFocused: true, theme: theme)
                .render(in: editorRect, buffer: &buffer, state: &editor)
        }
    }

    /// The figures editor replaces the panel's text: the label, the prompt naming the figures in
    /// order, and the one-line field.
    private func renderFiguresEditor(_ state: TextAreaState, item: ChecklistItem, in inner: Rect, env: AppEnvironment,
                                     into buffer: inout Buffer) {
        let theme = env.theme
        var lines: [(String, Style)] = []
        lines += WordWrap.lines(item.label.text(in: env.language), width: inner.width).map { ($0, theme.normal.bold) }
        let names = item.figures.map { $0.label(in: env.language) }
        lines += WordWrap.lines(env.text.checklistFigures + text(env).labelSeparator
                                + env.text.checklistFiguresPrompt(names), width: inner.width).map { ($0, theme.title) }
        let rows = max(0, inner.height - 1)
        for (index, line) in lines.prefix(rows).enumerated() {
            buffer.write(line.0, at: Point(x: inner.x, y: inner.y + index), style: line.1, clip: inner)
        }
        var editor = state
        let field = Rect(x: inner.x, y: inner.y + min(lines.count, rows), width: inner.width, height: 1)
        TextArea(placeholder: env.text.checklistFiguresPlaceholder, isFocused: true, theme: theme)
            .render(in: field, buffer: &buffer, state: &editor)
    }

    private func text(_ env: AppEnvironment) -> any Catalogue { env.text }
}
