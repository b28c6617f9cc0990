import CNCursesW
import TerminalKit

/// Turns a `Style` into ncurses attributes and a colour pair. Pairs are allocated lazily, one per
/// foreground/background combination actually drawn (`alloc_pair`), and remembered here so the
/// common case costs one dictionary lookup.
struct ColorPairs {
    /// Colours the terminal shows (0 when it has none or colour is not started).
    let colorCount: Int
    private var pairs: [Int32: Int32] = [:]
    private var lastStyle: Style?
    private var lastRendition: (attributes: attr_t, pair: Int32) = (0, 0)

    init(colorCount: Int) {
        self.colorCount = colorCount
    }

    /// Attributes and pair number for `style` (pair 0 is the terminal's default colours).
    mutating func rendition(for style: Style) -> (attributes: attr_t, pair: Int32) {
        if style == lastStyle { return lastRendition }
        var attributes = fb_a_normal()
        let flags = style.attributes
        if flags.contains(.bold) { attributes |= fb_a_bold() }
        if flags.contains(.dim) { attributes |= fb_a_dim() }
        if flags.contains(.italic) { attributes |= fb_a_italic() }
        if flags.contains(.underline) { attributes |= fb_a_underline() }
        if flags.contains(.reverse) { attributes |= fb_a_reverse() }
        let rendition = (attributes, pair(foreground: style.foreground, background: style.background))
        lastStyle = style
        lastRendition = rendition
        return rendition
    }

    private mutating func pair(foreground: Color, background: Color) -> Int32 {
        guard colorCount > 0 else { return 0 }
        let fg = Int32(foreground.approximated(forColorCount: colorCount).paletteIndex ?? -1)
        let bg = Int32(background.approximated(forColorCount: colorCount).paletteIndex ?? -1)
        if fg == -1 && bg == -1 { return 0 }
        let key = (fg + 1) << 16 | (bg + 1)
        if let known = pairs[key] { return known }
        // alloc_pair recycles the least recently used pair when the table is full; -1 only if
        // the terminal has no pairs at all, and then the default colours will do.
        let allocated = max(0, alloc_pair(fg, bg))
        pairs[key] = allocated
        return allocated
    }

    /// Forget every pair (after the colour table was reset).
    mutating func reset() {
        pairs.removeAll()
        lastStyle = nil
    }
}
