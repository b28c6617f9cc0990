/// Text being edited: grapheme clusters and a cursor between them. Shared by `TextFieldState`
/// and `TextAreaState`; it knows nothing about width or layout.
///
/// The cursor is an index into `characters` (0...count), so Left, Right and Backspace always move
/// or delete a whole grapheme (一 character, é, 👍🏽), never half of one.
public struct EditableText: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    /// The most Unicode code points the text may hold; insertions beyond it are cut.
    public var maxLength: Int?
    /// Whether "\n" may be part of the text (TextArea); otherwise line breaks become spaces.
    public let allowsNewlines: Bool

    public init(_ text: String = "", maxLength: Int? = nil, allowsNewlines: Bool = false) {
        self.maxLength = maxLength
        self.allowsNewlines = allowsNewlines
        characters = []
        cursor = 0
        _ = insert(text)
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func setText(_ text: String) {
        characters = []
        cursor = 0
        _ = insert(text)
    }

    // MARK: Editing

    /// Inserts `text` at the cursor. Control characters are dropped, tabs become a space, and
    /// line breaks become "\n" or a space. Characters the terminal cannot draw (newer than the C
    /// library's tables) are kept: the text is the user's, only the display shows "�".
    /// Returns whether anything was inserted.
    public mutating func insert(_ text: String) -> Bool {
        var accepted: [Character] = []
        for character in text {
            if character.isNewline {
                accepted.append(allowsNewlines ? "\n" : " ")
            } else if character == "\t" {
                accepted.append(" ")
            } else if !Self.isControl(character.unicodeScalars.first!) {
                accepted.append(character)
            }
        }
        // The limit counts Unicode code points, as the JSON Schemas and headquarters do
        // (FieldbookCore's TextLimits): a grapheme of several (👍🏽, e + accent) uses several.
        if let maxLength {
            var room = maxLength - characters.reduce(0) { $0 + $1.unicodeScalars.count }
            accepted = Array(accepted.prefix { character in
                let size = character.unicodeScalars.count
                guard size <= room else { return false }
                room -= size
                return true
            })
        }
        guard !accepted.isEmpty else { return false }
        characters.insert(contentsOf: accepted, at: cursor)
        cursor += accepted.count
        return true
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// Deletes the characters in `range` (clamped) and leaves the cursor at its start.
    public mutating func delete(_ range: Range<Int>) -> Bool {
        let r = range.clamped(to: 0..<characters.count)
        guard !r.isEmpty else { return false }
        characters.removeSubrange(r)
        cursor = r.lowerBound
        return true
    }

    public mutating func deleteBackward() -> Bool { cursor > 0 && delete((cursor - 1)..<cursor) }

    public mutating func deleteForward() -> Bool { delete(cursor..<(cursor + 1)) }

    /// Ctrl-W: deletes the spaces before the cursor, then the run before them of one kind —
    /// a Latin word, a run of Chinese, or a run of punctuation.
    public mutating func deleteWordBackward() -> Bool {
        var start = cursor
        while start > 0 && characters[start - 1].isWhitespace && characters[start - 1] != "\n" { start -= 1 }
        if start > 0 {
            let kind = WordKind(characters[start - 1])
            while start > 0 && WordKind(characters[start - 1]) == kind && kind != .lineBreak { start -= 1 }
            if kind == .lineBreak { start -= 1 }
        }
        return delete(start..<cursor)
    }

    // MARK: Moving

    /// Moves the cursor to `index` (clamped). Returns whether it moved.
    @discardableResult
    public mutating func moveCursor(to index: Int) -> Bool {
        let target = min(max(0, index), characters.count)
        defer { cursor = target }
        return target != cursor
    }

    /// Display columns of the characters in `range`.
    public func width(of range: Range<Int>) -> Int {
        var total = 0
        for character in characters[range.clamped(to: 0..<characters.count)] { total += character.displayWidth }
        return total
    }

    /// The keys every editor shares: characters, paste, Left/Right, Backspace/Delete, Ctrl-W,
    /// Ctrl-D (delete forward), Ctrl-B/Ctrl-F (back/forward). Nil for other keys.
    mutating func handleCommonKey(_ key: Key) -> EditResult? {
        switch key {
        case .character(let c): return insert(String(c)) ? .edited : .handled
        case .paste(let text): return insert(text) ? .edited : .handled
        case .left, .ctrl("b"): moveCursor(to: cursor - 1); return .handled
        case .right, .ctrl("f"): moveCursor(to: cursor + 1); return .handled
        case .backspace, .ctrl("h"): return deleteBackward() ? .edited : .handled
        case .delete, .ctrl("d"): return deleteForward() ? .edited : .handled
        case .ctrl("w"): return deleteWordBackward() ? .edited : .handled
        default: return nil
        }
    }
}

/// The classes Ctrl-W treats as one word.
private enum WordKind: Equatable {
    case space, lineBreak, wide, word, punctuation

    init(_ c: Character) {
        if c == "\n" { self = .lineBreak }
        else if c.isWhitespace { self = .space }
        else if c.isPunctuation || c.isSymbol { self = .punctuation }
        else if c.displayWidth == 2 { self = .wide }
        else { self = .word }
    }
}
