import TerminalKit

extension VisitFormScreen {
    /// Where each part of the form is drawn, derived from the screen area and the language (label
    /// widths), so mouse hits agree with what is on screen. Two columns of fields, each field
    /// with a message row under it (validation, the dispatched share), then the notes and the
    /// buttons. Fits 80×24; at larger sizes the notes grow.
    struct Layout {
        /// One line above the fields: the visit's status (or the read-only note).
        let status: Rect
        /// The input rect of each field (one row; the notes several).
        var fields: [VisitFormField: Rect] = [:]
        /// The label origin of each field.
        var labels: [VisitFormField: Rect] = [:]
        /// The message row under each field.
        var messages: [VisitFormField: Rect] = [:]
        /// The enterprise search results drop down from the enterprise field, over the fields below.
        let dropdown: Rect
        var buttons: [(VisitNavigation, Rect)] = []
        /// Where a popup list may go: the whole screen area.
        let bounds: Rect

        static let grid: [(VisitFormField, VisitFormField?)] = [
            (.date, .type), (.start, .end), (.inspectors, .personsMet),
            (.employees, .contracts), (.insured, .dispatched), (.migrant, .attendees),
        ]
        static let maxDropdownRows = 6

        init(area: Rect, labelWidth: Int, buttonLabels: [(VisitNavigation, String)]) {
            let inner = area.inset(horizontal: 1, vertical: 0)
            bounds = area
            status = inner.row(0)
            dropdown = Rect(x: inner.x + labelWidth, y: inner.y + 2, width: max(1, inner.width - labelWidth),
                            height: Self.maxDropdownRows)
            let columnWidth = max(20, (inner.width - 2) / 2)
            let columns = [inner.x, inner.x + columnWidth + 2]
            func place(_ field: VisitFormField, x: Int, y: Int, width: Int, fieldWidth: Int? = nil) {
                let input = max(1, width - labelWidth)
                labels[field] = Rect(x: x, y: y, width: labelWidth, height: 1)
                fields[field] = Rect(x: x + labelWidth, y: y, width: min(input, fieldWidth ?? input), height: 1)
                // Messages start under the label: a whole column is room for core's wording.
                messages[field] = Rect(x: x + 1, y: y + 1, width: width - 1, height: 1)
            }
            place(.enterprise, x: inner.x, y: inner.y + 1, width: inner.width)
            messages[.enterprise] = fields[.enterprise].map { Rect(x: $0.x, y: $0.y + 1, width: $0.width, height: 1) }
            var y = inner.y + 3
            for (left, right) in Self.grid {
                for (index, field) in [left, right].enumerated() {
                    guard let field else { continue }
                    place(field, x: columns[index], y: y, width: columnWidth, fieldWidth: Self.fieldWidth(field))
                }
                y += 2
            }
            // The notes take what is left above a gap row and the buttons, at most 8 rows.
            let notesRows = max(1, min(8, inner.bottom - y - 2))
            let buttonRow = y + notesRows + 1
            labels[.notes] = Rect(x: inner.x, y: y, width: labelWidth, height: 1)
            fields[.notes] = Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth),
                                  height: notesRows)
            var x = inner.x + labelWidth
            for (navigation, label) in buttonLabels {
                let width = label.displayWidth
                buttons.append((navigation, Rect(x: x, y: buttonRow, width: width, height: 1)))
                x += width + 2
            }
        }

        /// Short fields for short values, so the message row reads as belonging to them.
        static func fieldWidth(_ field: VisitFormField) -> Int? {
            switch field {
            case .date: 12
            case .start, .end: 7
            case .type: 30
            default: field.isFigure ? 8 : nil
            }
        }

        /// Field rects for the focus ring's mouse hits: label and input, so a click on the label
        /// focuses the field too.
        var hitRects: [VisitFormField: Rect] {
            var rects: [VisitFormField: Rect] = [:]
            for (field, input) in fields {
                let label = labels[field] ?? input
                rects[field] = Rect(x: label.x, y: input.y, width: input.right - label.x, height: input.height)
            }
            return rects
        }
    }

    static func labelWidth(_ text: any Catalogue) -> Int {
        VisitFormField.allCases.map { $0.label(text).displayWidth }.max()! + 2
    }

    static func buttonLabels(_ env: AppEnvironment) -> [(VisitNavigation, String)] {
        [VisitNavigation.checklist, .recommendations, .review].map { ($0, "[ \($0.keyLabel) \($0.help(env)) ]") }
    }

    /// Status, the enterprise and its message, six rows of paired fields, three rows of notes, a
    /// gap and the buttons: below this height the form scrolls.
    static let minimumContentHeight = 20

    /// The form laid out in content coordinates (taller than `area` on a short terminal) and the
    /// viewport that shows the focused field, its label and its message in `area`.
    func layout(area: Rect, env: AppEnvironment) -> (Layout, ScrollView) {
        let contentHeight = max(area.height, Self.minimumContentHeight)
        let content = Rect(x: area.x, y: 0, width: area.width, height: contentHeight)
        let layout = Layout(area: content, labelWidth: Self.labelWidth(env.text), buttonLabels: Self.buttonLabels(env))
        var rows = 0..<1
        if let focused = focus.focused, let input = layout.fields[focused] {
            let bottom = layout.messages[focused]?.bottom ?? input.bottom
            rows = input.y..<max(bottom, input.bottom)
        }
        let offset = ScrollView.offset(showing: rows, viewport: area.height, contentHeight: contentHeight)
        return (layout, ScrollView(area: area, contentHeight: contentHeight, offset: offset, theme: env.theme))
    }
}
