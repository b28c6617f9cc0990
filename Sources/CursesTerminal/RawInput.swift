import CNCursesW
import TerminalKit

/// One result of `wget_wch`: a character, or a key code (KEY_CODE_YES).
enum RawInput: Equatable {
    case character(UInt32)
    case keyCode(Int32)

    /// Key codes we teach ncurses with `define_key` for the bracketed-paste markers
    /// (ESC [200~ and ESC [201~); above KEY_MAX so they cannot clash with its own.
    static let pasteStartCode: Int32 = 0o1001
    static let pasteEndCode: Int32 = 0o1002

    /// The Home and End sequences terminals send (VT220/tmux/screen, rxvt, xterm normal and
    /// application mode), taught to ncurses so each arrives as KEY_HOME / KEY_END whatever the
    /// terminfo entry lists.
    static let homeEndSpellings: [(String, Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ]
}

/// Turns `wget_wch` results into semantic keys.
///
/// Needs more input for two cases, which it asks `read` for (with a wait in milliseconds):
/// ESC followed at once by a character is Alt plus that character (what terminals send), and a
/// paste start marker is followed by the pasted text up to the end marker.
struct KeyDecoder {
    /// The longest a paste may pause between two of its characters before we stop waiting for
    /// its end marker (a paste arrives in one burst).
    var pasteGapMilliseconds: Int32 = 500

    /// Decodes `first`; returns nil for input that means nothing to us (an unknown key code).
    /// Input read ahead but not used goes to `unread`.
    func decode(_ first: RawInput, read: (Int32) -> RawInput?, unread: (RawInput) -> Void,
                mouse: () -> Key?, size: () -> Size) -> Key? {
        switch first {
        case let .character(value):
            if value == 0x1B {
                guard let next = read(0) else { return .escape }
                if case let .character(follower) = next, follower >= 0x20, follower != 0x7F,
                   let scalar = Unicode.Scalar(follower) {
                    if follower == 0x5B || follower == 0x4F, let rest = read(0) {
                        return skipUnknownSequence(next: rest, read: read, unread: unread)
                    }
                    return .alt(Character(scalar))
                }
                unread(next)
                return .escape
            }
            return Self.key(forCharacter: value)
        case let .keyCode(code):
            switch code {
            case KEY_MOUSE: return mouse()
            case KEY_RESIZE: return .resize(size())
            case RawInput.pasteStartCode: return .paste(collectPaste(read: read, unread: unread))
            case RawInput.pasteEndCode: return nil
            default: return Self.key(forCode: code)
            }
        }
    }

    /// ESC [ or ESC O with more input already waiting: an escape sequence ncurses did not know
    /// (a key its terminfo entry lacks). Dropped whole, so its bytes never arrive as typed
    /// characters — ESC [1~ must not answer a checklist item with "1". A control character or a
    /// key code ends the sequence early and is kept for the next read.
    private func skipUnknownSequence(next: RawInput, read: (Int32) -> RawInput?,
                                     unread: (RawInput) -> Void) -> Key? {
        // Parameter and intermediate bytes (0x20–0x3F), then one final byte (0x40–0x7E).
        var input: RawInput? = next
        while let current = input {
            guard case let .character(byte) = current, (0x20...0x7E).contains(byte) else {
                unread(current)
                return nil
            }
            if (0x40...0x7E).contains(byte) { return nil }
            input = read(0)
        }
        return nil
    }

    /// Characters up to the end marker; CR (what terminals send for a newline) becomes LF. A
    /// resize or mouse report that arrives meanwhile is kept for after the paste, so the frame
    /// still follows the new size.
    private func collectPaste(read: (Int32) -> RawInput?, unread: (RawInput) -> Void) -> String {
        var text = String.UnicodeScalarView()
        var held: [RawInput] = []
        defer { held.forEach(unread) }
        while let input = read(pasteGapMilliseconds) {
            switch input {
            case .keyCode(RawInput.pasteEndCode):
                return String(text)
            case let .character(value):
                if value == 0x0D { text.append("\n") } else if let scalar = Unicode.Scalar(value) { text.append(scalar) }
            case .keyCode(let code):
                if code == KEY_RESIZE || code == KEY_MOUSE { held.append(input) }
            }
        }
        return String(text)
    }

    /// A character from the keyboard: control codes become their keys.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(value + 0x40)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function key as ncurses names it.
    static func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A mouse report: the buttons we use (left, middle, right, wheel), at a cell.
    static func key(forMouse state: mmask_t, x: Int32, y: Int32) -> Key? {
        let position = Point(x: Int(x), y: Int(y))
        let action: MouseEvent.Action
        if state & fb_button4_pressed() != 0 {
            action = .wheelUp
        } else if state & fb_button5_pressed() != 0 {
            action = .wheelDown
        } else if state & (fb_button1_pressed() | fb_button1_clicked() | fb_button1_double_clicked()) != 0 {
            action = .press(.left)
        } else if state & fb_button1_released() != 0 {
            action = .release(.left)
        } else if state & fb_button2_clicked() != 0 {
            action = .press(.middle)
        } else if state & fb_button3_clicked() != 0 {
            action = .press(.right)
        } else {
            return nil
        }
        return .mouse(MouseEvent(action, at: position))
    }
}
