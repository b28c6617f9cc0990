/// The search keys of one enterprise, computed when it is written (see docs/search.md).
struct EnterpriseSearchKeys: Equatable, Sendable {
    /// Pinyin suffix tokens are cut to this many letters: enough for any word a user types to
    /// find a name, and it keeps the index linear in the name length.
    static let suffixLimit = 20

    /// Full pinyin without separators: 十堰东风 → "shiyandongfeng".
    let pinyin: String
    /// First letter of each syllable: 十堰东风 → "sydf".
    let initials: String
    /// Space-separated tokens: the name's characters, its character pairs, the address's pairs.
    let nameChars: String
    let namePairs: String
    let addressPairs: String
    /// The pinyin (and initials) from each syllable on, so a prefix query finds a word inside
    /// a name ("dongf" → 十堰东风…) — for ICU's reading and every other reading of the name's
    /// polyphonic characters (`Polyphones`: 水都 → shuidu and shuidou).
    let pinyinSuffixes: String
    let initialsSuffixes: String

    /// `syllables`: the name's pinyin when the caller has it already (`PinyinCache`); computed
    /// with ICU otherwise.
    init(name: String, address: String, syllables known: [String]? = nil) {
        let syllables = known ?? SearchText.syllables(name)
        let initialLetters = syllables.map { String($0.prefix(1)) }
        pinyin = syllables.joined()
        initials = initialLetters.joined()
        let chars = SearchText.characterTokens(name)
        nameChars = chars.joined(separator: " ")
        namePairs = SearchText.pairs(chars).joined(separator: " ")
        addressPairs = SearchText.pairs(SearchText.characterTokens(address)).joined(separator: " ")
        let readings = [syllables] + Polyphones.variants(of: name, syllables: syllables)
        pinyinSuffixes = Self.suffixes(readings)
        initialsSuffixes = Self.suffixes(readings.map { $0.map { String($0.prefix(1)) } })
    }

    /// Each reading's suffix tokens, each token once (readings share most of theirs).
    private static func suffixes(_ readings: [[String]]) -> String {
        var seen = Set<String>()
        var tokens: [String] = []
        for parts in readings {
            for index in parts.indices {
                let token = String(parts[index...].joined().prefix(suffixLimit))
                if seen.insert(token).inserted { tokens.append(token) }
            }
        }
        return tokens.joined(separator: " ")
    }
}
