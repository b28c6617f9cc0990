import FieldbookCore
import Foundation

/// The documents of one visit in a database, from preparing them to recording their handover:
/// `prepare` fixes the visit's document number (first time only) and renders; the caller writes
/// the file; `recordHandover` then stores the SHA-256 of a Chinese PDF on the visit.
/// At headquarters `prepare(…, assignNumber: false)` regenerates from merged data without
/// changing anything, and `verify` compares with the hash the laptop recorded.
public struct VisitDocuments: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// A rendered document and what it was made from.
    public struct Prepared: Sendable {
        public var kind: DocumentKind
        public var format: DocumentRenderer.Format
        public var language: Language
        public var visit: SiteVisit
        public var plan: DocumentPlan
        public var bytes: [UInt8]
        public var sha256: String
        /// Whether this is what the visit's hash records: the Chinese PDF.
        public var isHandedOver: Bool { format == .pdf && language == .zh }

        /// A file name for it: 整改建议书-十人社风险〔2026〕第0001号.pdf (…-en.html for English).
        public var fileName: String {
            let number = (visit.documentNumber ?? visit.id).map { $0 == "/" ? "-" : $0 }
            return "\(kind.label(in: .zh))-\(String(number))\(language == .en ? "-en" : "").\(format.fileExtension)"
        }
    }

    /// The visit's source data; the visit must be completed and not voided. Voided
    /// recommendations are not part of what the enterprise is told.
    public func source(visitId: String) throws -> DocumentSource {
        guard var detail = try database.visit(id: visitId) else { throw CoreError.notFound(Bilingual(zh: "走访记录", en: "visit"), id: visitId) }
        guard !detail.visit.isVoided else { throw CoreError.documentsOfVoidedVisit }
        guard detail.visit.status == .completed else { throw CoreError.documentsNeedCompletedVisit }
        detail.recommendations.removeAll(where: \.isVoided)
        let visit = detail.visit
        guard let checklist = try database.checklist(templateId: visit.templateId, version: visit.templateVersion) else {
            throw DocumentError.missingChecklist(id: visit.templateId, version: visit.templateVersion)
        }
        return DocumentSource(detail: detail, checklist: checklist, settings: try database.documentSettings())
    }

    /// Renders a document. With `assignNumber` (a laptop handing documents over) the visit gets
    /// its document number first if it has none. `renderer` is needed for PDF only.
    public func prepare(_ kind: DocumentKind, format: DocumentRenderer.Format, language: Language, visitId: String,
                        renderer: DocumentRenderer?, assignNumber: Bool = true) throws -> Prepared {
        _ = try source(visitId: visitId) // refuses drafts and unknown visits before numbering
        if assignNumber { _ = try database.assignDocumentNumber(visitId: visitId) }
        let source = try source(visitId: visitId)
        let plan = try DocumentRenderer.plan(kind, source, language: language)
        let bytes: [UInt8]
        switch format {
        case .pdf:
            guard let renderer else { throw DocumentError.noChineseFont(searched: DocumentFonts.chinese.map(\.path)) }
            bytes = try renderer.pdf(plan)
        case .html:
            bytes = DocumentRenderer.html(plan)
        }
        return Prepared(kind: kind, format: format, language: language, visit: source.visit, plan: plan,
                        bytes: bytes, sha256: DocumentRenderer.sha256(bytes))
    }

    /// Records that `prepared` was handed over (written to a file for printing): its hash goes
    /// on the visit when it is the Chinese PDF. Returns the visit as stored.
    @discardableResult
    public func recordHandover(_ prepared: Prepared) throws -> SiteVisit {
        guard prepared.isHandedOver else { return prepared.visit }
        return try database.recordDocumentHash(prepared.sha256, of: prepared.kind, visitId: prepared.visit.id)
    }

    /// The hash the visit records for `kind`, if any.
    public static func recordedHash(_ kind: DocumentKind, of visit: SiteVisit) -> String? {
        switch kind {
        case .notice: visit.noticeSHA256
        case .record: visit.recordSHA256
        }
    }

    /// Writes bytes to `url` through a temporary file beside it, so a reader never sees half a document.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try Data(bytes).write(to: temporary)
        // rename(2) replaces an existing file in one step (Foundation's replaceItemAt does not on Linux).
        guard rename(temporary.path, url.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path,
                                                           NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
    }
}
