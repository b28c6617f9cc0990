import Testing
@testable import TerminalKit

@Suite struct WordWrapTests {
    @Test func chineseBreaksBetweenAnyTwoCharacters() {
        #expect(WordWrap.lines("用人单位应当与劳动者订立书面劳动合同", width: 9) == [
            "用人单位", "应当与劳", "动者订立", "书面劳动", "合同",
        ])
    }

    @Test func englishBreaksAtWordBoundaries() {
        #expect(WordWrap.lines("Employers must sign written contracts", width: 15) == [
            "Employers must", "sign written", "contracts",
        ])
    }

    @Test func longWordsAreBroken() {
        #expect(WordWrap.lines("see https://example.org/a/very/long/path", width: 12) == [
            "see", "https://exam", "ple.org/a/ve", "ry/long/path",
        ])
    }

    @Test func mixedTextBreaksAtEitherKind() {
        #expect(WordWrap.lines("签订 written 合同 contract", width: 12) == ["签订 written", "合同", "contract"])
        #expect(WordWrap.lines("工资发放记录wage records", width: 14) == ["工资发放记录", "wage records"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        #expect(WordWrap.lines("未签合同，已整改。", width: 8) == ["未签合", "同，已整", "改。"])
    }

    @Test func hardLineBreaksAndEmptyLinesAreKept() {
        #expect(WordWrap.lines("第一行\n\nsecond\r\nthird", width: 20) == ["第一行", "", "second", "third"])
    }

    @Test func rangesCoverEveryCharacter() {
        let text = Array("ab  cd 中文  ef")
        let ranges = WordWrap.ranges(text, width: 4)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == text.count)
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        #expect(ranges.map { String(text[$0]) } == ["ab  ", "cd ", "中文  ", "ef"])
    }
}
