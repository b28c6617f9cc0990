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
        var lines: [Range<Int>] = []
        var lineStart = 0
        var content = 0  // columns used by the line up to its last non-space
        var pending = 0  // columns of spaces after that
        var end = 0
        var i = 0
        while i < characters.count {
            let unitEnd = nextBreak(in: characters, from: i)
            if isSpace(characters[i]) {
                pending += unitEnd - i
                end = unitEnd
                i = unitEnd
                continue
            }
            var unitWidth = 0
            for c in characters[i..<unitEnd] { unitWidth += c.displayWidth }
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
                let w = characters[index].displayWidth
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
    static func nextBreak(in characters: [Character], from start: Int) -> Int {
        var i = start + 1
        if isSpace(characters[start]) {
            while i < characters.count && isSpace(characters[i]) { i += 1 }
            return i
        }
        while i < characters.count && !canBreak(between: characters[i - 1], and: characters[i]) { i += 1 }
        return i
    }

    static func canBreak(between before: Character, and after: Character) -> Bool {
        if isSpace(after) { return true }
        if closing.contains(after) || opening.contains(before) { return false }
        let afterWidth = after.displayWidth
        if afterWidth == 0 { return false }
        return before.displayWidth == 2 || afterWidth == 2
    }

    static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" }

    static let closing: Set<Character> = [
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "】", "》", "〉", "”", "’", "…", "～", "·",
    ]
    static let opening: Set<Character> = ["(", "[", "{", "（", "「", "『", "【", "《", "〈", "“", "‘"]
}
