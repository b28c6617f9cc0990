import FieldbookCore
@testable import FieldbookDocuments
import Foundation
import TestSupport
import PDFWriter
import Testing

/// The notice (整改建议书) as a user sees it: valid A4 PDF, its text extractable, Chinese inked.
@Suite struct NoticeDocumentTests {
    @Test func everyDemoNoticeIsValidAndCarriesItsContent() throws {
        let database = try DocumentFixtures.demo()
        let documents = VisitDocuments(database: database)
        let renderer = try DocumentFixtures.renderer()
        let visits = try DocumentFixtures.noticeVisits(database)
        #expect(visits.count >= 3)
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for detail in visits {
            let prepared = try documents.prepare(.notice, format: .pdf, language: .zh, visitId: detail.visit.id,
                                                 renderer: renderer)
            let path = directory.appendingPathComponent(prepared.fileName).path
            try Data(prepared.bytes).write(to: URL(fileURLWithPath: path))

            let check = try ExternalTool.run("qpdf", ["--check", path])
            #expect(check.status == 0, "qpdf: \(check.text)")
            let info = try ExternalTool.run("pdfinfo", [path]).text
            #expect(info.contains("595.276 x 841.89 pts (A4)"))

            let text = try ExternalTool.run("pdftotext", ["-layout", path, "-"]).text
            // Without the page footers: a recommendation may run on over a page break.
            let flat = DocumentFixtures.squeezed(text.components(separatedBy: "\n")
                .filter { !$0.contains(" 页 共 ") }.joined(separator: "\n"))
            let number = try #require(prepared.visit.documentNumber)
            #expect(number.hasPrefix("十人社风险〔\(detail.visit.date.year)〕第"))
            #expect(flat.contains(DocumentFixtures.squeezed(number)))
            #expect(flat.contains(DocumentFixtures.squeezed(detail.enterprise.name)))
            #expect(flat.contains("十堰市人力资源和社会保障局"))
            for recommendation in detail.recommendations {
                #expect(flat.contains(DocumentFixtures.squeezed(recommendation.text)), "\(recommendation.text)")
                let deadline = DocumentFormat.deadline(recommendation.deadline, .zh)
                #expect(flat.contains(DocumentFixtures.squeezed(deadline)), "\(deadline)")
            }
            let pageCount = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count
            #expect(pageCount >= 1)
            for page in 1 ... pageCount {
                #expect(text.contains("第 \(page) 页 共 \(pageCount) 页"))
            }
            #expect(text.contains("企业负责人（签收）"))
        }
    }

    @Test func chineseIsInkedAndEveryIdeographLooksDifferent() throws {
        let database = try DocumentFixtures.demo()
        let detail = try #require(try DocumentFixtures.noticeVisits(database).first)
        let renderer = try DocumentFixtures.renderer()
        let prepared = try VisitDocuments(database: database)
            .prepare(.notice, format: .pdf, language: .zh, visitId: detail.visit.id, renderer: renderer)
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notice.pdf").path
        try Data(prepared.bytes).write(to: URL(fileURLWithPath: path))
        let dpi = 144.0
        let render = try ExternalTool.run("pdftoppm", ["-gray", "-r", "\(Int(dpi))", "-f", "1", "-l", "1", path])
        let image = try #require(GrayImage(pgm: render.output))

        // Where the layout put the bureau's name (the first title line): one 18 pt cell per ideograph.
        let page = try #require(renderer.pages(prepared.plan).first)
        let title = try #require(page.texts.first { $0.text == "十堰市人力资源和社会保障局" })
        let scale = dpi / 72
        var cells: [[Bool]] = []
        for index in 0 ..< title.text.count {
            let x0 = Int((title.x + Double(index) * 18) * scale), x1 = Int((title.x + Double(index + 1) * 18) * scale)
            let y0 = Int((page.height - title.y - 16) * scale), y1 = Int((page.height - title.y + 3) * scale)
            cells.append(image.cell(x: x0 ..< x1, y: y0 ..< y1))
        }
        // Blank glyphs would leave cells empty; missing glyphs would draw the same box in each.
        for cell in cells { #expect(Double(cell.filter { $0 }.count) / Double(cell.count) > 0.05) }
        #expect(Set(cells).count == cells.count, "some ideographs render identically (boxes?)")
    }

    @Test func theSameVisitGivesTheSameBytesAndNoClockInside() throws {
        let database = try DocumentFixtures.demo()
        let detail = try #require(try DocumentFixtures.noticeVisits(database).first)
        let documents = VisitDocuments(database: database)
        let renderer = try DocumentFixtures.renderer()
        let first = try documents.prepare(.notice, format: .pdf, language: .zh, visitId: detail.visit.id, renderer: renderer)
        try documents.recordHandover(first)
        let second = try documents.prepare(.notice, format: .pdf, language: .zh, visitId: detail.visit.id, renderer: renderer)
        #expect(first.bytes == second.bytes)
        #expect(first.visit.documentNumber == second.visit.documentNumber)
        let text = String(decoding: first.bytes, as: UTF8.self)
        #expect(!text.contains("CreationDate") && !text.contains("ModDate"))
    }

    @Test func anEnglishRenderingIsLabelledAsATranslation() throws {
        let database = try DocumentFixtures.demo()
        let detail = try #require(try DocumentFixtures.noticeVisits(database).first)
        let prepared = try VisitDocuments(database: database)
            .prepare(.notice, format: .pdf, language: .en, visitId: detail.visit.id, renderer: try DocumentFixtures.renderer())
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notice-en.pdf").path
        try Data(prepared.bytes).write(to: URL(fileURLWithPath: path))
        let text = try ExternalTool.run("pdftotext", [path, "-"]).text
        #expect(text.contains("English translation for reference"))
        #expect(text.contains("Rectification recommendations"))
        #expect(text.contains("Page 1 of"))
        #expect(!prepared.isHandedOver)
    }

    @Test func aVisitWithNothingToRectifyHasNoNotice() throws {
        let database = try DocumentFixtures.demo()
        let clean = try #require(try DocumentFixtures.completed(database).first { detail in
            detail.recommendations.isEmpty && !detail.answers.values.contains { $0.value == .nonCompliant }
        })
        #expect(throws: DocumentError.nothingToRectify) {
            _ = try VisitDocuments(database: database).prepare(.notice, format: .html, language: .zh,
                                                               visitId: clean.visit.id, renderer: nil)
        }
    }
}

extension GrayImage {
    /// Which pixels of a box are dark.
    func cell(x: Range<Int>, y: Range<Int>) -> [Bool] {
        var cell: [Bool] = []
        for row in y { for column in x { cell.append(pixels[row * width + column] < 128) } }
        return cell
    }
}
