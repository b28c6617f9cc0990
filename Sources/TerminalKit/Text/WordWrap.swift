/// Line breaking by display width.
///
/// A line may break between any two characters when either is wide (Chinese, Japanese, Korean,
/// emoji), at spaces, and — only when a word is longer than the whole line — inside a word.
/// Closing punctuation (，。）, . ! ? …) never starts a line and opening punctuation (（「“ ( [)
/// never ends one. Spaces at a break hang at the end of the line they follow and are not counted
/// against the width, so a wrapped line never starts with a space.
public enum WordWrap {
    /// The visual lines of `text` (hard line breaks included), trailing spaces removed.
    public static func lines(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let characters = Array(paragraph)
            for range in ranges(characters, width: width) {
                var line = characters[range]
                while line.last == " " { line.removeLast() }
                result.append(String(line))
            }
        }
        return result
    }

    /// The ranges of `characters` (one paragraph, no line breaks) that form each visual line of at
    /// most `width` columns. The ranges are contiguous and cover every character; a line's range
    /// includes the spaces hanging at its end. An empty paragraph is one empty line.
    public static func ranges(_ characters: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        guard !characters.isEmpty else { return [0..<0] }
        let widths = characters.map(\.displayWidth)
        var lines: [Range<Int>] = []
        var lineStart = 0
        var content = 0  // columns used by the line up to its last non-space
        var pending = 0  // columns of spaces after that
        var end = 0
        var i = 0
        while i < characters.count {
            let unitEnd = nextBreak(in: characters, widths: widths, from: i)
            if isSpace(characters[i]) {
                pending += unitEnd - i
                end = unitEnd
                i = unitEnd
                continue
            }
            let unitWidth = widths[i..<unitEnd].reduce(0, +)
            if content + pending + unitWidth <= width {
                content += pending + unitWidth
                pending = 0
                end = unitEnd
                i = unitEnd
                continue
            }
            if content > 0 {
                lines.append(lineStart..<end)
                lineStart = i
                content = 0
                pending = 0
                if unitWidth <= width { continue }
            }
            // A unit wider than a whole line: break it between characters.
            for index in i..<unitEnd {
                let w = widths[index]
                if content + pending + w > width && content + pending > 0 {
                    lines.append(lineStart..<index)
                    lineStart = index
                    content = 0
                    pending = 0
                }
                content += pending + w
                pending = 0
            }
            end = unitEnd
            i = unitEnd
        }
        lines.append(lineStart..<characters.count)
        return lines
    }

    /// The end of the unbreakable unit starting at `start`: a run of spaces, or characters with no
    /// break opportunity between them.
    static func nextBreak(in characters: [Character], widths: [Int], from start: Int) -> Int {
        var i = start + 1
        if isSpace(characters[start]) {
            while i < characters.count && isSpace(characters[i]) { i += 1 }
            return i
        }
        while i < characters.count && !canBreak(between: characters[i - 1], widths[i - 1], and: characters[i], widths[i]) {
            i += 1
        }
        return i
    }

    static func canBreak(between before: Character, _ beforeWidth: Int, and after: Character, _ afterWidth: Int) -> Bool {
        if isSpace(after) { return true }
        if afterWidth == 0 { return false }
        guard beforeWidth == 2 || afterWidth == 2 else { return false }
        return !isClosing(after) && !isOpening(before)
    }

    static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" }

    /// Punctuation that must not start a line.
    static func isClosing(_ c: Character) -> Bool {
        switch c.unicodeScalars.first!.value {
        case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x25,  // , . ; : ! ? ) ] } %
             0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF09,  // ，。、；：！？）
             0x300D, 0x300F, 0x3011, 0x300B, 0x3009, 0x201D, 0x2019, 0x2026, 0xFF5E, 0xB7:  // 」』】》〉”’…～·
            return true
        default:
            return false
        }
    }

    /// Punctuation that must not end a line.
    static func isOpening(_ c: Character) -> Bool {
        switch c.unicodeScalars.first!.value {
        case 0x28, 0x5B, 0x7B,  // ( [ {
             0xFF08, 0x300C, 0x300E, 0x3010, 0x300A, 0x3008, 0x201C, 0x2018:  // （「『【《〈“‘
            return true
        default:
            return false
        }
    }
}
