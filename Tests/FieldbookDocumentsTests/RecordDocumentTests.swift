import FieldbookCore
@testable import FieldbookDocuments
import Foundation
import TestSupport
import PDFWriter
import Testing

/// The visit record (现场检查记录): every item with its mark and note, over as many pages as it
/// takes, the table header repeated and no line cut by a page break.
@Suite struct RecordDocumentTests {
    /// A completed visit where every item is non-compliant with a long note, one of them longer
    /// than a page, and ten recommendations.
    static func longVisit(_ database: AppDatabase) throws -> (SiteVisit, [String: String]) {
        let enterprise = try #require(try database.visits(offset: 0, limit: 1).rows.first).enterpriseId
        let visit = try database.startVisit(enterpriseId: enterprise, type: .riskScreening)
        let checklist = try #require(try database.checklist(templateId: visit.templateId, version: visit.templateVersion))
        var notes: [String: String] = [:]
        for (index, item) in checklist.items.enumerated() {
            var note = "第\(index + 1)项：现场查阅花名册、考勤和工资表，发现\(item.label.zh)方面存在问题，企业负责人当场确认，需进一步核实整改。"
            if index == 5 {
                note = (1 ... 60).map { "第\($0)名职工的劳动合同未按规定签订，工资表与考勤记录不一致；" }.joined()
            }
            notes[item.code] = note
            _ = try database.setAnswer(visitId: visit.id, itemCode: item.code, value: .nonCompliant, note: note)
        }
        for index in 0 ..< 10 {
            _ = try database.addRecommendation(visitId: visit.id, itemCodes: [checklist.items[index].code],
                                               text: "建议\(index + 1)：限期完成整改并报送整改材料。", priority: .medium,
                                               deadline: LocalDate(year: 2026, month: 6, day: 10 + index))
        }
        return (try database.completeVisit(id: visit.id), notes)
    }

    @Test func aLongRecordSpansPagesWithRepeatedHeadersAndWholeLines() throws {
        let database = try DocumentFixtures.demo()
        let (visit, notes) = try Self.longVisit(database)
        let renderer = try DocumentFixtures.renderer()
        let prepared = try VisitDocuments(database: database)
            .prepare(.record, format: .pdf, language: .zh, visitId: visit.id, renderer: renderer)
        let pages = renderer.pages(prepared.plan)
        #expect(pages.count >= 5)

        // Every line lies inside the page's text area (nothing cut at the bottom edge).
        for page in pages {
            for text in page.texts {
                #expect(text.y >= PageLayout.margin.bottom - 31 && text.y <= page.height - PageLayout.margin.top)
            }
        }
        // Each page the table continues on starts it with the header row.
        let tablePages = pages.indices.filter { index in pages[index].texts.contains { $0.text.hasPrefix("HR-") || $0.text.hasPrefix("LC-") || $0.text.hasPrefix("CP-") } }
        #expect(tablePages.count >= 3)
        for index in tablePages {
            #expect(pages[index].texts.contains { $0.text == "情况说明" }, "page \(index + 1) has no header row")
        }
        // The note longer than a page continues across pages, line after line, nothing lost.
        let noteX = try #require(pages[tablePages[0]].texts.first { $0.text == "情况说明" }).x
        let noteColumn = pages.flatMap { $0.texts.filter { abs($0.x - noteX) < 0.5 && $0.text != "情况说明" }.map(\.text) }
        #expect(DocumentFixtures.squeezed(noteColumn.joined()).contains(DocumentFixtures.squeezed(notes.values.max { $0.count < $1.count }!)))

        // The file, read back by poppler: header on each table page, every note whole, page numbers.
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("record.pdf").path
        try Data(prepared.bytes).write(to: URL(fileURLWithPath: path))
        #expect(try ExternalTool.run("qpdf", ["--check", path]).status == 0)
        let text = try ExternalTool.run("pdftotext", [path, "-"]).text
        let pageTexts = text.components(separatedBy: "\u{0C}")
        for index in tablePages { #expect(pageTexts[index].contains("检查项目")) }
        for page in 1 ... pages.count { #expect(text.contains("第 \(page) 页 共 \(pages.count) 页")) }
        let flat = DocumentFixtures.squeezed(text)
        for note in notes.values where note.count < 200 { #expect(flat.contains(DocumentFixtures.squeezed(note))) }
        #expect(text.contains("✗"))
        #expect(text.contains("风险等级"))
    }

    @Test func marksFollowTheAnswers() throws {
        let database = try DocumentFixtures.demo()
        let detail = try #require(try DocumentFixtures.completed(database).first { detail in
            Set(detail.answers.values.map(\.value)).isSuperset(of: [.compliant, .nonCompliant])
        })
        let plan = try DocumentRenderer.plan(.record, try VisitDocuments(database: database).source(visitId: detail.visit.id),
                                             language: .zh)
        guard case let .table(table)? = plan.blocks.first(where: { if case .table = $0 { true } else { false } }) else {
            Issue.record("no table"); return
        }
        for case let .cells(cells) in table.rows {
            let expected = DocumentFormat.mark(detail.answers[cells[0]]?.value)
            #expect(cells[2] == expected)
        }
    }

    @Test func htmlCarriesTheSameContentWithPrintCSS() throws {
        let database = try DocumentFixtures.demo()
        let (visit, notes) = try Self.longVisit(database)
        let prepared = try VisitDocuments(database: database)
            .prepare(.record, format: .html, language: .zh, visitId: visit.id, renderer: nil)
        let html = String(decoding: prepared.bytes, as: UTF8.self)
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("counter(pages)"))
        for note in notes.values { #expect(html.contains(note)) }
        #expect(html.contains("<td class=\"mark\">✗</td>"))
    }

    @Test func kinsokuKeepsPunctuationOffTheStartOfALine() throws {
        let breaker = LineBreaker(fonts: try DocumentFonts.locate())
        let text = String(repeating: "整改期限届满后，请书面报告。", count: 12)
        for width in stride(from: 100.0, through: 300, by: 7) {
            let lines = breaker.lines(text, width: width, size: 11)
            #expect(lines.joined() == text)
            for line in lines.dropFirst() { #expect(!LineBreaker.noLineStart.contains(line.first!), "\(line)") }
        }
        let english = breaker.lines("Rectify the contracts within thirty days of this notice.", width: 120, size: 11)
        #expect(english.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
        #expect(english.joined(separator: " ") == "Rectify the contracts within thirty days of this notice.")
    }
}
