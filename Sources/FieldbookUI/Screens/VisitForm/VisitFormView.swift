import FieldbookCore
import TerminalKit

extension VisitFormScreen {
    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        guard visit != nil else { return }
        let (layout, scroll) = layout(area: area, env: env)
        scroll.render(into: &buffer) { content, _ in renderForm(layout, into: &content, env: env) }
        if let question = futureDate {
            buffer.cursor = nil
            Self.futureDateDialog(question.date, env: env).render(in: area, buffer: &buffer, state: question.state)
        }
    }

    /// The whole form in content coordinates (the scroll view shows the part around the focus).
    private func renderForm(_ layout: Layout, into buffer: inout Buffer, env: AppEnvironment) {
        guard let visit else { return }
        let text = env.text
        let theme = env.theme
        renderStatus(visit, in: layout.status, env: env, into: &buffer)

        for field in VisitFormField.fields(for: visit.type) {
            guard let rect = layout.fields[field], let label = layout.labels[field] else { continue }
            let focused = focus.isFocused(field)
            buffer.write(field.label(text).truncated(toWidth: label.width - 1), at: label.origin,
                         style: focused ? theme.title : theme.normal)
            let editing = focused && !isLocked
            let problem = problems[field]?.message(env)
            switch field {
            case .type:
                var closed = typeSelect
                closed.close()
                Self.typeSelect(env, focused: editing).render(in: rect, buffer: &buffer, state: closed)
            case .date, .commitmentDate:
                var state = field == .date ? date.field : commitmentDate.field
                TextField(placeholder: "YYYY-MM-DD", isFocused: editing, error: problem, theme: theme)
                    .render(in: rect, buffer: &buffer, state: &state)
            case .notes, .talkRecord:
                var state = field == .notes ? notes : talkRecord
                TextArea(placeholder: field == .notes ? text.visitNotesPlaceholder : text.visitTalkRecordPlaceholder,
                         isFocused: editing, theme: theme)
                    .render(in: rect, buffer: &buffer, state: &state)
            default:
                var state = texts[field] ?? TextFieldState()
                TextField(placeholder: placeholder(field, text), isFocused: editing, error: problem, theme: theme)
                    .render(in: rect, buffer: &buffer, state: &state)
            }
            if let message = layout.messages[field] {
                renderMessage(for: field, problem: problem, focused: editing, in: message, env: env, into: &buffer)
            }
        }
        for (_, label) in Self.buttonLabels(env).enumerated() {
            if let rect = layout.buttons.first(where: { $0.0 == label.0 })?.1 {
                buffer.write(label.1, at: rect.origin, style: theme.normal.bold, clip: layout.bounds)
            }
        }
        renderParticipants(layout, env: env, into: &buffer)
        if picker.isOpen && focus.isFocused(.enterprise) {
            picker.render(in: layout.dropdown, env: env, into: &buffer)
        }
        if participantPicker.isOpen && focus.isFocused(.participants) {
            participantPicker.render(in: layout.participantDropdown, env: env, into: &buffer)
        }
        if let removal = participantRemoval, focus.isFocused(.participants), let rect = layout.fields[.participants] {
            Self.removalSelect(participants, env: env).render(in: rect, buffer: &buffer, state: removal, bounds: layout.bounds)
        }
        // Last, over the fields below it.
        if typeSelect.isOpen && focus.isFocused(.type), let rect = layout.fields[.type] {
            Self.typeSelect(env, focused: true).render(in: rect, buffer: &buffer, state: typeSelect, bounds: layout.bounds)
        }
    }

    private func placeholder(_ field: VisitFormField, _ text: any Catalogue) -> String {
        switch field {
        case .enterprise: text.visitEnterprisePlaceholder
        case .start, .end: "HH:MM"
        case .inspectors: text.visitInspectorsPlaceholder
        case .personsMet: text.visitPersonsMetPlaceholder
        case .place: text.visitPlacePlaceholder
        case .commitments: text.visitCommitmentsPlaceholder
        case .materials: text.visitMaterialsPlaceholder
        case .attendeeNames: text.visitAttendeeNamesPlaceholder
        case .participants: text.visitParticipantsPlaceholder
        default: ""
        }
    }

    /// The line above the fields: status, live risk, or the read-only note of a completed visit.
    private func renderStatus(_ visit: SiteVisit, in rect: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        if visit.isVoided {
            let line = RemovalQuestion.voidedLine(reason: visit.voidReason, by: visit.voidedBy, at: visit.voidedAt, env: env)
            buffer.write(line.truncated(toWidth: rect.width), at: rect.origin, style: env.theme.warning.bold, clip: rect)
            return
        }
        if isLocked {
            buffer.write(env.text.visitLockedNote.truncated(toWidth: rect.width), at: rect.origin,
                         style: env.theme.warning.bold, clip: rect)
            return
        }
        var x = buffer.write(visit.status.label(in: env.language), at: rect.origin, style: env.theme.muted, clip: rect)
        x = buffer.write("  " + env.text.checklistRisk + " ", at: Point(x: x, y: rect.y), style: env.theme.muted, clip: rect)
        let risk = visit.riskLevel.label(in: env.language) + " (" + RiskDisplay.score(visit.score) + ")"
        x = buffer.write(risk, at: Point(x: x, y: rect.y), style: RiskDisplay.style(visit.riskLevel, theme: env.theme), clip: rect)
        // The project the visit is about and the enterprise's part in it (Alt-p changes them).
        var about: [String] = []
        if let project, let id = enterprise?.id {
            let parties = ProjectParty.allCases.filter { project.parties(of: id).contains($0) }
                .map { $0.label(in: env.language) }.joined(separator: env.text.listSeparator)
            about.append(env.text.visitProjectLine(project.name, parties))
        }
        if visit.dispatchAgency == true { about.append(DispatchParty.dispatchAgency.label(in: env.language)) }
        if !about.isEmpty {
            buffer.write("  " + about.joined(separator: "  "), at: Point(x: x, y: rect.y), style: env.theme.muted, clip: rect)
        }
    }

    /// Under a field: its problem; otherwise what helps (the enterprise's code and address, the
    /// dispatched share against the legal limit, the type's keys).
    private func renderMessage(for field: VisitFormField, problem: String?, focused: Bool, in rect: Rect,
                               env: AppEnvironment, into buffer: inout Buffer) {
        let theme = env.theme
        var line: (String, Style)?
        if let problem {
            line = (problem, theme.error)
        } else {
            switch field {
            case .enterprise:
                if let enterprise {
                    line = ([enterprise.creditCode, enterprise.district, enterprise.address]
                        .filter { !$0.isEmpty }.joined(separator: "  "), theme.muted)
                }
            case .type where focused:
                line = (env.text.visitChoiceHint, theme.muted)
            case .dispatched:
                if let share = liveWorkforce.dispatchedShare {
                    let percent = RiskDisplay.percent(share)
                    line = liveWorkforce.exceedsDispatchLimit
                        ? (env.text.visitDispatchOverLimit(percent: percent), theme.warning.bold)
                        : (env.text.visitDispatchShare(percent: percent), theme.muted)
                }
            case .participants:
                line = participantRemoval != nil ? (env.text.visitParticipantRemoveHint, theme.muted)
                    : (env.text.visitParticipantsHint(count: participants.count + 1, removable: !participants.isEmpty && !isLocked),
                       theme.muted)
            default: break
            }
        }
        guard let line else { return }
        buffer.write(line.0.truncated(toWidth: rect.width), at: rect.origin, style: line.1, clip: rect)
    }

    /// The workforce figures as typed right now (for the live dispatched share).
    var liveWorkforce: Workforce {
        func typed(_ field: VisitFormField) -> Int? {
            guard let text = texts[field]?.text.trimmingCharacters(in: .whitespaces),
                  text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(text)
        }
        return Workforce(employees: typed(.employees), dispatchedWorkers: typed(.dispatched),
                         dispatchParty: visit?.dispatchParty ?? .userFirm)
    }

    /// A briefing's attending enterprises under their search: the visit's own first, then the
    /// ones added, each with its district and code.
    private func renderParticipants(_ layout: Layout, env: AppEnvironment, into buffer: inout Buffer) {
        guard visit?.type == .policyBriefing, let enterprise else { return }
        let rows = [(enterprise, true)] + participants.map { ($0.enterprise, false) }
        for (row, (company, own)) in zip(layout.participantRows, rows) {
            // The name first and whole where it fits; district, code and "this visit's" after it as room allows.
            let detail = "  " + [own ? env.text.visitParticipantOwn : "", company.district, company.creditCode]
                .filter { !$0.isEmpty }.joined(separator: "  ")
            let x = buffer.write(("· " + company.name).truncated(toWidth: row.width), at: row.origin,
                                 style: env.theme.normal, clip: row)
            if x < row.right {
                buffer.write(detail.truncated(toWidth: row.right - x), at: Point(x: x, y: row.y), style: env.theme.muted, clip: row)
            }
        }
    }
}
