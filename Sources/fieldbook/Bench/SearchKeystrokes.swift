/// What an inspector types into the registry search, keystroke by keystroke: each prefix of a
/// word is one query. The words occur in the synthetic registry (docs/demo-data.md).
enum SearchKeystrokes {
    struct Kind: Sendable {
        var key: String
        var title: String
        /// The words typed, one character at a time.
        var words: [String]
        /// One of the queries, and the same search as a `LIKE` on the registry, for the sqlite3
        /// shell comparison.
        var reference: (query: String, condition: String)?

        /// What the database is asked after each keystroke: every prefix of every word.
        var typed: [String] { words.flatMap { word in (1...word.count).map { String(word.prefix($0)) } } }
    }

    static let kinds: [Kind] = [
        Kind(key: "search.chinese", title: "search keystroke, Chinese substring (汉 汉江 / 汽 汽车 …)",
             words: ["汉江", "汽车零部件"], reference: ("汉江", "name LIKE '%汉江%'")),
        Kind(key: "search.initials", title: "search keystroke, pinyin initials (s sy syq syqc)",
             words: ["syqc", "dfcq"], reference: nil),
        Kind(key: "search.creditcode", title: "search keystroke, credit-code prefix (9 91 … 91420303)",
             words: ["91420303"], reference: ("91420303", "creditCode LIKE '91420303%'")),
    ]
}
