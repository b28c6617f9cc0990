import TerminalKit

/// The choice widgets: tabs, check boxes (Space toggles the focused one), radio groups in both
/// orientations, and a select shown closed and open with its list drawn over what is below.
struct ChoicesPage: GalleryPage {
    let title = "选择 Choices"
    private var redList = true
    private var openRecommendations = false

    static let priorities = ["高 high", "中 medium", "低 low"]
    static let types = ["用工风险排查 risk screening", "约谈 interview", "政策宣讲 policy briefing", "欠薪检查 wage arrears"]

    mutating func handle(_ key: Key) -> Bool {
        guard key == .character(" ") else { return false }
        redList.toggle()
        return true
    }

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        Tabs(["清单 Checklist", "建议 Recommendations", "审核 Review"], selected: 1, theme: theme)
            .render(in: area.row(0), buffer: &buffer)
        let columns = area.columns([.fill(1), .fill(1)], spacing: 2)
        let left = columns[0]
        buffer.write("复选框 Check boxes (空格 Space):", at: Point(x: left.x, y: left.y + 2), style: theme.title, clip: left)
        Checkbox("红名单企业 Red-listed", isFocused: true, theme: theme)
            .render(in: Rect(x: left.x, y: left.y + 3, width: left.width, height: 1), buffer: &buffer, isChecked: redList)
        Checkbox("有待整改 Open recommendations", theme: theme)
            .render(in: Rect(x: left.x, y: left.y + 4, width: left.width, height: 1), buffer: &buffer,
                    isChecked: openRecommendations)
        buffer.write("单选 Radio (vertical):", at: Point(x: left.x, y: left.y + 6), style: theme.title, clip: left)
        RadioGroup(Self.priorities, isFocused: true, theme: theme)
            .render(in: Rect(x: left.x, y: left.y + 7, width: left.width, height: 3), buffer: &buffer, selected: 1)
        buffer.write("单选 Radio (horizontal):", at: Point(x: left.x, y: left.y + 11), style: theme.title, clip: left)
        RadioGroup(Self.priorities, orientation: .horizontal, theme: theme)
            .render(in: Rect(x: left.x, y: left.y + 12, width: left.width, height: 1), buffer: &buffer, selected: 0)

        let right = columns[1]
        buffer.write("下拉 Select (closed / open):", at: Point(x: right.x, y: right.y + 2), style: theme.title, clip: right)
        let select = Select(Self.types, placeholder: "走访类型 Visit type", theme: theme)
        let fieldWidth = min(32, right.width)
        select.render(in: Rect(x: right.x, y: right.y + 3, width: fieldWidth, height: 1), buffer: &buffer,
                      state: SelectState(selected: nil))
        var open = SelectState(selected: 1)
        open.open(count: Self.types.count, height: Self.types.count)
        let openField = Rect(x: right.x, y: right.y + 5, width: fieldWidth, height: 1)
        Select(Self.types, isFocused: true, theme: theme)
            .render(in: openField, buffer: &buffer, state: open, bounds: area)
    }
}
