import FieldbookCore
import TerminalKit

extension VisitFormScreen {
    /// Where each part of the form is drawn, derived from the screen area, the language (label
    /// widths), the visit's type (its fields) and, for a briefing, how many enterprises attend, so
    /// mouse hits agree with what is on screen. Two columns of fields, each field with a message
    /// row under it (validation, the dispatched share), wide rows for long texts, a summons' record
    /// and a briefing's attending enterprises, then the notes and the buttons. A risk screening
    /// fits 80×24; taller forms scroll, and at larger sizes the notes grow.
    struct Layout {
        /// One line above the fields: the visit's status (or the read-only note).
        let status: Rect
        /// The input rect of each field (one row; text areas several).
        var fields: [VisitFormField: Rect] = [:]
        /// The label origin of each field.
        var labels: [VisitFormField: Rect] = [:]
        /// The message row under each field.
        var messages: [VisitFormField: Rect] = [:]
        /// The enterprise search results drop down from the enterprise field, over the fields below.
        let dropdown: Rect
        /// The same for the search adding an attending enterprise to a briefing.
        var participantDropdown = Rect(x: 0, y: 0, width: 0, height: 0)
        /// The rows listing a briefing's attending enterprises (its own first).
        var participantRows: [Rect] = []
        var buttons: [(VisitNavigation, Rect)] = []
        /// Where a popup list may go: the whole screen area.
        let bounds: Rect

        /// A row of the grid: two fields side by side, or one across the whole width.
        enum Row {
            case pair(VisitFormField, VisitFormField?)
            case wide(VisitFormField)
            /// A text area this many rows high.
            case area(VisitFormField, rows: Int)
            /// The briefing's enterprise search and the list under it.
            case participants(count: Int)

            var height: Int {
                switch self {
                case .pair, .wide: 2
                case .area(_, let rows): rows + 1
                case .participants(let count): 2 + count
                }
            }
        }

        static func grid(for type: VisitType, participants: Int) -> [Row] {
            let head: [Row] = [.pair(.date, .type), .pair(.start, .end)]
            switch type {
            case .summons:
                return head + [.pair(.inspectors, .place), .pair(.summonedPerson, .summonedRole), .wide(.summonsReason),
                               .wide(.commitments), .pair(.commitmentDate, nil), .area(.talkRecord, rows: 3)]
            case .policyBriefing:
                return head + [.pair(.inspectors, .place), .pair(.attendees, .attendeeNames), .pair(.materials, .materialsCount),
                               .pair(.questionsAnswered, .legalSessions), .participants(count: participants + 1)]
            case .mediation:
                return head + [.pair(.inspectors, .personsMet), .pair(.place, nil)]
            default:
                return head + [.pair(.inspectors, .personsMet)]
                    + (type.recordsWorkforce ? [.pair(.employees, .contracts), .pair(.insured, .dispatched), .pair(.migrant, nil)] : [])
            }
        }
        static let maxDropdownRows = 6

        init(area: Rect, labelWidth: Int, buttonLabels: [(VisitNavigation, String)], type: VisitType = .riskScreening,
             participants: Int = 0) {
            let inner = area.inset(horizontal: 1, vertical: 0)
            bounds = area
            status = inner.row(0)
            dropdown = Rect(x: inner.x + labelWidth, y: inner.y + 2, width: max(1, inner.width - labelWidth),
                            height: Self.maxDropdownRows)
            let columnWidth = max(20, (inner.width - 2) / 2)
            let columns = [inner.x, inner.x + columnWidth + 2]
            func place(_ field: VisitFormField, x: Int, y: Int, width: Int, fieldWidth: Int? = nil, rows: Int = 1) {
                let input = max(1, width - labelWidth)
                labels[field] = Rect(x: x, y: y, width: labelWidth, height: 1)
                fields[field] = Rect(x: x + labelWidth, y: y, width: min(input, fieldWidth ?? input), height: rows)
                // Messages start under the label: a whole column is room for core's wording.
                messages[field] = Rect(x: x + 1, y: y + rows, width: width - 1, height: 1)
            }
            place(.enterprise, x: inner.x, y: inner.y + 1, width: inner.width)
            messages[.enterprise] = fields[.enterprise].map { Rect(x: $0.x, y: $0.y + 1, width: $0.width, height: 1) }
            var y = inner.y + 3
            for row in Self.grid(for: type, participants: participants) {
                switch row {
                case let .pair(left, right):
                    for (index, field) in [left, right].enumerated() {
                        guard let field else { continue }
                        place(field, x: columns[index], y: y, width: columnWidth, fieldWidth: Self.fieldWidth(field))
                    }
                    // Alone on its row: its message may take the whole width.
                    if right == nil { messages[left] = Rect(x: inner.x + 1, y: y + 1, width: inner.width - 1, height: 1) }
                case let .wide(field):
                    place(field, x: inner.x, y: y, width: inner.width)
                case let .area(field, rows):
                    place(field, x: inner.x, y: y, width: inner.width, rows: rows)
                    messages[field] = nil
                case let .participants(count):
                    place(.participants, x: inner.x, y: y, width: inner.width)
                    let input = fields[.participants]!
                    // Under the message row, so "already attending" stays readable with the list open.
                    participantDropdown = Rect(x: input.x, y: input.y + 2, width: input.width, height: Self.maxDropdownRows)
                    participantRows = (0..<count).map { Rect(x: input.x, y: y + 2 + $0, width: input.width, height: 1) }
                }
                y += row.height
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

        /// The height the form needs: status, the enterprise and its message, the type's rows,
        /// three rows of notes, a gap and the buttons. Below it the form scrolls.
        static func contentHeight(type: VisitType, participants: Int) -> Int {
            3 + grid(for: type, participants: participants).map(\.height).reduce(0, +) + 3 + 1 + 1
        }

        /// Short fields for short values, so the message row reads as belonging to them.
        static func fieldWidth(_ field: VisitFormField) -> Int? {
            switch field {
            case .date, .commitmentDate: 12
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

    /// The form laid out in content coordinates (taller than `area` on a short terminal) and the
    /// viewport that shows the focused field, its label and its message in `area`.
    func layout(area: Rect, env: AppEnvironment) -> (Layout, ScrollView) {
        let type = visit?.type ?? .riskScreening
        let contentHeight = max(area.height, Layout.contentHeight(type: type, participants: participants.count))
        let content = Rect(x: area.x, y: 0, width: area.width, height: contentHeight)
        let layout = Layout(area: content, labelWidth: Self.labelWidth(env.text), buttonLabels: Self.buttonLabels(env),
                            type: type, participants: participants.count)
        var rows = 0..<1
        if let focused = focus.focused, let input = layout.fields[focused] {
            var bottom = layout.messages[focused]?.bottom ?? input.bottom
            // The attending enterprises show with their search (as many as fit).
            if focused == .participants, let last = layout.participantRows.last { bottom = max(bottom, last.bottom) }
            // And so do the search's results while they are open.
            if focused == .participants, participantPicker.isOpen {
                bottom = max(bottom, layout.participantDropdown.y + max(1, participantPicker.results.count))
            }
            rows = input.y..<max(bottom, input.bottom)
        }
        let offset = ScrollView.offset(showing: rows, viewport: area.height, contentHeight: contentHeight)
        return (layout, ScrollView(area: area, contentHeight: contentHeight, offset: offset, theme: env.theme))
    }
}
