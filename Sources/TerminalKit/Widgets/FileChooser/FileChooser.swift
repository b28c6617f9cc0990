import Foundation

/// Choosing files from the disk: a title row, a path field with Tab completion, and a directory
/// browser (name, size, modification time) with several files marked by Space; the last row holds
/// a message or the key hints. Keys are `FileChooserState.handle`'s. Fits 60×16 and up: the name
/// column takes what the size (9) and time (16) columns leave.
///
/// The toolkit holds no interface text: `labels` come from the caller in the user's language.
public struct FileChooser: Sendable {
    public var labels: FileChooserLabels
    /// The time zone modification times are shown in.
    public var timeZone: TimeZone
    public var theme: Theme

    public init(labels: FileChooserLabels, timeZone: TimeZone = .current, theme: Theme = .color) {
        self.labels = labels
        self.timeZone = timeZone
        self.theme = theme
    }

    /// The rows the listing takes in `area` (for `handle`'s paging).
    public static func listArea(in area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 3, width: area.width, height: max(0, area.height - 4))
    }

    public func handle(_ key: Key, in area: Rect, state: inout FileChooserState) -> FileChooserEvent {
        state.listHeight = Self.listArea(in: area).height
        return state.handle(key, labels: labels)
    }

    public func render(in area: Rect, buffer: inout Buffer, state: FileChooserState) {
        guard area.height >= 5, area.width >= 20 else { return }
        buffer.fill(area, style: theme.normal)
        // Title, and how many files are marked.
        let title = area.row(0)
        let count = state.marked.isEmpty ? "" : labels.chosen(state.marked.count)
        let countWidth = min(count.displayWidth, title.width / 2)
        buffer.write(labels.title, fitting: title.width - countWidth - 1, at: title.origin, style: theme.title, clip: title)
        if countWidth > 0 {
            buffer.write(count, fitting: countWidth, at: Point(x: title.right - countWidth, y: title.y), alignment: .right,
                         style: theme.success, clip: title)
        }
        // The path field.
        let pathRow = area.row(1)
        let label = labels.path + " "
        let labelWidth = min(label.displayWidth, pathRow.width / 3)
        buffer.write(label, fitting: labelWidth, at: pathRow.origin, style: theme.muted, clip: pathRow)
        var field = state.field
        TextField(isFocused: state.focus == .path, theme: theme)
            .render(in: Rect(x: pathRow.x + labelWidth, y: pathRow.y, width: pathRow.width - labelWidth, height: 1),
                    buffer: &buffer, state: &field)
        // Column headers and the listing.
        let sizeWidth = 9, timeWidth = 16
        let nameWidth = max(area.width - sizeWidth - timeWidth - 2, 8)
        let header = area.row(2)
        buffer.write(labels.name, fitting: nameWidth, at: header.origin, style: theme.muted, clip: header)
        buffer.write(labels.size, fitting: sizeWidth, at: Point(x: header.x + nameWidth + 1, y: header.y),
                     alignment: .right, style: theme.muted, clip: header)
        buffer.write(labels.modified, fitting: timeWidth, at: Point(x: header.right - timeWidth, y: header.y),
                     style: theme.muted, clip: header)
        let listArea = Self.listArea(in: area)
        var items: [ListItem] = []
        if state.hasParentRow { items.append(ListItem("  ../  " + labels.parent)) }
        for entry in state.entries {
            let mark = entry.isDirectory ? "  " : state.isMarked(entry) ? "✓ " : "  "
            let name = Self.padded(mark + entry.name + (entry.isDirectory ? "/" : ""), toWidth: nameWidth)
            let size = entry.isDirectory ? labels.folder : FileChooserEntry.describe(size: entry.size)
            let sizeCell = String(repeating: " ", count: max(0, sizeWidth - size.displayWidth)) + size.truncated(toWidth: sizeWidth)
            let time = entry.modified.map(format) ?? ""
            var item = ListItem(name + " " + sizeCell + " " + time)
            if state.isMarked(entry) { item.style = theme.success }
            items.append(item)
        }
        if state.entries.isEmpty && !state.hasParentRow {
            buffer.write(labels.emptyDirectory, fitting: listArea.width, at: listArea.origin, style: theme.muted, clip: listArea)
        } else {
            List(items: items, isFocused: state.focus == .list, theme: theme)
                .render(in: listArea, buffer: &buffer, state: state.list)
            if state.entries.isEmpty, listArea.height > 1 {
                buffer.write(labels.emptyDirectory, fitting: listArea.width, at: listArea.row(1).origin, style: theme.muted,
                             clip: listArea)
            }
        }
        // A message, or the hints.
        let last = area.row(area.height - 1)
        if let message = state.message {
            buffer.write(message, fitting: last.width, at: last.origin, style: state.messageIsError ? theme.error : theme.notice,
                         clip: last)
        } else {
            buffer.write(labels.hints, fitting: last.width, at: last.origin, style: theme.muted, clip: last)
        }
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    static func padded(_ text: String, toWidth width: Int) -> String {
        let cut = text.truncated(toWidth: width)
        return cut + String(repeating: " ", count: max(0, width - cut.displayWidth))
    }

    /// "2024-05-20 09:41" in `timeZone`.
    private func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }
}
