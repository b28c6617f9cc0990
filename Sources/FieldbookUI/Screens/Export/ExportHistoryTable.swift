import FieldbookBundle
import FieldbookCore
import Foundation
import TerminalKit

/// The past exports under the Export screen: a title row, then a table, newest first — when,
/// number, what it held (visits, records, attachments; "all" or the day for a re-send), size,
/// published or pending, and the file's name last (cut at its end, where a narrow terminal has
/// no room for it).
struct ExportHistoryTable {
    let entries: [ExportHistoryEntry]
    let env: AppEnvironment

    /// Rows of entries that fit in `area` (after the title, the table's header and footer).
    func visibleCapacity(in area: Rect) -> Int {
        guard area.height >= 2 else { return 0 }
        return table(in: area).parts(of: area.inset(by: Insets(top: 1))).body.height
    }

    /// The position footer ("1–3 / 12") only when some exports do not fit.
    private func table(in area: Rect) -> Table {
        var table = self.table
        table.showsPosition = false
        table.showsPosition = entries.count > table.parts(of: area.inset(by: Insets(top: 1))).body.height
        return table
    }

    private var table: Table {
        let text = env.text
        let rows = entries.map { entry -> TableRow in
            var held = text.exportHeld(visits: entry.visits, records: entry.records, attachments: entry.attachments)
            switch entry.scope {
            case .sinceLastExport: break
            case .all: held = text.exportScopeShortAll + " · " + held
            case .day(let date): held = text.exportScopeShortDay(date.description) + " · " + held
            }
            let size = entry.bytes.map { ByteCountFormatter.string(fromByteCount: $0, countStyle: .file) } ?? "—"
            let state = entry.state == .published ? text.exportStatePublished : text.exportStatePending
            return TableRow(cells: [TableCell(ExportScreen.localTime(entry.createdAt, clock: env.clock)),
                                    TableCell("#\(entry.sequence)"), TableCell(held), TableCell(size), TableCell(state),
                                    TableCell(entry.fileName)],
                            style: entry.state == .pending ? env.theme.warning : env.theme.normal)
        }
        return Table(columns: [TableColumn(text.exportColumnWhen, width: .fixed(16)),
                               TableColumn(text.exportColumnNumber, width: .fixed(4)),
                               TableColumn(text.exportColumnHeld, width: .percentage(35)),
                               TableColumn(text.exportColumnSize, width: .fixed(8)),
                               TableColumn(text.exportColumnState, width: .fixed(9)),
                               TableColumn(text.exportColumnFile, width: .fill())],
                     rows: rows, totalCount: entries.count, emptyText: text.exportHistoryNone, isFocused: false,
                     theme: env.theme)
    }

    func render(in area: Rect, buffer: inout Buffer, state: TableState) {
        guard area.height >= 2 else { return }
        buffer.write(env.text.exportHistoryTitle, at: area.origin, style: env.theme.title, clip: area)
        var shown = state
        shown.selected = nil
        table(in: area).render(in: area.inset(by: Insets(top: 1)), buffer: &buffer, state: shown)
    }
}
