import Foundation

/// Text transformations shared by indexing and querying, so both sides agree exactly.
enum SearchText {
    /// Letters and digits of `text`, lowercased, one per token ("十堰 东风" → "十 堰 东 风").
    /// With one token per character, a substring is an FTS5 phrase, whatever its length.
    static func characterTokens(_ text: String) -> [String] {
        text.lowercased().compactMap { ch in
            ch.isLetter || ch.isNumber ? String(ch) : nil
        }
    }

    /// Pinyin syllables of a name, without tones, lowercased; Latin words and numbers stay whole.
    /// Computed with ICU's Han-Latin transform at write time only (it costs tens of microseconds).
    static func syllables(_ text: String) -> [String] {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false) ?? text
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        return plain.lowercased()
            .split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
            .map(String.init)
    }

    /// What a query is compared with: lowercased, without spaces and punctuation.
    static func normalizedQuery(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
