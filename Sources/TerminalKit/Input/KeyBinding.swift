/// One action a screen answers to: the keys that trigger it and how help describes it.
/// `help` is supplied by the caller from the UI catalogue, so it is in the user's language.
public struct KeyBinding<ID: Hashable & Sendable>: Sendable {
    public var id: ID
    public var keys: [Key]
    /// The key as help shows it; by default the labels of `keys` joined by "/".
    public var keyLabel: String
    /// The key as the status bar shows it: the label given, else the first key alone — the bar
    /// is one line shared by every hint, so alternatives ("y/1", "u/Tab") are left to help.
    public var statusLabel: String
    public var help: String
    /// Disabled bindings neither match nor show in help.
    public var isEnabled: Bool
    /// Whether the status bar shows this binding (help always shows enabled bindings).
    public var showsInStatusBar: Bool

    public init(_ id: ID, keys: [Key], keyLabel: String? = nil, help: String,
                isEnabled: Bool = true, showsInStatusBar: Bool = true) {
        self.id = id
        self.keys = keys
        self.keyLabel = keyLabel ?? keys.map(\.label).joined(separator: "/")
        self.statusLabel = keyLabel ?? keys.first?.label ?? ""
        self.help = help
        self.isEnabled = isEnabled
        self.showsInStatusBar = showsInStatusBar
    }
}

/// What help overlays and status bars draw for a binding, independent of its id type.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var help: String

    public init(key: String, help: String) {
        self.key = key
        self.help = help
    }
}
