import TerminalKit

/// Progress bars (determinate at several points, and the sliding indeterminate one), a bar chart
/// of visits by risk level and a sparkline of an enterprise's risk over its visits (gaps where a
/// visit was not assessed).
struct ChartsPage: GalleryPage {
    let title = "图表 Charts"

    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext) {
        let theme = context.theme
        let width = min(60, area.width)
        buffer.write("进度 Progress:", at: area.origin, style: theme.title, clip: area)
        let bars: [(ProgressBar.Progress, String)] = [
            (.determinate(0), "开始 Start"), (.determinate(0.52), "导出 Export"), (.determinate(1), "完成 Done"),
            (.indeterminate(tick: 5), "打包 Packing"),
        ]
        let labelWidth = bars.map(\.1.displayWidth).max() ?? 0
        for (index, bar) in bars.enumerated() {
            // Labels padded to one width, so the bars start in one column.
            let label = bar.1 + String(repeating: " ", count: labelWidth - bar.1.displayWidth)
            ProgressBar(bar.0, label: label, theme: theme)
                .render(in: Rect(x: area.x, y: area.y + 1 + index, width: width, height: 1), buffer: &buffer)
        }
        let chartTop = area.y + 6
        buffer.write("按风险等级的走访 Visits by risk level:", at: Point(x: area.x, y: chartTop), style: theme.title, clip: area)
        BarChart([Bar("低 low", value: 128, style: theme.success), Bar("中 medium", value: 64),
                  Bar("高 high", value: 21, style: theme.warning), Bar("重大 major", value: 3, style: theme.error)],
                 theme: theme)
            .render(in: Rect(x: area.x, y: chartTop + 1, width: width, height: 4), buffer: &buffer)
        let trendTop = chartTop + 6
        guard trendTop + 1 < area.bottom else { return }
        buffer.write("风险趋势 Risk trend (oldest left; a gap: not assessed):", at: Point(x: area.x, y: trendTop),
                     style: theme.title, clip: area)
        Sparkline([1, 1, 2, nil, 2, 3, 4, 3, nil, 2, 1, 1], maxValue: 4, theme: theme)
            .render(in: Rect(x: area.x, y: trendTop + 1, width: 24, height: 1), buffer: &buffer)
    }
}
