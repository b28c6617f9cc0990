import Crypto
import FieldbookCore
import Foundation
import PDFWriter

/// Makes the documents of a visit: plans them from a `DocumentSource`, then writes the plan as
/// PDF (A4, embedded font subsets), HTML, or a text preview of the first page.
public struct DocumentRenderer: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case pdf, html

        public var fileExtension: String { rawValue }
    }

    let fonts: FontSet
    /// For English renderings: the Latin face (DejaVu Sans) first, the Chinese face for names and
    /// notes; Chinese documents take every character they can from the Chinese face.
    let latinFirst: FontSet

    public init(fonts: FontSet) {
        self.fonts = fonts
        latinFirst = fonts.faces.count > 1 ? FontSet(Array(fonts.faces.dropFirst()) + [fonts.faces[0]]) : fonts
    }

    private func fonts(for plan: DocumentPlan) -> FontSet {
        plan.language.hasPrefix("zh") ? fonts : latinFirst
    }

    /// The Chinese face and its file, for messages about reproducing a document elsewhere.
    public var chineseFontDescription: String {
        let face = fonts.faces[0]
        return "\(face.familyName), \(face.path)"
    }

    /// With the system's fonts (`DocumentFonts.locate()`).
    public static func system() throws(DocumentError) -> DocumentRenderer {
        DocumentRenderer(fonts: try DocumentFonts.locate())
    }

    public static func plan(_ kind: DocumentKind, _ source: DocumentSource, language: Language) throws(DocumentError)
        -> DocumentPlan {
        switch kind {
        case .notice: try NoticeContent.plan(source, language: language)
        case .record: RecordContent.plan(source, language: language)
        }
    }

    public func pages(_ plan: DocumentPlan) -> [PDFCanvas] {
        PageLayout.pages(of: plan, fonts: fonts(for: plan))
    }

    public func pdf(_ plan: DocumentPlan) throws(DocumentError) -> [UInt8] {
        var writer = PDFDocumentWriter(fonts: fonts(for: plan))
        writer.title = plan.title
        writer.language = plan.language
        do {
            return try writer.write(pages: pages(plan))
        } catch {
            throw .unusableFont(String(describing: error))
        }
    }

    public static func html(_ plan: DocumentPlan) -> [UInt8] {
        Array(HTMLRendering.html(plan).utf8)
    }

    /// The first page as lines of text (top to bottom, left to right within a line), for a
    /// preview on a terminal. Items less than half a line apart vertically share a line.
    public func preview(_ plan: DocumentPlan) -> (lines: [String], pageCount: Int) {
        let pages = pages(plan)
        guard let first = pages.first else { return ([], 0) }
        let items = first.texts.sorted { abs($0.y - $1.y) > 4 ? $0.y > $1.y : $0.x < $1.x }
        var lines: [String] = []
        var lastY: Double?
        for item in items {
            if let lastY, abs(lastY - item.y) <= 4 {
                lines[lines.count - 1] += "  " + item.text
            } else {
                lines.append(item.text)
            }
            lastY = item.y
        }
        return (lines, pages.count)
    }

    /// SHA-256 of a document's bytes, lowercase hex: what a visit records as handed over.
    public static func sha256(_ bytes: [UInt8]) -> String {
        HexText.lowercase(SHA256.hash(data: bytes))
    }
}
