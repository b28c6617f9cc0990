import CNCursesW
@testable import CursesTerminal
import Testing
import TerminalKit

/// Decoding `wget_wch` results into keys, with the follow-up input scripted.
@Suite struct KeyDecoderTests {
    /// Decodes `first` with `following` as the input that arrives after it.
    func decode(_ first: RawInput, following: [RawInput] = []) -> (key: Key?, unread: [RawInput]) {
        var queue = following
        var unread: [RawInput] = []
        let key = KeyDecoder().decode(
            first,
            read: { _ in queue.isEmpty ? nil : queue.removeFirst() },
            unread: { unread.append($0) },
            mouse: { nil },
            size: { Size(width: 80, height: 24) })
        return (key, unread + queue)
    }

    @Test func controlCharactersBecomeTheirKeys() {
        #expect(decode(.character(0x0D)).key == .enter)
        #expect(decode(.character(0x09)).key == .tab)
        #expect(decode(.character(0x7F)).key == .backspace)
        #expect(decode(.character(0x08)).key == .backspace)
        #expect(decode(.character(0x01)).key == .ctrl("a"))
        #expect(decode(.character(0x17)).key == .ctrl("w"))
        #expect(decode(.character(0x4E2D)).key == .character("中"))
    }

    @Test func escapeAloneIsEscapeAndWithACharacterIsAlt() {
        #expect(decode(.character(0x1B)).key == .escape)
        #expect(decode(.character(0x1B), following: [.character(0x78)]).key == .alt("x"))
        // ESC then a function key: Esc, and the function key is kept for the next read.
        let result = decode(.character(0x1B), following: [.keyCode(KEY_UP)])
        #expect(result.key == .escape)
        #expect(result.unread == [.keyCode(KEY_UP)])
    }

    /// A key whose sequence the terminfo entry lacks (ESC [1;5H, ESC O2P …) is dropped whole:
    /// before, ESC [1~ (Home in tmux) became Alt-[ and then a typed "1", which answered an item.
    @Test func anUnknownEscapeSequenceTypesNothing() {
        func bytes(_ text: String) -> [RawInput] { text.unicodeScalars.map { .character($0.value) } }
        let home = decode(.character(0x1B), following: bytes("[1~y"))
        #expect(home.key == nil)
        #expect(home.unread == bytes("y"))
        #expect(decode(.character(0x1B), following: bytes("[1;5H")).key == nil)
        #expect(decode(.character(0x1B), following: bytes("O2P")).unread.isEmpty)
        // A control character or key code cuts the sequence short and is kept.
        let cut = decode(.character(0x1B), following: bytes("[12") + [.keyCode(KEY_UP)])
        #expect(cut.key == nil)
        #expect(cut.unread == [.keyCode(KEY_UP)])
        // ESC [ and ESC O alone are still Alt-[ and Alt-O.
        #expect(decode(.character(0x1B), following: bytes("[")).key == .alt("["))
        #expect(decode(.character(0x1B), following: bytes("O")).key == .alt("O"))
    }

    @Test func homeAndEndSpellingsMapToTheirKeys() {
        let spellings = Dictionary(RawInput.homeEndSpellings, uniquingKeysWith: { first, _ in first })
        #expect(spellings["\u{1B}[1~"] == KEY_HOME)
        #expect(spellings["\u{1B}[4~"] == KEY_END)
        #expect(KeyDecoder.key(forCode: KEY_HOME) == .home)
        #expect(KeyDecoder.key(forCode: KEY_END) == .end)
    }

    @Test func functionKeysAndResize() {
        #expect(decode(.keyCode(KEY_F0 + 1)).key == .function(1))
        #expect(decode(.keyCode(KEY_F0 + 12)).key == .function(12))
        #expect(decode(.keyCode(KEY_BTAB)).key == .backTab)
        #expect(decode(.keyCode(KEY_DC)).key == .delete)
        #expect(decode(.keyCode(KEY_NPAGE)).key == .pageDown)
        #expect(decode(.keyCode(KEY_RESIZE)).key == .resize(Size(width: 80, height: 24)))
        #expect(decode(.keyCode(KEY_F0 + 40)).key == nil)
    }

    @Test func bracketedPasteArrivesWholeWithNewlines() {
        let text: [RawInput] = "粘贴\rline 2".unicodeScalars.map { .character($0.value) }
        let result = decode(.keyCode(RawInput.pasteStartCode),
                            following: text + [.keyCode(RawInput.pasteEndCode), .character(0x71)])
        #expect(result.key == .paste("粘贴\nline 2"))
        #expect(result.unread == [.character(0x71)])
    }

    /// A resize during a paste is not lost: it comes after the paste.
    @Test func aResizeDuringAPasteIsKept() {
        let text: [RawInput] = "粘贴".unicodeScalars.map { .character($0.value) }
        let result = decode(.keyCode(RawInput.pasteStartCode),
                            following: [text[0], .keyCode(KEY_RESIZE), text[1], .keyCode(RawInput.pasteEndCode)])
        #expect(result.key == .paste("粘贴"))
        #expect(result.unread == [.keyCode(KEY_RESIZE)])
    }

    @Test func mouseButtonsAndWheel() {
        #expect(KeyDecoder.key(forMouse: fb_button1_pressed(), x: 3, y: 4) == .mouse(MouseEvent(.press(.left), at: Point(x: 3, y: 4))))
        #expect(KeyDecoder.key(forMouse: fb_button1_released(), x: 3, y: 4) == .mouse(MouseEvent(.release(.left), at: Point(x: 3, y: 4))))
        #expect(KeyDecoder.key(forMouse: fb_button4_pressed(), x: 0, y: 0) == .mouse(MouseEvent(.wheelUp, at: .zero)))
        #expect(KeyDecoder.key(forMouse: fb_button5_pressed(), x: 0, y: 0) == .mouse(MouseEvent(.wheelDown, at: .zero)))
        #expect(KeyDecoder.key(forMouse: 0, x: 0, y: 0) == nil)
    }
}
