/// The common readings of characters that Mandarin reads more than one way (docs/search.md lists
/// them). ICU's transform picks one reading per character (都 → dou, 重庆 → zhongqing, 银行 →
/// yinxing); a name holding one of these is also indexed under every other reading here, so
/// `shuidu` and `shuidou` both find 水都, `chongqing` finds 重庆 and `yinhang` finds 银行.
///
/// Chosen for the names and places of a city registry: place names (重庆 长江 都 厦门 六安 蚌埠),
/// banks and trades (银行 行业), and words frequent in company names (长 乐 和 会 传 调 单 查).
enum Polyphones {
    static let readings: [Character: [String]] = [
        "都": ["du", "dou"], "重": ["zhong", "chong"], "长": ["chang", "zhang"], "行": ["hang", "xing"],
        "乐": ["le", "yue"], "朝": ["chao", "zhao"], "厦": ["xia", "sha"], "藏": ["zang", "cang"],
        "会": ["hui", "kuai"], "调": ["tiao", "diao"], "省": ["sheng", "xing"], "单": ["dan", "shan"],
        "曾": ["zeng", "ceng"], "柏": ["bai", "bo"], "六": ["liu", "lu"], "堡": ["bao", "pu"],
        "番": ["fan", "pan"], "解": ["jie", "xie"], "查": ["cha", "zha"], "宿": ["su", "xiu"],
        "和": ["he", "huo"], "传": ["chuan", "zhuan"], "盛": ["sheng", "cheng"], "差": ["cha", "chai"],
        "蚌": ["beng", "bang"], "区": ["qu", "ou"], "角": ["jiao", "jue"], "秘": ["mi", "bi"],
        "朴": ["pu", "piao"], "薄": ["bo", "bao"], "降": ["jiang", "xiang"], "强": ["qiang", "jiang"],
        "便": ["bian", "pian"], "仔": ["zi", "zai"], "露": ["lu", "lou"],
    ]

    /// At most this many extra readings of one name are indexed (a name full of polyphones
    /// must not blow up the index); the combinations come in order, the first reading first.
    static let variantLimit = 16

    /// The syllable sequences of `name` other than `syllables` (ICU's), one per combination of
    /// the polyphones' readings. Empty when the name has none, or when the syllables cannot be
    /// matched one-to-one with the name's characters and words (then only ICU's reading is known).
    static func variants(of name: String, syllables: [String]) -> [[String]] {
        var units: [Character?] = []  // a Han character, or nil for a Latin word or a number
        var inWord = false
        var hasPolyphone = false
        for character in name.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if !inWord { units.append(nil) }
                inWord = true
            } else if character.isLetter || character.isNumber {
                units.append(character)
                inWord = false
                if readings[character] != nil { hasPolyphone = true }
            } else {
                inWord = false
            }
        }
        guard hasPolyphone, units.count == syllables.count else { return [] }
        var results: [[String]] = [syllables]
        for (index, unit) in units.enumerated() {
            guard let unit, let choices = readings[unit] else { continue }
            var next: [[String]] = []
            for partial in results {
                for reading in choices {
                    var copy = partial
                    copy[index] = reading
                    next.append(copy)
                    if next.count > variantLimit { break }
                }
                if next.count > variantLimit { break }
            }
            results = next
        }
        var seen: Set<[String]> = [syllables]
        return results.filter { seen.insert($0).inserted }.prefix(variantLimit).map { $0 }
    }
}
