extension StringProtocol {
    /// The text cut to at most `width` columns, ending in `ellipsis` ("…") when something was cut.
    /// Cuts by display width, never by character count, and never splits a wide glyph.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return String(prefix(fittingWidth: width)) }
        return String(prefix(fittingWidth: room)) + ellipsis
    }

    /// The longest prefix whose display width is at most `width`.
    public func prefix(fittingWidth width: Int) -> SubSequence {
        var used = 0
        var end = startIndex
        for index in indices {
            let w = self[index].displayWidth
            if used + w > width { break }
            used += w
            end = self.index(after: index)
        }
        return self[startIndex..<end]
    }
}
