import FieldbookCore
import TerminalKit

/// The inline enterprise picker of the visit form: the enterprise field searches the registry
/// as the inspector types (core's indexed search, a handful of rows per keystroke) and drops
/// down a short list to choose from.
struct EnterprisePicker: Hashable, Sendable {
    static let limit = VisitFormScreen.Layout.maxDropdownRows

    private(set) var results: [EnterpriseSearchResult] = []
    private(set) var selected = 0
    /// Open once the inspector has typed a query; closed when a result is chosen or the field left.
    private(set) var isOpen = false

    var selection: Enterprise? { results.indices.contains(selected) ? results[selected].enterprise : nil }

    mutating func search(_ query: String, db: AppDatabase) throws {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        isOpen = !trimmed.isEmpty
        results = isOpen ? try db.searchEnterprises(trimmed, limit: Self.limit) : []
        selected = 0
    }

    mutating func move(_ step: Int) {
        guard !results.isEmpty else { return }
        selected = (selected + step + results.count) % results.count
    }

    mutating func select(_ index: Int) {
        if results.indices.contains(index) { selected = index }
    }

    mutating func close() {
        isOpen = false
        results = []
        selected = 0
    }
}

extension EnterprisePicker {
    /// The results over the rows below the field (the highlighted one selected), or "no
    /// matches": the visit form's enterprise and attending-enterprise fields and the project
    /// form's parties draw the same list.
    func render(in area: Rect, env: AppEnvironment, into buffer: inout Buffer) {
        let theme = env.theme
        guard !results.isEmpty else {
            let row = area.row(0)
            buffer.fill(row, style: theme.dialog)
            buffer.write(env.text.visitNoMatches, at: row.origin, style: theme.dialog.dim, clip: row)
            return
        }
        for (index, result) in results.prefix(area.height).enumerated() {
            let row = area.row(index)
            let style = index == selected ? theme.selected : theme.dialog
            buffer.fill(row, style: style)
            let company = result.enterprise
            // The name first: on a narrow row the credit code, then the district, give way to it.
            var detail = "  " + company.district + "  " + company.creditCode
            if row.width - detail.displayWidth - 1 < row.width / 2 { detail = "  " + company.district }
            if row.width - detail.displayWidth - 1 < row.width / 2 { detail = "" }
            let nameWidth = max(0, row.width - detail.displayWidth - 1)
            let x = buffer.write(company.name.truncated(toWidth: nameWidth), at: row.origin, style: style, clip: row)
            buffer.write(detail, at: Point(x: max(x, row.right - detail.displayWidth - 1), y: row.y),
                         style: index == selected ? style : style.dim, clip: row)
        }
    }
}
