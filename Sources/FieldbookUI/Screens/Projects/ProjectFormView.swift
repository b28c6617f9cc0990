import FieldbookCore
import TerminalKit

extension ProjectFormScreen {
    /// Where each part of the form is drawn, in content coordinates (render and mouse hits share
    /// it): the intro, one row per field with a message row under it, the subcontractors added,
    /// the save button. Below its height the form scrolls.
    struct Layout {
        static let maxDropdownRows = EnterprisePicker.limit

        var intro: Rect
        var labelWidth: Int
        var rects: [Field: Rect] = [:]
        var messages: [Field: Rect] = [:]
        /// One row per subcontractor added.
        var subcontractorRows: [Rect] = []
        var save: Rect
        var height: Int

        init(area: Rect, subcontractors: Int, introRows: Int, env: AppEnvironment) {
            let text = env.text
            let inner = area.inset(horizontal: 2, vertical: 0)
            intro = Rect(x: inner.x, y: inner.y, width: inner.width, height: introRows)
            let labels = [text.projectFieldName, text.projectFieldLocation, text.projectFieldOwner,
                          text.projectFieldGeneralContractor, text.projectFieldSubcontractors]
            labelWidth = (labels.map(\.displayWidth).max() ?? 0) + 2
            let fieldX = inner.x + labelWidth
            let width = max(10, min(60, inner.right - fieldX))
            var y = intro.bottom + 1
            for field in Field.allCases where field != .save {
                rects[field] = Rect(x: fieldX, y: y, width: width, height: 1)
                messages[field] = Rect(x: fieldX, y: y + 1, width: max(10, inner.right - fieldX), height: 1)
                y += 2
                if field == .subcontractors {
                    y -= 1
                    messages[field] = nil
                    subcontractorRows = (0..<subcontractors).map { Rect(x: fieldX, y: y + $0, width: width, height: 1) }
                    y += subcontractors
                    // Two rows: the store's refusals (a party listed twice) are long.
                    messages[field] = Rect(x: fieldX, y: y, width: max(10, inner.right - fieldX), height: 2)
                    y += 2
                }
            }
            save = Rect(x: fieldX, y: y + 1, width: text.projectSave.displayWidth + 4, height: 1)
            height = save.bottom - area.y
        }

        var fieldRects: [Field: Rect] { rects.merging([.save: save]) { a, _ in a } }
    }

    var introRows: Int { visitEnterprise == nil ? 2 : 3 }

    /// The form in content coordinates and the viewport that keeps the focused field (and its
    /// message row, or the open list) in `area`.
    func scrolledLayout(area: Rect, env: AppEnvironment) -> (Layout, ScrollView) {
        let probe = Layout(area: Rect(x: area.x, y: 0, width: area.width, height: area.height),
                           subcontractors: subcontractorIds.count, introRows: introRows, env: env)
        let dropdown = picker.isOpen ? Layout.maxDropdownRows : 0
        let contentHeight = max(area.height, probe.height + dropdown)
        let layout = Layout(area: Rect(x: area.x, y: 0, width: area.width, height: contentHeight),
                            subcontractors: subcontractorIds.count, introRows: introRows, env: env)
        var rows = 0..<1
        if let focused = focus.focused, let rect = layout.fieldRects[focused] {
            var bottom = layout.messages[focused]?.bottom ?? rect.bottom
            if picker.isOpen { bottom = max(bottom, rect.bottom + dropdown) }
            if focused == .subcontractors, let index = subcontractorSelected, layout.subcontractorRows.indices.contains(index) {
                bottom = max(bottom, layout.subcontractorRows[index].bottom)
            }
            rows = rect.y..<min(contentHeight, bottom)
        }
        let offset = ScrollView.offset(showing: rows, viewport: area.height, contentHeight: contentHeight)
        return (layout, ScrollView(area: area, contentHeight: contentHeight, offset: offset, theme: env.theme))
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let (layout, scroll) = scrolledLayout(area: area, env: env)
        scroll.render(into: &buffer) { content, _ in renderForm(layout, into: &content, env: env) }
    }

    private func renderForm(_ layout: Layout, into buffer: inout Buffer, env: AppEnvironment) {
        let text = env.text
        let theme = env.theme
        var intro = text.projectFormIntro
        if let enterprise = visitEnterprise { intro = text.projectFormForVisit(enterprise.name) + " " + intro }
        Paragraph(intro, style: theme.muted).render(in: layout.intro, buffer: &buffer)
        let labels: [Field: String] = [
            .name: text.projectFieldName, .location: text.projectFieldLocation, .owner: text.projectFieldOwner,
            .generalContractor: text.projectFieldGeneralContractor, .subcontractors: text.projectFieldSubcontractors,
        ]
        for field in Field.allCases where field != .save {
            let rect = layout.rects[field]!
            let focused = focus.isFocused(field)
            buffer.write(labels[field]!.truncated(toWidth: layout.labelWidth - 1),
                         at: Point(x: rect.x - layout.labelWidth, y: rect.y), style: focused ? theme.title : theme.normal)
            var state = texts[field]!
            let placeholder = field == .subcontractors ? text.projectSubcontractorPlaceholder
                : field.isParty ? text.projectPartyPlaceholder : ""
            TextField(placeholder: focused ? placeholder : "", isFocused: focused, error: errors[field], theme: theme)
                .render(in: rect, buffer: &buffer, state: &state)
            if let message = layout.messages[field] {
                if let error = errors[field] {
                    Paragraph(error, style: theme.error).render(in: message, buffer: &buffer)
                } else if focused, field == .subcontractors, !subcontractorIds.isEmpty {
                    Paragraph(text.projectSubcontractorHint, style: theme.muted).render(in: message, buffer: &buffer)
                }
            }
        }
        for (index, (id, row)) in zip(subcontractorIds, layout.subcontractorRows).enumerated() {
            let style = index == subcontractorSelected ? theme.selected : theme.normal
            buffer.write(("· " + (names[id] ?? id)).truncated(toWidth: row.width), at: row.origin, style: style, clip: row)
        }
        buffer.write("[ " + text.projectSave + " ]", at: layout.save.origin,
                     style: focus.isFocused(.save) ? theme.selected : theme.normal)
        if picker.isOpen, let field = focus.focused, let rect = layout.rects[field] {
            let dropdown = Rect(x: rect.x, y: rect.bottom, width: rect.width,
                                height: max(1, min(Layout.maxDropdownRows, picker.results.count)))
            picker.render(in: dropdown, env: env, into: &buffer)
        }
    }
}
