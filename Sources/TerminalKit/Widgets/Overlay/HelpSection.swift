/// One group of a help overlay: a heading and the hints of a key map's enabled bindings.
public struct HelpSection: Hashable, Sendable {
    public var title: String
    public var hints: [KeyHint]

    public init<ID>(_ title: String, keyMap: KeyMap<ID>) {
        self.init(title, hints: keyMap.helpHints)
    }

    public init(_ title: String, hints: [KeyHint]) {
        self.title = title
        self.hints = hints
    }
}
