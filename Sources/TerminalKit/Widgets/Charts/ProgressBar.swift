/// A progress bar on one row: an optional label, the bar, and the percentage.
///
///     导出 ██████████▌░░░░░░░░░  52%
///
/// `.indeterminate(tick:)` shows a block sliding back and forth instead, one step per tick: the
/// program asks the loop for a `deadline` while the work runs and advances `tick` on `.tick`.
public struct ProgressBar: Sendable {
    public enum Progress: Hashable, Sendable {
        /// 0…1 (clamped).
        case determinate(Double)
        case indeterminate(tick: Int)
    }

    public var progress: Progress
    public var label: String
    public var theme: Theme

    public init(_ progress: Progress, label: String = "", theme: Theme = .color) {
        self.progress = progress
        self.label = label
        self.theme = theme
    }

    /// "52%": rounded down, so 100% means done.
    static func percentage(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "0%" }
        // The epsilon keeps 0.29 (28.999… in binary) at 29%.
        return "\(Int(min(1, max(0, fraction)) * 100 + 1e-9))%"
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        var x = row.x
        if !label.isEmpty {
            let shown = label.truncated(toWidth: row.width / 3)
            x = buffer.write(shown, at: row.origin, style: theme.normal, clip: row) + 1
        }
        var right = row.right
        if case .determinate(let fraction) = progress {
            let text = Self.percentage(fraction)
            right -= 5  // " 100%" fits
            buffer.write(text, at: Point(x: row.right - text.displayWidth, y: row.y), style: theme.normal, clip: row)
        }
        let cells = max(0, right - x)
        guard cells > 0 else { return }
        buffer.fill(Rect(x: x, y: row.y, width: cells, height: 1), with: "░", style: theme.muted)
        switch progress {
        case .determinate(let fraction):
            let eighths = fraction.isFinite ? Int(min(1, max(0, fraction)) * Double(cells * 8)) : 0
            buffer.write(BlockElements.bar(eighths: eighths), at: Point(x: x, y: row.y), style: theme.bar, maxWidth: cells)
        case .indeterminate(let tick):
            let segment = max(1, cells / 4)
            let travel = cells - segment
            var position = 0
            if travel > 0 {
                let phase = ((tick % (2 * travel)) + 2 * travel) % (2 * travel)
                position = phase <= travel ? phase : 2 * travel - phase
            }
            buffer.fill(Rect(x: x + position, y: row.y, width: segment, height: 1), with: "█", style: theme.bar)
        }
    }
}
