import Testing
@testable import TerminalKit

@Suite struct ParagraphTests {
    func render(_ paragraph: Paragraph, width: Int, height: Int) -> [String] {
        var buffer = Buffer(width: width, height: height)
        paragraph.render(in: buffer.area, buffer: &buffer)
        return buffer.lines
    }

    @Test func wrapsMixedTextAtSeveralWidths() {
        let text = "用人单位应当与劳动者订立书面劳动合同 (written contract) within one month."
        #expect(render(Paragraph(text), width: 20, height: 6) == [
            "用人单位应当与劳动者",
            "订立书面劳动合同",
            "(written contract)",
            "within one month.",
            "", "",
        ])
        #expect(render(Paragraph(text), width: 11, height: 8) == [
            "用人单位应",
            "当与劳动者",
            "订立书面劳",
            "动合同",
            "(written",
            "contract)",
            "within one",
            "month.",
        ])
    }

    @Test func alignsLines() {
        #expect(render(Paragraph("检查 ok", alignment: .center), width: 11, height: 1) == ["  检查 ok"])
        #expect(render(Paragraph("检查 ok", alignment: .right), width: 11, height: 1) == ["    检查 ok"])
    }

    @Test func scrollSkipsVisualLines() {
        let paragraph = Paragraph("第一行\n第二行\n第三行", scroll: 1)
        #expect(render(paragraph, width: 8, height: 2) == ["第二行", "第三行"])
        #expect(paragraph.lineCount(width: 8) == 3)
        #expect(Paragraph("第一行第二行", scroll: 0).lineCount(width: 7) == 2)
    }

    @Test func unwrappedLinesAreCutWithAnEllipsisByWidth() {
        let paragraph = Paragraph("未签订书面劳动合同\nshort", wraps: false)
        #expect(render(paragraph, width: 8, height: 2) == ["未签订…", "short"])
        #expect(render(paragraph, width: 9, height: 2) == ["未签订书…", "short"])
    }

    @Test func spansKeepTheirStyles() {
        var buffer = Buffer(width: 12, height: 2)
        Paragraph(spans: [Span("依据：", style: Style().bold), Span("劳动合同法")]).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["依据：劳动合", "同法"])
        #expect(buffer[0, 0].style.attributes == .bold)
        #expect(buffer[4, 0].style.attributes == .bold)
        #expect(buffer[6, 0].style == .plain)
    }

    @Test func rendersOnlyInsideItsArea() {
        var buffer = Buffer(width: 10, height: 3)
        buffer.fill(buffer.area, with: ".")
        Paragraph("中文中文中文").render(in: Rect(x: 1, y: 0, width: 5, height: 1), buffer: &buffer)
        Paragraph("中文中文中文", wraps: false).render(in: Rect(x: 1, y: 1, width: 6, height: 1), buffer: &buffer)
        // The wrapped text has more lines than the area's one row: its last row ends in "…".
        #expect(buffer.lines == [".中文…....", ".中文…....", ".........."])
    }
}
