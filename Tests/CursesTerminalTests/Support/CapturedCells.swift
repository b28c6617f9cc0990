import TerminalKit

/// One column of a screen as tmux shows it (`capture-pane -e`): the glyph and the colours and
/// attributes it is drawn in. Read back from tmux's own SGR sequences, so it checks what a
/// terminal ended up showing, independent of how our backend or ncurses chose to send it.
struct CapturedCell: Equatable, CustomStringConvertible {
    var text: String
    var foreground: Int?
    var background: Int?
    var attributes: TextAttributes

    /// What a `Buffer` cell should look like on a 256-colour terminal. A continuation cell is
    /// absent from a capture (tmux prints a wide glyph once), so callers skip those.
    init(expected cell: Cell) {
        text = cell.text
        foreground = cell.style.foreground.approximated(forColorCount: 256).paletteIndex
        background = cell.style.background.approximated(forColorCount: 256).paletteIndex
        attributes = cell.style.attributes
    }

    init(text: String, foreground: Int?, background: Int?, attributes: TextAttributes) {
        self.text = text
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The cell as a reader sees it: a blank shows no foreground and no bold, dim or italic
    /// unless it is reversed (then the foreground is its background). Terminals and ncurses treat
    /// such blanks as the same — clearing to the end of a line (EL) sets only the background.
    var visible: CapturedCell {
        guard text == " " else { return self }
        var cell = self
        cell.attributes.subtract([.bold, .dim, .italic])
        if !attributes.contains(.reverse) { cell.foreground = nil }
        return cell
    }

    var description: String {
        var parts = ["\"\(text)\""]
        if let foreground { parts.append("fg \(foreground)") }
        if let background { parts.append("bg \(background)") }
        let names: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.italic, "italic"),
                                                  (.underline, "underline"), (.reverse, "reverse")]
        for (flag, name) in names where attributes.contains(flag) { parts.append(name) }
        return parts.joined(separator: " ")
    }

    /// The glyph cells of each captured line (`capture-pane -e -N`), padded with plain blanks to
    /// `width` columns. tmux sends a line's SGR changes relative to where the line before left
    /// off (a line that goes on in the same style starts without any), so lines are read in
    /// order. Only SGR sequences are expected in a capture; anything else is an error.
    static func parse(lines: [String], width: Int) throws -> [[CapturedCell]] {
        var state = (foreground: Int?.none, background: Int?.none, attributes: TextAttributes())
        return try lines.map { try parse(line: $0, width: width, state: &state) }
    }

    private static func parse(line: String, width: Int,
                              state: inout (foreground: Int?, background: Int?, attributes: TextAttributes))
        throws -> [CapturedCell] {
        var cells: [CapturedCell] = []
        var columns = 0
        var (foreground, background, attributes) = state
        defer { state = (foreground, background, attributes) }
        var scalars = Array(line.unicodeScalars)[...]
        var text = String.UnicodeScalarView()

        func flushText() {
            for glyph in String(text).glyphs {
                var scalarsOfGlyph = String.UnicodeScalarView()
                scalarsOfGlyph.append(glyph.base)
                scalarsOfGlyph.append(contentsOf: glyph.marks)
                cells.append(CapturedCell(text: String(scalarsOfGlyph), foreground: foreground,
                                          background: background, attributes: attributes))
                columns += glyph.width
            }
            text = String.UnicodeScalarView()
        }

        while let scalar = scalars.popFirst() {
            guard scalar == "\u{1B}" else {
                text.append(scalar)
                continue
            }
            flushText()
            guard scalars.popFirst() == "[" else { throw CaptureError.unexpected(line) }
            var parameters = ""
            var final: Unicode.Scalar?
            while let next = scalars.popFirst() {
                if next.value >= 0x40 && next.value <= 0x7E { final = next; break }
                parameters.unicodeScalars.append(next)
            }
            guard final == "m" else { throw CaptureError.unexpected(line) }
            var numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
            if numbers.isEmpty { numbers = [0] }
            while let code = numbers.popFirst() {
                switch code {
                case 0: foreground = nil; background = nil; attributes = []
                case 1: attributes.insert(.bold)
                case 2: attributes.insert(.dim)
                case 3: attributes.insert(.italic)
                case 4: attributes.insert(.underline)
                case 7: attributes.insert(.reverse)
                case 22: attributes.subtract([.bold, .dim])
                case 23: attributes.remove(.italic)
                case 24: attributes.remove(.underline)
                case 27: attributes.remove(.reverse)
                case 30...37: foreground = code - 30
                case 39: foreground = nil
                case 40...47: background = code - 40
                case 49: background = nil
                case 90...97: foreground = code - 90 + 8
                case 100...107: background = code - 100 + 8
                case 38, 48:
                    guard numbers.popFirst() == 5, let index = numbers.popFirst() else {
                        throw CaptureError.unexpected(line)
                    }
                    if code == 38 { foreground = index } else { background = index }
                default: throw CaptureError.unexpected(line)
                }
            }
        }
        flushText()
        while columns < width {
            cells.append(CapturedCell(text: " ", foreground: nil, background: nil, attributes: []))
            columns += 1
        }
        return cells
    }

    /// The cells a terminal should show for `buffer`'s row `y`: every glyph cell, continuations skipped.
    static func expected(_ buffer: Buffer, row y: Int) -> [CapturedCell] {
        (0..<buffer.size.width).compactMap { x in
            let cell = buffer[x, y]
            return cell.isContinuation ? nil : CapturedCell(expected: cell)
        }
    }
}

enum CaptureError: Error, CustomStringConvertible {
    case unexpected(String)

    var description: String {
        switch self { case .unexpected(let line): "unexpected escape sequence in a capture: \(line.debugDescription)" }
    }
}
