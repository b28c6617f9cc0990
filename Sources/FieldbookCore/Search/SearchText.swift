import Foundation

/// Text transformations shared by indexing and querying, so both sides agree exactly.
enum SearchText {
    /// Letters and digits of `text`, lowercased, one per token ("十堰 东风" → "十 堰 东 风").
    /// Single characters find 1-character queries; `pairs` of them find longer ones.
    static func characterTokens(_ text: String) -> [String] {
        text.lowercased().compactMap { ch in
            ch.isLetter || ch.isNumber ? String(ch) : nil
        }
    }

    /// Overlapping pairs of tokens ("十 堰 东" → "十堰 堰东"): a phrase of pairs is a substring,
    /// and pair doclists are far shorter than single-character ones.
    static func pairs(_ tokens: [String]) -> [String] {
        tokens.count < 2 ? [] : (1..<tokens.count).map { tokens[$0 - 1] + tokens[$0] }
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
