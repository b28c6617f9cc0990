/// The search keys of one enterprise, computed when it is written (see docs/search.md).
struct EnterpriseSearchKeys: Equatable {
    /// Full pinyin without separators: 十堰东风 → "shiyandongfeng".
    let pinyin: String
    /// First letter of each syllable: 十堰东风 → "sydf".
    let initials: String
    /// Space-separated single-character tokens of the name and the address.
    let nameChars: String
    let addressChars: String
    /// The pinyin (and initials) from each syllable to the end, so a prefix query on them finds
    /// a name by any word inside it ("dongf" → 十堰东风…).
    let pinyinSuffixes: String
    let initialsSuffixes: String

    init(name: String, address: String) {
        let syllables = SearchText.syllables(name)
        let initialLetters = syllables.map { String($0.prefix(1)) }
        pinyin = syllables.joined()
        initials = initialLetters.joined()
        nameChars = SearchText.characterTokens(name).joined(separator: " ")
        addressChars = SearchText.characterTokens(address).joined(separator: " ")
        pinyinSuffixes = syllables.indices.map { syllables[$0...].joined() }.joined(separator: " ")
        initialsSuffixes = initialLetters.indices.map { initialLetters[$0...].joined() }.joined(separator: " ")
    }
}
