/// Where the user is, as a trail of parts ("Fieldbook › 工作台 › 湖北武当… · 检查清单"), fitted
/// to a width without ever losing the last part (the screen on top) or the record being worked
/// on: when it is too long, parts use their short forms, then the oldest ordinary middle parts
/// give way to one "…", then the first part (the app), then the kept parts' texts and the
/// subject are shortened with "…".
public struct Breadcrumb: Sendable {
    public struct Part: Sendable, Equatable {
        public var text: String
        /// A shorter form, used first when the trail is too long (the app's name alone).
        public var short: String?
        /// Kept while ordinary parts are elided (the first part, the record being worked on).
        public var isKept: Bool
        /// What the part is about, written before it ("湖北武当鸿远… · 检查清单"); shortened,
        /// never dropped, before the part's own text is.
        public var subject: String?

        public init(_ text: String, short: String? = nil, isKept: Bool = false, subject: String? = nil) {
            self.text = text
            self.short = short
            self.isKept = isKept
            self.subject = subject
        }

        var label: String { subject.map { $0 + Breadcrumb.subjectSeparator + text } ?? text }
    }

    public static let separator = " › "
    static let subjectSeparator = " · "
    /// A shortened text keeps at least this many columns (its first character and "…").
    static let shortest = 3

    public var parts: [Part]

    public init(_ parts: [Part]) {
        // Never the same place twice in a row ("› 意见建议 › 意见建议").
        var unique: [Part] = []
        for part in parts where unique.last?.label != part.label { unique.append(part) }
        self.parts = unique
    }

    /// The trail as text in at most `width` columns.
    public func fitted(width: Int) -> String {
        guard width > 0, !parts.isEmpty else { return "" }
        var parts = self.parts
        func text(_ parts: [Part]) -> String { parts.map(\.label).joined(separator: Self.separator) }
        if text(parts).displayWidth <= width { return text(parts) }
        for index in parts.indices { if let short = parts[index].short { parts[index].text = short } }
        if text(parts).displayWidth <= width { return text(parts) }
        // The oldest ordinary parts between the first and the last give way to one "…".
        var elided = false
        var index = 1
        while index < parts.count - 1 && text(parts).displayWidth > width {
            if parts[index].isKept || parts[index].subject != nil { index += 1; continue }
            if elided && parts[index - 1].text == "…" {
                parts.remove(at: index)
            } else {
                parts[index] = Part("…")
                elided = true
                index += 1
            }
        }
        if text(parts).displayWidth <= width { return text(parts) }
        // Then the first part (the app's name) gives way too: where the user is matters more.
        if parts.count > 2 {
            if parts[1].text == "…" { parts.remove(at: 0) } else { parts[0] = Part("…") }
        }
        if text(parts).displayWidth <= width { return text(parts) }
        // Then the kept texts and subjects, longest first, down to their first character and "…".
        var overflow = text(parts).displayWidth - width
        while overflow > 0 {
            var longest: (index: Int, isSubject: Bool, width: Int)?
            for (i, part) in parts.enumerated() {
                if let subject = part.subject, subject.displayWidth > Self.shortest,
                   subject.displayWidth > longest?.width ?? 0 { longest = (i, true, subject.displayWidth) }
                if i < parts.count - 1, part.text != "…", part.text.displayWidth > Self.shortest,
                   part.text.displayWidth > longest?.width ?? 0 { longest = (i, false, part.text.displayWidth) }
            }
            guard let longest else { break }
            let target = max(Self.shortest, longest.width - overflow)
            if longest.isSubject {
                parts[longest.index].subject = parts[longest.index].subject!.truncated(toWidth: target)
            } else {
                parts[longest.index].text = parts[longest.index].text.truncated(toWidth: target)
            }
            overflow = text(parts).displayWidth - width
        }
        if overflow <= 0 { return text(parts) }
        // Still too long: only the last part (the screen on top, with its subject) remains; its
        // own name is cut last of all.
        parts = [parts[parts.count - 1]]
        return text(parts).truncated(toWidth: width)
    }
}
