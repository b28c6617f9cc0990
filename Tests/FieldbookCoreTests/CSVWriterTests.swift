import FieldbookCore
import Testing

@Suite("CSVWriter guards cells a spreadsheet would run")
struct CSVWriterTests {
    @Test("= + - @ tab and CR at the start go behind an apostrophe; elsewhere they stay")
    func guardedStarts() {
        #expect(CSVWriter.line(["=1+1", "+86 719", "-A1", "@SUM(A1)", "\t=1", "\r=1"])
                == "'=1+1,'+86 719,'-A1,'@SUM(A1),'\t=1,\"'\r=1\"\r\n")
        #expect(CSVWriter.line(["a=1", "十堰-张湾", "x@y.cn", ""]) == "a=1,十堰-张湾,x@y.cn,\r\n")
    }

    @Test("A plain number keeps its sign; anything more after a sign is guarded")
    func numbers() {
        #expect(CSVWriter.line(["-3", "+1.5", "-0.25", "-1e5", "-3-1", "-.5", "+"]) == "-3,+1.5,-0.25,'-1e5,'-3-1,'-.5,'+\r\n")
    }

    @Test("A document starts with the byte-order mark and ends rows with CRLF")
    func document() {
        #expect(CSVWriter.document(header: ["名称"], rows: [["=x"]]) == "\u{FEFF}名称\r\n'=x\r\n")
    }

    @Test("A score reads as people write it: one decimal, whole numbers plain")
    func readableNumbers() {
        #expect(CSVWriter.readableNumber(50.0 / 3) == "16.7")
        #expect(CSVWriter.readableNumber(100) == "100")
        #expect(CSVWriter.readableNumber(16.96) == "17")
        #expect(CSVWriter.readableNumber(72.25) == "72.3")
        #expect(CSVWriter.readableNumber(0) == "0")
        #expect(CSVWriter.readableNumber(.nan) == "")
    }
}
