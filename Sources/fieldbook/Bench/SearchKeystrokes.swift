/// What an inspector types into the registry search, keystroke by keystroke: each prefix of a
/// word is one query. The words occur in the synthetic registry (docs/demo-data.md).
enum SearchKeystrokes {
    struct Kind: Sendable {
        var key: String
        var title: String
        var typed: [String]
        /// One of the queries, and the same search as a `LIKE` on the registry, for the sqlite3
        /// shell comparison.
        var reference: (query: String, condition: String)?
    }

    static let kinds: [Kind] = [
        Kind(key: "search.chinese", title: "search keystroke, Chinese substring (汉 汉江 / 汽 汽车 …)",
             typed: prefixes("汉江") + prefixes("汽车零部件"), reference: ("汉江", "name LIKE '%汉江%'")),
        Kind(key: "search.initials", title: "search keystroke, pinyin initials (s sy syq syqc)",
             typed: prefixes("syqc") + prefixes("dfcq"), reference: nil),
        Kind(key: "search.creditcode", title: "search keystroke, credit-code prefix (9 91 … 91420303)",
             typed: prefixes("91420303"), reference: ("91420303", "creditCode LIKE '91420303%'")),
    ]

    static func prefixes(_ word: String) -> [String] {
        (1...word.count).map { String(word.prefix($0)) }
    }
}
