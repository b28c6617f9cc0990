import Testing
@testable import FieldbookCore

@Suite struct ImportCSVParserTests {
    @Test func plainRecordsCarryTheirLineNumbers() throws {
        let records = try CSVParser.parse("a,b,c\n1,2,3\n4,5,6\n")
        #expect(records == [
            CSVRecord(line: 1, fields: ["a", "b", "c"]),
            CSVRecord(line: 2, fields: ["1", "2", "3"]),
            CSVRecord(line: 3, fields: ["4", "5", "6"]),
        ])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "名称,地址\r\n\"十堰鑫泰, 有限公司\",\"张湾区\r\n（\"\"鑫泰大厦\"\"）\"\r\n下一家,茅箭区\r\n"
        let records = try CSVParser.parse(text)
        #expect(records.count == 3)
        #expect(records[1].fields == ["十堰鑫泰, 有限公司", "张湾区\n（\"鑫泰大厦\"）"])
        // The record after a two-line field starts on line 4, not 3.
        #expect(records[2] == CSVRecord(line: 4, fields: ["下一家", "茅箭区"]))
    }

    @Test func emptyFieldsAndBlankLines() throws {
        let records = try CSVParser.parse("a,,c\n\n,\n\"\",x")
        #expect(records == [
            CSVRecord(line: 1, fields: ["a", "", "c"]),
            CSVRecord(line: 3, fields: ["", ""]),
            CSVRecord(line: 4, fields: ["", "x"]),
        ])
    }

    @Test func loneCarriageReturnsEndRecords() throws {
        let records = try CSVParser.parse("a,b\r1,2\r")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        #expect(throws: CSVSyntaxError.unterminatedQuote(line: 2)) {
            try CSVParser.parse("a,b\n1,\"open\n\n2,3\n")
        }
    }

    @Test func textAfterAClosingQuoteIsRefused() {
        #expect(throws: CSVSyntaxError.textAfterClosingQuote(line: 2)) {
            try CSVParser.parse("a,b\n\"x\"y,2\n")
        }
    }

    @Test func writerQuotesOnlyWhatNeedsIt() throws {
        let fields = ["十堰", "a,b", "say \"hi\"", "two\nlines", ""]
        let line = CSVWriter.line(fields)
        #expect(line == "十堰,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n")
        #expect(try CSVParser.parse(line).first?.fields == fields)
    }
}
