import Foundation
import TestSupport
@testable import PDFWriter
import Testing

@Suite struct PDFWriterTests {
    static let uming = "/usr/share/fonts/truetype/arphic/uming.ttc"
    static let dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

    static func fonts() throws -> FontSet {
        FontSet([try TrueTypeFont(path: uming, faceName: "UMing CN"), try TrueTypeFont(path: dejaVu)])
    }

    static func samplePages() throws -> [PDFCanvas] {
        var first = PDFCanvas()
        first.text("十堰市人力资源和社会保障局", x: 72, y: 760, size: 18, bold: true)
        first.text("整改建议书 Notice ✓ ✗ – ·", x: 72, y: 730, size: 12)
        first.line(x1: 72, y1: 720, x2: 520, y2: 720)
        var second = PDFCanvas()
        second.text("第 2 页 共 2 页", x: 260, y: 40, size: 9)
        return [first, second]
    }

    @Test func numbersAreWrittenWithoutExponentsOrLocale() {
        #expect(PDFNumber.format(595.2756) == "595.276")
        #expect(PDFNumber.format(12) == "12")
        #expect(PDFNumber.format(-0.5) == "-0.5")
        #expect(PDFNumber.format(0.0001) == "0")
        #expect(PDFNumber.format(1e-9) == "0")
        #expect(PDFNumber.format(0.05) == "0.05")
    }

    @Test func textStringsOutsideASCIIBecomeUTF16() {
        #expect(String(decoding: PDFValue.text("a(b)").bytes, as: UTF8.self) == "(a\\(b\\))")
        #expect(String(decoding: PDFValue.text("中").bytes, as: UTF8.self) == "<FEFF4E2D>")
        #expect(String(decoding: PDFValue.name("A B").bytes, as: UTF8.self) == "/A#20B")
    }

    @Test func characterMapFindsChineseAndSymbolsInTheirFaces() throws {
        let fonts = try Self.fonts()
        #expect(fonts.place("中").face == 0)
        #expect(fonts.place("✗").face == 1)
        #expect(fonts.faces[0].familyName.contains("UMing CN"))
        // A CJK ideograph is one em wide in a CJK face.
        #expect(abs(fonts.place("十").advance - 1.0) < 0.01)
    }

    @Test func theFileIsValidAndItsTextExtractable() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("sample.pdf").path
        var writer = PDFDocumentWriter(fonts: try Self.fonts())
        writer.title = "整改建议书"
        let bytes = try writer.write(pages: try Self.samplePages())
        try Data(bytes).write(to: URL(fileURLWithPath: path))

        let check = try ExternalTool.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.text)")
        let text = try ExternalTool.run("pdftotext", ["-layout", path, "-"])
        #expect(text.status == 0)
        #expect(text.text.contains("十堰市人力资源和社会保障局"))
        #expect(text.text.contains("✓ ✗ – ·"))
        #expect(text.text.contains("第 2 页 共 2 页"))
        let fonts = try ExternalTool.run("pdffonts", [path])
        // Both faces embedded as subsets (emb yes, sub yes) and with a ToUnicode map (uni yes).
        let rows = fonts.text.split(separator: "\n").filter { $0.contains("CID TrueType") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains("yes yes yes") })
    }

    @Test func chineseGlyphsAreInkedWhenRendered() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("sample.pdf").path
        try Data(try PDFDocumentWriter(fonts: try Self.fonts()).write(pages: try Self.samplePages()))
            .write(to: URL(fileURLWithPath: path))
        let render = try ExternalTool.run("pdftoppm", ["-gray", "-r", "72", "-f", "1", "-l", "1", path])
        let image = try #require(GrayImage(pgm: render.output))
        // The title (18 pt, 13 ideographs from x = 72) is inked; the space right of it is blank.
        let title = image.inkedShare(x: 0.13 ... 0.5, y: 0.08 ... 0.105)
        #expect(title > 0.08, "title ink \(title)")
        #expect(image.inkedShare(x: 0.6 ... 0.9, y: 0.08 ... 0.105) == 0)
    }

    @Test func theSamePagesGiveTheSameBytes() throws {
        let writer = PDFDocumentWriter(fonts: try Self.fonts())
        #expect(try writer.write(pages: try Self.samplePages()) == writer.write(pages: try Self.samplePages()))
    }

    @Test func aFontWithoutTrueTypeOutlinesIsRefused() {
        #expect(throws: PDFError.self) {
            _ = try TrueTypeFont(path: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
        }
    }

    @Test func boldTextDoesNotThickenTheTextAfterIt() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func ink(afterBold: Bool) throws -> Double {
            var page = PDFCanvas()
            if afterBold { page.text("十堰市人力资源和社会保障局", x: 72, y: 760, size: 18, bold: true) }
            page.text("整改建议书整改建议书", x: 72, y: 700, size: 14)
            let path = directory.appendingPathComponent("bold-\(afterBold).pdf").path
            try Data(try PDFDocumentWriter(fonts: try Self.fonts()).write(pages: [page])).write(to: URL(fileURLWithPath: path))
            let render = try ExternalTool.run("pdftoppm", ["-gray", "-r", "144", path])
            let image = try #require(GrayImage(pgm: render.output))
            return image.inkedShare(x: 0.1 ... 0.5, y: 0.155 ... 0.175)
        }
        let alone = try ink(afterBold: false), after = try ink(afterBold: true)
        #expect(alone > 0.05)
        #expect(abs(after - alone) < 0.005, "normal text after bold: \(after) ink, alone: \(alone)")
    }
}
