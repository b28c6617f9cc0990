/// The Unicode block elements bars are drawn with. glibc (and so ncurses) counts every one of
/// them one column wide; terminals set to draw East Asian "ambiguous" characters double would
/// misalign them, as they would every box-drawing line.
enum BlockElements {
    /// Left-aligned blocks 0/8 … 8/8 of a cell wide: horizontal bars.
    static let horizontal: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    /// Bottom-aligned blocks 0/8 … 8/8 of a cell high: sparklines.
    static let vertical: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A horizontal bar `eighths` eighths of a cell long.
    static func bar(eighths: Int) -> String {
        let eighths = max(0, eighths)
        var text = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { text.append(horizontal[eighths % 8]) }
        return text
    }

    /// `value` of `maximum` in eighths of `cells` cells, rounded; a positive value is never 0.
    static func eighths(_ value: Double, of maximum: Double, cells: Int) -> Int {
        guard maximum > 0, value > 0, cells > 0, value.isFinite else { return 0 }
        let scaled = Int((min(value, maximum) / maximum * Double(cells * 8)).rounded())
        return max(1, scaled)
    }
}
