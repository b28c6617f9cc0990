/// A trend in one or more rows of ▁▂▃▄▅▆▇█, one column per value. When there are more values
/// than columns the most recent (last) ones are shown. `maxValue` (default: the largest value)
/// fills the height; a positive value always shows at least ▁ and a missing one (nil) nothing.
public struct Sparkline: Sendable {
    public var values: [Double?]
    public var maxValue: Double?
    public var style: Style?
    public var theme: Theme

    public init(_ values: [Double?], maxValue: Double? = nil, style: Style? = nil, theme: Theme = .color) {
        self.values = values
        self.maxValue = maxValue
        self.style = style
        self.theme = theme
    }

    public init(_ values: [Double], maxValue: Double? = nil, style: Style? = nil, theme: Theme = .color) {
        self.init(values.map { Optional($0) }, maxValue: maxValue, style: style, theme: theme)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width)
        let maximum = maxValue ?? shown.compactMap { $0 }.max() ?? 0
        for (column, value) in shown.enumerated() {
            let total = BlockElements.eighths(value ?? 0, of: maximum, cells: area.height)
            for level in 0..<area.height {
                let fill = min(8, max(0, total - level * 8))
                guard fill > 0 else { break }
                buffer.put(Cell(BlockElements.vertical[fill], style: style ?? theme.bar),
                           x: area.x + column, y: area.bottom - 1 - level)
            }
        }
    }
}
