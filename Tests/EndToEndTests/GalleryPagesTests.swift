import Testing
import TerminalHarness

/// The later widgets' gallery pages in a real terminal: each one is reached with Tab (the tab row
/// scrolls to keep the current page visible) and draws its widgets, Chinese and English together.
@Suite struct GalleryPagesTests {
    /// Page title and what its widgets draw (a list's detail, a sorted header, an open select's
    /// border, a date's message, a dialog's buttons, a progress bar's percentage).
    static let pages: [(title: String, shows: [String])] = [
        ("6 列表 List", ["LC-02 试用期约定", "✗ 不符合", "暂无意见建议"]),
        ("7 表格 Table", ["企业名称 Name ▲", "1 260", "1–5 / 5"]),
        ("8 选择 Choices", ["[x] 红名单企业", "(*) 中 medium", "┌──", "│约谈 interview"]),
        ("9 日期 Date", ["2026-12-14", "没有这一天 There is no such day", "请按 YYYY-MM-DD 填写"]),
        ("10 对话框 Dialogs", ["[ 重新打开 Reopen ]", "企业补交了劳动合同", "已保存 Saved"]),
        ("11 图表 Charts", ["52%", "100%", "重大 major", "▆█▆"]),
    ]

    @Test func everyLaterWidgetHasAPage() async throws {
        try await TerminalSession.with(GalleryTests.gallery, width: 100, height: 30) { session in
            try await session.waitFor("列对齐")
            try session.press("5")
            try await session.waitFor("按任意键")
            for page in Self.pages {
                try session.press("Tab")
                let screen = try await session.waitUntil("page \(page.title)") { screen in
                    page.shows.allSatisfy { screen.contains($0) }
                }
                #expect(screen.lines.first?.contains(page.title) == true)
            }
            // Keys a page uses: Enter switches the dialog, Space toggles the focused check box.
            try session.press("BTab")
            try await session.waitFor("[ 重新打开 Reopen ]")
            try session.press("Enter")
            try await session.waitFor("导出完成 Export written")
            try session.press("BTab", "BTab")
            try await session.waitFor("[x] 红名单企业")
            try session.press("Space")
            try await session.waitFor("[ ] 红名单企业")
        }
    }
}
