import TerminalKit

/// One page of `fieldbook gallery`: a widget or a family of them, shown with Chinese and English
/// content so a reviewer can check alignment, truncation and styles by eye.
protocol GalleryPage {
    /// The tab title, both languages ("列表 List").
    var title: String { get }
    /// Draws the page into `area` of `buffer`.
    func render(into buffer: inout Buffer, area: Rect, context: GalleryContext)
    /// Offers a key to the page first (an input field edits with it); true if it was used.
    mutating func handle(_ key: Key) -> Bool
}

extension GalleryPage {
    mutating func handle(_ key: Key) -> Bool { false }
}

/// What every page may draw with or show.
struct GalleryContext {
    var theme: Theme
    /// The most recent keys the gallery received, newest last (the keys page shows them).
    var recentKeys: [Key]
    /// The terminal size, for pages that report it.
    var size: Size
}
