/// The ordered bindings of one screen or widget. `update` matches keys against it and help and
/// status bars are drawn from it, so the hints on screen are the keys that work.
public struct KeyMap<ID: Hashable & Sendable>: Sendable {
    public private(set) var bindings: [KeyBinding<ID>]

    public init(_ bindings: [KeyBinding<ID>] = []) { self.bindings = bindings }

    /// The id of the first enabled binding that lists `key`.
    public func match(_ key: Key) -> ID? {
        bindings.first { $0.isEnabled && $0.keys.contains(key) }?.id
    }

    public mutating func append(_ binding: KeyBinding<ID>) { bindings.append(binding) }

    public mutating func setEnabled(_ enabled: Bool, _ id: ID) {
        for i in bindings.indices where bindings[i].id == id { bindings[i].isEnabled = enabled }
    }

    /// Replaces the help text of every binding, e.g. after the user switches language.
    public mutating func relabel(_ help: (ID) -> String) {
        for i in bindings.indices { bindings[i].help = help(bindings[i].id) }
    }

    /// Every enabled binding, in order, for a help overlay.
    public var helpHints: [KeyHint] {
        bindings.filter(\.isEnabled).map { KeyHint(key: $0.keyLabel, help: $0.help) }
    }

    /// The enabled bindings marked for the status bar, in order.
    public var statusHints: [KeyHint] {
        bindings.filter { $0.isEnabled && $0.showsInStatusBar }.map { KeyHint(key: $0.statusLabel, help: $0.help) }
    }
}
