/// The pinyin syllables of many names, with each Han character run through ICU's transform once
/// instead of once per name: the transform costs about 15 µs a character, and a registry of
/// 100,000 names reuses a few hundred characters (docs/performance.md, "Data generation").
///
/// Only names made entirely of CJK ideographs, none of them one with several readings, take the
/// cached path. ICU reads such a character by its neighbours (重庆 → chong, 重 alone → zhong),
/// so a name holding one of `Polyphones` goes through `SearchText.syllables` whole; so does any
/// other name (Latin letters, digits, punctuation: ICU joins digits to the syllables around them)
/// and any character ICU does not read as exactly one syllable. A value owned by one writer
/// (`generateSyntheticData`), not shared state.
package struct PinyinCache: Sendable {
    private var readings: [Character: String] = [:]

    package init() {}

    /// The same syllables as `SearchText.syllables(name)` (tested over the synthetic registry,
    /// and over the 100,000 names of the benchmark database).
    package mutating func syllables(_ name: String) -> [String] {
        var result: [String] = []
        result.reserveCapacity(name.count)
        for character in name {
            guard Self.isIdeograph(character), Polyphones.readings[character] == nil else {
                return SearchText.syllables(name)
            }
            if let reading = readings[character] {
                result.append(reading)
                continue
            }
            let parts = SearchText.syllables(String(character))
            guard parts.count == 1 else { return SearchText.syllables(name) }
            readings[character] = parts[0]
            result.append(parts[0])
        }
        return result
    }

    /// One scalar in CJK Unified Ideographs (the basic block and extension A).
    private static func isIdeograph(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let value = scalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }
}
