import PDFWriter

/// Wraps text to a width measured with the document's fonts. Chinese may break between any two
/// characters, Latin text between words; punctuation that may not start a line (，。、）…) stays
/// with the character before it and opening brackets with the one after (the usual kinsoku rules).
struct LineBreaker {
    let fonts: FontSet

    static let noLineStart: Set<Character> = Set("，。、；：？！）》」』〕】…’”%,.;:!?)]}·")
    static let noLineEnd: Set<Character> = Set("（《「『〔【‘“([{")

    /// The lines of `text` at `size` points within `width`; the first line may be `firstIndent` shorter.
    func lines(_ text: String, width: Double, size: Double, firstIndent: Double = 0) -> [String] {
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let segments = Self.segments(String(paragraph))
            var line = ""
            var lineWidth = 0.0
            var limit = result.isEmpty ? width - firstIndent : width
            func finish() {
                result.append(Self.trimmingTrailingSpaces(line))
                line = ""
                lineWidth = 0
                limit = width
            }
            for segment in segments {
                let segmentWidth = fonts.width(of: segment, size: size)
                let visibleWidth = fonts.width(of: Self.trimmingTrailingSpaces(segment), size: size)
                if lineWidth + visibleWidth <= limit + 0.01 {
                    line += segment
                    lineWidth += segmentWidth
                    continue
                }
                if !line.isEmpty { finish() }
                if visibleWidth <= limit + 0.01 {
                    line = segment
                    lineWidth = segmentWidth
                    continue
                }
                // Longer than a whole line (a long number or URL): split by character.
                for character in segment {
                    let characterWidth = fonts.width(of: String(character), size: size)
                    if lineWidth + characterWidth > limit + 0.01, !line.isEmpty { finish() }
                    line.append(character)
                    lineWidth += characterWidth
                }
            }
            finish()
        }
        return result
    }

    /// Units that are never split: one ideograph (with closing punctuation after it), or a word
    /// with the spaces after it; opening brackets join the unit after them.
    static func segments(_ text: String) -> [String] {
        var units: [String] = []
        var word = ""
        for character in text {
            if character == " " || character == "\t" {
                word.append(" ")
                units.append(word)
                word = ""
            } else if isWide(character) {
                if !word.isEmpty { units.append(word); word = "" }
                units.append(String(character))
            } else {
                if word.last == " " { units.append(word); word = "" }
                word.append(character)
            }
        }
        if !word.isEmpty { units.append(word) }
        var merged: [String] = []
        var carry = ""
        for unit in units {
            if let first = unit.first, noLineStart.contains(first), !merged.isEmpty, carry.isEmpty {
                merged[merged.count - 1] += unit
            } else if unit.count == 1, let only = unit.first, noLineEnd.contains(only) {
                carry += unit
            } else {
                merged.append(carry + unit)
                carry = ""
            }
        }
        if !carry.isEmpty { merged.append(carry) }
        return merged
    }

    /// Characters that are set one em wide and may break on either side.
    static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value else { return false }
        return (0x2E80 ... 0x9FFF).contains(scalar) || (0xF900 ... 0xFAFF).contains(scalar)
            || (0xFF00 ... 0xFFEF).contains(scalar) || (0x20000 ... 0x3FFFF).contains(scalar)
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
