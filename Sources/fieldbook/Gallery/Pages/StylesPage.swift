import TerminalKit

/// Every role of the theme, so a reviewer sees the colour (or, with NO_COLOR, monochrome) set.
struct StylesPage: GalleryPage {
    let title = "样式 Styles"

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let t = context.theme
        let roles: [(String, Style)] = [
            ("正常 normal", t.normal), ("次要 muted", t.muted), ("标题 title", t.title),
            ("边框 border", t.border), ("焦点边框 focused border", t.focusedBorder),
            ("选中 selected", t.selected), ("选中(无焦点) selected inactive", t.selectedInactive),
            ("输入框 field", t.field), ("输入中 focused field", t.focusedField),
            ("占位 placeholder", t.placeholder), ("错误 error", t.error), ("警告 warning", t.warning),
            ("成功 success", t.success), ("状态栏 status bar", t.statusBar), ("通知 notice", t.notice),
            ("对话框 dialog", t.dialog), ("符合 compliant", t.compliant), ("不符合 non-compliant", t.nonCompliant),
            ("不适用 not applicable", t.notApplicable), ("低风险 risk low", t.riskLow),
            ("中风险 risk medium", t.riskMedium), ("高风险 risk high", t.riskHigh), ("重大风险 risk major", t.riskMajor),
        ]
        let columnWidth = 34
        let perColumn = max(1, area.height)
        for (index, role) in roles.enumerated() {
            let column = index / perColumn
            let origin = Point(x: area.x + column * columnWidth, y: area.y + index % perColumn)
            buffer.write(role.0.truncated(toWidth: columnWidth - 2), at: origin, style: role.1, clip: area)
        }
    }
}
