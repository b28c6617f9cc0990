import TerminalKit

/// Mixed Chinese and English in aligned columns: the first thing that breaks when widths are
/// counted in characters instead of columns.
struct TextPage: GalleryPage {
    let title = "文字 Text"

    /// Enterprise, district, English name, risk — deliberately of uneven widths.
    static let rows: [(String, String, String, String)] = [
        ("深圳市华强电子有限公司", "福田区", "Huaqiang Electronics Co., Ltd.", "高 High"),
        ("Acme Logistics (Shenzhen)", "南山区", "Acme Logistics", "低 Low"),
        ("广州白云国际机场地勤服务有限公司", "白云区", "Baiyun Airport Ground Services", "重大 Major"),
        ("东莞市长安镇锦厦五金制品厂", "长安镇", "Jinxia Hardware Factory", "中 Medium"),
        ("Café Zürich 咖啡", "越秀区", "Café Zürich", "低 Low"),
    ]

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        var y = area.y
        buffer.write("列对齐 Column alignment — every │ must line up", at: Point(x: area.x, y: y), style: theme.title, clip: area)
        y += 2
        let widths = [22, 8, 24, 10]
        let header = ["企业 Enterprise", "区 District", "English name", "风险 Risk"]
        y = renderRow(header, widths: widths, y: y, area: area, buffer: &buffer, style: theme.title)
        for row in Self.rows {
            y = renderRow([row.0, row.1, row.2, row.3], widths: widths, y: y, area: area, buffer: &buffer, style: theme.normal)
        }
        y += 1
        buffer.write("截断 Truncation by display width:", at: Point(x: area.x, y: y), style: theme.title, clip: area)
        y += 1
        for width in [9, 10, 11] {
            let text = "劳动合同书 labour contract".truncated(toWidth: width)
            buffer.write("\(width): [\(text)]", at: Point(x: area.x, y: y), style: theme.normal, clip: area)
            y += 1
        }
        y += 1
        buffer.write("宽字符在右边缘 A wide glyph at the right edge becomes a space:", at: Point(x: area.x, y: y), style: theme.title, clip: area)
        y += 1
        let edge = Rect(x: area.x, y: y, width: 7, height: 1)
        // Without the ellipsis, to show what becomes of a wide glyph cut by the edge.
        buffer.write("中文中文", at: edge.origin, style: theme.field, clip: edge, ellipsis: false)
        buffer.write("│ 7 columns", at: Point(x: edge.right, y: y), style: theme.muted, clip: area)
        y += 2
        buffer.write("é (e + ◌́) 😀 ✓ — ½ 《标题》「引号」，。", at: Point(x: area.x, y: y), style: theme.normal, clip: area)
    }

    /// One table row: each cell truncated with "…" to its column, a "│" after it.
    private func renderRow(_ cells: [String], widths: [Int], y: Int, area: Rect, buffer: inout Buffer, style: Style) -> Int {
        var x = area.x
        for (cell, width) in zip(cells, widths) {
            buffer.write(cell.truncated(toWidth: width), at: Point(x: x, y: y), style: style, clip: area)
            buffer.write("│", at: Point(x: x + width, y: y), style: style, clip: area)
            x += width + 2
        }
        return y + 1
    }
}
