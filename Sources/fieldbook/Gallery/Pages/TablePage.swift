import TerminalKit

/// A table of enterprises: fixed and filling columns, right-aligned figures, a sorted column
/// (▲), a styled cell, the selected row and the position footer; ↑/↓ move the selection.
struct TablePage: GalleryPage {
    let title = "表格 Table"
    private var state = TableState(selected: 1, offset: 0, sort: TableSort(column: 0))

    static let rows: [(String, String, String, String)] = [
        ("十堰鑫泰汽车零部件有限公司", "张湾区", "420", "中风险 medium"),
        ("Wudang Tea Co., Ltd.", "丹江口市", "38", "低风险 low"),
        ("湖北瑞驰汽车底盘系统有限公司", "十堰经济技术开发区", "1 260", "重大风险 major"),
        ("郧西县七夕服装有限公司", "郧西县", "96", "高风险 high"),
        ("竹溪贡米农业开发有限公司", "竹溪县", "57", "未评估 not assessed"),
    ]

    mutating func handle(_ key: Key) -> Bool {
        guard key == .up || key == .down else { return false }
        let current = state.selected ?? 0
        state.selected = min(max(0, current + (key == .down ? 1 : -1)), Self.rows.count - 1)
        return true
    }

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        buffer.write("企业 Enterprises (↑/↓ 选择 select):", at: area.origin, style: theme.title, clip: area)
        let rows = Self.rows.map { row in
            TableRow(cells: [TableCell(row.0), TableCell(row.1), TableCell(row.2),
                             TableCell(row.3, style: row.3.hasPrefix("重大") ? theme.error : nil)])
        }
        let table = Table(columns: [TableColumn("企业名称 Name", width: .fill(), isSortable: true),
                                    TableColumn("区县 District", width: .fixed(14)),
                                    TableColumn("职工 Staff", width: .fixed(10), alignment: .right),
                                    TableColumn("风险 Risk", width: .fixed(20))],
                          rows: rows, totalCount: rows.count, isFocused: true, theme: theme)
        let box = Rect(x: area.x, y: area.y + 1, width: area.width, height: min(9, max(0, area.height - 1)))
        table.render(in: box, buffer: &buffer, state: state)
    }
}
