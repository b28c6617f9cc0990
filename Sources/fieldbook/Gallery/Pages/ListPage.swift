import TerminalKit

/// A list of checklist items with a detail column and one item styled as non-compliant; ↑/↓
/// move the selection and the list scrolls to keep it visible.
struct ListPage: GalleryPage {
    let title = "列表 List"
    private var state = ListState(selected: 0)

    static let items: [ListItem] = [
        ListItem("LC-01 书面劳动合同 Written contract", detail: "✓ 符合"),
        ListItem("LC-02 试用期约定 Probation terms", detail: "✗ 不符合"),
        ListItem("LC-03 工资按月足额支付 Wages paid in full monthly", detail: "· 未查"),
        ListItem("LC-04 加班费 Overtime pay", detail: "– 不适用"),
        ListItem("SP-01 禁止使用童工 No child labour", detail: "✓ 符合"),
        ListItem("SP-02 女职工特殊保护 Protection of women workers", detail: "· 未查"),
        ListItem("WT-01 工时制度审批 Working-hours approval", detail: "· 未查"),
        ListItem("WT-02 休息休假 Rest days and leave", detail: "· 未查"),
    ]

    mutating func handle(_ key: Key) -> Bool {
        guard key == .up || key == .down else { return false }
        let current = state.selected ?? 0
        state.selected = min(max(0, current + (key == .down ? 1 : -1)), Self.items.count - 1)
        return true
    }

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        buffer.write("检查项 Items (↑/↓ 选择 select):", at: area.origin, style: theme.title, clip: area)
        var items = Self.items
        items[1].style = theme.nonCompliant
        let columns = area.columns([.fixed(min(60, area.width)), .fill(1)], spacing: 2)
        let box = Rect(x: columns[0].x, y: area.y + 1, width: columns[0].width, height: min(6, max(0, area.height - 1)))
        List(items: items, isFocused: true, theme: theme).render(in: box, buffer: &buffer, state: state)
        let empty = Rect(x: columns[0].x, y: box.bottom + 1, width: columns[0].width, height: 1)
        List([], emptyText: "暂无意见建议 No recommendations yet", theme: theme)
            .render(in: empty, buffer: &buffer, state: ListState(selected: nil))
    }
}
