/// Which field of a form has focus, and the keys that move it: Tab and Down to the next field,
/// Shift-Tab and Up to the previous one (wrapping around), a mouse click to the field under it.
///
/// Give a key to the focused field first and to the ring only if the field ignored it, so Up and
/// Down inside a text area move its cursor until it reaches its first or last row.
public struct FocusRing<ID: Hashable & Sendable>: Sendable {
    public private(set) var order: [ID]
    public private(set) var focused: ID?

    public init(_ order: [ID], focused: ID? = nil) {
        self.order = order
        self.focused = focused ?? order.first
    }

    public func isFocused(_ id: ID) -> Bool { focused == id }

    public mutating func focus(_ id: ID) {
        if order.contains(id) { focused = id }
    }

    public mutating func next() { step(1) }
    public mutating func previous() { step(-1) }

    /// Replaces the fields (a form that shows or hides some), keeping focus if the field remains.
    public mutating func setOrder(_ newOrder: [ID]) {
        order = newOrder
        if let focused, newOrder.contains(focused) { return }
        focused = newOrder.first
    }

    /// Moves focus for Tab, Shift-Tab, Up, Down, or a click inside one of `fieldRects` (the areas
    /// the fields were drawn in). Returns whether the key was used.
    public mutating func handle(_ key: Key, fieldRects: [ID: Rect] = [:]) -> Bool {
        switch key {
        case .tab, .down: next()
        case .backTab, .up: previous()
        case .mouse(let event) where event.isClick:
            guard let hit = order.first(where: { fieldRects[$0]?.contains(event.position) == true }) else { return false }
            focused = hit
        default: return false
        }
        return true
    }

    private mutating func step(_ delta: Int) {
        guard !order.isEmpty else { return }
        let current = focused.flatMap { order.firstIndex(of: $0) } ?? (delta > 0 ? order.count - 1 : 0)
        focused = order[(current + delta + order.count) % order.count]
    }
}
