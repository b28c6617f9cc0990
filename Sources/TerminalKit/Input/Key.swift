/// One input event, decoded by the backend into what it *means*.
///
/// Conventions backends follow: Tab, Enter (CR or LF), Backspace (DEL or ^H) and Escape arrive as
/// their own cases, never as `.ctrl`; a printable character (Chinese from an input method
/// included) arrives as `.character`; text the terminal marks as pasted arrives whole as `.paste`.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Control plus a letter, lower-case: `.ctrl("a")` for Ctrl-A.
    case ctrl(Character)
    /// Alt (Meta) plus a character: `.alt("x")`.
    case alt(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab
    case enter, escape, backspace, delete, insert
    /// F1–F12: `.function(1)`.
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(Size)
    case paste(String)

    /// A short, language-neutral label for help and status bars: "Ctrl-A", "↑", "F1", "Enter".
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .mouse: return "Mouse"
        case .resize: return "Resize"
        case .paste: return "Paste"
        }
    }
}

/// A mouse action at a cell of the screen.
public struct MouseEvent: Hashable, Sendable {
    public enum Button: Hashable, Sendable { case left, middle, right }
    public enum Action: Hashable, Sendable {
        case press(Button)
        case release(Button)
        case wheelUp
        case wheelDown
    }

    public var action: Action
    public var position: Point

    public init(_ action: Action, at position: Point) {
        self.action = action
        self.position = position
    }

    /// True for a press of the left button (what selects rows and focuses fields).
    public var isClick: Bool { action == .press(.left) }
}
