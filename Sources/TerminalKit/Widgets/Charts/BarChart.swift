/// One bar of a `BarChart`.
public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Double
    /// What is written after the bar; by default the value ("12", "3.5").
    public var valueText: String
    /// The bar's own style (a risk level's colour); the theme's bar style otherwise.
    public var style: Style?

    public init(_ label: String, value: Double, valueText: String? = nil, style: Style? = nil) {
        self.label = label
        self.value = value
        self.valueText = valueText ?? Bar.format(value)
        self.style = style
    }

    /// A whole number without decimals, anything else with one.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}

/// Horizontal bars, one per row: the label (Chinese or English, aligned by display width and cut
/// with "…" beyond a third of the width), the bar scaled so `maxValue` (default: the largest
/// value) fills the room, and the value right-aligned in its own column.
///
///     劳动合同   ████████████▌  12
///     Overtime  ████▏           4
public struct BarChart: Sendable {
    public var bars: [Bar]
    public var maxValue: Double?
    public var theme: Theme

    public init(_ bars: [Bar], maxValue: Double? = nil, theme: Theme = .color) {
        self.bars = bars
        self.maxValue = maxValue
        self.theme = theme
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let shown = bars.prefix(area.height)
        let labelWidth = min(shown.map(\.label.displayWidth).max() ?? 0, area.width / 3)
        let valueWidth = min(shown.map(\.valueText.displayWidth).max() ?? 0, area.width / 4)
        let barX = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let barCells = max(0, area.right - barX - (valueWidth > 0 ? valueWidth + 1 : 0))
        let maximum = maxValue ?? shown.map(\.value).max() ?? 0
        for (line, bar) in shown.enumerated() {
            let y = area.y + line
            let row = area.row(line)
            buffer.write(bar.label.truncated(toWidth: labelWidth), at: Point(x: area.x, y: y), style: theme.normal,
                         maxWidth: labelWidth, clip: row)
            let eighths = BlockElements.eighths(bar.value, of: maximum, cells: barCells)
            buffer.write(BlockElements.bar(eighths: eighths), at: Point(x: barX, y: y), style: bar.style ?? theme.bar,
                         maxWidth: barCells, clip: row)
            let value = bar.valueText.truncated(toWidth: valueWidth)
            buffer.write(value, at: Point(x: area.right - value.displayWidth, y: y), style: theme.normal, clip: row)
        }
    }
}
